"""At home on the desktop: the icon, the menu entry and its metainfo, installed and removed
for the user alone."""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from digitgui.core import paths
from tests.helpers import run_cli

DESKTOP = paths.resources_dir() / "desktop"


def _installed(home: Path) -> list[Path]:
    return sorted(p for p in home.rglob("*") if p.is_file())


def test_install_desktop_puts_entry_icons_and_metainfo_in_the_users_folders(tmp_path):
    home = tmp_path / "share"
    result = run_cli("--install-desktop", env={"XDG_DATA_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    entry_path = home / "applications" / "io.github.digitgui.desktop"
    svg = home / "icons" / "hicolor" / "scalable" / "apps" / "io.github.digitgui.svg"
    png = home / "icons" / "hicolor" / "48x48" / "apps" / "io.github.digitgui.png"
    metainfo = home / "metainfo" / "io.github.digitgui.metainfo.xml"
    for path in (entry_path, svg, png, metainfo):
        assert path.is_file(), path
        assert str(path) in result.stdout
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(entry_path, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Icon"] == "io.github.digitgui" and section["Type"] == "Application"
    # The entry starts this installation's digitgui, by a path that exists.
    command = shlex.split(section["Exec"])
    assert Path(command[0]).is_file()
    assert svg.read_bytes() == (DESKTOP / "digitgui.svg").read_bytes()

    removed = run_cli("--uninstall-desktop", env={"XDG_DATA_HOME": str(home)})
    assert removed.returncode == 0, removed.stderr
    assert _installed(home) == []
    again = run_cli("--uninstall-desktop", env={"XDG_DATA_HOME": str(home)})
    assert again.returncode == 0 and "Nothing to remove" in again.stdout


def test_the_metainfo_and_entry_are_well_formed():
    root = ET.parse(DESKTOP / "io.github.digitgui.metainfo.xml").getroot()
    assert root.findtext("id") == "io.github.digitgui"
    assert root.find("launchable").text == "io.github.digitgui.desktop"
    appstream = shutil.which("appstreamcli")
    if appstream:
        result = subprocess.run([appstream, "validate", "--no-net",
                                 str(DESKTOP / "io.github.digitgui.metainfo.xml")],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    tool = shutil.which("desktop-file-validate")
    if tool:
        result = subprocess.run([tool, str(DESKTOP / "io.github.digitgui.desktop")],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_the_icon_is_on_the_window_and_in_every_size(window):
    from digitgui.ui.icon import app_icon

    icon = window.windowIcon()
    assert not icon.isNull()
    for size in (16, 32, 48, 256):
        assert (DESKTOP / "icons" / f"digitgui-{size}.png").is_file()
        pixmap = app_icon().pixmap(size, size)
        assert pixmap.width() == size


@pytest.mark.parametrize("flag", ["--install-desktop", "--uninstall-desktop"])
def test_a_folder_that_cannot_be_written_is_one_line(tmp_path, flag):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    result = run_cli(flag, env={"XDG_DATA_HOME": str(blocked)})
    if flag == "--install-desktop":
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1 and "cannot write" in result.stderr
    else:
        assert result.returncode == 0 and "Nothing to remove" in result.stdout


def test_the_about_box_shows_the_icon(window, qtbot):
    box = window.show_about()
    qtbot.waitExposed(box)
    assert not box.iconPixmap().isNull() and box.iconPixmap().width() == 64
    assert "digitgui" in box.text()
    box.accept()
