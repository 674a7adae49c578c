"""The designer's small diagram: a box per layer, the input first and the logits last, each
with its output shape, in rows that wrap to the width (painted with QPainter)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from digitgui.core.models.network_spec import INPUT_SHAPE, PlannedLayer
from digitgui.ui import theme
from digitgui.ui.i18n import translate

GAP = 14
"""Room between two boxes for the arrow."""
PAD = 4


def shape_text(shape: tuple[int, ...]) -> str:
    """(28, 28, 16) -> '28×28×16'; (32,) -> '32'."""
    return "×".join(str(n) for n in shape)


def _title(layer: PlannedLayer) -> str:
    if layer.name == "logits":
        return translate("DesignDiagram", "Logits")
    s = layer.settings
    return {"dense": f"Dense {s.get('units', '')}", "conv2d": f"Conv {s.get('filters', '')}",
            "maxpool": "Pool", "dropout": "Drop", "batchnorm": "BN",
            "flatten": "Flat"}[layer.type]


class DesignDiagram(QWidget):
    """Boxes for the planned layers; weighted layers (dense, conv) stand out in the accent
    colour, the rest are outlined. Empty (the plan unknown) while the design is invalid."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._boxes: list[tuple[str, str, bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(translate("DesignDiagram", "Diagram of the network"))
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        self.setFont(font)

    def set_plan(self, plan: tuple[PlannedLayer, ...] | None) -> None:
        self._boxes = [] if plan is None else [
            (translate("DesignDiagram", "Input"), shape_text(INPUT_SHAPE[:2]), False),
            *((_title(p), shape_text(p.output_shape), p.type in ("dense", "conv2d"))
              for p in plan)]
        self.setToolTip(" → ".join(f"{a} ({b})" for a, b, _ in self._boxes))
        self.updateGeometry()
        self.update()

    def boxes(self) -> list[tuple[str, str]]:
        """What the boxes say (title, output shape), in order: for tests."""
        return [(a, b) for a, b, _ in self._boxes]

    # -- layout ----------------------------------------------------------------------------

    def _sizes(self) -> list[QSize]:
        metrics = QFontMetrics(self.font())
        return [QSize(max(metrics.horizontalAdvance(a), metrics.horizontalAdvance(b)) + 2 * PAD,
                      2 * metrics.height() + 2 * PAD) for a, b, _ in self._boxes]

    def _places(self, width: int) -> list[QRectF]:
        places, x, y = [], 0, 0
        sizes = self._sizes()
        row_height = max((s.height() for s in sizes), default=0)
        for size in sizes:
            if x and x + size.width() > width:
                x, y = 0, y + row_height + PAD + 2
            places.append(QRectF(x, y, size.width(), size.height()))
            x += size.width() + GAP
        return places

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        places = self._places(max(1, width))
        return int(max((r.bottom() for r in places), default=0)) + 2

    def sizeHint(self) -> QSize:
        return QSize(240, self.heightForWidth(240))

    def minimumSizeHint(self) -> QSize:
        return QSize(60, self.heightForWidth(self.width() or 240))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.height() != self.heightForWidth(self.width()):
            self.updateGeometry()

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = theme.colours()
        accent, soft = QColor(colours.accent), QColor(colours.accent_soft)
        text, muted = QColor(colours.text), QColor(colours.muted)
        places = self._places(self.width())
        line = QFontMetrics(self.font()).height()
        for i, ((title, shape, weighted), rect) in enumerate(zip(self._boxes, places,
                                                                  strict=True)):
            rect = rect.adjusted(0.5, 0.5, -0.5, -0.5)
            painter.setPen(QPen(accent if weighted else muted, 1))
            painter.setBrush(soft if weighted else Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(text)
            top = QRectF(rect.left(), rect.top() + PAD - 1, rect.width(), line)
            painter.drawText(top, Qt.AlignmentFlag.AlignHCenter, title)
            painter.setPen(muted if not weighted else text)
            painter.drawText(top.translated(0, line), Qt.AlignmentFlag.AlignHCenter, shape)
            if i + 1 < len(places) and places[i + 1].top() == rect.top() - 0.5:
                y = rect.center().y()
                start, end = QPointF(rect.right() + 2, y), QPointF(places[i + 1].left() - 2, y)
                painter.setPen(QPen(muted, 1))
                painter.drawLine(start, end)
                painter.drawLine(end, end + QPointF(-4, -3))
                painter.drawLine(end, end + QPointF(-4, 3))
        painter.end()
