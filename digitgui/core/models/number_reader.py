"""Reading a whole written number: its digits split apart, each read as a single digit is.

Each digit gets the single-digit answer rule (:mod:`~digitgui.core.models.answer`): "digit",
"not sure" or "not a digit". The whole number's answer follows from them:

- ``number``: every digit is sure; ``number`` is the string, e.g. "2026" or "-3.14";
- ``not sure``: some digit is "not sure" (or one of many is "not a digit"); ``number`` is still
  the most likely reading, for the window to show with its doubt;
- ``not a number``: scribble: more pieces than a number has (:data:`MAX_DIGITS`), the pieces
  mostly "not a digit" (see :data:`_SCRIBBLE_SHARE`), more than one decimal point, or marks
  with no digits;
  ``number`` is None;
- ``blank``: no ink; ``number`` is None.

A decimal comma and a decimal point are both written "." in the number string: the string is
meant to be read by programs (``float("3.14")``), and a small comma and a small dot are not
told apart reliably in handwriting anyway.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

import numpy as np

from digitgui.core.drawing.number_memo import SplitMemo
from digitgui.core.drawing.number_split import (
    MAX_DIGITS,
    Box,
    NumberPiece,
    NumberSplit,
    split_number,
)
from digitgui.core.models.answer import Answer, AnswerRule, decide
from digitgui.core.models.bundle import Bundle
from digitgui.core.models.inference import Prediction, Predictor

NUMBER = "number"
NOT_SURE = "not sure"
NOT_A_NUMBER = "not a number"
BLANK = "blank"

_SCRIBBLE_SHARE = 0.5
"""When the doubt in the pieces (see :func:`_doubt`) is more than this share of them, the ink
is not a number; less makes the number doubtful ("not sure"): one odd digit in "2026" is a
doubt, not scribble."""

NUMBER_THREADS = max(1, min(4, os.cpu_count() or 1))
"""LiteRT threads for reading numbers. A number's candidate pieces go to the network in
batches of a dozen or more, which two threads read in half the time of one (the cnn: 0.22
against 0.42 ms a piece on 2 cores); a single drawing is read on one (the window's pen path)."""


def number_predictor(bundle: Bundle) -> Predictor:
    """A predictor for reading numbers with ``bundle``'s model."""
    return Predictor.for_bundle(bundle, num_threads=NUMBER_THREADS)


@dataclass(frozen=True)
class DigitReading:
    """One digit of a number: its piece (box, 28x28 input) and the network's prediction."""

    piece: NumberPiece
    prediction: Prediction

    @property
    def box(self) -> tuple[int, int, int, int]:
        return self.piece.box

    @property
    def pixels(self) -> np.ndarray | None:
        """The 28x28 network input."""
        return self.prediction.prepared.pixels

    def as_json(self) -> dict:
        p = self.prediction
        return {"digit": p.digit, "likely": p.likely, "confidence": round(float(p.confidence), 6),
                "answer": p.answer, "box": [int(v) for v in self.box]}


@dataclass(frozen=True)
class NumberReading:
    """A whole number read: ``number`` (a string, or None), ``answer`` (see the module), the
    digits left to right, and the marks (minus sign, decimal points) as pieces."""

    number: str | None
    answer: str
    digits: tuple[DigitReading, ...]
    marks: tuple[NumberPiece, ...]
    split: NumberSplit

    @property
    def blank(self) -> bool:
        return self.answer == BLANK

    def with_rule(self, rule: AnswerRule) -> NumberReading:
        """The same reading answered by another rule (the window's own threshold)."""
        if self.answer == BLANK or self.split.too_many:
            return self
        digits = [replace(d, prediction=d.prediction.with_rule(rule)) for d in self.digits]
        number, answer = _whole(digits, list(self.split.pieces))
        return replace(self, number=number, answer=answer, digits=tuple(digits))

    def as_json(self) -> dict:
        return {"number": self.number, "answer": self.answer,
                "digits": [d.as_json() for d in self.digits],
                "marks": [{"kind": m.kind, "box": [int(v) for v in m.box]} for m in self.marks]}


def read_number(predictor: Predictor, image: np.ndarray, memo: SplitMemo | None = None,
                writing: Box | None = None) -> NumberReading:
    """Any picture of a written number (any size, either polarity) -> the number. ``memo``:
    what was found in earlier readings with this predictor (the window reads the sheet again
    on every pen movement; see :mod:`~digitgui.core.drawing.number_memo`); ``writing``: the
    box of the stroke the pen is drawing now, if any (see
    :func:`~digitgui.core.drawing.number_split.split_number`)."""
    split = split_number(image, predictor.probabilities, memo, writing)
    if split.blank:
        return NumberReading(None, BLANK, (), (), split)
    marks = tuple(p for p in split.pieces if p.kind != "digit")
    if split.too_many:
        return NumberReading(None, NOT_A_NUMBER, (), marks, split)
    pieces = split.digits
    # The split has read most pieces already (to choose its cuts); the rest are read here.
    ready = [i for i, p in enumerate(pieces) if p.prepared is not None
             and not p.prepared.blank and p.probabilities is None]
    probabilities = np.zeros((len(pieces), 10), dtype=np.float32)
    if ready:
        probabilities[ready] = predictor.probabilities(
            np.stack([pieces[i].prepared.pixels for i in ready]))
    digits = []
    for piece, p in zip(pieces, probabilities, strict=True):
        if piece.prepared is None or piece.prepared.blank:
            continue  # a cut left nothing to read: not a digit of the number
        p = piece.probabilities if piece.probabilities is not None else p
        verdict = decide(p, predictor.rule, piece.prepared.analysis.pieces)
        prediction = Prediction(verdict, p, piece.prepared, predictor.rule)
        digits.append(DigitReading(piece, prediction))
    return NumberReading(*_whole(digits, list(split.pieces)), tuple(digits), marks, split)


def _doubt(prediction: Prediction) -> float:
    """How much a piece puts the number in doubt: none for a digit, one for "not a digit", and
    for "not sure" a half when two digits hold the piece (a 1 or a 7 is still a digit), one
    when even the two likeliest do not (:attr:`Verdict.between_two_digits`)."""
    if prediction.answer == Answer.NOT_A_DIGIT.value:
        return 1.0
    if prediction.answer != Answer.NOT_SURE.value:
        return 0.0
    return 0.5 if prediction.verdict.between_two_digits else 1.0


def _whole(digits: list[DigitReading], pieces: list[NumberPiece]) -> tuple[str | None, str]:
    """The number string and the whole number's answer."""
    if not digits:
        return None, NOT_A_NUMBER
    answers = [d.prediction.answer for d in digits]
    doubt = sum(_doubt(d.prediction) for d in digits)
    points = sum(p.kind == "point" for p in pieces)
    if len(digits) > MAX_DIGITS or points > 1 or doubt > _SCRIBBLE_SHARE * len(digits):
        return None, NOT_A_NUMBER
    read = {id(d.piece): str(d.prediction.likely) for d in digits}
    text = "".join("-" if p.kind == "minus" else "." if p.kind == "point" else read.get(id(p), "")
                   for p in pieces)
    sure = all(a == Answer.DIGIT.value for a in answers)
    return text, NUMBER if sure else NOT_SURE
