"""The app's icon: on the window, the taskbar and the About box."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from digitgui.core import paths


@cache
def app_icon() -> QIcon:
    """The SVG for any size, with the rendered PNGs where a platform prefers bitmaps (an
    empty icon, never an error, if the files are missing)."""
    folder = paths.resources_dir() / "desktop"
    icon = QIcon()
    for png in sorted((folder / "icons").glob("digitgui-*.png")):
        icon.addFile(str(png))
    svg = folder / "digitgui.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon
