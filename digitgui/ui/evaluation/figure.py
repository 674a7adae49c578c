"""A matplotlib chart drawn away from the window's thread and shown as a picture, in the
window's light or dark theme.

Drawing the three evaluation charts (constrained layout, a hundred numbers in the confusion
matrix) takes 150 to 300 ms each, which on the GUI thread froze the window whenever Evaluation
was first shown, an evaluation came back or the model changed, and in a worker thread of the
window's process held Python's lock against it nearly all that time. So each chart is drawn
off screen with matplotlib's Agg renderer in the charts' own process
(:mod:`~digitgui.ui.chart_process`), asked and waited for by a
:class:`~digitgui.ui.background.BackgroundTask`, on a fresh ``Figure`` of the widget's size,
and the finished picture is handed over and painted (in the worker thread as before wherever
that process cannot run). While a new picture is being drawn the old one stays (scaled, if
the widget was resized); a chart out of sight (hidden, or behind another dock's tab) is drawn
when it is next painted.

Subclasses give the data to draw (:meth:`ThemedFigure.state`, taken on the GUI thread: plain,
picklable data) and a function that draws it (:meth:`ThemedFigure.draw`, run in that process
with plain data and the theme's colours only: it must not touch the widget or Qt, except for
``translate``). The artists it returns (the axes, the bars, ...) come back with the figure and
become the widget's attributes once the picture is shown, for clicks and tests.
"""

from __future__ import annotations

import pickle
import sys
import threading
from pathlib import Path
from typing import Any

import matplotlib
import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QImage
from PySide6.QtWidgets import QDockWidget, QSizePolicy, QWidget

from digitgui.ui import chart_process, figure_files, theme
from digitgui.ui.background import BackgroundTask
from digitgui.ui.docks import on_screen
from digitgui.ui.i18n import translate
from digitgui.ui.qimage import paint_picture

STYLE_LOCK = threading.Lock()
"""matplotlib's style (rcParams) is one for the whole process, and a chart is styled by
setting it while its artists are made: one chart is drawn at a time, and any other code that
sets the style off the GUI thread's usual path should hold this lock while it does."""

BASE_DPI = 100.0
NARROW_INCHES = 3.0
"""A chart narrower than this (300 logical pixels) has no room for long titles, many ticks or
level labels side by side: the charts draw a leaner version of themselves."""


def is_narrow(figure: Figure) -> bool:
    return figure.get_figwidth() < NARROW_INCHES


def readable_on(colour, colours: theme.Colours) -> str:
    """The theme's text or background colour, whichever reads better on ``colour``."""
    r, g, b = to_rgb(colour)
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    dark, light = sorted((colours.text, colours.background), key=lambda name: sum(to_rgb(name)))
    return dark if luminance > 0.55 else light


class _Picture:
    """A drawn chart: its image, and its figure and named artists, read from their pickle
    only when first asked for (a click, a test): unpickling is 10 ms and more of Python in
    a worker that made the window wait for its lock at every step of a dock's layout."""

    def __init__(self, image: QImage, names: tuple[str, ...], pickled: bytes | None = None,
                 drawn: tuple[Figure, dict[str, Any]] | None = None):
        self.image, self.names = image, names
        self._pickled, self._drawn = pickled, drawn

    def contents(self) -> tuple[Figure, dict[str, Any]]:
        if self._drawn is None:
            self._drawn = pickle.loads(self._pickled)  # from our own helper
            self._pickled = None
        return self._drawn


def _figure(draw, state: Any, colours: theme.Colours, width: int, height: int,
            dpi: float) -> tuple[Figure, dict[str, Any]]:
    """The chart drawn anew on a figure of ``width`` x ``height`` logical pixels (within the
    caller's ``rc_context``): the figure and the artists ``draw`` named."""
    figure = Figure(figsize=(width / BASE_DPI, height / BASE_DPI), dpi=dpi,
                    layout="constrained")
    FigureCanvasAgg(figure)
    figure.set_facecolor(colours.background)
    return figure, draw(figure, state, colours)


def _rendered(draw, state: Any, colours: theme.Colours, style: dict, width: int, height: int,
              ratio: float) -> tuple[Figure, dict[str, Any], np.ndarray]:
    with matplotlib.rc_context(style):
        figure, artists = _figure(draw, state, colours, width, height, BASE_DPI * ratio)
        figure.canvas.draw()
    return figure, artists, np.asarray(figure.canvas.buffer_rgba())


def _saved(draw, state: Any, colours: theme.Colours, style: dict, width: int, height: int,
           path: Path) -> Path:
    with matplotlib.rc_context(style):
        figure, _artists = _figure(draw, state, colours, width, height, BASE_DPI)
        return figure_files.write(figure, path, colours.background)


def render_for_window(draw, state: Any, colours: theme.Colours, style: dict, width: int,
                      height: int, ratio: float) -> tuple[np.ndarray, bytes, tuple[str, ...]]:
    """In the charts' process (``chart_process.py``): the picture's pixels, the figure with
    its named artists, pickled, and their names."""
    figure, artists, pixels = _rendered(draw, state, colours, style, width, height, ratio)
    return (pixels, pickle.dumps((figure, artists), protocol=pickle.HIGHEST_PROTOCOL),
            tuple(artists))


def there_or_here(work, *arguments: Any, here=None) -> Any:
    """In a worker thread: ``work(*arguments)`` done by the charts' process if it can, else
    in this thread (``here()`` instead, if given), one drawing at a time."""
    with chart_process.EXCHANGE_LOCK:
        answer = chart_process.ask(chart_process.request(work, *arguments))
    if answer is not None:
        return answer
    with STYLE_LOCK:  # matplotlib's style is one for the whole process
        return here() if here is not None else work(*arguments)


def _save_off_screen(draw, state: Any, colours: theme.Colours, style: dict, width: int,
                     height: int, path: Path) -> Path:
    """In the worker thread: the chart drawn anew and written to ``path`` (PNG or SVG)."""
    figure_files.check_suffix(path)
    return there_or_here(_saved, draw, state, colours, style, width, height, path)


def _draw_off_screen(draw, state: Any, colours: theme.Colours, style: dict, width: int,
                     height: int, ratio: float, seen: threading.Event) -> _Picture | None:
    """In the worker thread: a new figure of ``width`` x ``height`` logical pixels drawn by
    ``draw(figure, state, colours)`` into an image, by the charts' process if it can; None,
    undrawn, if the chart is out of sight (``seen`` clear) by the time its turn comes."""
    with chart_process.EXCHANGE_LOCK:
        if not seen.is_set():
            # Its tab left for another while the charts before it were drawn: drawn when it
            # is seen again (Evaluation's three charts are 0.3-0.7 s of matplotlib).
            return None
        answer = chart_process.ask(chart_process.request(
                render_for_window, draw, state, colours, style, width, height, ratio))
    if answer is not None:
        pixels, pickled, names = answer
        return _Picture(image_of(pixels, ratio), names, pickled=pickled)
    with STYLE_LOCK:  # no helper here: drawn in this thread, one chart at a time
        if not seen.is_set():
            return None
        figure, artists, pixels = _rendered(draw, state, colours, style, width, height, ratio)
    return _Picture(image_of(pixels, ratio), tuple(artists), drawn=(figure, artists))


def image_of(pixels: np.ndarray, ratio: float) -> QImage:
    """A drawn figure's RGBA pixels as a QImage with its own memory, for ``ratio``."""
    image = QImage(pixels.data, pixels.shape[1], pixels.shape[0], pixels.strides[0],
                   QImage.Format.Format_RGBA8888).copy()  # its own memory, not the buffer's
    image.setDevicePixelRatio(ratio)
    return image


class ThemedFigure(QWidget):
    """A chart drawn in the background; subclasses give :meth:`state` and :meth:`draw`."""

    rendered = Signal()
    """A new picture is shown (its artists are the widget's attributes now)."""
    saved = Signal(str)
    """A line for the status bar: the figure was saved, or why it could not be."""

    def __init__(self, figsize: tuple[float, float], parent: QWidget | None = None):
        super().__init__(parent)
        self._ready = False  # Qt may send a PaletteChange before the subclass is set up
        self._stale = True  # the picture does not show the newest state (or there is none)
        self._picture: _Picture | None = None
        self._size_hint = (round(figsize[0] * BASE_DPI), round(figsize[1] * BASE_DPI))
        self._seen = threading.Event()  # shown, not hidden since (read by the worker)
        self._follows_dock = False
        self._task = BackgroundTask(translate("ThemedFigure", "Drawing a chart"), self)
        self._task.finished.connect(self._show_picture)
        self._task.failed.connect(self._drawing_failed)
        self._saver = BackgroundTask(translate("ThemedFigure", "Saving the figure"), self)
        self._saver.finished.connect(lambda path: self.saved.emit(translate("ThemedFigure",
                "Saved {path}").format(path=path)))
        self._saver.failed.connect(self.saved.emit)
        self.save_action = QAction(translate("ThemedFigure", "Save figure…"), self)
        self.save_action.setToolTip(translate("ThemedFigure",
                "Save this chart as a PNG or SVG file"))
        self.save_action.triggered.connect(self.save_dialog)
        self.addAction(self.save_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 140)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_colour_scheme_changed)

    def sizeHint(self) -> QSize:
        return QSize(*self._size_hint)

    def finish_setup(self) -> None:
        """Called by subclasses at the end of their ``__init__``: draw for the first time."""
        self._ready = True
        self.render()

    def render(self) -> None:
        """Draw the chart again from the subclass's state, in the current theme's colours (in
        the background, and only once it is visible)."""
        self._stale = True
        if self._ready and on_screen(self) and self.width() > 1 and self.height() > 1:
            self._stale = False
            draw, state = type(self).draw, self.state()
            colours, style = theme.colours(), theme.matplotlib_style()
            width, height, ratio = self.width(), self.height(), self.devicePixelRatioF()
            seen = self._seen
            seen.set()  # on screen now, whatever the order of the show events
            self._task.start(lambda: _draw_off_screen(draw, state, colours, style, width,
                                                      height, ratio, seen))

    def save_figure(self, path: str | Path) -> None:
        """Save the chart as it is now to ``path`` (``.png`` or ``.svg``), in the background;
        :attr:`saved` says when it is done."""
        path = Path(path)
        draw, state = type(self).draw, self.state()
        colours, style = theme.colours(), theme.matplotlib_style()
        width, height = max(self.width(), 320), max(self.height(), 240)
        self._saver.start(lambda: _save_off_screen(draw, state, colours, style, width, height,
                                                   path))

    def save_dialog(self) -> None:
        target = figure_files.ask_path(self, self.file_stem)
        if target is not None:
            self.save_figure(target)

    @property
    def file_stem(self) -> str:
        """The name a saved figure is offered under."""
        return (self.accessibleName() or "figure").lower().replace(" ", "-")

    def is_busy(self) -> bool:
        """A picture of the newest state is still to come."""
        return self._task.is_busy() or (self._stale and on_screen(self))

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Drop any drawing under way and wait for its thread (closing the window)."""
        self._task.cancel()
        return self._task.wait(timeout_ms) and self._saver.wait(timeout_ms)

    def state(self) -> Any:  # pragma: no cover - always overridden
        """What to draw, as plain data the worker may read while the GUI thread goes on."""
        raise NotImplementedError

    @staticmethod
    def draw(figure: Figure, state: Any, colours: theme.Colours) -> dict[str, Any]:
        """Draw ``state`` on ``figure`` (in the worker); the artists to keep, by name."""
        raise NotImplementedError  # pragma: no cover - always overridden

    def figure_point(self, position: QPointF) -> tuple[float, float] | None:
        """Where a point of the widget is in the shown figure's display coordinates (pixels
        from the bottom left, as matplotlib's transforms take them)."""
        if self.figure is None:
            return None
        box = self.figure.bbox
        return (position.x() * box.width / self.width(),
                (self.height() - position.y()) * box.height / self.height())

    def widget_point(self, x: float, y: float) -> QPointF:
        """The inverse of :meth:`figure_point`."""
        box = self.figure.bbox
        return QPointF(x * self.width() / box.width,
                       self.height() - y * self.height() / box.height)

    @staticmethod
    def _drawing_failed(message: str) -> None:
        # A bug, not the user's doing: the old picture stays, and the terminal says why, as
        # for any other bug in a slot (see digitgui.ui.app).
        print(message, file=sys.stderr, flush=True)

    @property
    def figure(self) -> Figure | None:
        """The figure of the picture shown (drawn elsewhere: read it, never draw on it)."""
        return None if self._picture is None else self._picture.contents()[0]

    def __getattr__(self, name: str) -> Any:
        # The shown picture's artists, by the names its draw gave them (``self.axes``, ...).
        picture = self.__dict__.get("_picture")
        if picture is not None and name in picture.names:
            return picture.contents()[1][name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _show_picture(self, picture: _Picture | None) -> None:
        if picture is None:  # out of sight when its turn came: drawn when seen again
            self._stale = True
            return
        for name in picture.names:
            self.__dict__.pop(name, None)  # a placeholder set before the first picture
        self._picture = picture
        self.update()
        self.rendered.emit()

    # ---- Qt -------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        paint_picture(self, None if self._picture is None else self._picture.image)
        if self._stale:  # back in sight (shown, or its tab chosen): draw what is new
            QTimer.singleShot(0, self, self._catch_up)

    def showEvent(self, event) -> None:
        self._seen.set()
        super().showEvent(event)
        if not self._follows_dock:  # a dock behind another's tab stays "visible" to Qt
            self._follows_dock = True
            dock = self.parent()
            while dock is not None and not isinstance(dock, QDockWidget):
                dock = dock.parent()
            if dock is not None:
                dock.visibilityChanged.connect(self._dock_visibility_changed)

    def _dock_visibility_changed(self, visible: bool) -> None:
        if visible:
            self._seen.set()
        else:
            self._seen.clear()

    def hideEvent(self, event) -> None:
        self._seen.clear()
        super().hideEvent(event)

    def _catch_up(self) -> None:
        if self._stale:
            self.render()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._ready:
            self.render()
        super().changeEvent(event)

    def _on_colour_scheme_changed(self, _scheme) -> None:
        self.render()
