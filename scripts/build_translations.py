"""Rebuild the window's translations: lupdate, then lrelease.

    .venv/bin/python scripts/build_translations.py            # update .ts, compile .qm
    .venv/bin/python scripts/build_translations.py --lang fr  # start a new language

``pyside6-lupdate`` reads every string marked for translation in ``digitgui/ui`` and
``digitgui/core`` (``translate``, ``self.tr``, ``QT_TRANSLATE_NOOP``) into
``resources/i18n/digitgui_<lang>.ts``, keeping the translations already there and dropping
strings the code no longer has; ``pyside6-lrelease`` compiles each ``.ts`` to the ``.qm`` the
window loads. Then it lists the strings still waiting for a translation (translate them in Qt
Linguist, ``pyside6-linguist``, or any text editor, and run this again). No line numbers are
written into the ``.ts``, so it changes only when the texts do. Exit status 1 if any string
is unfinished.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = (REPO / "digitgui" / "ui", REPO / "digitgui" / "core")
"""The window's code, and the core's: its error templates are marked with a Qt-free
``QT_TRANSLATE_NOOP`` (``digitgui/core/errors.py``) that lupdate picks up by its name."""
I18N = REPO / "resources" / "i18n"


def tool(name: str) -> str:
    """A PySide6 tool, next to this Python's executable or on the PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 into this environment")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for folder in SOURCES for p in folder.rglob("*.py"))


def lupdate(ts: Path, language: str) -> None:
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-ts", str(ts), "-locations", "none",
                    "-no-obsolete", "-source-language", "en", "-target-language", language,
                    "-silent"], check=True, cwd=REPO)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
                   cwd=REPO)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message with no finished translation."""
    waiting = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                  "obsolete") \
                    or not (translation.text or "").strip():
                waiting.append((name, message.findtext("source", "")))
    return waiting


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", default=[],
                        help="a language to add (ISO 639-1, e.g. fr); default: those there")
    args = parser.parse_args()
    I18N.mkdir(parents=True, exist_ok=True)
    languages = sorted({p.stem.removeprefix("digitgui_") for p in I18N.glob("digitgui_*.ts")}
                       | set(args.lang))
    waiting_in_all = 0
    for language in languages:
        ts = I18N / f"digitgui_{language}.ts"
        lupdate(ts, language)
        lrelease(ts, ts.with_suffix(".qm"))
        waiting = unfinished(ts)
        waiting_in_all += len(waiting)
        total = sum(1 for _ in ET.parse(ts).getroot().iter("message"))
        print(f"{ts.relative_to(REPO)}: {total - len(waiting)} of {total} strings translated")
        for context, source in waiting:
            print(f"  unfinished [{context}] {source!r}")
    return 1 if waiting_in_all else 0


if __name__ == "__main__":
    sys.exit(main())
