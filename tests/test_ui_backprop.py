"""The Backpropagation panel: the course's worked example read back from what the panel shows,
one network shared with the Forward propagation panel, Step, Run 100 steps, Reset, and a
learning rate too large."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from digitgui.core.teaching.tiny_backprop import (
    CROSS_ENTROPY,
    DELTA,
    DL_DA,
    DL_DB,
    DL_DW,
    SLOPE,
)
from digitgui.core.teaching.tiny_network import TinyNetwork
from digitgui.ui import theme
from digitgui.ui.inside import BackpropagationPanel, ForwardPropagationPanel, TinyNetworkModel


def _bold(html: str) -> str:
    """The result of a step's line: its last bold number."""
    return re.findall(r"<b>([^<]+)</b>", html)[-1]


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def _panel(qtbot, model=None) -> BackpropagationPanel:
    panel = BackpropagationPanel(model)
    qtbot.addWidget(panel)
    panel.resize(760, 900)
    panel.show()
    return panel


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_worked_example_appears_step_by_step(qtbot):
    panel = _panel(qtbot)
    lines = panel.step_lines
    assert _bold(panel.loss_label.text()) == "0.0588"
    assert _bold(lines[(DL_DA, 1, 0, None)]) == "−0.3429"
    assert _bold(lines[(SLOPE, 1, 0, None)]) == "0.2253"
    assert _bold(lines[(DELTA, 1, 0, None)]) == "−0.0772"
    assert _bold(lines[(DL_DW, 1, 0, 0)]) == "−0.0465"
    assert _bold(lines[(DL_DB, 1, 0, None)]) == "−0.0772"
    assert _bold(lines[(DL_DW, 0, 0, 0)]) == "−0.00046"
    assert _bold(lines[(DL_DB, 0, 0, None)]) == "−0.0046"
    # Each with the formula it came from, negative factors in parentheses.
    assert "a<sub>2</sub>(1 − a<sub>2</sub>) = 0.6571 × (1 − 0.6571)" in _unsized(
        lines[(SLOPE, 1, 0, None)])
    assert "(−0.0772) × 0.6023" in lines[(DL_DW, 1, 0, 0)]
    assert "0.25 × (−0.0772)" in lines[(DL_DA, 0, 0, None)]
    # In the order the gradient flows: the output layer's steps, then back through w2.
    shown = _plain(panel.chain_label.text())
    order = ["−0.3429", "0.2253", "−0.0465", "−0.0193", "−0.00046"]
    assert [shown.index(v) for v in order] == sorted(shown.index(v) for v in order)
    # And on the diagram, where each value lives.
    assert panel.diagram.backward is panel.backward

    with qtbot.waitSignal(panel.stepped) as stepped:
        _click(qtbot, panel.step_button)
    report = _plain(panel.report_label.text())
    for text in ("0.25 − 0.5 × (−0.0465) = 0.2733", "0.5 − 0.5 × (−0.0772) = 0.5386",
                 "0.6571 → 0.6689", "0.0588 → 0.0548"):
        assert text in report
    assert round(stepped.args[0].loss_after, 4) == 0.0548
    assert panel.report_box.isVisible() and not panel.too_large
    assert _bold(panel.loss_label.text()) == "0.0548"  # the backward pass of the new weights
    assert panel.chart.losses == pytest.approx([0.058777, 0.054803], abs=1e-6)


def _unsized(html: str) -> str:
    """Without the spans that enlarge sub- and superscripts."""
    return re.sub(r"<span style='font-size:[0-9.]+pt'>(<su[bp]>.*?</su[bp]>)</span>", r"\1",
                  html)


def test_one_network_for_both_panels(qtbot):
    model = TinyNetworkModel()
    forward = ForwardPropagationPanel(model)
    qtbot.addWidget(forward)
    backprop = _panel(qtbot, model)

    # An edit in the forward panel is the backprop panel's network too.
    with qtbot.waitSignal(backprop.computed):
        forward.weight_boxes[(1, 0, 0)].setValue(0.3)
    assert backprop.backward.forward[1][0].weights == (0.3,)
    assert model.network.layers[1].neurons[0].weights == [0.3]

    # A step in the backprop panel moves the forward panel's boxes and its numbers.
    model.set_weight(1, 0, 0, 0.25)
    with qtbot.waitSignal(forward.computed):
        _click(qtbot, backprop.step_button)
    assert forward.weight_boxes[(1, 0, 0)].value() == pytest.approx(0.2733)
    assert forward.bias_boxes[(1, 0)].value() == pytest.approx(0.5386)
    assert "0.6689" in forward.a_labels[(1, 0)].text()
    # The boxes show 4 decimals, the network keeps every digit: more steps stay exact.
    assert model.network.layers[1].neurons[0].weights[0] == pytest.approx(0.273263007, abs=1e-9)

    # A new shape in the forward panel: two output neurons, two targets here.
    forward.neuron_boxes[1].setValue(2)
    assert len(backprop.targets.target_boxes) == 2
    assert backprop.objective().targets == (1.0, 0.0)
    assert "(a<sup>[2]</sup><sub>1</sub> − y<sub>1</sub>)" in _unsized(
        backprop.loss_label.text())
    _click(qtbot, backprop.step_button)
    assert forward.network is backprop.network
    assert "w<sup>[2]</sup><sub>21</sub>" in _unsized(backprop.report_label.text())

    alone = ForwardPropagationPanel()  # still works without a shared model
    qtbot.addWidget(alone)
    assert alone.model is not model and "0.6571" in alone.a_labels[(1, 0)].text()
    assert alone.notes_note.isVisibleTo(alone) and "0.7153" in alone.notes_note.text()
    alone.bias_boxes[(1, 0)].setValue(0.6)
    assert not alone.notes_note.isVisibleTo(alone)  # the note is about the course's numbers


def _has_colour(image, colour: QColor) -> bool:
    return any(image.pixelColor(x, y) == colour for x in range(0, image.width(), 2)
               for y in range(0, image.height(), 2))


def test_run_reset_and_a_learning_rate_too_large(qtbot):
    panel = _panel(qtbot)
    accent = QColor(theme.colours().accent)
    assert not _has_colour(panel.chart.grab().toImage(), accent)  # nothing drawn yet
    _click(qtbot, panel.run_button)
    assert not panel.step_button.isEnabled()  # the steps are worked out in the background
    qtbot.waitUntil(lambda: not panel.is_busy())
    assert panel.step_button.isEnabled() and panel.run_button.isEnabled()
    losses = panel.chart.losses
    assert len(losses) == 101 and losses[0] == pytest.approx(0.058777, abs=1e-6)
    assert all(b < a for a, b in zip(losses, losses[1:], strict=False))
    assert _has_colour(panel.chart.grab().toImage(), accent)  # the curve
    assert not panel.too_large and "100 steps" in panel.report_label.text()
    assert "η = 50" in panel.hint_label.text()  # how to see a learning rate too large

    _click(qtbot, panel.reset_button)
    assert panel.network == TinyNetwork.course_example()
    assert panel.chart.losses == [] and not panel.reset_button.isEnabled()

    panel.targets.target_boxes[0].setValue(0.5)
    panel.rate_box.setValue(50.0)
    _click(qtbot, panel.run_button)
    qtbot.waitUntil(lambda: not panel.is_busy())
    losses = panel.chart.losses
    assert losses[1] > 4 * losses[0]  # the first step already overshoots
    assert panel.too_large
    hint = panel.hint_label.text()
    assert "went up" in hint and "η = 50" in hint and "smaller" in hint

    # Back to the start, a small step: the loss falls and the warning goes.
    _click(qtbot, panel.reset_button)
    panel.rate_box.setValue(5.0)
    _click(qtbot, panel.step_button)
    assert panel.history[1] < panel.history[0] and not panel.too_large
    assert "went up" not in panel.hint_label.text()


def test_an_edit_while_the_steps_are_worked_out_drops_them(qtbot):
    """The steps were for the network before the edit: they must not land on the new one."""
    panel = _panel(qtbot)
    _click(qtbot, panel.run_button)
    assert panel.is_busy()
    panel.model.set_activation(1, "relu")  # the learner edits the network meanwhile
    assert panel._runner.wait()  # the worker has answered: the answer is queued...
    QApplication.processEvents()  # ...and delivered now; it must be dropped
    assert not panel.is_busy()
    edited = TinyNetwork.course_example()
    edited.layers[1].activation = "relu"
    assert panel.network == edited  # not trained
    assert panel.chart.losses == [] and panel.report_box.isHidden()
    assert panel.run_button.isEnabled()


def test_cross_entropy(qtbot):
    panel = _panel(qtbot)
    panel.targets.set_loss(CROSS_ENTROPY)  # one sigmoid output: binary cross-entropy, y = 1
    assert panel.targets.class_box is not None and panel.objective().label == 1
    assert "−ln a<sub>2</sub> = −ln 0.6571" in _unsized(panel.loss_label.text())
    assert _bold(panel.loss_label.text()) == "0.4199"  # −ln 0.6571…
    assert _bold(panel.step_lines[(DELTA, 1, 0, None)]) == "−0.3429"  # δ = a − y
    _click(qtbot, panel.step_button)
    assert panel.history[1] < panel.history[0]

    # One linear output is no probability: the panel says so and does not step.
    panel.model.set_activation(1, "linear")
    assert panel.backward is None and not panel.step_button.isEnabled()
    assert "sigmoid" in panel.loss_label.text()

    # Two linear outputs: softmax over them, the right class chosen in a list.
    panel.model.resize(1, [1, 2])
    assert panel.backward is not None and panel.targets.class_box.count() == 2
    panel.targets.class_box.setCurrentIndex(0)
    p = panel.backward.probabilities
    assert sum(p) == pytest.approx(1.0)
    assert _bold(panel.step_lines[(DL_DA, 1, 0, None)]) == f"{p[0] - 1:.4f}".replace("-", "−")
    assert "exp(" in panel.loss_label.text() and "−ln p<sub>1</sub>" in _unsized(
        panel.loss_label.text())
    panel.run(20)
    qtbot.waitUntil(lambda: not panel.is_busy())
    losses = panel.history
    assert len(losses) == 21 and losses[-1] < losses[0]


def test_in_the_window_both_panels_share_one_network_and_how_it_works_links_to_them(window,
                                                                                   qtbot):
    from digitgui.ui.docks import on_screen

    window.backprop_dock.raise_()
    backprop = window.backprop_dock.content()
    forward = window.forward_dock.content()
    with qtbot.waitSignal(backprop.stepped, timeout=3000) as stepped:
        backprop.step()
    # The forward panel shows the stepped weights: it computes on the same network.
    assert forward.network is window.tiny_network.network
    assert stepped.args[0].loss_after == pytest.approx(0.0548, abs=5e-5)
    assert forward.output()[0] == pytest.approx(0.6689, abs=5e-5)

    window.explain_dock.raise_()
    explanations = window.explain_dock.content()
    explanations.panelRequested.emit("backprop-dock")  # a click on "see it step by step"
    qtbot.waitUntil(lambda: on_screen(backprop), timeout=3000)


def test_its_long_texts_are_shown_one_a_turn_after_the_panel(qtbot):
    """Laid out with the panel, the rich texts held the window twice as long as without them:
    they come after it, one a turn, written already (what they say never waits)."""
    panel = BackpropagationPanel()
    qtbot.addWidget(panel)
    panel.resize(760, 900)
    held = (panel.loss_label, panel.chain_label, panel.hint_label)
    seen: list[int] = []
    tick = QTimer()
    tick.timeout.connect(lambda: seen.append(sum(label.isVisible() for label in held)))
    tick.start(0)
    panel.show()
    try:
        assert not any(label.isVisible() for label in held) and not panel.is_revealed()
        assert _bold(panel.loss_label.text()) == "0.0588"
        qtbot.waitUntil(panel.is_revealed)
    finally:
        tick.stop()
    assert all(label.isVisible() for label in held)
    assert {1, 2} <= set(seen)  # one after another, the event loop going round between
    panel.hide()
    panel.show()  # shown again: nothing more to reveal, nothing hidden
    assert all(label.isVisible() for label in held)
