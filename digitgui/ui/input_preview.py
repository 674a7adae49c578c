"""What the network sees: the 28x28 preprocessed input, enlarged pixel by pixel."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from digitgui.ui import theme
from digitgui.ui.i18n import translate
from digitgui.ui.qimage import from_gray_array


class InputPreview(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._pixels: np.ndarray | None = None
        self._image = None
        self.setMinimumSize(84, 84)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(translate("InputPreview", "What the network sees"))
        self.setToolTip(
            translate("InputPreview",
                    "What the network sees: your drawing cropped to its ink, scaled to 20 pixels, "
                    "and centred by its centre of mass in a 28x28 grid, as MNIST's digits were "
                    "made. Each of these 784 pixels is one input of the network.")
        )

    def sizeHint(self) -> QSize:
        return QSize(140, 140)

    def heightForWidth(self, width: int) -> int:
        return width

    def hasHeightForWidth(self) -> bool:
        return True

    def set_pixels(self, pixels: np.ndarray | None) -> None:
        """A (28, 28) float array in [0, 1] (ink bright), or None for a blank drawing."""
        self._pixels = None if pixels is None else np.asarray(pixels, dtype=np.float32)
        self._image = None if pixels is None else from_gray_array(self._pixels)
        self.update()

    def pixels(self) -> np.ndarray | None:
        return None if self._pixels is None else self._pixels.copy()

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = theme.colours()
        painter = QPainter(self)
        side = min(self.width(), self.height())
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter.fillRect(rect, QColor("#000000"))
        if self._image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            painter.drawImage(rect, self._image)
        else:
            painter.setPen(QColor("#8e8e93"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "28 × 28")
        painter.setPen(QColor(colours.grid))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()
