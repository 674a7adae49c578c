"""The model picker: every model bundle in a table, the active one marked; use, rename, delete,
import and export them.

The active model is the default model of :mod:`digitgui.core.models.bundle`, which the command line
shares, so choosing one here also changes what ``digitgui predict`` uses. The operations
themselves are :mod:`digitgui.core.models.model_store`'s; this module only asks and shows.

Every read and write of the bundles' files (listing them reads a metadata file each; import and
export copy megabytes) runs in a worker thread (:class:`~digitgui.ui.background.BackgroundTask`),
one piece of work at a time: meanwhile the table shows what it showed, a line says what is
being done, and the buttons wait. The work lists the bundles again when it is done, and the
table, the selection and any message follow from that listing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from digitgui.core.models import archive, model_store
from digitgui.core.models import bundle as bundles
from digitgui.core.models.bundle import Bundle
from digitgui.core.models.model_store import same_folder
from digitgui.ui import model_transfer as transfer
from digitgui.ui import theme
from digitgui.ui.background import BackgroundTask
from digitgui.ui.messages import error_text
from digitgui.ui.model_rows import COLUMNS, NAME, Listing, Outcome, broken_text, row_items, work

Then = Callable[[Outcome], None]
"""What to do on the GUI thread with a piece of work's outcome."""


class ModelPicker(QWidget):
    """A table of all model bundles with buttons (and a context menu) to manage them."""

    #: The active model changed (Use, deleting the active one) or its metadata did (renaming
    #: it); carries the new active :class:`~digitgui.core.models.bundle.Bundle`.
    activeModelChanged = Signal(object)
    #: A short line for the status bar after an operation.
    message = Signal(str)
    #: The table shows a new listing of the bundles.
    listed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._bundles: list[Bundle] = []
        self._active_path: Path | None = None
        self._listing: Listing | None = None
        self._refresh_after: list[Path | None] = []  # asked for while busy: run after
        self._work = BackgroundTask(self.tr("Models"), self)
        self._work.finished.connect(self._work_done)
        self._work.failed.connect(self._work_failed)

        self.doing = QLabel()
        """What the worker is doing ("Listing models…", "Importing…"), while it does."""
        self.doing.setStyleSheet(f"color: {theme.colours().muted};")
        self.doing.hide()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning.hide()

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(self.tr("Models"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
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

        self.use_action = self._action(self.tr("&Use"), self.tr("Predict with this model (here and "
                                       "in digitgui predict)"), self._use, "Return")
        self.rename_action = self._action(self.tr("&Rename…"), self.tr("Give this model "
                                          "another name"), self._rename, "F2")
        self.delete_action = self._action(self.tr("&Delete…"), self.tr("Delete this model for "
                                          "good"), self._delete, QKeySequence.StandardKey.Delete)
        self.import_action = self._action(self.tr("&Import…"), self.tr("Add a model from a .zip "
                                          "made by Export… (or digitgui export)"), self._import)
        self.export_action = self._action(self.tr("&Export…"), self.tr("Save this model as one "
                                          ".zip file to take elsewhere, or its .tflite alone for "
                                          "a phone"), self._export)

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        self.extra_actions: list[QAction] = []
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
        layout.addWidget(self.doing)
        layout.addLayout(buttons)
        self._work.busyChanged.connect(self._busy_changed)
        self.refresh()

    # -- public API -------------------------------------------------------------------------

    def refresh(self, select: Path | None = None) -> None:
        """List the bundles again, in the background; then select ``select`` if given, else
        keep the selection (or select the active model). Broken bundles are skipped and named
        in a warning line. ``listed`` says when the table shows the new listing."""
        if self._work.is_busy():  # never drop the work under way: list after it
            self._refresh_after.append(select)
            return
        self._start(self.tr("Listing models…"), None, lambda outcome: self._show(select))

    def active_bundle(self) -> Bundle | None:
        """The active (default) model as last listed; None if not even the shipped one loads
        (or before the first listing)."""
        return None if self._listing is None else self._listing.active

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
        menu.addActions(self.extra_actions)  # the window's own (Compare on the drawing)
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

    def _show(self, select: Path | None = None) -> None:
        """Fill the table from the newest listing, selecting ``select`` if given, else what was
        selected (or the active model)."""
        listing = self._listing
        if listing is None:
            return
        previous = select if select is not None else getattr(self.selected_bundle(), "path",
                                                             None)
        found = self._bundles = listing.bundles
        self._active_path = None if listing.active is None else listing.active.path
        self.warning.setText(broken_text(listing.errors))
        self.warning.setToolTip("\n".join(error_text(e) for e in listing.errors))
        self.warning.setStyleSheet(f"color: {theme.colours().warning};")
        self.warning.setVisible(bool(listing.errors))
        self.table.blockSignals(True)
        try:
            self.table.clearSelection()
            self.table.setRowCount(len(found))
            for row, bundle in enumerate(found):
                for column, item in enumerate(row_items(bundle, self._is_active(bundle))):
                    self.table.setItem(row, column, item)
        finally:
            self.table.blockSignals(False)
        wanted = [r for r, b in enumerate(found) if previous and same_folder(b.path, previous)]
        rows = wanted or [r for r, b in enumerate(found) if self._is_active(b)] or [0]
        if found:
            self.table.selectRow(rows[0])
        self._update_actions()
        self.listed.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ThemeChange:  # light/dark switched: repaint the marks
            self._show()

    def _is_active(self, bundle: Bundle) -> bool:
        return self._active_path is not None and same_folder(bundle.path, self._active_path)

    def _update_actions(self) -> None:
        bundle = None if self._work.is_busy() else self.selected_bundle()
        own = bundle is not None and not bundle.shipped
        self.use_action.setEnabled(bundle is not None and not self._is_active(bundle))
        self.rename_action.setEnabled(own)
        self.delete_action.setEnabled(own)
        self.export_action.setEnabled(bundle is not None)
        self.import_action.setEnabled(not self._work.is_busy())
        shipped_tip = self.tr("The shipped model cannot be deleted")
        self.delete_action.setToolTip(shipped_tip if bundle is not None and bundle.shipped
                                      else self.tr("Delete this model for good"))

    def _show_context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.selectRow(index.row())
        self.context_menu().exec(self.table.viewport().mapToGlobal(position))

    # -- the worker ---------------------------------------------------------------------------

    def _start(self, doing: str, operation: Callable[[], Any] | None, then: Then) -> None:
        """Run ``operation`` (and a listing) in the worker; ``then(outcome)`` back here."""
        self.doing.setText(doing)
        self._work.start(lambda: (then, work(operation)))

    def _work_done(self, answer: tuple[Then, Outcome]) -> None:
        then, outcome = answer
        self._listing = outcome.listing
        then(outcome)
        self._refresh_if_asked()

    def _work_failed(self, text: str) -> None:
        self._warn(self.tr("Models"), text)  # a bug: a bad file comes as an Outcome's error
        self._refresh_if_asked()

    def _refresh_if_asked(self) -> None:
        """List again if asked to while the worker was busy (the last selection asked wins)."""
        if self._refresh_after and not self._work.is_busy():
            select = next((path for path in reversed(self._refresh_after) if path), None)
            self._refresh_after.clear()
            self.refresh(select)

    def _busy_changed(self, busy: bool) -> None:
        self.doing.setVisible(busy)
        self._update_actions()

    # -- operations -------------------------------------------------------------------------

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _failed(self, title: str, outcome: Outcome) -> bool:
        """Show what went wrong, if anything, and the bundles as they are now."""
        if outcome.error is None:
            return False
        self._show()
        self._warn(title, outcome.error)
        return True

    def _announce_active(self) -> None:
        listing = self._listing
        if listing is None or listing.active is None:
            self._warn(self.tr("No model to use"), listing.active_error if listing else "")
            return
        self.activeModelChanged.emit(listing.active)

    def _use(self) -> None:
        bundle = self.selected_bundle()
        if bundle is None or self._is_active(bundle) or self._work.is_busy():
            return

        def use() -> None:
            bundles.set_default(bundles.load_bundle(bundle.path))  # still there and whole?

        def then(outcome: Outcome) -> None:
            if self._failed(self.tr("Cannot use this model"), outcome):
                return
            self._show(select=bundle.path)
            self._announce_active()
            self.message.emit(self.tr("Now using “{name}”.").format(name=bundle.name))

        self._start(self.tr("Switching to “{name}”…").format(name=bundle.name), use, then)

    def _rename(self) -> None:
        bundle = self.selected_bundle()
        if bundle is None or bundle.shipped or self._work.is_busy():
            return
        text, ok = QInputDialog.getText(self, self.tr("Rename model"),
                                        self.tr("New name for “{name}”:").format(name=bundle.name),
                                        QLineEdit.EchoMode.Normal, bundle.name)
        if not ok or " ".join(text.split()) == bundle.name:
            return

        def then(outcome: Outcome) -> None:
            if self._failed(self.tr("Cannot rename this model"), outcome):
                return
            renamed = outcome.result
            self._show(select=renamed.path)
            self.message.emit(self.tr("Renamed “{old}” to “{new}”.").format(old=bundle.name,
                                                                           new=renamed.name))
            if self._is_active(renamed):
                self._announce_active()

        self._start(self.tr("Renaming “{name}”…").format(name=bundle.name),
                    lambda: model_store.rename(bundle, text), then)

    def _delete(self) -> None:
        bundle = self.selected_bundle()
        if bundle is None or bundle.shipped or self._work.is_busy():
            return
        question = self.tr("Delete “{name}” for good?\n\nIts folder {path} will be removed.")
        if not transfer.confirm(self, self.tr("Delete model"),
                                question.format(name=bundle.name, path=bundle.path)):
            return
        was_active = self._is_active(bundle)
        row = self._bundles.index(bundle) if bundle in self._bundles else 0
        # Select the neighbour that moved into its place, as file managers do.
        rest = [b for b in self._bundles if b.path != bundle.path]
        neighbour = rest[min(row, len(rest) - 1)].path if rest else None

        def then(outcome: Outcome) -> None:
            if self._failed(self.tr("Cannot delete this model"), outcome):
                return
            self._show(select=neighbour)
            self.message.emit(self.tr("Deleted “{name}”.").format(name=bundle.name))
            if was_active:
                self._announce_active()

        deleting = self.tr("Deleting “{name}”…").format(name=bundle.name)
        self._start(deleting, lambda: model_store.delete(bundle), then)

    def _import(self, source: Path | None = None, replace: bool = False,
                name: str | None = None) -> None:
        if self._work.is_busy():
            return
        source = source or transfer.ask_import_file(self)
        if source is None:
            return

        def then(outcome: Outcome) -> None:
            if self._failed(self.tr("Cannot import this model"), outcome):
                return
            if isinstance(outcome.result, archive.NameTakenError):
                answer = transfer.ask_name_taken(self, outcome.result,
                                                 [b.name for b in self._bundles])
                if answer is not None:
                    self._import(source, *answer)
                return
            imported = outcome.result
            self._show(select=imported.path)
            self.message.emit(self.tr("Imported “{name}”; choose Use to predict with "
                                      "it.").format(name=imported.name))

        self._start(self.tr("Importing {name}…").format(name=source.name),
                    lambda: transfer.import_checked(source, replace, name), then)

    def _export(self) -> None:
        bundle = self.selected_bundle()
        if bundle is None or self._work.is_busy():
            return
        target = transfer.ask_export_file(self, bundle.name, Path(bundle.path).name)
        if target is None:
            return

        def then(outcome: Outcome) -> None:
            if not self._failed(self.tr("Cannot export this model"), outcome):
                self._show()
                self.message.emit(self.tr("Exported “{name}” to {file}.").format(
                    name=bundle.name, file=outcome.result))

        self._start(self.tr("Exporting “{name}”…").format(name=bundle.name),
                    lambda: transfer.export(bundle, target), then)
