"""The window's picture files: which images it opens, and saving the drawing as a PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage

from digitgui.core import atomic
from digitgui.core.drawing.images import IMAGE_SUFFIXES
from digitgui.core.errors import UserError
from digitgui.ui.i18n import translate


def image_filter() -> str:
    """The file dialog's filter for the pictures digitgui reads."""
    patterns = " ".join(f"*{s}" for s in IMAGE_SUFFIXES)
    return translate("MainWindow", "Images ({patterns})").format(patterns=patterns)


def write_png(image: QImage, path: Path) -> str:
    """In a worker thread: ``image`` written to ``path`` as a PNG, atomically; its name."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    try:
        atomic.write_bytes(path, bytes(data))
    except OSError as exc:
        raise UserError(translate("MainWindow", "{path}: cannot save ({reason})").format(
            path=path, reason=exc.strerror)) from exc
    return path.name
