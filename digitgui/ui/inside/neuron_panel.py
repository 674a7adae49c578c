"""The details of the clicked unit: its formula with the numbers, and its pictures."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from digitgui.core.teaching.neuron_details import NeuronDetails
from digitgui.ui import theme
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate
from digitgui.ui.inside.colormap import map_table
from digitgui.ui.inside.neuron_text import describe
from digitgui.ui.inside.picture import ArrayPicture, array_images

HINT = (QT_TRANSLATE_NOOP("NeuronPanel",
        "Click a neuron, a feature map or a bar on the left to see how it was computed: its "
        "weighted sum z = w·x + b with the numbers, its activation a = g(z), and the inputs that "
        "pushed it up or down the most."))


@dataclass(frozen=True)
class PreparedDetails:
    """A unit's details as the panel shows them: its text, and its pictures coloured
    (caption, array, ink?, marker, images)."""

    details: NeuronDetails
    html: str
    pictures: list[tuple]


def prepare_details(details: NeuronDetails, tables: dict[bool, np.ndarray]) -> PreparedDetails:
    """The rich text and coloured pictures of ``details`` (safe in a worker: 5-15 ms that
    drawing with the view open spent on the GUI thread); ``tables``: the theme's colour
    tables, taken on the GUI thread."""
    pictures = [(text, array, ink, marker, array_images(array, ink, tables))
                for text, array, ink, marker in NeuronPanel.pictures_for(details)]
    return PreparedDetails(details, describe(details), pictures)


class NeuronPanel(QWidget):
    """Shows :class:`~digitgui.core.teaching.neuron_details.NeuronDetails` (or a hint).

    The formula is in a QTextBrowser, not a QLabel: it is rewritten on every pen movement,
    and a word-wrapped rich-text label relayouts its whole scroll area each time (14 ms a
    drawing update, measured); the text browser lays out only its own document."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.details: NeuronDetails | None = None
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.text.setAccessibleName(translate("NeuronPanel", "How the selected unit was computed"))

        self.pictures: list[tuple[QLabel, ArrayPicture]] = []
        grid = QGridLayout()
        grid.setContentsMargins(6, 6, 6, 0)
        grid.setHorizontalSpacing(12)
        for column in range(3):
            caption = QLabel()
            caption.setWordWrap(True)
            caption.setStyleSheet(f"color: {theme.colours().muted};")
            caption.setFixedWidth(140)
            caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            picture = ArrayPicture(140)
            grid.addWidget(caption, 0, column)
            grid.addWidget(picture, 1, column, Qt.AlignmentFlag.AlignTop)
            self.pictures.append((caption, picture))
        grid.setColumnStretch(3, 1)
        self.picture_row = QWidget()
        self.picture_row.setLayout(grid)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.picture_row)
        layout.addWidget(self.text, 1)
        self.show_details(None)

    def plain_text(self) -> str:
        return self.text.toPlainText()

    def show_details(self, details: NeuronDetails | None,
                     prepared: PreparedDetails | None = None) -> None:
        """Show one unit's details (None: the hint); ``prepared``: their text and pictures
        made already in a worker (:func:`prepare_details`), else made here."""
        self.details = details
        if details is not None and (prepared is None or prepared.details is not details):
            prepared = prepare_details(details, {ink: map_table(ink) for ink in (True, False)})
        scroll = self.text.verticalScrollBar().value()
        self.text.setHtml(translate("NeuronPanel", HINT) if prepared is None else prepared.html)
        self.text.verticalScrollBar().setValue(scroll)  # keep reading where one was
        shown = [] if prepared is None else prepared.pictures
        for index, (caption, picture) in enumerate(self.pictures):
            if index < len(shown):
                text, array, ink, marker, images = shown[index]
                caption.setText(text)
                picture.set_array(array, ink, marker, images)
            else:
                picture.set_array(None)
            caption.setVisible(index < len(shown))
            picture.setVisible(index < len(shown))
        self.picture_row.setVisible(bool(shown))

    @staticmethod
    def pictures_for(d: NeuronDetails) -> list[tuple]:
        """(caption, array, ink?, marker) for each picture that applies to this unit."""
        shown: list[tuple] = []
        if d.weights_picture is not None:
            shown.append((translate("NeuronPanel",
                    "Its 784 weights as 28×28: blue, ink here raises z; orange, lowers it"),
                            d.weights_picture, False, None))
            shown.append((translate("NeuronPanel",
                    "w·x per pixel: what your drawing added up to z"),
                          d.contributions_picture, False, None))
        if d.kernel is not None:
            height, width, channels = d.kernel.shape[:3]
            per = "" if channels == 1 else translate("NeuronPanel",
                    " (one {size} tile per input map, {channels})").format(
                    size=f"{height}×{width}", channels=channels)
            shown.append((translate("NeuronPanel",
                    "The filter w{per}").format(per=per), d.kernel, False, None))
            # a one-channel input is the picture itself: show it as the network sees it
            shown.append((translate("NeuronPanel", "The patch x under it"),
                          d.receptive_field, channels == 1, None))
        if d.feature_map is not None:
            position = (d.position[0], d.position[1])
            shown.append((translate("NeuronPanel",
                    "Feature map {position}; the unit is marked").format(
                    position=d.position[2]), d.feature_map,
                          d.kind in ("input",), position))
        return shown[:3]
