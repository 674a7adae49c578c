"""Evaluating a model on a set off the GUI thread, so the window never freezes.

Loading a set (an image folder is read file by file) and running 10,000 images through LiteRT
take about a second; a worker thread does both and hands the result back through a queued
signal. Each request has a generation number: when the user asks again (another set, another
model) before an answer came, the older answer is dropped when it arrives, and requests still
waiting for the thread are taken off the queue, so only the newest one ever shows.

Each job makes its own :class:`Predictor`: a LiteRT interpreter must not be shared between
threads, and the window's live predictions use theirs on the GUI thread all the while. Like
``digitgui evaluate`` it uses every core (``num_threads=None``): the same settings give the
same figures.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from digitgui.core.bundle import Bundle
from digitgui.core.data import Dataset
from digitgui.core.errors import DataError, UserError
from digitgui.core.evaluation import Evaluation, evaluate, load_evaluation_set
from digitgui.core.inference import Predictor


@dataclass(frozen=True)
class EvaluationResult:
    """One finished evaluation: which set and model, the images, and the figures."""

    spec: str
    bundle: Bundle
    data: Dataset
    evaluation: Evaluation
    seconds: float


def run_evaluation(spec: str, bundle: Bundle) -> EvaluationResult:
    """Load the set and measure the model on it (in whatever thread calls this)."""
    started = time.perf_counter()
    data = load_evaluation_set(spec)
    if len(data) == 0:
        raise DataError("holds no images to evaluate on", spec)
    result = evaluate(Predictor.for_bundle(bundle, num_threads=None), data)
    return EvaluationResult(spec, bundle, data, result, time.perf_counter() - started)


class _Signals(QObject):
    """The jobs' way back to the GUI thread (a QRunnable is no QObject and cannot emit)."""

    finished = Signal(int, object)
    failed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, generation: int, spec: str, bundle: Bundle, signals: _Signals):
        super().__init__()
        self.generation, self.spec, self.bundle, self.signals = generation, spec, bundle, signals

    def run(self) -> None:
        try:
            result = run_evaluation(self.spec, self.bundle)
        except UserError as exc:
            self._emit(self.signals.failed, str(exc))
        except Exception as exc:  # noqa: BLE001  (any bad file is a message, never a crash)
            self._emit(self.signals.failed, f"{self.spec}: cannot evaluate on this "
                                            f"({type(exc).__name__}: {exc})")
        else:
            self._emit(self.signals.finished, result)

    def _emit(self, signal, payload) -> None:
        try:
            signal.emit(self.generation, payload)
        except RuntimeError:  # the panel was deleted meanwhile: nobody is waiting
            pass


class EvaluationRunner(QObject):
    """Runs one evaluation at a time in a worker thread; only the newest request answers."""

    finished = Signal(object)
    """An :class:`EvaluationResult`."""
    failed = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # Made first, so destroyed first: QThreadPool's destructor waits for a running job,
        # which then still finds its signals object alive.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._generation = 0
        self._busy = False

    def start(self, spec: str, bundle: Bundle) -> None:
        self._pool.clear()  # requests not started yet are out of date now
        self._generation += 1
        self._pool.start(_Job(self._generation, spec, bundle, self._signals))
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

    def _on_finished(self, generation: int, result: EvaluationResult) -> None:
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
