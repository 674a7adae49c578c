"""Collections of many writers' digits as image folders: ``root/<writer>/<digit>/*.png``.

This is how the Swiss "numbers" collection (github.com/kensanata/numbers) keeps its scans: one
folder a writer (``0001_CH4M``: person, country, age, sex), and under it one folder a digit.
Each writer's folder is read as the app reads any image folder (:func:`load_folder`: the same
preprocessing as a drawing or a picture opened in the window), so what the network trains on
or is measured on is what it would see of those pictures at run time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from digitgui.core.data.folder import load_folder
from digitgui.core.errors import QT_TRANSLATE_NOOP, DataError


@dataclass
class WritersDigits:
    """MNIST-style uint8 pictures (N, 28, 28), their digits, and who wrote each."""

    x: np.ndarray
    y: np.ndarray
    writer: np.ndarray


def writer_folders(root: Path) -> list[Path]:
    """The writers' folders under root, in a stable order (hidden entries skipped)."""
    if not root.is_dir():
        raise DataError(QT_TRANSLATE_NOOP("DataFiles", "no such folder"), root)
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))


def load_writers(root: str | Path, keep=lambda writer: True) -> WritersDigits:
    """Every writer's digits under root for whom ``keep(name)`` is true."""
    xs, ys, names = [], [], []
    for folder in writer_folders(Path(root)):
        if not keep(folder.name):
            continue
        data = load_folder(folder)
        xs.append(np.round(data.x[..., 0] * 255).astype(np.uint8))
        ys.append(data.y)
        names += [folder.name] * len(data.y)
    if not xs:
        raise DataError(QT_TRANSLATE_NOOP("DataFiles",
            "holds no writers' folders (expected root/<writer>/0/*.png ...)"), Path(root))
    return WritersDigits(np.concatenate(xs), np.concatenate(ys), np.array(names))


def measuring_writer(name: str) -> bool:
    """Whether a writer is kept out of training to measure on: those whose number (the
    folder name's first four digits) is a multiple of 5. Chosen by number, not by how they
    write, before anything was measured on them."""
    number = name.split("_", 1)[0]
    return number.isdigit() and int(number) % 5 == 0
