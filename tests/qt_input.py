"""Sending real Qt input events to widgets (mouse strokes with the button held)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget


def _send(widget: QWidget, kind: QEvent.Type, point: QPointF, buttons) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else \
        Qt.MouseButton.NoButton
    event = QMouseEvent(kind, point, widget.mapToGlobal(point), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def draw_stroke(widget: QWidget, points: list[tuple[float, float]]) -> None:
    """Press at the first point, move through the rest with the left button held, release."""
    held = Qt.MouseButton.LeftButton
    _send(widget, QEvent.Type.MouseButtonPress, QPointF(*points[0]), held)
    for point in points[1:]:
        _send(widget, QEvent.Type.MouseMove, QPointF(*point), held)
    _send(widget, QEvent.Type.MouseButtonRelease, QPointF(*points[-1]), Qt.MouseButton.NoButton)


def draw_on_paper(canvas, strokes: list[list[tuple[float, float]]], margin: float = 0.15):
    """Draw strokes given in fractions (0-1) of a field onto the canvas's sheet."""
    rect = canvas.paper_rect()
    size = rect.width() * (1 - 2 * margin)
    for stroke in strokes:
        draw_stroke(canvas, [(rect.x() + rect.width() * margin + x * size,
                              rect.y() + rect.height() * margin + y * size) for x, y in stroke])


def draw_number(canvas, digits: list[list[list[tuple[float, float]]]], gap: float = 0.15):
    """Write several digits' strokes (each in fractions of its own field) side by side on
    the (wide) sheet, left to right, each in a field as tall as the sheet's middle 80 %."""
    rect = canvas.paper_rect()
    side = rect.height() * 0.8
    step = side * (1 + gap) * 0.75  # handwriting's digits are narrower than their field
    left = rect.x() + (rect.width() - step * (len(digits) - 1) - side) / 2
    for index, strokes in enumerate(digits):
        x0, y0 = left + index * step, rect.y() + rect.height() * 0.1
        for stroke in strokes:
            draw_stroke(canvas, [(x0 + x * side, y0 + y * side) for x, y in stroke])
