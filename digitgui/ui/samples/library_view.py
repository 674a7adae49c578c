"""The sample library: the user's own digits as a grid, by digit, with counts; relabel, delete
(undoable), import, export, and "Train on my handwriting"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from digitgui.core.errors import UserError
from digitgui.core.training.fine_tune import MIN_SAMPLES
from digitgui.core.userdata.samples import Deleted, Sample, SampleLibrary
from digitgui.ui import settings, theme
from digitgui.ui.i18n import translate
from digitgui.ui.messages import error_text
from digitgui.ui.qimage import from_gray_array

ALL = 10  # the button group id of "All" (QButtonGroup treats -1 as "assign one")
THUMBNAIL = 56


class SampleGrid(QListWidget):
    """Thumbnails; a digit key relabels the selected samples, Delete deletes them."""

    relabelPressed = Signal(int)
    deletePressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and len(text) == 1 and self.selectedItems():
            self.relabelPressed.emit(int(text))
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selectedItems():
            self.deletePressed.emit()
        else:
            super().keyPressEvent(event)


class SampleLibraryView(QWidget):
    fineTuneRequested = Signal()
    message = Signal(str)

    def __init__(self, library: SampleLibrary | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library if library is not None else SampleLibrary()  # may be empty
        self._deleted: list[Deleted] = []
        self._filter = ALL

        self.filters = QButtonGroup(self)
        self.filters.setExclusive(True)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel(translate("SampleLibraryView", "Show")))
        self.filter_buttons: dict[int, QToolButton] = {}
        for value in (ALL, *range(10)):
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(True)
            self.filters.addButton(button, value)
            self.filter_buttons[value] = button
            filter_row.addWidget(button)
        filter_row.addStretch(1)
        self.filter_buttons[ALL].setChecked(True)
        self.filters.idClicked.connect(self._filter_changed)

        self.grid = SampleGrid()
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setSpacing(4)
        self.grid.setUniformItemSizes(True)
        self.grid.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.grid.setToolTip(translate("SampleLibraryView",
                "Your samples. Select some and press a digit key to relabel them, or Delete to "
                "delete them."))
        self.grid.relabelPressed.connect(self.relabel_selected)
        self.grid.deletePressed.connect(self.delete_selected)

        self.empty_label = QLabel(
            translate("SampleLibraryView",
                    "No samples yet. Draw a digit, then press its key (0-9) while the canvas has "
                    "focus, or click its label beside the bars: the drawing is kept as a sample "
                    "of that digit and the canvas clears for the next one.")
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(f"color: {theme.colours().muted};")

        self.relabel_button = QPushButton(translate("SampleLibraryView", "Relabel…"))
        self.relabel_button.clicked.connect(self._ask_relabel)
        self.delete_button = QPushButton(translate("SampleLibraryView", "Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(translate("SampleLibraryView", "Undo delete"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.import_button = QPushButton(translate("SampleLibraryView", "Import"))
        self.import_button.setToolTip(translate("SampleLibraryView",
                "Add the images of an .npz file (x, y) or of an image folder (root/0/*.png … "
                "root/9/*.png)"))
        import_menu = QMenu(self.import_button)
        import_menu.addAction(translate("SampleLibraryView", "From an .npz file…"),
                              self._ask_import_npz)
        import_menu.addAction(translate("SampleLibraryView", "From an image folder…"),
                              self._ask_import_folder)
        self.import_button.setMenu(import_menu)
        self.export_button = QPushButton(translate("SampleLibraryView", "Export .npz…"))
        self.export_button.clicked.connect(self._ask_export)
        self.train_button = QPushButton(translate("SampleLibraryView", "Train on my handwriting"))
        self.train_button.setToolTip(
            translate("SampleLibraryView",
                    "Continue training the active model on your samples mixed with MNIST images, "
                    "holding back a fifth of your samples to show honestly how much it improved.")
        )
        self.train_button.clicked.connect(self.fineTuneRequested)
        buttons = QHBoxLayout()
        for button in (self.relabel_button, self.delete_button, self.undo_button,
                       self.import_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.train_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filter_row)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.grid, 1)
        layout.addLayout(buttons)
        self.grid.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    # ---- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        counts = self.library.counts()
        self.filter_buttons[ALL].setText(translate("SampleLibraryView",
                "All ({sum})").format(sum=sum(counts)))
        for digit in range(10):
            self.filter_buttons[digit].setText(f"{digit} ({counts[digit]})")
        shown = self.library.samples(None if self._filter == ALL else self._filter)
        shown.sort(key=lambda s: (s.digit, s.id))
        self.grid.clear()
        for sample in shown:
            item = QListWidgetItem(self._icon(sample), str(sample.digit))
            item.setData(Qt.ItemDataRole.UserRole, sample)
            item.setToolTip(translate("SampleLibraryView", "A {digit}, saved {id} {id2}").format(
                    digit=sample.digit, id=sample.id[:8], id2=sample.id[9:15]))
            self.grid.addItem(item)
        self.empty_label.setVisible(sum(counts) == 0)
        self._update_buttons()

    @staticmethod
    def _icon(sample: Sample) -> QIcon:
        try:
            pixels = sample.pixels()
        except OSError:
            pixels = None
        if pixels is None:
            return QIcon()
        image = from_gray_array(pixels)
        return QIcon(QPixmap.fromImage(image).scaled(
            THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation))

    def _filter_changed(self, value: int) -> None:
        self._filter = value
        self.refresh()

    def _update_buttons(self) -> None:
        selected = bool(self.grid.selectedItems())
        self.relabel_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.undo_button.setEnabled(bool(self._deleted))
        self.export_button.setEnabled(len(self.library) > 0)
        self.train_button.setEnabled(len(self.library) >= MIN_SAMPLES)

    def selected_samples(self) -> list[Sample]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.grid.selectedItems()]

    # ---- changing --------------------------------------------------------------------------
    def relabel_selected(self, digit: int) -> None:
        samples = self.selected_samples()
        for sample in samples:
            self.library.relabel(sample, digit)
        if samples:
            self.message.emit(translate("SampleLibraryView",
                    "Relabelled {count} sample(s) as {digit}.").format(
                    count=len(samples), digit=digit))
        self.refresh()

    def _ask_relabel(self) -> None:
        samples = self.selected_samples()
        if not samples:
            return
        digit, ok = QInputDialog.getInt(self, translate("SampleLibraryView", "Relabel"),
                                        translate("SampleLibraryView",
                "These samples are really a:"),
                                        samples[0].digit, 0, 9)
        if ok:
            self.relabel_selected(digit)

    def delete_selected(self) -> None:
        samples = self.selected_samples()
        for sample in samples:
            self._deleted.append(self.library.delete(sample))
        if samples:
            self.message.emit(translate("SampleLibraryView",
                    "Deleted {count} sample(s). Undo delete brings them back.").format(
                    count=len(samples)))
        self.refresh()

    def undo_delete(self) -> None:
        if self._deleted:
            sample = self.library.restore(self._deleted.pop())
            self.message.emit(translate("SampleLibraryView",
                    "Restored a sample of {digit}.").format(digit=sample.digit))
        self.refresh()

    def _ask_import_npz(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("SampleLibraryView",
                "Import samples from an .npz file"),
                                              settings.read("files/last_folder"),
                                              translate("SampleLibraryView",
                                                      "NumPy archives (*.npz);;All files (*)"))
        if path:
            self.import_from(path)

    def _ask_import_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, translate("SampleLibraryView",
                "Import samples from an image folder"),
                                                settings.read("files/last_folder"))
        if path:
            self.import_from(path)

    def import_from(self, path: str | Path) -> int:
        try:
            count = self.library.import_source(path)
        except UserError as exc:
            self.message.emit(error_text(exc))
            return 0
        self.message.emit(translate("SampleLibraryView",
                "Imported {count} samples from {name}.").format(count=count, name=Path(path).name))
        self.refresh()
        return count

    def _ask_export(self) -> None:
        start = str(Path(settings.read("files/last_folder") or Path.home()) / "my-digits.npz")
        path, _ = QFileDialog.getSaveFileName(self, translate("SampleLibraryView",
                "Export your samples"), start,
                                              translate("SampleLibraryView",
                                                      "NumPy archives (*.npz)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> int:
        try:
            count = self.library.export_npz(Path(path))
        except (UserError, OSError) as exc:
            self.message.emit(error_text(exc))
            return 0
        self.message.emit(translate("SampleLibraryView",
                "Exported {count} samples to {name}.").format(count=count, name=Path(path).name))
        return count
