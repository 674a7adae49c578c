"""Inside the network: every layer of the active model at work on the current drawing.

A column of layer cards (the 28x28 input, feature maps, neurons, the ten logits, softmax) and,
beside it, the details of the clicked unit. The values are the real model's: the bundle's
``model.keras`` weights run layer by layer in NumPy (:mod:`digitgui.core.teaching.introspection`; no
TensorFlow in the window).

Reading a model's weights (an h5 file: 100 ms and more on a cold disk) and the forward pass
(a few ms for the seed network, tens for the cnn on a busy machine) run in a worker thread
(:class:`~digitgui.ui.background.BackgroundTask`); only the cards are filled in here. One
request is in flight at a time: drawing on while it runs marks the view stale, and the newest
drawing is computed as soon as the answer is shown, so the cards follow the pen without ever
showing an older drawing after a newer one. A model change drops any answer for the old model.
While the view is out of sight (its dock closed or behind another tab) nothing is computed,
and the newest drawing and model are caught up with when it is painted again.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from digitgui.core.models.bundle import Bundle
from digitgui.core.models.inference import Prediction
from digitgui.core.teaching.introspection import ForwardPass, Network
from digitgui.core.teaching.neuron_details import details as neuron_details
from digitgui.core.teaching.neuron_details import unit_label, use_unit_words
from digitgui.ui import theme, turns
from digitgui.ui.background import BackgroundTask
from digitgui.ui.docks import FollowsWhileSeen, on_screen
from digitgui.ui.formatting import formatted
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, Translated, translate
from digitgui.ui.inside.colormap import MapImages, map_table
from digitgui.ui.inside.layer_card import LayerCard, map_pictures
from digitgui.ui.inside.neuron_panel import NeuronPanel, PreparedDetails, prepare_details

Selection = tuple[int, tuple[int, ...]]

UNIT_LABELS = Translated("UnitLabel", {
    "probability": QT_TRANSLATE_NOOP("UnitLabel", "P(digit {digit})"),
    "pixel": QT_TRANSLATE_NOOP("UnitLabel", "pixel ({row}, {col})"),
    "map": QT_TRANSLATE_NOOP("UnitLabel", "{name} map {channel} at ({row}, {col})"),
    "logit": QT_TRANSLATE_NOOP("UnitLabel", "logit of digit {digit}"),
    "unit": QT_TRANSLATE_NOOP("UnitLabel", "{name} #{index}"),
    "padding": QT_TRANSLATE_NOOP("UnitLabel", "padding (0) beyond the edge"),
})
"""How the views name a unit (the core's templates, in the window's language)."""

CARDS_PER_TURN = 6
CARDS_BUDGET_S = 0.010
"""How many layer cards one turn of the event loop makes, and for how long at most. The cnn
has 28: made, polished and laid out at once they held the window 40-75 ms (Qt's share, after
the Python, about two thirds); a few a turn, the window stays live and the cards appear top
down within a few frames."""


@dataclass(frozen=True)
class _Answer:
    """What the worker worked out for one request."""

    bundle: Bundle
    network: Network
    structure: ForwardPass | None
    """The network's layers on a blank input, when it was read for this request (new cards)."""
    forward_pass: ForwardPass | None
    """Every layer on the drawing (None: a blank sheet)."""
    pictures: tuple[MapImages | None, ...] = ()
    """Each layer's feature maps coloured as its card paints them (None: no maps)."""
    selection: Selection | None = None
    details: PreparedDetails | None = None
    """The selected unit's details on this drawing, made ready to show (None: not made)."""


def _work_out(bundle: Bundle, network: Network | None, pixels: np.ndarray | None,
              tables: dict[bool, np.ndarray], selection: Selection | None) -> _Answer:
    """In the worker thread: read the network if not given, then run the drawing through it,
    colour its feature maps and make the selected unit's details (tens of ms for the cnn's:
    not in a paint on the GUI thread). ``tables``: the colour tables, taken on the GUI
    thread."""
    structure = None
    if network is None:
        network = Network.from_bundle(bundle)
        structure = network.forward(np.zeros((28, 28), np.float32))
        selection = None  # the new network's cards choose their own
    forward_pass = None if pixels is None else network.forward(pixels)
    pictures = () if forward_pass is None else \
        tuple(map_pictures(out, tables) for out in forward_pass.layers)
    details = None
    if forward_pass is not None and selection is not None:
        try:
            details = prepare_details(neuron_details(forward_pass, *selection), tables)
        except IndexError:  # a unit the network does not have: worked out when shown
            pass
    return _Answer(bundle, network, structure, forward_pass, pictures, selection, details)


class InsideNetworkView(FollowsWhileSeen, QWidget):
    """The layer-by-layer view. Feed it with :meth:`set_bundle` (the active model) and
    :meth:`set_input` (the preprocessed 28x28 drawing, or None when the sheet is blank)."""

    updated = Signal()
    """The cards now show the newest drawing and model (emitted after each refresh)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        use_unit_words(dict(UNIT_LABELS))  # the window's language, set before the view is
        self.bundle: Bundle | None = None
        self.network: Network | None = None
        self.forward_pass: ForwardPass | None = None
        self.pixels: np.ndarray | None = None
        self.selection: Selection | None = None
        self._prepared: tuple = (None, None, None)  # the worker's details: (pass, unit, them)
        self.cards: list[LayerCard] = []
        self._network_bundle: Bundle | None = None  # the bundle self.network was read from
        self._broken: Bundle | None = None  # a bundle whose network could not be read
        self._asked: Bundle | None = None  # the bundle of the request in flight
        self._stale = False  # the inputs changed since the last request was made
        self._making: tuple[_Answer, list[int]] | None = None  # cards still to make
        self._details_due = False  # the details wait for their turn (see _answer_shown)
        self._task = BackgroundTask(translate("InsideNetworkView", "Inside the network"), self)
        self._task.finished.connect(self._show_answer)
        self._task.failed.connect(self._show_failure)

        self.model_label = QLabel(translate("InsideNetworkView", "No model"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {theme.colours().muted};")
        self.column = QWidget()
        self.column_layout = QVBoxLayout(self.column)
        self.column_layout.setContentsMargins(4, 4, 4, 4)
        self.column_layout.setSpacing(6)
        self.column_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.column)
        self.neuron_panel = NeuronPanel()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.scroll)
        splitter.addWidget(self.neuron_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        # The cards get the larger share (the details' long formulas wrap instead).
        self.scroll.setMinimumWidth(320)
        self.neuron_panel.setMinimumWidth(260)
        splitter.setSizes([620, 420])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.model_label)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.setAccessibleName(translate("InsideNetworkView", "Inside the network"))

    # ---- inputs -----------------------------------------------------------------------------
    def set_bundle(self, bundle: Bundle | None) -> None:
        """The active model changed (connect ``PredictionService.modelChanged``)."""
        self.bundle = bundle
        self._task.cancel()  # an answer for the old model must never show
        self._changed()

    def set_input(self, pixels: np.ndarray | None) -> None:
        """The (28, 28) input in [0, 1] the model reads, or None for a blank sheet."""
        self.pixels = None if pixels is None else np.array(pixels, dtype=np.float32)
        self._changed()

    def show_prediction(self, prediction: Prediction) -> None:
        """Slot for ``PredictionService.predicted``: shows that prediction's input."""
        self.set_input(prediction.prepared.pixels)

    def select(self, layer: int, position: tuple[int, ...]) -> None:
        """Show the details of one unit (what clicking it does)."""
        self._mark(layer, position)
        self._show_details()

    def _mark(self, layer: int, position: tuple[int, ...]) -> None:
        self.selection = (layer, tuple(int(p) for p in position))
        for card in self.cards:
            card.set_selected(self.selection[1] if card.layer == layer else None)

    # ---- refreshing -------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self._making is not None or self._details_due or super().is_busy()

    def busy_reason(self) -> str:
        """Why :meth:`is_busy` says so, for the bench's message when an update never ends."""
        if self._making is not None:
            return f"{len(self._making[1])} layer cards still to make"
        if self._details_due:
            return "the details wait for their turn"
        if self._task.is_busy():
            return "the worker has not answered"
        if self._stale:
            return f"a newer input waits (on screen: {on_screen(self)})"
        return "not busy"

    def _request(self) -> None:
        """Ask the worker for the newest model and drawing (or settle at once with none)."""
        if self._making is not None:
            self._stale = True  # asked again once the cards are made (see _settle)
            return
        self._stale = False
        bundle, pixels = self.bundle, self.pixels
        if bundle is None or bundle is self._broken:
            if bundle is None:
                self._set_network(None, None)
                self.model_label.setText(translate("InsideNetworkView", "No model"))
            self.updated.emit()
            return
        network = self.network if self._network_bundle is bundle else None
        if network is None:
            self.model_label.setText(translate("InsideNetworkView",
                    "Loading <b>{name}</b>…").format(name=bundle.name))
        self._asked = bundle
        tables = {ink: map_table(ink) for ink in (True, False)}  # the theme: asked here
        selection = self.selection
        self._task.start(lambda: _work_out(bundle, network, pixels, tables, selection))

    def _show_answer(self, answer: _Answer) -> None:
        if answer.structure is not None:  # a new network: its cards made a few a turn
            self._set_network(answer.bundle, answer.network)
            self.forward_pass = answer.forward_pass
            self._describe_model()
            self._making = (answer, list(range(len(answer.structure.layers))))
            self._make_cards()
            return
        self.forward_pass = answer.forward_pass
        self._prepared = (answer.forward_pass, answer.selection, answer.details)
        for index, card in enumerate(self.cards):
            self._fill(card, answer, index)
        self._answer_shown()

    @staticmethod
    def _fill(card: LayerCard, answer: _Answer, index: int) -> None:
        if answer.forward_pass is None:
            card.set_output(None)
        else:
            card.set_output(answer.forward_pass.layers[index], answer.pictures[index])

    def _answer_shown(self) -> None:
        self.message.setText(translate("InsideNetworkView",
                "Draw a digit to see every layer at work on it.")
                             if self.forward_pass is None else "")
        self.message.setVisible(self.forward_pass is None)
        # The clicked unit's details (rich text, 2-3 ms) in a turn of their own, not with the
        # cards' (nor with the prediction that may share the cards' turn while drawing).
        if not self._details_due:
            self._details_due = True
            turns.later(self, self._details_shown)

    def _details_shown(self) -> None:
        self._details_due = False
        self._show_details()
        self._settle()

    def _show_failure(self, message: str) -> None:
        """The model's network could not be read: say why, and do not try it again."""
        self._broken = self._asked
        self._set_network(None, None)
        self.model_label.setText(
            translate("InsideNetworkView", "Model: {name}").format(name=self._asked.name)
            if self._asked else translate("InsideNetworkView", "No model"))
        self.message.setText(message)
        self.message.setVisible(True)
        self._settle()

    def _settle(self) -> None:
        """After an answer: on to the newest inputs if they changed meanwhile, else done."""
        if self._task.is_busy():
            return  # asked for newer inputs meanwhile (a paint caught up): that answer settles
        if self._stale and on_screen(self):
            self._request()
        else:
            self.updated.emit()

    def _set_network(self, bundle: Bundle | None, network: Network | None) -> None:
        self._clear_cards()
        self.network, self._network_bundle = network, bundle
        self.forward_pass = self.selection = None

    def _make_cards(self) -> None:
        """Make the next few cards still to make (:data:`CARDS_PER_TURN`), each shown with
        its output at once; the rest in the next turn of the event loop (Qt lays out and
        paints these in between). Done: the default unit chosen and the answer shown."""
        if self._making is None:
            return
        answer, todo = self._making
        structure = answer.structure
        last = len(structure.layers) - 2  # the logits layer
        started, made = time.perf_counter(), 0
        while todo and made < CARDS_PER_TURN and time.perf_counter() - started < CARDS_BUDGET_S:
            made += 1
            index = todo.pop(0)
            card = LayerCard(index, structure.layers[index], is_logits=index == last)
            card.unitClicked.connect(self.select)
            if card.view is not None:
                card.view.describe = lambda position, i=index: self._label(i, position)
            self._fill(card, answer, index)
            self.column_layout.insertWidget(self.column_layout.count() - 1, card)
            self.cards.append(card)
        # Made all: the details and the answer in a turn of their own (laying out the last
        # cards is this turn's).
        turns.later(self, self._make_cards if todo else self._cards_made)

    def _cards_made(self) -> None:
        if self._making is None or self._making[1]:
            return
        structure = self._making[0].structure
        self._making = None
        self.selection = self._default_selection(structure)
        if self.selection is not None:
            self._mark(*self.selection)
        self._answer_shown()  # the details, once (rich text laid out: ms on a slow machine)

    def _describe_model(self) -> None:
        network, bundle = self.network, self._network_bundle
        params = sum(spec.parameter_count for spec in network.layers)
        c = theme.colours()
        self.model_label.setText(
            formatted(translate("InsideNetworkView",
                    "<b>{name}</b> ({network}) · {count} layers · {params:,} parameters · "
                    "colours: <span style='color:{validation}'>■</span> below zero, <span "
                    "style='color:{accent}'>■</span> above (each layer on its own scale) · hover "
                    "to explain, click to look closer"),
                    name=bundle.name, network=bundle.network, count=len(network.layers),
                    params=params, validation=c.validation, accent=c.accent))

    def _clear_cards(self) -> None:
        for card in self.cards:
            # Out of sight at once (deleteLater only acts back in the event loop).
            self.column_layout.removeWidget(card)
            card.hide()
            card.setParent(None)
            card.deleteLater()
        self.cards = []

    @staticmethod
    def _default_selection(structure: ForwardPass) -> Selection | None:
        """The first unit with weights: a first-layer neuron shows its 28x28 weights, a
        first convolution its filter, right away."""
        for index, out in enumerate(structure.layers):
            if out.kind == "dense":
                return index, (0,)
            if out.kind == "conv2d":
                height, width = out.output.shape[:2]
                return index, (height // 2, width // 2, 0)
        return None

    def _label(self, layer: int, position: tuple[int, ...]) -> str:
        if self.forward_pass is None:
            return str(position)
        return unit_label(self.forward_pass, layer, tuple(int(p) for p in position))

    def _show_details(self) -> None:
        if self.forward_pass is None or self.selection is None:
            self.neuron_panel.show_details(None)
            return
        forward_pass, selection, prepared = self._prepared
        if forward_pass is self.forward_pass and selection == self.selection \
                and prepared is not None:  # made with the answer, in the worker
            self.neuron_panel.show_details(prepared.details, prepared)
            return
        try:
            details = neuron_details(self.forward_pass, *self.selection)
        except IndexError:
            details = None
        self.neuron_panel.show_details(details)
