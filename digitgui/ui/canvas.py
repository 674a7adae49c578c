"""The drawing canvas: a square sheet of paper to draw a digit on with mouse, pen or finger.

Strokes are kept as points in paper units (0-1 across the sheet), so the drawing survives any
resize and undo/redo is per stroke. What you see is an offscreen QImage (after the PySide
painter example): a new stroke segment is painted into it as the pen moves, and the whole
image is repainted from the strokes only on undo, redo, clear or resize.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from digitgui.ui import theme
from digitgui.ui.i18n import translate
from digitgui.ui.qimage import to_gray_array

REFERENCE_SIDE = 400.0
"""Pen widths are given in pixels of a 400 px sheet and scale with the sheet."""

PAPER = QColor("#ffffff")
INK = QColor("#000000")


@dataclass(frozen=True)
class Stroke:
    points: tuple[tuple[float, float], ...]
    """(x, y) in paper units."""
    width: float
    """In paper units."""
    eraser: bool = False


@dataclass(frozen=True)
class Drawing:
    """One state of the sheet: an opened picture (or none) and the strokes over it."""

    strokes: tuple[Stroke, ...] = ()
    picture: QImage | None = None
    network_input: np.ndarray | None = field(default=None, compare=False)
    """The picture as the network reads it, when it came as one (an Evaluation image): read
    as it is while nothing is drawn over it, so it reads as it did there."""

    @property
    def empty(self) -> bool:
        return not self.strokes and self.picture is None


def _stroke_path(points: list[QPointF]) -> QPainterPath:
    """A smooth path through the points: quadratic curves between the midpoints, with each
    sampled point as the control point, so fast pen movements do not look polygonal."""
    path = QPainterPath(points[0])
    for i in range(1, len(points) - 1):
        middle = (points[i] + points[i + 1]) / 2
        path.quadTo(points[i], middle)
    path.lineTo(points[-1])
    return path


class DrawingCanvas(QWidget):
    changed = Signal()
    """The drawing changed (every pen movement, undo, redo, clear, opened picture)."""
    strokeFinished = Signal()
    historyChanged = Signal()
    """Undo/redo availability may have changed."""
    digitPressed = Signal(int)
    """A digit key was pressed on the canvas: "what I drew is this digit"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 220)
        self.setAccessibleName(translate("DrawingCanvas", "Drawing canvas"))
        self.setToolTip(translate("DrawingCanvas",
                "Draw a digit here: mouse, pen or finger. Esc clears."))
        self.pen_width = 22.0
        self.eraser = False
        self._history: list[Drawing] = [Drawing()]
        self._position = 0
        self.aspect = 1.0
        """The sheet's width over its height: 1 for a digit, 3 for a number."""
        self._kept: dict[float, tuple[list[Drawing], int]] = {}
        """The other shape's drawing and history, while this one is shown."""
        self.boxes: list[tuple[float, float, float, float]] = []
        """Boxes drawn over the sheet (x, y, w, h in sheet units 0..1): a number's digits."""
        self.selected_box: int | None = None
        self._live: list[QPointF] | None = None
        self._hover: QPointF | None = None
        self._image = QImage()
        self._render()

    # ---- the state -------------------------------------------------------------------------
    @property
    def drawing(self) -> Drawing:
        return self._history[self._position]

    def is_empty(self) -> bool:
        return self.drawing.empty and self._live is None

    def can_undo(self) -> bool:
        return self._position > 0

    def can_redo(self) -> bool:
        return self._position < len(self._history) - 1

    def _push(self, drawing: Drawing, render: bool = True) -> None:
        del self._history[self._position + 1 :]
        self._history.append(drawing)
        self._position += 1
        if render:
            self._render()
        self.historyChanged.emit()
        self.changed.emit()

    def undo(self) -> None:
        if self.can_undo():
            self._position -= 1
            self._render()
            self.historyChanged.emit()
            self.changed.emit()

    def redo(self) -> None:
        if self.can_redo():
            self._position += 1
            self._render()
            self.historyChanged.emit()
            self.changed.emit()

    def clear(self) -> None:
        """Clear the sheet (undoable)."""
        if not self.drawing.empty:
            self._push(Drawing())

    def set_picture(self, picture: QImage, network_input: np.ndarray | None = None) -> None:
        """Put an opened picture on the sheet, fitted inside it (undoable). ``network_input``:
        the picture is a network input already (28 x 28, ink bright), to be read as it is."""
        self._push(Drawing((), picture.convertToFormat(QImage.Format.Format_RGB32),
                           network_input))

    def network_input(self) -> np.ndarray | None:
        """The drawing as the network reads it, where it is one already (see
        :attr:`Drawing.network_input`); None for anything drawn or opened."""
        drawing = self.drawing
        return None if drawing.strokes else drawing.network_input

    # ---- geometry --------------------------------------------------------------------------
    def paper_rect(self) -> QRectF:
        """The sheet (square, or ``aspect`` times as wide as tall), centred in the widget."""
        height = max(1.0, min(self.width() / self.aspect, self.height()) - 2.0)
        width = height * self.aspect
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def set_aspect(self, aspect: float) -> None:
        """A square sheet (1) for a digit, a wide one (3) for a number. Each shape keeps its
        own drawing and undo history: going back finds the drawing as it was."""
        if aspect == self.aspect:
            return
        self._kept[self.aspect] = (self._history, self._position)
        self._history, self._position = self._kept.pop(aspect, ([Drawing()], 0))
        self.aspect = aspect
        self._render()
        self.historyChanged.emit()
        self.changed.emit()

    def _to_paper(self, position: QPointF) -> QPointF:
        rect = self.paper_rect()
        return QPointF((position.x() - rect.x()) / rect.width(),
                       (position.y() - rect.y()) / rect.height())

    def sizeHint(self) -> QSize:
        return QSize(420, 420)

    # ---- rendering -------------------------------------------------------------------------
    def _image_size(self) -> tuple[int, int]:
        """The sheet's pixels (width, height): its height is the unit strokes are kept in."""
        height = max(1, round(self.paper_rect().height() * self.devicePixelRatioF()))
        return max(1, round(height * self.aspect)), height

    def _render(self) -> None:
        """Repaint the offscreen sheet from the current drawing."""
        width, side = self._image_size()
        if (self._image.width(), self._image.height()) != (width, side):
            self._image = QImage(width, side, QImage.Format.Format_RGB32)
        self._image.fill(PAPER)
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        picture = self.drawing.picture
        if picture is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            scaled = picture.size().scaled(QSize(width, side),
                                           Qt.AspectRatioMode.KeepAspectRatio)
            target = QRectF((width - scaled.width()) / 2, (side - scaled.height()) / 2,
                            scaled.width(), scaled.height())
            painter.drawImage(target, picture)
        for stroke in self.drawing.strokes:
            points = [QPointF(x * width, y * side) for x, y in stroke.points]
            painter.setPen(self._qpen(stroke.width * side, stroke.eraser))
            if len(points) == 1:
                painter.drawPoint(points[0])  # a click: a round dot the width of the pen
            else:
                painter.drawPath(_stroke_path(points))
        painter.end()
        self.update()

    @staticmethod
    def _qpen(width: float, eraser: bool) -> QPen:
        pen = QPen(PAPER if eraser else INK, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _stroke_width(self) -> float:
        return self.pen_width / REFERENCE_SIDE

    def _paint_live_segment(self) -> None:
        """Paint only the newest piece of the stroke being drawn into the sheet."""
        points = self._live
        width, side = self._image.width(), self._image.height()
        scaled = [QPointF(p.x() * width, p.y() * side) for p in points[-3:]]
        if len(scaled) == 1:
            path = QPainterPath(scaled[0])
        elif len(scaled) == 2:
            path = QPainterPath(scaled[0])
            path.lineTo((scaled[0] + scaled[1]) / 2)
        else:
            path = QPainterPath((scaled[0] + scaled[1]) / 2)
            path.quadTo(scaled[1], (scaled[1] + scaled[2]) / 2)
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = self._stroke_width() * side
        painter.setPen(self._qpen(pen, self.eraser))
        if len(scaled) == 1:
            painter.drawPoint(scaled[0])
        else:
            painter.drawPath(path)
        painter.end()
        rect = self.paper_rect()
        ratio = rect.height() / side
        dirty = path.boundingRect().adjusted(-pen, -pen, pen, pen)
        self.update(QRectF(rect.x() + dirty.x() * ratio, rect.y() + dirty.y() * ratio,
                           dirty.width() * ratio, dirty.height() * ratio).toAlignedRect())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colours = theme.colours()
        painter.fillRect(self.rect(), QColor(colours.grid))
        rect = self.paper_rect()
        painter.drawImage(rect, self._image)
        self._paint_boxes(painter, rect, colours)
        if self._hover is not None and self._live is None and self.underMouse():
            radius = self._stroke_width() * rect.height() / 2
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(colours.accent), 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self._hover, radius, radius)
        painter.end()

    def set_boxes(self, boxes: list[tuple[float, float, float, float]],
                  selected: int | None = None) -> None:
        """Outline these parts of the sheet (sheet units), ``selected`` in the accent colour."""
        if boxes != self.boxes or selected != self.selected_box:
            self.boxes, self.selected_box = boxes, selected
            self.update()

    def _paint_boxes(self, painter: QPainter, rect: QRectF, colours) -> None:
        for index, (x, y, w, h) in enumerate(self.boxes):
            chosen = index == self.selected_box
            pen = QPen(QColor(colours.accent if chosen else colours.muted), 2.0 if chosen else 1.0)
            pen.setStyle(Qt.PenStyle.SolidLine if chosen else Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect.x() + x * rect.width(), rect.y() + y * rect.height(),
                                    w * rect.width(), h * rect.height()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._render()
        super().resizeEvent(event)

    # ---- input -----------------------------------------------------------------------------
    def _begin(self, position: QPointF) -> None:
        self._live = [self._to_paper(position)]
        self._paint_live_segment()
        self.changed.emit()

    def _extend(self, position: QPointF) -> None:
        if self._live is None:
            return
        point = self._to_paper(position)
        last = self._live[-1]
        if abs(point.x() - last.x()) + abs(point.y() - last.y()) < 0.5 / self._image.width():
            return  # less than half a pixel: nothing to draw
        self._live.append(point)
        self._paint_live_segment()
        self.changed.emit()

    def _finish(self) -> None:
        if self._live is None:
            return
        points = tuple((p.x(), p.y()) for p in self._live)
        self._live = None
        stroke = Stroke(points, self._stroke_width(), self.eraser)
        current = self.drawing
        # Repaint the sheet from the strokes: the pieces painted while the pen moved end at
        # the last midpoint, and the finished stroke must look exactly as it will after an
        # undo and redo.
        self._push(Drawing(current.strokes + (stroke,), current.picture))
        self.strokeFinished.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._hover = event.position()
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position())
        else:
            self.update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._finish()
        event.accept()

    def leaveEvent(self, event) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and text.isdigit() and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        ):
            self.digitPressed.emit(int(text))
            event.accept()
            return
        super().keyPressEvent(event)

    def tabletEvent(self, event: QTabletEvent) -> None:
        """A pen tablet: the same strokes, without waiting for synthesised mouse events."""
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._hover = event.position()
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._finish()
        event.accept()

    # ---- output ----------------------------------------------------------------------------
    def live_box(self) -> tuple[float, float, float, float] | None:
        """The box of the stroke being drawn, its pen's width included, as (x, y, w, h) in
        shares of the sheet's width and height; None while the pen is up."""
        if self._live is None:
            return None
        xs, ys = [p.x() for p in self._live], [p.y() for p in self._live]
        pen = self._stroke_width()  # a share of the sheet's height
        half_x, half_y = pen / (2 * self.aspect), pen / 2
        left, top = min(xs) - half_x, min(ys) - half_y
        return left, top, max(xs) + half_x - left, max(ys) + half_y - top

    def to_array(self, max_side: int | None = None) -> np.ndarray:
        """The sheet as (H, W) uint8 gray, dark ink on white; downscaled (smoothly) so that its
        shorter side (its height) is at most ``max_side``, which keeps per-stroke prediction
        cheap on big screens."""
        image = self._image
        if max_side is not None and image.height() > max_side:
            image = image.scaled(round(max_side * self.aspect), max_side,
                                 Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        return to_gray_array(image)

    def to_image(self) -> QImage:
        """The sheet at its on-screen size (for saving as PNG)."""
        side = max(1, round(self.paper_rect().width()))
        return self._image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
