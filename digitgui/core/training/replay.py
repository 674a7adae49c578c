"""Recording a run for its replay: after every epoch, the first layer's weights and how much
each layer changed, as event fields now and as the bundle's ``replay.npz`` at the end.

It reads the Keras model only through ``layer.kernel`` (Dense and Conv2D have one), so it
needs no import of Keras itself; the format is :mod:`digitgui.core.models.replay`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from digitgui.core.models.bundle import REPLAY_FILE
from digitgui.core.models.replay import (
    MAX_FRAMES,
    Replay,
    Snapshot,
    fit_to_budget,
    relative_change,
)

BUDGET_BYTES = 1_500_000
"""The most a replay may add to a bundle: a little more than the mlp's model.keras (1 MB)."""


def kernels(model) -> list[tuple[str, np.ndarray]]:
    """(layer name, kernel) of every layer with a kernel, in order; float32 copies."""
    found = []
    for layer in model.layers:
        kernel = getattr(layer, "kernel", None)
        if kernel is not None:
            found.append((layer.name, np.array(kernel.numpy(), np.float32)))
    return found


def _short(value: float | None) -> float | None:
    return None if value is None else float(f"{value:.4g}")  # 0.03032, not 0.030323217184


@dataclass
class _Frame:
    epoch: int
    snapshot: Snapshot
    changes: list[float | None]


class ReplayRecorder:
    """Watches one run: :meth:`start_fields` before it, :meth:`epoch_fields` after each
    counted epoch, :meth:`replay_bytes` for the bundle."""

    def __init__(self, model):
        found = kernels(model)
        self.layers = tuple(name for name, _ in found)
        self._previous = dict(found)
        first, kernel = found[0]
        self._frames = [_Frame(0, Snapshot.of_kernel(first, kernel),
                               [None] * len(self.layers))]

    @classmethod
    def for_model(cls, model) -> ReplayRecorder | None:
        """A recorder, or None for a network with no layer with a kernel (nothing to show)."""
        return cls(model) if kernels(model) else None

    def start_fields(self) -> dict[str, Any]:
        """For the ``start`` event: the first layer as the run begins."""
        return {"first_layer": self._frames[0].snapshot.to_json()}

    def epoch_fields(self, epoch: int, model) -> dict[str, Any]:
        """Record the epoch that just ended; the ``epoch`` event's new fields."""
        return self.record(epoch, kernels(model))

    def record(self, epoch: int, found: list[tuple[str, np.ndarray]]) -> dict[str, Any]:
        """:meth:`epoch_fields` from the kernels themselves ((layer name, kernel) in order, as
        :func:`kernels` gives them): the NumPy path has no Keras model to read mid-run."""
        changes = [relative_change(kernel, self._previous[name]) for name, kernel in found]
        self._previous = dict(found)
        frame = _Frame(epoch, Snapshot.of_kernel(*found[0]), changes)
        self._frames.append(frame)
        if len(self._frames) > MAX_FRAMES:  # a very long run: every other older epoch goes
            self._frames = [*self._frames[:-1:2], self._frames[-1]]
        return {
            "layer_changes": [{"layer": name, "change": _short(change)}
                              for name, change in zip(self.layers, changes, strict=True)],
            "first_layer": frame.snapshot.to_json(),
        }

    def replay(self) -> Replay:
        first = self._frames[0].snapshot
        return Replay(
            first.layer, first.kind, self.layers,
            np.array([f.epoch for f in self._frames], np.int64),
            np.array([f.snapshot.scale for f in self._frames], np.float32),
            np.stack([f.snapshot.codes for f in self._frames]),
            np.array([[np.nan if c is None else c for c in f.changes] for f in self._frames],
                     np.float32),
        )

    def replay_bytes(self, budget: int = BUDGET_BYTES) -> tuple[bytes, dict[str, Any]]:
        """``replay.npz``'s bytes, and a summary for the metadata."""
        replay, data = fit_to_budget(self.replay(), budget)
        return data, {"file": REPLAY_FILE, "bytes": len(data), "bits": replay.bits,
                      "epochs": len(replay), "layer": replay.layer}
