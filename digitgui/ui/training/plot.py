"""Live loss and accuracy curves of a training run, drawn with matplotlib off the GUI thread.

A whole figure (text, ticks, the constrained layout) takes 50-120 ms to draw on a small
machine; drawn on the GUI thread it froze the window when the Training tab was shown or
resized, on a Train click, at the end of a run and whenever the axes rescaled. So, as for the
evaluation charts (``ui/evaluation/figure.py``), the picture is made in a worker thread
(a :class:`~digitgui.ui.background.BackgroundTask`, which hands it to the charts' process,
``ui/chart_process.py``) and the widget only paints it.

Two figures with the same artists take part:

- the widget's own ``figure`` is the model, on the GUI thread: new points only change its
  ``Line2D``s' data (``set_data``) and the limits (``relim``, and limits set from the data's
  extent in round steps). It is never drawn, so this costs next to nothing. Batch events come
  up to 20 times a second; they are collected and applied at most every REFRESH_MS.
- the :class:`~digitgui.ui.training.chart.Twin`, in the charts' process (one per plot,
  touched by one job at a time), gets a copy of that state and draws it (after
  matplotlib's "faster rendering by using blitting"): the curves are animated artists drawn
  over a saved picture of everything else, and the whole figure is drawn again only when
  something besides the curves changes (the limits, the size, the colours), its layout
  worked out only when the size or the arrangement changes.

One picture is made at a time: a change while one is being made asks for another when it
arrives, so a resize drag or a busy run never queues up stale pictures, nor drops them all.
"""

from __future__ import annotations

import itertools
import math
import sys
from pathlib import Path
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QImage, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from digitgui.ui import figure_files, theme
from digitgui.ui.background import BackgroundTask
from digitgui.ui.docks import on_screen
from digitgui.ui.i18n import translate
from digitgui.ui.qimage import paint_picture
from digitgui.ui.training.chart import (
    LOSS_TOP,
    RUN_ACCURACY_FLOOR,
    State,
    Twin,
    draw_curves,
    save_figure,
    take_model,
)

_KEYS = itertools.count()

REFRESH_MS = 100
"""Pending points are drawn at most this often (10 frames a second is smooth for a curve)."""

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
    """The points of one curve, and the model's artist for it."""

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

    rendered = Signal()
    """A new picture is shown."""
    saved = Signal(str)
    """A line for the status bar: Save figure… saved it, or why it could not."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._ready = False  # Qt may send a PaletteChange before the artists exist
        self._stacked = False
        self._epochs: int | None = None
        self._stale = True  # the picture does not show the newest state (or there is none)
        self._image: QImage | None = None
        self.draw_count = 0
        """How many pictures have been shown (for tests and curiosity)."""
        # The model: never drawn (see the module doc); made ahead in the preloader if it can.
        self.figure, self._artists = take_model()
        self.loss_axes: Axes = self._artists.loss_axes
        self.accuracy_axes: Axes = self._artists.accuracy_axes
        self._curves = {name: _Series(line) for name, line in self._artists.lines.items()}
        self._twin = Twin()  # drawn here only where the charts' process cannot run
        self._key = next(_KEYS)  # its twin's name in that process
        self._task = BackgroundTask(translate("TrainingPlot", "Drawing the training curves"), self)
        self._task.finished.connect(self._show_picture)
        self._task.failed.connect(self._drawing_failed)
        self._saver = BackgroundTask(translate("TrainingPlot", "Saving the figure"), self)
        self._saver.finished.connect(lambda path: self.saved.emit(translate("TrainingPlot",
                "Saved {path}").format(path=path)))
        self._saver.failed.connect(self.saved.emit)
        self.save_action = QAction(translate("TrainingPlot", "Save figure…"), self)
        self.save_action.triggered.connect(self._save_dialog)
        self.addAction(self.save_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(240, 160)
        self.setAccessibleName(translate("TrainingPlot", "Training curves"))
        self.setToolTip(translate("TrainingPlot",
                "Loss and accuracy while training: falling loss and rising accuracy mean the "
                "network is learning; validation curves that turn back mean it has started to "
                "memorise the training images."))
        self._dirty: set[Axes] = set()
        self._cursor: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_colour_scheme_changed)
        self._ready = True

    @property
    def lines(self) -> dict[str, Line2D]:
        """The curves' artists by name (the model's: their data is what is drawn)."""
        return dict(self._artists.lines)

    def sizeHint(self) -> QSize:
        return QSize(600, 260)

    # -- data ------------------------------------------------------------------------------

    def reset(self, epochs: int | None = None) -> None:
        """Empty curves for a new run (of ``epochs`` epochs, if known: the x axis spans them)."""
        self._timer.stop()
        self._cursor = None
        for series in self._curves.values():
            series.clear()
            series.push()
        self._epochs = None
        self.loss_axes.set_xlim(0, 1)
        self._planned_epochs(epochs)
        self.loss_axes.set_ylim(0, LOSS_TOP, auto=None)
        self.accuracy_axes.set_ylim(RUN_ACCURACY_FLOOR, 1.005, auto=None)
        self._dirty.clear()
        # Drawn whole now, as the run starts, so that its first points need only a blit.
        self._artists.hint.set_visible(False)
        self.render()

    def finish(self) -> None:
        """The run ended: show the last points and zoom the accuracy onto the data (during
        the run its axis stays wide so it need not be redrawn whole as accuracy climbs)."""
        self.flush()
        low = self.accuracy_axes.dataLim.y0
        if self._curves["train_accuracy"].x and math.isfinite(low):
            self.accuracy_axes.set_ylim(max(0.0, math.floor(low * 20) / 20), 1.005, auto=None)
        top = self.loss_axes.dataLim.y1
        if self._curves["batch_loss"].x and math.isfinite(top):
            self.loss_axes.set_ylim(0, _round_up(top * 1.05), auto=None)
        self.render()

    def set_cursor(self, epoch: float | None) -> None:
        """Mark an epoch on both charts (the replay's), or none."""
        if epoch != self._cursor:
            self._cursor = epoch
            self.render()  # a blit: the cursor is drawn like the curves

    def cursor(self) -> float | None:
        return self._cursor

    def show_history(self, history: list[dict[str, Any]]) -> None:
        """A finished run's epochs from its bundle's metadata (there are no batch points)."""
        self.reset(epochs=len(history) or None)
        for record in history:
            self.add_epoch(record)
        self.finish()
        losses = [v for r in history for v in (r.get("loss"), r.get("val_loss"))
                  if isinstance(v, (int, float)) and math.isfinite(v)]
        if losses:
            self.loss_axes.set_ylim(0, _round_up(max(losses) * 1.05), auto=None)
            self.render()

    def add_batch(self, event: dict[str, Any]) -> None:
        """A ``batch`` event: its loss at x = fractional epoch (epoch 1, step 15 of 30 is 0.5)."""
        steps = max(1, int(event.get("steps") or 1))
        x = int(event["epoch"]) - 1 + int(event["step"]) / steps
        self._curves["batch_loss"].append(x, _number(event.get("loss")))
        self._planned_epochs(event.get("epochs"))
        self._changed(self.loss_axes)

    def add_epoch(self, event: dict[str, Any]) -> None:
        """An ``epoch`` event: training and validation loss and accuracy at x = epoch."""
        x = float(event["epoch"])
        for name, key in (("train_loss", "loss"), ("val_loss", "val_loss"),
                          ("train_accuracy", "accuracy"), ("val_accuracy", "val_accuracy")):
            self._curves[name].append(x, _number(event.get(key)))
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
        for series in self._curves.values():
            series.push()
        for axes in self._dirty:
            axes.relim()  # the data's extent, in axes.dataLim
        if self.loss_axes in self._dirty:
            top = self.loss_axes.dataLim.y1
            if math.isfinite(top) and top > self.loss_axes.get_ylim()[1]:
                # Grow in round steps, and never shrink during a run: every change of the
                # limits means a full redraw, so they should change a handful of times a run.
                self.loss_axes.set_ylim(0, _round_up(top * 1.05), auto=None)
        if self.accuracy_axes in self._dirty:
            low = self.accuracy_axes.dataLim.y0
            if math.isfinite(low) and low < self.accuracy_axes.get_ylim()[0]:
                self.accuracy_axes.set_ylim(max(0.0, math.floor(low * 10) / 10), 1.005,
                                            auto=None)
        self._dirty.clear()
        self._artists.hint.set_visible(False)
        self.render()

    # -- pictures --------------------------------------------------------------------------

    def render(self) -> None:
        """Have the newest state drawn in the worker (once the plot can be seen)."""
        self._stale = True
        if not (self._ready and on_screen(self) and self.width() > 1 and self.height() > 1):
            return  # drawn when next painted
        if self._task.is_busy():
            return  # asked again when the picture under way arrives
        self._stale = False
        state, twin, key = self._state(), self._twin, self._key  # not the widget itself
        self._task.start(lambda: draw_curves(key, twin, state))

    def _state(self) -> State:
        curves = {name: (np.array(series.x), np.array(series.y))  # copies: the lists grow
                  for name, series in self._curves.items()}
        limits = (self.loss_axes.get_xlim(), self.loss_axes.get_ylim(),
                  self.accuracy_axes.get_ylim())
        return State(curves, limits, self._stacked, self._artists.hint.get_visible(),
                      theme.colours(), theme.matplotlib_style(),
                      (self.width(), self.height(), self.devicePixelRatioF()), self._cursor)

    def save_figure(self, path: str | Path) -> None:
        """The curves as they are now, saved to ``path`` (.png or .svg) in the background;
        :attr:`saved` says when."""
        state, target = self._state(), Path(path)
        self._saver.start(lambda: save_figure(state, target))

    def _save_dialog(self) -> None:
        path = figure_files.ask_path(self, "training-curves")
        if path is not None:
            self.save_figure(path)

    def is_busy(self) -> bool:
        """A picture of the newest state is still to come."""
        return self._task.is_busy() or (self._stale and on_screen(self))

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Drop any drawing under way and wait for its thread (closing the window)."""
        self._task.cancel()
        return self._task.wait(timeout_ms) and self._saver.wait(timeout_ms)

    def _show_picture(self, image: QImage) -> None:
        self._image = image
        self.draw_count += 1
        self.update()
        self.rendered.emit()
        if self._stale:
            self.render()

    @staticmethod
    def _drawing_failed(message: str) -> None:
        # A bug, not the user's doing: the old picture stays, and the terminal says why.
        print(message, file=sys.stderr, flush=True)

    # -- Qt --------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        paint_picture(self, self._image)  # scaled while one of the new size is drawn
        if self._stale:  # back in sight (shown, or its tab chosen): draw what is new
            QTimer.singleShot(0, self, self._catch_up)

    def _catch_up(self) -> None:
        if self._stale:
            self.render()

    def set_stacked(self, stacked: bool) -> None:
        """Loss above accuracy (narrow places) or beside it (wide ones)."""
        if stacked != self._stacked:
            self._stacked = stacked
            self._artists.set_stacked(stacked)

    def resizeEvent(self, event: QResizeEvent) -> None:
        size = event.size()
        if size.height() > 0:
            self.set_stacked(size.width() < STACK_BELOW_ASPECT * size.height())
        super().resizeEvent(event)
        self.render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._ready:
            self.render()
        super().changeEvent(event)

    def _on_colour_scheme_changed(self, _scheme) -> None:
        self.render()
