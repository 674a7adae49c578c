"""``digitgui --install-desktop`` / ``--uninstall-desktop``: the app in the desktop's menu.

Puts the freedesktop entry, the icon (SVG and PNG sizes) and the AppStream metainfo from
``resources/desktop`` into the user's own folders (``$XDG_DATA_HOME``, by default
``~/.local/share``): no administrator rights, and undone by ``--uninstall-desktop``. The
entry starts the digitgui of the environment that installed it, by its full path, so it works
from a menu that does not know the virtual environment.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sys
from pathlib import Path

from digitgui.core import atomic, paths
from digitgui.core.errors import UserError

APP_ID = "io.github.digitgui"


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _source() -> Path:
    return paths.resources_dir() / "desktop"


def _targets(home: Path) -> dict[str, Path]:
    """Where each installed file goes, by what it is."""
    icons = home / "icons" / "hicolor"
    targets = {
        "entry": home / "applications" / f"{APP_ID}.desktop",
        "metainfo": home / "metainfo" / f"{APP_ID}.metainfo.xml",
        "svg": icons / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    for png in sorted((_source() / "icons").glob("digitgui-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        targets[f"png-{size}"] = icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    return targets


def launcher() -> str:
    """The command that starts this installation's window."""
    script = Path(sys.executable).with_name("digitgui")
    if script.is_file():
        return shlex.quote(str(script))
    return f"{shlex.quote(sys.executable)} -m digitgui"


def install(home: Path | None = None) -> list[Path]:
    """Install the entry, icons and metainfo; the paths written."""
    home = home or data_home()
    source = _source()
    if not (source / "digitgui.svg").is_file():
        raise UserError(f"the desktop files are missing from {source}")
    written = []
    for kind, target in _targets(home).items():
        if kind == "entry":
            text = (source / f"{APP_ID}.desktop").read_text(encoding="utf-8")
            data = text.replace("Exec=digitgui", f"Exec={launcher()}").encode()
        elif kind == "metainfo":
            data = (source / f"{APP_ID}.metainfo.xml").read_bytes()
        elif kind == "svg":
            data = (source / "digitgui.svg").read_bytes()
        else:
            data = (source / "icons" / f"digitgui-{kind.split('-')[1]}.png").read_bytes()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic.write_bytes(target, data)
        except OSError as exc:
            raise UserError(f"{target}: cannot write ({exc.strerror})") from exc
        written.append(target)
    _refresh(home)
    return written


def uninstall(home: Path | None = None) -> list[Path]:
    """Remove what :func:`install` put there; the paths removed."""
    home = home or data_home()
    removed = []
    for target in _targets(home).values():
        if target.is_file():
            target.unlink()
            removed.append(target)
    _refresh(home)
    return removed


def _refresh(home: Path) -> None:
    """Tell the desktop its menu changed, where the tool for it is installed (menus also
    notice on their own; this makes it immediate)."""
    tool = shutil.which("update-desktop-database")
    if tool:
        import subprocess  # noqa: PLC0415

        subprocess.run([tool, str(home / "applications")], capture_output=True, check=False,
                       timeout=30)


def run(install_it: bool) -> int:
    try:
        changed = install() if install_it else uninstall()
    except UserError as exc:
        print(f"digitgui: {exc}", file=sys.stderr)
        return 2
    verb = "Installed" if install_it else "Removed"
    if not changed:
        print("Nothing to remove: digitgui was not in the desktop's menu.")
    for path in changed:
        print(f"{verb} {path}")
    if install_it:
        print("digitgui is in the desktop's menu now (Education).")
    return 0
