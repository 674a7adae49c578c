"""Honest probabilities: temperature scaling and how to measure calibration.

A network trained with cross-entropy tends to be surer than it is right. Temperature scaling
(Guo et al., 2017) divides the logits by one number T, fitted on held-out validation images so
that the probabilities match how often the answers are right; the order of the digits, and so
accuracy, is unchanged. A bundle records its T in ``metadata.json`` as
``calibration.temperature``; prediction applies it before softmax.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

BINS = 10
"""Confidence bins of the reliability diagram and the calibration error (0-10 %, ... 90-100 %)."""


def temperature_of(metadata: dict) -> float:
    """A bundle's recorded temperature; 1 (no scaling) when it has none or a bad one."""
    calibration = metadata.get("calibration")
    value = calibration.get("temperature") if isinstance(calibration, dict) else None
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    return 1.0


def softmax(logits: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    """Probabilities from logits divided by ``temperature``, in the logits' float type."""
    logits = np.asarray(logits)
    if not np.issubdtype(logits.dtype, np.floating):
        logits = logits.astype(np.float64)
    scaled = logits / logits.dtype.type(temperature) if temperature != 1.0 else logits
    shifted = scaled - scaled.max(axis=-1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=-1, keepdims=True)


def negative_log_likelihood(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    p = softmax(np.asarray(logits, dtype=np.float64), temperature)
    return float(-np.mean(np.log(np.clip(p[np.arange(len(labels)), labels], 1e-12, 1.0))))


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    """The T in [0.25, 10] that minimises the validation images' negative log-likelihood (a
    golden-section search on log T: the likelihood is smooth and has one minimum in T)."""
    labels = np.asarray(labels, dtype=np.int64)
    if len(labels) == 0:
        return 1.0
    lo, hi = np.log(0.25), np.log(10.0)
    ratio = (np.sqrt(5) - 1) / 2
    a, b = hi - ratio * (hi - lo), lo + ratio * (hi - lo)
    fa = negative_log_likelihood(logits, labels, float(np.exp(a)))
    fb = negative_log_likelihood(logits, labels, float(np.exp(b)))
    for _ in range(40):
        if fa < fb:
            hi, b, fb = b, a, fa
            a = hi - ratio * (hi - lo)
            fa = negative_log_likelihood(logits, labels, float(np.exp(a)))
        else:
            lo, a, fa = a, b, fb
            b = lo + ratio * (hi - lo)
            fb = negative_log_likelihood(logits, labels, float(np.exp(b)))
    return round(float(np.exp((lo + hi) / 2)), 4)


@dataclass(frozen=True)
class Reliability:
    """Per confidence bin: how many answers, their mean confidence and their accuracy."""

    edges: np.ndarray
    counts: np.ndarray
    confidence: np.ndarray
    accuracy: np.ndarray
    ece: float
    """Expected calibration error: the count-weighted mean gap between confidence and
    accuracy over the bins (0 is perfectly calibrated)."""

    def as_json(self) -> dict:
        return {
            "bins": [[round(float(a), 3), round(float(b), 3)]
                     for a, b in zip(self.edges[:-1], self.edges[1:], strict=True)],
            "counts": [int(c) for c in self.counts],
            "confidence": [None if c == 0 else round(float(v), 6)
                           for c, v in zip(self.counts, self.confidence, strict=True)],
            "accuracy": [None if c == 0 else round(float(v), 6)
                         for c, v in zip(self.counts, self.accuracy, strict=True)],
        }


def reliability(confidence: np.ndarray, correct: np.ndarray, bins: int = BINS) -> Reliability:
    confidence = np.asarray(confidence, dtype=np.float64)
    correct = np.asarray(correct, dtype=bool)
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(confidence, edges[1:-1], right=True), 0, bins - 1)
    counts = np.bincount(which, minlength=bins)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_conf = np.bincount(which, weights=confidence, minlength=bins) / counts
        accuracy = np.bincount(which, weights=correct.astype(np.float64), minlength=bins) / counts
    mean_conf = np.nan_to_num(mean_conf)
    accuracy = np.nan_to_num(accuracy)
    total = max(int(counts.sum()), 1)
    ece = float(np.sum(counts * np.abs(mean_conf - accuracy)) / total)
    return Reliability(edges, counts, mean_conf, accuracy, ece)
