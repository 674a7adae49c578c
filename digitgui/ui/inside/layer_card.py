"""One layer of the network as a card: its name and kind, what it computes, its output."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from digitgui.core.teaching.introspection import LayerOutput
from digitgui.ui import theme
from digitgui.ui.i18n import translate
from digitgui.ui.inside import colormap, describe
from digitgui.ui.inside.colormap import MapImages
from digitgui.ui.inside.explanations import LAYER_KINDS
from digitgui.ui.inside.unit_views import MapGrid, OutputBars, UnitStrip, UnitView, map_pixel


def _content(out: LayerOutput, is_logits: bool) -> UnitView | None:
    shape = out.output.shape
    if out.kind == "identity":
        return None  # nothing new to see: say so in words, keep the column short
    if out.kind == "input":
        return MapGrid(shape, ink=True)
    if out.kind == "softmax":
        return OutputBars(probabilities=True)
    if is_logits and shape == (10,):
        return OutputBars(probabilities=False)
    if len(shape) == 3:
        return MapGrid(shape)
    return UnitStrip(int(shape[0]))


def map_pictures(out: LayerOutput, tables: dict[bool, np.ndarray]) -> MapImages | None:
    """The coloured maps of a layer that a card shows as a :class:`MapGrid` (None for the
    others), made in the worker thread beside the forward pass so that painting the cards
    only copies images. ``tables``: :func:`~digitgui.ui.inside.colormap.map_table` for ink
    (True) and not, taken on the GUI thread."""
    if out.kind == "identity" or np.ndim(out.output) != 3:
        return None
    ink = out.kind == "input"
    values = np.asarray(out.output)
    scale = 1.0 if ink else colormap.symmetric_scale(values)
    return colormap.map_images(values, scale, ink, tables[ink], map_pixel(values.shape, ink))


class LayerCard(QFrame):
    """A layer's card; clicking one of its units emits ``unitClicked(layer, position)``."""

    unitClicked = Signal(int, object)

    def __init__(self, layer: int, out: LayerOutput, is_logits: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.layer = layer
        self.kind = out.kind
        self.name = out.name
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"layer-card-{layer}")
        spec = out.spec
        number = "" if not out.in_model else f"{layer} · "
        self.header = QLabel(f"{number}<b>{out.name}</b> &nbsp; {describe.title(spec, is_logits)}")
        self.summary = QLabel(describe.summary(out, is_logits))
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(f"color: {theme.colours().muted};")
        explanation = LAYER_KINDS.get(out.kind, "")
        if out.kind == "dense" and is_logits:
            explanation = (translate("LayerCard",
                    "The output layer: ten neurons, one per digit, with no activation. Their "
                    "outputs are logits, any real numbers; softmax turns them into probabilities "
                    "when predicting, and the loss applies it itself while training "
                    "(from_logits=True)."))
        self.setToolTip(f"<p>{explanation}</p>" if explanation else "")
        self.view = _content(out, is_logits)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(3)
        layout.addWidget(self.header)
        layout.addWidget(self.summary)
        if self.view is not None:
            self.view.explanation = self.toolTip()
            self.view.setToolTip(self.toolTip())
            self.view.unitClicked.connect(lambda position: self.unitClicked.emit(layer, position))
            layout.addWidget(self.view)

    def set_output(self, out: LayerOutput | None, pictures: MapImages | None = None) -> None:
        """Show this layer's output for the current input (None: no drawing); ``pictures``:
        its maps coloured already (:func:`map_pictures`)."""
        if self.view is None:
            return
        if out is None:
            self.view.set_values(None)
            return
        values = out.output
        scale = 1.0 if out.kind in ("input", "softmax") else None
        if isinstance(self.view, MapGrid) and pictures is not None:
            self.view.set_values(np.asarray(values), pictures.scale, pictures)
            return
        self.view.set_values(np.asarray(values), scale)

    def set_selected(self, position: tuple[int, ...] | None) -> None:
        if self.view is not None:
            self.view.set_selected(position)
