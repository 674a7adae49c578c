"""Ten horizontal bars, one per digit, painted directly (cheap enough for every pen movement)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from digitgui.ui import theme
from digitgui.ui.formatting import percent
from digitgui.ui.i18n import translate


class ProbabilityBars(QWidget):
    digitClicked = Signal(int)
    """The user clicked a digit's label (used to say what the drawing really was)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._probabilities = np.zeros(10, dtype=np.float32)
        self._top: int | None = None
        self._greyed = False
        self.setMinimumSize(200, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("ProbabilityBars", "Probabilities of each digit"))
        self.setToolTip(translate("ProbabilityBars",
                "The softmax probability the network gives each digit. Click a digit to say that "
                "is what you drew."))
        self.setMouseTracking(True)
        self._hover: int | None = None

    def sizeHint(self) -> QSize:
        return QSize(320, 300)

    def set_probabilities(self, probabilities: np.ndarray, top: int | None,
                          greyed: bool = False) -> None:
        """Show the probabilities, ``top`` highlighted; ``greyed`` for "not a digit": the
        numbers are shown, but in grey and with no digit claimed."""
        self._probabilities = np.asarray(probabilities, dtype=np.float32)
        self._top = top
        self._greyed = greyed
        self.update()

    def greyed(self) -> bool:
        return self._greyed

    def probabilities(self) -> np.ndarray:
        return self._probabilities.copy()

    def _row_rect(self, digit: int) -> QRectF:
        height = self.height() / 10
        return QRectF(0, digit * height, self.width(), height)

    def label_width(self) -> float:
        return self.fontMetrics().horizontalAdvance("0") * 2.2

    def digit_at(self, y: float) -> int | None:
        digit = int(y // (self.height() / 10))
        return digit if 0 <= digit <= 9 else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        digit = self.digit_at(event.position().y())
        if digit is not None and event.position().x() <= self.label_width() * 1.5:
            self.digitClicked.emit(digit)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over_label = event.position().x() <= self.label_width() * 1.5
        digit = self.digit_at(event.position().y()) if over_label else None
        if digit != self._hover:
            self._hover = digit
            self.setCursor(Qt.CursorShape.PointingHandCursor if digit is not None
                           else Qt.CursorShape.ArrowCursor)
            self.update()

    def leaveEvent(self, event) -> None:
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = theme.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_width = self.label_width()
        metrics = self.fontMetrics()
        percent_width = metrics.horizontalAdvance(">99.9 %") + 8
        bold = QFont(self.font())
        bold.setBold(True)
        for digit in range(10):
            row = self._row_rect(digit)
            value = float(self._probabilities[digit])
            is_top = digit == self._top
            painter.setFont(bold if is_top else self.font())
            painter.setPen(QColor(colours.accent if digit == self._hover else colours.text))
            painter.drawText(QRectF(0, row.y(), label_width, row.height()),
                             Qt.AlignmentFlag.AlignCenter, str(digit))
            track = QRectF(label_width + 4, row.y() + row.height() * 0.2,
                           max(1.0, row.width() - label_width - percent_width - 8),
                           row.height() * 0.6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.grid))
            painter.drawRoundedRect(track, 3, 3)
            if value > 0:
                bar = QRectF(track.x(), track.y(), max(2.0, track.width() * value),
                             track.height())
                fill = colours.accent if is_top else colours.accent_soft
                painter.setBrush(QColor(colours.muted if self._greyed else fill))
                painter.drawRoundedRect(bar, 3, 3)
            painter.setPen(QColor(colours.text if is_top else colours.muted))
            text = percent(value) if self._top is not None or self._greyed else "–"
            painter.drawText(QRectF(track.right() + 6, row.y(), percent_width, row.height()),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.end()
