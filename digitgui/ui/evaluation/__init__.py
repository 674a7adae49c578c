"""How well the active model reads a labelled set: accuracy, per digit, the confusion matrix,
the misread images (issue 4's evaluation views), and how honest its answers are: the flagged
shares and a reliability diagram (issue 9)."""

from digitgui.ui.evaluation.confusion import ConfusionMatrixView
from digitgui.ui.evaluation.gallery import ImageGallery
from digitgui.ui.evaluation.panel import EvaluationPanel
from digitgui.ui.evaluation.per_digit import PerDigitChart
from digitgui.ui.evaluation.reliability import ReliabilityDiagram
from digitgui.ui.evaluation.sets import SetChooser
from digitgui.ui.evaluation.worker import EvaluationResult, EvaluationRunner

__all__ = [
    "ConfusionMatrixView",
    "EvaluationPanel",
    "EvaluationResult",
    "EvaluationRunner",
    "ImageGallery",
    "PerDigitChart",
    "ReliabilityDiagram",
    "SetChooser",
]
