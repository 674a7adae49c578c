"""Looking inside a bundle's network: every layer's output for one drawing, without TensorFlow.

The window must never import TensorFlow, and LiteRT only hands out the final logits (its
intermediate tensors are fused and renamed by the converter). So we read the trained weights
straight from the bundle's ``model.keras`` (a zip with ``config.json`` and
``model.weights.h5``) and run the forward pass layer by layer in NumPy. For our networks that
is a few milliseconds, cheap enough to redo on every prediction while the view is open; a test
checks every layer against Keras to 1e-4.

Only the layer types our networks use are known; anything else (a foreign model) is a clear
:class:`~digitgui.core.errors.BundleError`, never a wrong picture.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import h5py
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from digitgui.core.bundle import KERAS_FILE, Bundle
from digitgui.core.calibration import temperature_of
from digitgui.core.errors import BundleError
from digitgui.core.inference import softmax

INPUT_SHAPE = (28, 28, 1)

KINDS: dict[str, str] = {
    "InputLayer": "input",
    # Training-only layers: at inference they hand their input on untouched.
    "RandomStrokeWidth": "identity",
    "RandomHandwriting": "identity",
    "Dropout": "identity",
    "Flatten": "flatten",
    "Dense": "dense",
    "Conv2D": "conv2d",
    "BatchNormalization": "batchnorm",
    "ReLU": "relu",
    "Activation": "activation",
    "MaxPooling2D": "maxpool",
}
"""The Keras layer classes we can run, and what kind of step each is."""


def relu(x: np.ndarray) -> np.ndarray:
    return np.maximum(x, 0, dtype=np.float32)


def sigmoid(x: np.ndarray) -> np.ndarray:
    # exp of a negative number only: never overflows, whatever the sign of x
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1 / (1 + e), e / (1 + e)).astype(np.float32)


ACTIVATIONS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "linear": lambda x: x,
    "relu": relu,
    "sigmoid": sigmoid,
    "tanh": np.tanh,
    "softmax": softmax,
}


@dataclass(frozen=True)
class LayerSpec:
    """One layer as the file describes it: its config and its trained parameters by name
    (``kernel``, ``bias``, ``gamma``, ``beta``, ``moving_mean``, ``moving_variance``)."""

    index: int
    name: str
    class_name: str
    kind: str
    config: dict[str, Any]
    params: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def activation(self) -> str:
        """The activation applied after a Dense/Conv2D's weighted sum ('linear': none)."""
        if self.kind in ("dense", "conv2d", "activation"):
            return str(self.config.get("activation", "linear"))
        return "relu" if self.kind == "relu" else "linear"

    @cached_property
    def kernel64(self) -> np.ndarray:
        """A Dense kernel in float64: its long sums (6,272 terms in the cnn) then add no
        rounding of ours to Keras' own float32 rounding (cheap: one vector a layer)."""
        return self.params["kernel"].astype(np.float64)

    @property
    def parameter_count(self) -> int:
        return int(sum(p.size for p in self.params.values()))

    @property
    def trainable_parameter_count(self) -> int:
        """Weights and biases (and batch norm's gamma/beta) that training changes; the moving
        averages are statistics, not learnt by gradient descent."""
        return int(sum(p.size for k, p in self.params.items() if not k.startswith("moving_")))


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

    def neuron(self, layer: int, position: tuple[int, ...]):
        """The details of one unit (see :mod:`digitgui.core.neuron_details`)."""
        from digitgui.core.neuron_details import details  # noqa: PLC0415  (avoids a cycle)

        return details(self, layer, tuple(int(p) for p in position))


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
        path = Path(path)
        if not path.is_file():
            raise BundleError(f"has no {KERAS_FILE}, so its layers cannot be shown", path.parent)
        try:
            with zipfile.ZipFile(path) as archive:
                config = json.loads(archive.read("config.json"))
                weights = _read_weights(archive.read("model.weights.h5"))
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            raise BundleError(f"{KERAS_FILE} is damaged or not a Keras 3 archive ({exc})",
                              path.parent) from None
        return cls(_layer_specs(config, weights, path.parent),
                   str(config.get("config", {}).get("name", "model")))

    def forward(self, pixels: np.ndarray) -> ForwardPass:
        """Run one (28, 28) or (28, 28, 1) input in [0, 1] through every layer."""
        x = np.asarray(pixels, dtype=np.float32).reshape(INPUT_SHAPE)
        outputs: list[LayerOutput] = []
        previous: np.ndarray | None = None
        with _one_blas_thread():
            for spec in self.layers:
                source = x if previous is None else previous
                z, out = _STEPS[spec.kind](spec, source)
                outputs.append(LayerOutput(spec, previous, out, z))
                previous = out
        probabilities = softmax(previous.astype(np.float64), self.temperature).astype(np.float32)
        spec = SOFTMAX if self.temperature == 1.0 else LayerSpec(
            -1, "softmax", "Softmax", "softmax",
            {"activation": "softmax", "temperature": self.temperature})
        outputs.append(LayerOutput(spec, previous, probabilities, previous, in_model=False))
        return ForwardPass(self, x, outputs)


def _one_blas_thread() -> contextlib.AbstractContextManager:
    """BLAS limited to one thread for the duration of a forward pass, where threadpoolctl is
    installed. Our matrices are small: OpenBLAS's threads cost more in hand-offs than they
    save, and on a busy machine (training running beside the window) they made a 1.5 ms
    forward pass take 10 to 70 ms."""
    global _CONTROLLER
    if _CONTROLLER is None:
        try:
            from threadpoolctl import ThreadpoolController  # noqa: PLC0415  (optional)
        except ImportError:
            _CONTROLLER = False
        else:
            _CONTROLLER = ThreadpoolController()
    if _CONTROLLER is False:
        return contextlib.nullcontext()
    return _CONTROLLER.limit(limits=1, user_api="blas")


_CONTROLLER: Any = None


SOFTMAX = LayerSpec(-1, "softmax", "Softmax", "softmax", {"activation": "softmax"})
"""The softmax that turns the logits into probabilities when predicting (not a model layer:
training applies it inside the loss, ``from_logits=True``)."""


# ---- reading model.keras ---------------------------------------------------------------------
def _snake_case(name: str) -> str:
    """Keras' own ``to_snake_case``: how model.weights.h5 names each layer's group."""
    name = re.sub(r"\W+", "", name)
    name = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub("([a-z])([A-Z])", r"\1_\2", name).lower()


def _read_weights(data: bytes) -> dict[str, list[np.ndarray]]:
    """Each layer group of model.weights.h5 and its variables, in their saved order."""
    found: dict[str, list[np.ndarray]] = {}
    with h5py.File(io.BytesIO(data), "r") as h5:
        layers = h5.get("layers")
        if layers is None:
            raise ValueError("model.weights.h5 has no layers group")
        for group_name, group in layers.items():
            variables = group.get("vars", {})
            found[group_name] = [np.asarray(variables[key], dtype=np.float32)
                                 for key in sorted(variables, key=int)]
    return found


_PARAM_NAMES = {
    "dense": lambda c: ["kernel"] + (["bias"] if c.get("use_bias", True) else []),
    "conv2d": lambda c: ["kernel"] + (["bias"] if c.get("use_bias", True) else []),
    "batchnorm": lambda c: (["gamma"] if c.get("scale", True) else [])
    + (["beta"] if c.get("center", True) else []) + ["moving_mean", "moving_variance"],
}


def _layer_specs(config: dict, weights: dict[str, list[np.ndarray]], where: Path
                 ) -> list[LayerSpec]:
    model = config.get("config", {})
    entries = model.get("layers")
    if config.get("class_name") not in ("Functional", "Sequential") or not entries:
        raise BundleError("model.keras is not a Keras Functional or Sequential model", where)
    used: dict[str, int] = {}
    specs: list[LayerSpec] = []
    for index, entry in enumerate(entries):
        class_name = entry.get("class_name", "?")
        layer_config = entry.get("config", {})
        name = str(entry.get("name") or layer_config.get("name") or class_name)
        kind = KINDS.get(class_name)
        if kind is None:
            raise BundleError(f"layer {name!r} is a {class_name}, which the network view does "
                              "not know (it shows digitgui's own networks)", where)
        _check_chain(entry, specs, config.get("class_name"), where)
        # Keras names weight groups by class (conv2d, conv2d_1, ...) in layer order.
        group = _snake_case(class_name)
        count = used.get(group, -1) + 1
        used[group] = count
        group = group if count == 0 else f"{group}_{count}"
        names = _PARAM_NAMES.get(kind, lambda c: [])(layer_config)
        arrays = weights.get(group, [])
        if len(arrays) != len(names):
            raise BundleError(f"layer {name!r} has {len(arrays)} weight arrays in "
                              f"model.weights.h5, expected {len(names)}", where)
        spec = LayerSpec(index, name, class_name, kind, layer_config,
                         dict(zip(names, arrays, strict=True)))
        _check_supported(spec, where)
        specs.append(spec)
    if specs[0].kind != "input":
        specs.insert(0, LayerSpec(0, "input", "InputLayer", "input", {}))
    return specs


def _check_chain(entry: dict, previous: list[LayerSpec], model_class: str, where: Path) -> None:
    """The view shows a plain chain of layers: each one must take the one before it."""
    if model_class != "Functional" or not previous:
        return
    nodes = entry.get("inbound_nodes") or []
    args = nodes[0].get("args", []) if len(nodes) == 1 else []
    history = args[0].get("config", {}).get("keras_history") if len(args) == 1 else None
    if not history or history[0] != previous[-1].name:
        raise BundleError(f"layer {entry.get('name')!r} does not simply follow the layer before "
                          "it; the network view shows plain chains of layers only", where)


def _check_supported(spec: LayerSpec, where: Path) -> None:
    c = spec.config
    problem = None
    if spec.kind == "input":
        shape = tuple(c.get("batch_shape") or c.get("batch_input_shape") or [None, *INPUT_SHAPE])
        if shape[1:] != INPUT_SHAPE:
            problem = f"takes {shape[1:]} inputs, not 28x28x1 images"
    elif spec.kind in ("dense", "conv2d", "activation"):
        if spec.activation not in ACTIVATIONS:
            problem = f"uses the activation {c.get('activation')!r}"
    if spec.kind == "conv2d" and (c.get("data_format", "channels_last") != "channels_last"
                                  or tuple(c.get("dilation_rate", (1, 1))) != (1, 1)
                                  or c.get("groups", 1) != 1):
        problem = "is a dilated, grouped or channels-first convolution"
    if spec.kind == "relu" and c.get("max_value") is not None and c.get("max_value") <= 0:
        problem = "is a ReLU with a non-positive maximum"
    if spec.kind == "batchnorm" and c.get("axis", -1) not in (-1, 3, [-1], [3]):
        problem = "normalises along an axis other than the channels"
    if problem:
        raise BundleError(f"layer {spec.name!r} {problem}, which the network view does not "
                          "support", where)


# ---- the forward pass, one step per kind of layer -------------------------------------------
Step = Callable[[LayerSpec, np.ndarray], tuple[np.ndarray | None, np.ndarray]]


def same_padding(size: int, kernel: int, stride: int) -> tuple[int, int]:
    """TensorFlow's 'same' padding: the extra pixel, if odd, goes after (bottom/right)."""
    out = -(-size // stride)
    total = max((out - 1) * stride + kernel - size, 0)
    return total // 2, total - total // 2


def _pad(x: np.ndarray, kernel: tuple[int, int], strides: tuple[int, int], padding: str,
         value: float = 0.0) -> np.ndarray:
    if padding != "same":
        return x
    top, bottom = same_padding(x.shape[0], kernel[0], strides[0])
    left, right = same_padding(x.shape[1], kernel[1], strides[1])
    return np.pad(x, ((top, bottom), (left, right), (0, 0)), constant_values=value)


def patches(spec: LayerSpec, x: np.ndarray) -> np.ndarray:
    """The receptive field of every output position of a Conv2D: (H_out, W_out, kh, kw, C).
    A view on the padded input (no copy), which is also what neuron details show."""
    kh, kw = spec.params["kernel"].shape[:2]
    strides = tuple(spec.config.get("strides", (1, 1)))
    padded = _pad(x, (kh, kw), strides, spec.config.get("padding", "valid"))
    windows = sliding_window_view(padded, (kh, kw), axis=(0, 1))  # (H', W', C, kh, kw)
    return windows[:: strides[0], :: strides[1]].transpose(0, 1, 3, 4, 2)


def _conv2d(spec: LayerSpec, x: np.ndarray):
    kernel = spec.params["kernel"]  # (kh, kw, C_in, C_out)
    fields = patches(spec, x)
    rows, cols = fields.shape[:2]
    # im2col: one matrix product for the whole layer instead of a Python loop per pixel
    z = fields.reshape(rows * cols, -1) @ kernel.reshape(-1, kernel.shape[-1])
    if "bias" in spec.params:
        z += spec.params["bias"]
    z = z.reshape(rows, cols, -1).astype(np.float32, copy=False)
    return z, ACTIVATIONS[spec.activation](z)


def _dense(spec: LayerSpec, x: np.ndarray):
    if x.ndim != 1:
        raise BundleError(f"layer {spec.name!r} is a Dense layer on a {x.shape} tensor; the "
                          "network view needs a Flatten before it")
    z = x.astype(np.float64) @ spec.kernel64
    if "bias" in spec.params:
        z = z + spec.params["bias"]
    z = z.astype(np.float32, copy=False)
    return z, ACTIVATIONS[spec.activation](z)


def batchnorm_scale_shift(spec: LayerSpec) -> tuple[np.ndarray, np.ndarray]:
    """Batch normalisation at inference is ``y = x * scale + shift`` per channel, with
    scale = gamma / sqrt(moving_variance + epsilon), shift = beta - moving_mean * scale."""
    p = spec.params
    scale = 1.0 / np.sqrt(p["moving_variance"] + np.float32(spec.config.get("epsilon", 1e-3)))
    if "gamma" in p:
        scale = scale * p["gamma"]
    shift = -p["moving_mean"] * scale
    if "beta" in p:
        shift = shift + p["beta"]
    return scale.astype(np.float32), shift.astype(np.float32)


def _batchnorm(spec: LayerSpec, x: np.ndarray):
    scale, shift = batchnorm_scale_shift(spec)
    return None, (x * scale + shift).astype(np.float32, copy=False)


def relu_layer(spec: LayerSpec, x: np.ndarray) -> np.ndarray:
    """Keras' ReLU layer with its options (all default in our networks: max(0, x))."""
    c = spec.config
    threshold = np.float32(c.get("threshold", 0.0) or 0.0)
    slope = np.float32(c.get("negative_slope", 0.0) or 0.0)
    out = np.where(x >= threshold, x, slope * (x - threshold)).astype(np.float32)
    if c.get("max_value") is not None:
        out = np.minimum(out, np.float32(c["max_value"]))
    return out


def pool_windows(spec: LayerSpec, x: np.ndarray) -> np.ndarray:
    """Every pooling window: (H_out, W_out, C, ph, pw)."""
    size = tuple(spec.config.get("pool_size") or (2, 2))
    strides = tuple(spec.config.get("strides") or size)
    padded = _pad(x, size, strides, spec.config.get("padding", "valid"), value=-np.inf)
    return sliding_window_view(padded, size, axis=(0, 1))[:: strides[0], :: strides[1]]


_STEPS: dict[str, Step] = {
    "input": lambda spec, x: (None, x),
    "identity": lambda spec, x: (None, x),
    "flatten": lambda spec, x: (None, x.reshape(-1)),
    "dense": _dense,
    "conv2d": _conv2d,
    "batchnorm": _batchnorm,
    "relu": lambda spec, x: (None, relu_layer(spec, x)),
    "activation": lambda spec, x: (None, ACTIVATIONS[spec.activation](x)),
    "maxpool": lambda spec, x: (None, pool_windows(spec, x).max(axis=(-2, -1))),
}
