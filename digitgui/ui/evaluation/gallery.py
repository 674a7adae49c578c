"""Thumbnails of evaluated images with what the network read: "true 4 → read 9 (87 %)".

The thumbnails are the 28x28 network inputs, ink bright on black and enlarged pixel by pixel,
as the "what the network sees" preview shows a drawing. Clicking one (or Enter on it) emits
``imageChosen`` with that image, for the main window to put onto the canvas.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from digitgui.core.data import Dataset
from digitgui.core.models.evaluation import Evaluation
from digitgui.ui.formatting import percent
from digitgui.ui.i18n import translate
from digitgui.ui.qimage import from_gray_array

THUMBNAIL = 56
"""Two screen pixels for every input pixel: small, and still sharp."""

MAX_ITEMS = 300
"""At most this many thumbnails at once: a diagonal cell of full MNIST holds ~1,000 images,
more than anyone looks through, and each item costs a little time to make."""

INDEX_ROLE = Qt.ItemDataRole.UserRole
"""Item data: the image's index in the evaluated set."""


def caption(true: int, predicted: int, confidence: float) -> str:
    """A thumbnail's text: "true 4 → read 9 (87 %)"."""
    return translate("Gallery", "true {true} → read {predicted}\n({percent})").format(
            true=true, predicted=predicted, percent=percent(confidence, 0))


def thumbnail(image: np.ndarray) -> QIcon:
    pixmap = QPixmap.fromImage(from_gray_array(image)).scaled(
        THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.FastTransformation)  # nearest neighbour: the pixels stay pixels
    return QIcon(pixmap)


def mistakes(evaluation: Evaluation, labels: np.ndarray) -> np.ndarray:
    """Indices of the misread images, the most confidently wrong first (the most telling)."""
    index = np.flatnonzero(evaluation.predicted != labels)
    return index[np.argsort(-evaluation.confidence[index], kind="stable")]


def cell_images(evaluation: Evaluation, labels: np.ndarray, true: int,
                predicted: int) -> np.ndarray:
    """Indices of one confusion-matrix cell's images. Mistakes come most confident first;
    right answers least confident first (the near misses are the interesting ones)."""
    index = np.flatnonzero((labels == true) & (evaluation.predicted == predicted))
    order = evaluation.confidence[index] if true == predicted else -evaluation.confidence[index]
    return index[np.argsort(order, kind="stable")]


class ImageGallery(QListWidget):
    imageChosen = Signal(object)
    """A (28, 28) float32 image in [0, 1], ink bright."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._data: Dataset | None = None
        self._evaluation: Evaluation | None = None
        self.total = 0
        """How many images the current selection holds (items are capped at MAX_ITEMS)."""
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.setGridSize(QSize(THUMBNAIL + 44, THUMBNAIL + 40))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMinimumWidth(THUMBNAIL + 60)
        self.setAccessibleName(translate("ImageGallery", "Images"))
        self.setToolTip(translate("ImageGallery", "Click an image to put it on the canvas."))
        self.itemClicked.connect(self._choose)

    def set_source(self, data: Dataset | None, evaluation: Evaluation | None) -> None:
        """The evaluated set whose images the gallery shows (None: nothing)."""
        self._data, self._evaluation = data, evaluation
        self.show_indices(np.zeros(0, dtype=np.int64))

    def show_mistakes(self) -> None:
        if self._data is not None and self._evaluation is not None:
            self.show_indices(mistakes(self._evaluation, self._data.y))

    def show_cell(self, true: int, predicted: int) -> None:
        if self._data is not None and self._evaluation is not None:
            self.show_indices(cell_images(self._evaluation, self._data.y, true, predicted))

    def show_indices(self, index: np.ndarray) -> None:
        """Fill the gallery with these images of the set, in this order (the first MAX_ITEMS)."""
        self.clear()
        self.total = int(len(index))
        if self._data is None or self._evaluation is None:
            return
        self.setUpdatesEnabled(False)  # one repaint for the lot, not one per item
        try:
            for i in index[:MAX_ITEMS]:
                i = int(i)
                true, read = int(self._data.y[i]), int(self._evaluation.predicted[i])
                confidence = float(self._evaluation.confidence[i])
                item = QListWidgetItem(thumbnail(self._data.x[i, :, :, 0]),
                                       caption(true, read, confidence))
                item.setData(INDEX_ROLE, i)
                item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
                item.setToolTip(translate("ImageGallery",
                        "Image {value} of the set: a {true}, read as {read} ({percent} sure). "
                        "Click to put it on the canvas.").format(
                        value=i + 1, true=true, read=read, percent=percent(confidence)))
                self.addItem(item)
        finally:
            self.setUpdatesEnabled(True)

    def indices(self) -> list[int]:
        """The set indices of the images shown, in order."""
        return [int(self.item(row).data(INDEX_ROLE)) for row in range(self.count())]

    def image(self, index: int) -> np.ndarray:
        """A copy of the set's image ``index`` as (28, 28) float32, ink bright."""
        assert self._data is not None
        return self._data.x[index, :, :, 0].copy()

    def _choose(self, item: QListWidgetItem) -> None:
        if self._data is not None:
            self.imageChosen.emit(self.image(int(item.data(INDEX_ROLE))))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter chooses too, for the keyboard; itemActivated is not used because some styles
        # activate on a single click, which would emit twice.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._choose(self.currentItem())
            return
        super().keyPressEvent(event)
