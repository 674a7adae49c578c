"""Looking inside a bundle's network: every layer's output for one drawing, without TensorFlow.

The window must never import TensorFlow, and LiteRT only hands out the final logits (its
intermediate tensors are fused and renamed by the converter). So we read the trained weights
straight from the bundle's ``model.keras`` (a zip with ``config.json`` and
``model.weights.h5``) and run the forward pass layer by layer in NumPy. For our networks that
is a few milliseconds, cheap enough to redo on every prediction while the view is open; a test
checks every layer against Keras to 1e-4.

Reading the file is :mod:`~digitgui.core.models.keras_file`; each layer's maths is
:mod:`~digitgui.core.teaching.layers`; one unit's sums are
:mod:`~digitgui.core.teaching.neuron_details`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from digitgui.core.models.bundle import Bundle
from digitgui.core.models.calibration import temperature_of
from digitgui.core.models.inference import softmax
from digitgui.core.models.keras_file import INPUT_SHAPE, SOFTMAX, LayerSpec, read_network
from digitgui.core.teaching.layers import STEPS


@dataclass(frozen=True)
class LayerOutput:
    """What one layer did to the current input. ``output`` has Keras' shape without the batch
    axis: (H, W, C) for images and feature maps, (N,) for vectors. ``z`` is the weighted sum
    before the activation for Dense/Conv2D (the same as ``output`` when the activation is
    linear). ``in_model`` is False for the softmax that predicting adds after the logits."""

    spec: LayerSpec
    input: np.ndarray | None
    output: np.ndarray
    z: np.ndarray | None = None
    in_model: bool = True

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def kind(self) -> str:
        return self.spec.kind


class ForwardPass:
    """Every layer's output for one input, from the 28x28 pixels to the softmax."""

    def __init__(self, network: Network, pixels: np.ndarray, layers: list[LayerOutput]):
        self.network = network
        self.pixels = pixels
        self.layers = layers

    @property
    def logits(self) -> np.ndarray:
        return self.layers[-2].output

    @property
    def probabilities(self) -> np.ndarray:
        return self.layers[-1].output


class Network:
    """A bundle's trained network, read without TensorFlow, that runs in NumPy."""

    def __init__(self, layers: list[LayerSpec], name: str = "model", temperature: float = 1.0):
        self.layers = layers
        self.name = name
        self.temperature = temperature
        """The bundle's calibration: predicting takes softmax(z / T), so the view does too."""

    @classmethod
    def from_bundle(cls, bundle: Bundle) -> Network:
        network = cls.from_keras_file(bundle.keras_path)
        network.temperature = temperature_of(bundle.metadata)
        return network

    @classmethod
    def from_keras_file(cls, path: str | Path) -> Network:
        return cls(*read_network(Path(path)))

    def forward(self, pixels: np.ndarray) -> ForwardPass:
        """Run one (28, 28) or (28, 28, 1) input in [0, 1] through every layer."""
        x = np.asarray(pixels, dtype=np.float32).reshape(INPUT_SHAPE)
        outputs: list[LayerOutput] = []
        previous: np.ndarray | None = None
        # The window runs BLAS on one thread (ui/app.py): these matrices are small.
        for spec in self.layers:
            source = x if previous is None else previous
            z, out = STEPS[spec.kind](spec, source)
            outputs.append(LayerOutput(spec, previous, out, z))
            previous = out
        probabilities = softmax(previous.astype(np.float64), self.temperature).astype(np.float32)
        spec = SOFTMAX if self.temperature == 1.0 else LayerSpec(
            -1, "softmax", "Softmax", "softmax",
            {"activation": "softmax", "temperature": self.temperature})
        outputs.append(LayerOutput(spec, previous, probabilities, previous, in_model=False))
        return ForwardPass(self, x, outputs)
