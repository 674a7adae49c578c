"""Choosing the set to evaluate on: the embedded validation split, full MNIST's test set, the
user's samples, or any .npz file or image folder.

Each entry's data is a source spec for :func:`digitgui.core.models.evaluation.load_evaluation_set`,
exactly what ``digitgui evaluate --data`` takes. Sets that are not there (MNIST not downloaded,
no samples yet) stay in the list, greyed out, with a tooltip that says why and how to get them:
a missing entry would leave the user wondering whether the feature exists. Availability is
checked again each time the list opens, since training may download MNIST and the sample
library may add samples meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QFileDialog, QWidget

from digitgui.core import paths
from digitgui.core.data import NAMED, mnist
from digitgui.core.data.folder import image_files
from digitgui.core.errors import DataError
from digitgui.ui import settings
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate
from digitgui.ui.model_figure import set_name

EMBEDDED = "embedded"
MNIST_TEST = "mnist-test"
ASK_NPZ = "<ask: npz>"
ASK_FOLDER = "<ask: folder>"
"""Entries that ask for a path when chosen (never passed on as a spec)."""
MNIST_ROW, SAMPLES_ROW = 1, 2

EMBEDDED_TEXT = QT_TRANSLATE_NOOP("Sets", "Embedded validation split (500 images)")
MNIST_TEXT = QT_TRANSLATE_NOOP("Sets", "Full MNIST test set (10,000)")
MNIST_MISSING = (QT_TRANSLATE_NOOP("Sets",
        "Full MNIST is not downloaded yet. Train once with “Full MNIST” ticked in the Training "
        "panel to download it (11 MB); its test set is then here."))
SAMPLES_MISSING = (QT_TRANSLATE_NOOP("Sets",
        "You have no handwriting samples yet. Add some of your own digits to the sample library; "
        "they are kept in {folder}."))


def describe_set(spec: str) -> str:
    """A set in words, for messages: "the embedded validation split", "mine.npz". The names
    are the Models table's and the status bar's (:func:`digitgui.ui.model_figure.set_name`),
    so a figure here and a figure there on the same images go by the same name."""
    name = set_name(spec)
    return translate("Sets",
            "the {name}").format(name=name) if spec in (EMBEDDED, MNIST_TEST, "mnist") else name


def samples_count(folder: Path | None = None) -> int:
    """How many images the user's samples folder holds (0 when it is missing or unreadable)."""
    try:
        return len(image_files(folder or paths.user_samples_dir()))
    except (DataError, OSError):
        return 0


class SetChooser(QComboBox):
    """A combo box of evaluation sets; ``chosen(spec)`` when the user picks one."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(translate("SetChooser", "Set to evaluate on"))
        self.setToolTip(translate("SetChooser",
                "The labelled images to measure the active model on."))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.addItem(translate("Sets", EMBEDDED_TEXT), EMBEDDED)
        self.setItemData(0, translate("SetChooser",
                "The 500 embedded MNIST images held out when the shipped model was trained: it "
                "has never seen them."), Qt.ItemDataRole.ToolTipRole)
        self.addItem(translate("Sets", MNIST_TEXT), MNIST_TEST)
        self.addItem(translate("SetChooser", "My samples"), str(paths.user_samples_dir()))
        self.insertSeparator(self.count())
        self.addItem(translate("SetChooser", "Other .npz file…"), ASK_NPZ)
        self.addItem(translate("SetChooser", "Other image folder (0/ … 9/)…"), ASK_FOLDER)
        self._last_index = 0
        self.activated.connect(self._on_activated)
        self.refresh()

    # ---- availability ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Grey out the sets that are not there, with the reason as tooltip."""
        cached = mnist.is_cached()
        self._set_available(MNIST_ROW, cached,
                            translate("SetChooser", "The 10,000 images of MNIST's test set.")
                            if cached else translate("Sets", MNIST_MISSING))
        # Looked up each time: the user data folder is an environment setting (DIGITGUI_HOME).
        folder = paths.user_samples_dir()
        count = samples_count(folder)
        self.setItemData(SAMPLES_ROW, str(folder))
        self.setItemText(SAMPLES_ROW, translate("SetChooser",
                "My samples ({count})").format(count=count))
        self._set_available(SAMPLES_ROW, count > 0,
                            translate("SetChooser",
                                    "Your own handwriting: the samples in {folder}.").format(
                                    folder=folder) if count
                            else translate("Sets", SAMPLES_MISSING).format(folder=folder))

    def unavailable_reason(self, spec: str) -> str | None:
        """Why a listed set cannot be chosen now (its tooltip), or None when it can."""
        index = self.findData(spec)
        if index < 0 or self._item_enabled(index):
            return None
        return str(self.itemData(index, Qt.ItemDataRole.ToolTipRole))

    def _set_available(self, index: int, available: bool, tooltip: str) -> None:
        item = self._model().item(index)
        item.setEnabled(available)
        self.setItemData(index, tooltip, Qt.ItemDataRole.ToolTipRole)
        if not available and self.currentIndex() == index:
            self.setCurrentIndex(0)
            self._last_index = 0

    def _item_enabled(self, index: int) -> bool:
        return self._model().item(index).isEnabled()

    def _model(self) -> QStandardItemModel:
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        return model

    def showPopup(self) -> None:
        self.refresh()
        super().showPopup()

    # ---- choosing --------------------------------------------------------------------------
    def spec(self) -> str:
        """The source spec of the chosen set."""
        return str(self.currentData())

    def select_spec(self, spec: str) -> None:
        """Choose the set with this spec, adding an entry for a path not listed yet."""
        index = self.findData(spec)
        if index < 0:
            index = self.add_path(spec)
        self.setCurrentIndex(index)
        self._last_index = index

    def add_path(self, spec: str) -> int:
        """A new entry for a file or folder, above the separator; its index."""
        path = Path(spec)
        at = self.findData(ASK_NPZ) - 1  # just above the separator
        kind = (translate("SetChooser", "{name} (folder)") if path.is_dir()
                else translate("SetChooser", "{name} (file)"))
        self.insertItem(at, spec if spec in NAMED else kind.format(name=path.name), spec)
        self.setItemData(at, spec, Qt.ItemDataRole.ToolTipRole)
        return at

    def _on_activated(self, index: int) -> None:
        spec = str(self.itemData(index))
        if spec in (ASK_NPZ, ASK_FOLDER):
            path = self.ask_path(folder=spec == ASK_FOLDER)
            if not path:
                self.setCurrentIndex(self._last_index)  # cancelled: back to what it was
                return
            settings.write("files/last_folder", str(Path(path).parent))
            self.select_spec(path)
            spec = path
        self._last_index = self.currentIndex()
        self.chosen.emit(spec)

    def ask_path(self, folder: bool) -> str:
        """Ask for an .npz file or an image folder; '' when cancelled."""
        start = settings.read("files/last_folder")
        if folder:
            return QFileDialog.getExistingDirectory(
                self, translate("SetChooser", "An image folder with subfolders 0 … 9"), start)
        path, _ = QFileDialog.getOpenFileName(
            self, translate("SetChooser",
                    "A labelled set: x (N, 28, 28) uint8 images and y (N,) digits"), start,
            translate("SetChooser", "Labelled digits (*.npz);;All files (*)"))
        return path
