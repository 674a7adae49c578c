"""The answer rule: what the app says about a picture, shared by the window and the CLI.

From a picture's calibrated probabilities (and what its ink looks like) the answer is one of:

- ``digit``: the network is sure enough (the top probability reaches ``sure``);
- ``not sure``: it is most likely one digit, but the top probability is under ``sure``; the
  runner-up is named beside it ("Not sure: 1 or 7"). When even the two likeliest digits
  hold under :data:`TWO_DIGITS` of it, it is no longer torn between two digits: it may not be
  a digit at all, and the window and the CLI say so (:attr:`Verdict.between_two_digits`);
- ``not a digit``: no digit stands out. The shipped model is trained to spread its
  probability evenly over the ten digits for drawings that are not digits (outlier exposure),
  so the *two* most likely digits together get little of it; a real digit, even an ambiguous
  1/7, puts nearly all of it on one or two digits. A drawing in many separate pieces is not a
  digit either.
- ``blank``: there is no ink to read.

The thresholds are measured, not guessed: ``scripts/build_default_model.py`` chooses them on
held-out validation images (never on the world-dev measuring sets) and stores them in the
bundle's metadata as ``answer_rule``; bundles without it use :data:`DEFAULT_RULE`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from typing import Any

import numpy as np


class Answer(StrEnum):
    DIGIT = "digit"
    NOT_SURE = "not sure"
    NOT_A_DIGIT = "not a digit"
    BLANK = "blank"


@dataclass(frozen=True)
class AnswerRule:
    sure: float = 0.80
    """A top probability at or above this is an answer; below it, "not sure"."""
    digit_mass: float = 0.50
    """The two most likely digits must hold at least this much probability together, or the
    drawing is "not a digit"."""
    max_pieces: int = 3
    """A drawing in more separate pieces than this is "not a digit" (a 4, 5 or crossed 7 may
    take two or three strokes; scribbles, faces and houses take more)."""

    def with_sure(self, sure: float) -> AnswerRule:
        return replace(self, sure=float(sure))

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, values: Any) -> AnswerRule:
        """The rule a bundle's metadata records; anything missing or malformed keeps the
        default (an older bundle has none)."""
        if not isinstance(values, dict):
            return DEFAULT_RULE
        fields = {}
        for name, kind in (("sure", float), ("digit_mass", float), ("max_pieces", int)):
            value = values.get(name)
            if isinstance(value, int | float) and not isinstance(value, bool):
                fields[name] = kind(value)
        return replace(DEFAULT_RULE, **fields)


DEFAULT_RULE = AnswerRule()

TWO_DIGITS = 0.9
"""A picture torn between two digits (a 1 or a 7) puts at least this much on them together.
Measured on the shipped model's held-out pictures: 70-80 % of the real digits it is "not sure"
of do, 93 % of the drawings that are not digits it is "not sure" of do not. (The "not a digit"
line lies lower, so that real writers' odd digits are not refused; between the two lines a
picture is "not sure", and perhaps not a digit.)"""


@dataclass(frozen=True)
class Verdict:
    """The answer for one picture. ``likely`` is the most likely digit (None when blank);
    ``digit`` is the digit claimed: ``likely`` for "digit" and "not sure", None otherwise."""

    answer: Answer
    likely: int | None
    confidence: float
    runner_up: int | None
    runner_up_confidence: float

    @property
    def digit(self) -> int | None:
        return self.likely if self.answer in (Answer.DIGIT, Answer.NOT_SURE) else None

    @property
    def between_two_digits(self) -> bool:
        """Whether the two likeliest digits hold the picture between them (see
        :data:`TWO_DIGITS`); for "not sure", False means "perhaps not a digit"."""
        return self.confidence + self.runner_up_confidence >= TWO_DIGITS


BLANK_VERDICT = Verdict(Answer.BLANK, None, 0.0, None, 0.0)


def decide(probabilities: np.ndarray | None, rule: AnswerRule = DEFAULT_RULE,
           pieces: int = 1) -> Verdict:
    """The answer for one picture's ten probabilities (None: a blank picture)."""
    if probabilities is None:
        return BLANK_VERDICT
    p = np.asarray(probabilities, dtype=np.float64)
    order = np.argsort(-p, kind="stable")  # ties: the smaller digit first
    first, second = int(order[0]), int(order[1])
    # One rule: the batch form decides, the pieces of the drawing can only add doubt.
    answer = Answer(decide_many(p[None], rule)[0])
    if pieces > rule.max_pieces:
        answer = Answer.NOT_A_DIGIT
    return Verdict(answer, first, float(p[first]), second, float(p[second]))


def decide_many(probabilities: np.ndarray, rule: AnswerRule = DEFAULT_RULE) -> np.ndarray:
    """The answers for a batch (N, 10), as an array of :class:`Answer` values (str)."""
    p = np.sort(np.asarray(probabilities, dtype=np.float64), axis=1)
    top, runner = p[:, -1], p[:, -2]
    answers = np.full(len(p), Answer.DIGIT.value, dtype=object)
    answers[top < rule.sure] = Answer.NOT_SURE.value
    answers[top + runner < rule.digit_mass] = Answer.NOT_A_DIGIT.value
    return answers


def flagged(answers: np.ndarray) -> np.ndarray:
    """Which answers admit doubt ("not sure" or "not a digit")."""
    return np.asarray(answers) != Answer.DIGIT.value
