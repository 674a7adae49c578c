"""Teaching the network one drawing: the loss, backpropagation and one gradient-descent step.

With the digit the learner says they drew, the loss is training's own: the cross-entropy of
softmax(logits) at temperature 1 (``from_logits=True``), L = -log p_digit. Its gradient at the
logits is p - y (y: 1 for the right digit, 0 elsewhere); from there the chain rule runs back
through every layer (:mod:`~digitgui.core.teaching.backward`), giving each parameter's
gradient and the gradient reaching each layer. One step of plain gradient descent,
w <- w - eta * dL/dw, makes a *copy* of the network: the bundle and the network the other
views share are never changed. A test checks every layer's step against TensorFlow's
GradientTape to 1e-4, and the whole chain (where a pooling window's two largest values tie
to float32's rounding, either may take the gradient, in TensorFlow as here).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

import numpy as np

from digitgui.core.teaching.backward import BACKWARD
from digitgui.core.teaching.introspection import ForwardPass, LayerOutput, Network

TRAINABLE = ("kernel", "bias", "gamma", "beta")
"""The parameters gradient descent changes (batch norm's moving statistics are not)."""


def softmax_cross_entropy(logits: np.ndarray, digit: int) -> tuple[float, np.ndarray]:
    """The loss -log softmax(logits)[digit] (at temperature 1, as training) and the
    probabilities, computed as logsumexp(z) - z_digit so that it never overflows."""
    z = np.asarray(logits, dtype=np.float64)
    shifted = z - z.max()
    log_total = np.log(np.exp(shifted).sum())
    probabilities = np.exp(shifted - log_total)
    return float(log_total - shifted[digit]), probabilities


@dataclass(frozen=True)
class LayerGradient:
    """The gradients at one layer: ``d_output`` = dL/d(its output), ``d_input`` = dL/d(its
    input) (what it hands back to the layer before), and dL/d(each trainable parameter)."""

    index: int
    layer: LayerOutput
    d_output: np.ndarray
    d_input: np.ndarray
    params: dict[str, np.ndarray]

    @property
    def name(self) -> str:
        return self.layer.name

    @property
    def kind(self) -> str:
        return self.layer.kind


@dataclass(frozen=True)
class GradientSize:
    """How hard the gradient pulls on one layer's parameters: ‖dL/dθ‖ over its weights and
    biases (or batch norm's gamma and beta), and that relative to ‖θ‖ (a step of eta changes
    the layer by about eta times ``relative``); ``signal`` is ‖dL/d(output)‖, the size of the
    error signal that reached the layer."""

    index: int
    name: str
    kind: str
    gradient: float
    weights: float
    signal: float

    @property
    def relative(self) -> float:
        return self.gradient / self.weights if self.weights > 0 else 0.0


@dataclass(frozen=True)
class Gradients:
    """Backpropagation of one drawing's loss through one network."""

    forward: ForwardPass
    digit: int
    loss: float
    probabilities: np.ndarray
    """softmax(logits) at temperature 1: what the loss reads (the window's bars divide the
    logits by the bundle's calibration temperature first)."""
    layers: list[LayerGradient]
    """One per model layer, in forward order (the input layer first)."""

    @property
    def network(self) -> Network:
        return self.forward.network

    @property
    def output_gradient(self) -> np.ndarray:
        """dL/d(logits) = p - y: ten signed values, the only negative one at the right digit."""
        return self.layers[-1].d_output

    def parameter(self, index: int, name: str) -> np.ndarray:
        """dL/d(one parameter) of layer ``index``, with the parameter's own shape."""
        return self.layers[index].params[name]

    @cached_property
    def sizes(self) -> list[GradientSize]:
        """The gradient size of every layer with trainable parameters, input side first."""
        sizes = []
        for g in self.layers:
            names = [n for n in TRAINABLE if n in g.params]
            if not names:
                continue
            weights = g.layer.spec.params
            sizes.append(GradientSize(
                g.index, g.name, g.kind, _norm(g.params[n] for n in names),
                _norm(weights[n] for n in names), float(np.linalg.norm(g.d_output))))
        return sizes

    def first_layer_neuron(self, neuron: int) -> tuple[np.ndarray, np.ndarray] | None:
        """For a network whose first weighted layer is a Dense reading the 784 pixels (seed,
        mlp): one hidden neuron's weights and their gradient, each as 28x28 (which pixels a
        step would strengthen or weaken). None for other networks."""
        first = next((g for g in self.layers if "kernel" in g.params), None)
        if first is None or first.kind != "dense" or first.layer.input.size != 784:
            return None
        kernel = first.layer.spec.params["kernel"]
        return (kernel[:, neuron].reshape(28, 28),
                first.params["kernel"][:, neuron].reshape(28, 28))


def _norm(arrays) -> float:
    return float(np.sqrt(sum(float(np.sum(np.square(a, dtype=np.float64))) for a in arrays)))


def gradients(network: Network, pixels: np.ndarray, digit: int) -> Gradients:
    """The loss for ``digit`` on this (28, 28) input and its gradient with respect to every
    layer's output and input and every trainable parameter."""
    if not 0 <= digit <= 9:
        raise ValueError(f"the digit must be 0 to 9, not {digit}")
    forward = network.forward(pixels)
    loss, probabilities = softmax_cross_entropy(forward.logits, digit)
    d_out = probabilities.copy()
    d_out[digit] -= 1.0  # p - y
    model_layers = forward.layers[:-1]  # the last is predicting's softmax, inside the loss
    found: list[LayerGradient] = []
    # The window runs BLAS on one thread (ui/app.py): these matrices are small.
    for index in range(len(model_layers) - 1, -1, -1):
        layer = model_layers[index]
        d_in, params = BACKWARD[layer.kind](layer, d_out)
        found.append(LayerGradient(index, layer, d_out, d_in, params))
        d_out = d_in
    found.reverse()
    return Gradients(forward, digit, loss, probabilities, found)


def step(network: Network, grads: Gradients, learning_rate: float) -> Network:
    """One step of plain gradient descent (SGD, no momentum) on a copy of ``network``:
    every trainable parameter becomes w - learning_rate * dL/dw. ``network`` is untouched."""
    if grads.network is not network:
        raise ValueError("the gradients were computed on another network")
    rate = float(learning_rate)
    layers = []
    for spec, g in zip(network.layers, grads.layers, strict=True):
        if not g.params:
            layers.append(spec)  # shared: nothing of it changes
            continue
        params = dict(spec.params)  # moving statistics are shared, unchanged
        for name, gradient in g.params.items():
            params[name] = (spec.params[name] - rate * gradient).astype(np.float32)
        layers.append(replace(spec, params=params))  # a new spec: its cached kernel64 too
    return Network(layers, network.name, network.temperature)


def teach(network: Network, pixels: np.ndarray, digit: int, learning_rate: float,
          steps: int = 1) -> tuple[Network, Gradients]:
    """``steps`` gradient-descent steps on this one drawing, each on a new copy: the last
    copy and its gradients (its ``forward`` gives the probabilities after the steps)."""
    current = gradients(network, pixels, digit)
    for _ in range(steps):
        network = step(network, current, learning_rate)
        current = gradients(network, pixels, digit)
    return network, current
