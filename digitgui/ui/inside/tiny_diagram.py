"""The tiny network drawn as circles and arrows, with every x, w, b, z and a on it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from digitgui.core.teaching.tiny_network import NeuronResult
from digitgui.ui import theme
from digitgui.ui.i18n import translate

RADIUS = 30


def short(value: float) -> str:
    """At most 4 decimals, trailing zeros dropped (0.15, not 0.1500); a true minus sign."""
    text = f"{float(value) + 0.0:.4f}".rstrip("0").rstrip(".")
    return (text if text not in ("-0", "") else "0").replace("-", "−")


def signed(value: float) -> str:
    """4 decimals with a true minus sign."""
    return f"{float(value) + 0.0:.4f}".replace("-", "−")


SUBSCRIPT_DIGITS = "₀₁₂₃₄₅₆₇₈₉"


class TinyDiagram(QWidget):
    top_margin = 12.0
    bottom_margin = 18.0
    extra_columns = 0.0
    """Room on the right for subclasses to draw more (the backpropagation diagram's loss)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.inputs: list[float] = []
        self.results: list[list[NeuronResult]] = []
        self.setMinimumSize(420, 190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("TinyDiagram", "Diagram of the tiny network"))

    def sizeHint(self) -> QSize:
        return QSize(560, 210)

    def set_results(self, inputs: list[float], results: list[list[NeuronResult]]) -> None:
        self.inputs = list(inputs)
        self.results = results
        self.updateGeometry()
        self.update()

    def _centres(self) -> list[list[QPointF]]:
        columns = [len(self.inputs)] + [len(row) for row in self.results]
        step = self.width() / (len(columns) + self.extra_columns + 0.2)
        centres = []
        for c, count in enumerate(columns):
            x = step * (c + 0.6)
            gap = (self.height() - self.top_margin - self.bottom_margin) / count
            centres.append([QPointF(x, self.top_margin + gap * (i + 0.5)) for i in range(count)])
        return centres

    def small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        return small

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = theme.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.results:
            painter.end()
            return
        centres = self._centres()
        painter.setFont(self.small_font())
        # Edges first, then their weights on chips that hide the lines crossing under them.
        for layer, row in enumerate(self.results):
            for j, result in enumerate(row):
                end = centres[layer + 1][j]
                for i, weight in enumerate(result.weights):
                    start = centres[layer][i]
                    painter.setPen(QPen(QColor(colours.accent if weight >= 0
                                               else colours.validation),
                                        1 + min(3.0, abs(weight) * 2)))
                    painter.drawLine(start + QPointF(RADIUS, 0), end - QPointF(RADIUS, 0))
        for layer, row in enumerate(self.results):
            for j, result in enumerate(row):
                for i, weight in enumerate(result.weights):
                    point = self.edge_point(centres, layer, j, i)
                    self.chip(painter, QPointF(point.x(), point.y() - 10), f"w = {short(weight)}",
                              QColor(colours.text))
        # Nodes: inputs show x, neurons z, a and their bias.
        for i, value in enumerate(self.inputs):
            self._node(painter, centres[0][i], [f"x{SUBSCRIPT_DIGITS[i + 1]}", short(value)],
                       colours)
        for layer, row in enumerate(self.results):
            for j, result in enumerate(row):
                centre = centres[layer + 1][j]
                self._node(painter, centre, [f"z = {signed(result.z)}",
                                                   f"a = {signed(result.a)}"],
                           colours, neuron=True)
                # Under the neuron, or above the upper of two: the space between them is
                # the edges'.
                above = self.labels_above(len(row), j)
                y = centre.y() - RADIUS - 17 if above else centre.y() + RADIUS + 1
                painter.setPen(QColor(colours.muted))
                painter.drawText(QRectF(centre.x() - 60, y, 120, 16),
                                 Qt.AlignmentFlag.AlignCenter,
                                 f"b = {short(result.bias)} · {result.activation}")
        self.paint_more(painter, centres)
        painter.end()

    def paint_more(self, painter: QPainter, centres: list[list[QPointF]]) -> None:
        """What a subclass draws over the network (its centres: inputs, then each layer)."""

    @staticmethod
    def labels_above(neurons: int, neuron: int) -> bool:
        """Whether a neuron's labels go above it: the upper of two neurons."""
        return neurons == 2 and neuron == 0

    def edge_point(self, centres: list[list[QPointF]], layer: int, neuron: int,
                   source: int) -> QPointF:
        """Where the labels of the edge from ``source`` into ``neuron`` go. Where two inputs
        feed two neurons the slanted edges cross in the middle: their labels go a third of
        the way along instead, one high and one low, clear of the crossing and each other."""
        start, end = centres[layer][source], centres[layer + 1][neuron]
        inputs, neurons = len(centres[layer]), len(centres[layer + 1])
        if inputs == 2 and neurons == 2 and source != neuron:
            t = 0.3
        elif inputs == 2 and neurons == 1 and source == 0:
            t = 0.35
        else:
            t = 0.5
        return start + (end - start) * t

    def chip(self, painter: QPainter, centre: QPointF, text: str, colour: QColor) -> None:
        """One line of text centred on ``centre``, on the background colour."""
        box = painter.fontMetrics().boundingRect(text).adjusted(-3, -1, 3, 1)
        box.moveCenter(centre.toPoint())
        painter.fillRect(box, QColor(theme.colours().background))
        painter.setPen(colour)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _node(self, painter: QPainter, centre: QPointF, lines: list[str], colours,
              neuron: bool = False) -> None:
        painter.setPen(QPen(QColor(colours.accent if neuron else colours.muted), 1.5))
        painter.setBrush(QColor(colours.accent_soft if neuron else colours.background))
        radius = RADIUS + (8 if neuron else 0)
        painter.drawEllipse(centre, radius, RADIUS)
        painter.setPen(QColor(colours.text))
        box = QRectF(centre.x() - radius, centre.y() - RADIUS, 2 * radius, 2 * RADIUS)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "\n".join(lines))
