"""The bar charts of "Teach it this digit", painted directly: the error at the output (p − y,
ten signed bars), the probabilities before and after gradient-descent steps, and the size of
the gradient at each layer on a log scale."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from digitgui.core.teaching.gradients import GradientSize
from digitgui.ui import theme
from digitgui.ui.formatting import formatted, localized, percent
from digitgui.ui.i18n import translate

_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def power_of_ten(decade: int) -> str:
    """10 to the power, typeset: 0.01 is 10⁻², 1 and 10 as plain numbers."""
    return {0: "1", 1: "10"}.get(decade, "10" + str(decade).translate(_SUPERSCRIPT))


def _minus(text: str) -> str:
    """A real minus sign, as the formulas write it."""
    return text.replace("-", "−")


class _Chart(QWidget):
    """Shared sizing and the digit rows of a ten-row chart."""

    def __init__(self, name: str, tip: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setToolTip(tip)
        self.setMinimumSize(220, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(320, 230)

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _digit_label(self, painter: QPainter, digit: int, row: QRectF, chosen: bool,
                     width: float) -> None:
        c = theme.colours()
        painter.setFont(self._bold() if chosen else self.font())
        painter.setPen(QColor(c.text if chosen else c.muted))
        painter.drawText(QRectF(0, row.y(), width, row.height()), Qt.AlignmentFlag.AlignCenter,
                         str(digit))
        painter.setFont(self.font())


class SignedBars(_Chart):
    """p − y for the ten digits: each bar grows left (orange, below zero) or right (blue) of
    a centre line. Only the chosen digit's is negative: a step raises its logit and lowers
    the others in proportion to their bars."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("SignedBars", "Gradient at the output, p minus y"),
                         translate("SignedBars",
                                 "∂L/∂z for each logit: the probability minus 1 for the right "
                                 "digit, minus 0 for the others. A step moves each logit against "
                                 "its bar."),
                         parent)
        self.values: np.ndarray | None = None
        self.chosen: int | None = None

    def set_values(self, values: np.ndarray | None, chosen: int | None) -> None:
        self.values = None if values is None else np.asarray(values, dtype=np.float64)
        self.chosen = chosen
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        c = theme.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label = self.fontMetrics().horizontalAdvance("0") * 2.2
        number = self.fontMetrics().horizontalAdvance("−0.000") + 8
        left, right = label + 4, self.width() - number
        middle = (left + right) / 2
        height = self.height() / 10
        for digit in range(10):
            row = QRectF(0, digit * height, self.width(), height)
            self._digit_label(painter, digit, row, digit == self.chosen, label)
            if self.values is None:
                continue
            value = float(self.values[digit])
            length = value * (right - left) / 2  # |p − y| ≤ 1: the half width is 1
            bar = QRectF(middle + min(length, 0.0), row.y() + height * 0.2,
                         max(abs(length), 1.0), height * 0.6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.validation if value < 0 else c.accent))
            painter.drawRoundedRect(bar, 2, 2)
            painter.setPen(QColor(c.text if digit == self.chosen else c.muted))
            painter.drawText(QRectF(right + 4, row.y(), number, height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             _minus(localized(f"{value:+.3f}")))
        painter.setPen(QColor(c.grid))
        painter.drawLine(int(middle), 0, int(middle), self.height())
        painter.end()


class BeforeAfterBars(_Chart):
    """The probabilities (softmax at temperature 1) of the saved model, and of the copy after
    the steps taken: two bars per digit, before above (grey) and after below (blue)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(translate("BeforeAfterBars", "Probabilities before and after the steps"),
                         translate("BeforeAfterBars",
                                 "Grey: the saved model. Blue: the copy after the "
                                 "gradient-descent steps. Softmax of the logits at temperature 1, "
                                 "as the loss reads them."), parent)
        self.before: np.ndarray | None = None
        self.after: np.ndarray | None = None
        self.chosen: int | None = None

    def set_probabilities(self, before: np.ndarray | None, after: np.ndarray | None,
                          chosen: int | None) -> None:
        self.before = None if before is None else np.asarray(before, dtype=np.float64)
        self.after = None if after is None else np.asarray(after, dtype=np.float64)
        self.chosen = chosen
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        c = theme.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        label = self.fontMetrics().horizontalAdvance("0") * 2.2
        text_width = self.fontMetrics().horizontalAdvance("99.9 % → >99.9 %") + 8
        left = label + 4
        track = max(1.0, self.width() - left - text_width)
        height = self.height() / 10
        for digit in range(10):
            row = QRectF(0, digit * height, self.width(), height)
            chosen = digit == self.chosen
            self._digit_label(painter, digit, row, chosen, label)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.grid))
            painter.drawRoundedRect(QRectF(left, row.y() + height * 0.15, track, height * 0.7),
                                    2, 2)
            if self.before is None:
                continue
            bars = [(self.before, c.muted, 0.15)]
            if self.after is not None:
                bars.append((self.after, c.accent if chosen else c.accent_soft, 0.5))
            thick = height * (0.35 if self.after is not None else 0.7)
            for values, colour, top in bars:
                painter.setBrush(QColor(colour))
                width = max(1.0, track * float(values[digit]))
                painter.drawRoundedRect(QRectF(left, row.y() + height * top, width, thick), 2, 2)
            text = percent(float(self.before[digit]))
            if self.after is not None:
                text += f" → {percent(float(self.after[digit]))}"
            painter.setFont(self._bold() if chosen else self.font())
            painter.setPen(QColor(c.text if chosen else c.muted))
            painter.drawText(QRectF(left + track + 6, row.y(), text_width, height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        painter.end()


class GradientSizeBars(QWidget):
    """One bar per layer with weights, input side at the top: ‖∂L/∂θ‖ / ‖θ‖, how much one
    step of learning rate 1 would change the layer for its size, on a log scale (sizes span
    decades)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.sizes: list[GradientSize] = []
        self.setAccessibleName(translate("GradientSizeBars", "Gradient size at each layer"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(320, self._row_height() * max(3, len(self.sizes)) + 22)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, self.sizeHint().height())

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def set_sizes(self, sizes: list[GradientSize]) -> None:
        self.sizes = [s for s in sizes if s.kind in ("dense", "conv2d")]
        self.setFixedHeight(self.sizeHint().height())
        self.setToolTip("\n".join(
            formatted(translate("GradientSizeBars",
                    "{name}: ‖∂L/∂θ‖ = {gradient:.3g}, ‖θ‖ = {weights:.3g}, error reaching it "
                    "‖∂L/∂out‖ = {signal:.3g}"),
                    name=s.name, gradient=s.gradient, weights=s.weights,
                    signal=s.signal) for s in self.sizes))
        self.update()

    def _decades(self) -> tuple[int, int]:
        values = [s.relative for s in self.sizes if s.relative > 0]
        if not values:
            return -3, 0
        low, high = math.floor(math.log10(min(values))), math.ceil(math.log10(max(values)))
        return low, max(high, low + 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        c = theme.colours()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        names = max([metrics.horizontalAdvance(s.name) for s in self.sizes] or [60]) + 8
        value_width = metrics.horizontalAdvance("0.0000× ‖θ‖") + 12
        left, right = names, max(names + 20, self.width() - value_width)
        low, high = self._decades()
        row = self._row_height()
        bottom = row * len(self.sizes)

        def x_of(value: float) -> float:
            share = (math.log10(value) - low) / (high - low) if value > 0 else 0.0
            return left + (right - left) * min(max(share, 0.0), 1.0)

        if not self.sizes:
            painter.end()
            return
        painter.setPen(QColor(c.grid))
        for decade in range(low, high + 1):  # a faint line at every power of ten
            x = x_of(10.0 ** decade)
            painter.drawLine(int(x), 0, int(x), int(bottom))
            painter.setPen(QColor(c.muted))
            painter.drawText(QRectF(x - 30, bottom + 2, 60, 18), Qt.AlignmentFlag.AlignCenter,
                             power_of_ten(decade))
            painter.setPen(QColor(c.grid))
        for index, size in enumerate(self.sizes):
            y = index * row
            painter.setPen(QColor(c.text))
            painter.drawText(QRectF(0, y, names - 6, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             size.name)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.accent))
            painter.drawRoundedRect(QRectF(left, y + row * 0.2,
                                           max(2.0, x_of(size.relative) - left), row * 0.6), 2, 2)
            painter.setPen(QColor(c.muted))
            painter.drawText(QRectF(right + 6, y, value_width, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             localized(f"{size.relative:.3g}") + "× ‖θ‖")
        painter.end()
