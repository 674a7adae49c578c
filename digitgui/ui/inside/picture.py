"""A small array drawn as a picture: a neuron's 784 weights as 28x28, a filter, a feature map."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from digitgui.ui import theme
from digitgui.ui.inside import colormap


def array_images(array: np.ndarray, ink: bool, tables: dict[bool, np.ndarray]) -> list:
    """An (H, W) array or (H, W, C) stack as the QImages an :class:`ArrayPicture` paints,
    coloured with ``tables[ink]`` (taken on the GUI thread: the theme's). Safe in a worker."""
    array = np.asarray(array, dtype=np.float32)
    stack = array if array.ndim == 3 else array[..., None]
    if ink:
        return colormap.images_of_maps(stack, 1.0, tables[True], False)
    return colormap.images_of_maps(stack, colormap.symmetric_scale(stack), tables[False])


class ArrayPicture(QWidget):
    """A (H, W) array, or a (H, W, C) stack shown as C tiles, coloured with the diverging map
    (shared symmetric scale) or as ink; optionally with one pixel marked."""

    def __init__(self, side: int = 140, parent: QWidget | None = None):
        super().__init__(parent)
        self.side = side
        self.array: np.ndarray | None = None
        self.ink = False
        self.marker: tuple[int, int] | None = None
        self._images: list = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(side, side)

    def sizeHint(self) -> QSize:
        return QSize(self.side, self.side)

    def set_array(self, array: np.ndarray | None, ink: bool = False,
                  marker: tuple[int, int] | None = None, images: list | None = None) -> None:
        """Show ``array``; ``images``: it coloured already by :func:`array_images` (in a
        worker), else coloured here."""
        self.array = None if array is None else np.asarray(array, dtype=np.float32)
        self.ink = ink
        self.marker = marker
        self._images = []
        if self.array is not None:
            self._images = images if images is not None else array_images(
                    self.array, ink, {ink: colormap.map_table(ink)})
        self.update()

    def _tiles(self) -> tuple[int, float]:
        """(columns, tile side) for the stack to fill the square."""
        count = len(self._images)
        columns = max(1, math.ceil(math.sqrt(count)))
        return columns, self.side / columns

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = theme.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.fillRect(self.rect(), QColor(colours.background))
        if not self._images:
            painter.end()
            return
        columns, tile = self._tiles()
        gap = 1.0 if len(self._images) > 1 else 0.0
        height, width = self._images[0].height(), self._images[0].width()
        cell = (tile - gap) / max(height, width)
        for index, image in enumerate(self._images):
            row, column = divmod(index, columns)
            rect = QRectF(column * tile, row * tile, width * cell, height * cell)
            painter.drawImage(rect, image)
        painter.setPen(QColor(colours.grid))
        painter.drawRect(QRectF(0, 0, self.side - 1, self.side - 1))
        if self.marker is not None and len(self._images) == 1:
            painter.setPen(QPen(QColor(colours.warning), 2))
            y, x = self.marker
            painter.drawRect(QRectF(x * cell - 1, y * cell - 1, cell + 2, cell + 2))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.end()
