"""The neuron lab and the map of the last hidden layer, in NumPy.

- **Switching neurons off**: a dense layer's chosen units output 0 (as a ReLU unit that does
  not fire), and every layer after them computes on: what the network reads now, and how
  accurate it still is.
- **The map**: the last hidden layer's values for many validation images, projected onto
  their two main directions (PCA, by SVD), so that images the network finds alike lie close
  together; a new drawing is projected the same way and lands among its kind (or not).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from digitgui.core.models.inference import softmax
from digitgui.core.teaching.introspection import Network
from digitgui.core.teaching.layers import STEPS

_FOLLOWERS = ("batchnorm", "relu", "activation", "identity")
"""Layers that act on each unit of the layer before them on its own: a dense unit's output is
taken after them (the cnn's dense layer is Dense, BatchNormalization, ReLU)."""


@dataclass(frozen=True)
class UnitLayer:
    """A dense layer whose units can be switched off: its name, its unit count, and the index
    of the layer whose output is the units' final value."""

    name: str
    units: int
    output_index: int


def unit_layers(network: Network) -> list[UnitLayer]:
    """The hidden dense layers (not the logits), with where their units' values end."""
    layers = network.layers
    found = []
    for index, spec in enumerate(layers[:-1]):
        if spec.kind != "dense":
            continue
        end = index
        while end + 1 < len(layers) - 1 and layers[end + 1].kind in _FOLLOWERS:
            end += 1
        found.append(UnitLayer(spec.name, int(spec.params["kernel"].shape[1]), end))
    return found


def logits(network: Network, pixels: np.ndarray,
           off: dict[int, np.ndarray] | None = None, keep: int | None = None):
    """The logits of one (28, 28) input with the units in ``off`` ({layer index: unit
    indices}) switched off; with ``keep``, also that layer's output (the map's features)."""
    x = np.asarray(pixels, dtype=np.float32).reshape(28, 28, 1)
    kept = None
    # The window runs BLAS on one thread (ui/app.py): these matrices are small.
    for index, spec in enumerate(network.layers):
        _z, x = STEPS[spec.kind](spec, x)
        if off and index in off and len(off[index]):
            x = x.copy()
            x[off[index]] = 0.0
        if index == keep:
            kept = np.asarray(x, dtype=np.float32).copy()
    return (x, kept) if keep is not None else x


def accuracy(network: Network, images: np.ndarray, labels: np.ndarray,
             off: dict[int, np.ndarray] | None = None) -> float:
    """The share of ``images`` read right with the units in ``off`` switched off."""
    if not len(images):
        return 0.0
    predicted = [int(np.argmax(logits(network, image, off))) for image in images]
    return float(np.mean(np.asarray(predicted) == labels))


def probabilities(network: Network, pixels: np.ndarray, off: dict[int, np.ndarray] | None,
                  temperature: float) -> np.ndarray:
    """softmax(z / T) of one input, some units off: the bars under the lab's sliders."""
    return softmax(np.asarray(logits(network, pixels, off), dtype=np.float64), temperature)


def last_hidden(network: Network) -> int | None:
    """The index of the last hidden layer's values (what the logits layer reads)."""
    layers = unit_layers(network)
    return layers[-1].output_index if layers else None


@dataclass(frozen=True)
class Map:
    """Validation images placed by the last hidden layer's two main directions."""

    points: np.ndarray
    """(N, 2): each image's place."""
    labels: np.ndarray
    mean: np.ndarray
    axes: np.ndarray
    """(2, D): the two directions."""
    explained: tuple[float, float]
    """The share of the variance each direction explains."""
    layer: int

    def place(self, features: np.ndarray) -> np.ndarray:
        """Where one image's features land on the map."""
        return (np.asarray(features, dtype=np.float64).reshape(-1) - self.mean) @ self.axes.T


def build_map(network: Network, images: np.ndarray, labels: np.ndarray) -> Map | None:
    """The PCA map of the last hidden layer (None for a network without a hidden dense
    layer)."""
    layer = last_hidden(network)
    if layer is None or not len(images):
        return None
    features = np.stack([logits(network, image, keep=layer)[1].reshape(-1)
                         for image in images]).astype(np.float64)
    mean = features.mean(axis=0)
    centred = features - mean
    _u, singular, vt = np.linalg.svd(centred, full_matrices=False)
    axes = vt[:2]
    variance = singular ** 2
    explained = tuple(float(v / variance.sum()) for v in variance[:2]) if variance.sum() else (
        0.0, 0.0)
    return Map(centred @ axes.T, np.asarray(labels), mean, axes, explained, layer)
