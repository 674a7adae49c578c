"""The loss against steps of gradient descent: a small chart painted with QPainter."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from digitgui.ui import theme
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate

LEFT, RIGHT, TOP, BOTTOM = 56.0, 14.0, 24.0, 30.0
EMPTY_TEXT = QT_TRANSLATE_NOOP("BackpropChart",
        "Press Step or Run 100 steps: the loss after each step is drawn here.")


def nice_step(span: float, ticks: int = 4) -> float:
    """A round tick spacing (1, 2 or 5 × 10ⁿ) giving about ``ticks`` ticks over ``span``."""
    raw = span / ticks if span > 0 else 1.0
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def tick_label(value: float, spacing: float) -> str:
    decimals = max(0, -math.floor(math.log10(spacing))) if spacing < 1 else 0
    return f"{value:.{decimals}f}".replace("-", "−")


class LossChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.losses: list[float] = []
        self.setMinimumSize(360, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("LossChart", "Loss against steps of gradient descent"))

    def sizeHint(self) -> QSize:
        return QSize(560, 200)

    def set_losses(self, losses: list[float]) -> None:
        # A loss that blew up to infinity cannot be drawn: the chart keeps the finite ones.
        self.losses = [v for v in losses if math.isfinite(v)]
        self.update()

    def _plot_area(self) -> QRectF:
        return QRectF(LEFT, TOP, self.width() - LEFT - RIGHT, self.height() - TOP - BOTTOM)

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = theme.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(colours.background))
        painter.setPen(QColor(colours.text))
        painter.drawText(QRectF(LEFT, 2, self.width() - LEFT, TOP - 4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         translate("LossChart", "Loss L against steps"))
        if not self.losses:
            painter.setPen(QColor(colours.muted))
            painter.drawText(self._plot_area(), Qt.AlignmentFlag.AlignCenter
                             | Qt.TextFlag.TextWordWrap,
                             translate("BackpropChart", EMPTY_TEXT))
            painter.end()
            return
        top_value = self._axes(painter, colours)
        self._curve(painter, colours, top_value)
        painter.end()

    def _axes(self, painter: QPainter, colours) -> float:
        """Grid lines, ticks and labels; returns the loss at the top of the plot."""
        area = self._plot_area()
        spacing = nice_step(max(self.losses))
        top_value = spacing * math.ceil(max(self.losses) / spacing) or 1.0
        steps = max(1, len(self.losses) - 1)
        x_spacing = max(1.0, nice_step(steps, 5))
        for k in range(int(round(top_value / spacing)) + 1):
            y = area.bottom() - area.height() * k * spacing / top_value
            painter.setPen(QPen(QColor(colours.grid), 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(QColor(colours.muted))
            painter.drawText(QRectF(0, y - 8, LEFT - 6, 16), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, tick_label(k * spacing, spacing))
        for k in range(int(steps // x_spacing) + 1):
            x = area.left() + area.width() * k * x_spacing / steps
            painter.drawText(QRectF(x - 25, area.bottom() + 4, 50, 14),
                             Qt.AlignmentFlag.AlignCenter, f"{int(k * x_spacing)}")
        painter.drawText(QRectF(area.left(), area.bottom() + 14, area.width(), 16),
                         Qt.AlignmentFlag.AlignCenter, "steps")
        return top_value

    def _curve(self, painter: QPainter, colours, top_value: float) -> None:
        area = self._plot_area()
        steps = max(1, len(self.losses) - 1)
        points = [QPointF(area.left() + area.width() * i / steps,
                          area.bottom() - area.height() * value / top_value)
                  for i, value in enumerate(self.losses)]
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(QColor(colours.accent), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        if len(points) <= 40:  # few steps: each one a dot, so single steps can be counted
            painter.setBrush(QColor(colours.accent))
            for point in points:
                painter.drawEllipse(point, 2.5, 2.5)
