"""A waiting trainer: TensorFlow loaded ahead of time, runs started by requests on stdin.

``digitgui train --serve --events jsonl`` is what the window keeps ready in the background:
it loads TensorFlow and warms it up while the person is still choosing options, says
``ready``, then reads one JSON request per line (``{"train": {...TrainConfig...}}``) and runs
each with the same engine and events as ``digitgui train``. After each run it frees the
model (``clear_session``) and says ``ready`` again. The end of its input (the window closing
the pipe, or dying) ends it; a line ``stop`` stops the current run, as for a single run.
"""

from __future__ import annotations

import gc
import json
import queue

import numpy as np

from digitgui.core.errors import QT_TRANSLATE_NOOP, UserError, message_fields
from digitgui.core.priority import lower_process
from digitgui.core.training import engine
from digitgui.core.training.config import TrainConfig
from digitgui.core.training.stop import StopRequest

_END = object()


def serve(emit: engine.Emit, stop: StopRequest) -> int:
    lower_process()  # below the window, as its worker threads run
    requests: queue.Queue = queue.Queue()
    stop.watch_stdin(lambda line: requests.put(_END if line is None else line))
    emit("status", **message_fields(QT_TRANSLATE_NOOP("Training", "Starting TensorFlow…")))
    from digitgui.core.training.tf_runtime import import_keras  # noqa: PLC0415

    keras = import_keras()
    _warm_up(keras)
    while True:
        emit("ready")
        line = requests.get()
        if line is _END or stop.parent_gone:
            return 0
        stop.reset()
        try:
            config = _request(line)
        except UserError as exc:
            emit("error", **exc.fields())
            continue
        engine.run(config, emit, stop)
        keras.backend.clear_session()  # the next run starts as fresh as a new process
        gc.collect()


def _request(line: str) -> TrainConfig:
    try:
        message = json.loads(line)
    except ValueError:
        raise UserError(f"not a training request: {line[:80]!r}") from None
    if not isinstance(message, dict) or "train" not in message:
        raise UserError("a training request is {\"train\": {...options...}}")
    return TrainConfig.from_json(message["train"])


def _warm_up(keras) -> None:
    """One step of a tiny convolutional network: TensorFlow sets up its thread pools, oneDNN
    kernels and function tracing machinery now, not on the person's first run."""
    model = keras.Sequential([
        keras.Input((28, 28, 1)),
        keras.layers.Conv2D(2, 3),
        keras.layers.BatchNormalization(),
        keras.layers.MaxPooling2D(),
        keras.layers.Flatten(),
        keras.layers.Dense(10),
    ])
    model.compile("adam", keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    model.fit(np.zeros((8, 28, 28, 1), np.float32), np.zeros(8, np.int32), verbose=0)
    keras.backend.clear_session()
