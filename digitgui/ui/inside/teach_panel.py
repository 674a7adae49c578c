"""Teach it this digit: the loss, backpropagation and gradient descent on the real network.

The learner says which digit the drawing really is; the panel shows the cross-entropy loss,
the error at the output (p − y), how large the gradient is at each layer, for a network that
reads the pixels with a Dense layer one neuron's weight gradient as a picture, and then
**Step**: one step of gradient descent on a copy of the network (the saved model and the
network the other views share are never changed), with the probabilities before and after.

The maths is :mod:`digitgui.core.teaching.gradients` (NumPy, no TensorFlow). It runs in a
worker thread (:class:`~digitgui.ui.background.BackgroundTask`): a few ms for seed and mlp,
about 15 ms for the cnn. One request is in flight at a time; what changes meanwhile (a new
drawing, another digit, more Step presses) is gathered and asked for when the answer is
shown. Out of sight, nothing is computed; the panel catches up when painted.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from digitgui.core.models.bundle import Bundle
from digitgui.core.models.inference import Prediction
from digitgui.core.teaching.introspection import Network
from digitgui.ui import theme
from digitgui.ui.background import BackgroundTask
from digitgui.ui.docks import FollowsWhileSeen, on_screen
from digitgui.ui.formatting import formatted, localized
from digitgui.ui.i18n import translate
from digitgui.ui.inside.teach_bars import BeforeAfterBars, GradientSizeBars, SignedBars
from digitgui.ui.inside.teach_neuron import NeuronGradientBox
from digitgui.ui.inside.teach_work import (
    Answer,
    Request,
    loss_text,
    step_text,
    why_text,
    work_out,
)

LEARNING_RATES = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
DEFAULT_RATE = 0.01
"""One step at 0.01 moves the chosen digit's probability visibly, without jumping to 100 %."""


def _label(text: str = "", muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    if muted:
        label.setStyleSheet(f"color: {theme.colours().muted};")
    return label


def _group(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box


class TeachPanel(FollowsWhileSeen, QWidget):
    """Feed it with :meth:`set_bundle` (the active model) and :meth:`show_prediction` (or
    :meth:`set_input` with the 28x28 pixels, and the predicted digit)."""

    updated = Signal()
    """The panel now shows the newest drawing, digit, model and steps."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bundle: Bundle | None = None
        self.pixels: np.ndarray | None = None
        self.predicted: int | None = None
        self.digit: int | None = None
        self.user_chose = False  # the learner picked the digit: it no longer follows guesses
        self.original: Network | None = None  # the saved model's network, for self.bundle
        self.current: Network | None = None  # the copy taught so far (None: not stepped)
        self.steps_taken = 0
        self.answer: Answer | None = None
        self._pending_steps = 0
        self._broken: Bundle | None = None
        self._stale = False
        self._task = BackgroundTask(translate("TeachPanel", "Teaching the network"), self)
        self._task.finished.connect(self._show_answer)
        self._task.failed.connect(self._show_failure)
        self._build()
        self.setAccessibleName(translate("TeachPanel", "Teach it this digit"))
        self._show_message(translate("TeachPanel",
                "No model yet: choose or train one to teach it."))

    # ---- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.model_label = _label(translate("TeachPanel", "No model"))
        self.message = _label()
        self.message.setStyleSheet(f"color: {theme.colours().warning}; font-weight: bold;")

        self.digit_buttons = QButtonGroup(self)
        self.digit_buttons.setExclusive(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("TeachPanel", "This drawing is a")))
        for digit in range(10):
            button = QToolButton()
            button.setText(str(digit))
            button.setCheckable(True)
            button.setMinimumWidth(30)
            button.setAccessibleName(translate("TeachPanel", "Digit {digit}").format(digit=digit))
            self.digit_buttons.addButton(button, digit)
            row.addWidget(button)
        row.addStretch(1)
        self.digit_buttons.idClicked.connect(self.choose_digit)
        self.digit_hint = _label(muted=True)
        chooser = QWidget()
        chooser_layout = QVBoxLayout(chooser)
        chooser_layout.setContentsMargins(0, 0, 0, 0)
        chooser_layout.addLayout(row)
        chooser_layout.addWidget(self.digit_hint)

        self.loss_label = _label()
        self.output_bars = SignedBars()
        self.size_bars = GradientSizeBars()
        self.why_label = _label(muted=True)
        self.neuron_box = NeuronGradientBox()

        self.rate = QComboBox()
        for rate in LEARNING_RATES:
            self.rate.addItem(localized(f"η = {rate:g}"), rate)
        self.rate.setCurrentIndex(LEARNING_RATES.index(DEFAULT_RATE))
        self.rate.setToolTip(translate("TeachPanel",
                "The learning rate: how far one step moves every weight"))
        self.step_button = QPushButton(translate("TeachPanel", "Step"))
        self.step_button.setToolTip(translate("TeachPanel",
                "One step of gradient descent on a copy of the model"))
        self.step_button.clicked.connect(self.step)
        self.reset_button = QPushButton(translate("TeachPanel", "Reset"))
        self.reset_button.setToolTip(translate("TeachPanel",
                "Back to the saved model (it was never changed)"))
        self.reset_button.clicked.connect(self.reset)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(translate("TeachPanel", "Learning rate")))
        controls.addWidget(self.rate)
        controls.addWidget(self.step_button)
        controls.addWidget(self.reset_button)
        controls.addStretch(1)
        self.step_label = _label()
        self.before_after = BeforeAfterBars()
        steps = QGroupBox(translate("TeachPanel", "4 · Gradient descent: w ← w − η ∂L/∂w"))
        steps_layout = QVBoxLayout(steps)
        steps_layout.addLayout(controls)
        steps_layout.addWidget(self.step_label)
        steps_layout.addWidget(self.before_after, 1)
        steps_layout.addWidget(_label(translate("TeachPanel",
                "Grey: the saved model · blue: the copy after the steps (softmax at "
                "temperature 1)"),
                        muted=True))

        self.body = QWidget()
        grid = QGridLayout(self.body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(_group(translate("TeachPanel", "1 · Which digit did you draw?"),
                              chooser), 0, 0, 1, 2)
        grid.addWidget(_group(translate("TeachPanel", "2 · The loss"), self.loss_label), 1, 0, 1, 2)
        output_note = _label(translate("TeachPanel",
                "Only the right digit's bar is negative: a step raises its logit and lowers each "
                "other one in proportion to its bar."), muted=True)
        grid.addWidget(_group(translate("TeachPanel", "3 · The error at the output: ∂L/∂z = p − y"),
                              self.output_bars, output_note), 2, 0)
        grid.addWidget(steps, 2, 1)
        sizes = _group(translate("TeachPanel",
                "5 · The gradient reaching each layer: ‖∂L/∂θ‖ / ‖θ‖ (log scale)"),
                       self.size_bars, self.why_label)
        sizes.layout().addStretch(1)
        # One row: with no neuron pictures (a cnn) the sizes take its whole width.
        bottom = QHBoxLayout()
        bottom.addWidget(sizes, 1)
        bottom.addWidget(self.neuron_box, 1)
        grid.addLayout(bottom, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.model_label)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)

    # ---- inputs -----------------------------------------------------------------------------
    def set_bundle(self, bundle: Bundle | None) -> None:
        """The active model changed: start again from it."""
        self.bundle = bundle
        self._task.cancel()  # an answer for the old model must never show
        self.original = self.current = self.answer = None
        self.steps_taken = self._pending_steps = 0
        self.user_chose = False
        self.neuron_box.chosen = False
        self._changed()

    def show_prediction(self, prediction: Prediction) -> None:
        """Slot for ``PredictionService.predicted``: its input and its most likely digit."""
        self.set_input(prediction.prepared.pixels, prediction.likely)

    def set_input(self, pixels: np.ndarray | None, predicted: int | None = None) -> None:
        self.pixels = None if pixels is None else np.array(pixels, dtype=np.float32)
        self.predicted = predicted
        if self.pixels is None:
            self.user_chose = False  # a new drawing starts with the network's guess
        if not self.user_chose:
            self._set_digit(predicted if predicted is not None else self.digit)
        self._changed()

    def choose_digit(self, digit: int) -> None:
        """The learner says the drawing is ``digit``."""
        self.user_chose = True
        self._set_digit(digit)
        self._changed()

    def step(self) -> None:
        """One step of gradient descent on the copy (several presses add up)."""
        if self.pixels is None or self.digit is None or self.bundle is None:
            return
        self._pending_steps += 1
        self._changed()

    def reset(self) -> None:
        """Back to the saved model."""
        self._task.cancel()
        self.current = None
        self.steps_taken = self._pending_steps = 0
        self._changed()

    def learning_rate(self) -> float:
        return float(self.rate.currentData())

    def _set_digit(self, digit: int | None) -> None:
        self.digit = digit
        if digit is not None:
            self.digit_buttons.button(digit).setChecked(True)
        self._hint()

    def _hint(self) -> None:
        guess = "" if self.predicted is None else translate("TeachPanel",
                "The network guessed {predicted}. ").format(predicted=self.predicted)
        self.digit_hint.setText(translate("TeachPanel",
                "{guess}Pick the digit you really drew: the loss, the gradients and each step are "
                "for that digit.").format(guess=guess))

    # ---- refreshing -------------------------------------------------------------------------
    def _request(self) -> None:
        self._stale = False
        problem = self._problem()
        if problem:
            self._show_message(problem)
            self.updated.emit()
            return
        steps, self._pending_steps = self._pending_steps, 0
        request = Request(self.bundle, self.original, self.current, self.pixels, self.digit,
                          steps, self.learning_rate(), self._known())
        self._task.start(lambda: work_out(request))

    def _known(self):
        """The last answer's gradients, if they are for the network, drawing and digit asked
        for now (a Step press reuses them: a cnn step then takes one backward pass, not two)."""
        if self.answer is None:
            return None
        g = self.answer.gradients
        network = self.current or self.original
        if (g.network is not network or g.digit != self.digit
                or not np.array_equal(g.forward.pixels.reshape(28, 28), self.pixels)):
            return None
        return g

    def _problem(self) -> str:
        """Why nothing can be computed now, for the learner ('' when all is there)."""
        if self.bundle is None:
            return translate("TeachPanel", "No model yet: choose or train one to teach it.")
        if self.bundle is self._broken:
            return self.message.text()
        if self.pixels is None:
            return translate("TeachPanel",
                    "Draw a digit on the sheet, then pick which digit it is, to teach it.")
        if self.digit is None:
            return translate("TeachPanel", "Pick which digit you drew.")
        return ""

    def _show_answer(self, answer: Answer) -> None:
        request = answer.request
        if request.bundle is not self.bundle:  # (a model change cancels: never expected)
            self._settle()
            return
        self.answer, self.original = answer, answer.original
        self.current = answer.current if answer.stepped else None
        self.steps_taken += request.steps
        self.message.setVisible(False)
        self.body.setEnabled(True)
        g = answer.gradients
        network = answer.original
        params = sum(spec.parameter_count for spec in network.layers)
        if not answer.stepped:
            which = translate("TeachPanel", "the saved model")
        elif self.steps_taken == 1:
            which = translate("TeachPanel", "the copy after 1 step")
        else:
            which = translate("TeachPanel", "the copy after {count} steps").format(
                count=self.steps_taken)
        self.model_label.setText(formatted(translate("TeachPanel",
                "<b>{name}</b> ({network}) · {params:,} parameters · loss and gradients of "
                "{which}, for digit <b>{digit}</b> on your drawing"),
                name=self.bundle.name, network=self.bundle.network, params=params, which=which,
                digit=g.digit))
        self.loss_label.setText(loss_text(g))
        self.output_bars.set_values(g.output_gradient, g.digit)
        self.size_bars.set_sizes(g.sizes)
        self.why_label.setText(why_text(g))
        self.step_label.setText(step_text(answer, self.steps_taken))
        self.before_after.set_probabilities(answer.before,
                                            g.probabilities if answer.stepped else None, g.digit)
        self.reset_button.setEnabled(answer.stepped)
        self.neuron_box.show_gradients(g)
        self._settle()

    def _show_failure(self, message: str) -> None:
        """The model cannot be taught here (a foreign or damaged model.keras): say why."""
        self._broken = self.bundle
        self._show_message(message)
        self._settle()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)
        self.body.setEnabled(False)
        # Nothing of an earlier drawing or model stays on show under the message.
        for label in (self.loss_label, self.why_label, self.step_label):
            label.clear()
        self.output_bars.set_values(None, None)
        self.before_after.set_probabilities(None, None, None)
        self.size_bars.set_sizes([])
        self.neuron_box.show_gradients(None)
        self.model_label.setText(translate("TeachPanel", "No model") if self.bundle is None else
                                 f"<b>{self.bundle.name}</b> ({self.bundle.network})")

    def _settle(self) -> None:
        if self._stale and on_screen(self):
            self._request()
        else:
            self.updated.emit()
