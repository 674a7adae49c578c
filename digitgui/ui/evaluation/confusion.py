"""The confusion matrix: which digits are read as which, with the count in every cell.

Cells are coloured by the share of their row (of all images of that true digit), so a set with
few 5s shows their mistakes as plainly as a set with many. Correct answers (the diagonal) are
in the accent colour, mistakes in the warning colour; a power scale lets a single mistake among
a hundred images still show. Clicking a cell emits ``cellClicked(true, predicted)``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.colors import LinearSegmentedColormap, PowerNorm
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from digitgui.ui import theme
from digitgui.ui.evaluation.figure import ThemedFigure, readable_on
from digitgui.ui.i18n import translate

GAMMA = 0.35
"""Colour = share ** GAMMA: a 1 % mistake rate is a quarter of the full colour, not a hundredth."""

DIGITS = np.arange(10)


def cell_at(xdata: float | None, ydata: float | None) -> tuple[int, int] | None:
    """(true, predicted) of the cell under data coordinates; imshow puts cell centres at the
    integers, so a cell spans ±0.5 around them."""
    if xdata is None or ydata is None:
        return None
    column, row = int(round(xdata)), int(round(ydata))
    if 0 <= row <= 9 and 0 <= column <= 9:
        return row, column
    return None


class ConfusionMatrixView(ThemedFigure):
    cellClicked = Signal(int, int)
    """(true digit, predicted digit) of a clicked cell."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(figsize=(3.6, 3.4), parent=parent)
        self.confusion: np.ndarray | None = None
        self.selected: tuple[int, int] | None = None
        self.axes = None
        self.setAccessibleName(translate("ConfusionMatrixView", "Confusion matrix"))
        self.setToolTip(translate("ConfusionMatrixView",
                "Rows: the true digit; columns: what the network read. The diagonal counts the "
                "right answers, every other cell a kind of mistake. Click a cell to see its "
                "images."))
        self.finish_setup()

    def set_confusion(self, confusion: list[list[int]] | np.ndarray | None) -> None:
        """Show a 10x10 matrix of counts (None: empty, before any evaluation)."""
        self.confusion = None if confusion is None else np.array(confusion, dtype=np.int64)
        self.selected = None
        self.render()

    def select(self, cell: tuple[int, int] | None) -> None:
        """Outline one cell (the one whose images the gallery shows), or none."""
        self.selected = cell
        self.render()

    def state(self) -> tuple:
        return self.confusion, self.selected  # a copy made by set_confusion, never changed

    @staticmethod
    def draw(figure: Figure, state: tuple, c: theme.Colours) -> dict[str, Any]:
        confusion, selected = state
        axes = figure.add_subplot()
        axes.set_xticks(DIGITS)
        axes.set_yticks(DIGITS)
        axes.set_xlim(-0.5, 9.5)
        axes.set_ylim(9.5, -0.5)  # row 0 at the top, as the CLI prints it
        axes.set_xlabel(translate("ConfusionMatrixView", "predicted digit"))
        axes.set_ylabel(translate("ConfusionMatrixView", "true digit"))
        axes.tick_params(length=0)
        for spine in axes.spines.values():
            spine.set_color(c.grid)
        if confusion is None:
            axes.set_title(translate("ConfusionMatrixView", "Confusion matrix"))
            axes.text(4.5, 4.5, translate("ConfusionMatrixView",
                    "Evaluate a set to see\nwhich digits are read as which"),
                      ha="center", va="center", color=c.muted)
            return {"axes": axes}
        axes.set_title(translate("ConfusionMatrixView", "Confusion matrix · click a cell"),
                       loc="center")
        totals = confusion.sum(axis=1, keepdims=True)
        share = np.divide(confusion, totals, out=np.zeros((10, 10)), where=totals > 0)
        diagonal = np.eye(10, dtype=bool)
        norm = PowerNorm(GAMMA, vmin=0.0, vmax=1.0)
        maps = {
            True: LinearSegmentedColormap.from_list("right", [c.background, c.accent]),
            False: LinearSegmentedColormap.from_list("wrong", [c.background, c.warning]),
        }
        for on_diagonal, cmap in maps.items():
            masked = np.ma.masked_where(diagonal != on_diagonal, share)
            axes.imshow(masked, cmap=cmap, norm=norm, interpolation="nearest", aspect="equal")
        axes.set_xlim(-0.5, 9.5)  # imshow resets the limits
        axes.set_ylim(9.5, -0.5)
        size = 7 if confusion.max() >= 1000 else 8
        for row in range(10):
            for column in range(10):
                count = int(confusion[row, column])
                if count == 0:
                    continue  # blank cells read faster than a field of zeros
                cmap = maps[row == column]
                colour = readable_on(cmap(norm(share[row, column])), c)
                axes.text(column, row, str(count), ha="center", va="center", fontsize=size,
                          color=colour)
        if selected is not None:
            row, column = selected
            axes.add_patch(Rectangle((column - 0.5, row - 0.5), 1, 1, fill=False,
                                     edgecolor=c.text, linewidth=2.0))
        return {"axes": axes}

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = self.figure_point(event.position())
        if (self.confusion is None or point is None or self.axes is None
                or event.button() != Qt.MouseButton.LeftButton
                or not self.axes.bbox.contains(*point)):
            super().mousePressEvent(event)
            return
        cell = cell_at(*self.axes.transData.inverted().transform(point))
        if cell is not None:
            self.cellClicked.emit(*cell)

    def cell_centre(self, true: int, predicted: int) -> QPointF:
        """Where a cell's centre is in the widget (to click it in tests, for accessibility
        tools); the chart must have been drawn."""
        return self.widget_point(*self.axes.transData.transform((predicted, true)))
