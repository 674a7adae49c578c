"""The training engine's input pipeline (core/training/feed.py): every picture once an epoch,
in a new order each epoch, its weight beside it, and no autotuning (whose background thread
held up the end of every other epoch by about 4 s)."""

from __future__ import annotations

import numpy as np
import pytest

from digitgui.core.data import Dataset
from digitgui.core.training.tf_runtime import import_keras

pytestmark = pytest.mark.slow  # loads TensorFlow

import_keras()  # TensorFlow configured as the training child configures it
import tensorflow as tf  # noqa: E402

from digitgui.core.training import feed  # noqa: E402


def _numbered(count: int) -> Dataset:
    """Pictures whose first pixel is their number, labelled with it modulo 10."""
    x = np.zeros((count, 28, 28, 1), np.float32)
    x[:, 0, 0, 0] = np.arange(count)
    return Dataset(x, (np.arange(count) % 10).astype(np.int32), "numbered")


def _epoch(batches) -> tuple[np.ndarray, ...]:
    parts = list(zip(*[tuple(t.numpy() for t in batch) for batch in batches], strict=True))
    return tuple(np.concatenate(p) for p in parts)


def test_each_epoch_gives_every_picture_once_in_a_new_order_with_its_weight():
    tf.random.set_seed(0)
    data = _numbered(103)
    weights = np.linspace(0.5, 2.0, 103).astype(np.float32)
    batches = feed.training_batches(data, weights, 16)
    sizes = [len(b[0]) for b in batches]
    assert sizes == [16] * 6 + [7], "batches of 16, the last one short"
    first, second = _epoch(batches), _epoch(batches)
    for x, y, w in (first, second):
        numbers = x[:, 0, 0, 0].astype(int)
        assert sorted(numbers) == list(range(103))
        np.testing.assert_array_equal(y, numbers % 10)
        np.testing.assert_allclose(w, weights[numbers])
    assert not np.array_equal(first[0], second[0]), "shuffled again each epoch"
    assert batches.options().autotune.enabled is False


def test_validation_is_read_in_order_without_weights():
    data = _numbered(40)
    batches = feed.validation_batches(data, 16)
    x, y = _epoch(batches)
    np.testing.assert_array_equal(x[:, 0, 0, 0], np.arange(40))
    np.testing.assert_array_equal(y, np.arange(40) % 10)
    assert batches.options().autotune.enabled is False
