"""The Keras callback that turns a ``fit`` into events, stops on request or on a NaN loss, and
remembers the weights of the best finished epoch."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import Any

from digitgui.core.training.progress import BATCH_EVENT_INTERVAL, diverged, finite
from digitgui.core.training.replay import ReplayRecorder
from digitgui.core.training.stop import StopRequest
from digitgui.core.training.tf_runtime import import_keras

keras = import_keras()

class EngineCallback(keras.callbacks.Callback):
    def __init__(
        self,
        emit: Callable[..., None],
        stop: StopRequest,
        epochs: int,
        steps: int,
        clock: Callable[[], float] = time.monotonic,
        recorder: ReplayRecorder | None = None,
    ):
        super().__init__()
        self._emit = emit
        self._stop = stop
        self._epochs = epochs
        self._steps = steps
        self._clock = clock
        self._recorder = recorder
        self._last_batch_event = -math.inf
        self._epoch = 0
        self._step = 0
        self._epoch_started = 0.0
        self.history: list[dict[str, Any]] = []
        self.best_weights: list | None = None
        self.best_epoch: int | None = None
        self._best_score = math.inf
        self.failure: dict[str, Any] | None = None
        """Why training failed, as an error event's fields (``message_fields``)."""

    @property
    def finished_epochs(self) -> int:
        return len(self.history)

    def on_epoch_begin(self, epoch: int, logs=None) -> None:
        self._epoch = epoch + 1
        self._step = 0
        self._epoch_started = self._clock()
        self._reported = (0, 0.0, 0.0)  # (step, loss sum, accuracy sum) at the last event

    def on_train_batch_end(self, batch: int, logs=None) -> None:
        logs = logs or {}
        # With several batches a call (STEPS_PER_EXECUTION), Keras may count the last call of
        # an epoch up to a whole call's worth: never past the epoch's own batches.
        self._step = min(batch + 1, self._steps) if self._steps else batch + 1
        loss = finite(logs.get("loss"))
        if loss is not None and math.isnan(loss):
            self.failure = diverged(self._epoch, self._step)
            self.model.stop_training = True
            return
        if self._stop.requested:
            self.model.stop_training = True
        now = self._clock()
        if now - self._last_batch_event >= BATCH_EVENT_INTERVAL or self._step == self._steps:
            self._last_batch_event = now
            # Keras reports the mean since the epoch began; the event carries the mean of the
            # batches since the previous event, so a curve of them shows the loss as it is
            # now, without a jump at every epoch's start.
            accuracy = finite(logs.get("accuracy"))
            step, loss_sum, accuracy_sum = self._reported
            total_loss = loss * self._step
            total_accuracy = None if accuracy is None else accuracy * self._step
            batches = self._step - step
            self._reported = (self._step, total_loss, total_accuracy or 0.0)
            self._emit(
                "batch",
                epoch=self._epoch,
                epochs=self._epochs,
                step=self._step,
                steps=self._steps,
                loss=max(0.0, (total_loss - loss_sum) / batches),
                accuracy=None if total_accuracy is None else
                min(1.0, max(0.0, (total_accuracy - accuracy_sum) / batches)),
            )

    def on_epoch_end(self, epoch: int, logs=None) -> None:
        if self.failure or self._step < self._steps:
            return  # diverged, or stopped mid-epoch: this epoch does not count
        logs = logs or {}
        record = {
            "epoch": self._epoch,
            "loss": finite(logs.get("loss")),
            "accuracy": finite(logs.get("accuracy")),
            "val_loss": finite(logs.get("val_loss")),
            "val_accuracy": finite(logs.get("val_accuracy")),
            "seconds": round(self._clock() - self._epoch_started, 3),
        }
        if any(v is not None and math.isnan(v) for v in record.values()):
            self.failure = diverged(self._epoch)
            self.model.stop_training = True
            return
        self.history.append(record)
        # The replay's fields ride on the event only: the history (the bundle's metadata)
        # stays plain numbers.
        extra = {}
        if self._recorder is not None:
            try:
                extra = self._recorder.epoch_fields(self._epoch, self.model)
            except Exception:  # noqa: BLE001  (the replay is a view: never the run's end)
                self._recorder = None
        self._emit("epoch", epochs=self._epochs, **record, **extra)
        # The best epoch is the one with the lowest validation loss; with no validation set,
        # simply the latest.
        score = record["val_loss"] if record["val_loss"] is not None else -self._epoch
        if score <= self._best_score:
            self._best_score = score
            self.best_epoch = self._epoch
            self.best_weights = self.model.get_weights()
        if self._stop.requested:
            self.model.stop_training = True
