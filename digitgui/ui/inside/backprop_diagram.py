"""The tiny network with its backward pass drawn on it: each gradient where it lives.

On each edge, under its weight, ∂L/∂w; above each neuron ∂L/∂a and g′(z), under it
δ = ∂L/∂b; on the right the loss L and the target, fed by the output neurons.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from digitgui.core.teaching.tiny_backprop import CROSS_ENTROPY, DELTA, DL_DA, SLOPE, Backward
from digitgui.ui import theme
from digitgui.ui.i18n import translate
from digitgui.ui.inside.backprop_text import number
from digitgui.ui.inside.tiny_diagram import RADIUS, TinyDiagram, short

HEIGHTS = {1: 220, 2: 420}
"""By the most neurons in a layer: room for the nodes, their labels and the edges' between."""

SLOPE_NAMES = {"sigmoid": "σ′", "relu": "ReLU′", "linear": "g′"}


def target_text(backward: Backward) -> list[str]:
    objective = backward.objective
    if objective.loss == CROSS_ENTROPY:
        outputs = len(backward.forward[-1])
        which = f"y = {objective.label}" if outputs == 1 else translate("BackpropDiagram",
                "class {value}").format(value=objective.label + 1)
        return [translate("BackpropDiagram", "cross-entropy"), which]
    return [translate("BackpropDiagram", "squared error"),
            ", ".join(f"y = {short(y)}" for y in objective.targets)]


class BackpropDiagram(TinyDiagram):
    extra_columns = 0.9

    def __init__(self, parent=None):
        super().__init__(parent)
        self.backward: Backward | None = None
        self.setAccessibleName(translate("BackpropDiagram",
                "Diagram of the tiny network with its gradients"))

    def set_backward(self, inputs: list[float], backward: Backward) -> None:
        self.backward = backward
        self.set_results(inputs, backward.forward)

    def _tallest(self) -> int:
        return max([len(self.inputs)] + [len(row) for row in self.results] + [1])

    @property
    def top_margin(self) -> float:  # type: ignore[override]
        return 4.0 if self._tallest() == 1 else 40.0

    @property
    def bottom_margin(self) -> float:  # type: ignore[override]
        return self.top_margin

    def sizeHint(self) -> QSize:
        return QSize(640, HEIGHTS[self._tallest()])

    def minimumSizeHint(self) -> QSize:
        return QSize(520, self.sizeHint().height())

    def paint_more(self, painter: QPainter, centres: list[list[QPointF]]) -> None:
        if self.backward is None:
            return
        colours = theme.colours()
        gradient = QColor(colours.warning)
        self._edge_gradients(painter, centres, gradient)
        self._neuron_gradients(painter, centres, gradient)
        self._loss_box(painter, centres, colours)

    def _edge_gradients(self, painter: QPainter, centres: list[list[QPointF]],
                        colour: QColor) -> None:
        """Each weight's ∂L/∂w just under its w."""
        assert self.backward is not None
        for layer, row in enumerate(self.results):
            for j, result in enumerate(row):
                for i in range(len(result.weights)):
                    point = self.edge_point(centres, layer, j, i)
                    value = self.backward.weight_gradient(layer, j, i)
                    self.chip(painter, QPointF(point.x(), point.y() + 8),
                              f"∂L/∂w = {number(value, html=False)}", colour)

    def _neuron_gradients(self, painter: QPainter, centres: list[list[QPointF]],
                          colour: QColor) -> None:
        """∂L/∂a, g′(z) and δ by each neuron: above and below a lone neuron; all above the
        upper of two and all below the lower, leaving the space between to the edges."""
        assert self.backward is not None
        painter.setPen(colour)
        line = 16
        for layer, row in enumerate(self.results):
            for j, result in enumerate(row):
                centre = centres[layer + 1][j]
                da = self.backward.find(DL_DA, layer, j).value
                slope = self.backward.find(SLOPE, layer, j).value
                delta = self.backward.find(DELTA, layer, j).value
                texts = [f"∂L/∂a = {number(da, html=False)}",
                         f"{SLOPE_NAMES[result.activation]}(z) = {number(slope, html=False)}",
                         f"δ = ∂L/∂b = {number(delta, html=False)}"]
                if len(row) == 1:  # two lines above, δ under the bias line below
                    offsets = [-RADIUS - 2 * line - 2, -RADIUS - line - 2, RADIUS + line + 1]
                elif self.labels_above(len(row), j):  # stacked over the bias line
                    offsets = [-RADIUS - (4 - k) * line - 1 for k in range(3)]
                else:  # stacked under the bias line
                    offsets = [RADIUS + (k + 1) * line + 1 for k in range(3)]
                for text, offset in zip(texts, offsets, strict=True):
                    painter.drawText(QRectF(centre.x() - 70, centre.y() + offset, 140, line),
                                     Qt.AlignmentFlag.AlignCenter, text)

    def _loss_box(self, painter: QPainter, centres: list[list[QPointF]], colours) -> None:
        assert self.backward is not None
        outputs = centres[-1]
        step = self.width() / (len(centres) + self.extra_columns + 0.2)
        centre = QPointF(outputs[0].x() + step * 0.95,
                         sum(p.y() for p in outputs) / len(outputs))
        box = QRectF(centre.x() - 52, centre.y() - 30, 104, 60)
        painter.setPen(QPen(QColor(colours.muted), 1.2, Qt.PenStyle.DashLine))
        for point in outputs:
            painter.drawLine(point + QPointF(RADIUS + 8, 0), QPointF(box.left(), centre.y()))
        painter.setPen(QPen(QColor(colours.warning), 1.5))
        painter.setBrush(QColor(colours.background))
        painter.drawRoundedRect(box, 8, 8)
        painter.setPen(QColor(colours.text))
        kind, target = target_text(self.backward)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter,
                         f"L = {number(self.backward.loss, html=False)}\n{target}\n{kind}")
