"""Number mode: a whole written number read at once, each digit boxed on the sheet.

With Number on (beside Pen and Eraser; remembered), the sheet is three times as wide as tall
and the prediction service reads it with :func:`~digitgui.core.models.number_reader.read_number`.
:class:`NumberView`, under the sheet, shows the number large, its answer ("not sure", "not a
number"), and each digit's 28x28 input with its reading; a click on a digit shows its bars
in the answer column (and Inside the network and Teach it this digit follow it). Typing a
digit corrects the chosen one: it is kept as a sample, as a single digit is.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from digitgui.core.models.answer import Answer
from digitgui.core.models.number_reader import BLANK, NOT_A_NUMBER, NOT_SURE, NumberReading
from digitgui.ui import settings, theme
from digitgui.ui.formatting import formatted, localized
from digitgui.ui.i18n import translate
from digitgui.ui.qimage import from_gray_array

TILE = 56
"""A digit's 28x28 input, shown twice its size."""


def answer_text(reading: NumberReading | None) -> str:
    """The number's answer in words, under the number."""
    if reading is None or reading.answer == BLANK:
        return translate("NumberView", "Write a number on the wide sheet: up to 12 digits, a "
                         "minus sign, a point.")
    if reading.answer == NOT_A_NUMBER:
        return translate("NumberView", "Not a number: this ink does not read as digits.")
    if reading.answer == NOT_SURE:
        doubtful = [i + 1 for i, d in enumerate(reading.digits)
                    if d.prediction.answer != Answer.DIGIT.value]
        which = ", ".join(str(i) for i in doubtful)
        return translate("NumberView", "Not sure of digit {which}: click it to see why."
                         ).format(which=which)
    return translate("NumberView", "Reads {number} ({count} digits).").format(
        number=reading.number, count=len(reading.digits))


def _tile_text(reading, index: int) -> str:
    p = reading.digits[index].prediction
    if p.answer == Answer.NOT_A_DIGIT.value:
        return translate("NumberView", "not a\ndigit")
    mark = "?" if p.answer == Answer.NOT_SURE.value else ""
    return f"{p.likely}{mark}\n" + localized(f"{100 * p.confidence:.0f} %")


class NumberView(QWidget):
    """The number read, large, and a tile for each of its digits (click: its bars)."""

    digitChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.number_label = QLabel("–")
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 2.4)
        big.setBold(True)
        self.number_label.setFont(big)
        self.number_label.setAccessibleName(translate("NumberView", "Number read"))
        self.answer_label = QLabel(answer_text(None))
        self.answer_label.setWordWrap(True)
        self.tiles = QButtonGroup(self)
        self.tiles.idClicked.connect(self.digitChosen)
        self._tile_row = QHBoxLayout()
        self._tile_row.setSpacing(4)
        self._tile_row.addStretch(1)
        hint = QLabel(translate("NumberView", "Click a digit for its bars; type a digit to "
                                "correct the chosen one (it is kept as a sample)."))
        hint.setStyleSheet(f"color: {theme.colours().muted};")
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.number_label)
        top.addWidget(self.answer_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self._tile_row)
        layout.addWidget(hint)
        self.reading: NumberReading | None = None

    def show_reading(self, reading: NumberReading | None, chosen: int = 0) -> None:
        self.reading = reading
        number = None if reading is None else reading.number
        self.number_label.setText(number if number else "–")
        self.answer_label.setText(answer_text(reading))
        doubtful = reading is not None and reading.answer in (NOT_SURE, NOT_A_NUMBER)
        colour = theme.colours().warning if doubtful else theme.colours().text
        self.answer_label.setStyleSheet(f"color: {colour};")
        self._set_tiles(reading, chosen)

    def _set_tiles(self, reading: NumberReading | None, chosen: int) -> None:
        """One tile a digit; tiles are kept and reused (a reading comes with every pen
        movement: making new buttons each time flickered and cost frames)."""
        digits = () if reading is None else reading.digits
        while len(self.tiles.buttons()) < len(digits):
            button = QToolButton()
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIconSize(QSize(TILE, TILE))
            self.tiles.addButton(button, len(self.tiles.buttons()))
            self._tile_row.insertWidget(self._tile_row.count() - 1, button)
        for index, button in enumerate(self.tiles.buttons()):
            button.setVisible(index < len(digits))
            if index >= len(digits):
                continue
            digit = digits[index]
            button.setChecked(index == chosen)
            if digit.pixels is not None:
                image = from_gray_array((np.asarray(digit.pixels) * 255).astype(np.uint8))
                button.setIcon(QIcon(QPixmap.fromImage(image)))
            button.setText(_tile_text(reading, index))
            p = digit.prediction
            text = formatted(translate("NumberView", "Digit {index}: most like {likely} "
                             "({percent:.1f} %)"), index=index + 1, likely=p.likely,
                                                         percent=100 * p.confidence)
            button.setAccessibleName(text)
            button.setToolTip(text)


class NumberMode(QObject):
    """Wires the Number toggle, the prediction service, the sheet's boxes and the number
    view; and routes a typed digit to the chosen digit's correction in number mode."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.view = NumberView()
        self.view.hide()
        panel = window.canvas_panel
        panel.layout().insertWidget(panel.layout().indexOf(panel.canvas) + 1, self.view)
        panel.number_action.toggled.connect(self._toggled)
        window.service.numberRead.connect(self._show)
        # After the window has shown the prediction's hints (its slot runs later).
        window.service.predicted.connect(self._after_prediction,
                                         Qt.ConnectionType.QueuedConnection)
        self.view.digitChosen.connect(self._choose)
        if settings.read("canvas/number_mode"):
            panel.number_action.setChecked(True)

    @property
    def on(self) -> bool:
        return self.window.service.number_mode

    def _toggled(self, on: bool) -> None:
        self.view.setVisible(on)
        self.window.canvas.set_boxes([])
        self.window.service.set_number_mode(on)
        if not on:
            self.view.show_reading(None)

    def _show(self, reading: NumberReading) -> None:
        service = self.window.service
        self.view.show_reading(reading, service.chosen_digit)
        height, width = service.number_shape
        boxes = [(x / width, y / height, w / width, h / height)
                 for x, y, w, h in (d.box for d in reading.digits)]
        self.window.canvas.set_boxes(boxes, service.chosen_digit if boxes else None)

    def _after_prediction(self, _prediction) -> None:
        if self.on:
            self.window.canvas_panel.show_hints([])  # a digit's hints, not the number's

    def _choose(self, index: int) -> None:
        self.window.service.choose_digit(index)
        reading = self.window.service.last_number
        if reading is not None:
            self._show(reading)

    def digit_said(self, label: int) -> None:
        """A digit key or a click on a digit: in number mode it corrects the chosen digit;
        otherwise it says what the drawing is (see HandwritingController.save_sample)."""
        if not self.on:
            self.window.handwriting.save_sample(label)
            return
        reading, index = self.window.service.last_number, self.window.service.chosen_digit
        if reading is None or not reading.digits:
            self.window.notify(translate("NumberView", "Write a number first: there is no "
                                         "digit to correct."))
            return
        digit = reading.digits[index]
        x, y, w, h = digit.box
        crop = self.window.service.number_image[y:y + h, x:x + w]
        self.window.handwriting.save_digit(label, digit.pixels, crop, digit.prediction.likely)
