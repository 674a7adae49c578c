"""The Runs view: every training run in a table (its settings, duration and final figures),
and the curves of those ticked overlaid in a chart beside it, to compare them.

The runs are read from the bundles' metadata (:mod:`digitgui.core.models.runs`) in a worker
thread (:class:`~digitgui.ui.background.BackgroundTask`): :meth:`RunsView.refresh` lists
them again (after a training run saved a bundle, a rename or a delete). The ticks are kept by
bundle folder across listings; each ticked run gets the lowest free colour of the chart's
palette and keeps it while ticked, shown as a swatch beside its name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digitgui.core.models.bundle import Bundle
from digitgui.core.models.model_store import same_folder
from digitgui.core.models.runs import Run, list_runs
from digitgui.ui import theme
from digitgui.ui.background import BackgroundTask
from digitgui.ui.i18n import translate
from digitgui.ui.model_rows import ACTIVE_MARK
from digitgui.ui.runs import rows
from digitgui.ui.runs.chart import PALETTE, RunsChart, colour

SORT_ROLE = Qt.ItemDataRole.UserRole
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_WIDTH = 140
"""The name column's widest (a longer name is cut short; drag the column's edge to see it)."""
CELL_PADDING = 16


class _Item(QTableWidgetItem):
    """A cell that sorts by its key (numbers as numbers, a missing value first)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


def _tr(text: str) -> str:
    return translate("RunsView", text)


class RunsView(QWidget):
    """A table of training runs with checkable rows, and a chart of the ticked runs' curves."""

    listed = Signal()
    """The table shows a new listing of the runs."""
    checkedChanged = Signal(list)
    """The ticked runs changed; carries their bundle folders (:class:`~pathlib.Path`)."""
    message = Signal(str)
    """A line for the status bar (the chart was saved, or the listing failed)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._runs: list[Run] = []
        self._colours: dict[str, int] = {}  # ticked runs' folders -> their palette index
        self._active: Path | None = None
        self._listed_once = False
        self._task = BackgroundTask(translate("RunsView", "Listing the runs"), self)
        self._task.finished.connect(self._show)
        self._task.failed.connect(self._failed)

        self.empty = QLabel(translate("RunsView", "Train a network to see its run here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.table = QTableWidget(0, len(rows.COLUMNS))
        self.table.setAccessibleName(translate("RunsView", "Training runs"))
        self.table.setAccessibleDescription(translate("RunsView",
                "Tick runs to overlay their curves in the chart beside the table"))
        self.table.setToolTip(translate("RunsView", "Every training run: tick two or more to "
                "compare their curves; hover over a row for all its settings."))
        for column, title in enumerate(rows.COLUMNS):
            header = QTableWidgetItem(_tr(title))
            if column in rows.HEADER_TIPS:
                header.setToolTip(_tr(rows.HEADER_TIPS[column]))
            self.table.setHorizontalHeaderItem(column, header)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)  # compact rows, as in Models
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(rows.CREATED, Qt.SortOrder.DescendingOrder)
        self.table.itemChanged.connect(self._item_changed)

        self.chart = RunsChart()
        self.chart.saved.connect(self.message)
        self.doing = QLabel(translate("RunsView", "Listing the runs…"))
        self.doing.setStyleSheet(f"color: {theme.colours().muted};")
        self.doing.hide()
        self._task.busyChanged.connect(self.doing.setVisible)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.empty, 1)
        column.addWidget(self.table, 1)
        column.addWidget(self.doing)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.refresh()

    # -- public API -------------------------------------------------------------------------

    def refresh(self) -> None:
        """List the runs again, in the background; :attr:`listed` says when they are shown.
        The ticks stay on the runs still there."""
        self._task.start(list_runs)

    def set_active(self, bundle: Bundle | Path | str | None) -> None:
        """Mark the active model's run (bold, "✓ active"); None: no mark."""
        path = getattr(bundle, "path", bundle)
        self._active = None if path is None else Path(path)
        self._fill()

    def runs(self) -> list[Run]:
        """The runs as last listed, newest first."""
        return list(self._runs)

    def checked_runs(self) -> list[Run]:
        """The ticked runs, newest first."""
        return [r for r in self._runs if str(r.path) in self._colours]

    def set_checked(self, folders: list[Path | str]) -> None:
        """Tick exactly the runs of these bundle folders (those listed)."""
        wanted = [r for r in self._runs if any(same_folder(r.path, Path(f)) for f in folders)]
        self._colours = {k: v for k, v in self._colours.items()
                         if any(str(r.path) == k for r in wanted)}
        for run in wanted:
            self._tick(str(run.path))
        self._fill()
        self._checks_changed()

    def is_busy(self) -> bool:
        return self._task.is_busy() or self.chart.is_busy()

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Drop the work under way and wait for its threads (closing the window)."""
        self._task.cancel()
        return self._task.wait(timeout_ms) and self.chart.shutdown(timeout_ms)

    # -- the table --------------------------------------------------------------------------

    def _show(self, runs: list[Run]) -> None:
        self._runs = list(runs)
        listed = {str(r.path) for r in runs}
        self._colours = {k: v for k, v in self._colours.items() if k in listed}
        self._listed_once = True
        self._fill()
        self._checks_changed()
        self.listed.emit()

    def _failed(self, text: str) -> None:
        self.message.emit(text)

    def _is_active(self, run: Run) -> bool:
        return self._active is not None and same_folder(run.path, self._active)

    def _fill(self) -> None:
        """Fill the table from the runs listed, with their ticks, swatches and the mark."""
        nothing = self._listed_once and not self._runs
        self.empty.setVisible(nothing)  # the one line, across the whole view
        self.table.setVisible(not nothing)
        self.chart.setVisible(not nothing)
        self.table.blockSignals(True)
        self.table.setSortingEnabled(False)
        try:
            self.table.clearContents()
            self.table.setRowCount(len(self._runs))
            for row, run in enumerate(self._runs):
                active = self._is_active(run)
                for column, (text, tip, key) in enumerate(rows.cells(run)):
                    if column == rows.NAME and active:
                        text = f"{text}   {translate('ModelRows', ACTIVE_MARK)}"
                    item = _Item(text)
                    item.setToolTip(tip)
                    item.setData(SORT_ROLE, key)
                    if column in rows.NUMERIC:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                              | Qt.AlignmentFlag.AlignVCenter)
                    if active:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                        item.setBackground(QBrush(theme.qcolor("accent_soft")))
                    if column == rows.NAME:
                        self._make_checkable(item, run)
                    self.table.setItem(row, column, item)
        finally:
            self.table.setSortingEnabled(True)
            self.table.blockSignals(False)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Each column as wide as its widest text (Qt's own fit keeps room for a sort arrow
        beside every title, which cost the table a column's width); the name's at most
        :data:`NAME_WIDTH`."""
        metrics, header = self.table.fontMetrics(), self.table.horizontalHeader()
        for column in range(self.table.columnCount()):
            title = self.table.horizontalHeaderItem(column).text().split("\n")
            texts = [self.table.item(row, column).text() for row in range(self.table.rowCount())
                     if self.table.item(row, column)]
            width = max(metrics.horizontalAdvance(t) for t in [*title, *texts]) + CELL_PADDING
            if column == rows.NAME:
                width = min(width + 2 * metrics.height() + 8, NAME_WIDTH)  # tick and swatch
            header.resizeSection(column, width)

    def _make_checkable(self, item: QTableWidgetItem, run: Run) -> None:
        key = str(run.path)
        item.setData(PATH_ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        ticked = key in self._colours
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        item.setIcon(self._swatch(self._colours[key]) if ticked else QIcon())

    def _swatch(self, index: int) -> QIcon:
        size = self.table.fontMetrics().height() - 4
        pixmap = QPixmap(size, size)
        pixmap.fill(QColor(colour(index, theme.colours())))
        return QIcon(pixmap)

    def _tick(self, key: str) -> None:
        if key not in self._colours:
            used = set(self._colours.values())
            self._colours[key] = next((i for i in range(len(PALETTE)) if i not in used),
                                      len(self._colours))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        key = item.data(PATH_ROLE)
        if item.column() != rows.NAME or not key:
            return
        ticked = item.checkState() == Qt.CheckState.Checked
        if ticked == (key in self._colours):
            return
        if ticked:
            self._tick(key)
        else:
            del self._colours[key]
        self.table.blockSignals(True)
        try:
            item.setIcon(self._swatch(self._colours[key]) if ticked else QIcon())
        finally:
            self.table.blockSignals(False)
        self._checks_changed()

    def _checks_changed(self) -> None:
        ticked = self.checked_runs()
        self.chart.set_runs([(r, self._colours[str(r.path)]) for r in ticked], len(self._runs))
        self.checkedChanged.emit([r.path for r in ticked])

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ThemeChange and self._listed_once:
            self._fill()  # light/dark switched: the mark and the swatches anew
