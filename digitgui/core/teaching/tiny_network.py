"""A network small enough to follow by hand: forward propagation, one number at a time.

One or two inputs, one or two layers of one or two neurons each. Every neuron computes its
weighted sum z = w·x + b of the previous layer's outputs, then its activation a = g(z); the
next layer takes those a's as its x's. The defaults are the course's worked example:

    x1 = 0.1, w1 = 0.15, b1 = 0.4:  z1 = 0.15 × 0.1 + 0.4 = 0.415,   a1 = σ(0.415) ≈ 0.6023
    w2 = 0.25, b2 = 0.5:            z2 = 0.25 × 0.6023 + 0.5 ≈ 0.6506, a2 = σ(z2) ≈ 0.6571

(The course notes print a2 ≈ 0.7153: that is σ(0.9210), not σ(0.6506), a slip in the notes.)
Learning, the backward pass and gradient descent, is in
:mod:`digitgui.core.teaching.tiny_backprop`.

Plain Python floats (no NumPy), so the numbers shown are exactly the numbers computed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)  # never overflows for very negative z
    return e / (1.0 + e)


ACTIVATIONS: dict[str, Callable[[float], float]] = {
    "sigmoid": sigmoid,
    "relu": lambda z: max(0.0, z),
    "linear": lambda z: z,
}

ACTIVATION_LABELS = {"sigmoid": "sigmoid σ", "relu": "ReLU", "linear": "linear (none)"}

MAX_INPUTS = 2
MAX_LAYERS = 2
MAX_NEURONS = 2


@dataclass
class Neuron:
    weights: list[float]
    """One weight per input of the layer."""
    bias: float = 0.0


@dataclass
class Layer:
    neurons: list[Neuron]
    activation: str = "sigmoid"


@dataclass(frozen=True)
class NeuronResult:
    """What one neuron computed: its inputs, weighted sum and activation."""

    layer: int
    neuron: int
    inputs: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    z: float
    a: float
    activation: str


@dataclass
class TinyNetwork:
    """An editable little network; :meth:`forward` gives every z and a."""

    inputs: list[float] = field(default_factory=lambda: [0.1])
    layers: list[Layer] = field(default_factory=lambda: [
        Layer([Neuron([0.15], 0.4)], "sigmoid"),
        Layer([Neuron([0.25], 0.5)], "sigmoid"),
    ])

    @classmethod
    def course_example(cls) -> TinyNetwork:
        """x1 = 0.1 → (w1 = 0.15, b1 = 0.4, sigmoid) → (w2 = 0.25, b2 = 0.5, sigmoid)."""
        return cls()

    def forward(self) -> list[list[NeuronResult]]:
        """Every neuron's z and a, layer by layer."""
        self.check()
        x = tuple(float(v) for v in self.inputs)
        results: list[list[NeuronResult]] = []
        for index, layer in enumerate(self.layers):
            g = ACTIVATIONS[layer.activation]
            row = []
            for j, neuron in enumerate(layer.neurons):
                z = sum(w * xi for w, xi in zip(neuron.weights, x, strict=True)) + neuron.bias
                row.append(NeuronResult(index, j, x, tuple(neuron.weights), neuron.bias, z,
                                        g(z), layer.activation))
            results.append(row)
            x = tuple(r.a for r in row)  # this layer's outputs are the next one's inputs
        return results

    def copy(self) -> TinyNetwork:
        """An independent copy (every list and neuron new): learning on it leaves this alone."""
        return TinyNetwork(list(self.inputs), [
            Layer([Neuron(list(n.weights), n.bias) for n in layer.neurons], layer.activation)
            for layer in self.layers])

    def outputs(self) -> list[float]:
        return [r.a for r in self.forward()[-1]]

    def collapsed(self) -> tuple[list[list[float]], list[float]] | None:
        """When every layer is linear, the one linear layer the whole network amounts to:
        (W, b) with outputs = W·x + b (None when some activation is not linear). This is why
        a network needs non-linear activations: W2(W1x + b1) + b2 = (W2W1)x + (W2b1 + b2)."""
        if any(layer.activation != "linear" for layer in self.layers):
            return None
        size = len(self.inputs)
        matrix = [[1.0 if i == j else 0.0 for j in range(size)] for i in range(size)]
        offset = [0.0] * size
        for layer in self.layers:
            rows = [n.weights for n in layer.neurons]
            matrix = [[sum(w[k] * matrix[k][j] for k in range(len(w))) for j in range(size)]
                      for w in rows]
            offset = [sum(w[k] * offset[k] for k in range(len(w))) + n.bias
                      for w, n in zip(rows, layer.neurons, strict=True)]
        return matrix, offset

    def check(self) -> None:
        if not 1 <= len(self.inputs) <= MAX_INPUTS:
            raise ValueError(f"1 to {MAX_INPUTS} inputs")
        if not 1 <= len(self.layers) <= MAX_LAYERS:
            raise ValueError(f"1 to {MAX_LAYERS} layers")
        width = len(self.inputs)
        for layer in self.layers:
            if layer.activation not in ACTIVATIONS:
                raise ValueError(f"unknown activation {layer.activation!r}")
            if not 1 <= len(layer.neurons) <= MAX_NEURONS:
                raise ValueError(f"1 to {MAX_NEURONS} neurons a layer")
            if any(len(n.weights) != width for n in layer.neurons):
                raise ValueError("each neuron needs one weight per input of its layer")
            width = len(layer.neurons)

    def resize(self, inputs: int, neurons_per_layer: list[int]) -> None:
        """Change the shape, keeping every weight and bias that still has a place; new ones
        start at 0.5 (weights) and 0 (biases), new inputs at 0.5."""
        self.inputs = (self.inputs + [0.5] * MAX_INPUTS)[:inputs]
        layers: list[Layer] = []
        width = inputs
        for index, count in enumerate(neurons_per_layer):
            old = self.layers[index] if index < len(self.layers) else Layer([], "sigmoid")
            neurons = []
            for j in range(count):
                neuron = old.neurons[j] if j < len(old.neurons) else Neuron([], 0.0)
                neurons.append(Neuron((neuron.weights + [0.5] * width)[:width], neuron.bias))
            layers.append(Layer(neurons, old.activation))
            width = count
        self.layers = layers
        self.check()
