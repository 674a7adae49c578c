"""One unit of one layer, explained with its own numbers.

For a neuron of a Dense layer (or one position of a convolution's feature map) that is its
weighted sum z = w·x + b, its activation a = g(z), and which inputs pushed z up or down the
most (the largest positive and negative products w_i·x_i). For the first Dense layer, whose
inputs are the 784 pixels, its weights also make a 28x28 picture: the stroke pattern that
excites it. Batch normalisation, ReLU, max pooling and softmax units get their own formula's
numbers. Everything is computed from the same arrays the forward pass used, so the
explanation and the picture always agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from digitgui.core.models.keras_file import INPUT_SHAPE
from digitgui.core.teaching.introspection import ForwardPass, LayerOutput
from digitgui.core.teaching.layers import batchnorm_scale_shift, patches, pool_windows, same_padding

TOP_TERMS = 5
"""How many inputs are listed as pushing a unit up, and as pushing it down."""


@dataclass(frozen=True)
class Term:
    """One input's share of a weighted sum: x_i·w_i."""

    index: int
    label: str
    x: float
    w: float

    @property
    def product(self) -> float:
        return self.x * self.w


@dataclass(frozen=True)
class NeuronDetails:
    """Everything the neuron panel shows about one unit. Fields that do not apply to the
    layer's kind are None (or empty)."""

    layer_index: int
    layer: str
    kind: str
    position: tuple[int, ...]
    label: str
    value: float
    """a: what the unit hands to the next layer."""
    # Weighted sums (Dense, Conv2D): z = w·x + b, a = g(z).
    z: float | None = None
    bias: float | None = None
    """None when the layer has no bias (a batch normalisation after it provides the shift)."""
    activation: str = "linear"
    weights: np.ndarray | None = None
    inputs: np.ndarray | None = None
    input_labels: tuple[str, ...] = ()
    """Only for weighted sums with few inputs (at most 32), to write the whole sum out."""
    pushes_up: tuple[Term, ...] = ()
    pushes_down: tuple[Term, ...] = ()
    weights_picture: np.ndarray | None = None
    """(28, 28): the weights of a unit whose inputs are the pixels, one per pixel."""
    contributions_picture: np.ndarray | None = None
    """(28, 28): w_i·x_i per pixel for the same unit."""
    kernel: np.ndarray | None = None
    """Conv2D: the filter, (kh, kw, C_in)."""
    receptive_field: np.ndarray | None = None
    """Conv2D: the input patch the filter was laid on, (kh, kw, C_in)."""
    feature_map: np.ndarray | None = None
    """For units of (H, W, C) layers: the whole (H, W) map the unit belongs to."""
    # Element-wise steps (identity, BatchNormalization, ReLU, MaxPooling2D, softmax).
    x: float | None = None
    params: dict[str, float] = field(default_factory=dict)
    window: np.ndarray | None = None
    logits: np.ndarray | None = None

    @property
    def positive_sum(self) -> float:
        """Σ w_i·x_i over the inputs that push z up."""
        products = self.weights * self.inputs
        return float(products[products > 0].sum(dtype=np.float64))

    @property
    def negative_sum(self) -> float:
        products = self.weights * self.inputs
        return float(products[products < 0].sum(dtype=np.float64))


UNIT_WORDS: dict[str, str] = {
    "probability": "P(digit {digit})",
    "pixel": "pixel ({row}, {col})",
    "map": "{name} map {channel} at ({row}, {col})",
    "logit": "logit of digit {digit}",
    "unit": "{name} #{index}",
    "padding": "padding (0) beyond the edge",
}
"""How units are named, as templates. The window puts in its own language's (once, at start:
the language is chosen for a whole session); the command line and tests keep English."""


_ENGLISH = dict(UNIT_WORDS)


def use_unit_words(words: dict[str, str] | None) -> None:
    """Name units with these templates (same keys and placeholders as :data:`UNIT_WORDS`);
    None: English again."""
    UNIT_WORDS.update(_ENGLISH if words is None else words)


def unit_label(fp: ForwardPass, layer: int, position: tuple[int, ...]) -> str:
    """A human name for one value of a layer's output, e.g. 'pixel (12, 7)', 'hidden_1 #3',
    'block1_relu1 map 5 at (2, 3)'. Pass-through layers name the value they pass on."""
    out, words = fp.layers[layer], UNIT_WORDS
    if out.kind == "softmax":
        return words["probability"].format(digit=position[0])
    if out.kind == "input":
        return words["pixel"].format(row=position[0], col=position[1])
    if out.kind == "identity" and layer > 0:
        return unit_label(fp, layer - 1, position)
    if out.kind == "flatten" and out.input is not None:
        return unit_label(fp, layer - 1, np.unravel_index(position[0], out.input.shape))
    if out.output.ndim == 3:
        return words["map"].format(name=out.name, channel=position[2], row=position[0],
                                   col=position[1])
    if layer == len(fp.layers) - 2:
        return words["logit"].format(digit=position[0])
    return words["unit"].format(name=out.name, index=position[0])


def _input_label(fp: ForwardPass, layer: int, flat_index: int) -> str:
    previous = fp.layers[layer - 1].output
    return unit_label(fp, layer - 1, tuple(np.unravel_index(flat_index, previous.shape)))


def _reads_pixels(fp: ForwardPass, layer: int) -> bool:
    """Whether a Dense layer's inputs are the 784 input pixels (through Flatten and
    pass-through layers only), so that its weights can be drawn as a 28x28 picture."""
    for earlier in range(layer - 1, -1, -1):
        kind = fp.layers[earlier].kind
        if kind == "input":
            return True
        if kind not in ("identity", "flatten"):
            return False
    return False


def _terms(weights: np.ndarray, inputs: np.ndarray, label) -> tuple[tuple[Term, ...], ...]:
    products = weights * inputs
    order = np.argsort(products)
    up = [i for i in order[::-1][:TOP_TERMS] if products[i] > 0]
    down = [i for i in order[:TOP_TERMS] if products[i] < 0]
    make = lambda i: Term(int(i), label(int(i)), float(inputs[i]), float(weights[i]))  # noqa: E731
    return tuple(map(make, up)), tuple(map(make, down))


def details(fp: ForwardPass, layer: int, position: tuple[int, ...]) -> NeuronDetails:
    """The details of the unit at ``position`` ((j,) or (row, col, channel)) of ``layer``."""
    position = tuple(int(p) for p in position)
    if not 0 <= layer < len(fp.layers):
        raise IndexError(f"no layer {layer}")
    out = fp.layers[layer]
    if len(position) != out.output.ndim or any(
        not 0 <= p < n for p, n in zip(position, out.output.shape, strict=True)
    ):
        raise IndexError(f"{out.name} has no unit at {position} (its shape is "
                         f"{out.output.shape})")
    base = dict(layer_index=layer, layer=out.name, kind=out.kind, position=position,
                label=unit_label(fp, layer, position), value=float(out.output[position]))
    if out.output.ndim == 3:
        base["feature_map"] = out.output[..., position[2]]
    if out.kind == "dense":
        return _dense(fp, layer, out, position, base)
    if out.kind == "conv2d":
        return _conv(fp, layer, out, position, base)
    x = None if out.input is None else out.input
    if out.kind == "batchnorm":
        channel = position[-1]
        scale, shift = batchnorm_scale_shift(out.spec)
        p = out.spec.params
        params = {
            "mean": float(p["moving_mean"][channel]),
            "variance": float(p["moving_variance"][channel]),
            "epsilon": float(out.spec.config.get("epsilon", 1e-3)),
            "gamma": float(p["gamma"][channel]) if "gamma" in p else 1.0,
            "beta": float(p["beta"][channel]) if "beta" in p else 0.0,
            "scale": float(scale[channel]),
            "shift": float(shift[channel]),
        }
        return NeuronDetails(**base, x=float(x[position]), params=params)
    if out.kind == "maxpool":
        window = pool_windows(out.spec, x)[position]
        return NeuronDetails(**base, window=np.where(np.isfinite(window), window, np.nan))
    if out.kind == "softmax":
        return NeuronDetails(**base, x=float(x[position]), logits=x.copy())
    if out.kind == "flatten":
        source = tuple(int(i) for i in np.unravel_index(position[0], x.shape))
        base["label"] = f"{out.name} #{position[0]} = {base['label']}"
        return NeuronDetails(**base, x=float(x[source]))
    if out.kind in ("identity", "relu", "activation"):
        return NeuronDetails(**base, x=float(x[position]), activation=out.spec.activation)
    return NeuronDetails(**base)  # the input: just a pixel's brightness


def _dense(fp: ForwardPass, layer: int, out: LayerOutput, position, base) -> NeuronDetails:
    j = position[0]
    weights = out.spec.params["kernel"][:, j]
    inputs = out.input
    bias = float(out.spec.params["bias"][j]) if "bias" in out.spec.params else None
    up, down = _terms(weights, inputs, lambda i: _input_label(fp, layer, i))
    pictures = {}
    if _reads_pixels(fp, layer) and weights.size == np.prod(INPUT_SHAPE):
        pictures = {"weights_picture": weights.reshape(INPUT_SHAPE[:2]),
                    "contributions_picture": (weights * inputs).reshape(INPUT_SHAPE[:2])}
    labels = tuple(_input_label(fp, layer, i) for i in range(inputs.size)) \
        if inputs.size <= 32 else ()
    return NeuronDetails(**base, z=float(out.z[j]), bias=bias, activation=out.spec.activation,
                         weights=weights, inputs=inputs, input_labels=labels,
                         pushes_up=up, pushes_down=down, **pictures)


def _conv(fp: ForwardPass, layer: int, out: LayerOutput, position, base) -> NeuronDetails:
    row, col, channel = position
    spec = out.spec
    kernel = spec.params["kernel"][..., channel]  # (kh, kw, C_in)
    field_ = np.array(patches(spec, out.input)[row, col])  # (kh, kw, C_in), a copy
    bias = float(spec.params["bias"][channel]) if "bias" in spec.params else None
    kh, kw, channels = kernel.shape
    strides = tuple(spec.config.get("strides", (1, 1)))
    top = left = 0
    if spec.config.get("padding", "valid") == "same":
        top = same_padding(out.input.shape[0], kh, strides[0])[0]
        left = same_padding(out.input.shape[1], kw, strides[1])[0]
    height, width = out.input.shape[:2]

    def label(i: int) -> str:
        dy, dx, k = np.unravel_index(i, kernel.shape)
        y, x = row * strides[0] - top + dy, col * strides[1] - left + dx
        if not (0 <= y < height and 0 <= x < width):
            return UNIT_WORDS["padding"]
        return unit_label(fp, layer - 1, (int(y), int(x), int(k)))

    up, down = _terms(kernel.reshape(-1), field_.reshape(-1), label)
    labels = tuple(label(i) for i in range(kernel.size)) if kernel.size <= 32 else ()
    return NeuronDetails(**base, z=float(out.z[position]), bias=bias,
                         activation=spec.activation, weights=kernel.reshape(-1),
                         inputs=field_.reshape(-1), input_labels=labels, pushes_up=up,
                         pushes_down=down, kernel=kernel, receptive_field=field_)

