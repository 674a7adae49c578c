"""The user's own handwriting samples.

Samples live in Keras' image-folder layout, ``samples/<digit>/<id>.png``: the 28x28 input the
network saw (light ink on black, as MNIST), so the folder is a data source as it is
(``digitgui train --data ~/.local/share/digitgui/samples``). The full-size drawing is kept
beside it in ``drawings/<id>.png``, outside the samples tree so that image-folder readers do
not take it for a sample.

Every file is written atomically (a hidden temporary file renamed into place): a crash or kill
never loses or damages samples saved before it. Deleting moves a sample to ``samples-trash/``
so it can be undone; the trash is emptied when a library is next opened.
"""

from __future__ import annotations

import io
import os
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from digitgui.core import atomic, paths
from digitgui.core.data import load_source
from digitgui.core.drawing.preprocess import SIDE
from digitgui.core.errors import QT_TRANSLATE_NOOP, DataError


@dataclass(frozen=True)
class Sample:
    id: str
    digit: int
    path: Path

    def pixels(self) -> np.ndarray:
        """The 28x28 input, float32 in [0, 1], ink bright."""
        with Image.open(self.path) as image:
            return np.asarray(image.convert("L"), dtype=np.float32) / 255.0


@dataclass(frozen=True)
class Deleted:
    """What an undo needs to put a deleted sample back."""

    sample: Sample
    trashed: Path


def _png_bytes(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(array).save(buffer, format="PNG")
    return buffer.getvalue()


def _as_uint8(pixels: np.ndarray) -> np.ndarray:
    pixels = np.asarray(pixels)
    if pixels.dtype == np.uint8:
        return pixels
    return (np.clip(pixels, 0.0, 1.0) * 255.0 + 0.5).astype(np.uint8)


def _check_digit(digit: int) -> int:
    if not isinstance(digit, (int, np.integer)) or not 0 <= int(digit) <= 9:
        raise DataError(QT_TRANSLATE_NOOP("Samples",
            "a sample's digit must be 0-9, not {digit!r}"), digit=digit)
    return int(digit)


class SampleLibrary:
    def __init__(self, root: Path | None = None):
        self.root = Path(root) if root is not None else paths.user_samples_dir()
        self.drawings = self.root.parent / "drawings"
        self.trash = self.root.parent / "samples-trash"
        shutil.rmtree(self.trash, ignore_errors=True)  # undo lasts one session

    # ---- reading ---------------------------------------------------------------------------
    def samples(self, digit: int | None = None) -> list[Sample]:
        """Every sample (of one digit), oldest first."""
        found = []
        for d in range(10) if digit is None else [_check_digit(digit)]:
            folder = self.root / str(d)
            if not folder.is_dir():
                continue
            for path in folder.iterdir():
                if path.suffix == ".png" and not path.name.startswith("."):
                    found.append(Sample(path.stem, d, path))
        return sorted(found, key=lambda s: (s.id, s.digit))

    def counts(self) -> list[int]:
        counts = [0] * 10
        for sample in self.samples():
            counts[sample.digit] += 1
        return counts

    def __len__(self) -> int:
        return sum(self.counts())

    def drawing_path(self, sample: Sample) -> Path | None:
        path = self.drawings / f"{sample.id}.png"
        return path if path.is_file() else None

    # ---- writing ---------------------------------------------------------------------------
    @staticmethod
    def new_id() -> str:
        return time.strftime("%Y%m%d-%H%M%S") + "-" + uuid.uuid4().hex[:6]

    def add(self, digit: int, pixels: np.ndarray, drawing: np.ndarray | None = None) -> Sample:
        """Keep a sample: the 28x28 input (float [0, 1] or uint8, ink bright) and, if given,
        the full-size drawing it came from (uint8 gray or RGB)."""
        digit = _check_digit(digit)
        image = _as_uint8(pixels)
        if image.shape != (SIDE, SIDE):
            raise DataError(QT_TRANSLATE_NOOP("Samples",
                "a sample must be 28x28, not {shape}"), shape=image.shape)
        sample_id = self.new_id()
        if drawing is not None:  # first the drawing: a sample never points at a missing one
            atomic.write_bytes(self.drawings / f"{sample_id}.png", _png_bytes(_as_uint8(drawing)))
        path = self.root / str(digit) / f"{sample_id}.png"
        atomic.write_bytes(path, _png_bytes(image))
        return Sample(sample_id, digit, path)

    def relabel(self, sample: Sample, digit: int) -> Sample:
        """Say the sample is another digit: the file moves folders in one atomic rename."""
        digit = _check_digit(digit)
        if digit == sample.digit:
            return sample
        target = self.root / str(digit) / sample.path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(sample.path, target)
        atomic.fsync_dir(target.parent)
        return Sample(sample.id, digit, target)

    def delete(self, sample: Sample) -> Deleted:
        """Move the sample to the trash; :meth:`restore` undoes it."""
        self.trash.mkdir(parents=True, exist_ok=True)
        trashed = self.trash / f"{sample.digit}-{sample.path.name}"
        os.replace(sample.path, trashed)
        return Deleted(sample, trashed)

    def restore(self, deleted: Deleted) -> Sample:
        deleted.sample.path.parent.mkdir(parents=True, exist_ok=True)
        os.replace(deleted.trashed, deleted.sample.path)
        return deleted.sample

    # ---- import and export -----------------------------------------------------------------
    def export_npz(self, target: Path) -> int:
        """All samples as an .npz with x (N, 28, 28) uint8 and y (N,) uint8; returns N."""
        samples = self.samples()
        if not samples:
            raise DataError(QT_TRANSLATE_NOOP("Samples", "there are no samples to export yet"))
        x = np.stack([_as_uint8(s.pixels()) for s in samples])
        y = np.array([s.digit for s in samples], dtype=np.uint8)
        buffer = io.BytesIO()
        np.savez_compressed(buffer, x=x, y=y)
        atomic.write_bytes(Path(target), buffer.getvalue())
        return len(samples)

    def import_source(self, source: str | Path) -> int:
        """Add every image of an .npz file or an image folder (either polarity); returns how
        many. Everything is read and checked first, so a bad file adds nothing."""
        data = load_source(str(source))
        for image, digit in zip(data.x[..., 0], data.y, strict=True):
            self.add(int(digit), image)
        return len(data)
