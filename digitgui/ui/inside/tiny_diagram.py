"""The tiny network drawn as circles and arrows, with every x, w, b, z and a on it."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from digitgui.core.teaching.tiny_network import NeuronResult
from digitgui.ui import theme

RADIUS = 30


def short(value: float) -> str:
    """At most 4 decimals, trailing zeros dropped (0.15, not 0.1500); a true minus sign."""
    text = f"{float(value) + 0.0:.4f}".rstrip("0").rstrip(".")
    return (text if text not in ("-0", "") else "0").replace("-", "−")


class TinyDiagram(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.inputs: list[float] = []
        self.results: list[list[NeuronResult]] = []
        self.setMinimumSize(420, 190)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Diagram of the tiny network")

    def sizeHint(self) -> QSize:
        return QSize(560, 210)

    def set_results(self, inputs: list[float], results: list[list[NeuronResult]]) -> None:
        self.inputs = list(inputs)
        self.results = results
        self.updateGeometry()
        self.update()

    def _centres(self) -> list[list[QPointF]]:
        columns = [len(self.inputs)] + [len(row) for row in self.results]
        step = self.width() / (len(columns) + 0.2)
        centres = []
        for c, count in enumerate(columns):
            x = step * (c + 0.6)
            gap = (self.height() - 30) / count
            centres.append([QPointF(x, 12 + gap * (i + 0.5)) for i in range(count)])
        return centres

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = theme.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.results:
            painter.end()
            return
        centres = self._centres()
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        painter.setFont(small)
        # Edges first, labelled with their weights.
        for layer, row in enumerate(self.results):
            for j, result in enumerate(row):
                end = centres[layer + 1][j]
                for i, weight in enumerate(result.weights):
                    start = centres[layer][i]
                    painter.setPen(QPen(QColor(colours.accent if weight >= 0
                                               else colours.validation),
                                        1 + min(3.0, abs(weight) * 2)))
                    painter.drawLine(start + QPointF(RADIUS, 0), end - QPointF(RADIUS, 0))
                    t = 0.35 if len(result.weights) > 1 and i == 0 else 0.5
                    mid = start + (end - start) * t
                    label = QRectF(mid.x() - 40, mid.y() - 19, 80, 16)
                    painter.setPen(QColor(colours.text))
                    painter.drawText(label, Qt.AlignmentFlag.AlignCenter, f"w = {short(weight)}")
        # Nodes: inputs show x, neurons z, a and their bias.
        for i, value in enumerate(self.inputs):
            self._node(painter, centres[0][i], [f"x{i + 1}", short(value)], colours)
        for layer, row in enumerate(self.results):
            for j, result in enumerate(row):
                centre = centres[layer + 1][j]
                self._node(painter, centre, [f"z = {result.z:.4f}", f"a = {result.a:.4f}"],
                           colours, neuron=True)
                painter.setPen(QColor(colours.muted))
                painter.drawText(QRectF(centre.x() - 60, centre.y() + RADIUS + 1, 120, 16),
                                 Qt.AlignmentFlag.AlignCenter,
                                 f"b = {short(result.bias)} · {result.activation}")
        painter.end()

    def _node(self, painter: QPainter, centre: QPointF, lines: list[str], colours,
              neuron: bool = False) -> None:
        painter.setPen(QPen(QColor(colours.accent if neuron else colours.muted), 1.5))
        painter.setBrush(QColor(colours.accent_soft if neuron else colours.background))
        radius = RADIUS + (8 if neuron else 0)
        painter.drawEllipse(centre, radius, RADIUS)
        painter.setPen(QColor(colours.text))
        box = QRectF(centre.x() - radius, centre.y() - RADIUS, 2 * radius, 2 * RADIUS)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "\n".join(lines))
