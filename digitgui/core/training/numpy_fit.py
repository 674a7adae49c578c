"""The engine's NumPy path: mini-batch training of a dense network, with the Keras path's
events, stop handling and best-epoch rule.

Why a second path: a network as small as ``seed`` spends most of each Keras step in fixed
per-call costs (Python, TensorFlow's function call, callbacks), so a plain NumPy loop trains it
ten times faster; and the loop is backpropagation written out, as the course teaches it.
:func:`digitgui.core.training.engine.run` chooses it for dense-only networks and falls back to
Keras for anything else; it starts from the Keras model's own weights and puts the trained
ones back into it, so the bundle is saved exactly as the Keras path saves it.

The events mirror :class:`digitgui.core.training.callback.EngineCallback`: ``batch`` at most
every 50 ms (the means since the previous one), ``epoch`` after each finished epoch with its
validation figures and the replay's fields; an epoch cut short by a stop does not count.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

from digitgui.core.data.dataset import NOT_A_DIGIT
from digitgui.core.training.numpy_augment import Augmenter
from digitgui.core.training.numpy_net import (
    DenseNetwork,
    Plan,
    digits_loss_and_gradient,
    loss_and_gradient,
)
from digitgui.core.training.numpy_optim import optimizer, schedule
from digitgui.core.training.progress import BATCH_EVENT_INTERVAL, diverged, finite

VALIDATION_CHUNK = 4096
ONE_BLAS_THREAD_UP_TO = 1_000_000
"""Up to this many parameters, the matrices are too small to share among threads: a second
BLAS thread only waits (and, on a busy machine, spins against the window and other work:
``seed`` trained four times slower with two threads than with one on 2 shared cores)."""


class NumpyFit:
    """One run of the NumPy path; after :meth:`fit`, the same figures an ``EngineCallback``
    holds after ``model.fit``: ``history``, ``best_epoch``, ``finished_epochs``, ``failure``,
    and ``best_weights`` (each dense layer's [kernel, bias] by name)."""

    def __init__(self, plan: Plan, config, emit: Callable[..., None], stop, steps: int,
                 recorder=None, clock: Callable[[], float] = time.monotonic):
        self.net = DenseNetwork(plan, float(config.l2))
        self._config = config
        self._emit = emit
        self._stop = stop
        self._steps = steps
        self._recorder = recorder
        self._clock = clock
        # Independent streams for the order, dropout and augmentation: one seed, reproducible.
        order, dropout, augment = (np.random.default_rng(s) for s in
                                   np.random.SeedSequence(config.seed).spawn(3))
        self._order, self._dropout = order, dropout
        self._augment = Augmenter(plan.augmentation, augment) if plan.augmentation else None
        self._plan = plan
        self._rate = schedule(config.schedule, float(config.learning_rate),
                              steps * config.epochs)
        self.history: list[dict[str, Any]] = []
        self.best_epoch: int | None = None
        self.best_weights: dict[str, list[np.ndarray]] | None = None
        self.failure: dict[str, Any] | None = None  # an error event's fields
        self._best_params: np.ndarray | None = None
        self._best_score = math.inf

    @property
    def finished_epochs(self) -> int:
        return len(self.history)

    def logits(self, x: np.ndarray) -> np.ndarray:
        """(N, 28, 28, 1) pictures -> (N, 10) logits, in chunks (training off)."""
        flat = x.reshape(len(x), -1)
        return np.concatenate([self.net.logits(flat[i:i + VALIDATION_CHUNK])
                               for i in range(0, len(flat), VALIDATION_CHUNK)])

    def loss(self, y: np.ndarray, logits: np.ndarray) -> float:
        """The mean loss of ``logits`` for labels ``y`` (no L2 term)."""
        return float(loss_and_gradient(logits, y)[0].mean())

    def fit(self, x: np.ndarray, y: np.ndarray, weights: np.ndarray | None,
            val: tuple[np.ndarray, np.ndarray] | None) -> None:
        """Train for the configured epochs, or until stopped or diverged."""
        threads = 1 if self.net.params.size <= ONE_BLAS_THREAD_UP_TO else None
        with threadpool_limits(threads, user_api="blas"):
            self._fit(x, y, weights, val)
        if self._best_params is not None:
            self.best_weights = self.net.weights(self._best_params)

    def _fit(self, x, y, weights, val) -> None:
        flat = np.ascontiguousarray(x.reshape(len(x), -1), np.float32)
        if self._augment is None:  # the pictures are fixed: they can be prepared once
            # Pixels blank in every training picture stay out of training where nothing else
            # would move their weights either (see DenseNetwork): no augmentation (which
            # moves ink anywhere), no L2 and no weight decay.
            used = None
            if not self._config.l2 and self._config.optimizer != "adamw":
                used = np.flatnonzero(np.any(flat != 0, axis=0))
                used = used if len(used) < flat.shape[1] else None
            # And each ends with a 1, the first layer's bias column (see DenseNetwork). Row
            # by row (C order): a step gathers whole pictures.
            columns = flat.shape[1] if used is None else len(used)
            prepared = np.ones((len(flat), columns + 1), np.float32)
            prepared[:, :columns] = flat if used is None else flat[:, used]
            flat = prepared
            self.net = DenseNetwork(self._plan, float(self._config.l2), inputs=used,
                                    bias_column=True)
        self._optimizer = optimizer(self._config.optimizer, self.net.params.size,
                                    float(self._config.momentum))
        labels = y.astype(np.int64)
        for epoch in range(1, self._config.epochs + 1):
            finished = self._epoch(epoch, flat, labels, weights)
            if not finished or self.failure:
                break
            self._end_epoch(epoch, finished, val)
            if self.failure or self._stop.requested:
                break

    def _epoch(self, epoch: int, x, y, weights) -> dict[str, Any] | None:
        """One pass over the data; its figures, or None when stopped or diverged midway."""
        started = self._clock()
        size, steps, net, opt = self._config.batch_size, self._steps, self.net, self._optimizer
        order = self._order.permutation(len(x))
        # Digits only, equal weights: the figures in three NumPy calls a step.
        plain = weights is None and bool(np.all(y < NOT_A_DIGIT))
        loss_total = seen = 0.0
        right = counted = 0.0
        # Since the last batch event: batches, their loss sum, right answers, digits.
        batches, loss_sum, right_since, counted_since = 0, 0.0, 0.0, 0.0
        last_event = -math.inf
        # The step below runs tens of thousands of times a run: what it calls, looked up once.
        forward, backward, update, rate = net.forward, net.backward, opt.step, self._rate
        augment, dropout, clock, stop = self._augment, self._dropout, self._clock, self._stop
        for step in range(1, steps + 1):
            index = order[(step - 1) * size:step * size]
            xb, yb = x[index], y[index]
            wb = None if weights is None else weights[index]
            if augment is not None:
                xb = augment(xb)
            logits = forward(xb, dropout)
            if plain:
                summed, got, gradient = digits_loss_and_gradient(logits, yb)
                batch_loss, count = summed / len(yb), len(yb)
            else:
                losses, gradient = loss_and_gradient(logits, yb, wb)
                batch_loss, got, count = _figures(logits, yb, wb, losses)
            l2 = net.l2_loss() if net.l2 else 0.0  # of the weights the step starts from
            backward(gradient)
            update(net.params, net.grads, rate(opt.iterations))
            batch_loss += l2
            if not math.isfinite(batch_loss):
                self.failure = diverged(epoch, step)
                return None
            loss_total += batch_loss * len(yb)
            seen += len(yb)
            right += got
            counted += count
            batches += 1
            loss_sum += batch_loss
            right_since += got
            counted_since += count
            now = clock()
            if now - last_event >= BATCH_EVENT_INTERVAL or step == steps:
                last_event = now
                self._emit("batch", epoch=epoch, epochs=self._config.epochs, step=step,
                           steps=steps, loss=max(0.0, loss_sum / batches),
                           accuracy=right_since / counted_since if counted_since else None)
                batches, loss_sum, right_since, counted_since = 0, 0.0, 0.0, 0.0
            if stop.requested and step < steps:
                return None  # stopped mid-epoch: this epoch does not count
        return {"loss": loss_total / seen, "accuracy": right / counted if counted else None,
                "started": started}

    def _end_epoch(self, epoch: int, figures: dict[str, Any],
                   val: tuple[np.ndarray, np.ndarray] | None) -> None:
        val_loss = val_accuracy = None
        if val is not None and len(val[1]):
            logits = self.logits(val[0])
            labels = val[1].astype(np.int64)
            val_loss = float(loss_and_gradient(logits, labels)[0].mean()) + self.net.l2_loss()
            digits = labels < NOT_A_DIGIT
            if digits.any():
                val_accuracy = float(np.mean(logits[digits].argmax(axis=1) == labels[digits]))
        record = {
            "epoch": epoch,
            "loss": finite(figures["loss"]),
            "accuracy": finite(figures["accuracy"]),
            "val_loss": finite(val_loss),
            "val_accuracy": finite(val_accuracy),
            "seconds": round(self._clock() - figures["started"], 3),
        }
        if any(v is not None and math.isnan(v) for v in record.values()):
            self.failure = diverged(epoch)
            return
        self.history.append(record)
        extra = {}
        if self._recorder is not None:
            try:
                extra = self._recorder.record(epoch, self.net.kernels())
            except Exception:  # noqa: BLE001  (the replay is a view: never the run's end)
                self._recorder = None
        self._emit("epoch", epochs=self._config.epochs, **record, **extra)
        # The best epoch: the lowest validation loss; with no validation set, the latest.
        score = record["val_loss"] if record["val_loss"] is not None else -epoch
        if score <= self._best_score:
            self._best_score = score
            self.best_epoch = epoch
            self._best_params = self.net.params.copy()

    def apply_to(self, model) -> None:
        """Put the best epoch's weights into the Keras ``model`` the plan was read from."""
        assert self.best_weights is not None
        for layer in model.layers:
            if layer.name in self.best_weights:
                layer.set_weights(self.best_weights[layer.name])


def _figures(logits: np.ndarray, y: np.ndarray, weight: np.ndarray | None,
             losses: np.ndarray) -> tuple[float, float, float]:
    """A batch's loss (Keras': sum(loss * weight) / batch size), and its accuracy's numerator
    and denominator: right digits and digits, weighted as the loss is (Keras' metric with
    sample weights); pictures that are not digits have no right answer and do not count."""
    right = logits.argmax(axis=1) == y
    if weight is None:
        digits = y < NOT_A_DIGIT
        return (float(losses.sum()) / len(y), float(np.count_nonzero(right & digits)),
                float(np.count_nonzero(digits)))
    digits = (y < NOT_A_DIGIT) * weight
    return (float(np.dot(losses, weight)) / len(y), float(np.dot(right, digits)),
            float(digits.sum()))
