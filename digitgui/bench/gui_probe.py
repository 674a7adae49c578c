"""Measurements inside a real window, run as a child of ``digitgui bench`` (so that the bench's
own TensorFlow import does not count against the window): pen-to-bars latency, the longest
stall of the event loop from the window's show to its front dock built, over a tour of every
view and while a training child runs, the time
from a Train click to the first point of the loss curve, and the window's peak memory.

``python -m digitgui.bench.gui_probe [--quick]`` prints one JSON object. It runs in its own
temporary user folder and Qt settings, never the user's: its models are thrown away, and the
waiting trainer is on there (``training/keep_ready``) whatever the user chose.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from digitgui.bench.stats import peak_kib, percentiles_ms
from digitgui.core.models.network_catalog import DEFAULT_NETWORK
from digitgui.core.training.config import TrainConfig

CLICK_NETWORKS = ("seed", "cnn", "cnn-lite")
"""The networks whose Train-click-to-first-point time is measured: the course's, the shipped
model's and the default for retraining."""


def _isolate(home: Path) -> None:
    """Models, the active-model choice and the window's settings all in ``home``."""
    from PySide6.QtCore import QSettings  # noqa: PLC0415

    from digitgui.ui import settings  # noqa: PLC0415

    os.environ["DIGITGUI_HOME"] = str(home / "digitgui")  # the training child's too
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / "qt-settings"))
    settings.write("training/keep_ready", True)


def _stall_during_training(window, quick: bool) -> dict:
    from digitgui.bench.gui_stall import StallWatch, wait_until  # noqa: PLC0415

    watch = StallWatch()
    panel = window.training_panel
    for name in ("status", "started", "batch", "epoch", "finished"):
        watch.follow(getattr(panel.process, name), name)
    watch.follow(panel.modelTrained, "modelTrained")
    config = TrainConfig(network="seed", epochs=2) if quick else \
        TrainConfig(network=DEFAULT_NETWORK, epochs=3)
    watch.start()
    try:
        panel.start_training(config)
        wait_until(lambda: not panel.is_running(), 240, "the training run")
    finally:
        watch.stop()
    report = watch.report(worst=3)
    return {"training_seconds": report.pop("seconds"), **report}


def _launch(window) -> dict:
    """The window shown, until the dock in front is built and its chart drawn (as a user
    sees it: its modules imported in the window's preloader): the stall figures."""
    from digitgui.bench.gui_stall import StallWatch, wait, wait_until  # noqa: PLC0415

    watch = StallWatch()
    watch.follow(window.training_dock.built, "Training dock built")
    watch.start()
    try:
        watch.mark("show the window")
        window.show()
        wait_until(lambda: window.training_dock.is_built and window.preloader.is_done()
                   and not window.training_panel.plot.is_busy(), 60, "the dock in front")
        wait(0.3)
    finally:
        watch.stop()
    return watch.report(worst=3)


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from digitgui.ui.app import make_application  # noqa: PLC0415

    app = make_application([])
    with tempfile.TemporaryDirectory(prefix="digitgui-probe-") as home:
        _isolate(Path(home))
        report = _measure(app, quick, pen_only="--pen-only" in argv)
    print(json.dumps(report), flush=True)
    return 0


def _measure(app, quick: bool, pen_only: bool) -> dict:
    from digitgui.bench.gui_pen import pen_to_bars  # noqa: PLC0415
    from digitgui.bench.gui_stall import wait, wait_until  # noqa: PLC0415
    from digitgui.bench.gui_tour import click_to_first_point, tour  # noqa: PLC0415
    from digitgui.ui.main_window import MainWindow  # noqa: PLC0415

    window = MainWindow()
    window.resize(1180, 820)
    report: dict = {"launch": _launch(window)}
    try:
        if not pen_only:
            # Pen latency on a quiet machine: the waiting trainer's TensorFlow loaded first.
            window.training_process.prepare()
            wait_until(window.training_process.is_ready, 300, "a ready waiting trainer")
        wait(0.2)
        report["pen_to_bars"] = percentiles_ms(pen_to_bars(app, window, 60 if quick else 400))
        if not pen_only:
            report["tour"] = tour(window)
            report["longest_stall_ms"] = report["tour"]["longest_stall_ms"]
            report["train_click_to_first_point_s"] = {
                network: round(click_to_first_point(window, network), 2)
                for network in CLICK_NETWORKS}
            report["training_stall"] = _stall_during_training(window, quick)
    finally:
        window.close()
    report.update({"gui_peak_mib": round(peak_kib() / 1024, 1),
                   "gui_imports_tensorflow": "tensorflow" in sys.modules,
                   "platform": app.platformName()})
    return report


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
