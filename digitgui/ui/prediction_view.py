"""The answer: the network's digit, how sure it is, and the ten probability bars."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from digitgui.core.models.answer import Answer
from digitgui.core.models.inference import Prediction
from digitgui.ui import settings, theme
from digitgui.ui.compare_view import CompareView
from digitgui.ui.formatting import formatted, percent
from digitgui.ui.i18n import translate
from digitgui.ui.input_preview import InputPreview
from digitgui.ui.probability_bars import ProbabilityBars

CLOSE_RUNNER_UP = 0.5
"""A sure answer still names the runner-up when it has at least half the top probability."""


def answered(prediction: Prediction | None, threshold: float) -> Prediction | None:
    """The prediction answered with the window's own "Not sure below" threshold (0: the
    model's own, measured one)."""
    if prediction is None or threshold <= 0:
        return prediction
    return prediction.with_rule(prediction.rule.with_sure(threshold))


def verdict(prediction: Prediction | None, threshold: float = 0.0) -> tuple[str, str, str]:
    """(big text, line under it, advice) for a prediction, by the core's answer rule."""
    prediction = answered(prediction, threshold)
    if prediction is None or prediction.answer == Answer.BLANK:
        return ("–", translate("PredictionView", "No digit"),
                translate("PredictionView", "Draw a digit on the sheet."))
    likely, confidence = prediction.likely, prediction.confidence
    runner = prediction.runner_up
    if prediction.answer == Answer.NOT_A_DIGIT:
        return ("?", translate("PredictionView", "Not a digit"),
                translate("PredictionView",
                        "No digit stands out (most like {likely}, {percent}).").format(
                        likely=likely, percent=percent(confidence)))
    if prediction.answer == Answer.NOT_SURE:
        shares = f"{likely}: {percent(confidence)}, {runner[0]}: {percent(runner[1])}"
        if not prediction.verdict.between_two_digits:  # no two digits hold it: say so
            return (str(likely), translate("PredictionView",
                    "Not sure: {likely}, or not a digit").format(likely=likely), shares)
        return (str(likely), translate("PredictionView",
                "Not sure: {likely} or {runner}").format(likely=likely, runner=runner[0]),
                shares)
    close = runner is not None and runner[1] >= CLOSE_RUNNER_UP * confidence
    second = formatted(translate("PredictionView", "or {runner} ({value:.0f} %)"),
            runner=runner[0], value=100 * runner[1]) if close else ""
    return str(likely), translate("PredictionView",
            "{percent} sure").format(percent=percent(confidence)), second


class PredictionView(QWidget):
    digitClicked = Signal(int)
    keepRequested = Signal()
    """"Keep as a sample": the drawing is what the network read."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.threshold = settings.read("prediction/not_sure_threshold")
        self._prediction: Prediction | None = None
        self._digit_colour = ""

        self.digit_label = QLabel("–")
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 6)
        big.setBold(True)
        self.digit_label.setFont(big)
        self.digit_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digit_label.setAccessibleName(translate("PredictionView", "The network's answer"))
        self.confidence_label = QLabel(translate("PredictionView", "No digit"))
        self.confidence_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        medium = QFont(self.font())
        medium.setPointSizeF(self.font().pointSizeF() * 1.4)
        self.confidence_label.setFont(medium)
        self.runner_up_label = QLabel(translate("PredictionView", "Draw a digit on the sheet."))
        self.runner_up_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bars = ProbabilityBars()
        self.bars.digitClicked.connect(self.digitClicked)
        self.preview = InputPreview()

        self.threshold_box = QDoubleSpinBox()
        self.threshold_box.setRange(0, 100)
        self.threshold_box.setDecimals(0)
        self.threshold_box.setSuffix(" %")
        # 0 % stands for the model's own threshold, measured on its validation pictures.
        self.threshold_box.setSpecialValueText("model's")
        self.threshold_box.setMinimumWidth(
            self.threshold_box.fontMetrics().horizontalAdvance(translate("PredictionView",
                    "model's (100 %)")) + 36)
        self.threshold_box.setValue(100 * self.threshold)
        self.threshold_box.setToolTip(
            translate("PredictionView",
                    "Below this probability the answer is shown as 'Not sure'. \"model's\" uses "
                    "the threshold measured for the active model: few right answers doubted, most "
                    "misreads flagged."))
        self.threshold_box.valueChanged.connect(self._threshold_changed)

        self.keep_button = QPushButton(translate("PredictionView", "Keep as a sample"))
        self.keep_button.setToolTip(
            translate("PredictionView",
                    "Keep this drawing as a sample of the digit it was read as (Ctrl+Enter). If "
                    "it is another digit, press that digit's key instead, or click the digit "
                    "beside its bar: your samples can teach the network your handwriting."))
        self.keep_button.clicked.connect(self.keepRequested)
        threshold_row = QHBoxLayout()
        threshold_row.addStretch(1)
        threshold_row.addWidget(QLabel(translate("PredictionView", "Not sure below")))
        threshold_row.addWidget(self.threshold_box)
        threshold_row.addStretch(1)
        answer = QVBoxLayout()
        answer.setSpacing(2)
        answer.addWidget(self.digit_label)
        answer.addWidget(self.confidence_label)
        answer.addWidget(self.runner_up_label)
        answer.addLayout(threshold_row)
        keep_row = QHBoxLayout()
        keep_row.addStretch(1)
        keep_row.addWidget(self.keep_button)
        keep_row.addStretch(1)
        answer.addLayout(keep_row)
        top = QHBoxLayout()
        top.addLayout(answer, 3)
        seen = QVBoxLayout()
        caption = QLabel(translate("PredictionView", "What the network sees"))
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        seen.addWidget(caption)
        seen.addWidget(self.preview, 1)
        top.addLayout(seen, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addLayout(top)
        # While a second model is compared, its bars stand beside these (side by side, not
        # one under the other: the window keeps its height on a small screen), and these get
        # a heading as the second's have.
        self.bars_title = QLabel(translate("PredictionView", "Active model"))
        self.bars_title.hide()
        self.compare = CompareView()  # a second model's bars, while one is compared
        self.compare.shownChanged.connect(self.bars_title.setVisible)
        # As tall as the second's heading (its ✕ button), so that the bars line up.
        self.bars_title.setFixedHeight(self.compare.close_button.sizeHint().height())
        active = QVBoxLayout()
        active.setContentsMargins(0, 0, 0, 0)
        active.addWidget(self.bars_title)
        active.addWidget(self.bars, 1)
        both = QHBoxLayout()
        both.addLayout(active, 1)
        both.addWidget(self.compare, 1)
        layout.addLayout(both, 1)
        self.show_prediction(None)

    def _threshold_changed(self, value: float) -> None:
        self.threshold = value / 100
        settings.write("prediction/not_sure_threshold", self.threshold)
        self.show_prediction(self._prediction)

    def show_prediction(self, prediction: Prediction | None) -> None:
        self._prediction = prediction
        shown = answered(prediction, self.threshold)
        big, line, extra = verdict(shown)
        self.digit_label.setText(big)
        self.confidence_label.setText(line)
        self.runner_up_label.setText(extra)
        if prediction is not None:
            special = formatted(translate("PredictionView",
                    "model's ({value:.0f} %)"), value=100 * prediction.rule.sure)
            if special != self.threshold_box.specialValueText():  # not on every pen movement
                self.threshold_box.setSpecialValueText(special)
        unsure = shown is None or shown.answer != Answer.DIGIT
        colour = theme.colours().muted if unsure else theme.colours().text
        if colour != self._digit_colour:  # a style sheet re-styles the widget: only on change
            self._digit_colour = colour
            self.digit_label.setStyleSheet(f"color: {colour};")
        self.keep_button.setEnabled(prediction is not None and prediction.digit is not None)
        if prediction is None:
            self.bars.set_probabilities([0.0] * 10, None)
            self.preview.set_pixels(None)
            return
        not_a_digit = shown.answer == Answer.NOT_A_DIGIT
        self.bars.set_probabilities(prediction.probabilities, shown.digit, greyed=not_a_digit)
        self.preview.set_pixels(prediction.prepared.pixels)
