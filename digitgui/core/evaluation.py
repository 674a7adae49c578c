"""How well a model does on a labelled set: accuracy, per-digit accuracy, confusion matrix."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from digitgui.core.data import Dataset, load_source, stratified_split
from digitgui.core.inference import Predictor, softmax

VALIDATION_FRACTION = 0.1
"""The share of the embedded data held out for validation (the training engine's default)."""


@dataclass(frozen=True)
class Evaluation:
    accuracy: float
    n: int
    per_class: list[float | None]
    """Accuracy on each digit 0-9; None for a digit the set has no images of."""
    confusion: list[list[int]]
    """confusion[true][predicted] counts."""
    predicted: np.ndarray
    confidence: np.ndarray

    def as_json(self) -> dict:
        return {
            "accuracy": round(self.accuracy, 6),
            "n": self.n,
            "per_class": [None if p is None else round(p, 6) for p in self.per_class],
            "confusion": self.confusion,
        }


def score(labels: np.ndarray, logits: np.ndarray) -> Evaluation:
    """Evaluation of given logits against labels (shared by the CLI, the engine and the UI)."""
    labels = np.asarray(labels, dtype=np.int64)
    probabilities = softmax(np.asarray(logits, dtype=np.float64))
    predicted = probabilities.argmax(axis=1)
    confusion = np.zeros((10, 10), dtype=np.int64)
    np.add.at(confusion, (labels, predicted), 1)
    totals = confusion.sum(axis=1)
    per_class = [
        float(confusion[d, d] / totals[d]) if totals[d] else None for d in range(10)
    ]
    n = int(len(labels))
    accuracy = float(np.trace(confusion) / n) if n else 0.0
    return Evaluation(accuracy, n, per_class, confusion.tolist(), predicted,
                      probabilities.max(axis=1))


def evaluate(predictor: Predictor, data: Dataset) -> Evaluation:
    return score(data.y, predictor.logits(data.x))


def load_evaluation_set(spec: str) -> Dataset:
    """The labelled set a data source stands for when measuring a model.

    ``embedded`` means the embedded data's validation split (the images a model trained on the
    embedded data has not seen), not all 5,000; every other source is loaded whole. The command
    line and the window both measure through this, so their figures are the same.
    """
    data = load_source(spec)
    if spec == "embedded":
        data = stratified_split(data, VALIDATION_FRACTION)[1]
    return data
