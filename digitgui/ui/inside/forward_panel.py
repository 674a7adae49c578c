"""Forward propagation step by step, on a network small enough to check by hand.

Spin boxes for every input, weight and bias, an activation per layer, one or two inputs,
layers and neurons; every z and a is recomputed at once and written out with the numbers
filled in. It starts on the course's worked example (see
:mod:`digitgui.core.teaching.tiny_network`). The network lives in a
:class:`~digitgui.ui.inside.tiny_model.TinyNetworkModel`, shared with the Backpropagation panel.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from digitgui.core.teaching.tiny_network import (
    ACTIVATION_LABELS,
    MAX_INPUTS,
    MAX_LAYERS,
    MAX_NEURONS,
    NeuronResult,
    TinyNetwork,
)
from digitgui.ui import theme
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate
from digitgui.ui.inside.explanations import TOPICS
from digitgui.ui.inside.tiny_diagram import TinyDiagram
from digitgui.ui.inside.tiny_model import TinyNetworkModel
from digitgui.ui.inside.tiny_notation import Notation, a_text, z_text
from digitgui.ui.turns import ShownOneByOne

INTRO = (QT_TRANSLATE_NOOP("ForwardPanel",
        "Each neuron multiplies its inputs by its weights, adds its bias, z = w·x + b, and passes "
        "z through its activation, a = g(z). The next layer's inputs are these a's. Change any "
        "number and watch every step follow."))

ACTIVATION_TEXTS = (QT_TRANSLATE_NOOP("ForwardPanel", "sigmoid σ"),
                    QT_TRANSLATE_NOOP("ForwardPanel", "linear (none)"))  # the core's labels
COURSE_NOTES_NOTE = (
    QT_TRANSLATE_NOOP("ForwardPanel",
            "<p><b>Comparing with the course notes?</b> They print a<sub>2</sub> ≈ 0.7153, but "
            "σ(z<sub>2</sub>) = σ(0.6506) = 0.6571. 0.7153 is σ(0.9210), what w<sub>2</sub> = "
            "0.45 and b<sub>2</sub> = 0.65 would give: a slip in the notes. z<sub>2</sub> follows "
            "from the weights, so 0.6571 is right.</p>"))


def _discard(widget: QWidget) -> None:
    """Out of sight at once; deleted back in the event loop."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def _empty(layout: QBoxLayout) -> None:
    """Every widget of ``layout`` out of sight at once and deleted."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            _discard(item.widget())


def _spin(value: float, tip: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(-100.0, 100.0)  # wide: gradient descent with a large η can go far
    box.setDecimals(4)
    box.setSingleStep(0.05)
    box.setValue(value)
    box.setToolTip(tip)
    box.setKeyboardTracking(True)
    return box


class ForwardPropagationPanel(QWidget):
    computed = Signal()
    """Every z and a was recomputed (after any change)."""

    def __init__(self, model: TinyNetworkModel | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        # Shared with the Backpropagation panel when the window gives one; otherwise its own.
        self.model = model if model is not None else TinyNetworkModel(parent=self)
        self.results: list[list[NeuronResult]] = []
        self.input_boxes: list[QDoubleSpinBox] = []
        self.weight_boxes: dict[tuple[int, int, int], QDoubleSpinBox] = {}
        self.bias_boxes: dict[tuple[int, int], QDoubleSpinBox] = {}
        self.activation_boxes: list[QComboBox] = []
        self.z_labels: dict[tuple[int, int], QLabel] = {}
        self.a_labels: dict[tuple[int, int], QLabel] = {}
        self._built_shape: tuple[int, ...] = ()
        self._steps_shape: tuple[int, ...] = ()
        self._reveal = ShownOneByOne(self)  # the z and a lines a turn after the panel

        intro = QLabel(translate("ForwardPanel", INTRO))
        intro.setWordWrap(True)
        self.inputs_box = self._count_box(1, MAX_INPUTS, translate("ForwardPropagationPanel",
                "How many inputs x the network has"))
        self.layers_box = self._count_box(2, MAX_LAYERS, TOPICS["layer"][1])
        self.neuron_boxes = [self._count_box(1, MAX_NEURONS, translate("ForwardPropagationPanel",
                "Neurons in this layer"))
                             for _ in range(MAX_LAYERS)]
        reset = QPushButton(translate("ForwardPropagationPanel", "Course example"))
        reset.setToolTip(translate("ForwardPropagationPanel",
                "x1 = 0.1, w1 = 0.15, b1 = 0.4, w2 = 0.25, b2 = 0.5, sigmoid"))
        reset.clicked.connect(self.reset)
        shape = QHBoxLayout()
        for text, box in ((translate("ForwardPropagationPanel", "Inputs"),
                           self.inputs_box), (translate("ForwardPropagationPanel",
                "Layers"), self.layers_box),
                          (translate("ForwardPropagationPanel", "Neurons in layer 1"),
                           self.neuron_boxes[0]),
                          (translate("ForwardPropagationPanel", "in layer 2"),
                           self.neuron_boxes[1])):
            shape.addWidget(QLabel(text))
            shape.addWidget(box)
        shape.addStretch(1)
        shape.addWidget(reset)

        self.editors = QWidget()
        self.editors_layout = QHBoxLayout(self.editors)
        self.editors_layout.setContentsMargins(0, 0, 0, 0)
        self.diagram = TinyDiagram()
        self.steps = QWidget()
        self.steps_layout = QVBoxLayout(self.steps)
        self.steps_layout.setContentsMargins(0, 0, 0, 0)
        self.notes_note = QLabel(f"<span style='color:{theme.colours().muted}'>"
                                 f"{translate('ForwardPanel', COURSE_NOTES_NOTE)}</span>")
        self.notes_note.setWordWrap(True)
        self.notes_note.setTextFormat(Qt.TextFormat.RichText)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(intro)
        layout.addLayout(shape)
        layout.addWidget(self.editors)
        layout.addWidget(self.diagram)
        layout.addWidget(self.steps)
        layout.addWidget(self.notes_note)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.model.changed.connect(self._model_changed)
        self._model_changed()

    @property
    def network(self) -> TinyNetwork:
        return self.model.network

    def _count_box(self, value: int, top: int, tip: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, top)
        box.setValue(value)
        box.setToolTip(tip)
        box.valueChanged.connect(self._shape_changed)
        return box

    # ---- shape and editors ------------------------------------------------------------------
    def reset(self) -> None:
        """Back to the course's worked example."""
        self.model.reset()

    def _shape_changed(self) -> None:
        layers = self.layers_box.value()
        self.model.resize(self.inputs_box.value(),
                          [self.neuron_boxes[i].value() for i in range(layers)])

    def _model_changed(self) -> None:
        """Show the model's network: new editors if its shape changed, else new values."""
        if self.model.shape() != self._built_shape:
            self._show_shape()
            self._rebuild()
        else:
            self._show_values()
        self._compute()

    def _show_shape(self) -> None:
        shape = self.model.shape()
        counts = [(self.inputs_box, shape[0]), (self.layers_box, len(shape) - 1)]
        counts += [(box, count) for box, count in zip(self.neuron_boxes, shape[1:],
                                                          strict=False)]
        for box, value in counts:
            box.blockSignals(True)  # the model has this shape already: no resize back
            box.setValue(value)
            box.blockSignals(False)
        self.neuron_boxes[1].setEnabled(len(shape) > 2)

    def _show_values(self) -> None:
        """Every box shows the model's value. The boxes round to 4 decimals but the network
        keeps its exact values: a box writes to the model only when the learner edits it."""
        net = self.network
        pairs = [(box, value) for box, value in zip(self.input_boxes, net.inputs, strict=True)]
        for (li, j, i), box in self.weight_boxes.items():
            pairs.append((box, net.layers[li].neurons[j].weights[i]))
        for (li, j), box in self.bias_boxes.items():
            pairs.append((box, net.layers[li].neurons[j].bias))
        for box, value in pairs:
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        for combo, layer in zip(self.activation_boxes, net.layers, strict=True):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(layer.activation))
            combo.blockSignals(False)

    def _rebuild(self) -> None:
        """Editors for the current shape, their values from the network."""
        self._built_shape = self.model.shape()
        _empty(self.editors_layout)
        self.input_boxes, self.activation_boxes = [], []
        self.weight_boxes, self.bias_boxes = {}, {}
        n = Notation(self.network)

        inputs = QGroupBox(translate("ForwardPropagationPanel", "Inputs"))
        grid = QGridLayout(inputs)
        for i, value in enumerate(self.network.inputs):
            box = _spin(value, translate("ForwardPropagationPanel",
                    "An input value: for a picture, one pixel's brightness"))
            box.valueChanged.connect(partial(self.model.set_input, i))
            grid.addWidget(QLabel(f"{n.x(i)} ="), i, 0)
            grid.addWidget(box, i, 1)
            self.input_boxes.append(box)
        self.editors_layout.addWidget(inputs)
        for li in range(len(self.network.layers)):
            self.editors_layout.addWidget(self._layer_editor(li, n))
        self.editors_layout.addStretch(1)

    def _layer_editor(self, li: int, n: Notation) -> QGroupBox:
        layer = self.network.layers[li]
        last = li == len(self.network.layers) - 1
        title = (translate("ForwardPropagationPanel", "Layer {number} (output)") if last
                 else translate("ForwardPropagationPanel", "Layer {number}"))
        group = QGroupBox(title.format(number=li + 1))
        group.setToolTip(TOPICS["layer"][1])
        grid = QGridLayout(group)
        combo = QComboBox()
        for key, label in ACTIVATION_LABELS.items():
            combo.addItem(translate("ForwardPanel", label), key)
        combo.setCurrentIndex(combo.findData(layer.activation))
        combo.setToolTip(TOPICS["activation"][1] + "\n\n" + TOPICS["relu_sigmoid"][1])
        combo.currentIndexChanged.connect(
            lambda _index, li=li, combo=combo: self.model.set_activation(li, combo.currentData()))
        grid.addWidget(QLabel(translate("ForwardPropagationPanel", "activation g")), 0, 0)
        grid.addWidget(combo, 0, 1, 1, 3)
        self.activation_boxes.append(combo)
        for j, neuron in enumerate(layer.neurons):
            row = 1 + j
            column = 0
            for i, weight in enumerate(neuron.weights):
                box = _spin(weight, TOPICS["weight"][1])
                box.valueChanged.connect(partial(self.model.set_weight, li, j, i))
                grid.addWidget(QLabel(f"{n.w(li, j, i)} ="), row, column)
                grid.addWidget(box, row, column + 1)
                self.weight_boxes[(li, j, i)] = box
                column += 2
            box = _spin(neuron.bias, TOPICS["bias"][1])
            box.valueChanged.connect(partial(self.model.set_bias, li, j))
            grid.addWidget(QLabel(f"{n.b(li, j)} ="), row, column)
            grid.addWidget(box, row, column + 1)
            self.bias_boxes[(li, j)] = box
        return group

    # ---- computing ----------------------------------------------------------------------------
    def _compute(self) -> None:
        """Every z and a of the model's network, written out and drawn."""
        net = self.network
        self.results = net.forward()
        self.diagram.set_results(net.inputs, self.results)
        self._show_steps()
        self.notes_note.setVisible(self.model.is_course_example())
        self.computed.emit()

    def _show_steps(self) -> None:
        """Every z and a written out. The labels stay while the network's shape does (a new
        value only sets their text): made anew, each is laid out again, and the panel is
        updated after every edit here and every step of Backpropagation, seen or not."""
        shape = tuple(len(row) for row in self.results)
        if shape != self._steps_shape:
            self._make_step_labels(shape)
        n = Notation(self.network)
        muted = theme.colours().muted
        for heading, row in zip(self.headings, self.results, strict=True):
            heading.setText(translate("ForwardPropagationPanel",
                    "<b>Layer {number}</b> <span style='color:{muted}'>({activation})"
                    "</span>").format(
                    number=row[0].layer + 1, muted=muted,
                    activation=translate("ForwardPanel", ACTIVATION_LABELS[row[0].activation])))
            for r in row:
                self.z_labels[(r.layer, r.neuron)].setText(z_text(n, r))
                self.a_labels[(r.layer, r.neuron)].setText(a_text(n, r))
        note = self._linear_note()
        self.linear_note.setText(note)
        self.linear_note.setVisible(bool(note))

    def _make_step_labels(self, shape: tuple[int, ...]) -> None:
        """A heading for each layer and a z and an a line for each neuron, empty."""
        _empty(self.steps_layout)
        self._steps_shape = shape
        self.headings: list[QLabel] = []
        self.z_labels, self.a_labels = {}, {}
        for layer, neurons in enumerate(shape):
            self.headings.append(QLabel())
            self.steps_layout.addWidget(self.headings[-1])
            for neuron in range(neurons):
                for store in (self.z_labels, self.a_labels):
                    label = QLabel()
                    label.setTextFormat(Qt.TextFormat.RichText)
                    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                    label.setWordWrap(True)
                    self.steps_layout.addWidget(label)
                    self._reveal.hold(label)
                    store[(layer, neuron)] = label
        self.linear_note = QLabel()
        self.linear_note.setWordWrap(True)
        self.steps_layout.addWidget(self.linear_note)  # parent it first: never a window

    def _linear_note(self) -> str:
        """With every layer linear, say which single linear function the network is."""
        collapsed = self.network.collapsed()
        if collapsed is None or len(self.network.layers) < 2:
            return ""
        matrix, offset = collapsed
        n = Notation(self.network)
        last = len(self.network.layers) - 1
        lines = []
        for j, (row, bias) in enumerate(zip(matrix, offset, strict=True)):
            terms = " + ".join(f"{w:.4f}·{n.x(i)}" for i, w in enumerate(row))
            lines.append(f"{n.a(last, j)} = {terms} + {bias:.4f}")
        return (translate("ForwardPropagationPanel",
                "<p><b>Every layer is linear</b>, so the whole network is one linear function: ")
                + "; ".join(lines) + translate("ForwardPropagationPanel",
                        ". Stacking the layers added nothing: ")
                + TOPICS["nonlinear"][1] + "</p>")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._reveal.owner_shown()

    def output(self) -> list[float]:
        return [r.a for r in self.results[-1]]
