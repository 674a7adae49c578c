"""Measurements inside a real window, run as a child of ``digitgui bench`` (so that the bench's
own TensorFlow import does not count against the window): pen-to-bars latency, the longest
stall of the event loop while a training child runs, and the window process's peak memory.

``python -m digitgui.bench.gui_probe [--quick]`` prints one JSON object.
"""

from __future__ import annotations

import json
import os
import sys
import time

from digitgui.bench.stats import peak_kib, percentiles_ms
from digitgui.core.training.config import TrainConfig


def _digit_strokes() -> list[list[list[tuple[float, float]]]]:
    """Pen paths of a few digits, in fractions of the sheet, about 60-120 points a digit."""
    import math  # noqa: PLC0415

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


def _pen_to_bars(app, window, count: int) -> list[float]:
    from PySide6.QtCore import QEvent, QObject, QPointF, Qt  # noqa: PLC0415
    from PySide6.QtGui import QMouseEvent  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    state = {"predicted": False, "painted": False}

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and state["predicted"]:
                state["painted"] = True
            return False

    watch = PaintWatch()
    window.prediction_view.bars.installEventFilter(watch)
    window.service.predicted.connect(lambda _: state.update(predicted=True))
    canvas = window.canvas
    rect = canvas.paper_rect()

    def send(kind, x, y, buttons):
        point = QPointF(rect.x() + x * rect.width(), rect.y() + y * rect.height())
        button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else \
            Qt.MouseButton.LeftButton
        QApplication.sendEvent(canvas, QMouseEvent(kind, point, canvas.mapToGlobal(point),
                                                   button, buttons,
                                                   Qt.KeyboardModifier.NoModifier))

    def wait(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()

    held = Qt.MouseButton.LeftButton
    latencies = []
    while len(latencies) < count:
        for strokes in _digit_strokes():
            canvas.clear()
            wait(0.02)
            for stroke in strokes:
                send(QEvent.Type.MouseButtonPress, *stroke[0], held)
                for x, y in stroke[1:]:
                    # One event every 8 ms (a 125 Hz mouse), each timed to the bars' repaint.
                    state.update(predicted=False, painted=False)
                    started = time.perf_counter()
                    send(QEvent.Type.MouseMove, x, y, held)
                    while not state["painted"] and time.perf_counter() - started < 1.0:
                        app.processEvents()
                    latencies.append(time.perf_counter() - started)
                    wait(0.008)
                send(QEvent.Type.MouseButtonRelease, *stroke[-1], Qt.MouseButton.NoButton)
    return latencies


def _stall_during_training(app, window, quick: bool) -> dict:
    from PySide6.QtCore import QTimer  # noqa: PLC0415

    period = 0.005
    gaps: list[float] = []
    ends: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        ends.append(now)
        last[0] = now

    timer = QTimer()
    timer.setInterval(round(period * 1000))
    timer.timeout.connect(tick)
    panel = window.training_panel
    # What happened just before each long stall: the training child's events, by time.
    happenings: list[tuple[float, str]] = []
    process = panel.process
    for name in ("status", "started", "batch", "epoch", "finished"):
        getattr(process, name).connect(
            lambda *_, name=name: happenings.append((time.perf_counter(), name)))
    panel.modelTrained.connect(lambda *_: happenings.append((time.perf_counter(),
                                                             "modelTrained")))
    done = {"finished": False, "events": 0}
    panel.modelTrained.connect(lambda *_: done.update(finished=True))
    panel.failed.connect(lambda _: done.update(finished=True))
    panel.runningChanged.connect(lambda running: done.update(finished=not running))
    config = TrainConfig(network="seed", epochs=2) if quick else \
        TrainConfig(network="cnn", epochs=3)
    last[0] = time.perf_counter()
    timer.start()
    panel.start_training(config)
    started = time.perf_counter()
    while time.perf_counter() - started < 240:
        app.processEvents()
        time.sleep(0.0005)
        if done["finished"] and not panel.is_running():
            break
    timer.stop()
    stalls = [max(0.0, g - period) for g in gaps]
    worst = sorted(range(len(stalls)), key=stalls.__getitem__, reverse=True)[:3]

    def cause(index: int) -> str:
        began = ends[index] - gaps[index]
        before = [name for t, name in happenings if t <= ends[index]]
        return f"{1000 * stalls[index]:.0f} ms at {began - started:.1f} s after " + \
            (before[-1] if before else "start")

    return {"training_seconds": round(time.perf_counter() - started, 1),
            "longest_stall_ms": round(1000 * max(stalls), 1),
            "stall_p99_ms": round(1000 * sorted(stalls)[int(0.99 * (len(stalls) - 1))], 2),
            "ticks": len(gaps),
            "worst_stalls": [cause(i) for i in worst]}


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from digitgui.ui.app import make_application  # noqa: PLC0415

    app = make_application([])
    from digitgui.ui.main_window import MainWindow  # noqa: PLC0415

    window = MainWindow()
    window.resize(1180, 820)
    window.show()
    for _ in range(20):
        app.processEvents()
    window.training_panel  # noqa: B018  (steady state: the dock in front is built first)
    for _ in range(20):
        app.processEvents()
    latencies = _pen_to_bars(app, window, 60 if quick else 400)
    stall = {} if "--pen-only" in argv else _stall_during_training(app, window, quick)
    report = {
        "pen_to_bars": percentiles_ms(latencies),
        "training_stall": stall,
        "gui_peak_mib": round(peak_kib() / 1024, 1),
        "gui_imports_tensorflow": "tensorflow" in sys.modules,
        "platform": app.platformName(),
    }
    window.close()
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
