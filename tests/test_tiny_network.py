"""Forward propagation step by step: the course's worked example, computed by the panel's own
code and read back from what the panel shows."""

from __future__ import annotations

import math
import re

import pytest

from digitgui.core.teaching.tiny_network import Layer, Neuron, TinyNetwork, sigmoid


def test_the_course_example():
    (first,), (second,) = TinyNetwork.course_example().forward()
    assert (first.inputs, first.weights, first.bias) == ((0.1,), (0.15,), 0.4)
    assert round(first.z, 4) == 0.415
    assert round(first.a, 4) == 0.6023
    assert second.inputs == (first.a,)  # layer 2 reads layer 1's activation
    assert (second.weights, second.bias) == ((0.25,), 0.5)
    assert round(second.z, 4) == 0.6506
    # σ(0.6506) is 0.6571. The "a2 ≈ 0.7153" is σ(0.9210), what w2 = 0.45 and
    # b2 = 0.65 would give: its z2 and a2 cannot both hold, and z2 follows from the weights.
    assert round(second.a, 4) == 0.6571
    assert round(sigmoid(0.45 * first.a + 0.65), 4) == 0.7153


def test_activations_and_shapes():
    net = TinyNetwork([1.0, -2.0], [Layer([Neuron([0.5, 0.25], 0.1), Neuron([-1.0, 0.0], 0.0)],
                                          "relu"),
                                    Layer([Neuron([2.0, 3.0], -0.5)], "linear")])
    hidden, output = net.forward()
    assert [r.z for r in hidden] == pytest.approx([0.1, -1.0])
    assert [r.a for r in hidden] == pytest.approx([0.1, 0.0])  # ReLU cuts the negative one
    assert output[0].z == pytest.approx(2.0 * 0.1 + 3.0 * 0.0 - 0.5)
    assert output[0].a == output[0].z  # linear
    assert sigmoid(-1000.0) == 0.0 and sigmoid(1000.0) == 1.0  # no overflow
    assert sigmoid(0.0) == 0.5

    net.resize(1, [2])
    assert net.inputs == [1.0] and len(net.layers) == 1
    assert [n.weights for n in net.layers[0].neurons] == [[0.5], [-1.0]]  # kept what fits
    with pytest.raises(ValueError):
        TinyNetwork([0.1, 0.2, 0.3]).forward()
    with pytest.raises(ValueError):
        TinyNetwork([0.1], [Layer([Neuron([0.1])], "gelu")]).forward()


def test_linear_layers_collapse_into_one():
    net = TinyNetwork.course_example()
    assert net.collapsed() is None  # sigmoid: no single linear function
    for layer in net.layers:
        layer.activation = "linear"
    (matrix, offset) = net.collapsed()
    assert matrix == [[pytest.approx(0.25 * 0.15)]]
    assert offset == [pytest.approx(0.25 * 0.4 + 0.5)]
    net.resize(2, [2, 1])
    net.inputs = [0.3, -0.7]
    (matrix, offset) = net.collapsed()
    direct = sum(w * x for w, x in zip(matrix[0], net.inputs, strict=True)) + offset[0]
    assert net.outputs()[0] == pytest.approx(direct)


def _number(label) -> float:
    """The bold result at the end of a step's line, e.g. '… = <b>0.4150</b>'."""
    return float(re.findall(r"<b>(−?[0-9.]+)</b>", label.text())[-1].replace("−", "-"))


def test_the_panel_shows_the_course_numbers_and_recomputes(qtbot):
    from digitgui.ui.inside import ForwardPropagationPanel

    panel = ForwardPropagationPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert _number(panel.z_labels[(0, 0)]) == 0.415
    assert _number(panel.a_labels[(0, 0)]) == 0.6023
    assert _number(panel.z_labels[(1, 0)]) == 0.6506
    assert _number(panel.a_labels[(1, 0)]) == 0.6571
    assert "0.15 × 0.1 + 0.4" in panel.z_labels[(0, 0)].text()
    assert "0.25 × 0.6023 + 0.5" in panel.z_labels[(1, 0)].text()
    assert "σ" in panel.a_labels[(0, 0)].text()
    assert [round(a, 4) for a in panel.output()] == [0.6571]

    first_line = panel.z_labels[(0, 0)]
    with qtbot.waitSignal(panel.computed):
        panel.weight_boxes[(0, 0, 0)].setValue(0.3)
    assert panel.z_labels[(0, 0)] is first_line  # a new value: the same label, new text
    assert _number(panel.z_labels[(0, 0)]) == pytest.approx(0.43)
    expected = 0.25 * sigmoid(0.43) + 0.5
    assert _number(panel.z_labels[(1, 0)]) == pytest.approx(expected, abs=1e-4)

    panel.activation_boxes[0].setCurrentIndex(panel.activation_boxes[0].findData("relu"))
    assert "ReLU" in panel.a_labels[(0, 0)].text()
    assert _number(panel.a_labels[(0, 0)]) == pytest.approx(0.43)

    for box in panel.activation_boxes:
        box.setCurrentIndex(box.findData("linear"))
    assert panel.linear_note.isVisibleTo(panel)
    assert "one linear function" in panel.linear_note.text()

    panel.inputs_box.setValue(2)
    panel.neuron_boxes[0].setValue(2)
    assert len(panel.input_boxes) == 2 and len(panel.z_labels) == 3
    assert panel.steps_layout.count() == 2 + 3 * 2 + 1  # headings, z and a lines, the note
    assert "w<sup>[1]</sup><sub>21</sub>" in panel.z_labels[(0, 1)].text()
    panel.layers_box.setValue(1)
    assert len(panel.results) == 1 and not panel.neuron_boxes[1].isEnabled()

    panel.reset()
    assert _number(panel.a_labels[(1, 0)]) == 0.6571
    assert math.isclose(panel.network.layers[0].neurons[0].weights[0], 0.15)


# ---- learning: the loss, the backward pass, gradient descent ----------------------------------
def test_the_course_example_backward_and_one_step():
    from digitgui.core.teaching.tiny_backprop import (
        DELTA,
        DL_DA,
        SLOPE,
        Objective,
        backward,
        step,
    )

    net = TinyNetwork.course_example()
    grads = backward(net, Objective())  # squared error, target 1
    assert round(grads.loss, 4) == 0.0588
    assert round(grads.find(DL_DA, 1, 0).value, 4) == -0.3429
    assert round(grads.find(SLOPE, 1, 0).value, 4) == 0.2253
    assert round(grads.weight_gradient(1, 0, 0), 4) == -0.0465
    assert round(grads.bias_gradient(1, 0), 4) == -0.0772
    assert round(grads.weight_gradient(0, 0, 0), 5) == -0.00046
    assert round(grads.bias_gradient(0, 0), 4) == -0.0046
    # The order the gradient flows: the output layer's steps first, then back through w2.
    kinds = [(s.kind, s.layer) for s in grads.steps]
    assert kinds == [(DL_DA, 1), (SLOPE, 1), (DELTA, 1), ("dL/dw", 1), ("dL/db", 1),
                     (DL_DA, 0), (SLOPE, 0), (DELTA, 0), ("dL/dw", 0), ("dL/db", 0)]
    assert grads.find(DL_DA, 0, 0).factors == (0.25, grads.find(DELTA, 1, 0).value)

    report = step(net, Objective(), 0.5)
    layers = net.layers
    assert round(layers[1].neurons[0].weights[0], 4) == 0.2733
    assert round(layers[1].neurons[0].bias, 4) == 0.5386
    assert round(net.outputs()[0], 4) == 0.6689
    assert round(report.loss_before, 4) == 0.0588 and round(report.loss_after, 4) == 0.0548
    assert {(c.layer, c.source): c.old for c in report.changes} == {
        (0, 0): 0.15, (0, None): 0.4, (1, 0): 0.25, (1, None): 0.5}
    assert all(c.new == pytest.approx(c.old - 0.5 * c.gradient) for c in report.changes)


def _random_network(rng, activations) -> TinyNetwork:
    widths = [rng.randint(1, 2) for _ in range(rng.randint(1, 2))]
    net = TinyNetwork([rng.uniform(-1, 1) for _ in range(rng.randint(1, 2))], [])
    net.layers = [Layer([], rng.choice(activations)) for _ in widths]
    net.resize(len(net.inputs), widths)
    for layer in net.layers:
        for neuron in layer.neurons:
            neuron.weights = [rng.uniform(-1.5, 1.5) for _ in neuron.weights]
            neuron.bias = rng.uniform(-1, 1)
    return net


def _random_objective(rng, net):
    from digitgui.core.teaching.tiny_backprop import CROSS_ENTROPY, Objective

    outputs = len(net.layers[-1].neurons)
    if rng.random() < 0.5:
        return Objective(targets=tuple(rng.uniform(-1, 1) for _ in range(outputs)))
    if outputs == 1:
        net.layers[-1].activation = "sigmoid"  # binary cross-entropy needs a probability
    return Objective(CROSS_ENTROPY, label=rng.randint(0, 1))


def _nudged(net, layer, neuron, source, by) -> TinyNetwork:
    copy = net.copy()
    target = copy.layers[layer].neurons[neuron]
    if source is None:
        target.bias += by
    else:
        target.weights[source] += by
    return copy


def test_every_gradient_agrees_with_finite_differences():
    import random

    from digitgui.core.teaching.tiny_backprop import backward, loss

    rng = random.Random(11)
    checked = 0
    for _ in range(300):
        net = _random_network(rng, ["sigmoid", "relu", "linear"])
        objective = _random_objective(rng, net)
        # ReLU has a kink at 0: a nudge across it changes the slope, so stay away from it.
        if any(abs(r.z) < 0.05 for row in net.forward() for r in row):
            continue
        grads = backward(net, objective)
        h = 1e-6
        for li, layer in enumerate(net.layers):
            for j, neuron in enumerate(layer.neurons):
                for source in [*range(len(neuron.weights)), None]:
                    numeric = (loss(_nudged(net, li, j, source, h), objective)
                               - loss(_nudged(net, li, j, source, -h), objective)) / (2 * h)
                    exact = (grads.bias_gradient(li, j) if source is None
                             else grads.weight_gradient(li, j, source))
                    assert exact == pytest.approx(numeric, rel=1e-5, abs=1e-7), (net, source)
                    checked += 1
    assert checked > 1000


def test_cross_entropy_gradients_at_the_output():
    from digitgui.core.teaching.tiny_backprop import (
        CROSS_ENTROPY,
        DELTA,
        DL_DA,
        Objective,
        backward,
    )

    net = TinyNetwork.course_example()  # one sigmoid output: binary cross-entropy
    grads = backward(net, Objective(CROSS_ENTROPY, label=1))
    a2 = net.outputs()[0]
    assert grads.loss == pytest.approx(-math.log(a2))
    assert grads.find(DELTA, 1, 0).value == pytest.approx(a2 - 1)  # σ′ cancels: δ = a − y

    net.resize(1, [1, 2])
    net.layers[-1].activation = "linear"  # the output a's are logits
    grads = backward(net, Objective(CROSS_ENTROPY, label=0))
    p = grads.probabilities
    assert sum(p) == pytest.approx(1.0) and grads.loss == pytest.approx(-math.log(p[0]))
    assert grads.find(DL_DA, 1, 0).value == pytest.approx(p[0] - 1)
    assert grads.find(DL_DA, 1, 1).value == pytest.approx(p[1])

    net.resize(1, [1, 1])  # one linear output is no probability
    with pytest.raises(ValueError, match="sigmoid"):
        backward(net, Objective(CROSS_ENTROPY, label=1))
    with pytest.raises(ValueError):
        backward(net, Objective(targets=(1.0, 0.0)))  # two targets, one output


def test_learning_rate_small_descends_too_large_bounces_or_grows():
    from digitgui.core.teaching.tiny_backprop import Objective, run

    losses = run(TinyNetwork.course_example(), Objective(), 0.5, 100)
    assert len(losses) == 101
    assert all(b < a for a, b in zip(losses, losses[1:], strict=False))  # always downhill
    assert losses[-1] < 0.1 * losses[0]

    # The course's network with target 0.5 and η = 50: every step overshoots the bottom.
    bouncing = run(TinyNetwork.course_example(), Objective(targets=(0.5,)), 50.0, 20)
    assert bouncing[1] > 4 * bouncing[0]
    assert sum(b > a for a, b in zip(bouncing, bouncing[1:], strict=False)) >= 5
    gentle = run(TinyNetwork.course_example(), Objective(targets=(0.5,)), 5.0, 20)
    assert gentle[-1] < 1e-4 < bouncing[-1]

    # One linear neuron, x = 1: L = ½(w + b − 1)², and η = 1.5 doubles the error each step.
    line = TinyNetwork([1.0], [Layer([Neuron([0.5], 0.0)], "linear")])
    growing = run(line, Objective(), 1.5, 200)
    assert growing[:4] == pytest.approx([0.125, 0.5, 2.0, 8.0])
    assert len(growing) < 201 and growing[-1] > 1e9  # stopped once it blew up


@pytest.mark.parametrize("loss_kind", ["squared_error", "cross_entropy"])
def test_run_takes_exactly_the_steps_that_step_takes(loss_kind):
    """Run 100 steps reuses each forward pass; it must still be step after step, bit for bit."""
    from digitgui.core.teaching.tiny_backprop import Objective, run, step

    net = TinyNetwork.course_example()
    net.resize(2, [2, 2])
    net.layers[1].activation = "linear" if loss_kind == "cross_entropy" else "sigmoid"
    net.layers[0].neurons[1].weights = [-0.3, 0.8]
    objective = (Objective(loss_kind, label=1) if loss_kind == "cross_entropy"
                 else Objective(targets=(1.0, 0.0)))
    stepped = net.copy()
    reports = [step(stepped, objective, 0.7) for _ in range(30)]
    ran = net.copy()
    assert run(ran, objective, 0.7, 30) == [reports[0].loss_before,
                                             *(r.loss_after for r in reports)]

    def parameters(network):
        return [n.weights + [n.bias] for layer in network.layers for n in layer.neurons]

    assert parameters(ran) == parameters(stepped) != parameters(net)  # the same, and it learnt
