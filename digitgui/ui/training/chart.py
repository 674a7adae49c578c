"""The training curves' figure: its artists, made alike on the model the GUI thread updates
and on the twin drawn in the charts' process (see ``plot.py``), and the drawing itself."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator, PercentFormatter, ScalarFormatter
from PySide6.QtGui import QImage

from digitgui.ui import figure_files, theme
from digitgui.ui.evaluation.figure import BASE_DPI, STYLE_LOCK, image_of, there_or_here
from digitgui.ui.formatting import localized
from digitgui.ui.i18n import translate

LOSS_TOP = 3.0
"""The loss axis's top while a run goes: a fresh network's loss starts near ln 10 = 2.3, and
the axis only grows (a full redraw) if a loss goes higher."""

RUN_ACCURACY_FLOOR = 0.5
"""While a run goes, the accuracy axis starts at 50 % (lower only if the data goes lower) and
is zoomed onto the data when the run ends: a limit that changes means a full redraw."""

NAMES = ("batch_loss", "train_loss", "val_loss", "train_accuracy", "val_accuracy")



class _Localized(ScalarFormatter):
    """Matplotlib's own tick numbers (0.5, 1.5), with the window's separators (0,5 in
    German)."""

    def __call__(self, x: float, pos: int | None = None) -> str:
        return localized(super().__call__(x, pos))


class Artists:
    """The charts' axes and artists on one figure (the model's, or the twin's)."""

    def __init__(self, figure: Figure):
        self.side_by_side = figure.add_gridspec(1, 2)
        self.one_above_other = figure.add_gridspec(2, 1)
        loss = self.loss_axes = figure.add_subplot(self.side_by_side[0, 0])
        accuracy = self.accuracy_axes = figure.add_subplot(self.side_by_side[0, 1], sharex=loss)
        # Not clipped at the axes, or the last epoch's marker, on the right edge, is cut in
        # half; and not part of the layout, which would make room for the whole line.
        style = {"marker": "o", "markersize": 4, "linewidth": 1.5, "clip_on": False,
                 "in_layout": False}
        square = {**style, "marker": "s"}
        self.lines: dict[str, Line2D] = {
            "batch_loss": loss.plot([], [], linewidth=0.8, alpha=0.9,
                                    label=translate("Artists", "training loss (batches)"))[0],
            "train_loss": loss.plot([], [], **style, label=translate("Artists",
                    "training loss"))[0],
            "val_loss": loss.plot([], [], **square, label=translate("Artists",
                    "validation loss"))[0],
            "train_accuracy": accuracy.plot([], [], **style,
                                            label=translate("Artists", "training"))[0],
            "val_accuracy": accuracy.plot([], [], **square,
                                          label=translate("Artists", "validation"))[0],
        }
        loss.set_title(translate("Artists", "Loss"))
        loss.set_ylabel(translate("Artists", "cross-entropy"))
        accuracy.set_title(translate("Artists", "Accuracy"))
        accuracy.yaxis.set_major_formatter(PercentFormatter(xmax=1.0, decimals=0))
        loss.yaxis.set_major_formatter(_Localized())
        for axes in (loss, accuracy):
            axes.xaxis.set_major_formatter(_Localized())
            axes.set_xlabel(translate("Artists", "epoch"))
            axes.set_xlim(0, 1)
            axes.grid(True, linewidth=0.5)
            axes.margins(x=0.0, y=0.05)
            axes.yaxis.set_major_locator(MaxNLocator(nbins=4))  # text is most of a draw
        loss.set_ylim(0, LOSS_TOP, auto=None)
        accuracy.set_ylim(RUN_ACCURACY_FLOOR, 1.005, auto=None)  # grows down if need be
        loss.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        # Fixed corners: loc="best" would search the data on every draw.
        self.legends = [loss.legend(loc="upper right"), accuracy.legend(loc="lower right")]
        # One hint in each chart's empty middle (a single figure-wide one would cross the
        # axes between them).
        self.hint = loss.text(0.5, 0.5, translate("Artists",
                "The loss curves appear here\nwhile a network trains"),
                              ha="center", va="center", transform=loss.transAxes)
        for line in self.lines.values():
            line.set_animated(True)  # the twin draws them over its saved background
        # The replay's epoch, a dashed line across both charts (drawn like the curves).
        self.cursors = [axes.axvline(0.0, linestyle="--", linewidth=1.2, visible=False,
                                     animated=True) for axes in (loss, accuracy)]

    def set_cursor(self, x: float | None) -> None:
        for line in self.cursors:
            line.set_visible(x is not None)
            if x is not None:
                line.set_xdata([x, x])

    def set_stacked(self, stacked: bool) -> None:
        grid = self.one_above_other if stacked else self.side_by_side
        self.loss_axes.set_subplotspec(grid[0, 0])
        self.accuracy_axes.set_subplotspec(grid[1, 0] if stacked else grid[0, 1])

    def apply_state(self, figure: Figure, state: State) -> None:
        """A picture's limits, hint and colours (what is drawn but the curves)."""
        xlim, loss_ylim, accuracy_ylim = state.limits
        self.loss_axes.set_xlim(xlim)
        self.loss_axes.set_ylim(loss_ylim, auto=None)
        self.accuracy_axes.set_ylim(accuracy_ylim, auto=None)
        self.hint.set_visible(state.hint)
        for legend in self.legends:  # a key to curves not drawn yet would sit on the hint
            legend.set_visible(not state.hint)
        self.apply_colours(figure, state.colours)

    def apply_colours(self, figure: Figure, c: theme.Colours) -> None:
        figure.set_facecolor(c.background)
        colour = {"batch_loss": c.batch, "train_loss": c.train, "val_loss": c.validation,
                  "train_accuracy": c.train, "val_accuracy": c.validation}
        for name, line in self.lines.items():
            line.set_color(colour[name])
        for axes in (self.loss_axes, self.accuracy_axes):
            axes.set_facecolor(c.background)
            for spine in axes.spines.values():
                spine.set_color(c.grid)
            axes.tick_params(colors=c.muted)  # also for ticks made later
            axes.grid(True, color=c.grid, linewidth=0.5)
            for text in (axes.title, axes.xaxis.label, axes.yaxis.label):
                text.set_color(c.text)
        for legend, names in zip(self.legends, (NAMES[:3], NAMES[3:]), strict=True):
            legend.get_frame().set_facecolor(c.background)
            legend.get_frame().set_edgecolor(c.grid)
            for text in legend.get_texts():
                text.set_color(c.text)
            for handle, name in zip(legend.legend_handles, names, strict=True):
                handle.set_color(colour[name])
        self.hint.set_color(c.muted)
        for line in self.cursors:
            line.set_color(c.text)
            line.set_alpha(0.7)


MODEL_SIZE = (6.0, 2.6)
"""The model figure's size in inches (never drawn: the twin's picture has the widget's size)."""

_spare_models: list[tuple[Figure, Artists]] = []


def prepare_model() -> None:
    """In the window's preloader (a worker): one model figure made ahead for the Training
    dock's plot, whose making (15-20 ms of axes, lines and legends) held the GUI thread while
    the dock was built at launch. Made under the style lock: another worker's chart may be
    setting matplotlib's style meanwhile. One at most is kept waiting."""
    with STYLE_LOCK:
        if not _spare_models:
            figure = Figure(figsize=MODEL_SIZE)
            _spare_models.append((figure, Artists(figure)))


def take_model() -> tuple[Figure, Artists]:
    """A model figure and its artists for a new plot: the one made ahead, or a new one."""
    if _spare_models:
        return _spare_models.pop()
    figure = Figure(figsize=MODEL_SIZE)
    return figure, Artists(figure)


@dataclass(frozen=True)
class State:
    """What a picture shows, as plain data the worker may read while the GUI thread goes on."""

    curves: dict[str, tuple[np.ndarray, np.ndarray]]
    limits: tuple  # the x limits, the loss's y limits, the accuracy's y limits
    stacked: bool
    hint: bool
    colours: theme.Colours
    style: dict
    size: tuple[int, int, float]  # width, height (logical pixels), device pixel ratio
    cursor: float | None = None  # the epoch a replay shows, marked on both charts


class Twin:
    """The figure that is drawn, by one job at a time: in the charts' process (see
    :func:`draw_curves`), or in the plot's worker thread where that process cannot run."""

    def __init__(self) -> None:
        self._style: dict | None = None
        self._whole: tuple | None = None  # what the saved background shows
        self._laid_out: tuple | None = None  # the size and arrangement the layout is for
        self._background = None

    def pixels(self, state: State) -> np.ndarray:
        """``state`` drawn: the picture's RGBA pixels (the caller holds the style)."""
        with matplotlib.rc_context(state.style):
            if state.style != self._style:  # first use, or the theme changed: made anew
                self._style, self._whole, self._laid_out = state.style, None, None
                self.figure = Figure(figsize=(6.0, 2.6), dpi=BASE_DPI)
                self.canvas = FigureCanvasAgg(self.figure)
                self.artists = Artists(self.figure)
            for name, (x, y) in state.curves.items():
                self.artists.lines[name].set_data(x, y)
            whole = (state.limits, state.stacked, state.hint, state.colours, state.size)
            if whole != self._whole:
                self._draw_whole(state)
                self._whole = whole
            else:
                self.canvas.restore_region(self._background)
            self.artists.set_cursor(state.cursor)
            for line in [*self.artists.lines.values(), *self.artists.cursors]:
                line.axes.draw_artist(line)
        return np.asarray(self.canvas.buffer_rgba())

    def _draw_whole(self, state: State) -> None:
        """Everything but the curves, drawn and saved (the layout only if it changed)."""
        artists, figure = self.artists, self.figure
        width, height, ratio = state.size
        figure.set_dpi(BASE_DPI * ratio)
        figure.set_size_inches(width / BASE_DPI, height / BASE_DPI)
        artists.apply_state(figure, state)
        if (state.size, state.stacked) != self._laid_out:  # a new subplotspec undoes it
            artists.set_stacked(state.stacked)
            ConstrainedLayoutEngine().execute(figure)
            self._laid_out = (state.size, state.stacked)
        self.canvas.draw()
        self._background = self.canvas.copy_from_bbox(figure.bbox)


_TWINS_KEPT = 8
_twins: dict[int, Twin] = {}
"""In the charts' process: each plot's twin, by the plot's key (the newest few kept)."""


def twin_pixels(key: int, state: State) -> np.ndarray:
    """In the charts' process: ``state`` drawn on the twin of the plot ``key`` (made anew
    there if that process is new: the state holds all it needs)."""
    twin = _twins.pop(key, None) or Twin()
    _twins[key] = twin  # the newest last
    while len(_twins) > _TWINS_KEPT:
        del _twins[next(iter(_twins))]
    return twin.pixels(state)


def draw_curves(key: int, twin: Twin, state: State) -> QImage:
    """In the plot's worker: ``state`` drawn by the charts' process, which leaves Python's
    lock to the window (``ui/chart_process.py``), or on ``twin`` here if it cannot run."""
    # Drawn here, the pixels are the twin's canvas: the plot's next job waits for this one.
    pixels = there_or_here(twin_pixels, key, state, here=lambda: twin.pixels(state))
    return image_of(pixels, state.size[2])


def _saved(state: State, path: Path) -> Path:
    with matplotlib.rc_context(state.style):
        width, height, _ratio = state.size
        figure = Figure(figsize=(max(width, 480) / BASE_DPI, max(height, 240) / BASE_DPI),
                        dpi=BASE_DPI)
        FigureCanvasAgg(figure)
        artists = Artists(figure)
        for name, (x, y) in state.curves.items():
            artists.lines[name].set_data(x, y)
        artists.apply_state(figure, state)
        artists.set_stacked(state.stacked)
        artists.set_cursor(state.cursor)
        for line in [*artists.lines.values(), *artists.cursors]:
            line.set_animated(False)  # drawn with the rest, not blitted
        ConstrainedLayoutEngine().execute(figure)
        return figure_files.write(figure, path, state.colours.background)


def save_figure(state: State, path: Path) -> Path:
    """In a worker: the curves of ``state`` drawn on a figure of their own and written to
    ``path`` (PNG or SVG; see :mod:`digitgui.ui.figure_files`), by the charts' process if
    it can."""
    figure_files.check_suffix(path)
    return there_or_here(_saved, state, path)
