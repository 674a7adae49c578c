"""Image folders in Keras' layout: ``root/0/*.png`` ... ``root/9/*.png``.

This is the layout ``keras.utils.image_dataset_from_directory`` reads and the one the app's
sample library writes. Images of 28x28 are taken as MNIST-style already (either polarity);
any other size goes through the same preprocessing as a drawing.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from digitgui.core.data.dataset import Dataset
from digitgui.core.drawing.images import IMAGE_SUFFIXES, read_image
from digitgui.core.drawing.ink import ink_image
from digitgui.core.drawing.preprocess import SIDE, prepare
from digitgui.core.errors import QT_TRANSLATE_NOOP, DataError


def image_files(root: Path) -> list[tuple[Path, int]]:
    """(file, digit) for every image under root/<digit>/, in a stable order."""
    if not root.is_dir():
        raise DataError(QT_TRANSLATE_NOOP("DataFiles", "no such folder"), root)
    found: list[tuple[Path, int]] = []
    for entry in sorted(root.iterdir()):
        if entry.name.startswith(".") or not entry.is_dir():
            continue
        if entry.name not in {str(d) for d in range(10)}:
            raise DataError(QT_TRANSLATE_NOOP("DataFiles",
                "subfolder {name!r} is not a digit 0-9"), root, name=entry.name)
        for folder, dirs, files in os.walk(entry):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and name.lower().endswith(IMAGE_SUFFIXES):
                    found.append((Path(folder) / name, int(entry.name)))
    return found


def image_to_input(image: np.ndarray, path: Path) -> np.ndarray:
    """One image file's pixels as a 28x28 float32 network input."""
    if image.shape[:2] == (SIDE, SIDE):
        return ink_image(image)
    prepared = prepare(image)
    if prepared.pixels is None:
        raise DataError(QT_TRANSLATE_NOOP("DataFiles",
            "no digit found in this image (it looks blank)"), path)
    return prepared.pixels


def load_folder(root: str | Path) -> Dataset:
    root = Path(root)
    files = image_files(root)
    if not files:
        raise DataError(QT_TRANSLATE_NOOP("DataFiles",
            "holds no images in subfolders 0-9 (expected root/0/*.png ...)"),
            root)
    x = np.empty((len(files), SIDE, SIDE, 1), dtype=np.float32)
    y = np.empty(len(files), dtype=np.int32)
    for i, (path, digit) in enumerate(files):
        x[i, ..., 0] = image_to_input(read_image(path), path)
        y[i] = digit
    return Dataset(x, y, str(root))
