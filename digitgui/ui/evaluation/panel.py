"""The evaluation panel: how well the active model reads a chosen set, and where it goes wrong.

Accuracy over the set, how honest the answers are (the share of misreads the app flags with
"not sure" or "not a digit", the share of right answers it doubts, and a reliability diagram
with the calibration error), accuracy per digit, the confusion matrix and the misread images,
all from :func:`digitgui.core.models.evaluation.evaluate` on the set that
:func:`~digitgui.core.models.evaluation.load_evaluation_set` makes of a source spec: the same code
``digitgui evaluate`` runs, so the panel's figures are the command line's. Clicking a cell of
the matrix shows its images; clicking an image emits ``imageChosen`` for the canvas.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from digitgui.core.models.bundle import Bundle
from digitgui.core.models.evaluation import Evaluation
from digitgui.ui import theme
from digitgui.ui.evaluation.confusion import ConfusionMatrixView
from digitgui.ui.evaluation.gallery import MAX_ITEMS, ImageGallery
from digitgui.ui.evaluation.per_digit import PerDigitChart
from digitgui.ui.evaluation.reliability import ReliabilityDiagram
from digitgui.ui.evaluation.sets import SetChooser, describe_set
from digitgui.ui.evaluation.stack import ChartStack
from digitgui.ui.evaluation.worker import EvaluationResult, EvaluationRunner
from digitgui.ui.formatting import formatted, localized
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate

NO_RESULT = "—"


FLAGS_TIP = (QT_TRANSLATE_NOOP("EvaluationPanel",
        "“Flagged” answers admit doubt: “not sure” or “not a digit”. A good model flags most of "
        "its misreads and few of its right answers. The calibration error (ECE) is how far its "
        "confidence is from how often it is right, on average."))


def _images(count: int) -> str:
    if count == 1:
        return translate("EvaluationPanel", "1 image")
    return formatted(translate("EvaluationPanel", "{count:,} images"), count=count)


def _share(value: float | None, of: int, what: str) -> str:
    if value is None:
        return translate("EvaluationPanel", "no {what}").format(what=what)
    return formatted(translate("EvaluationPanel",
            "{value:.1f} % of {of:,} {what}"), value=100 * value, of=of, what=what)


def honesty_text(figures: Evaluation) -> str:
    """The flagged shares and the calibration error in words (the CLI's figures)."""
    right = int(figures.correct.sum())
    text = (formatted(translate("EvaluationPanel",
            "Flagged: {share}, {share2} · calibration error (ECE) {value:.1f} %"),
            share=_share(figures.misreads_flagged, figures.n - right,
                         translate("EvaluationPanel", "misreads")),
            share2=_share(figures.right_flagged, right,
                          translate("EvaluationPanel", "right answers")),
            value=100 * figures.reliability.ece))
    if figures.not_a_digit > 0:
        text += formatted(translate("EvaluationPanel",
                " · “not a digit” for {value:.1f} %"), value=100 * figures.not_a_digit)
    return text


class EvaluationPanel(QWidget):
    imageChosen = Signal(object)
    """A (28, 28) float32 image in [0, 1], ink bright, that the user clicked in the gallery."""
    message = Signal(str)
    """A line for the status bar: what was evaluated, or why it could not be."""
    evaluated = Signal(object)
    """An :class:`~digitgui.ui.evaluation.worker.EvaluationResult`, once shown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bundle: Bundle | None = None
        self.result: EvaluationResult | None = None
        self.error: str | None = None
        self._spec: str | None = None  # the last set asked for, re-run when the model changes
        self.runner = EvaluationRunner(self)

        self.set_combo = SetChooser()
        self.evaluate_button = QPushButton(translate("EvaluationPanel", "Evaluate"))
        self.evaluate_button.setToolTip(translate("EvaluationPanel",
                "Measure the active model on the chosen set."))
        self.evaluate_button.setEnabled(False)
        self.accuracy_label = QLabel(NO_RESULT)
        font = QFont(self.accuracy_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.accuracy_label.setFont(font)
        self.accuracy_label.setAccessibleName(translate("EvaluationPanel", "Accuracy"))
        self.summary_label = QLabel(translate("EvaluationPanel",
                "Choose a set and press Evaluate."))
        self.summary_label.setWordWrap(True)
        self.status_label = QLabel()  # errors, in the warning colour
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()
        self.per_digit_view = PerDigitChart()
        self.reliability_view = ReliabilityDiagram()
        self.confusion_view = ConfusionMatrixView()
        for chart in (self.per_digit_view, self.reliability_view, self.confusion_view):
            chart.saved.connect(self.message)  # right-click: Save figure…
        self.gallery = ImageGallery()
        self.gallery_label = QLabel(translate("EvaluationPanel", "Misread images"))
        self.gallery_label.setWordWrap(True)
        self.mistakes_button = QPushButton(translate("EvaluationPanel", "All mistakes"))
        self.mistakes_button.setToolTip(translate("EvaluationPanel",
                "Show every misread image again."))
        self.mistakes_button.setEnabled(False)
        self._build_layout()

        self.set_combo.chosen.connect(self.evaluate)
        self.evaluate_button.clicked.connect(lambda: self.evaluate())
        self.mistakes_button.clicked.connect(self.show_mistakes)
        self.confusion_view.cellClicked.connect(self.show_cell)
        self.gallery.imageChosen.connect(self.imageChosen)
        self.runner.finished.connect(self._show_result)
        self.runner.failed.connect(self._show_error)
        self.runner.busyChanged.connect(self._busy_changed)

    def _build_layout(self) -> None:
        chooser = QHBoxLayout()
        chooser.addWidget(self.set_combo, 1)
        chooser.addWidget(self.evaluate_button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(chooser)
        column.addWidget(self.accuracy_label)
        column.addWidget(self.summary_label)
        column.addWidget(self.status_label)
        # In a splitter: the two small charts share the column, and the user can give one
        # more room; side by side when the dock is too short to stack them.
        self.charts = ChartStack(self.per_digit_view, self.reliability_view)
        column.addWidget(self.charts, 1)

        right = QWidget()
        gallery_column = QVBoxLayout(right)
        gallery_column.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.gallery_label, 1)
        header.addWidget(self.mistakes_button)
        gallery_column.addLayout(header)
        gallery_column.addWidget(self.gallery, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.confusion_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 4)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

    # ---- public API ------------------------------------------------------------------------
    @property
    def evaluation(self) -> Evaluation | None:
        """The figures last shown (None before any evaluation, or after a failed one)."""
        return None if self.result is None else self.result.evaluation

    def set_bundle(self, bundle: Bundle | None) -> None:
        """The active model changed. Figures of the old one would mislead: a set evaluated
        before is evaluated again with the new model, otherwise the panel is cleared."""
        self.bundle = bundle
        if bundle is None:
            self.runner.cancel()
            self._clear(translate("EvaluationPanel", "No active model to evaluate."))
        elif self._spec is not None and (self.result is not None or self.runner.is_busy()):
            self.evaluate(self._spec)
        else:
            self._clear(translate("EvaluationPanel", "Choose a set and press Evaluate."))
        self._busy_changed(self.runner.is_busy())

    def evaluate(self, spec: str | None = None) -> None:
        """Measure the active model on ``spec`` (a source spec, as ``digitgui evaluate
        --data`` takes; None: the chosen set), in the background. The answer comes as
        ``evaluated`` (and is shown), or as a message in the panel."""
        self.set_combo.refresh()
        spec = self.set_combo.spec() if spec is None else str(spec)
        reason = self.set_combo.unavailable_reason(spec)
        if reason is None and self.bundle is None:
            reason = translate("EvaluationPanel", "No active model to evaluate.")
        if reason is not None:
            self.runner.cancel()
            self._show_error(reason)
            return
        self.set_combo.select_spec(spec)
        self._spec = spec
        self.summary_label.setText(translate("EvaluationPanel",
                "Evaluating {name} on {describe_set}…").format(
                name=self.bundle.name, describe_set=describe_set(spec)))
        self.runner.start(spec, self.bundle)

    def refresh_sets(self) -> None:
        """Check again which sets are there (MNIST downloaded, samples added)."""
        self.set_combo.refresh()

    def is_busy(self) -> bool:
        return self.runner.is_busy()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Drop any evaluation and drawing under way and wait for their threads (closing the
        window)."""
        self.runner.cancel()
        charts = (self.per_digit_view, self.reliability_view, self.confusion_view)
        return all([self.runner.wait(timeout_ms), *(c.shutdown(timeout_ms) for c in charts)])

    def show_mistakes(self) -> None:
        """Every misread image in the gallery, the most confidently wrong first."""
        if self.result is None:
            return
        self.confusion_view.select(None)
        self.gallery.show_mistakes()
        total = self.gallery.total
        self.gallery_label.setText(
            translate("EvaluationPanel", "No image was misread.") if total == 0 else
            formatted(translate("EvaluationPanel",
                    "Misread images ({total:,}{capped}), most confident first. Click one to put "
                    "it on the canvas."), total=total, capped=self._capped(total)))
        self.mistakes_button.setEnabled(False)

    def show_cell(self, true: int, predicted: int) -> None:
        """One confusion-matrix cell's images in the gallery, that cell outlined."""
        if self.result is None:
            return
        self.confusion_view.select((true, predicted))
        self.gallery.show_cell(true, predicted)
        total = self.gallery.total
        what = translate("EvaluationPanel",
                "read right") if true == predicted else translate("EvaluationPanel",
                "read as {predicted}").format(predicted=predicted)
        self.gallery_label.setText(translate("EvaluationPanel",
                "{capitalize} of a {true} {what}{capped}.").format(
                capitalize=_images(total)[:1].upper() + _images(total)[1:], true=true, what=what,
                capped=self._capped(total)))
        self.mistakes_button.setEnabled(True)

    # ---- results ---------------------------------------------------------------------------
    def _show_result(self, result: EvaluationResult) -> None:
        self.result, self.error = result, None
        figures = result.evaluation
        wrong = figures.n - sum(figures.confusion[d][d] for d in range(10))
        self.status_label.hide()
        self.accuracy_label.setText(localized(f"{100 * figures.accuracy:.2f} %"))
        self.summary_label.setText(
            formatted(translate("EvaluationPanel",
                    "of {images} in {describe_set} · {wrong:,} misread · model {name} · "
                    "{seconds:.1f} s\n{honesty_text}"),
                    images=_images(figures.n), describe_set=describe_set(result.spec), wrong=wrong,
                    name=result.bundle.name, seconds=result.seconds,
                    honesty_text=honesty_text(figures)))
        self.summary_label.setToolTip(translate("EvaluationPanel", FLAGS_TIP))
        self.per_digit_view.set_accuracy(figures.per_class, figures.accuracy)
        self.reliability_view.set_reliability(figures.reliability)
        self.confusion_view.set_confusion(figures.confusion)
        self.gallery.set_source(result.data, figures)
        self.show_mistakes()
        self.message.emit(formatted(translate("EvaluationPanel",
                "{name} reads {value:.2f} % of {images} in {describe_set} right."),
                name=result.bundle.name, value=100 * figures.accuracy, images=_images(figures.n),
                describe_set=describe_set(result.spec)))
        self.evaluated.emit(result)

    def _show_error(self, text: str) -> None:
        """A message in the panel (and for the status bar); the old figures are cleared, as
        they no longer answer what was asked."""
        self._clear(translate("EvaluationPanel", "Nothing evaluated."))
        self.error = text
        self.status_label.setStyleSheet(f"color: {theme.colours().warning};")
        self.status_label.setText(text)
        self.status_label.show()
        self.message.emit(text)

    def _clear(self, summary: str) -> None:
        self.result, self.error = None, None
        self.status_label.hide()
        self.accuracy_label.setText(NO_RESULT)
        self.summary_label.setText(summary)
        self.summary_label.setToolTip("")
        self.per_digit_view.set_accuracy(None)
        self.reliability_view.set_reliability(None)
        self.confusion_view.set_confusion(None)
        self.gallery.set_source(None, None)
        self.gallery_label.setText(translate("EvaluationPanel", "Misread images"))
        self.mistakes_button.setEnabled(False)

    def _busy_changed(self, busy: bool) -> None:
        self.evaluate_button.setEnabled(self.bundle is not None and not busy)
        self.evaluate_button.setText(translate("EvaluationPanel",
                "Evaluating…") if busy else translate("EvaluationPanel", "Evaluate"))

    @staticmethod
    def _capped(total: int) -> str:
        return translate("EvaluationPanel", "; the first {MAX_ITEMS} shown").format(
                MAX_ITEMS=MAX_ITEMS) if total > MAX_ITEMS else ""

    def showEvent(self, event: QShowEvent) -> None:
        self.set_combo.refresh()  # MNIST may have been downloaded, samples added meanwhile
        super().showEvent(event)
