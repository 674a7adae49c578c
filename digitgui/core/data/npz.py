"""``.npz`` files of digits: ``x`` (N, 28, 28) uint8 images and ``y`` (N,) labels 0-9 (or
10 for a picture that is not a digit, to train the answer "not a digit")."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np

from digitgui.core.data.dataset import Dataset, check_labels
from digitgui.core.drawing.ink import ink_image
from digitgui.core.errors import QT_TRANSLATE_NOOP, DataError


def load_npz(path: str | Path) -> Dataset:
    path = Path(path)
    try:
        with np.load(path, allow_pickle=False) as archive:
            keys = set(archive.files)
            missing = [k for k in ("x", "y") if k not in keys]
            if missing:
                have = ", ".join(sorted(keys)) or "nothing"
                raise DataError(QT_TRANSLATE_NOOP("DataFiles",
                    "missing array {name!r} (it has {have})"), path,
                    name=missing[0], have=have)
            x, y = archive["x"], archive["y"]
    except DataError:
        raise
    except FileNotFoundError:
        raise DataError(QT_TRANSLATE_NOOP("DataFiles", "no such file"), path) from None
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, KeyError) as exc:
        raise DataError(QT_TRANSLATE_NOOP("DataFiles",
            "not a readable .npz file ({reason})"), path, reason=exc) from None
    return from_arrays(x, y, str(path), where=path)


def from_arrays(x: np.ndarray, y: np.ndarray, name: str, where: str | Path) -> Dataset:
    """Check user arrays and make a Dataset; each image may be either polarity."""
    if x.ndim == 4 and x.shape[-1] == 1:
        x = x[..., 0]
    if x.ndim != 3 or x.shape[1:] != (28, 28):
        raise DataError(QT_TRANSLATE_NOOP("DataFiles",
            "images 'x' must have shape (N, 28, 28), got {shape}"), where,
            shape=x.shape)
    if x.dtype != np.uint8:
        raise DataError(QT_TRANSLATE_NOOP("DataFiles",
            "images 'x' must be uint8 (0-255), got {dtype}"), where,
            dtype=x.dtype)
    labels = check_labels(y, len(x), str(where), allow_not_digit=True)
    if len(x) == 0:
        raise DataError(QT_TRANSLATE_NOOP("DataFiles", "holds no images"), where)
    images = np.stack([ink_image(image) for image in x]) if _mixed_polarity(x) else None
    if images is None:
        images = x.astype(np.float32) / 255.0
        if np.median(_borders(x)) > 127:
            images = 1.0 - images
    return Dataset(images[..., None].astype(np.float32), labels, name)


def _borders(x: np.ndarray) -> np.ndarray:
    return np.concatenate([x[:, 0], x[:, -1], x[:, :, 0], x[:, :, -1]], axis=1)


def _mixed_polarity(x: np.ndarray) -> bool:
    """True when some images are dark-on-light and others light-on-dark."""
    medians = np.median(_borders(x), axis=1)
    light = medians > 127
    return bool(light.any() and not light.all())
