"""How robust is it: the active model's accuracy as images are rotated, made noisy, drawn
thinner or thicker and moved off centre; and the learner's own drawing changed with sliders,
the answer following.

The curves are :func:`digitgui.core.models.robustness.curves` on the embedded validation
images, measured in a worker (a few seconds) when asked; the drawing's sliders change the
network's 28x28 input of the current drawing with the same functions and read it again with a
predictor of the view's own (half a millisecond).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from digitgui.core.drawing.preprocess import taken_as_is
from digitgui.core.models import robustness
from digitgui.core.models.bundle import Bundle
from digitgui.core.models.evaluation import load_evaluation_set
from digitgui.core.models.inference import Prediction, Predictor
from digitgui.ui import theme
from digitgui.ui.background import BackgroundTask
from digitgui.ui.docks import on_screen
from digitgui.ui.evaluation.figure import ThemedFigure
from digitgui.ui.formatting import formatted
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, Translated, translate
from digitgui.ui.input_preview import InputPreview
from digitgui.ui.probability_bars import ProbabilityBars

TITLES = Translated("Robustness", {
    "rotation": QT_TRANSLATE_NOOP("Robustness", "Rotation (degrees)"),
    "noise": QT_TRANSLATE_NOOP("Robustness", "Noise (standard deviation)"),
    "stroke": QT_TRANSLATE_NOOP("Robustness", "Stroke (thinner − / thicker +)"),
    "shift": QT_TRANSLATE_NOOP("Robustness", "Shift (pixels)"),
})


class CurvesChart(ThemedFigure):
    """Four small charts: accuracy against each perturbation's level."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(figsize=(6.0, 1.9), parent=parent)
        self.curves: list[robustness.Curve] = []
        self.lines: list = []
        self.setAccessibleName(translate("Robustness", "Robustness curves"))
        self.finish_setup()

    def set_curves(self, curves: list[robustness.Curve]) -> None:
        self.curves = list(curves)
        self.render()

    def state(self) -> Any:
        titles = {name: TITLES[name] for name in robustness.PERTURBATIONS}
        empty = translate("Robustness", "Press Measure to see how accuracy falls as the "
                          "images change")
        return tuple(self.curves), titles, empty

    @staticmethod
    def draw(figure: Figure, state: Any, c: theme.Colours) -> dict[str, Any]:
        curves, titles, empty = state
        if not curves:
            axes = figure.add_subplot()
            axes.set_axis_off()
            axes.text(0.5, 0.5, empty, ha="center", va="center", color=c.muted)
            return {"lines": []}
        lines = []
        grid = figure.subplots(1, len(curves), sharey=True)
        for axes, curve in zip(np.atleast_1d(grid), curves, strict=True):
            (line,) = axes.plot(curve.levels, curve.accuracy, marker="o", markersize=3,
                                color=c.accent, linewidth=1.5)
            lines.append(line)
            axes.set_title(titles[curve.name], fontsize="small")
            axes.set_ylim(0, 1.02)
            axes.yaxis.set_major_formatter(PercentFormatter(xmax=1.0, decimals=0))
            axes.grid(True, color=c.grid, linewidth=0.5)
            for side in ("top", "right"):
                axes.spines[side].set_visible(False)
        return {"lines": lines}


def _measure(bundle: Bundle) -> list[robustness.Curve]:
    """In the worker: the four curves on 500 embedded validation images."""
    data = load_evaluation_set("embedded")
    return robustness.curves(Predictor.for_bundle(bundle), data, limit=500)


class RobustnessView(QWidget):
    """The curves, and the current drawing under the sliders."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bundle: Bundle | None = None
        self._predictor: Predictor | None = None
        self._pixels: np.ndarray | None = None
        self._stale = False
        self.chart = CurvesChart()
        self.measure_button = QPushButton(translate("Robustness", "Measure"))
        self.measure_button.setToolTip(translate(
            "Robustness", "Read 500 validation images rotated, noisy, thinned or thickened, "
            "and moved, further and further (a few seconds)"))
        self.measure_button.clicked.connect(self.measure)
        self.status = QLabel()
        self.status.setStyleSheet(f"color: {theme.colours().muted};")
        self._work = BackgroundTask(translate("Robustness", "Measuring robustness"), self)
        self._work.finished.connect(self._measured)
        self._work.failed.connect(self.status.setText)
        self._loader = BackgroundTask(translate("Robustness", "Loading the model"), self)
        self._loader.finished.connect(self._loaded)

        self.sliders: dict[str, QSlider] = {}
        form = QFormLayout()
        for name, label, low, high in (
                ("rotation", QT_TRANSLATE_NOOP("Robustness", "Rotate (degrees)"), -45, 45),
                ("stroke", QT_TRANSLATE_NOOP("Robustness", "Thinner / thicker"), -2, 3),
                ("noise", QT_TRANSLATE_NOOP("Robustness", "Noise (%)"), 0, 50),
                ("shift", QT_TRANSLATE_NOOP("Robustness", "Shift (pixels)"), 0, 8)):
            slider = QSlider(Qt.Orientation.Horizontal, minimum=low, maximum=high, value=0)
            slider.setAccessibleName(translate("Robustness", label))
            slider.valueChanged.connect(self._read_changed)
            self.sliders[name] = slider
            form.addRow(translate("Robustness", label), slider)
        self.preview = InputPreview()
        self.preview.setAccessibleName(translate("Robustness", "Your drawing, changed"))
        self.bars = ProbabilityBars()
        self.answer = QLabel(translate("Robustness", "Draw a digit to change it here."))

        left = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.measure_button)
        top.addWidget(self.status, 1)
        left.addLayout(top)
        left.addWidget(self.chart, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(translate("Robustness", "<b>Your drawing, changed</b>")))
        right.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(self.preview)
        row.addWidget(self.bars, 1)
        right.addLayout(row, 1)
        right.addWidget(self.answer)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def set_bundle(self, bundle: Bundle | None) -> None:
        self.bundle = bundle
        self.chart.set_curves([])
        self.status.setText("")
        if bundle is not None:
            self._loader.start(lambda: Predictor.for_bundle(bundle))

    def show_prediction(self, prediction: Prediction) -> None:
        self._pixels = prediction.prepared.pixels
        if on_screen(self):  # every pen movement: only worth it while it can be seen
            self._read_changed()
        else:
            self._stale = True

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._stale:  # its tab chosen again: the newest drawing, changed
            self._stale = False
            QTimer.singleShot(0, self, self._read_changed)

    def measure(self) -> None:
        if self.bundle is None:
            return
        bundle = self.bundle
        self.status.setText(translate("Robustness", "Measuring…"))
        self._work.start(lambda: _measure(bundle))

    def is_busy(self) -> bool:
        return self._work.is_busy() or self.chart.is_busy()

    def changed_pixels(self) -> np.ndarray | None:
        """The drawing's 28x28 input with the sliders' changes (None without a drawing)."""
        if self._pixels is None:
            return None
        s = self.sliders
        # The slider turns it clockwise to the right, as a knob does.
        image = robustness.turn(np.asarray(self._pixels, dtype=np.float32),
                                -s["rotation"].value())[None]
        rng = np.random.default_rng(robustness.SEED)
        image = robustness.stroke(image, s["stroke"].value(), rng)
        image = robustness.noise(image, s["noise"].value() / 100, rng)
        image = robustness.shift(image, s["shift"].value(), rng)
        return image[0]

    def _measured(self, curves: list[robustness.Curve]) -> None:
        self.chart.set_curves(curves)
        self.status.setText(translate("Robustness", "“{name}” on 500 validation images").format(
            name=self.bundle.name if self.bundle else ""))

    def _loaded(self, predictor: Predictor) -> None:
        self._predictor = predictor
        if on_screen(self):
            self._read_changed()
        else:
            self._stale = True  # read when its tab is next painted, as for a new drawing

    def _read_changed(self) -> None:
        pixels = self.changed_pixels()
        self.preview.set_pixels(pixels)
        if pixels is None or self._predictor is None:
            self.bars.set_probabilities([0.0] * 10, None)
            return
        prediction = self._predictor.predict_prepared(taken_as_is(pixels))
        self.bars.set_probabilities(prediction.probabilities, prediction.digit,
                                    greyed=prediction.digit is None)
        self.answer.setText(formatted(translate("Robustness", "Read as {digit} ({percent:.1f} %)"),
            digit=prediction.likely, percent=100 * prediction.confidence)
            if prediction.likely is not None else translate("Robustness", "Blank"))

