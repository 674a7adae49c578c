"""Converting between QImage and NumPy, honouring ``bytesPerLine`` (rows may be padded), and
painting a picture drawn off screen."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget

from digitgui.ui import theme


def to_gray_array(image: QImage) -> np.ndarray:
    """A copy of the image as (H, W) uint8 gray."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    height, width, stride = gray.height(), gray.width(), gray.bytesPerLine()
    buffer = np.frombuffer(gray.constBits(), dtype=np.uint8, count=stride * height)
    return buffer.reshape(height, stride)[:, :width].copy()


def from_gray_array(array: np.ndarray) -> QImage:
    """A QImage (its own copy of the pixels) from a (H, W) uint8 or [0, 1] float array."""
    if array.dtype != np.uint8:
        array = (np.clip(array, 0.0, 1.0) * 255 + 0.5).astype(np.uint8)
    array = np.ascontiguousarray(array)
    height, width = array.shape
    image = QImage(array.data, width, height, width, QImage.Format.Format_Grayscale8)
    return image.copy()


def from_rgb_array(array: np.ndarray) -> QImage:
    """A QImage copy from an (H, W, 3) or (H, W, 4) uint8 array."""
    array = np.ascontiguousarray(array)
    height, width, channels = array.shape
    fmt = QImage.Format.Format_RGB888 if channels == 3 else QImage.Format.Format_RGBA8888
    return QImage(array.data, width, height, width * channels, fmt).copy()


def paint_picture(widget: QWidget, image: QImage | None) -> None:
    """Fill ``widget`` with ``image`` (scaled to it), or with the background colour while
    there is none yet: how the charts drawn off screen show their latest picture."""
    painter = QPainter(widget)
    if image is None:
        painter.fillRect(widget.rect(), QColor(theme.colours().background))
    else:
        painter.drawImage(QRectF(widget.rect()), image)
    painter.end()
