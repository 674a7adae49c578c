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

    with qtbot.waitSignal(panel.computed):
        panel.weight_boxes[(0, 0, 0)].setValue(0.3)
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
    assert "w<sup>[1]</sup><sub>21</sub>" in panel.z_labels[(0, 1)].text()
    panel.layers_box.setValue(1)
    assert len(panel.results) == 1 and not panel.neuron_boxes[1].isEnabled()

    panel.reset()
    assert _number(panel.a_labels[(1, 0)]) == 0.6571
    assert math.isclose(panel.network.layers[0].neurons[0].weights[0], 0.15)
