"""The first layer's weights as one picture: every neuron's 784 weights as a 28x28 tile (or
every 3x3 filter), side by side, in the diverging colours of Inside the network (orange
below zero, blue above).

The tiles are coloured and laid out into a single image in a worker thread
(:func:`mosaic`); painting is then one scaled copy, however many neurons there are (the mlp
has 256, which painted one by one cost the GUI thread tens of milliseconds an epoch).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from digitgui.ui import theme
from digitgui.ui.i18n import translate
from digitgui.ui.inside import colormap

MOSAIC_SIDE = 480
"""About how many pixels wide a mosaic is made: each weight is drawn as a square of whole
pixels, so it stays crisp when painted at about this size."""

GAP = 1 / 12
"""The space between tiles, as a part of a tile's width (at least 2 pixels)."""


def columns(units: int, aspect: float = 1.0) -> int:
    """Tiles a row, for the largest tiles in a place ``aspect`` times wider than tall (square
    tiles): 25 neurons as 5 x 5 in a square, 32 filters as 8 x 4 in a wide place and 4 x 8 in
    a tall one. Among layouts with tiles as large, the one with fewest empty places."""
    def fit(across: int) -> tuple[float, int]:
        down = math.ceil(units / across)
        return min(aspect / across, 1.0 / down), -(across * down - units)

    return max(range(1, units + 1), key=fit)


def colour_scale(weights: np.ndarray) -> float:
    """The weight coloured at either end: a high percentile, not the maximum, so that a few
    large weights do not leave every other one pale."""
    magnitudes = np.abs(weights[np.isfinite(weights)])
    top = float(np.percentile(magnitudes, 99.5)) if magnitudes.size else 0.0
    return top if top > 1e-12 else 1.0


def mosaic(weights: np.ndarray, table: np.ndarray, colours: tuple[int, int],
           across: int | None = None) -> tuple[QImage, float]:
    """(units, h, w) weights as one RGB32 image of tiles, ``across`` a row (default: a
    square), and the colour scale used. ``colours``: between the tiles, and where a last
    row's tiles end (:func:`mosaic_colours`). Plain
    NumPy and QImage: safe in a worker thread (``table`` and ``colours`` come from the GUI
    thread, which owns the palette)."""
    units, height, width = weights.shape
    across = across or columns(units)
    down = math.ceil(units / across)
    pixel = max(1, MOSAIC_SIDE // (across * width))
    scale = colour_scale(weights)
    tiles = table[colormap.indices(weights, scale, diverging=True)]
    tiles = tiles.repeat(pixel, axis=1).repeat(pixel, axis=2)
    tile_h, tile_w = height * pixel, width * pixel
    gap = max(2, round(tile_w * GAP))
    canvas = np.full((down * (tile_h + gap) - gap, across * (tile_w + gap) - gap),
                     np.uint32(colours[0]), np.uint32)
    last = (down - 1) * (tile_h + gap)
    canvas[last:, (units - (down - 1) * across) * (tile_w + gap):] = np.uint32(colours[1])
    for unit in range(units):
        row, column = divmod(unit, across)
        top, left = row * (tile_h + gap), column * (tile_w + gap)
        canvas[top:top + tile_h, left:left + tile_w] = tiles[unit]
    canvas = np.ascontiguousarray(canvas)
    image = QImage(canvas.data, canvas.shape[1], canvas.shape[0], canvas.shape[1] * 4,
                   QImage.Format.Format_RGB32).copy()
    return image, scale


def mosaic_colours() -> tuple[int, int]:
    """Between tiles, and after the last one (GUI thread: they follow the theme)."""
    window = QGuiApplication.palette().window().color()  # as if no tile were there
    return QColor(theme.colours().grid).rgb(), window.rgb()


class WeightsMosaic(QWidget):
    """Paints a ready mosaic, as large as fits, keeping its shape."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._image: QImage | None = None
        self._placeholder = translate("WeightsMosaic",
                "The first layer's weights appear here\nafter the first epoch")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def set_image(self, image: QImage | None, placeholder: str | None = None) -> None:
        self._image = image
        if placeholder is not None:
            self._placeholder = placeholder
        self.update()

    def image(self) -> QImage | None:
        return self._image

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        if self._image is None or self._image.isNull():
            painter.setPen(QColor(theme.colours().muted))
            painter.drawText(self.rect().adjusted(4, 0, -4, 0),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._placeholder)
            return
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left = (self.width() - size.width()) / 2
        top = (self.height() - size.height()) / 2
        # Nearest neighbour (no smoothing): a weight stays one clear square.
        painter.drawImage(QRectF(left, top, size.width(), size.height()), self._image)
