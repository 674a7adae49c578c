"""Starting the window."""

from __future__ import annotations

import os
import sys
import time
import traceback

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from threadpoolctl import threadpool_limits

import digitgui
from digitgui.ui import i18n
from digitgui.ui.i18n import translate
from digitgui.ui.icon import app_icon

STARTUP_PROBE = "DIGITGUI_STARTUP_PROBE"
"""When set, the window prints 'digitgui-shown SECONDS' once it is on screen, then
'digitgui-ready SECONDS' once the dock in front is built too, and quits (the benchmark measures
start-up with it)."""


GIL_SWITCH_S = 0.00005
"""How long a thread may keep Python's lock while another waits for it (Python's default is
5 ms). The window's workers run Python (charts drawn off screen with matplotlib, Inside the
network's colouring); each time the GUI thread needs the lock back it waits up to the full
interval, and it needs it back far more often than its own Python code shows: every widget
made from Python calls into Python (PySide6 looks for an override) the first time Qt calls
each of its virtual methods, so a dock's first layout needs the lock hundreds of times.
Measured (2026-11-27, AMD EPYC, quiet): 120 new labels and spin boxes shown while another
thread ran Python took 9 ms alone, 210-350 ms with a 1 ms interval, 56-73 ms with 0.1 ms,
41-57 ms with 0.05 ms and 38-48 ms with 0.02 ms. On the tour's first part, alternated four
times each, the GUI thread's waiting in gaps over 20 ms summed to 20-72 ms with 1 ms and -1
to 25 ms with 0.05 ms. (Earlier: 5 ms against 1 ms, 2026-11-26: the tour's longest stall
48.6-58.1 against 41.6-54.5 ms.) The cost: more hand-overs while two threads want the lock,
a few microseconds each."""


def _one_blas_thread() -> None:
    """NumPy's BLAS (OpenBLAS) on one thread in the window's process, set once, for good.

    The window's matrices are small (a forward pass of the network view is 1.5 ms): OpenBLAS's
    own threads cost more in hand-offs than they save, and on a busy machine made that pass
    take 10 to 70 ms. The forward pass used to limit them around each call
    (``threadpoolctl``'s context manager: it sets OpenBLAS's process-wide thread count and sets
    it back after), from whichever worker thread ran it, while other threads could be in a
    matrix product on OpenBLAS's threads, which OpenBLAS does not guard against. The likely
    cause of the network view's rare "update did not happen": caught once with every thread's
    stack in a window probe, its worker was still in ``a @ b`` of a 3x3 convolution (well under
    a millisecond's work) after 20 s. Set once here, nothing in the window changes it."""
    threadpool_limits(1, user_api="blas")


def make_application(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(GIL_SWITCH_S)
    _one_blas_thread()
    app = QApplication.instance()
    if app is None:
        # The application name decides QStandardPaths.AppDataLocation (the user's data
        # folder, which digitgui.core.paths.user_data_dir matches) and QSettings' file.
        QApplication.setApplicationName(digitgui.APP_NAME)
        QApplication.setApplicationDisplayName("digitgui")
        QApplication.setApplicationVersion(digitgui.__version__)
        # The desktop entry's name (resources/desktop): how the taskbar finds its icon.
        QApplication.setDesktopFileName("io.github.digitgui")
        app = QApplication(argv if argv is not None else sys.argv)
        app.setStyle("Fusion")  # follows the system's light or dark scheme on every platform
        app.setWindowIcon(app_icon())
    return app


def _report_unexpected(kind, value, tb) -> None:
    """A bug in a slot must not take the window (and the user's drawing) down."""
    traceback.print_exception(kind, value, tb)
    window = getattr(_report_unexpected, "window", None)
    if window is not None:
        window.notify(translate("App",
                "Something went wrong: {value}. Details were written to the terminal.").format(
                value=value))


def run_app() -> int:
    started = time.perf_counter()
    app = make_application()
    i18n.install()  # before the window is built: its texts are read as it is made
    from digitgui.ui.docks import LazyDock  # noqa: PLC0415  (after QApplication)
    from digitgui.ui.main_window import MainWindow  # noqa: PLC0415

    window = MainWindow()
    _report_unexpected.window = window
    sys.excepthook = _report_unexpected
    if os.environ.get(STARTUP_PROBE):
        def ready() -> None:
            if not reported:
                reported.append(True)
                app.processEvents()  # the dock's content laid out and painted once
                print(f"digitgui-ready {time.perf_counter() - started:.3f}", flush=True)
                window.close()

        def shown() -> None:
            print(f"digitgui-shown {time.perf_counter() - started:.3f}", flush=True)
            # Ready when the dock in front is built, as for a user (once its modules are in):
            # the first dock built is the one on screen.
            for dock in window.findChildren(LazyDock):
                dock.built.connect(lambda _content: QTimer.singleShot(0, ready))

        reported: list[bool] = []
        window.shown.connect(shown)
    window.show()
    return app.exec()
