"""The model picker: every model bundle in a table, the active one marked; use, rename, delete,
import and export them.

The active model is the default model of :mod:`digitgui.core.models.bundle`, which the command line
shares, so choosing one here also changes what ``digitgui predict`` uses. The operations
themselves are :mod:`digitgui.core.models.model_store`'s; this module only asks and shows.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digitgui.core.data import NAMED
from digitgui.core.errors import BundleError
from digitgui.core.models import bundle as bundles
from digitgui.core.models import model_store
from digitgui.core.models.bundle import Bundle
from digitgui.core.models.model_store import same_folder
from digitgui.ui import settings, theme
from digitgui.ui.model_figure import NONE, accuracy_text, model_score

COLUMNS = ("Name", "Network", "Data", "Accuracy", "Measured on", "Created")
NAME, NETWORK, DATA, ACCURACY, MEASURED_ON, CREATED = range(len(COLUMNS))
ACTIVE_MARK = "✓ active"
NAMED_SOURCES = NAMED  # training sources shown by name, not as a path


def created_text(value: Any) -> str:
    """An ISO timestamp as a readable local date and time (``2026-11-23 18:51``)."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value) if value else NONE
    if moment.tzinfo is not None:  # naive times were written in local time already
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def _source_name(source: Any) -> str:
    text = str(source)
    return text if text in NAMED_SOURCES else Path(text).name or text


def data_text(metadata: dict) -> tuple[str, str]:
    """What a bundle was trained on: ``embedded (5,000), mine.npz (300)`` and a tooltip with
    the full paths and the training/validation split."""
    parts = [p for p in metadata.get("data") or [] if isinstance(p, dict)]
    if not parts:
        return NONE, ""
    short, long = [], []
    for part in parts:
        train, validation = (part.get(k) if isinstance(part.get(k), int) else 0
                             for k in ("train", "validation"))
        short.append(f"{_source_name(part.get('source', '?'))} ({train + validation:,})")
        long.append(f"{part.get('source', '?')}: {train:,} training + {validation:,} "
                    "validation images")
    return ", ".join(short), "\n".join(long)


def broken_text(errors: list[BundleError]) -> str:
    """The warning line for bundles that could not be listed."""
    if not errors:
        return ""
    count = len(errors)
    text = f"Skipped {count} broken model{'' if count == 1 else 's'}: {errors[0]}"
    return text + (f" (and {count - 1} more)" if count > 1 else "")


class ModelPicker(QWidget):
    """A table of all model bundles with buttons (and a context menu) to manage them."""

    #: The active model changed (Use, deleting the active one) or its metadata did (renaming
    #: it); carries the new active :class:`~digitgui.core.models.bundle.Bundle`.
    activeModelChanged = Signal(object)
    #: A short line for the status bar after an operation.
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._bundles: list[Bundle] = []
        self._active_path: Path | None = None

        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning.hide()

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Models")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            mode = (QHeaderView.ResizeMode.Stretch if column == NAME
                    else QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(column, mode)
        self.table.itemSelectionChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(lambda _index: self.use_action.trigger())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_context_menu)

        self.use_action = self._action("&Use", "Predict with this model (here and in "
                                       "digitgui predict)", self._use, "Return")
        self.rename_action = self._action("&Rename…", "Give this model another name",
                                          self._rename, "F2")
        self.delete_action = self._action("&Delete…", "Delete this model for good",
                                          self._delete, QKeySequence.StandardKey.Delete)
        self.import_action = self._action("&Import…", "Add a model bundle folder to your "
                                          "models", self._import)
        self.export_action = self._action("&Export…", "Copy this model to a folder",
                                          self._export)

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for action in (self.use_action, self.rename_action, self.delete_action,
                       self.import_action, self.export_action):
            button = QPushButton(action.text())
            button.clicked.connect(action.trigger)
            # A button mirrors its action, so the menu, the shortcut and it always agree.
            action.changed.connect(lambda b=button, a=action: self._mirror(b, a))
            self._mirror(button, action)
            buttons.addWidget(button)
            self.buttons[action.text().replace("&", "").rstrip("…")] = button
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    # -- public API -------------------------------------------------------------------------

    def refresh(self, select: Path | None = None) -> None:
        """List the bundles again; select ``select`` if given, else keep the selection (or
        select the active model). Broken bundles are skipped and named in a warning line."""
        previous = select if select is not None else getattr(self.selected_bundle(), "path",
                                                             None)
        found, errors = bundles.list_bundles()
        self._bundles = found
        self._active_path = bundles.default_bundle_path()
        self._show_errors(errors)
        self.table.blockSignals(True)
        try:
            self.table.clearSelection()
            self.table.setRowCount(len(found))
            for row, bundle in enumerate(found):
                self._fill_row(row, bundle)
        finally:
            self.table.blockSignals(False)
        wanted = [r for r, b in enumerate(found) if previous and same_folder(b.path, previous)]
        rows = wanted or [r for r, b in enumerate(found) if self._is_active(b)] or [0]
        if found:
            self.table.selectRow(rows[0])
        self._update_actions()

    def active_bundle(self) -> Bundle:
        """The active (default) model. Raises BundleError if not even the shipped one loads."""
        return bundles.resolve("default")

    def selected_bundle(self) -> Bundle | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        if not rows or rows[0].row() >= len(self._bundles):
            return None
        return self._bundles[rows[0].row()]

    def context_menu(self) -> QMenu:
        """The menu a right click on a row shows (the same actions as the buttons)."""
        menu = QMenu(self)
        menu.addAction(self.use_action)
        menu.addAction(self.rename_action)
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        menu.addAction(self.import_action)
        return menu

    # -- building ---------------------------------------------------------------------------

    def _action(self, text: str, tip: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            # Only while the picker has the focus: Delete and Return mean other things elsewhere.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @staticmethod
    def _mirror(button: QPushButton, action: QAction) -> None:
        button.setEnabled(action.isEnabled())
        button.setToolTip(action.toolTip())

    def _fill_row(self, row: int, bundle: Bundle) -> None:
        active = self._is_active(bundle)
        name = bundle.name + (" (shipped)" if bundle.shipped else "")
        data, data_tip = data_text(bundle.metadata)
        network_tip = str(bundle.metadata.get("description", ""))
        if isinstance(bundle.metadata.get("parameters"), int):
            network_tip += f"\n{bundle.metadata['parameters']:,} parameters"
        # One figure per model, its set beside it (see model_figure: the status bar shows
        # the same one), never two accuracies under names that sound alike.
        score = model_score(bundle)
        cells = [
            (f"{name}   {ACTIVE_MARK}" if active else name, str(bundle.path)),
            (bundle.network, network_tip.strip()),
            (data, data_tip),
            (NONE, "Not measured") if score is None else (accuracy_text(score.accuracy),
                                                          score.detail),
            (NONE, "Not measured") if score is None else (score.where, score.detail),
            (created_text(bundle.metadata.get("created")), str(bundle.metadata.get("created", ""))),
        ]
        for column, (text, tip) in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            if column == ACCURACY:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if active:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setBackground(QBrush(theme.qcolor("accent_soft")))
            self.table.setItem(row, column, item)

    def _show_errors(self, errors: list[BundleError]) -> None:
        self.warning.setText(broken_text(errors))
        self.warning.setToolTip("\n".join(str(e) for e in errors))
        self.warning.setStyleSheet(f"color: {theme.colours().warning};")
        self.warning.setVisible(bool(errors))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ThemeChange:  # light/dark switched: repaint the marks
            self.refresh()

    def _is_active(self, bundle: Bundle) -> bool:
        return self._active_path is not None and same_folder(bundle.path, self._active_path)

    def _update_actions(self) -> None:
        bundle = self.selected_bundle()
        own = bundle is not None and not bundle.shipped
        self.use_action.setEnabled(bundle is not None and not self._is_active(bundle))
        self.rename_action.setEnabled(own)
        self.delete_action.setEnabled(own)
        self.export_action.setEnabled(bundle is not None)
        shipped_tip = "The shipped model cannot be deleted"
        self.delete_action.setToolTip(shipped_tip if bundle is not None and bundle.shipped
                                      else "Delete this model for good")

    def _show_context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.selectRow(index.row())
        self.context_menu().exec(self.table.viewport().mapToGlobal(position))

    # -- operations -------------------------------------------------------------------------

    def _fail(self, title: str, error: Exception) -> None:
        """Show what went wrong and list again (the failure may mean a bundle vanished)."""
        QMessageBox.warning(self, title, str(error))
        self.refresh()

    def _announce_active(self) -> None:
        try:
            active = self.active_bundle()
        except BundleError as exc:
            self._fail("No model to use", exc)
            return
        self.activeModelChanged.emit(active)

    def _use(self) -> None:
        bundle = self.selected_bundle()
        if bundle is None or self._is_active(bundle):
            return
        try:
            bundles.set_default(bundles.load_bundle(bundle.path))  # still there and whole?
        except (BundleError, OSError) as exc:
            self._fail("Cannot use this model", exc)
            return
        self.refresh(select=bundle.path)
        self._announce_active()
        self.message.emit(f"Now using “{bundle.name}”.")

    def _rename(self) -> None:
        bundle = self.selected_bundle()
        if bundle is None or bundle.shipped:
            return
        text, ok = QInputDialog.getText(self, "Rename model", f"New name for “{bundle.name}”:",
                                        QLineEdit.EchoMode.Normal, bundle.name)
        if not ok or " ".join(text.split()) == bundle.name:
            return
        try:
            renamed = model_store.rename(bundle, text)
        except (BundleError, OSError) as exc:
            self._fail("Cannot rename this model", exc)
            return
        self.refresh(select=renamed.path)
        self.message.emit(f"Renamed “{bundle.name}” to “{renamed.name}”.")
        if self._is_active(renamed):
            self._announce_active()

    def _delete(self) -> None:
        bundle = self.selected_bundle()
        if bundle is None or bundle.shipped:
            return
        if not self._confirm("Delete model", f"Delete “{bundle.name}” for good?\n\n"
                             f"Its folder {bundle.path} will be removed."):
            return
        was_active = self._is_active(bundle)
        row = self._bundles.index(bundle) if bundle in self._bundles else 0
        try:
            model_store.delete(bundle)
        except (BundleError, OSError) as exc:
            self._fail("Cannot delete this model", exc)
            return
        # Select the neighbour that moved into its place, as file managers do.
        rest = [b for b in self._bundles if b.path != bundle.path]
        self.refresh(select=rest[min(row, len(rest) - 1)].path if rest else None)
        self.message.emit(f"Deleted “{bundle.name}”.")
        if was_active:
            self._announce_active()

    def _confirm(self, title: str, question: str) -> bool:
        """Yes or No, No by default (the safe answer)."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self, title, question, buttons.Yes | buttons.No, buttons.No)
        return answer == buttons.Yes

    def _ask_folder(self, caption: str) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, caption,
                                                  settings.read("files/last_folder"))
        if not folder:
            return None
        settings.write("files/last_folder", folder)
        return Path(folder)

    def _import(self) -> None:
        folder = self._ask_folder("Import a model: choose its bundle folder")
        if folder is None:
            return
        try:
            imported = model_store.import_bundle(folder)
        except (BundleError, OSError) as exc:
            self._fail("Cannot import this folder", exc)
            return
        self.refresh(select=imported.path)
        self.message.emit(f"Imported “{imported.name}”; choose Use to predict with it.")

    def _export(self) -> None:
        bundle = self.selected_bundle()
        if bundle is None:
            return
        folder = self._ask_folder(f"Export “{bundle.name}” into folder")
        if folder is None:
            return
        target = model_store.export_target(bundle, folder)
        if (target / bundles.METADATA_FILE).is_file() and not same_folder(target, bundle.path):
            if not self._confirm("Replace model?", f"{target} holds a model bundle already. "
                                 f"Replace it with “{bundle.name}”?"):
                return
        try:
            path = model_store.export_bundle(bundle, folder)
        except (BundleError, OSError) as exc:
            self._fail("Cannot export this model", exc)
            return
        self.message.emit(f"Exported “{bundle.name}” to {path}.")
