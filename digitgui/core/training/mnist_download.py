"""Downloading full MNIST into Keras' cache, on the user's request only.

Uses Keras' own downloader with the origin and checksum that ``keras.datasets.mnist`` uses, so
the cached file is the one ``load_data()`` would make. ``DIGITGUI_MNIST_ORIGIN`` replaces the
origin (tests point it at a closed local port to exercise the offline path without a network).
Imports Keras: only the training child calls this.
"""

from __future__ import annotations

import os

from digitgui.core.data.mnist import NOT_AVAILABLE, cache_path, is_cached
from digitgui.core.errors import DataError

ORIGIN = "https://storage.googleapis.com/tensorflow/tf-keras-datasets/mnist.npz"
SHA256 = "731c5ac602752760c8e48fbffcf8c3b850d9dc2a2aedcf2cc48468fc17b673d1"


def ensure_downloaded() -> None:
    if is_cached():
        return
    from digitgui.core.training.tf_runtime import import_keras  # noqa: PLC0415

    keras = import_keras()
    origin = os.environ.get("DIGITGUI_MNIST_ORIGIN", ORIGIN)
    target = cache_path()
    try:
        keras.utils.get_file(
            fname="mnist.npz",
            origin=origin,
            file_hash=SHA256,
            cache_dir=str(target.parent.parent),
            cache_subdir="datasets",
        )
    except Exception as exc:  # noqa: BLE001  (URL, socket, HTTP and checksum errors alike)
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DataError(NOT_AVAILABLE, reason=reason[:160]) from None
