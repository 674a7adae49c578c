"""What the tiny network should output: the loss and the target (one per output, or a class)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QWidget

from digitgui.core.teaching.tiny_backprop import (
    CROSS_ENTROPY,
    LOSS_LABELS,
    SQUARED_ERROR,
    Objective,
)
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate
from digitgui.ui.inside.explanations import TOPICS

DEFAULT_TARGETS = (1.0, 0.0)
"""A new output neuron's target: the first aims at 1, the second at 0."""


def _discard(widget: QWidget) -> None:
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()

LOSS_TEXTS = (QT_TRANSLATE_NOOP("TargetEditor", "squared error ½(a − y)²"),
              QT_TRANSLATE_NOOP("TargetEditor", "cross-entropy"))
"""The core's LOSS_LABELS, for the translator."""


class TargetEditor(QWidget):
    changed = Signal()
    """The loss or a target changed; read :meth:`objective`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.outputs = 0
        self.targets = list(DEFAULT_TARGETS)
        self.label = 1  # cross-entropy: class 1 (or y = 1) to start, like the course's y = 1
        self.target_boxes: list[QDoubleSpinBox] = []
        self.class_box: QComboBox | None = None
        self.loss_box = QComboBox()
        for key, text in LOSS_LABELS.items():  # the core's labels, marked below
            self.loss_box.addItem(translate("TargetEditor", text), key)
        self.loss_box.setToolTip(TOPICS["loss_idea"][1])
        self.loss_box.currentIndexChanged.connect(self._loss_changed)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(QLabel(translate("TargetEditor", "loss")))
        self.layout_.addWidget(self.loss_box)
        self.target_area = QWidget()
        self.target_layout = QHBoxLayout(self.target_area)
        self.target_layout.setContentsMargins(8, 0, 0, 0)
        self.layout_.addWidget(self.target_area)
        self.set_outputs(1)

    def loss(self) -> str:
        return self.loss_box.currentData()

    def set_loss(self, loss: str) -> None:
        self.loss_box.setCurrentIndex(self.loss_box.findData(loss))

    def objective(self) -> Objective:
        if self.loss() == CROSS_ENTROPY:
            return Objective(CROSS_ENTROPY, label=self.label)  # 0 or 1 fits one or two outputs
        return Objective(SQUARED_ERROR, tuple(self.targets[:self.outputs]))

    def set_outputs(self, count: int) -> None:
        """Targets for a network with this many output neurons (kept where they still fit)."""
        if count != self.outputs:
            self.outputs = count
            self._rebuild()

    def _loss_changed(self) -> None:
        self._rebuild()
        self.changed.emit()

    def _rebuild(self) -> None:
        while self.target_layout.count():
            item = self.target_layout.takeAt(0)
            if item.widget() is not None:
                _discard(item.widget())
        self.target_boxes, self.class_box = [], None
        if self.loss() == CROSS_ENTROPY:
            self._class_editor()
        else:
            self._value_editors()

    def _value_editors(self) -> None:
        for j in range(self.outputs):
            name = "y" if self.outputs == 1 else f"y<sub>{j + 1}</sub>"
            box = QDoubleSpinBox()
            box.setRange(-10.0, 10.0)
            box.setDecimals(3)
            box.setSingleStep(0.1)
            box.setValue(self.targets[j])
            box.setToolTip(translate("TargetEditor",
                    "What this output neuron should give: squared error pulls its a towards y"))
            box.valueChanged.connect(lambda value, j=j: self._target_changed(j, value))
            self.target_layout.addWidget(QLabel(translate("TargetEditor",
                    "target {name} =").format(name=name)))
            self.target_layout.addWidget(box)
            self.target_boxes.append(box)

    def _class_editor(self) -> None:
        box = QComboBox()
        if self.outputs == 1:
            box.addItem(translate("TargetEditor", "y = 1 (yes)"), 1)
            box.addItem(translate("TargetEditor", "y = 0 (no)"), 0)
            box.setToolTip(translate("TargetEditor",
                    "One sigmoid output is the probability of “yes”: binary cross-entropy, −ln a "
                    "for yes, −ln(1 − a) for no"))
        else:
            for j in range(self.outputs):
                box.addItem(translate("TargetEditor",
                        "class {value} (output neuron {value})").format(value=j + 1), j)
            box.setToolTip(translate("TargetEditor",
                    "Softmax turns the output neurons' a's into probabilities; cross-entropy is "
                    "−ln of the right class's one"))
        box.setCurrentIndex(max(0, box.findData(self.objective().label)))
        box.currentIndexChanged.connect(lambda _index: self._class_changed(box.currentData()))
        self.target_layout.addWidget(QLabel(translate("TargetEditor", "right answer")))
        self.target_layout.addWidget(box)
        self.class_box = box

    def _target_changed(self, j: int, value: float) -> None:
        self.targets[j] = value
        self.changed.emit()

    def _class_changed(self, label: int) -> None:
        self.label = label
        self.changed.emit()
