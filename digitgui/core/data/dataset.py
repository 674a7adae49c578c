"""The one shape every data source is turned into."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from digitgui.core.errors import QT_TRANSLATE_NOOP, DataError

NOT_A_DIGIT = 10
"""The label of a training picture that is not a digit (a doodle, a letter, a scribble). The
networks still have ten outputs: such pictures are trained towards equal probabilities for
all ten digits (outlier exposure), which is how the app learns to answer "not a digit"."""


@dataclass
class Dataset:
    """Images ``x`` (N, 28, 28, 1) float32 in [0, 1], ink bright, and labels ``y`` (N,) int32.

    ``name`` says where it came from (shown in messages and recorded in model metadata);
    ``weight`` is how much each of its images counts in training (see training.engine).
    """

    x: np.ndarray
    y: np.ndarray
    name: str
    weight: float = 1.0

    def __post_init__(self) -> None:
        if self.x.ndim != 4 or self.x.shape[1:] != (28, 28, 1) or self.x.dtype != np.float32:
            raise DataError(f"internal: images must be (N,28,28,1) float32, got {self.x.shape}")
        if self.y.shape != (len(self.x),):
            raise DataError(f"internal: {len(self.x)} images but labels of shape {self.y.shape}")

    def __len__(self) -> int:
        return len(self.y)

    def subset(self, index: np.ndarray) -> Dataset:
        return Dataset(self.x[index], self.y[index], self.name, self.weight)

    def class_counts(self) -> list[int]:
        return np.bincount(self.y, minlength=10).tolist()


def from_uint8(x: np.ndarray, y: np.ndarray, name: str, weight: float = 1.0) -> Dataset:
    """MNIST-layout arrays (light ink on dark, uint8) to a Dataset."""
    images = (x.astype(np.float32) / 255.0)[..., None]
    return Dataset(images, y.astype(np.int32), name, weight)


def check_labels(y: np.ndarray, n: int, where: str, allow_not_digit: bool = False) -> np.ndarray:
    """Labels must be n whole numbers from 0 to 9 (and NOT_A_DIGIT where allowed)."""
    y = np.asarray(y)
    if y.ndim != 1 or len(y) != n:
        raise DataError(QT_TRANSLATE_NOOP("DataFiles",
            "labels 'y' must have shape ({n},), got {shape}"), where, n=n,
            shape=y.shape)
    if not np.issubdtype(y.dtype, np.integer):
        if not (np.issubdtype(y.dtype, np.floating) and np.all(np.mod(y, 1) == 0)):
            raise DataError(QT_TRANSLATE_NOOP("DataFiles",
                "labels 'y' must be whole numbers, got dtype {dtype}"), where,
                dtype=y.dtype)
    top = NOT_A_DIGIT if allow_not_digit else 9
    if n and (y.min() < 0 or y.max() > top):
        bad = y[(y < 0) | (y > top)][0]
        if allow_not_digit:
            raise DataError(QT_TRANSLATE_NOOP("DataFiles",
                "labels must be digits 0-9 or {other} for 'not a digit', found "
                "{bad}"), where, other=NOT_A_DIGIT, bad=bad)
        raise DataError(QT_TRANSLATE_NOOP("DataFiles",
            "labels must be digits 0-9, found {bad}"), where, bad=bad)
    return y.astype(np.int32)


def concatenate(parts: list[Dataset], name: str | None = None) -> Dataset:
    """One dataset of all parts (weights are dropped: use sample_weights for those)."""
    if not parts:
        raise DataError(QT_TRANSLATE_NOOP("DataFiles", "no data"))
    return Dataset(
        np.concatenate([p.x for p in parts]),
        np.concatenate([p.y for p in parts]),
        name or " + ".join(p.name for p in parts),
    )


def sample_weights(parts: list[Dataset]) -> np.ndarray:
    """Per-image training weights, in the order of ``concatenate(parts)``, averaging 1."""
    weights = np.concatenate([np.full(len(p), p.weight, dtype=np.float32) for p in parts])
    return weights / weights.mean()


def stratified_split(data: Dataset, fraction: float, seed: int = 0) -> tuple[Dataset, Dataset]:
    """(train, validation): ``fraction`` of each digit's images held out, the same every time
    for the same data (the split seed is fixed, so models trained with different training seeds
    are compared on the same validation images)."""
    train, held = split_indices(data.y, fraction, seed)
    return data.subset(train), data.subset(held)


def split_indices(labels: np.ndarray, fraction: float,
                  seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """The indices ``stratified_split`` puts in training and in validation, each in order."""
    if fraction <= 0 or len(labels) == 0:
        return np.arange(len(labels)), np.zeros(0, dtype=np.int64)
    rng = np.random.default_rng(seed)
    held = []
    for digit in range(NOT_A_DIGIT + 1):
        index = np.flatnonzero(labels == digit)
        rng.shuffle(index)
        count = int(round(len(index) * fraction))
        if count >= len(index) > 0:
            count = len(index) - 1  # keep at least one image of each digit for training
        held.append(index[:count])
    mask = np.zeros(len(labels), dtype=bool)
    mask[np.concatenate(held)] = True
    return np.flatnonzero(~mask), np.flatnonzero(mask)
