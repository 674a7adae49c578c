"""The optimisation knobs beside epochs, batch size and learning rate: the optimizer, the
learning-rate schedule, SGD's momentum and L2 weight decay, each with a one-line explanation
(its tooltip; the chosen optimizer's in a muted line too). Remembered between sessions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QWidget

from digitgui.core.training.config import OPTIMIZERS, SCHEDULES
from digitgui.ui import settings, theme
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, Translated, translate

OPTIMIZER_TEXTS = Translated("Knobs", {
    "adam": QT_TRANSLATE_NOOP("Knobs", "Adam: every weight gets its own step size, from the "
                              "size of its recent gradients. A good first choice."),
    "adamw": QT_TRANSLATE_NOOP("Knobs", "AdamW: Adam that also shrinks every weight a little "
                               "at each step (weight decay)."),
    "sgd": QT_TRANSLATE_NOOP("Knobs", "SGD: plain gradient descent, the learning rate times "
                             "the gradient; momentum keeps it rolling the way it was going."),
    "rmsprop": QT_TRANSLATE_NOOP("Knobs", "RMSprop: divides each step by the running size of "
                                 "the weight's gradients."),
})
SCHEDULE_TEXTS = Translated("Knobs", {
    "cosine": QT_TRANSLATE_NOOP("Knobs", "Cosine: a short warm-up, then the learning rate "
                                "glides down to almost nothing by the last epoch."),
    "constant": QT_TRANSLATE_NOOP("Knobs", "Constant: the same learning rate from the first "
                                  "step to the last."),
})
SCHEDULE_NAMES = Translated("Knobs", {"cosine": QT_TRANSLATE_NOOP("Knobs", "cosine"),
                                      "constant": QT_TRANSLATE_NOOP("Knobs", "constant")})
TIP = Qt.ItemDataRole.ToolTipRole
LEARNING_RATE_TEXT = QT_TRANSLATE_NOOP(
    "Knobs", "How big a step each update takes downhill on the loss: too small learns slowly, "
    "too large overshoots and the loss jumps about.")


class OptimisationKnobs:
    """The widgets, added as rows to the settings' form by :meth:`add_rows`."""

    def __init__(self, parent: QWidget):
        self.optimizer_combo = QComboBox(parent)
        for name in OPTIMIZERS:
            self.optimizer_combo.addItem({"adam": "Adam", "adamw": "AdamW", "sgd": "SGD",
                                          "rmsprop": "RMSprop"}[name], name)
            self.optimizer_combo.setItemData(self.optimizer_combo.count() - 1,
                                             OPTIMIZER_TEXTS[name], TIP)
        self.schedule_combo = QComboBox(parent)
        for name in SCHEDULES:
            self.schedule_combo.addItem(SCHEDULE_NAMES[name], name)
            self.schedule_combo.setItemData(self.schedule_combo.count() - 1,
                                            SCHEDULE_TEXTS[name], TIP)
        self.momentum_spin = QDoubleSpinBox(parent, minimum=0.0, maximum=0.99, singleStep=0.05,
                                            decimals=2, toolTip=translate("Knobs",
            "SGD only: how much of the last step each new step keeps (0: none, 0.9: most). It "
            "rolls through small bumps and speeds along long slopes."))
        self.l2_spin = QDoubleSpinBox(parent, minimum=0.0, maximum=0.1, singleStep=0.0001,
                                      decimals=5, toolTip=translate("Knobs",
            "L2 weight decay: adds this times the sum of the squared weights to the loss, so "
            "large weights cost something. Against overfitting; 0 is off, 0.0001 a usual start."))
        self.explanation = QLabel(parent, wordWrap=True)
        self.explanation.setStyleSheet(f"color: {theme.colours().muted}")
        self._load()
        self._show()
        self.optimizer_combo.currentIndexChanged.connect(self._changed)
        self.schedule_combo.currentIndexChanged.connect(self._changed)
        self.momentum_spin.valueChanged.connect(self._changed)
        self.l2_spin.valueChanged.connect(self._changed)

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(translate("Knobs", "Optimizer:"), self.optimizer_combo)
        form.addRow(self.explanation)
        form.addRow(translate("Knobs", "Schedule:"), self.schedule_combo)
        form.addRow(translate("Knobs", "Momentum:"), self.momentum_spin)
        form.addRow(translate("Knobs", "L2 weight decay:"), self.l2_spin)

    def widgets(self) -> list[QWidget]:
        return [self.optimizer_combo, self.schedule_combo, self.momentum_spin, self.l2_spin]

    def values(self) -> dict[str, Any]:
        """The TrainConfig fields these knobs set."""
        return {"optimizer": self.optimizer_combo.currentData(),
                "schedule": self.schedule_combo.currentData(),
                "momentum": round(self.momentum_spin.value(), 2),
                "l2": float(f"{self.l2_spin.value():g}")}

    def _load(self) -> None:
        for combo, key in ((self.optimizer_combo, "training/optimizer"),
                           (self.schedule_combo, "training/schedule")):
            combo.setCurrentIndex(max(0, combo.findData(settings.read(key))))
        self.momentum_spin.setValue(settings.read("training/momentum"))
        self.l2_spin.setValue(settings.read("training/l2"))

    def _changed(self) -> None:
        values = self.values()
        for key in ("optimizer", "schedule", "momentum", "l2"):
            settings.write(f"training/{key}", values[key])
        self._show()

    def _show(self) -> None:
        name = self.optimizer_combo.currentData()
        self.explanation.setText(OPTIMIZER_TEXTS[name])
        self.optimizer_combo.setToolTip(OPTIMIZER_TEXTS[name])
        self.schedule_combo.setToolTip(SCHEDULE_TEXTS[self.schedule_combo.currentData()])
        self.momentum_spin.setEnabled(name == "sgd")
