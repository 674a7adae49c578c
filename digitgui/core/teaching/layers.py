"""The maths of each kind of layer, in NumPy: what the teaching views show and recompute.

One step per kind of layer (:data:`STEPS`): a Dense or Conv2D's weighted sum z and its
activation, batch normalisation as a scale and shift, ReLU, max pooling, flatten. The pieces
the neuron details show (a convolution's receptive field, a pooling window, 'same' padding)
are public so that both use the same arithmetic.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from digitgui.core.errors import QT_TRANSLATE_NOOP, BundleError
from digitgui.core.models.inference import softmax
from digitgui.core.models.keras_file import LayerSpec


def relu(x: np.ndarray) -> np.ndarray:
    return np.maximum(x, 0, dtype=np.float32)


def sigmoid(x: np.ndarray) -> np.ndarray:
    # exp of a negative number only: never overflows, whatever the sign of x
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1 / (1 + e), e / (1 + e)).astype(np.float32)


LEAKY_SLOPE = 0.2
"""Keras' ``activation="leaky_relu"``: its default negative slope (the custom designs use it)."""


def leaky_relu(x: np.ndarray) -> np.ndarray:
    return np.where(x > 0, x, np.float32(LEAKY_SLOPE) * x).astype(np.float32)


ACTIVATIONS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "linear": lambda x: x,
    "relu": relu,
    "leaky_relu": leaky_relu,
    "sigmoid": sigmoid,
    "tanh": np.tanh,
    "softmax": softmax,
}



Step = Callable[[LayerSpec, np.ndarray], tuple[np.ndarray | None, np.ndarray]]


def same_padding(size: int, kernel: int, stride: int) -> tuple[int, int]:
    """TensorFlow's 'same' padding: the extra pixel, if odd, goes after (bottom/right)."""
    out = -(-size // stride)
    total = max((out - 1) * stride + kernel - size, 0)
    return total // 2, total - total // 2


def pad_for(x: np.ndarray, kernel: tuple[int, int], strides: tuple[int, int], padding: str,
            value: float = 0.0) -> np.ndarray:
    """``x`` (H, W, C) padded as a layer with this kernel, strides and padding pads it (as it
    is for 'valid'); the backward pass un-pads with the same numbers."""
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
    padded = pad_for(x, (kh, kw), strides, spec.config.get("padding", "valid"))
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
        raise BundleError(QT_TRANSLATE_NOOP("KerasFile",
            "layer {name!r} is a Dense layer on a {shape} tensor; the "
            "network view needs a Flatten before it"), name=spec.name,
            shape=x.shape)
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
    padded = pad_for(x, size, strides, spec.config.get("padding", "valid"), value=-np.inf)
    return sliding_window_view(padded, size, axis=(0, 1))[:: strides[0], :: strides[1]]


STEPS: dict[str, Step] = {
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
