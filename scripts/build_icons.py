"""Render the app icon's PNG sizes from its SVG (``resources/desktop/digitgui.svg``).

The SVG is the source; desktops that do not take SVG (and Windows/macOS packaging) need
PNGs. Run again after changing the SVG:

    python scripts/build_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "desktop"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv)
    svg = FOLDER / "digitgui.svg"
    out = FOLDER / "icons"
    out.mkdir(exist_ok=True)
    for size in SIZES:
        path = out / f"digitgui-{size}.png"
        if not render(svg, size).save(str(path)):
            print(f"cannot write {path}", file=sys.stderr)
            return 1
        print(path.relative_to(FOLDER.parent.parent))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
