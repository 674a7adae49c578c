"""The chosen runs' loss and accuracy curves on one pair of axes each, drawn off the GUI thread
(a :class:`~digitgui.ui.evaluation.figure.ThemedFigure`).

One colour per run, from Okabe and Ito's palette (told apart with every kind of colour
blindness); validation solid, training dashed and fainter, as in the Training tab. The same
colour marks the run's row in the table.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, MaxNLocator
from PySide6.QtWidgets import QWidget

from digitgui.core.models.runs import Curves, Run
from digitgui.ui import theme
from digitgui.ui.evaluation.figure import ThemedFigure
from digitgui.ui.evaluation.per_digit import percent_label
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", None, "#F0E442")
"""Okabe-Ito: blue, orange, bluish green, vermillion, reddish purple, sky blue, black (the
theme's text colour, so white on dark), yellow (last: faint on white)."""
TRAINING_ALPHA = 0.55
SIDE_BY_SIDE_ASPECT = 1.1
"""Loss and accuracy side by side when the chart is this much wider than tall, else stacked."""
NAME_LENGTH = 20
"""A run's name in the legend is cut to this many characters."""

EMPTY = QT_TRANSLATE_NOOP("RunsChart", "Train a network to see its run here.")
PICK = QT_TRANSLATE_NOOP("RunsChart", "Tick runs in the table to overlay their curves.")
NO_CURVES = QT_TRANSLATE_NOOP("RunsChart", "The ticked runs recorded no curves.")


def colour(index: int, colours: theme.Colours) -> str:
    """The ``index``-th run's colour (the palette over again past its end)."""
    return PALETTE[index % len(PALETTE)] or colours.text


@dataclass(frozen=True)
class ChartRun:
    name: str
    colour: int
    """Its index in :data:`PALETTE`."""
    curves: Curves


@dataclass(frozen=True)
class ChartState:
    runs: tuple[ChartRun, ...] = ()
    listed: int = 0
    """How many runs the table lists (none: the empty state's line)."""


def _short(name: str) -> str:
    return name if len(name) <= NAME_LENGTH else name[:NAME_LENGTH - 1] + "…"


def _points(curves: Curves, key: str) -> tuple[list[int], list[float]]:
    pairs = [(e, v) for e, v in zip(curves.epochs, getattr(curves, key), strict=True)
             if v is not None]
    return [e for e, _ in pairs], [v for _, v in pairs]


def _style(axes, colours: theme.Colours, title: str) -> None:
    axes.set_title(title)
    axes.set_xlabel(translate("RunsChart", "Epoch"))
    axes.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
    axes.grid(True, color=colours.grid, linewidth=0.5)
    axes.set_axisbelow(True)
    axes.tick_params(length=0)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


class RunsChart(ThemedFigure):
    """The ticked runs' curves; :meth:`set_runs` says which."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(figsize=(4.6, 3.0), parent=parent)
        self.chart_state = ChartState()
        self.loss_axes = self.accuracy_axes = self.note = None
        self.curves: list[Line2D] = []
        """The drawn curves (two a run with a full history: validation and training)."""
        self.setAccessibleName(translate("RunsChart", "Runs compared"))
        self.setToolTip(translate("RunsChart",
                "The ticked runs' loss and accuracy, epoch by epoch: validation solid, "
                "training dashed. Each run has its colour, the same as in the table."))
        self.finish_setup()

    def set_runs(self, runs: list[tuple[Run, int]], listed: int) -> None:
        """Draw ``runs`` (each with its colour's index); ``listed``: how many the table has."""
        self.chart_state = ChartState(tuple(ChartRun(r.name, c, r.curves) for r, c in runs),
                                      listed)
        self.render()

    def state(self) -> ChartState:
        return self.chart_state

    @staticmethod
    def draw(figure: Figure, state: ChartState, c: theme.Colours) -> dict[str, Any]:
        width, height = figure.get_size_inches()
        shape = (1, 2) if width >= SIDE_BY_SIDE_ASPECT * height else (2, 1)
        loss, accuracy = figure.subplots(*shape, squeeze=True)
        _style(loss, c, translate("RunsChart", "Loss"))
        _style(accuracy, c, translate("RunsChart", "Accuracy"))
        accuracy.yaxis.set_major_formatter(FuncFormatter(percent_label))
        if shape == (2, 1):
            loss.set_xlabel("")  # stacked: the one below names the epochs for both
        lines: list[Line2D] = []
        for run in state.runs:
            tone = colour(run.colour, c)
            for axes, key in ((loss, "loss"), (loss, "val_loss"), (accuracy, "accuracy"),
                              (accuracy, "val_accuracy")):
                epochs, values = _points(run.curves, key)
                if not values:
                    continue
                training = not key.startswith("val_")
                lines += axes.plot(epochs, values, color=tone, linewidth=1.0 if training else 1.6,
                                   linestyle="--" if training else "-",
                                   alpha=TRAINING_ALPHA if training else 1.0,
                                   marker="" if len(values) > 1 else "o", markersize=4,
                                   label=f"{key}:{run.name}")
        note = None
        if not lines:
            text = EMPTY if not state.listed else PICK if not state.runs else NO_CURVES
            note = figure.text(0.5, 0.5, translate("RunsChart", text), ha="center",
                               va="center", color=c.muted, wrap=True,
                               bbox={"facecolor": c.background, "edgecolor": "none"})
            for axes in (loss, accuracy):
                axes.set_xlim(1, 10)
            loss.set_ylim(0, 1)
            accuracy.set_ylim(0.5, 1.0)
            return {"loss_axes": loss, "accuracy_axes": accuracy, "curves": lines, "note": note}
        loss.set_ylim(bottom=0)
        lowest = min((v for line in lines if line.axes is accuracy for v in line.get_ydata()),
                     default=0.9)
        accuracy.set_ylim(max(0.0, math.floor((lowest - 0.02) * 20) / 20), 1.005)
        names = [Line2D([], [], color=colour(r.colour, c), linewidth=1.6, label=_short(r.name))
                 for r in state.runs if len(r.curves)]
        # Loss falls and accuracy rises: the top right of the one and the bottom right of the
        # other are where the curves are not, at least late in a run.
        loss.legend(handles=names, loc="upper right", fontsize="x-small", framealpha=0.85)
        key = [Line2D([], [], color=c.muted, linewidth=1.6,
                      label=translate("RunsChart", "validation")),
               Line2D([], [], color=c.muted, linewidth=1.0, linestyle="--", alpha=TRAINING_ALPHA,
                      label=translate("RunsChart", "training"))]
        accuracy.legend(handles=key, loc="lower right", fontsize="x-small", framealpha=0.85)
        return {"loss_axes": loss, "accuracy_axes": accuracy, "curves": lines, "note": note}
