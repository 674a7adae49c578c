"""Experiments: the training runs compared, how robust the active model is, the neuron lab,
and the map of its last hidden layer, each a tab of one dock (see :mod:`digitgui.ui.runs`,
:mod:`digitgui.ui.robustness_view` and :mod:`digitgui.ui.lab_view`). They follow the active
model and the drawing."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from digitgui.core.models.bundle import Bundle
from digitgui.core.models.inference import Prediction
from digitgui.core.teaching import lab
from digitgui.core.teaching.introspection import Network
from digitgui.ui import theme
from digitgui.ui.background import BackgroundTask
from digitgui.ui.i18n import translate
from digitgui.ui.lab_view import MapChart, NeuronLab, build_map
from digitgui.ui.robustness_view import RobustnessView
from digitgui.ui.runs import RunsView


class ExperimentsView(QTabWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.network: Network | None = None
        self.runs = RunsView()
        self.robustness = RobustnessView()
        self.neuron_lab = NeuronLab()
        self.map_chart = MapChart()
        self.map_button = QPushButton(translate("Experiments", "Build the map"))
        self.map_button.setToolTip(translate(
            "Experiments", "The last hidden layer's values for the validation images, "
            "flattened onto their two main directions (PCA): images the network finds alike "
            "land close together"))
        self.map_button.clicked.connect(self.build_map)
        self.map_status = QLabel()
        self.map_status.setStyleSheet(f"color: {theme.colours().muted};")
        map_tab = QWidget()
        row = QHBoxLayout()
        row.addWidget(self.map_button)
        row.addWidget(self.map_status, 1)
        column = QVBoxLayout(map_tab)
        column.addLayout(row)
        column.addWidget(self.map_chart, 1)
        self.addTab(self.runs, translate("Experiments", "Runs"))
        self.addTab(self.robustness, translate("Experiments", "How robust"))
        # A run finished since the list was made is listed when the tab is looked at again;
        # the map places the newest drawing when it is looked at.
        self.currentChanged.connect(lambda _index: self._refresh_runs())
        self.addTab(self.neuron_lab, translate("Experiments", "Neuron lab"))
        self.addTab(map_tab, translate("Experiments", "Map"))
        self.currentChanged.connect(lambda _index: self._place_drawing())
        self._pixels: np.ndarray | None = None
        self._loader = BackgroundTask(translate("Experiments", "Reading the network"), self)
        self._loader.finished.connect(self._network_read)
        self._loader.failed.connect(self.map_status.setText)
        self._mapper = BackgroundTask(translate("Experiments", "Building the map"), self)
        self._mapper.finished.connect(self._map_built)
        self._placer = BackgroundTask(translate("Experiments", "Placing the drawing"), self)
        self._placer.finished.connect(self._placed)

    def set_bundle(self, bundle: Bundle | None) -> None:
        self.runs.set_active(bundle)
        self.robustness.set_bundle(bundle)
        self.network = None
        self.neuron_lab.set_network(None)
        self.map_chart.set_map(None)
        if bundle is not None:
            self._loader.start(lambda: Network.from_bundle(bundle))

    def show_prediction(self, prediction: Prediction) -> None:
        self._pixels = prediction.prepared.pixels
        self.robustness.show_prediction(prediction)
        self.neuron_lab.show_pixels(self._pixels)
        self._place_drawing()

    def build_map(self) -> None:
        if self.network is None:
            return
        network = self.network
        self.map_status.setText(translate("Experiments", "Building the map…"))
        self._mapper.start(lambda: build_map(network))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refresh_runs()

    def _refresh_runs(self) -> None:
        if self.currentWidget() is self.runs and self.runs.isVisible():
            self.runs.refresh()

    def is_busy(self) -> bool:
        return (self._loader.is_busy() or self._mapper.is_busy() or self._placer.is_busy()
                or self.robustness.is_busy() or self.neuron_lab.is_busy())

    def _network_read(self, network: Network) -> None:
        self.network = network
        self.neuron_lab.set_network(network)
        self.neuron_lab.show_pixels(self._pixels)

    def _map_built(self, found: lab.Map | None) -> None:
        if found is None:
            self.map_status.setText(translate("Experiments", "This network has no hidden "
                                              "dense layer to map."))
            return
        self.map_status.setText(translate("Experiments", "{n} validation images; the cross "
                                          "is your drawing").format(n=len(found.labels)))
        self.map_chart.set_map(found)
        self._place_drawing()

    def _place_drawing(self) -> None:
        found, network, pixels = self.map_chart.map, self.network, self._pixels
        if found is None or network is None or not self.map_chart.isVisible():
            return  # placed when the map is looked at
        if pixels is None:
            self.map_chart.set_map(found, None)
            return
        # The drawing's last hidden layer, in the worker (a cnn's forward pass is too long
        # for the GUI thread).
        self._placer.start(lambda: (found, found.place(
            lab.logits(network, pixels, keep=found.layer)[1])))

    def _placed(self, result) -> None:
        found, marker = result
        if found is self.map_chart.map:
            self.map_chart.set_map(found, marker)
