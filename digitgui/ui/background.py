"""Work off the GUI thread: the one pattern every view uses for anything that takes time.

A :class:`BackgroundTask` runs one function at a time in its own worker thread and hands the
result back through a queued signal, on the GUI thread. Each request has a generation number:
when the user asks again (another set, another model, another drawing) before an answer came,
a request still waiting is replaced by the new one and the older answer is dropped when it
arrives, so only the newest one ever shows. A :class:`~digitgui.core.errors.UserError` becomes
its message in the window's language (``ui/messages.py``); any other exception a one-line
message naming what failed, never a traceback in the user's face.

The worker is a plain Python thread, not a ``QThreadPool``: PySide6 (6.11) kept some of the
``QRunnable`` subclasses it was given referenced from the pool after they had run (0, 28 and
41 of 200 requests in three runs: a race), and every callable a ``clear()`` took off its
queue (28 of 30), so a request's function and what it held (a network, a drawing, a data set)
could stay in memory as long as its view.

Training is the exception: it runs in a child process (``ui/training/process.py``).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from digitgui.core.errors import UserError
from digitgui.core.priority import lower_thread
from digitgui.ui.i18n import translate
from digitgui.ui.messages import error_text

IDLE_EXIT_S = 30.0
"""A worker thread with nothing to do for this long ends; the next request starts another."""


class _Signals(QObject):
    """The worker's way back to the GUI thread (queued: emitted in the worker)."""

    finished = Signal(int, object)
    failed = Signal(int, str)


class _Worker:
    """The thread's side: the one request waiting (the newest), the one running, the thread."""

    def __init__(self, what: str, signals: _Signals):
        self.what, self.signals = what, signals
        self.changed = threading.Condition()
        self.waiting: tuple[int, Callable[[], Any]] | None = None
        self.running = False
        self.thread: threading.Thread | None = None

    def put(self, generation: int, work: Callable[[], Any]) -> None:
        with self.changed:
            self.waiting = (generation, work)  # an older request not started is dropped
            if self.thread is None:
                self.thread = threading.Thread(target=self._serve, daemon=True,
                                               name=f"digitgui worker: {self.what}")
                self.thread.start()
            self.changed.notify_all()

    def drop_waiting(self) -> None:
        with self.changed:
            self.waiting = None
            self.changed.notify_all()

    def wait(self, timeout_s: float) -> bool:
        """Until nothing runs or waits (True), or ``timeout_s`` passed (False)."""
        with self.changed:
            return self.changed.wait_for(lambda: not self.running and self.waiting is None,
                                         timeout_s)

    def _serve(self) -> None:
        # Below the window (digitgui.core.priority), as are the threads the work starts.
        lower_thread(threading.get_native_id())
        while True:
            with self.changed:
                if not self.changed.wait_for(lambda: self.waiting is not None, IDLE_EXIT_S):
                    self.thread = None  # under the lock: a request now starts a new thread
                    return
                (generation, work), self.waiting = self.waiting, None
                self.running = True
            try:
                self._run(generation, work)
            finally:
                del work  # what it held goes now, not when the next request comes
                with self.changed:
                    self.running = False
                    self.changed.notify_all()

    def _run(self, generation: int, work: Callable[[], Any]) -> None:
        try:
            result = work()
        except UserError as exc:
            self._emit(self.signals.failed, generation, error_text(exc))
        except Exception as exc:  # noqa: BLE001  (any bad file is a message, never a crash)
            self._emit(self.signals.failed, generation, translate("_Job",
                    "{what} failed ({name}: {exc})").format(
                    what=self.what, name=type(exc).__name__, exc=exc))
        else:
            self._emit(self.signals.finished, generation, result)

    @staticmethod
    def _emit(signal, generation: int, payload) -> None:
        try:
            signal.emit(generation, payload)
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
        self._signals = _Signals(self)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._worker = _Worker(what, self._signals)
        self._generation = 0
        self._busy = False
        _ALL.add(self)

    def start(self, work: Callable[[], Any]) -> None:
        """Run ``work()`` in the worker thread; any earlier request's answer is dropped."""
        self._generation += 1
        self._worker.put(self._generation, work)
        self._set_busy(True)

    def cancel(self) -> None:
        """Forget the request under way (its answer will be dropped)."""
        self._worker.drop_waiting()
        self._generation += 1
        self._set_busy(False)

    def is_busy(self) -> bool:
        return self._busy

    def wait(self, timeout_ms: int = 5000) -> bool:
        """Wait for the worker thread to finish its job (shutting down, tests)."""
        return self._worker.wait(timeout_ms / 1000)

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
