"""Evaluating a model on a set off the GUI thread, so the window never freezes.

Loading a set (an image folder is read file by file) and running 10,000 images through LiteRT
take about a second; a :class:`~digitgui.ui.background.BackgroundTask` does both, and only the
newest request ever shows.

Each job makes its own :class:`Predictor`: a LiteRT interpreter must not be shared between
threads, and the window's live predictions use theirs on the GUI thread all the while. Like
``digitgui evaluate`` it uses every core (``num_threads=None``): the same settings give the
same figures.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QObject

from digitgui.core.data import Dataset
from digitgui.core.errors import DataError, UserError
from digitgui.core.models.bundle import Bundle
from digitgui.core.models.evaluation import Evaluation, evaluate, load_evaluation_set
from digitgui.core.models.inference import Predictor
from digitgui.ui.background import BackgroundTask
from digitgui.ui.i18n import translate


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
        raise DataError(translate("Worker", "holds no images to evaluate on"), spec)
    result = evaluate(Predictor.for_bundle(bundle, num_threads=None), data)
    return EvaluationResult(spec, bundle, data, result, time.perf_counter() - started)


class EvaluationRunner(BackgroundTask):
    """Runs one evaluation at a time in a worker thread; only the newest request answers."""

    def __init__(self, parent: QObject | None = None):
        super().__init__("evaluation", parent)

    def start(self, spec: str, bundle: Bundle) -> None:  # type: ignore[override]
        super().start(lambda: _evaluation_of(spec, bundle))


def _evaluation_of(spec: str, bundle: Bundle) -> EvaluationResult:
    try:
        return run_evaluation(spec, bundle)
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001  (any bad file is a message, never a crash)
        raise UserError(translate("Worker",
                "{spec}: cannot evaluate on this ({name}: {exc})").format(
                spec=spec, name=type(exc).__name__, exc=exc)) from None
