"""Where training events go: a JSON-lines stream for the window, or a summary for people.

Events are dicts with an ``"event"`` key: ``status``, ``start``, ``batch``, ``epoch``,
``saved``, and finally one of ``done``, ``stopped`` or ``error``; a waiting trainer
(``--serve``) also says ``ready`` whenever it can take a request. Epochs and steps count from 1.
A ``batch`` event's loss and accuracy are the means over the batches since the previous batch
event (they come at most every 50 ms); the first, step 0, is the network's before any training
(on one batch). An ``epoch`` event's are the whole epoch's.

For the training replay, ``start`` and ``epoch`` also carry ``first_layer`` (the first layer's
weights, a :class:`digitgui.core.models.replay.Snapshot` as JSON) and ``epoch`` carries
``layer_changes`` (each kernel's relative change over the epoch); see the README's event list.
The human summary leaves them out.
"""

from __future__ import annotations

import json
import math
import sys
import threading
from typing import IO, Any


def _clean(value: Any) -> Any:
    """JSON has no NaN or infinity: those become null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


class JsonLinesSink:
    """One JSON object per line, flushed at once, so the reader sees each event as it happens."""

    def __init__(self, stream: IO[str]):
        self._stream = stream
        self._lock = threading.Lock()

    def emit(self, event: str, **fields: Any) -> None:
        line = json.dumps(_clean({"event": event, **fields}), separators=(",", ":"))
        with self._lock:
            try:
                self._stream.write(line + "\n")
                self._stream.flush()
            except (BrokenPipeError, OSError, ValueError):
                pass  # the reader has gone; training still finishes and saves


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.2f} %"


def end_text(kind: str, event: dict[str, Any]) -> str:
    """The one sentence that says how a run ended, for the terminal and the window alike."""
    if event.get("message"):
        return str(event["message"])
    if kind == "done":
        accuracy = event.get("val_accuracy")
        return "Done" + ("" if accuracy is None else
                         f": validation accuracy {_percent(accuracy)}") + "."
    return f"Training ended ({kind})."


class HumanSink:
    """A short progress summary for a terminal: one line per epoch."""

    def __init__(self, stream: IO[str] | None = None):
        self._stream = stream or sys.stdout

    def _print(self, text: str) -> None:
        print(text, file=self._stream, flush=True)

    def emit(self, event: str, **fields: Any) -> None:
        if event == "status":
            self._print(fields["message"])
        elif event == "start":
            config, data = fields["config"], fields["data"]
            spec = config.get("spec") or {}
            network = spec.get("name", config["network"])  # a design: its own name
            self._print(
                f"Training {network} on {data['train']} images "
                f"({data['validation']} held out for validation), {config['epochs']} epochs "
                f"of {fields['steps_per_epoch']} batches of {config['batch_size']}"
            )
        elif event == "epoch":
            self._print(
                f"epoch {fields['epoch']:>3}/{fields['epochs']}: loss {fields['loss']:.4f}, "
                f"accuracy {_percent(fields['accuracy'])}, validation loss "
                f"{'-' if fields.get('val_loss') is None else format(fields['val_loss'], '.4f')}"
                f", validation accuracy {_percent(fields.get('val_accuracy'))} "
                f"({fields['seconds']:.1f} s)"
            )
        elif event == "saved":
            self._print(f"Saved the model bundle to {fields['path']}")
        elif event in ("done", "stopped"):
            self._print(end_text(event, fields))
        elif event == "error":
            print(f"digitgui train: {fields['message']}", file=sys.stderr, flush=True)
