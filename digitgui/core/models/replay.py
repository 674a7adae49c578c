"""A training run, replayable: the first layer's weights after every epoch, and how much each
layer changed in it. Plain NumPy, no TensorFlow: the window reads it, the trainer writes it.

Two forms carry the same pictures:

- a :class:`Snapshot` (one epoch's first layer) travels inline in the ``start`` and ``epoch``
  events as JSON: int8 codes with one scale (weight = code x scale), zlib, base64;
- a :class:`Replay` (every recorded epoch) is ``replay.npz`` in the model bundle. Each epoch
  keeps its own scale (the weights grow several-fold while training, and one scale for all
  would leave the first epochs a few grey levels); to compress well, each epoch's codes are
  stored as the difference from the previous epoch's codes rescaled to its scale (weights
  change by a few percent an epoch, so most differences are near zero), modulo 256.

An old bundle has no ``replay.npz``: :func:`read_replay` returns None. A damaged one raises
:class:`ReplayError`, a one-line message; the model itself loads as ever.
"""

from __future__ import annotations

import base64
import io
import math
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from digitgui.core.errors import QT_TRANSLATE_NOOP, BundleError
from digitgui.core.models.bundle import REPLAY_FILE

FORMAT_VERSION = 1
MAX_FRAMES = 128
"""Epochs a replay keeps at most: beyond, every other older one is dropped (a run of 10,000
epochs still replays from start to end, in steps)."""


class ReplayError(BundleError):
    """A replay file that cannot be read."""


def relative_change(new: np.ndarray, old: np.ndarray) -> float | None:
    """‖new − old‖ / ‖old‖: the size of an epoch's update against the weights it changed."""
    base = float(np.linalg.norm(old))
    if base == 0.0:
        return None
    # In float32, as the weights are: a tenth of the time of float64 (it runs every epoch)
    # and precise to far more digits than the replay shows.
    value = float(np.linalg.norm(np.subtract(new, old, dtype=np.float32))) / base
    return value if math.isfinite(value) else None


def quantise(values: np.ndarray, bits: int = 8) -> tuple[np.ndarray, float]:
    """Symmetric codes in [−top, top] (top = 2^(bits−1) − 1) and the scale: weight ≈ code ×
    scale, zero stays zero exactly (a diverging picture's middle colour), the error is at most
    scale / 2 = max |weight| / (2 top)."""
    top = 2 ** (bits - 1) - 1
    values = np.asarray(values, np.float32)
    largest = float(np.max(np.abs(values))) if values.size else 0.0
    scale = np.float32(largest / top if largest > 0 and math.isfinite(largest) else 1.0)
    codes = np.clip(np.rint(values / scale), -top, top).astype(np.int8)
    return codes, float(scale)


def pictures(kernel: np.ndarray) -> tuple[str, np.ndarray]:
    """A first layer's kernel as one picture a unit: a Dense on the 784 pixels gives each
    neuron's weights as 28x28 (``dense``); a convolution on the one-channel input gives each
    filter (``conv``). Returns (kind, array (units, height, width))."""
    kernel = np.asarray(kernel, np.float32)
    if kernel.ndim == 2 and kernel.shape[0] == 28 * 28:
        return "dense", kernel.T.reshape(-1, 28, 28)
    if kernel.ndim == 4:  # (height, width, channels in, filters): channels side by side
        filters = np.moveaxis(kernel, -1, 0)  # (filters, height, width, channels)
        return "conv", np.concatenate(list(np.moveaxis(filters, -1, 0)), axis=2)
    return "dense", kernel.T.reshape(kernel.shape[-1], 1, -1)


@dataclass(frozen=True)
class Snapshot:
    """One epoch's first layer: int8 codes (units, height, width) and their scale."""

    layer: str
    kind: str
    codes: np.ndarray
    scale: float

    @classmethod
    def of_kernel(cls, layer: str, kernel: np.ndarray) -> Snapshot:
        kind, values = pictures(kernel)
        codes, scale = quantise(values)
        return cls(layer, kind, codes, scale)

    def weights(self) -> np.ndarray:
        return self.codes.astype(np.float32) * np.float32(self.scale)

    def to_json(self) -> dict[str, Any]:
        # Stored, not squeezed: weights barely compress (a tenth) and zlib took a quarter of a
        # millisecond an epoch, 2 % of a `seed` epoch on the NumPy path.
        data = zlib.compress(np.ascontiguousarray(self.codes).tobytes(), 0)
        return {"layer": self.layer, "kind": self.kind, "shape": list(self.codes.shape),
                "scale": self.scale, "data": base64.b64encode(data).decode("ascii")}

    @classmethod
    def from_json(cls, value: Any) -> Snapshot:
        """The event field back; ReplayError if it is not one."""
        try:
            shape = tuple(int(n) for n in value["shape"])
            raw = zlib.decompress(base64.b64decode(value["data"], validate=True))
            codes = np.frombuffer(raw, np.int8).reshape(shape)
            return cls(str(value["layer"]), str(value["kind"]), codes, float(value["scale"]))
        except (KeyError, TypeError, ValueError, zlib.error) as exc:
            raise ReplayError(QT_TRANSLATE_NOOP("Replay", "not a first-layer snapshot ({kind})"),
                              kind=type(exc).__name__) from None


@dataclass(frozen=True)
class Replay:
    """Every recorded epoch of a run: ``codes[i] * scales[i]`` are the first layer's weights
    after epoch ``epochs[i]`` (0: before training), ``changes[i, j]`` the relative change of
    ``layers[j]`` in that epoch (NaN for epoch 0)."""

    layer: str
    kind: str
    layers: tuple[str, ...]
    epochs: np.ndarray
    scales: np.ndarray
    codes: np.ndarray
    changes: np.ndarray
    bits: int = 8

    def __len__(self) -> int:
        return len(self.epochs)

    def snapshot(self, index: int) -> Snapshot:
        return Snapshot(self.layer, self.kind, self.codes[index], float(self.scales[index]))

    def weights(self, index: int) -> np.ndarray:
        return self.snapshot(index).weights()

    def layer_changes(self, index: int) -> dict[str, float | None]:
        return {name: None if not math.isfinite(v) else float(v)
                for name, v in zip(self.layers, self.changes[index], strict=True)}

    def requantised(self, bits: int) -> Replay:
        """The same epochs at fewer bits a weight (smaller, coarser)."""
        if bits == self.bits:
            return self
        pairs = [quantise(self.weights(i), bits) for i in range(len(self))]
        return Replay(self.layer, self.kind, self.layers, self.epochs,
                      np.array([s for _, s in pairs], np.float32),
                      np.stack([c for c, _ in pairs]), self.changes, bits)

    def thinned(self) -> Replay:
        """Every other epoch, always keeping the first and the last."""
        keep = sorted({*range(0, len(self), 2), len(self) - 1})
        return Replay(self.layer, self.kind, self.layers, self.epochs[keep], self.scales[keep],
                      self.codes[keep], self.changes[keep], self.bits)


def _predictions(previous: np.ndarray, ratio: float, top: int) -> np.ndarray:
    """The previous epoch's codes on this epoch's scale: what the encoder subtracts and the
    decoder adds back, computed alike on both sides."""
    return np.clip(np.rint(previous.astype(np.float64) * ratio), -top, top).astype(np.int16)


def encode(replay: Replay) -> bytes:
    """The ``replay.npz`` file's bytes."""
    top = 2 ** (replay.bits - 1) - 1
    scales = np.asarray(replay.scales, np.float32)
    residuals = np.empty(replay.codes.shape, np.uint8)
    for i, codes in enumerate(replay.codes):
        guess = 0 if i == 0 else _predictions(replay.codes[i - 1],
                                              float(scales[i - 1]) / float(scales[i]), top)
        residuals[i] = ((codes.astype(np.int16) - guess) & 0xFF).astype(np.uint8)
    buffer = io.BytesIO()
    np.savez_compressed(
        buffer, format=np.int32(FORMAT_VERSION), layer=np.str_(replay.layer),
        kind=np.str_(replay.kind), layers=np.array(replay.layers, dtype=np.str_),
        epochs=np.asarray(replay.epochs, np.int32), scales=scales, residuals=residuals,
        changes=np.asarray(replay.changes, np.float32), bits=np.int32(replay.bits))
    return buffer.getvalue()


def decode(source: bytes | Path) -> Replay:
    """A replay from ``replay.npz`` (its bytes or its path); ReplayError if it is damaged."""
    where = source if isinstance(source, Path) else None
    try:
        with np.load(io.BytesIO(source) if isinstance(source, bytes) else source,
                     allow_pickle=False) as data:
            if int(data["format"]) > FORMAT_VERSION:
                raise ReplayError(QT_TRANSLATE_NOOP("Replay",
                    "replay.npz was made by a newer digitgui"), where)
            bits = int(data["bits"])
            top = 2 ** (bits - 1) - 1
            scales = data["scales"].astype(np.float32)
            residuals = data["residuals"]
            epochs, changes = data["epochs"], data["changes"].astype(np.float32)
            layers = tuple(str(name) for name in data["layers"])
            layer, kind = str(data["layer"]), str(data["kind"])
    except ReplayError:
        raise
    except Exception as exc:  # noqa: BLE001  (zip, zlib, NumPy and key errors alike)
        reason = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else ""
        raise ReplayError(QT_TRANSLATE_NOOP("Replay",
            "replay.npz is damaged ({kind}{reason})"), where,
            kind=type(exc).__name__, reason=": " + reason if reason else "") from None
    frames = len(epochs)
    if not (1 <= bits <= 8 and residuals.ndim == 4 and len(residuals) == frames == len(scales)
            and changes.shape == (frames, len(layers)) and np.all(scales > 0)):
        raise ReplayError(QT_TRANSLATE_NOOP("Replay",
            "replay.npz is damaged (its arrays do not fit together)"), where)
    codes = np.empty(residuals.shape, np.int8)
    for i in range(frames):
        guess = 0 if i == 0 else _predictions(codes[i - 1],
                                              float(scales[i - 1]) / float(scales[i]), top)
        # Back from modulo 256: the true code is in [−top, top], within int8.
        codes[i] = (((residuals[i].astype(np.int16) + guess + 128) & 0xFF) - 128).astype(np.int8)
    return Replay(layer, kind, layers, epochs.astype(np.int64), scales, codes, changes, bits)


def read_replay(bundle_folder: str | Path) -> Replay | None:
    """The bundle's replay; None if it has none (made before replays, or by another tool)."""
    path = Path(bundle_folder) / REPLAY_FILE
    if not path.is_file():
        return None
    return decode(path)


def fit_to_budget(replay: Replay, budget: int) -> tuple[Replay, bytes]:
    """The finest form within ``budget`` bytes: 8 bits a weight if it fits, else fewer (down to
    5: still 31 shades either side of zero), else fewer epochs."""
    while True:
        for bits in (8, 7, 6, 5):
            smaller = replay.requantised(bits)
            data = encode(smaller)
            if len(data) <= budget:
                return smaller, data
        if len(replay) <= 2:
            return smaller, data
        replay = replay.thinned()
