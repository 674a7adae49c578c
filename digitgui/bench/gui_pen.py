"""A scripted pen for the window probes: digits drawn with real mouse events, and the time from
each pen movement to the probability bars' repaint."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from digitgui.bench.gui_stall import wait

Stroke = list[tuple[float, float]]

MOVE_EVERY_S = 0.008
"""One pen event every 8 ms: a 125 Hz mouse."""


def digit_strokes() -> list[list[Stroke]]:
    """Pen paths of a few digits, in fractions of the sheet, about 60-120 points a digit."""

    def arc(cx, cy, rx, ry, start, end, n):
        return [(cx + rx * math.cos(start + (end - start) * i / n),
                 cy + ry * math.sin(start + (end - start) * i / n)) for i in range(n + 1)]

    def line(a, b, n):
        return [(a[0] + (b[0] - a[0]) * i / n, a[1] + (b[1] - a[1]) * i / n)
                for i in range(n + 1)]

    zero = [arc(0.5, 0.5, 0.22, 0.32, -math.pi / 2, 1.5 * math.pi, 90)]
    one = [line((0.45, 0.2), (0.52, 0.82), 50)]
    seven = [line((0.3, 0.22), (0.7, 0.22), 35) + line((0.7, 0.22), (0.45, 0.82), 50)]
    two = [arc(0.5, 0.35, 0.18, 0.15, math.pi, 2.2 * math.pi, 45)
           + line((0.62, 0.45), (0.3, 0.8), 40) + line((0.3, 0.8), (0.72, 0.8), 30)]
    eight = [arc(0.5, 0.33, 0.14, 0.13, math.pi / 2, 2.5 * math.pi, 60)
             + arc(0.5, 0.65, 0.18, 0.17, -math.pi / 2, 1.5 * math.pi, 70)]
    return [zero, one, seven, two, eight]


class Pen:
    """Sends mouse events to the window's canvas, at points given in fractions of the sheet."""

    def __init__(self, canvas):
        self.canvas = canvas

    def send(self, kind: QEvent.Type, x: float, y: float) -> None:
        rect = self.canvas.paper_rect()
        point = QPointF(rect.x() + x * rect.width(), rect.y() + y * rect.height())
        moving = kind == QEvent.Type.MouseMove
        button = Qt.MouseButton.NoButton if moving else Qt.MouseButton.LeftButton
        held = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else \
            Qt.MouseButton.LeftButton
        QApplication.sendEvent(self.canvas, QMouseEvent(
            kind, point, self.canvas.mapToGlobal(point), button, held,
            Qt.KeyboardModifier.NoModifier))

    def move(self, x: float, y: float) -> None:
        """One pen movement with the button held, then the 8 ms until the next."""
        self.send(QEvent.Type.MouseMove, x, y)
        wait(MOVE_EVERY_S)

    def draw(self, strokes: list[Stroke], move=None) -> None:
        """Draw a digit on a clean sheet; each movement by ``move(x, y)`` (:meth:`move` if
        None), which sends it and keeps the pace."""
        self.canvas.clear()
        wait(0.02)
        for stroke in strokes:
            self.send(QEvent.Type.MouseButtonPress, *stroke[0])
            for x, y in stroke[1:]:
                (move or self.move)(x, y)
            self.send(QEvent.Type.MouseButtonRelease, *stroke[-1])


def pen_to_bars(app: QApplication, window, count: int) -> list[float]:
    """Seconds from each pen movement to the bars' repaint, for ``count`` movements."""
    state = {"predicted": False, "painted": False}

    class PaintWatch(QObject):
        def eventFilter(self, _obj, event):
            if event.type() == QEvent.Type.Paint and state["predicted"]:
                state["painted"] = True
            return False

    def timed_move(x: float, y: float) -> None:
        state.update(predicted=False, painted=False)
        started = time.perf_counter()
        pen.send(QEvent.Type.MouseMove, x, y)
        # Spin rather than wait: a timer would round the latency to its own resolution.
        while not state["painted"] and time.perf_counter() - started < 1.0:
            app.processEvents()
        latencies.append(time.perf_counter() - started)
        wait(MOVE_EVERY_S)

    watch = PaintWatch()
    window.prediction_view.bars.installEventFilter(watch)
    window.service.predicted.connect(lambda _: state.update(predicted=True))
    pen = Pen(window.canvas)
    latencies: list[float] = []
    while len(latencies) < count:
        for strokes in digit_strokes():
            pen.draw(strokes, move=timed_move)
    window.prediction_view.bars.removeEventFilter(watch)
    return latencies
