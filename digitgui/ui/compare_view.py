"""Two models side by side: a second model's bars for the same drawing, beside the active
model's, updated live (for example seed against cnn, or before and after fine-tuning).

The second model reads the very input the active one read (the same 28x28 picture), so what
differs is the network, not the preprocessing. Models → right-click → Compare on the drawing.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from digitgui.core.models.answer import Answer
from digitgui.core.models.inference import Prediction
from digitgui.ui.formatting import formatted
from digitgui.ui.i18n import translate
from digitgui.ui.probability_bars import ProbabilityBars


def compare_text(prediction: Prediction, name: str) -> str:
    """The second model's answer in a line: "“seed” reads 7 (93.1 %)"."""
    if prediction.answer == Answer.BLANK.value:
        return translate("CompareView", "“{name}”: no digit").format(name=name)
    if prediction.answer == Answer.NOT_A_DIGIT.value:
        return translate("CompareView", "“{name}”: not a digit").format(name=name)
    return formatted(translate("CompareView", "“{name}” reads {digit} ({percent:.1f} %)"),
        name=name, digit=prediction.likely, percent=100 * prediction.confidence)


class CompareView(QWidget):
    """The second model's answer and bars; ✕ stops comparing."""

    closeRequested = Signal()
    shownChanged = Signal(bool)
    """Comparing started (True) or stopped (False): the active model's bars make room."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        self.bars = ProbabilityBars()
        self.bars.setAccessibleName(translate("CompareView", "The second model's probabilities"))
        self.close_button = close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(translate("CompareView", "Stop comparing"))
        close.setAccessibleName(translate("CompareView", "Stop comparing"))
        close.clicked.connect(self.closeRequested)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.bars, 1)
        self._shown = False
        self.hide()

    def show_prediction(self, prediction: Prediction | None, bundle) -> None:
        if prediction is None or bundle is None:
            self._set_shown(False)
            return
        self.title.setText(compare_text(prediction, bundle.name))
        greyed = prediction.answer == Answer.NOT_A_DIGIT.value
        self.bars.set_probabilities(prediction.probabilities, prediction.digit, greyed=greyed)
        self._set_shown(True)

    def _set_shown(self, shown: bool) -> None:
        if shown != self._shown:
            self._shown = shown
            self.setVisible(shown)
            self.shownChanged.emit(shown)
