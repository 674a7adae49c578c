"""Feeding the pictures to Keras: a ``tf.data`` pipeline of the engine's own.

Given NumPy arrays, ``model.fit`` builds a ``tf.data`` pipeline with autotuning and destroys
its iterator at the end of every epoch, and the validation's after every evaluation. The
destruction waits for the pipeline's background threads; autotuning's thread sleeps in a
timed wait that the destruction does not cut short, so in about half the epochs training
stood still for about 4 s (seen with ``py-spy``: the main thread in ``~IteratorResource``,
both cores idle). Retraining the ``cnn`` on the embedded data, such an epoch took 10.2 s
against 5.3 s. This pipeline is the same (the pictures shuffled each epoch, gathered a batch
at a time) with autotuning off and a fixed prefetch of two batches: every epoch 5.3 s.

Training as before (:mod:`core.training.as_before`) hands Keras the arrays: the benchmark
measures the retraining of before side by side with it.
"""

from __future__ import annotations

from contextlib import nullcontext

import numpy as np

from digitgui.core.data import Dataset
from digitgui.core.training.as_before import as_before

PREFETCH = 2
"""Batches made ready ahead of the training step (while it runs, on the other core)."""


def feeds_arrays() -> bool:
    """Whether ``model.fit`` gets the NumPy arrays (the feed before this module)."""
    return as_before()


def _options(tf):
    options = tf.data.Options()
    options.autotune.enabled = False
    return options


def training_batches(train: Dataset, weights: np.ndarray | None, batch_size: int):
    """The training pictures (with their weights, if any) as a dataset of batches, in a new
    random order each epoch (from TensorFlow's seed, set by the engine)."""
    import tensorflow as tf  # noqa: PLC0415  (loaded already: only the training child feeds)

    # tf.data works on the CPU: with a GPU, the pictures are kept in the CPU's memory (eager
    # constants would go to the GPU), and sent over a batch at a time.
    on_cpu = tf.device("/CPU:0") if tf.config.list_logical_devices("GPU") else nullcontext()
    with on_cpu:
        arrays = [tf.constant(train.x), tf.constant(train.y)]
        if weights is not None:
            arrays.append(tf.constant(weights, dtype=tf.float32))

    def gather(indices):
        return tuple(tf.gather(array, indices) for array in arrays)

    # Indices are shuffled, not pictures: a shuffle buffer of the pictures themselves would
    # copy them all (330 MB for the shipped model's training set) every epoch.
    count = len(train.x)
    return (tf.data.Dataset.range(count)
            .shuffle(count, reshuffle_each_iteration=True)
            .batch(batch_size)
            .map(gather)
            .prefetch(PREFETCH)
            .with_options(_options(tf)))


def validation_batches(val: Dataset, batch_size: int):
    """The validation pictures as a dataset of batches, in order."""
    import tensorflow as tf  # noqa: PLC0415

    return (tf.data.Dataset.from_tensor_slices((val.x, val.y))
            .batch(batch_size)
            .with_options(_options(tf)))
