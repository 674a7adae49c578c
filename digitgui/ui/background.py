"""Work off the GUI thread: the one pattern every view uses for anything that takes time.

A :class:`BackgroundTask` runs one function at a time in its own worker thread and hands the
result back through a queued signal, on the GUI thread. Each request has a generation number:
when the user asks again (another set, another model, another drawing) before an answer came,
requests still waiting are taken off the queue and the older answer is dropped when it
arrives, so only the newest one ever shows. A :class:`~digitgui.core.errors.UserError` becomes
its message in the window's language (``ui/messages.py``); any other exception a one-line
message naming what failed, never a traceback in the user's face.

Training is the exception: it runs in a child process (``ui/training/process.py``).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from digitgui.core.errors import UserError
from digitgui.core.priority import lower_thread
from digitgui.ui.i18n import translate
from digitgui.ui.messages import error_text

_lowered = threading.local()


def _lower_priority() -> None:
    """Run this worker thread below the window (:mod:`digitgui.core.priority`), once."""
    if not getattr(_lowered, "done", False):
        _lowered.done = True
        lower_thread(threading.get_native_id())


class _Signals(QObject):
    """The jobs' way back to the GUI thread (a QRunnable is no QObject and cannot emit)."""

    finished = Signal(int, object)
    failed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, generation: int, work: Callable[[], Any], what: str,
                 signals: _Signals):
        super().__init__()
        self.generation, self.work, self.what, self.signals = generation, work, what, signals

    def run(self) -> None:
        _lower_priority()
        try:
            result = self.work()
        except UserError as exc:
            self._emit(self.signals.failed, error_text(exc))
        except Exception as exc:  # noqa: BLE001  (any bad file is a message, never a crash)
            self._emit(self.signals.failed, translate("_Job",
                    "{what} failed ({name}: {exc})").format(
                    what=self.what, name=type(exc).__name__, exc=exc))
        else:
            self._emit(self.signals.finished, result)

    def _emit(self, signal, payload) -> None:
        try:
            signal.emit(self.generation, payload)
        except RuntimeError:  # the owner was deleted meanwhile: nobody is waiting
            pass


class BackgroundTask(QObject):
    """Runs one function at a time in a worker thread; only the newest request answers."""

    finished = Signal(object)
    """The function's result."""
    failed = Signal(str)
    """Why it failed, for people."""
    busyChanged = Signal(bool)

    def __init__(self, what: str, parent: QObject | None = None):
        super().__init__(parent)
        self.what = what
        # Made first, so destroyed first: QThreadPool's destructor waits for a running job,
        # which then still finds its signals object alive.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._generation = 0
        self._busy = False
        _ALL.add(self)

    def start(self, work: Callable[[], Any]) -> None:
        """Run ``work()`` in the worker thread; any earlier request's answer is dropped."""
        self._pool.clear()  # requests not started yet are out of date now
        self._generation += 1
        self._pool.start(_Job(self._generation, work, self.what, self._signals))
        self._set_busy(True)

    def cancel(self) -> None:
        """Forget the request under way (its answer will be dropped)."""
        self._pool.clear()
        self._generation += 1
        self._set_busy(False)

    def is_busy(self) -> bool:
        return self._busy

    def wait(self, timeout_ms: int = 5000) -> bool:
        """Wait for the worker thread to finish its job (shutting down, tests)."""
        return self._pool.waitForDone(timeout_ms)


    def _on_finished(self, generation: int, result: Any) -> None:
        if generation == self._generation:
            self._set_busy(False)
            self.finished.emit(result)

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._set_busy(False)
            self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)


def finish_all(timeout_ms: int = 5000) -> None:
    """Drop every task's waiting requests and wait for the running ones (the window closing):
    no worker may still run Python when the program ends."""
    for task in list(_ALL):
        try:
            task.cancel()
            task.wait(timeout_ms)
        except RuntimeError:  # its Qt object is gone already: nothing runs
            pass


_ALL: weakref.WeakSet[BackgroundTask] = weakref.WeakSet()
