"""Live loss and accuracy curves of a training run, drawn with matplotlib inside the window.

After matplotlib's "embedding in Qt" example: the Line2D artists are made once, and new points
only change their data (``set_data``), then the limits (``relim``, and limits set from the
data's extent in round steps) and a ``draw_idle``. Batch events come up to 20 times a second;
they are collected and applied at most every REFRESH_MS.

A whole figure takes 50-100 ms to draw on a small machine, and it is drawn on the GUI thread,
so drawing it for every update would stall the window while a network trains. So (after
matplotlib's "faster rendering by using blitting"): the curves are animated artists drawn over
a saved picture of everything else, and the whole figure is drawn again only when something
besides the curves changes (the limits, the size, the colours) -- after the first epochs, the
limits rarely move. The layout (constrained) is likewise worked out once per size, not per draw.
"""

from __future__ import annotations

import math
from typing import Any

import matplotlib
from matplotlib.axes import Axes
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator, PercentFormatter
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from digitgui.ui import theme

REFRESH_MS = 100
"""Pending points are drawn at most this often (10 frames a second is smooth for a curve)."""

LOSS_TOP = 3.0
"""The loss axis's top while a run goes: a fresh network's loss starts near ln 10 = 2.3, and
the axis only grows (a full redraw) if a loss goes higher."""

RUN_ACCURACY_FLOOR = 0.5
"""While a run goes, the accuracy axis starts at 50 % (lower only if the data goes lower) and
is zoomed onto the data when the run ends: a limit that changes means a full redraw."""

STACK_BELOW_ASPECT = 1.3
"""Side by side when the widget is at least this much wider than tall, stacked otherwise."""


def _round_up(value: float) -> float:
    """The next round number at or above value (0.5, 1, 1.5, 2, 2.5, 3, 4, 5, 7.5, 10, ...)."""
    scale = 10 ** math.floor(math.log10(max(value, 1e-9)))
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 7.5, 10):
        if step * scale >= value:
            return step * scale
    return 10 * scale


def _number(value: Any) -> float:
    """An event's number; None (JSON's NaN) becomes NaN, which matplotlib leaves as a gap."""
    return math.nan if value is None else float(value)


class _Series:
    """The points of one curve, and its artist."""

    def __init__(self, line: Line2D):
        self.line = line
        self.x: list[float] = []
        self.y: list[float] = []

    def append(self, x: float, y: float) -> None:
        self.x.append(x)
        self.y.append(y)

    def clear(self) -> None:
        self.x.clear()
        self.y.clear()

    def push(self) -> None:
        self.line.set_data(self.x, self.y)


class TrainingPlot(QWidget):
    """Loss (per batch, and per epoch for training and validation) and accuracy per epoch."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._ready = False  # Qt may send a PaletteChange before the artists exist
        self._stacked = False
        self._epochs: int | None = None
        self.draw_count = 0
        """How often the figure has really been drawn (for tests and curiosity)."""
        with matplotlib.rc_context(theme.matplotlib_style()):
            self.figure = Figure(figsize=(6.0, 2.6))
            self.canvas = FigureCanvasQTAgg(self.figure)
            self._side_by_side = self.figure.add_gridspec(1, 2)
            self._one_above_other = self.figure.add_gridspec(2, 1)
            self.loss_axes: Axes = self.figure.add_subplot(self._side_by_side[0, 0])
            self.accuracy_axes: Axes = self.figure.add_subplot(
                self._side_by_side[0, 1], sharex=self.loss_axes)
            self._make_artists()
        self._background = None  # everything but the curves, saved after each full draw
        self._layout_engine = ConstrainedLayoutEngine()
        self.canvas.mpl_connect("draw_event", self._on_draw)
        self.canvas.mpl_connect("resize_event", lambda _event: self._layout())
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(240, 160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.setAccessibleName("Training curves")
        self.setToolTip("Loss and accuracy while training: falling loss and rising accuracy "
                        "mean the network is learning; validation curves that turn back "
                        "mean it has started to memorise the training images.")

        self._dirty: set[Axes] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_colour_scheme_changed)
        self._ready = True
        self._layout()
        self.apply_theme()

    def _make_artists(self) -> None:
        """Every artist, once; later only their data and colours change."""
        loss, accuracy = self.loss_axes, self.accuracy_axes
        self.batch_loss = _Series(loss.plot([], [], linewidth=0.8, alpha=0.9,
                                            label="training loss (batches)")[0])
        self.train_loss = _Series(loss.plot([], [], marker="o", markersize=4, linewidth=1.5,
                                            label="training loss")[0])
        self.val_loss = _Series(loss.plot([], [], marker="s", markersize=4, linewidth=1.5,
                                          label="validation loss")[0])
        self.train_accuracy = _Series(accuracy.plot([], [], marker="o", markersize=4,
                                                    linewidth=1.5, label="training")[0])
        self.val_accuracy = _Series(accuracy.plot([], [], marker="s", markersize=4,
                                                  linewidth=1.5, label="validation")[0])
        loss.set_title("Loss")
        loss.set_ylabel("cross-entropy")
        accuracy.set_title("Accuracy")
        accuracy.yaxis.set_major_formatter(PercentFormatter(xmax=1.0, decimals=0))
        for axes in (loss, accuracy):
            axes.set_xlabel("epoch")
            axes.set_xlim(0, 1)
            axes.grid(True, linewidth=0.5)
            axes.margins(x=0.0, y=0.05)
        loss.set_ylim(0, LOSS_TOP, auto=None)
        accuracy.set_ylim(RUN_ACCURACY_FLOOR, 1.005, auto=None)  # grows down if need be
        for axes in (loss, accuracy):  # few tick labels: text is most of a draw's cost
            axes.yaxis.set_major_locator(MaxNLocator(nbins=4))
        loss.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        # Fixed corners: loc="best" would search the data on every draw.
        self._legends = [loss.legend(loc="upper right"), accuracy.legend(loc="lower right")]
        # One hint in each chart's empty middle (a single figure-wide one would cross the
        # axes between them).
        self._hint = loss.text(0.5, 0.5, "The loss curves appear here\nwhile a network trains",
                               ha="center", va="center", transform=loss.transAxes)
        for series in self._series().values():
            series.line.set_animated(True)  # drawn over the saved background (see module doc)

    @property
    def lines(self) -> dict[str, Line2D]:
        """The curves' artists by name."""
        return {name: series.line for name, series in self._series().items()}

    def _series(self) -> dict[str, _Series]:
        return {"batch_loss": self.batch_loss, "train_loss": self.train_loss,
                "val_loss": self.val_loss, "train_accuracy": self.train_accuracy,
                "val_accuracy": self.val_accuracy}

    # -- data ------------------------------------------------------------------------------

    def reset(self, epochs: int | None = None) -> None:
        """Empty curves for a new run (of ``epochs`` epochs, if known: the x axis spans them)."""
        self._timer.stop()
        for series in self._series().values():
            series.clear()
            series.push()
        self._epochs = None
        self.loss_axes.set_xlim(0, 1)
        self._planned_epochs(epochs)
        self.loss_axes.set_ylim(0, LOSS_TOP, auto=None)
        self.accuracy_axes.set_ylim(RUN_ACCURACY_FLOOR, 1.005, auto=None)
        self._dirty.clear()
        # Drawn whole now, as the run starts, so that its first points need only a blit.
        self._hint.set_visible(False)
        self.canvas.draw_idle()

    def finish(self) -> None:
        """The run ended: show the last points and zoom the accuracy onto the data (during
        the run its axis stays wide so it need not be redrawn whole as accuracy climbs)."""
        self.flush()
        low = self.accuracy_axes.dataLim.y0
        if self.train_accuracy.x and math.isfinite(low):
            self.accuracy_axes.set_ylim(max(0.0, math.floor(low * 20) / 20), 1.005, auto=None)
        top = self.loss_axes.dataLim.y1
        if self.batch_loss.x and math.isfinite(top):
            self.loss_axes.set_ylim(0, _round_up(top * 1.05), auto=None)
        self.canvas.draw_idle()

    def add_batch(self, event: dict[str, Any]) -> None:
        """A ``batch`` event: its loss at x = fractional epoch (epoch 1, step 15 of 30 is 0.5)."""
        steps = max(1, int(event.get("steps") or 1))
        x = int(event["epoch"]) - 1 + int(event["step"]) / steps
        self.batch_loss.append(x, _number(event.get("loss")))
        self._planned_epochs(event.get("epochs"))
        self._changed(self.loss_axes)

    def add_epoch(self, event: dict[str, Any]) -> None:
        """An ``epoch`` event: training and validation loss and accuracy at x = epoch."""
        x = float(event["epoch"])
        self.train_loss.append(x, _number(event.get("loss")))
        self.val_loss.append(x, _number(event.get("val_loss")))
        self.train_accuracy.append(x, _number(event.get("accuracy")))
        self.val_accuracy.append(x, _number(event.get("val_accuracy")))
        self._planned_epochs(event.get("epochs"))
        self._changed(self.loss_axes, self.accuracy_axes)

    def _planned_epochs(self, epochs: Any) -> None:
        """The x axis spans the whole planned run, so the curves grow into it."""
        if epochs and int(epochs) != self._epochs:
            self._epochs = int(epochs)
            self.loss_axes.set_xlim(0, self._epochs)  # shared with the accuracy axes

    def _changed(self, *axes: Axes) -> None:
        self._dirty.update(axes)
        if not self._timer.isActive():
            self._timer.start(REFRESH_MS)

    def flush(self) -> None:
        """Show the pending points now (called by the timer, and at the end of a run)."""
        self._timer.stop()
        if not self._dirty:
            return
        for series in self._series().values():
            series.push()
        before = self._limits()
        for axes in self._dirty:
            axes.relim()  # the data's extent, in axes.dataLim
        if self.loss_axes in self._dirty:
            top = self.loss_axes.dataLim.y1
            current = self.loss_axes.get_ylim()[1]
            if math.isfinite(top) and top > current:
                # Grow in round steps, and never shrink during a run: every change of the
                # limits means a full redraw, so they should change a handful of times a run.
                self.loss_axes.set_ylim(0, _round_up(top * 1.05), auto=None)
        if self.accuracy_axes in self._dirty:
            low = self.accuracy_axes.dataLim.y0
            current = self.accuracy_axes.get_ylim()[0]
            if math.isfinite(low) and low < current:
                self.accuracy_axes.set_ylim(max(0.0, math.floor(low * 10) / 10), 1.005,
                                            auto=None)
        self._dirty.clear()
        if self._limits() != before or self._hint.get_visible() or self._background is None:
            self._hint.set_visible(False)
            self.canvas.draw_idle()  # the axes changed: everything is drawn again
        else:
            self._blit()

    def _limits(self) -> tuple:
        return (self.loss_axes.get_xlim(), self.loss_axes.get_ylim(),
                self.accuracy_axes.get_ylim())

    def _draw_curves(self) -> None:
        for series in self._series().values():
            series.line.axes.draw_artist(series.line)

    def _on_draw(self, _event) -> None:
        """After a full draw: save the picture without the curves, then add the curves."""
        self.draw_count += 1
        self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        self._draw_curves()

    def _blit(self) -> None:
        """Only the curves changed: paint them over the saved background (a few ms)."""
        self.canvas.restore_region(self._background)
        self._draw_curves()
        self.canvas.blit(self.figure.bbox)
        self.draw_count += 1

    def _layout(self) -> None:
        """Work the constrained layout out once for the current size (not on every draw)."""
        self._background = None
        if self.figure.bbox.width > 1 and self.figure.bbox.height > 1:
            self._layout_engine.execute(self.figure)

    # -- looks -----------------------------------------------------------------------------

    def apply_theme(self) -> None:
        """Colours from digitgui.ui.theme (light or dark, following the system)."""
        c = theme.colours()
        self.figure.set_facecolor(c.background)
        for series, colour in ((self.batch_loss, c.batch), (self.train_loss, c.train),
                               (self.val_loss, c.validation), (self.train_accuracy, c.train),
                               (self.val_accuracy, c.validation)):
            series.line.set_color(colour)
        for axes in (self.loss_axes, self.accuracy_axes):
            axes.set_facecolor(c.background)
            for spine in axes.spines.values():
                spine.set_color(c.grid)
            axes.tick_params(colors=c.muted)  # also for ticks made later
            axes.grid(True, color=c.grid, linewidth=0.5)
            axes.title.set_color(c.text)
            axes.xaxis.label.set_color(c.text)
            axes.yaxis.label.set_color(c.text)
        for legend in self._legends:
            legend.get_frame().set_facecolor(c.background)
            legend.get_frame().set_edgecolor(c.grid)
            for text in legend.get_texts():
                text.set_color(c.text)
            for handle, series in zip(legend.legend_handles, self._legend_series(legend),
                                      strict=True):
                handle.set_color(series.line.get_color())
        self._hint.set_color(c.muted)
        self.canvas.draw_idle()

    def _legend_series(self, legend) -> list[_Series]:
        if legend is self._legends[0]:
            return [self.batch_loss, self.train_loss, self.val_loss]
        return [self.train_accuracy, self.val_accuracy]

    def set_stacked(self, stacked: bool) -> None:
        """Loss above accuracy (narrow places) or beside it (wide ones)."""
        if stacked == self._stacked:
            return
        self._stacked = stacked
        grid = self._one_above_other if stacked else self._side_by_side
        self.loss_axes.set_subplotspec(grid[0, 0])
        self.accuracy_axes.set_subplotspec(grid[1, 0] if stacked else grid[0, 1])
        self._layout()
        self.canvas.draw_idle()

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        if size.height() > 0:
            self.set_stacked(size.width() < STACK_BELOW_ASPECT * size.height())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._ready:
            self.apply_theme()
        super().changeEvent(event)

    def _on_colour_scheme_changed(self, _scheme) -> None:
        self.apply_theme()

