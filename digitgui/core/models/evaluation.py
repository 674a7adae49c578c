"""How well a model does on a labelled set: accuracy, per-digit accuracy, confusion matrix."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from digitgui.core.data import NOT_A_DIGIT, Dataset, load_source, stratified_split
from digitgui.core.models.answer import DEFAULT_RULE, Answer, AnswerRule, decide_many, flagged
from digitgui.core.models.calibration import Reliability, reliability, softmax
from digitgui.core.models.inference import Predictor

VALIDATION_FRACTION = 0.1
"""The share of the embedded data held out for validation (the training engine's default)."""


@dataclass(frozen=True)
class NonDigitAnswers:
    """What the app answered for pictures that are not digits."""

    n: int
    not_a_digit: float
    not_sure: float
    digit: float

    @classmethod
    def count(cls, answers: np.ndarray) -> NonDigitAnswers | None:
        if len(answers) == 0:
            return None
        return cls(len(answers), *(float(np.mean(answers == a.value)) for a in
                                   (Answer.NOT_A_DIGIT, Answer.NOT_SURE, Answer.DIGIT)))

    def as_json(self) -> dict:
        return {"n": self.n, "not_a_digit": round(self.not_a_digit, 6),
                "not_sure": round(self.not_sure, 6), "digit": round(self.digit, 6)}


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
    answers: np.ndarray
    """The app's answer for each image ("digit", "not sure", "not a digit"), by the model's
    answer rule (see :mod:`digitgui.core.models.answer`)."""
    reliability: Reliability
    correct: np.ndarray
    """Whether each image was read right."""
    non_digits: NonDigitAnswers | None = None
    """How pictures labelled "not a digit" (label 10 in an .npz) were answered; they count in
    none of the other figures."""

    @property
    def misreads_flagged(self) -> float | None:
        """The share of misreads the app answers with doubt ("not sure" or "not a digit")."""
        wrong = ~self.correct
        return float(flagged(self.answers[wrong]).mean()) if wrong.any() else None

    @property
    def right_flagged(self) -> float | None:
        """The share of right answers the app nevertheless doubts."""
        right = self.correct
        return float(flagged(self.answers[right]).mean()) if right.any() else None

    @property
    def not_a_digit(self) -> float:
        """The share of images answered "not a digit"."""
        return float((self.answers == Answer.NOT_A_DIGIT.value).mean()) if self.n else 0.0

    def as_json(self) -> dict:
        def rounded(value: float | None) -> float | None:
            return None if value is None else round(value, 6)

        return {
            "accuracy": round(self.accuracy, 6),
            "n": self.n,
            "per_class": [rounded(p) for p in self.per_class],
            "confusion": self.confusion,
            "misreads_flagged": rounded(self.misreads_flagged),
            "right_flagged": rounded(self.right_flagged),
            "not_a_digit": rounded(self.not_a_digit),
            "ece": round(self.reliability.ece, 6),
            "reliability": self.reliability.as_json(),
            "non_digits": None if self.non_digits is None else self.non_digits.as_json(),
        }


def score(labels: np.ndarray, logits: np.ndarray, temperature: float = 1.0,
          rule: AnswerRule = DEFAULT_RULE) -> Evaluation:
    """Evaluation of given logits against labels (shared by the CLI, the engine and the UI)."""
    labels = np.asarray(labels, dtype=np.int64)
    probabilities = softmax(np.asarray(logits, dtype=np.float64), temperature)
    others = labels >= NOT_A_DIGIT
    non_digits = NonDigitAnswers.count(decide_many(probabilities[others], rule))
    labels, probabilities = labels[~others], probabilities[~others]
    predicted = probabilities.argmax(axis=1)
    confusion = np.zeros((10, 10), dtype=np.int64)
    np.add.at(confusion, (labels, predicted), 1)
    totals = confusion.sum(axis=1)
    per_class = [
        float(confusion[d, d] / totals[d]) if totals[d] else None for d in range(10)
    ]
    n = int(len(labels))
    accuracy = float(np.trace(confusion) / n) if n else 0.0
    confidence = probabilities.max(axis=1)
    correct = predicted == labels
    return Evaluation(accuracy, n, per_class, confusion.tolist(), predicted, confidence,
                      decide_many(probabilities, rule), reliability(confidence, correct),
                      correct, non_digits)


def evaluate(predictor: Predictor, data: Dataset) -> Evaluation:
    return score(data.y, predictor.logits(data.x), predictor.temperature, predictor.rule)


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
