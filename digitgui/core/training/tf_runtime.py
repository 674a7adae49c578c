"""Importing TensorFlow/Keras quietly.

TensorFlow writes start-up notices to stderr from C++ before its log settings take effect, so
we set the documented variables and also load it inside ``quiet.native_output_captured``.

Only the training side (the ``train`` child, ``bench``) imports this; prediction never does.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager

from digitgui.core.quiet import native_output_captured


def quiet_environment() -> None:
    """The environment that keeps TensorFlow's own logging down (set before importing it)."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("KERAS_BACKEND", "tensorflow")
    os.environ.setdefault("ABSL_MIN_LOG_LEVEL", "3")


@contextmanager
def _matplotlib_hidden():
    """Keras imports ``matplotlib.pyplot`` as it loads, for plotting helpers digitgui never
    calls: 0.8 s of every training child's start (``python -X importtime``). Where nothing has
    loaded matplotlib yet, it is hidden while Keras loads (a ``None`` in ``sys.modules`` makes
    its import fail; Keras catches that and leaves those helpers off), and visible again
    after."""
    if "matplotlib" in sys.modules:
        yield
        return
    sys.modules["matplotlib"] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        if sys.modules.get("matplotlib", 0) is None:
            del sys.modules["matplotlib"]


def import_keras():
    """Import Keras (TensorFlow backend unless ``KERAS_BACKEND`` names another) without
    start-up noise; returns the module. The engine itself trains on TensorFlow; another backend
    serves only ``scripts/seed_study.py`` (JAX on a GPU that has no TensorFlow)."""
    quiet_environment()
    with native_output_captured(), _matplotlib_hidden():
        import keras  # noqa: PLC0415  (deliberately lazy: TensorFlow is slow to import)

        if keras.backend.backend() == "tensorflow":
            import tensorflow as tf  # noqa: PLC0415

            tf.get_logger().setLevel("ERROR")
            tf.config.list_physical_devices()  # the CUDA probe happens here, in the capture
    return keras
