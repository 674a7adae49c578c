"""Learning on the tiny network: the loss, the backward pass step by step, gradient descent.

The loss L says in one number how far the outputs a are from the target:

* **squared error** (the course's): L = ½ Σⱼ (aⱼ − yⱼ)², one target yⱼ per output neuron;
  dL/daⱼ = aⱼ − yⱼ.
* **cross-entropy** for classes, the target being the right class. With two output neurons,
  softmax turns their a's into probabilities pⱼ = exp(aⱼ) / Σₖ exp(aₖ), L = −ln p_y; then
  dL/daⱼ = pⱼ − yⱼ (yⱼ = 1 for the right class, 0 for the other). Make the output layer linear
  for the usual setup (its a's are then the logits z). With **one** output neuron its a is
  read as the probability of class 1 (binary cross-entropy, target 0 or 1):
  L = −[y ln a + (1 − y) ln(1 − a)], dL/da = (a − y) / (a(1 − a)). That a must be a
  probability, so one output neuron needs the sigmoid activation; then σ′(z) = a(1 − a)
  cancels and δ = a − y.

The backward pass applies the chain rule from the loss back to every weight, and records each
step with its numbers in the order the gradient flows (:class:`ChainStep`): for each layer,
last first, every neuron's dL/da, g′(z) and δ = dL/da · g′(z), then every dL/dw = δ · a_prev
and dL/db = δ; the previous layer's dL/da is Σₖ wₖⱼ δₖ, back through the weights.
g′(z) is a(1 − a) for sigmoid, 1 or 0 for ReLU (0 at z = 0 exactly, as TensorFlow does), and 1
for linear.

Gradient descent then moves every weight and bias a step downhill, w ← w − η dL/dw, with the
learning rate η. The course's worked example (x = 0.1, w1 = 0.15, b1 = 0.4, w2 = 0.25,
b2 = 0.5, sigmoid, target 1, squared error, η = 0.5): L = 0.0588, dL/da2 = −0.3429,
σ′(z2) = 0.2253, dL/dw2 = −0.0465, dL/db2 = −0.0772, dL/dw1 = −0.00046, dL/db1 = −0.0046;
one step gives w2 = 0.2733, b2 = 0.5386, a2 = 0.6689 and L = 0.0548.

Plain Python floats, like :mod:`digitgui.core.teaching.tiny_network`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from digitgui.core.errors import QT_TRANSLATE_NOOP, UserError
from digitgui.core.teaching.tiny_network import NeuronResult, TinyNetwork

SQUARED_ERROR = "squared_error"
CROSS_ENTROPY = "cross_entropy"
LOSS_LABELS = {SQUARED_ERROR: "squared error ½(a − y)²", CROSS_ENTROPY: "cross-entropy"}

# The kinds of chain-rule step, in the order each neuron's gradient is worked out.
DL_DA = "dL/da"
SLOPE = "g'(z)"
DELTA = "delta"
DL_DW = "dL/dw"
DL_DB = "dL/db"

PROBABILITY_FLOOR = 1e-12
"""Binary cross-entropy clips a into [floor, 1 − floor]: a saturated sigmoid never gives ln 0."""

LOSS_CEILING = 1e9
""":func:`run` stops once the loss passes this: the learning rate has made it blow up."""


class ObjectiveError(UserError, ValueError):
    """A target or loss the course network cannot be trained towards as it is: a message for
    the learner (in the window's language), and a ValueError as it always was."""


@dataclass(frozen=True)
class Objective:
    """What the network should output, and how its error is measured."""

    loss: str = SQUARED_ERROR
    targets: tuple[float, ...] = (1.0,)
    """Squared error: the target yⱼ of each output neuron."""
    label: int = 0
    """Cross-entropy: the right class, an output neuron's index (one output neuron: y, 0 or 1)."""

    def check(self, outputs: int) -> None:
        if self.loss == SQUARED_ERROR:
            if len(self.targets) != outputs:
                raise ValueError(f"squared error needs one target per output ({outputs})")
        elif self.loss == CROSS_ENTROPY:
            if self.label not in range(max(2, outputs)):
                raise ObjectiveError(QT_TRANSLATE_NOOP("TinyBackprop",
                    "the class must be 0 to {last}"), last=max(2, outputs) - 1)
        else:
            raise ValueError(f"unknown loss {self.loss!r}")

    def one_hot(self, outputs: int) -> list[float]:
        """The targets cross-entropy compares with: 1 for the right class, 0 elsewhere."""
        if outputs == 1:
            return [float(self.label)]
        return [1.0 if j == self.label else 0.0 for j in range(outputs)]


@dataclass(frozen=True)
class ChainStep:
    """One step of the chain rule: what it computes, where, its value and the numbers it used.

    ``factors`` by kind, in the order the formula writes them:
    dL/da, output: squared error (a, y) → a − y; softmax cross-entropy (p, y) → p − y;
    binary cross-entropy (a, y) → (a − y) / (a(1 − a)). dL/da, hidden: (w₁, δ₁, w₂, δ₂ …)
    → Σ w δ over the next layer's neurons. g′(z): sigmoid (a,) → a(1 − a); ReLU (z,) → 1 or 0;
    linear () → 1. δ: (dL/da, g′(z)). dL/dw: (δ, a_prev). dL/db: (δ,).
    """

    kind: str
    layer: int
    neuron: int
    value: float
    factors: tuple[float, ...] = ()
    source: int | None = None
    """For dL/dw: which input of the layer the weight reads."""


@dataclass(frozen=True)
class Backward:
    """The forward pass, the loss and every chain-rule step of one backward pass."""

    forward: list[list[NeuronResult]]
    objective: Objective
    loss: float
    probabilities: tuple[float, ...]
    """Softmax of the outputs (cross-entropy with two outputs); otherwise empty."""
    steps: tuple[ChainStep, ...]

    def find(self, kind: str, layer: int, neuron: int, source: int | None = None) -> ChainStep:
        for s in self.steps:
            if (s.kind, s.layer, s.neuron, s.source) == (kind, layer, neuron, source):
                return s
        raise KeyError((kind, layer, neuron, source))

    def weight_gradient(self, layer: int, neuron: int, source: int) -> float:
        return self.find(DL_DW, layer, neuron, source).value

    def bias_gradient(self, layer: int, neuron: int) -> float:
        return self.find(DL_DB, layer, neuron).value

    def outputs(self) -> list[float]:
        return [r.a for r in self.forward[-1]]


@dataclass(frozen=True)
class ParameterChange:
    """One weight (``source`` is its input) or bias (``source`` None) moved by one step."""

    layer: int
    neuron: int
    source: int | None
    old: float
    gradient: float
    new: float


@dataclass(frozen=True)
class StepReport:
    learning_rate: float
    loss_before: float
    loss_after: float
    changes: tuple[ParameterChange, ...]
    outputs_after: tuple[float, ...]


# ---- the loss ---------------------------------------------------------------------------------
def _softmax(values: list[float]) -> list[float]:
    top = max(values)  # subtracting the largest keeps every exponent ≤ 0: no overflow
    exps = [math.exp(v - top) for v in values]
    total = sum(exps)
    return [e / total for e in exps]


def _clip(a: float) -> float:
    return min(max(a, PROBABILITY_FLOOR), 1.0 - PROBABILITY_FLOOR)


def loss_of(outputs: list[float], objective: Objective) -> float:
    objective.check(len(outputs))
    if objective.loss == SQUARED_ERROR:
        # (a − y)·(a − y), not ** 2: a blown-up a gives inf rather than OverflowError
        return 0.5 * sum((a - y) * (a - y) for a, y in zip(outputs, objective.targets, strict=True))
    if len(outputs) == 1:
        a, y = _clip(outputs[0]), float(objective.label)
        return -(y * math.log(a) + (1.0 - y) * math.log(1.0 - a))
    top = max(outputs)
    log_total = top + math.log(sum(math.exp(v - top) for v in outputs))
    return log_total - outputs[objective.label]  # −ln p_y, computed as log-sum-exp − a_y


def loss(network: TinyNetwork, objective: Objective) -> float:
    return loss_of(network.outputs(), objective)


def _output_gradients(last: list[NeuronResult], objective: Objective,
                      probabilities: list[float]) -> list[ChainStep]:
    layer = last[0].layer
    if objective.loss == SQUARED_ERROR:
        return [ChainStep(DL_DA, layer, j, r.a - y, (r.a, y))
                for j, (r, y) in enumerate(zip(last, objective.targets, strict=True))]
    targets = objective.one_hot(len(last))
    if len(last) == 1:
        a, y = last[0].a, targets[0]
        clipped = _clip(a)
        return [ChainStep(DL_DA, layer, 0, (clipped - y) / (clipped * (1.0 - clipped)), (a, y))]
    return [ChainStep(DL_DA, layer, j, p - y, (p, y))
            for j, (p, y) in enumerate(zip(probabilities, targets, strict=True))]


def _check_loss_fits(network: TinyNetwork, objective: Objective) -> None:
    last = network.layers[-1]
    objective.check(len(last.neurons))
    if (objective.loss == CROSS_ENTROPY and len(last.neurons) == 1
            and last.activation != "sigmoid"):
        raise ObjectiveError(QT_TRANSLATE_NOOP("TinyBackprop",
            "binary cross-entropy reads the one output as a probability: give the output layer "
            "the sigmoid activation"))


# ---- the backward pass ------------------------------------------------------------------------
def _slope(r: NeuronResult) -> ChainStep:
    if r.activation == "sigmoid":
        return ChainStep(SLOPE, r.layer, r.neuron, r.a * (1.0 - r.a), (r.a,))
    if r.activation == "relu":
        return ChainStep(SLOPE, r.layer, r.neuron, 1.0 if r.z > 0 else 0.0, (r.z,))
    return ChainStep(SLOPE, r.layer, r.neuron, 1.0)


def _hidden_gradient(r: NeuronResult, above: list[NeuronResult],
                     deltas: list[float]) -> ChainStep:
    """dL/da of a hidden neuron: every neuron it feeds passes back its δ through the weight."""
    factors: list[float] = []
    for next_result, delta in zip(above, deltas, strict=True):
        factors += [next_result.weights[r.neuron], delta]
    value = sum(factors[i] * factors[i + 1] for i in range(0, len(factors), 2))
    return ChainStep(DL_DA, r.layer, r.neuron, value, tuple(factors))


def backward(network: TinyNetwork, objective: Objective,
             forward: list[list[NeuronResult]] | None = None) -> Backward:
    """The forward pass (or ``forward``, the network's own, already computed), then every
    chain-rule step from the loss back to the first layer."""
    network.check()
    _check_loss_fits(network, objective)
    forward = network.forward() if forward is None else forward
    outputs = [r.a for r in forward[-1]]
    probabilities = (_softmax(outputs) if objective.loss == CROSS_ENTROPY and len(outputs) > 1
                     else [])
    steps: list[ChainStep] = []
    gradients = _output_gradients(forward[-1], objective, probabilities)
    deltas: list[float] = []  # the layer above's δ's, passed back to the layer below
    for layer in range(len(forward) - 1, -1, -1):
        row = forward[layer]
        if layer < len(forward) - 1:
            gradients = [_hidden_gradient(r, forward[layer + 1], deltas) for r in row]
        deltas = []
        for r, gradient in zip(row, gradients, strict=True):
            slope = _slope(r)
            delta = gradient.value * slope.value
            deltas.append(delta)
            steps += [gradient, slope,
                      ChainStep(DELTA, layer, r.neuron, delta, (gradient.value, slope.value))]
        for r, delta in zip(row, deltas, strict=True):
            steps += [ChainStep(DL_DW, layer, r.neuron, delta * x, (delta, x), i)
                      for i, x in enumerate(r.inputs)]
            steps.append(ChainStep(DL_DB, layer, r.neuron, delta, (delta,)))
    return Backward(forward, objective, loss_of(outputs, objective), tuple(probabilities),
                    tuple(steps))


# ---- gradient descent -------------------------------------------------------------------------
def step(network: TinyNetwork, objective: Objective, learning_rate: float) -> StepReport:
    """One step of gradient descent on every weight and bias: w ← w − η dL/dw."""
    grads = backward(network, objective)
    changes = _descend(network, grads, learning_rate)
    outputs = network.outputs()
    return StepReport(learning_rate, grads.loss, loss_of(outputs, objective), tuple(changes),
                      tuple(outputs))


def _descend(network: TinyNetwork, grads: Backward,
             learning_rate: float) -> list[ParameterChange]:
    """w ← w − η dL/dw and b ← b − η dL/db for every weight and bias; what changed."""
    changes = []
    for li, layer in enumerate(network.layers):
        for j, neuron in enumerate(layer.neurons):
            for i, old in enumerate(neuron.weights):
                gradient = grads.weight_gradient(li, j, i)
                neuron.weights[i] = old - learning_rate * gradient
                changes.append(ParameterChange(li, j, i, old, gradient, neuron.weights[i]))
            gradient = grads.bias_gradient(li, j)
            old, neuron.bias = neuron.bias, neuron.bias - learning_rate * gradient
            changes.append(ParameterChange(li, j, None, old, gradient, neuron.bias))
    return changes


def run(network: TinyNetwork, objective: Objective, learning_rate: float,
        steps: int) -> list[float]:
    """``steps`` steps of gradient descent; the loss before the first and after each step
    (steps + 1 values). Stops early once the loss passes :data:`LOSS_CEILING` or stops being
    a number: a learning rate that large has thrown the weights away."""
    # The steps of :func:`step`, each forward pass used twice (the loss after one step, the
    # gradients of the next), without the records a single step's report needs.
    forward = network.forward()
    losses = [loss_of([r.a for r in forward[-1]], objective)]
    for _ in range(steps):
        if not math.isfinite(losses[-1]) or losses[-1] > LOSS_CEILING:
            break
        _descend(network, backward(network, objective, forward), learning_rate)
        forward = network.forward()
        losses.append(loss_of([r.a for r in forward[-1]], objective))
    return losses
