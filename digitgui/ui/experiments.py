"""Experiments: the training runs compared, how robust the active model is, the neuron lab,
and the map of its last hidden layer, each a tab of one dock (see :mod:`digitgui.ui.runs`,
:mod:`digitgui.ui.robustness_view` and :mod:`digitgui.ui.lab_view`). They follow the active
model and the drawing.

Each tab is built the first time it is chosen (or asked for by its attribute), not with the
dock: making and laying out all four at once held the window for 80-140 ms on the dock's first
show. Until then the tab holds a "Loading…" line; the dock keeps the newest model, drawing and
network and hands them to a tab when it is built. A tab chosen is built in the next turn of
the event loop, so that the tab bar shows the choice first.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from digitgui.core.models.bundle import Bundle
from digitgui.core.models.inference import Prediction
from digitgui.core.teaching import lab
from digitgui.core.teaching.introspection import Network
from digitgui.ui import theme, turns
from digitgui.ui.background import BackgroundTask
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate

RUNS, ROBUSTNESS, LAB, MAP = range(4)
TAB_TITLES = (QT_TRANSLATE_NOOP("Experiments", "Runs"),
              QT_TRANSLATE_NOOP("Experiments", "How robust"),
              QT_TRANSLATE_NOOP("Experiments", "Neuron lab"),
              QT_TRANSLATE_NOOP("Experiments", "Map"))


class MapTab(QWidget):
    """The map's tab: the button that builds it, a status line and the chart."""

    def __init__(self, build: Callable[[], None], parent: QWidget | None = None):
        from digitgui.ui.lab_view import MapChart  # noqa: PLC0415  (with its tab)

        super().__init__(parent)
        self.chart = MapChart()
        self.button = QPushButton(translate("Experiments", "Build the map"))
        self.button.setToolTip(translate(
            "Experiments", "The last hidden layer's values for the validation images, "
            "flattened onto their two main directions (PCA): images the network finds alike "
            "land close together"))
        self.button.clicked.connect(build)
        self.status = QLabel()
        self.status.setStyleSheet(f"color: {theme.colours().muted};")
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.status, 1)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.chart, 1)


def _placeholder() -> QWidget:
    label = QLabel(translate("LazyDock", "Loading…"))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class ExperimentsView(QTabWidget):
    message = Signal(str)
    """A line for the status bar (from the Runs tab: a chart saved, a listing failed)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.network: Network | None = None
        self._bundle: Bundle | None = None
        self._prediction: Prediction | None = None
        self._pixels: np.ndarray | None = None
        self._network_error = ""  # why the network could not be read, for the map's line
        self._pages: list[QWidget | None] = [None] * len(TAB_TITLES)
        self._made: dict[int, QWidget] = {}
        """Pages made but not yet in place (:meth:`_build_chosen`'s first turn)."""
        for title in TAB_TITLES:
            self.addTab(_placeholder(), translate("Experiments", title))
        self.currentChanged.connect(self._tab_chosen)
        self._loader = BackgroundTask(translate("Experiments", "Reading the network"), self)
        self._loader.finished.connect(self._network_read)
        self._loader.failed.connect(self._network_failed)
        self._mapper = BackgroundTask(translate("Experiments", "Building the map"), self)
        self._mapper.finished.connect(self._map_built)
        self._placer = BackgroundTask(translate("Experiments", "Placing the drawing"), self)
        self._placer.finished.connect(self._placed)

    # ---- the tabs, each built when first needed -------------------------------------------
    def is_built(self, index: int) -> bool:
        """Whether tab ``index`` (:data:`RUNS`, ...) holds its real content yet."""
        return self._pages[index] is not None

    @property
    def runs(self):
        return self._page(RUNS)

    @property
    def robustness(self):
        return self._page(ROBUSTNESS)

    @property
    def neuron_lab(self):
        return self._page(LAB)

    @property
    def map_tab(self) -> MapTab:
        return self._page(MAP)

    @property
    def map_chart(self):
        return self.map_tab.chart

    @property
    def map_button(self) -> QPushButton:
        return self.map_tab.button

    @property
    def map_status(self) -> QLabel:
        return self.map_tab.status

    def _page(self, index: int) -> QWidget:
        page = self._pages[index]
        if page is None:
            page = self._made.pop(index, None)
            if page is None:
                page = self._build(index)
            self._give_state(index, page)  # the newest: a made page missed what came since
            self._pages[index] = page
            self._swap_in(index, page)
        return page

    def _build(self, index: int) -> QWidget:
        """Tab ``index``'s content (:meth:`_give_state` gives it the newest model, drawing
        and network). Each tab's module is imported here, with it: importing all four cost
        the dock's first show tens of milliseconds."""
        if index == RUNS:
            from digitgui.ui.runs import RunsView  # noqa: PLC0415

            runs = RunsView()  # lists the runs (in its worker) as it is made
            runs.message.connect(self.message)
            return runs
        if index == ROBUSTNESS:
            from digitgui.ui.robustness_view import RobustnessView  # noqa: PLC0415

            return RobustnessView()
        if index == LAB:
            from digitgui.ui.lab_view import NeuronLab  # noqa: PLC0415

            return NeuronLab()
        return MapTab(self.build_map)

    def _give_state(self, index: int, page: QWidget) -> None:
        if index == RUNS:
            page.set_active(self._bundle)
        elif index == ROBUSTNESS:
            page.set_bundle(self._bundle)
            if self._prediction is not None:
                page.show_prediction(self._prediction)
        elif index == LAB:
            page.set_network(self.network)
            page.show_pixels(self._pixels)
        else:
            page.status.setText(self._network_error)

    def _swap_in(self, index: int, page: QWidget) -> None:
        """Put ``page`` in place of tab ``index``'s placeholder, keeping the tab chosen: the
        page is the tab's widget itself, as if it had been there from the start."""
        chosen = self.currentIndex() == index
        placeholder = self.widget(index)
        self.blockSignals(True)  # the same tab stays chosen: nothing to tell
        try:
            # Inserted after the placeholder and chosen before the placeholder goes, so that
            # no other tab is shown for a moment in between.
            self.insertTab(index + 1, page, self.tabText(index))
            if chosen:
                self.setCurrentIndex(index + 1)
            self.removeTab(index)
        finally:
            self.blockSignals(False)
        placeholder.deleteLater()

    def _tab_chosen(self, index: int) -> None:
        if index < 0:
            return
        if self._pages[index] is None:
            # After the frame that shows the choice: the tab bar answers the click at once.
            turns.later(self, self._build_chosen)
            return
        # A run finished since the list was made is listed when the tab is looked at again;
        # the map places the newest drawing when it is looked at.
        self._refresh_runs()
        self._place_drawing()

    def _build_chosen(self) -> None:
        """The chosen tab's page made in one turn of the event loop and put in place in the
        next, as a dock's content is (``ui/docks.py``): together, the Runs tab's were 30 ms
        of the window's own time, 60 ms with a worker running beside it."""
        index = self.currentIndex()
        if index < 0 or self._pages[index] is not None or not self.isVisible():
            return
        if index not in self._made:
            self._made[index] = self._build(index)
            turns.later(self, self._build_chosen)
            return
        self._page(index)
        if index == MAP:
            self._place_drawing()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pages[self.currentIndex()] is None:
            turns.later(self, self._build_chosen)  # the dock's first show
        else:
            self._refresh_runs()

    # ---- the model and the drawing --------------------------------------------------------
    def set_bundle(self, bundle: Bundle | None) -> None:
        self._bundle = bundle
        if self.is_built(RUNS):
            self.runs.set_active(bundle)
        if self.is_built(ROBUSTNESS):
            self.robustness.set_bundle(bundle)
        self.network = None
        if self.is_built(LAB):
            self.neuron_lab.set_network(None)
        if self.is_built(MAP):
            self.map_chart.set_map(None)
        if bundle is not None:
            self._loader.start(lambda: _read_network(bundle))

    def show_prediction(self, prediction: Prediction) -> None:
        self._prediction = prediction
        self._pixels = prediction.prepared.pixels
        if self.is_built(ROBUSTNESS):
            self.robustness.show_prediction(prediction)
        if self.is_built(LAB):
            self.neuron_lab.show_pixels(self._pixels)
        self._place_drawing()

    def build_map(self) -> None:
        if self.network is None:
            return
        network = self.network
        self.map_status.setText(translate("Experiments", "Building the map…"))  # its tab made
        from digitgui.ui.lab_view import build_map  # noqa: PLC0415  (imported with the tab)

        self._mapper.start(lambda: build_map(network))

    def _refresh_runs(self) -> None:
        if self.is_built(RUNS) and self.currentWidget() is self.runs and self.runs.isVisible():
            self.runs.refresh()

    def is_busy(self) -> bool:
        built = [self._pages[i] for i in (ROBUSTNESS, LAB) if self._pages[i] is not None]
        return (self._loader.is_busy() or self._mapper.is_busy() or self._placer.is_busy()
                or any(page.is_busy() for page in built))

    def _network_read(self, network: Network) -> None:
        self.network = network
        self._network_error = ""
        if self.is_built(LAB):
            self.neuron_lab.set_network(network)
            self.neuron_lab.show_pixels(self._pixels)

    def _network_failed(self, message: str) -> None:
        self._network_error = message
        if self.is_built(MAP):
            self.map_status.setText(message)

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
        if not self.is_built(MAP):
            return  # no map yet: placed once one is built
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


def _read_network(bundle: Bundle) -> Network:
    """In the worker: the bundle's network; and, meanwhile, the core module How robust needs
    imported, so that choosing its tab does not import it on the GUI thread (it brings
    ``numpy.random``, whose compiled modules took 40-60 ms there)."""
    importlib.import_module("digitgui.core.models.robustness")
    return Network.from_bundle(bundle)
