"""Backpropagation step by step, on the Forward propagation panel's own tiny network.

Choose a target and a loss; every step of the chain rule is written out with its numbers, in
the order the gradient flows back, and drawn on the network where it lives. **Step** applies
one step of gradient descent, w ← w − η ∂L/∂w, and shows each weight's old and new value;
**Run 100 steps** draws the loss against steps; a learning rate too large makes it bounce or
grow. The computing is :mod:`digitgui.core.teaching.tiny_backprop`; the network is shared with
the forward panel through a :class:`~digitgui.ui.inside.tiny_model.TinyNetworkModel`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from digitgui.core.teaching import tiny_backprop as bp
from digitgui.core.teaching.tiny_network import TinyNetwork
from digitgui.ui import theme
from digitgui.ui.background import BackgroundTask
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate
from digitgui.ui.inside.backprop_chart import LossChart
from digitgui.ui.inside.backprop_diagram import BackpropDiagram
from digitgui.ui.inside.backprop_targets import TargetEditor
from digitgui.ui.inside.backprop_text import StepWriter, number
from digitgui.ui.inside.explanations import TOPICS, readable_scripts
from digitgui.ui.inside.tiny_diagram import short
from digitgui.ui.inside.tiny_model import TinyNetworkModel
from digitgui.ui.inside.tiny_notation import Notation
from digitgui.ui.messages import error_text
from digitgui.ui.turns import ShownOneByOne, later

INTRO = (
    QT_TRANSLATE_NOOP("BackpropPanel",
            "Learning is moving every weight and bias a little in the direction that makes the "
            "loss L smaller. Backpropagation finds that direction with the chain rule, from the "
            "loss back to the first layer: each neuron's δ = ∂L/∂a · g′(z), then ∂L/∂w = δ · (the "
            "weight's input) and ∂L/∂b = δ. Same network as Forward propagation: edit it there or "
            "here."))
RUN_STEPS = 100
TOO_LARGE_HINT = (
    QT_TRANSLATE_NOOP("BackpropPanel",
            "<b>The loss went up</b> at {ups} of these steps: with η = {rate} each step "
            "overshoots, jumping past the bottom of the valley to a point higher up the other "
            "side. Make the learning rate smaller."))
TRY_HINT = (QT_TRANSLATE_NOOP("BackpropPanel",
        "To feel a learning rate that is too large: squared error, target y = 0.5, η = 50, then "
        "Run 100 steps."))


def set_html(label: QLabel, html: str) -> None:
    """Rich text whose sub- and superscripts are drawn large enough to read."""
    label.setText(readable_scripts(html, label.font().pointSizeF()))


def _rich_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class BackpropagationPanel(QWidget):
    computed = Signal()
    """The backward pass was recomputed and shown (after any change)."""
    stepped = Signal(object)
    """A step of gradient descent was taken: its :class:`~tiny_backprop.StepReport`."""

    def __init__(self, model: TinyNetworkModel | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model if model is not None else TinyNetworkModel(parent=self)
        self.backward: bp.Backward | None = None
        self.history: list[float] = []
        """The loss before the first step and after each since (the chart's points)."""
        self.start: TinyNetwork | None = None
        """The network before the first step: what Reset goes back to."""
        self.step_lines: dict[tuple, str] = {}
        """Each chain-rule step's line of HTML, by (kind, layer, neuron, source)."""
        self._stepping = False
        self._reveal = ShownOneByOne(self)  # the long texts a turn after the panel
        self._report_due: tuple[list[str], list[float]] | None = None
        """A run's report and losses, shown a turn after its weights (see :meth:`_ran`)."""
        self.too_large = False
        """Whether the loss went up during the last Step or Run: η is too large."""

        self.targets = TargetEditor()
        self.targets.changed.connect(self._objective_changed)
        self.rate_box = QDoubleSpinBox()
        self.rate_box.setRange(0.001, 100.0)
        self.rate_box.setDecimals(3)
        self.rate_box.setSingleStep(0.1)
        self.rate_box.setValue(0.5)
        self.rate_box.setToolTip(TOPICS["gradient_descent"][1] + "\n\n"
                                   + translate("BackpropPanel", TRY_HINT))
        self.step_button = QPushButton(translate("BackpropagationPanel", "Step"))
        self.step_button.setToolTip(translate("BackpropagationPanel",
                "One step of gradient descent: w ← w − η ∂L/∂w for every weight and bias"))
        self.step_button.clicked.connect(self.step)
        self.run_button = QPushButton(translate("BackpropagationPanel",
                "Run {RUN_STEPS} steps").format(RUN_STEPS=RUN_STEPS))
        self.run_button.setToolTip(translate("BackpropagationPanel",
                "{RUN_STEPS} steps of gradient descent; the chart shows the loss after "
                "each").format(RUN_STEPS=RUN_STEPS))
        self.run_button.clicked.connect(lambda: self.run(RUN_STEPS))
        self.reset_button = QPushButton(translate("BackpropagationPanel", "Reset"))
        self.reset_button.setToolTip(translate("BackpropagationPanel",
                "Back to the weights before your first step; the chart starts again"))
        self.reset_button.clicked.connect(self.reset)

        self.diagram = BackpropDiagram()
        self.loss_label = _rich_label()
        self.chain_label = _rich_label()
        self.report_label = _rich_label()
        self.hint_label = _rich_label()
        self.chart = LossChart()
        self.report_box = QGroupBox(translate("BackpropagationPanel",
                "Last step: every weight and bias moves downhill"))
        QVBoxLayout(self.report_box).addWidget(self.report_label)
        self.report_box.setVisible(False)
        # Run N steps works out its steps in a worker (10-25 ms of pure Python for 100 on a
        # slow CPU: with the report's layout after them, the window stood still too long).
        self._runner = BackgroundTask(translate("BackpropagationPanel", "Gradient descent"),
                                      self)
        self._runner.finished.connect(self._ran)
        self._runner.failed.connect(self._run_failed)
        self._runner.busyChanged.connect(lambda _busy: self._enable_buttons())
        self._lay_out()
        self.model.changed.connect(self._model_changed)
        self._model_changed()

    def _lay_out(self) -> None:
        intro = QLabel(translate("BackpropPanel", INTRO))
        intro.setWordWrap(True)
        controls = QHBoxLayout()
        controls.addWidget(self.targets)
        controls.addSpacing(12)
        controls.addWidget(QLabel(translate("BackpropagationPanel", "learning rate η")))
        controls.addWidget(self.rate_box)
        controls.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.step_button, self.run_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        chain = QGroupBox(translate("BackpropagationPanel",
                "The chain rule, in the order the gradient flows back"))
        chain_layout = QVBoxLayout(chain)
        chain_layout.addWidget(self.loss_label)
        chain_layout.addWidget(self.chain_label)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(intro)
        layout.addLayout(controls)
        layout.addLayout(buttons)
        layout.addWidget(self.diagram)
        caption = _rich_label(
            translate("BackpropagationPanel",
                    "<span style='color:{muted}'>In <span style='color:{warning}'>orange</span>, "
                    "each gradient where it lives: ∂L/∂w on its edge, under the weight; ∂L/∂a, "
                    "g′(z) and δ = ∂L/∂b by the neuron; the loss on the right.</span>").format(
                    muted=theme.colours().muted, warning=theme.colours().warning))
        layout.addWidget(caption)
        self._reveal.hold(caption, self.loss_label, self.chain_label, self.hint_label)
        layout.addWidget(chain)
        layout.addWidget(self.report_box)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.chart)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._reveal.owner_shown()

    def is_revealed(self) -> bool:
        """Whether its long texts are on screen too (a few turns after the panel)."""
        return self._reveal.is_done()

    @property
    def network(self) -> TinyNetwork:
        return self.model.network

    def objective(self) -> bp.Objective:
        return self.targets.objective()

    # ---- learning -----------------------------------------------------------------------------
    def step(self) -> bp.StepReport | None:
        """One step of gradient descent on the shared network; shows old → new."""
        if self.backward is None or self._runner.is_busy():
            return None
        writer = StepWriter(self.network, self.backward)  # names and outputs before the step
        trained = self.network.copy()
        report = bp.step(trained, self.objective(), self.rate_box.value())
        self._begin_history(report.loss_before)
        self.history.append(report.loss_after)
        self._commit(trained)
        self._show_report(writer.report(report), [report.loss_before, report.loss_after])
        self.stepped.emit(report)
        return report

    def run(self, steps: int) -> None:
        """``steps`` steps at once, worked out in the background on a copy; then the chart gets
        every loss, the boxes the final weights (:meth:`is_busy` until then). A change to the
        network or its target meanwhile drops the answer: it would be for another network."""
        if self.backward is None or self._runner.is_busy():
            return
        before = self.network.copy()
        objective, rate = self.objective(), self.rate_box.value()

        def descend() -> tuple[TinyNetwork, TinyNetwork, list[float]]:
            trained = before.copy()
            return before, trained, bp.run(trained, objective, rate, steps)

        self._runner.start(descend)

    def is_busy(self) -> bool:
        """Whether Run N steps is still working out its steps or showing them."""
        return self._runner.is_busy() or self._report_due is not None

    def _ran(self, result: tuple[TinyNetwork, TinyNetwork, list[float]]) -> None:
        before, trained, losses = result
        self._begin_history(losses[0])
        self.history += losses[1:]
        self._commit(trained)
        # The report and the chart a turn later: in the turn of both panels' new numbers
        # they made it 30 ms of the window's time on a slow machine.
        self._report_due = (self._run_lines(before, trained, losses), losses)
        later(self, self._show_due_report)

    def _show_due_report(self) -> None:
        if self._report_due is not None:  # not overtaken by a step or a reset
            self._show_report(*self._report_due)  # (which clears it)

    def _run_failed(self, message: str) -> None:
        self._show_hint(message)

    def _begin_history(self, loss: float) -> None:
        if not self.history:
            self.start = self.network.copy()
            self.history = [loss]

    def _commit(self, trained: TinyNetwork) -> None:
        """Give the model the new weights; this panel (and the forward one) redraw."""
        self._stepping = True
        try:
            self.model.set_network(trained)
        finally:
            self._stepping = False

    def _run_lines(self, before: TinyNetwork, after: TinyNetwork, losses: list[float]) -> list[str]:
        n = Notation(after)
        lines = []
        for li, (old, new) in enumerate(zip(before.layers, after.layers, strict=True)):
            for j, (n_old, n_new) in enumerate(zip(old.neurons, new.neurons, strict=True)):
                for i, (w_old, w_new) in enumerate(zip(n_old.weights, n_new.weights,
                                                       strict=True)):
                    lines.append(f"{n.w(li, j, i)}: {number(w_old)} → "
                                 f"<b>{number(w_new)}</b>")
                lines.append(f"{n.b(li, j)}: {number(n_old.bias)} → "
                             f"<b>{number(n_new.bias)}</b>")
        stopped = (translate("BackpropagationPanel",
                " (stopped after {value}: the loss blew up)").format(value=len(losses) - 1)
                   if len(losses) - 1 < RUN_STEPS else "")
        lines.append(translate("BackpropagationPanel",
                "Loss L after {value} steps{stopped}: {number} → <b>{number2}</b>").format(
                value=len(losses) - 1, stopped=stopped, number=number(losses[0]),
                number2=number(losses[-1])))
        return lines

    def _show_report(self, lines: list[str], losses: list[float]) -> None:
        self._report_due = None
        set_html(self.report_label, "<br>".join(lines))
        self.report_box.setVisible(True)
        ups = sum(after > before for before, after in zip(losses, losses[1:], strict=False))
        self.too_large = ups > 0
        hint = translate("BackpropPanel", TOO_LARGE_HINT)
        self._show_hint(hint.format(ups=ups, rate=short(self.rate_box.value())) if ups else "")
        self.chart.set_losses(self.history)
        self.reset_button.setEnabled(True)

    def _show_hint(self, warning: str = "") -> None:
        """A warning when the loss went up; otherwise how to see that happen."""
        colours = theme.colours()
        colour, text = (colours.warning, warning) if warning else (colours.muted,
                                                           translate("BackpropPanel", TRY_HINT))
        set_html(self.hint_label, f"<span style='color:{colour}'>{text}</span>")

    def reset(self) -> None:
        """Back to the network before the first step; the chart starts again."""
        self._runner.cancel()
        if self.start is not None:
            self.model.set_network(self.start)  # an outside change: clears the history
        self._clear_history()

    def _clear_history(self) -> None:
        self.history, self.start = [], None
        self._report_due = None
        self.report_box.setVisible(False)
        self.too_large = False
        self._show_hint()
        self.chart.set_losses([])
        self.reset_button.setEnabled(False)

    # ---- showing the backward pass ------------------------------------------------------------
    def _model_changed(self) -> None:
        if not self._stepping:  # the learner edited the network: a new start
            self._runner.cancel()  # steps worked out for the network before the edit
            self._clear_history()
        self.targets.set_outputs(len(self.network.layers[-1].neurons))
        self._compute()

    def _objective_changed(self) -> None:
        self._runner.cancel()  # steps towards the target before
        self._clear_history()  # another target or loss: the old curve measured another thing
        self._compute()

    def _compute(self) -> None:
        try:
            self.backward = bp.backward(self.network, self.objective())
        except ValueError as error:
            self._show_problem(error_text(error))
        else:
            self._show_backward(self.backward)
        self._enable_buttons()
        self.computed.emit()

    def _enable_buttons(self) -> None:
        """Step and Run once the gradients can be worked out and no run is under way."""
        ready = self.backward is not None and not self._runner.is_busy()
        self.step_button.setEnabled(ready)
        self.run_button.setEnabled(ready)

    def _show_problem(self, message: str) -> None:
        self.backward = None
        self.diagram.backward = None
        self.diagram.set_results(self.network.inputs, self.network.forward())
        set_html(self.loss_label, translate("BackpropagationPanel",
                "<span style='color:{warning}'>{upper}{message}.</span>").format(
                warning=theme.colours().warning, upper=message[0].upper(), message=message[1:]))
        set_html(self.chain_label, "")
        self.step_lines = {}

    def _show_backward(self, backward: bp.Backward) -> None:
        self.diagram.set_backward(self.network.inputs, backward)
        writer = StepWriter(self.network, backward)
        muted = theme.colours().muted
        set_html(self.loss_label, translate("BackpropagationPanel",
                "<b>The loss</b> <span style='color:{muted}'>(how far the output is from the "
                "target)</span><br>{loss}").format(muted=muted, loss=writer.loss()))
        self.step_lines = {}
        parts = []
        layer = None
        for s, line in writer.steps():
            if s.layer != layer:
                layer = s.layer
                role = (translate("BackpropagationPanel", "output layer")
                        if layer == len(backward.forward) - 1
                        else translate("BackpropagationPanel", "back through "))
                if layer < len(backward.forward) - 1:
                    role += translate("BackpropagationPanel",
                            "the weights of layer {value}").format(value=layer + 2)
                parts.append(translate("BackpropagationPanel",
                        "<p style='margin-top:6px'><b>Layer {value}</b> <span "
                        "style='color:{muted}'>({role})</span></p>").format(
                        value=layer + 1, muted=muted, role=role))
            self.step_lines[(s.kind, s.layer, s.neuron, s.source)] = line
            parts.append(f"<p style='margin:2px 0 2px 12px'>{line}</p>")
        set_html(self.chain_label, "".join(parts))
