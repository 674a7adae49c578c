"""The neuron lab: switch chosen neurons of a dense layer off and watch the answer and the
accuracy change; a temperature slider shows what calibration does to the bars. And the map of
the last hidden layer (PCA of the validation images), the drawing a marker on it.

All in NumPy from the bundle's ``model.keras`` (:mod:`digitgui.core.teaching.lab`); the
accuracy and the map are computed in workers.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from digitgui.core.models.evaluation import load_evaluation_set
from digitgui.core.teaching import lab
from digitgui.core.teaching.introspection import Network
from digitgui.ui import theme
from digitgui.ui.background import BackgroundTask
from digitgui.ui.docks import on_screen
from digitgui.ui.evaluation.figure import ThemedFigure
from digitgui.ui.formatting import formatted
from digitgui.ui.i18n import translate
from digitgui.ui.probability_bars import ProbabilityBars

OKABE_ITO = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442",
             "#000000", "#999999", "#7f3c8d")
"""Ten colours told apart by colour-blind readers too (Okabe and Ito's eight, and two)."""

LAB_IMAGES = 300
MAP_IMAGES = 1000


def _validation(count: int) -> tuple[np.ndarray, np.ndarray]:
    data = load_evaluation_set("embedded")
    keep = np.flatnonzero(data.y < 10)[:count]
    return data.x[keep, :, :, 0], data.y[keep]


class NeuronLab(QWidget):
    """Neurons off, the answer and accuracy following; a temperature for the bars."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.network: Network | None = None
        self._pixels: np.ndarray | None = None
        self._layers: list[lab.UnitLayer] = []
        self.layer_box = QComboBox()
        self.layer_box.setAccessibleName(translate("NeuronLab", "Layer"))
        self.layer_box.currentIndexChanged.connect(self._fill_units)
        self.units = QListWidget()
        self.units.setAccessibleName(translate("NeuronLab", "Neurons (checked: on)"))
        self.units.itemChanged.connect(self._changed)
        self.all_on = QPushButton(translate("NeuronLab", "All on"))
        self.all_on.clicked.connect(lambda: self._set_all(True))
        self.temperature = QSlider(Qt.Orientation.Horizontal, minimum=-20, maximum=20, value=0)
        self.temperature.setAccessibleName(translate("NeuronLab", "Softmax temperature"))
        self.temperature.setToolTip(translate(
            "NeuronLab", "Softmax of z / T: T above 1 flattens the bars (less sure), below 1 "
            "sharpens them (surer); the order of the digits never changes. Calibration picks "
            "the T whose confidence matches how often the model is right."))
        self.temperature.valueChanged.connect(self._changed)
        self.temperature_label = QLabel()
        self.bars = ProbabilityBars()
        self.answer = QLabel(translate("NeuronLab", "Draw a digit to see its answer here."))
        self.accuracy = QLabel()
        self.accuracy.setWordWrap(True)
        self._work = BackgroundTask(translate("NeuronLab", "Measuring the accuracy"), self)
        self._work.finished.connect(self.accuracy.setText)
        # The drawing read with neurons off: a cnn's forward pass in NumPy takes up to 100 ms,
        # too long for the GUI thread, and is only worth doing while the lab can be seen.
        self._reader = BackgroundTask(translate("NeuronLab", "Reading the drawing"), self)
        self._reader.finished.connect(self._answer_ready)
        self._stale = False
        self._accuracy_stale = False

        form = QFormLayout()
        form.addRow(translate("NeuronLab", "Layer"), self.layer_box)
        form.addRow(translate("NeuronLab", "Temperature"), self.temperature)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.units, 1)
        left.addWidget(self.all_on)
        right = QVBoxLayout()
        right.addWidget(self.temperature_label)
        right.addWidget(self.bars, 1)
        right.addWidget(self.answer)
        right.addWidget(self.accuracy)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)

    def set_network(self, network: Network | None) -> None:
        self.network = network
        self._layers = [] if network is None else lab.unit_layers(network)
        self.layer_box.blockSignals(True)
        self.layer_box.clear()
        for layer in self._layers:
            self.layer_box.addItem(translate("NeuronLab", "{name} ({units} neurons)").format(
                name=layer.name, units=layer.units))
        self.layer_box.blockSignals(False)
        self._fill_units()

    def show_pixels(self, pixels: np.ndarray | None) -> None:
        self._pixels = pixels
        self._show_answer()

    def off(self) -> dict[int, np.ndarray]:
        """The switched-off units, by the layer index their values end at."""
        if not self._layers or self.layer_box.currentIndex() < 0:
            return {}
        layer = self._layers[self.layer_box.currentIndex()]
        off = [row for row in range(self.units.count())
               if self.units.item(row).checkState() != Qt.CheckState.Checked]
        return {layer.output_index: np.asarray(off, dtype=int)}

    def temperature_value(self) -> float:
        return float(2 ** (self.temperature.value() / 10))

    def _fill_units(self) -> None:
        self.units.blockSignals(True)
        self.units.clear()
        index = self.layer_box.currentIndex()
        if 0 <= index < len(self._layers):
            for unit in range(self._layers[index].units):
                item = QListWidgetItem(translate("NeuronLab", "neuron {unit}").format(unit=unit))
                item.setCheckState(Qt.CheckState.Checked)
                self.units.addItem(item)
        self.units.blockSignals(False)
        self._changed()

    def _set_all(self, on: bool) -> None:
        self.units.blockSignals(True)
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.units.count()):
            self.units.item(row).setCheckState(state)
        self.units.blockSignals(False)
        self._changed()

    def _changed(self, *_args) -> None:
        self.temperature_label.setText(formatted(translate("NeuronLab", "Temperature T = {t:.2f}"),
            t=self.temperature_value()))
        self._show_answer()
        network, off = self.network, self.off()
        if network is None:
            self.accuracy.setText(translate("NeuronLab", "No model with dense layers to "
                                            "open up."))
            return
        if not on_screen(self):  # 300 images through the network: only when it is seen
            self._accuracy_stale = True
            return
        self._accuracy_stale = False
        count = sum(len(units) for units in off.values())
        self._work.start(lambda: _accuracy_text(network, off, count))

    def _show_answer(self) -> None:
        if self.network is None or self._pixels is None:
            self._reader.cancel()
            self.bars.set_probabilities([0.0] * 10, None)
            return
        if not on_screen(self):
            self._stale = True  # read when next seen
            return
        self._stale = False
        network, pixels, off = self.network, self._pixels, self.off()
        temperature = self.temperature_value()
        self._reader.start(lambda: lab.probabilities(network, pixels, off, temperature))

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._stale:  # its tab chosen again: catch up with the newest drawing
            QTimer.singleShot(0, self, self._show_answer)
        if self._accuracy_stale:
            QTimer.singleShot(0, self, self._changed)

    def is_busy(self) -> bool:
        return self._reader.is_busy() or self._work.is_busy()

    def _answer_ready(self, p: np.ndarray) -> None:
        digit = int(np.argmax(p))
        self.bars.set_probabilities(p, digit)
        self.answer.setText(formatted(translate("NeuronLab", "Reads {digit} ({percent:.1f} %)"),
            digit=digit, percent=100 * float(p[digit])))


def _accuracy_text(network: Network, off: dict[int, np.ndarray], count: int) -> str:
    images, labels = _validation(LAB_IMAGES)
    with_all = lab.accuracy(network, images, labels)
    if not count:
        return formatted(translate("NeuronLab",
                "Accuracy on {n} validation images: {all:.1f} %"), n=len(labels),
                all=100 * with_all)
    now = lab.accuracy(network, images, labels, off)
    return formatted(translate("NeuronLab",
                     "Accuracy on {n} validation images: {all:.1f} % with every "
                     "neuron, {now:.1f} % with {count} switched off"),
        n=len(labels), all=100 * with_all, now=100 * now, count=count)


class MapChart(ThemedFigure):
    """The PCA map: validation images coloured by digit, the drawing a black cross."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(figsize=(4.0, 2.2), parent=parent)
        self.map: lab.Map | None = None
        self.marker: np.ndarray | None = None
        self.scatter = None
        self.setAccessibleName(translate("MapChart", "Map of the last hidden layer"))
        self.finish_setup()

    def set_map(self, found: lab.Map | None, marker: np.ndarray | None = None) -> None:
        self.map, self.marker = found, marker
        self.render()

    def state(self) -> Any:
        text = (translate("MapChart", "Build the map to see where images land"),
                translate("MapChart", "Direction 1 ({share:.0f} % of the spread)"),
                translate("MapChart", "Direction 2 ({share:.0f} % of the spread)"),
                translate("MapChart", "your drawing"))
        return self.map, self.marker, text

    @staticmethod
    def draw(figure: Figure, state: Any, c: theme.Colours) -> dict[str, Any]:
        found, marker, (empty, x_label, y_label, yours) = state
        axes = figure.add_subplot()
        if found is None:
            axes.set_axis_off()
            axes.text(0.5, 0.5, empty, ha="center", va="center", color=c.muted)
            return {"axes": axes, "scatter": None}
        colours = [OKABE_ITO[int(d)] for d in found.labels]
        scatter = axes.scatter(found.points[:, 0], found.points[:, 1], c=colours, s=6,
                               alpha=0.7, linewidths=0)
        for digit in range(10):
            where = found.points[found.labels == digit]
            if len(where):
                centre = where.mean(axis=0)
                axes.text(centre[0], centre[1], str(digit), color=OKABE_ITO[digit],
                          fontweight="bold", ha="center", va="center",
                          bbox={"facecolor": c.background, "alpha": 0.7, "linewidth": 0})
        if marker is not None:
            axes.plot([marker[0]], [marker[1]], marker="X", markersize=12, color=c.text,
                      label=yours)
            axes.legend(loc="upper right", fontsize="small")
        axes.set_xlabel(x_label.format(share=100 * found.explained[0]))
        axes.set_ylabel(y_label.format(share=100 * found.explained[1]))
        axes.tick_params(labelsize="small")
        return {"axes": axes, "scatter": scatter}


def build_map(network: Network) -> lab.Map | None:
    """In the worker: the map of (up to 1,000) validation images."""
    images, labels = _validation(MAP_IMAGES)
    return lab.build_map(network, images, labels)
