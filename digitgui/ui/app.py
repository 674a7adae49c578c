"""Starting the window."""

from __future__ import annotations

import os
import sys
import time
import traceback

from PySide6.QtWidgets import QApplication

import digitgui

STARTUP_PROBE = "DIGITGUI_STARTUP_PROBE"
"""When set, the window prints 'digitgui-shown' once it is on screen and quits (the
benchmark measures start-up with it)."""


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        # The application name decides QStandardPaths.AppDataLocation (the user's data
        # folder, which digitgui.core.paths.user_data_dir matches) and QSettings' file.
        QApplication.setApplicationName(digitgui.APP_NAME)
        QApplication.setApplicationDisplayName("digitgui")
        QApplication.setApplicationVersion(digitgui.__version__)
        QApplication.setDesktopFileName("digitgui")
        app = QApplication(argv if argv is not None else sys.argv)
        app.setStyle("Fusion")  # follows the system's light or dark scheme on every platform
    return app


def _report_unexpected(kind, value, tb) -> None:
    """A bug in a slot must not take the window (and the user's drawing) down."""
    traceback.print_exception(kind, value, tb)
    window = getattr(_report_unexpected, "window", None)
    if window is not None:
        window.notify(f"Something went wrong: {value}. Details were written to the terminal.")


def run_app() -> int:
    started = time.perf_counter()
    app = make_application()
    from digitgui.ui.main_window import MainWindow  # noqa: PLC0415  (after QApplication)

    window = MainWindow()
    _report_unexpected.window = window
    sys.excepthook = _report_unexpected
    if os.environ.get(STARTUP_PROBE):
        def probe() -> None:
            print(f"digitgui-shown {time.perf_counter() - started:.3f}", flush=True)
            window.close()

        window.shown.connect(probe)
    window.show()
    return app.exec()
