"""Full MNIST (60,000 training and 10,000 test images) from Keras' download cache.

``keras.datasets.mnist.load_data()`` downloads ``mnist.npz`` once into
``$KERAS_HOME/datasets`` (``~/.keras/datasets`` by default). Reading the cached file needs no
TensorFlow, so the window can use it; downloading happens only in the training child, on the
user's request (see :mod:`digitgui.core.training.mnist_download`).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from digitgui.core.data.dataset import Dataset, check_labels
from digitgui.core.errors import QT_TRANSLATE_NOOP, DataError

ARRAYS = {"train": ("x_train", "y_train"), "test": ("x_test", "y_test")}


def cache_path() -> Path:
    home = os.environ.get("KERAS_HOME") or os.path.join(os.path.expanduser("~"), ".keras")
    return Path(home) / "datasets" / "mnist.npz"


def is_cached() -> bool:
    return cache_path().is_file()


NOT_AVAILABLE = QT_TRANSLATE_NOOP("DataFiles",
    "full MNIST is not downloaded yet and could not be fetched ({reason}); connect to the "
    "internet and try again, or use the embedded data (--data embedded)")
"""A template: DataError(NOT_AVAILABLE, reason=...)."""


def load_cached(split: str = "train", path: Path | None = None) -> Dataset:
    """The cached full MNIST ``split`` ("train" or "test")."""
    path = path or cache_path()
    x_key, y_key = ARRAYS[split]
    try:
        with np.load(path, allow_pickle=False) as archive:
            x, y = archive[x_key], archive[y_key]
    except FileNotFoundError:
        raise DataError(NOT_AVAILABLE, path, reason="no cached copy") from None
    except KeyError as exc:
        raise DataError(QT_TRANSLATE_NOOP("DataFiles",
            "not Keras' mnist.npz (missing {key})"), path, key=exc) from None
    except Exception as exc:  # noqa: BLE001  (zip, pickle and OS errors all mean "damaged")
        raise DataError(QT_TRANSLATE_NOOP("DataFiles",
            "damaged MNIST cache ({reason}); delete it to download again"),
            path, reason=exc) from None
    if x.ndim != 3 or x.shape[1:] != (28, 28) or x.dtype != np.uint8:
        raise DataError(QT_TRANSLATE_NOOP("DataFiles",
            "not Keras' mnist.npz ({key} has shape {shape})"), path, key=x_key,
            shape=x.shape)
    labels = check_labels(y, len(x), str(path))
    images = (x.astype(np.float32) / 255.0)[..., None]
    return Dataset(images, labels, "mnist" if split == "train" else "mnist-test")
