"""Stochastic weight averaging: the network's weights averaged over the second part of a run.

Snapshots of one run's weights, taken while the learning rate is still high enough to move
them about one valley of the loss, average to a point nearer that valley's middle: a network
whose answers change less when a picture changes a little, which is said to tell its right
answers from its wrong ones better (Izmailov et al. 2018, "Averaging weights leads to wider
optima"; Zhu et al. 2022, "Rethinking confidence calibration for failure prediction"). Batch
normalisation's running statistics belong to no snapshot, so they are measured again on the
training pictures with the averaged weights.

Measured for the shipped model's recipe with ``scripts/seed_study.py train --average-from``
(BENCHMARKS.md, 2026-11-28 late morning): over two seeds it did not doubt fewer of unseen
writers' right answers, so the build keeps the best epoch's weights.
"""

from __future__ import annotations

import numpy as np

SNAPSHOTS_PER_EPOCH = 4


def averaging(keras, first: int):
    """A Keras callback (for the ``keras`` module given: Keras is imported only when training)
    that sums the trainable weights ``SNAPSHOTS_PER_EPOCH`` times an epoch from epoch ``first``
    (1-based) on; its ``apply`` puts their average into the model."""

    class Averaging(_Snapshots, keras.callbacks.Callback):
        pass

    return Averaging(first)


class _Snapshots:
    """What :func:`averaging`'s callback does (first in its bases, before Keras' no-op
    callback methods)."""

    def __init__(self, first: int) -> None:
        super().__init__()
        self.first = first
        self.snapshots = 0
        self._sum: list[np.ndarray] | None = None
        self._epoch = 0
        self._taken = 0

    def on_epoch_begin(self, epoch: int, logs=None) -> None:
        self._epoch = epoch + 1
        self._taken = 0

    def on_train_batch_end(self, batch: int, logs=None) -> None:
        if self._epoch < self.first:
            return
        steps = self.params.get("steps") or 1  # batches an epoch, as fit counts them
        # Keras calls back once per execution of several steps: one snapshot when a quarter
        # of the epoch (or more) has passed since the last, the last one at the epoch's end.
        passed = int((batch + 1) * SNAPSHOTS_PER_EPOCH / steps + 1e-9)
        if passed > self._taken:
            self._taken = passed
            self._take()

    def _take(self) -> None:
        values = [np.array(v.numpy(), dtype=np.float64) for v in self.model.trainable_variables]
        self._sum = values if self._sum is None else [s + v for s, v in zip(self._sum, values,
                                                                             strict=True)]
        self.snapshots += 1

    def apply(self, model, x: np.ndarray, batch_size: int, batches: int = 200,
              seed: int = 0) -> None:
        """Put the averaged weights into ``model`` and measure batch normalisation's statistics
        again: the mean over ``batches`` training batches of each batch's own statistics (the
        network in training mode, as it saw pictures while it learned)."""
        assert self._sum is not None, "no snapshot taken"
        for variable, total in zip(model.trainable_variables, self._sum, strict=True):
            variable.assign((total / self.snapshots).astype(variable.dtype))
        norms = [layer for layer in model.layers if "BatchNormalization" in type(layer).__name__]
        momentum = [layer.momentum for layer in norms]
        pick = np.random.default_rng(seed)
        try:
            for i in range(batches):
                for layer in norms:  # the running mean of every batch seen so far
                    layer.momentum = i / (i + 1)
                rows = pick.choice(len(x), batch_size, replace=False)
                model(x[rows], training=True)
        finally:
            for layer, value in zip(norms, momentum, strict=True):
                layer.momentum = value
