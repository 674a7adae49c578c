"""The backward step of each kind of layer, in NumPy: the chain rule, one layer at a time.

Each step takes what the forward pass kept for that layer (:class:`LayerOutput`: its input,
its weighted sum z, its output) and the gradient of the loss with respect to the layer's
output, ∂L/∂out, and returns ∂L/∂in (handed on to the layer before) and the gradient of each
trainable parameter (``kernel``, ``bias``, ``gamma``, ``beta``). Batch normalisation is in
inference mode, as the forward pass: a fixed per-channel scale and shift, so its moving mean
and variance get no gradient (training updates them by averaging, not by gradient descent).

Sums over many terms (a Dense kernel's 6,272 inputs, a convolution's positions) run in
float64: the gradients then agree with TensorFlow's float32 ones to its own rounding.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from digitgui.core.models.keras_file import LayerSpec
from digitgui.core.teaching.introspection import LayerOutput
from digitgui.core.teaching.layers import (
    LEAKY_SLOPE,
    pad_for,
    patches,
    pool_windows,
    same_padding,
)

Params = dict[str, np.ndarray]
BackwardStep = Callable[[LayerOutput, np.ndarray], tuple[np.ndarray, Params]]


def activation_slope(name: str, z: np.ndarray, out: np.ndarray, d_out: np.ndarray
                     ) -> np.ndarray:
    """∂L/∂z from ∂L/∂a through a = f(z): the activation's slope times the gradient (softmax,
    whose outputs depend on each other, takes its Jacobian-vector product)."""
    if name == "linear":
        return d_out
    if name == "relu":  # TensorFlow's convention: no slope at exactly 0
        return np.where(z > 0, d_out, 0.0)
    if name == "leaky_relu":  # TensorFlow's too: the negative slope at exactly 0
        return np.where(z > 0, d_out, LEAKY_SLOPE * d_out)
    if name == "sigmoid":
        return d_out * out * (1.0 - out)
    if name == "tanh":
        return d_out * (1.0 - out.astype(np.float64) ** 2)
    if name == "softmax":
        p = out.astype(np.float64)
        return p * (d_out - np.sum(d_out * p, axis=-1, keepdims=True))
    raise ValueError(f"no backward step for the activation {name!r}")


def _dense(layer: LayerOutput, d_out: np.ndarray) -> tuple[np.ndarray, Params]:
    spec = layer.spec
    dz = activation_slope(spec.activation, layer.z, layer.output, d_out)
    x = layer.input.astype(np.float64)
    grads = {"kernel": np.outer(x, dz)}  # ∂z_j/∂w_ij = x_i
    if "bias" in spec.params:
        grads["bias"] = dz
    return spec.kernel64 @ dz, grads


def _conv2d(layer: LayerOutput, d_out: np.ndarray) -> tuple[np.ndarray, Params]:
    spec = layer.spec
    kernel = spec.params["kernel"].astype(np.float64)  # (kh, kw, C_in, C_out)
    kh, kw, c_in, c_out = kernel.shape
    dz = activation_slope(spec.activation, layer.z, layer.output, d_out)
    rows, cols = dz.shape[:2]
    dz2 = dz.reshape(rows * cols, c_out).astype(np.float64)
    # The forward pass was one matrix product over the receptive fields (im2col); its
    # gradients are the two transposed products.
    fields = patches(spec, layer.input).reshape(rows * cols, -1)
    grads = {"kernel": (fields.T.astype(np.float64) @ dz2).reshape(kernel.shape)}
    if "bias" in spec.params:
        grads["bias"] = dz2.sum(axis=0)
    d_fields = (dz2 @ kernel.reshape(-1, c_out).T).reshape(rows, cols, kh, kw, c_in)
    return _fold(d_fields, spec, layer.input.shape, (kh, kw)), grads


def _fold(d_windows: np.ndarray, spec: LayerSpec, shape: tuple[int, ...],
          size: tuple[int, int]) -> np.ndarray:
    """Each window's gradient added back onto the input pixels it read (col2im): windows
    overlap, so a pixel collects from every window it is in; padding's share is dropped."""
    strides = tuple(spec.config.get("strides") or size)
    padded = pad_for(np.zeros(shape), size, strides, spec.config.get("padding", "valid"))
    rows, cols = d_windows.shape[:2]
    for i in range(size[0]):
        for j in range(size[1]):
            padded[i:i + strides[0] * rows:strides[0],
                   j:j + strides[1] * cols:strides[1]] += d_windows[:, :, i, j]
    top = left = 0
    if spec.config.get("padding") == "same":
        top = same_padding(shape[0], size[0], strides[0])[0]
        left = same_padding(shape[1], size[1], strides[1])[0]
    return padded[top:top + shape[0], left:left + shape[1]]


def _batchnorm(layer: LayerOutput, d_out: np.ndarray) -> tuple[np.ndarray, Params]:
    """y = gamma * (x - mean) / sqrt(var + eps) + beta, with the moving mean and variance."""
    p = layer.spec.params
    inv_std = 1.0 / np.sqrt(p["moving_variance"].astype(np.float64)
                            + float(layer.spec.config.get("epsilon", 1e-3)))
    gamma = p["gamma"].astype(np.float64) if "gamma" in p else 1.0
    d_out = d_out.astype(np.float64)
    axes = tuple(range(d_out.ndim - 1))  # every position of a channel shares its gamma, beta
    grads = {}
    if "gamma" in p:
        normalised = (layer.input.astype(np.float64) - p["moving_mean"]) * inv_std
        grads["gamma"] = (d_out * normalised).sum(axis=axes)
    if "beta" in p:
        grads["beta"] = d_out.sum(axis=axes)
    return d_out * gamma * inv_std, grads


def _relu_layer(layer: LayerOutput, d_out: np.ndarray) -> tuple[np.ndarray, Params]:
    """Keras' ReLU layer: slope 1 above the threshold (below a max_value, if any), else the
    negative slope."""
    c = layer.spec.config
    x = layer.input
    threshold = float(c.get("threshold", 0.0) or 0.0)
    slope = np.where(x > threshold, 1.0, float(c.get("negative_slope", 0.0) or 0.0))
    if c.get("max_value") is not None:
        slope = np.where(x >= float(c["max_value"]), 0.0, slope)
    return d_out * slope, {}


def _activation(layer: LayerOutput, d_out: np.ndarray) -> tuple[np.ndarray, Params]:
    return activation_slope(layer.spec.activation, layer.input, layer.output, d_out), {}


def _maxpool(layer: LayerOutput, d_out: np.ndarray) -> tuple[np.ndarray, Params]:
    """Only the largest value of each window passed forward, so only it gets the gradient (the
    first one, as TensorFlow, when several tie)."""
    windows = pool_windows(layer.spec, layer.input)  # (H_out, W_out, C, ph, pw)
    rows, cols, channels, ph, pw = windows.shape
    flat = windows.reshape(rows, cols, channels, ph * pw)
    winner = np.argmax(flat, axis=-1)
    routed = (np.arange(ph * pw) == winner[..., None]) * d_out[..., None].astype(np.float64)
    d_windows = routed.reshape(rows, cols, channels, ph, pw).transpose(0, 1, 3, 4, 2)
    return _fold(d_windows, layer.spec, layer.input.shape, (ph, pw)), {}


def _flatten(layer: LayerOutput, d_out: np.ndarray) -> tuple[np.ndarray, Params]:
    return d_out.reshape(layer.input.shape), {}


def _through(layer: LayerOutput, d_out: np.ndarray) -> tuple[np.ndarray, Params]:
    return d_out, {}


BACKWARD: dict[str, BackwardStep] = {
    "input": _through,
    "identity": _through,
    "flatten": _flatten,
    "dense": _dense,
    "conv2d": _conv2d,
    "batchnorm": _batchnorm,
    "relu": _relu_layer,
    "activation": _activation,
    "maxpool": _maxpool,
}
"""The backward step of every kind in :data:`digitgui.core.teaching.layers.STEPS`."""
