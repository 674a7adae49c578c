"""Window measurements for ``digitgui bench``: start-up beside a bare PySide6 + matplotlib
window measured the same way in the same run, and what gui_probe measures in a live window."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time

from digitgui.bench.stats import ratio

PROBE_TIMEOUT_S = 1500
"""The probe trains four short runs (TensorFlow loads once, in its waiting trainer)."""

BARE_WINDOW = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
app = QApplication(sys.argv)
window = QMainWindow()
figure = Figure()
figure.add_subplot().plot([0, 1], [1, 0])
window.setCentralWidget(FigureCanvasQTAgg(figure))
def shown():
    print("digitgui-shown", flush=True)
    print("digitgui-ready", flush=True)
    window.close()
QTimer.singleShot(0, shown)
window.show()
app.exec()
"""


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["DIGITGUI_STARTUP_PROBE"] = "1"
    return env


def _time_to_shown(command: list[str]) -> tuple[float, float]:
    """Seconds from starting the process to its window on screen, and to 'ready' (the dock
    in front built too; the same as shown for the bare window)."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True, env=_environment())
    shown = ready = float("nan")
    for line in child.stdout:
        if line.startswith("digitgui-shown"):
            shown = time.perf_counter() - started
        if line.startswith("digitgui-ready"):
            ready = time.perf_counter() - started
    child.wait(timeout=60)
    return shown, ready if ready == ready else shown


def startup(rounds: int) -> dict:
    app, ready, bare = [], [], []
    _time_to_shown([sys.executable, "-c", BARE_WINDOW])  # warm the file cache for both
    _time_to_shown([sys.executable, "-m", "digitgui"])
    for _ in range(rounds):
        shown_s, ready_s = _time_to_shown([sys.executable, "-m", "digitgui"])
        app.append(shown_s)
        ready.append(ready_s)
        bare.append(_time_to_shown([sys.executable, "-c", BARE_WINDOW])[0])
    app_s, bare_s = statistics.median(app), statistics.median(bare)
    ready_s = statistics.median(ready)
    return {"launch_to_window_s": round(app_s, 3),
            "launch_to_front_dock_built_s": round(ready_s, 3),
            "bare_pyside_matplotlib_window_s": round(bare_s, 3),
            "launch_over_bare": ratio(app_s, bare_s),
            "front_dock_built_over_bare": ratio(ready_s, bare_s)}


def measure(quick: bool = False) -> dict:
    results = startup(rounds=2 if quick else 7)
    # The probe keeps its models and settings in a temporary folder of its own.
    probe = subprocess.run(
        # faulthandler: a crash leaves the stack of every thread in stderr.
        [sys.executable, "-X", "faulthandler", "-m", "digitgui.bench.gui_probe",
         *(["--quick"] if quick else [])],
        capture_output=True, text=True, timeout=PROBE_TIMEOUT_S,
        env={**_environment(), "DIGITGUI_STARTUP_PROBE": ""},
    )
    if probe.returncode != 0:
        lines = probe.stderr.strip().splitlines()
        # An exception's last line says it all; a crash (killed by a signal) needs the stacks.
        results["probe_error"] = (lines[-1:] if probe.returncode > 0 else
                                  [f"killed by signal {-probe.returncode}", *lines[-60:]])
        return results
    results.update(json.loads(probe.stdout.strip().splitlines()[-1]))
    return results
