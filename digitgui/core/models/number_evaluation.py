"""Measuring how well whole numbers are read: the share read whole (every digit right and no
digit missing or extra), on a set made by ``scripts/make_number_sets.py``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from digitgui.core.errors import DataError
from digitgui.core.models.inference import Predictor
from digitgui.core.models.number_reader import NUMBER, read_number


@dataclass(frozen=True)
class NumberEvaluation:
    """``whole``: numbers read right (whatever the doubt); ``sure_right``: read right and
    answered "number"; ``flagged_wrong``: of the misreads, the share answered with doubt."""

    name: str
    n: int
    whole: float
    sure_right: float
    flagged_wrong: float | None
    digit_count_right: float

    def as_json(self) -> dict:
        return {"set": self.name, "n": self.n, "whole": round(self.whole, 6),
                "sure_right": round(self.sure_right, 6),
                "flagged_wrong": None if self.flagged_wrong is None
                else round(self.flagged_wrong, 6),
                "digit_count_right": round(self.digit_count_right, 6)}


def number_set_files(path: str | Path) -> list[Path]:
    """One .npz set, or every .npz in a folder."""
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.npz"))
        if not files:
            raise DataError("no .npz number sets in this folder", path)
        return files
    if not path.is_file():
        raise DataError("no such file or folder", path)
    return [path]


def load_number_set(path: Path) -> tuple[np.ndarray, np.ndarray]:
    try:
        with np.load(path, allow_pickle=False) as data:
            return data["x"], data["labels"].astype(str)
    except (OSError, ValueError, KeyError):
        raise DataError("not a number set (an .npz with x and labels, as "
                        "scripts/make_number_sets.py writes)", path) from None


def evaluate_numbers(predictor: Predictor, pictures: np.ndarray, labels: np.ndarray,
                     name: str = "") -> NumberEvaluation:
    right = sure_right = flagged = count_right = 0
    for picture, label in zip(pictures, labels, strict=True):
        reading = read_number(predictor, picture)
        ok = reading.number == label
        right += ok
        sure_right += ok and reading.answer == NUMBER
        flagged += (not ok) and reading.answer != NUMBER
        count_right += len(reading.digits) == len(label)
    n = len(labels)
    wrong = n - right
    return NumberEvaluation(name, n, right / max(n, 1), sure_right / max(n, 1),
                            flagged / wrong if wrong else None, count_right / max(n, 1))
