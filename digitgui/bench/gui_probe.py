"""Measurements inside a real window, run as a child of ``digitgui bench`` (so that the bench's
own TensorFlow import does not count against the window): pen-to-bars latency, the longest
stall of the event loop while a training child runs, and the window process's peak memory.

``python -m digitgui.bench.gui_probe [--quick]`` prints one JSON object.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

from digitgui.bench.stats import percentiles_ms


def _pen_to_bars(app, window, count: int) -> list[float]:
    from PySide6.QtCore import QEvent, QObject, QPointF, Qt  # noqa: PLC0415
    from PySide6.QtGui import QMouseEvent  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    state = {"predicted": False, "painted": False}

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
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
    send(QEvent.Type.MouseButtonPress, 0.3, 0.2, held)
    wait(0.05)
    for i in range(count):
        # A pen moving down and across the sheet, one event every 8 ms (a 125 Hz mouse).
        t = i / count
        state.update(predicted=False, painted=False)
        started = time.perf_counter()
        send(QEvent.Type.MouseMove, 0.3 + 0.4 * t, 0.2 + 0.6 * ((i % 40) / 40), held)
        while not state["painted"] and time.perf_counter() - started < 1.0:
            app.processEvents()
        latencies.append(time.perf_counter() - started)
        wait(0.008)
    send(QEvent.Type.MouseButtonRelease, 0.7, 0.8, Qt.MouseButton.NoButton)
    return latencies


def _stall_during_training(app, window, quick: bool) -> dict:
    from PySide6.QtCore import QTimer  # noqa: PLC0415

    period = 0.005
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(round(period * 1000))
    timer.timeout.connect(tick)
    panel = window.training_panel
    done = {"finished": False, "events": 0}
    panel.modelTrained.connect(lambda _: done.update(finished=True))
    panel.failed.connect(lambda _: done.update(finished=True))
    panel.runningChanged.connect(lambda running: done.update(finished=not running))
    args = ["--network", "seed", "--epochs", "2"] if quick else \
        ["--network", "cnn", "--epochs", "3"]
    last[0] = time.perf_counter()
    timer.start()
    panel.start_training(args)
    started = time.perf_counter()
    while time.perf_counter() - started < 240:
        app.processEvents()
        time.sleep(0.0005)
        if done["finished"] and not panel.is_running():
            break
    timer.stop()
    stalls = [max(0.0, g - period) for g in gaps]
    return {"training_seconds": round(time.perf_counter() - started, 1),
            "longest_stall_ms": round(1000 * max(stalls), 1),
            "stall_p99_ms": round(1000 * sorted(stalls)[int(0.99 * (len(stalls) - 1))], 2),
            "ticks": len(gaps)}


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
    latencies = _pen_to_bars(app, window, 60 if quick else 400)
    stall = _stall_during_training(app, window, quick)
    report = {
        "pen_to_bars": percentiles_ms(latencies),
        "training_stall": stall,
        "gui_peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                              / (1024 * 1024 if sys.platform == "darwin" else 1024), 1),
        "gui_imports_tensorflow": "tensorflow" in sys.modules,
        "platform": app.platformName(),
    }
    window.close()
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
