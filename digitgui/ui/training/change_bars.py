"""How much each layer changed in an epoch: one bar a layer, ‖W_e − W_e−1‖ / ‖W_e−1‖ of its
kernel, as a percentage of the weights it had. Early epochs move the weights a lot, later
ones a little: the bars shrink as the network settles."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from digitgui.ui import theme
from digitgui.ui.formatting import localized
from digitgui.ui.i18n import translate

ROW = 20
"""Pixels a layer."""


def percent(value: float | None) -> str:
    if value is None or not math.isfinite(value):
        return "–"
    if value < 0.001:
        return localized(f"{100 * value:.2f} %")  # late, small steps still read as steps
    return localized(f"{100 * value:.1f} %" if value < 0.1 else f"{100 * value:.0f} %")


class LayerChangeBars(QWidget):
    """Bars of the layers' relative changes, all on one axis (``top``: the run's largest)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._changes: list[tuple[str, float | None]] = []
        self._top = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setToolTip(translate("LayerChangeBars",
                "How much each layer's weights changed in this epoch, relative to their size: ‖W "
                "after − W before‖ / ‖W before‖. Big steps early, small ones as training settles."))

    def sizeHint(self) -> QSize:
        return QSize(220, max(3, len(self._changes)) * ROW + 8)

    def set_changes(self, changes: list[tuple[str, float | None]], top: float) -> None:
        self._changes = list(changes)
        self._top = top if top > 0 and math.isfinite(top) else 1.0
        self.setMinimumHeight(len(self._changes) * ROW + 8)  # never squeezed into overlap
        self.updateGeometry()
        self.update()

    def changes(self) -> list[tuple[str, float | None]]:
        return list(self._changes)

    def paintEvent(self, event) -> None:
        c = theme.colours()
        painter = QPainter(self)
        metrics = painter.fontMetrics()
        if not self._changes:
            painter.setPen(QColor(c.muted))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             translate("LayerChangeBars", "Each layer's change\nper epoch"))
            return
        name_w = max(metrics.horizontalAdvance(name) for name, _ in self._changes) + 8
        value_w = metrics.horizontalAdvance("0.00 %") + 6
        bar_w = max(20, self.width() - name_w - value_w - 4)
        for row, (name, value) in enumerate(self._changes):
            top = 4 + row * ROW
            text_rect = QRectF(0, top, name_w - 6, ROW)
            painter.setPen(QColor(c.text))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             name)
            track = QRectF(name_w, top + 4, bar_w, ROW - 8)
            painter.fillRect(track, QColor(c.grid))
            if value is not None and math.isfinite(value):
                filled = QRectF(track)
                filled.setWidth(max(1.0, bar_w * min(1.0, value / self._top)))
                painter.fillRect(filled, QColor(c.accent))
            painter.setPen(QColor(c.muted))
            painter.drawText(QRectF(name_w + bar_w + 4, top, value_w, ROW),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             percent(value))
