"""One first-layer neuron of "Teach it this digit": its 784 weights and their gradient, side
by side as 28x28 pictures, for networks whose first weighted layer reads the pixels (seed,
mlp). Since dL/dw = pixel × dL/dz, the gradient is the drawing itself, scaled by how much
this neuron's z matters to the loss."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout

from digitgui.core.teaching.gradients import Gradients
from digitgui.ui import theme
from digitgui.ui.i18n import translate
from digitgui.ui.inside.picture import ArrayPicture
from digitgui.ui.inside.teach_work import neuron_text


def _muted(text: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setStyleSheet(f"color: {theme.colours().muted};")
    return label


class NeuronGradientBox(QGroupBox):
    """Hidden for networks with no such neuron (a cnn's first layer is filters)."""

    def __init__(self):
        super().__init__(translate("NeuronGradientBox",
                "6 · One first-layer neuron's 784 weights, as 28×28"))
        self.gradients: Gradients | None = None
        self.chosen = False  # the spin box follows the first answer, then the learner
        self.spin = QSpinBox()
        self.spin.setPrefix("neuron ")
        self.spin.setToolTip(translate("NeuronGradientBox",
                "Which neuron of the first hidden layer to look at"))
        self.spin.valueChanged.connect(self._show)
        self.weights_picture, self.gradient_picture = ArrayPicture(150), ArrayPicture(150)
        self.label = _muted()
        pictures = QGridLayout()
        pictures.addWidget(self.weights_picture, 0, 0, Qt.AlignmentFlag.AlignCenter)
        pictures.addWidget(self.gradient_picture, 0, 1, Qt.AlignmentFlag.AlignCenter)
        for column, caption in enumerate((translate("NeuronGradientBox", "its weights w"),
                                          translate("NeuronGradientBox",
                "−∂L/∂w: where a step pushes them"))):
            pictures.addWidget(_muted(caption, wrap=False), 1, column,
                               Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(self.spin)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(pictures)
        layout.addWidget(self.label)

    def show_gradients(self, g: Gradients | None) -> None:
        """Show the chosen neuron for these gradients (the first time: the neuron this drawing
        moves most)."""
        self.gradients = g
        first = None if g is None else next((la for la in g.layers if "kernel" in la.params),
                                            None)
        shown = first is not None and g.first_layer_neuron(0) is not None
        self.setVisible(shown)
        if not shown:
            return
        if not self.chosen:
            self.spin.blockSignals(True)
            self.spin.setRange(0, first.d_output.size - 1)
            self.spin.setValue(int(np.argmax(np.abs(first.params["kernel"]).sum(axis=0))))
            self.spin.blockSignals(False)
            self.chosen = True
        self._show()

    def _show(self) -> None:
        g = self.gradients
        found = None if g is None else g.first_layer_neuron(self.spin.value())
        if found is None:
            return
        weights, gradient = found
        self.weights_picture.set_array(weights)
        self.gradient_picture.set_array(-gradient)
        self.label.setText(neuron_text(g, self.spin.value()))
