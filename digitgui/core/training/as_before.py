"""The engine as it trained before the speed work of issue 10, for the benchmark's retraining
of before, measured side by side with today's: Keras handed the NumPy arrays
(:mod:`core.training.feed`) and strokes dilated by pooling (:mod:`core.training.augment`).
The models are the same; only the time differs."""

from __future__ import annotations

import os

VARIABLE = "DIGITGUI_TRAIN_AS_BEFORE"
"""Set to ``1`` in a training child's environment to train as before."""


def as_before() -> bool:
    """Whether this process trains as before (see the module's text)."""
    return os.environ.get(VARIABLE) == "1"
