"""Painting one layer's output, unit by unit, and telling which unit was clicked.

Three shapes of output, three pictures, all painted with QPainter from small QImages (no
matplotlib: they repaint on every pen movement):

- :class:`MapGrid`: (H, W, C) feature maps as a grid of C small images (the 28x28 input is one
  such map, in the network's own white-on-black);
- :class:`UnitStrip`: a vector of neurons as a strip of coloured cells, with their values
  written in when there are few (the seed network's 25 and 15);
- :class:`OutputBars`: the ten logits (bars either side of zero) or the ten probabilities.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from digitgui.ui import theme
from digitgui.ui.formatting import percent
from digitgui.ui.i18n import translate
from digitgui.ui.inside import colormap

Position = tuple[int, ...]


def short_number(value: float) -> str:
    """Three significant figures at most, fitting a small cell."""
    value = float(value) + 0.0  # no "-0.00"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


PREFERRED_WIDTH = 420
MINIMUM_WIDTH = 120


def map_pixel(shape: tuple[int, ...], ink: bool) -> int:
    """How many screen pixels a side one value of a (H, W, C) map takes in a MapGrid."""
    return 5 if ink else max(2, math.ceil(40 / shape[0]))


class UnitView(QWidget):
    """Base: holds the values, the shared colour scale, the selected unit; emits clicks."""

    unitClicked = Signal(object)
    """The position ((j,) or (row, col, channel)) of the unit the user clicked."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.values: np.ndarray | None = None
        self.scale = 1.0
        self.selected: Position | None = None
        self.describe: Callable[[Position], str] | None = None
        """Gives the tooltip of a unit (set by the card that owns this view)."""
        self.explanation = ""
        """The tooltip away from the units (the card's explanation of its layer)."""
        self.setMouseTracking(True)  # for the tooltip of the unit under the pointer
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(MINIMUM_WIDTH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_values(self, values: np.ndarray | None, scale: float | None = None) -> None:
        self.values = None if values is None else np.asarray(values)
        self.scale = scale if scale else (1.0 if values is None
                                          else colormap.symmetric_scale(self.values))
        self._values_changed()
        self.update()

    def _values_changed(self) -> None:
        """Hook: drop cached images."""

    def set_selected(self, position: Position | None) -> None:
        self.selected = position
        self.update()

    def height_for(self, width: int) -> int:  # pragma: no cover - always overridden
        raise NotImplementedError

    def _follow_width(self, width: int) -> None:
        """Our height follows our width, set as a fixed height each time the width changes
        (and at first for :data:`PREFERRED_WIDTH`). Not Qt's height-for-width: with it, Qt's
        layout called back into Python about 2,000 times to lay out the `cnn`'s 28 cards,
        and each call may wait for Python's lock while a worker runs (``ui/app.py``)."""
        wanted = self.height_for(width)
        if self.minimumHeight() != wanted or self.maximumHeight() != wanted:
            self.setFixedHeight(wanted)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._follow_width(self.width())

    # Subclasses: geometry of units.
    def position_at(self, point: QPointF) -> Position | None:
        raise NotImplementedError

    def unit_rect(self, position: Position) -> QRectF:
        raise NotImplementedError

    def point_of(self, position: Position) -> QPointF:
        """The centre of a unit on screen (what a click there selects)."""
        return self.unit_rect(position).center()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.values is None:
            return
        position = self.position_at(event.position())
        if position is not None:
            self.unitClicked.emit(position)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """The unit under the pointer names itself and its value in the tooltip (away from
        the units: :attr:`explanation`). Not an ``event()`` override for Qt's tooltip event:
        that called into Python for every event of every view (280 when the `cnn`'s cards
        are first shown), each call waiting for Python's lock while a worker ran; with it,
        Inside the network shown beside Evaluation's charts held the window 84-240 ms."""
        text = self.tooltip_at(event.position())
        self.setToolTip(text)
        if QToolTip.isVisible() and text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        super().mouseMoveEvent(event)

    def tooltip_at(self, point: QPointF) -> str:
        position = None if self.values is None else self.position_at(point)
        if position is None:
            return self.explanation
        text = self.describe(position) if self.describe else str(position)
        return f"{text}: {short_number(self.values[position])}"


class MapGrid(UnitView):
    """(H, W, C) feature maps as C small images in a grid that wraps to the width."""

    GAP = 4

    def __init__(self, shape: tuple[int, int, int], ink: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.shape = shape
        self.ink = ink
        self.pixel = map_pixel(shape, ink)
        self._images: list[QImage] | None = None
        self._table: np.ndarray | None = None  # the colour table self._images were made with
        self._follow_width(PREFERRED_WIDTH)

    @property
    def cell(self) -> int:
        return self.shape[0] * self.pixel

    def columns(self, width: int | None = None) -> int:
        width = self.width() if width is None else width
        return max(1, min(self.shape[2], (width + self.GAP) // (self.cell + self.GAP)))

    def height_for(self, width: int) -> int:
        rows = math.ceil(self.shape[2] / self.columns(width))
        return rows * (self.cell + self.GAP) - self.GAP + 2

    def set_values(self, values: np.ndarray | None, scale: float | None = None,
                   images: colormap.MapImages | None = None) -> None:
        """As :meth:`UnitView.set_values`; ``images``: the maps already coloured (by
        :func:`~digitgui.ui.inside.colormap.map_images`, in the worker thread), so that
        painting only copies them."""
        super().set_values(values, scale)
        if images is not None and values is not None:
            self._images, self._table = images.images, images.table

    def _values_changed(self) -> None:
        self._images = self._table = None

    def map_rect(self, channel: int, columns: int | None = None) -> QRectF:
        """Where one channel's map is drawn (``columns``: this width's, if known already)."""
        row, column = divmod(channel, columns or self.columns())
        step = self.cell + self.GAP
        width = self.shape[1] * self.pixel
        return QRectF(1 + column * step, 1 + row * step, width, self.cell)

    def unit_rect(self, position: Position) -> QRectF:
        row, col, channel = position
        corner = self.map_rect(channel).topLeft()
        return QRectF(corner.x() + col * self.pixel, corner.y() + row * self.pixel,
                      self.pixel, self.pixel)

    def position_at(self, point: QPointF) -> Position | None:
        step = self.cell + self.GAP
        column, row = int((point.x() - 1) // step), int((point.y() - 1) // step)
        channel = row * self.columns() + column
        if column >= self.columns() or not 0 <= channel < self.shape[2] or point.x() < 1:
            return None
        rect = self.map_rect(channel)
        if not rect.contains(point):
            return None
        y = int((point.y() - rect.y()) // self.pixel)
        x = int((point.x() - rect.x()) // self.pixel)
        return (min(y, self.shape[0] - 1), min(x, self.shape[1] - 1), channel)

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = theme.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        table = colormap.map_table(self.ink)
        if self.values is not None and (self._images is None or self._table is not table):
            # Only when no worker coloured them (or the theme changed since).
            made = colormap.map_images(self.values, self.scale, self.ink, table, self.pixel)
            self._images, self._table = made.images, made.table
        painter.setPen(QPen(QColor(colours.grid), 1))
        columns, dirty = self.columns(), QRectF(event.rect())
        for channel in range(self.shape[2]):
            rect = self.map_rect(channel, columns)
            if not rect.intersects(dirty):
                continue
            if self._images is not None:
                painter.drawImage(rect.topLeft(), self._images[channel])  # a copy, no scaling
            else:
                painter.fillRect(rect, QColor("#000000" if self.ink else colours.background))
            painter.drawRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5))
        if self.selected is not None and len(self.selected) == 3:
            accent = QColor(colours.warning)
            painter.setPen(QPen(accent, 2))
            painter.drawRect(self.map_rect(self.selected[2]).adjusted(-1, -1, 1, 1))
            painter.drawRect(self.unit_rect(self.selected).adjusted(-1, -1, 1, 1))
        painter.end()


class UnitStrip(UnitView):
    """A vector of units as coloured cells: big with the value written in when there are at
    most 32 of them, small squares otherwise (a Flatten's 6,272 values still fit)."""

    def __init__(self, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.count = count
        self.with_text = count <= 32
        if self.with_text:
            self.cell_w, self.cell_h, self.gap = 46, 24, 3
        else:
            side = 12 if count <= 300 else 6 if count <= 1000 else 4
            self.cell_w = self.cell_h = side
            self.gap = 1
        self._image: QImage | None = None
        self._follow_width(PREFERRED_WIDTH)

    def columns(self, width: int | None = None) -> int:
        width = self.width() if width is None else width
        return max(1, min(self.count, (width - 2 + self.gap) // (self.cell_w + self.gap)))

    def height_for(self, width: int) -> int:
        rows = math.ceil(self.count / self.columns(width))
        return rows * (self.cell_h + self.gap) - self.gap + 2

    def unit_rect(self, position: Position) -> QRectF:
        row, column = divmod(position[0], self.columns())
        return QRectF(1 + column * (self.cell_w + self.gap), 1 + row * (self.cell_h + self.gap),
                      self.cell_w, self.cell_h)

    def position_at(self, point: QPointF) -> Position | None:
        column = int((point.x() - 1) // (self.cell_w + self.gap))
        row = int((point.y() - 1) // (self.cell_h + self.gap))
        index = row * self.columns() + column
        if point.x() < 1 or column >= self.columns() or not 0 <= index < self.count:
            return None
        return (index,)

    def _values_changed(self) -> None:
        self._image = None

    def _small_cells_image(self) -> QImage:
        """All the small cells as one image (one drawImage instead of thousands of
        fillRects: 0.2 ms instead of 3 for a Flatten's 784 values)."""
        columns = self.columns()
        rows = math.ceil(self.count / columns)
        background = colormap.diverging_table()[128]
        cells = np.full(rows * columns, background, dtype=np.uint32)
        if self.values is not None:
            table = colormap.diverging_table()
            cells[: self.count] = table[colormap.indices(self.values, self.scale, True)]
        step = self.cell_w + self.gap
        page = np.full((rows, step, columns, step), theme.qcolor("background").rgba(),
                       dtype=np.uint32)
        page[:, : self.cell_h, :, : self.cell_w] = cells.reshape(rows, 1, columns, 1)
        page = np.ascontiguousarray(page.reshape(rows * step, columns * step))
        height, width = page.shape
        return QImage(page.data, width, height, width * 4, QImage.Format.Format_RGB32).copy()

    def resizeEvent(self, event) -> None:
        self._image = None  # the number of columns may have changed
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.with_text:
            if self._image is None:
                self._image = self._small_cells_image()
            painter = QPainter(self)
            painter.drawImage(1, 1, self._image)
            if self.selected is not None and len(self.selected) == 1:
                painter.setPen(QPen(QColor(theme.colours().warning), 2))
                painter.drawRect(self.unit_rect(self.selected).adjusted(-1, -1, 1, 1))
            painter.end()
            return
        colours = theme.colours()
        table = colormap.diverging_table()
        painter = QPainter(self)
        font = QFont(self.font())
        font.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.8))
        painter.setFont(font)
        exposed = QRectF(event.rect())
        values = self.values
        colours_idx = None if values is None else \
            colormap.indices(values, self.scale, diverging=True)
        for index in range(self.count):
            rect = self.unit_rect((index,))
            if not rect.intersects(exposed):
                continue
            fill = QColor(colours.background) if colours_idx is None else \
                QColor.fromRgba(int(table[colours_idx[index]]))
            painter.fillRect(rect, fill)
            if self.with_text:
                painter.setPen(QColor(colours.grid))
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
                if values is not None:
                    strong = abs(float(values[index])) > 0.6 * self.scale
                    painter.setPen(QColor("#ffffff" if strong else colours.text))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                                     short_number(values[index]))
        if self.selected is not None and len(self.selected) == 1:
            painter.setPen(QPen(QColor(colours.warning), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.unit_rect(self.selected).adjusted(-1, -1, 1, 1))
        painter.end()


class OutputBars(UnitView):
    """Ten rows, one per digit: the logits as bars either side of zero, or the softmax
    probabilities as bars from the left."""

    ROW = 19

    def __init__(self, probabilities: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.probabilities = probabilities
        self._follow_width(PREFERRED_WIDTH)

    def height_for(self, width: int) -> int:
        return 10 * self.ROW + 2

    def unit_rect(self, position: Position) -> QRectF:
        return QRectF(0, 1 + position[0] * self.ROW, self.width(), self.ROW)

    def position_at(self, point: QPointF) -> Position | None:
        row = int((point.y() - 1) // self.ROW)
        return (row,) if 0 <= row < 10 else None

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = theme.colours()
        painter = QPainter(self)
        metrics = self.fontMetrics()
        label_w = metrics.horizontalAdvance(translate("OutputBars", "digit 0")) + 10
        value_w = metrics.horizontalAdvance(">99.9 %") + 12
        track_w = max(20.0, self.width() - label_w - value_w)
        top = None if self.values is None else int(np.argmax(self.values))
        for digit in range(10):
            row = self.unit_rect((digit,))
            painter.setPen(QColor(colours.text if digit == top else colours.muted))
            painter.drawText(QRectF(0, row.y(), label_w - 6, row.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             translate("OutputBars", "digit {digit}").format(digit=digit))
            track = QRectF(label_w, row.y() + 3, track_w, row.height() - 6)
            painter.fillRect(track, QColor(colours.grid))
            if self.values is None:
                continue
            value = float(self.values[digit])
            if self.probabilities:
                bar = QRectF(track.x(), track.y(), track.width() * max(0.0, value),
                             track.height())
                colour = colours.accent if digit == top else colours.accent_soft
                text = percent(value)
            else:
                middle = track.x() + track.width() / 2
                length = track.width() / 2 * value / self.scale
                bar = QRectF(min(middle, middle + length), track.y(), abs(length),
                             track.height())
                colour = colours.accent if value >= 0 else colours.validation
                text = short_number(value)
            painter.fillRect(bar, QColor(colour))
            painter.setPen(QColor(colours.text if digit == top else colours.muted))
            painter.drawText(QRectF(track.right() + 6, row.y(), value_w, row.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        if not self.probabilities and self.values is not None:
            painter.setPen(QColor(colours.muted))
            middle = label_w + track_w / 2
            painter.drawLine(QPointF(middle, 1), QPointF(middle, 10 * self.ROW))
        if self.selected is not None:
            painter.setPen(QPen(QColor(colours.warning), 2))
            painter.drawRect(self.unit_rect(self.selected).adjusted(1, 1, -1, -1))
        painter.end()
