"""The training engine's input pipeline (core/training/feed.py): every picture once an epoch,
in a new order each epoch, its weight beside it, and no autotuning (whose background thread
held up the end of every other epoch by about 4 s).

TensorFlow runs in a child process: the test process is the window's, which never loads it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.helpers import REPO

pytestmark = pytest.mark.slow  # loads TensorFlow

FEED = r"""
import json
import numpy as np
from digitgui.core.data import Dataset
from digitgui.core.training.tf_runtime import import_keras
import_keras()  # TensorFlow configured as the training child configures it
import tensorflow as tf
from digitgui.core.training import feed


def numbered(count):
    # Pictures whose first pixel is their number, labelled with it modulo 10.
    x = np.zeros((count, 28, 28, 1), np.float32)
    x[:, 0, 0, 0] = np.arange(count)
    return Dataset(x, (np.arange(count) % 10).astype(np.int32), "numbered")


def epoch(batches):
    rows = [tuple(t.numpy() for t in batch) for batch in batches]
    return {"sizes": [len(r[0]) for r in rows],
            "parts": [np.concatenate(p).reshape(-1, 784)[:, 0].tolist()
                      if p[0].ndim == 4 else np.concatenate(p).tolist()
                      for p in zip(*rows)]}


tf.random.set_seed(0)
weights = np.linspace(0.5, 2.0, 103).astype(np.float32)
train = feed.training_batches(numbered(103), weights, 16)
val = feed.validation_batches(numbered(40), 16)
print(json.dumps({"first": epoch(train), "second": epoch(train), "val": epoch(val),
                  "weights": weights.tolist(),
                  "autotune": [train.options().autotune.enabled,
                               val.options().autotune.enabled]}))
"""


@pytest.fixture(scope="module")
def fed() -> dict:
    result = subprocess.run([sys.executable, "-c", FEED], capture_output=True, text=True,
                            cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_each_epoch_gives_every_picture_once_in_a_new_order_with_its_weight(fed):
    orders = []
    for name in ("first", "second"):
        epoch = fed[name]
        assert epoch["sizes"] == [16] * 6 + [7], "batches of 16, the last one short"
        numbers, labels, weights = epoch["parts"]
        numbers = [int(n) for n in numbers]
        assert sorted(numbers) == list(range(103))
        assert labels == [n % 10 for n in numbers]
        assert weights == pytest.approx([fed["weights"][n] for n in numbers])
        orders.append(numbers)
    assert orders[0] != orders[1], "shuffled again each epoch"


def test_validation_is_read_in_order_and_nothing_is_autotuned(fed):
    numbers, labels = fed["val"]["parts"]
    assert [int(n) for n in numbers] == list(range(40))
    assert labels == [n % 10 for n in range(40)]
    assert fed["autotune"] == [False, False]
