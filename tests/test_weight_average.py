"""Stochastic weight averaging (core/training/weight_average.py, which ``scripts/seed_study.py
train --average-from`` measures): the snapshots it averages, and batch normalisation measured
again.

TensorFlow runs in child processes: the test process is the window's, which never loads it."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from tests.helpers import REPO

pytestmark = pytest.mark.slow  # loads TensorFlow

AVERAGED = r"""
import json
import numpy as np
from digitgui.core.training.tf_runtime import import_keras
keras = import_keras()
from digitgui.core.training import weight_average

keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(1.0, 2.0, (256, 4)).astype("float32")
y = (x[:, 0] > 1).astype("int32")
inputs = keras.Input((4,))
h = keras.layers.Dense(3, use_bias=False, name="features")(inputs)
h = keras.layers.BatchNormalization(momentum=0.9, name="bn")(h)
model = keras.Model(inputs, keras.layers.Dense(2)(h))
model.compile("adam", keras.losses.SparseCategoricalCrossentropy(from_logits=True))
seen = []  # every step's weights, to check the average independently


class Record(keras.callbacks.Callback):
    def on_train_batch_end(self, batch, logs=None):
        seen.append([v.numpy().copy() for v in self.model.trainable_variables])


averaging = weight_average.averaging(keras, first=2)
model.fit(x, y, batch_size=32, epochs=3, shuffle=True, verbose=0,
          callbacks=[Record(), averaging])
# 8 steps an epoch: snapshots after steps 2, 4, 6 and 8 of epochs 2 and 3.
taken = [seen[epoch * 8 + step - 1] for epoch in (1, 2) for step in (2, 4, 6, 8)]
expected = [np.mean([s[i] for s in taken], axis=0) for i in range(len(taken[0]))]
averaging.apply(model, x, batch_size=32)
bn = model.get_layer("bn")
features = x @ model.get_layer("features").get_weights()[0]
print(json.dumps({
    "snapshots": averaging.snapshots,
    "average_error": max(float(np.abs(v.numpy() - e).max())
                         for v, e in zip(model.trainable_variables, expected)),
    "last_differs": max(float(np.abs(v.numpy() - s).max())
                        for v, s in zip(model.trainable_variables, seen[-1])),
    "mean": bn.moving_mean.numpy().tolist(), "features_mean": features.mean(0).tolist(),
    "variance": bn.moving_variance.numpy().tolist(), "features_variance": features.var(0).tolist(),
    "momentum": bn.momentum,
}))
"""


def test_the_average_of_the_snapshots_with_batch_normalisation_measured_again():
    result = subprocess.run([sys.executable, "-c", AVERAGED], capture_output=True, text=True,
                            cwd=REPO, timeout=300)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["snapshots"] == 8  # four an epoch, from the second of three epochs
    assert found["average_error"] < 1e-6  # exactly the snapshots' mean
    assert found["last_differs"] > 1e-4  # not simply the last weights
    # The running statistics: those of the training pictures through the averaged weights
    # (each batch's mean and biased variance, averaged over 200 batches of 32).
    spread = np.sqrt(found["features_variance"])
    assert np.allclose(found["mean"], found["features_mean"], atol=0.05 * spread.max())
    assert np.allclose(found["variance"], found["features_variance"], rtol=0.1)
    assert found["momentum"] == 0.9  # the layer as it was
