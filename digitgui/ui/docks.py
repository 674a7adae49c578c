"""The window's docks (training, models, handwriting, evaluation, inside the network, ...),
each built the first time it is shown.

Building them all up front would import matplotlib and draw three figures before the window
could appear; built on first show, the window opens with the canvas and the answer ready and
each dock fills in a moment later, when it is first looked at. A dock whose module the
window's :class:`~digitgui.ui.preload.Preloader` is still importing waits for it, showing
"Loading…", rather than import it on the GUI thread.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from digitgui.ui import turns, wheel_guard
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate
from digitgui.ui.preload import Preloader

DOCK_TITLES = (
    QT_TRANSLATE_NOOP("Docks", "Training"), QT_TRANSLATE_NOOP("Docks", "Models"),
    QT_TRANSLATE_NOOP("Docks", "My handwriting"), QT_TRANSLATE_NOOP("Docks", "Evaluation"),
    QT_TRANSLATE_NOOP("Docks", "Inside the network"),
    QT_TRANSLATE_NOOP("Docks", "Teach it this digit"),
    QT_TRANSLATE_NOOP("Docks", "Forward propagation"),
    QT_TRANSLATE_NOOP("Docks", "Backpropagation"), QT_TRANSLATE_NOOP("Docks", "Experiments"),
    QT_TRANSLATE_NOOP("Docks", "How it works"))
"""The titles the window gives its docks (in English; shown translated)."""


def on_screen(widget: QWidget) -> bool:
    """Whether ``widget`` can be seen: shown, and not in a dock behind another dock's tab (Qt
    keeps those "visible", with nothing of them on screen). A widget that does work only to
    show it checks this, and catches up in its ``paintEvent``, which comes when its tab is
    chosen."""
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


class FollowsWhileSeen:
    """For a view that works out something for the newest inputs in a worker, only while it
    can be seen: :meth:`_changed` asks at once if it is on screen and its worker is free,
    else marks the view stale, and the next paint (its tab chosen again, the worker's answer
    shown) catches up. The view has ``_task`` (a BackgroundTask), ``_stale`` and
    ``_request()`` (which clears ``_stale`` and starts the work). Mixed in before QWidget."""

    def is_busy(self) -> bool:
        """Still working towards the newest inputs."""
        return self._task.is_busy() or (self._stale and on_screen(self))

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._stale and not self._task.is_busy():  # back in sight: catch up
            QTimer.singleShot(0, self, self._catch_up)

    def _catch_up(self) -> None:
        if self._stale and not self._task.is_busy() and on_screen(self):
            self._request()

    def _changed(self) -> None:
        self._stale = True
        if on_screen(self) and not self._task.is_busy():
            self._request()


class LazyDock(QDockWidget):
    built = Signal(object)
    """The dock's real content was made (and is passed along)."""

    def __init__(self, title: str, name: str, factory: Callable[[], QWidget],
                 window: QMainWindow, modules: tuple[str, ...] = (),
                 preloader: Preloader | None = None):
        super().__init__(translate("Docks", title), window)
        self.setObjectName(name)
        self._factory = factory
        self._modules, self._preloader = modules, preloader
        self._waiting = False  # for the preloader's imports
        self._failed = False
        self._content: QWidget | None = None
        self._made: QWidget | None = None
        """Content made but not yet in the dock (:meth:`_build`'s first half)."""
        self._placeholder = QLabel(translate("LazyDock", "Loading…"))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self.setWidget(self._placeholder)
        self.visibilityChanged.connect(self._visibility_changed)

    @property
    def is_built(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        """The real content, made now if it was not yet."""
        if self._content is None:
            self._content = self._made if self._made is not None else self._factory()
            self._made = None
            self.setWidget(self._content)
            wheel_guard.guard(self._content)
            self.built.emit(self._content)
        return self._content

    def _visibility_changed(self, visible: bool) -> None:
        if visible and self._content is None:
            if self._preloader is not None and not self._preloader.has_loaded(self._modules):
                if not self._waiting:
                    self._waiting = True
                    self._preloader.loaded.connect(self._module_loaded)
                return
            turns.later(self, self._build)  # after the frame that shows the tab

    def _build(self) -> None:
        """The content made for a user looking at the dock, in two turns of the event loop:
        its widgets made, then put in the dock (styled, laid out and painted). Together they
        held the window still for 40-60 ms on a slow machine for the biggest docks (Forward
        propagation, Backpropagation); each half is well under that. Should either fail (a
        part of the install missing or broken: not the user's doing), the dock says so
        instead of "Loading…" for ever, and the details go to the error output."""
        if self._content is not None or self._failed:
            return
        try:
            if self._made is None:
                self._made = self._factory()
                turns.later(self, self._build)
                return
            self.content()
        except Exception as error:  # noqa: BLE001  (any failure: the window carries on)
            self._failed = True
            traceback.print_exc()
            reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
            self._placeholder.setText(translate(
                "LazyDock", "This panel could not be opened ({reason}). Reinstalling "
                "digitgui may help; the details are in the error output.").format(
                    reason=reason))

    def _module_loaded(self, _name: str) -> None:
        if self._preloader.has_loaded(self._modules):
            self._waiting = False
            self._preloader.loaded.disconnect(self._module_loaded)
            self._visibility_changed(on_screen(self))


def make_docks(window: QMainWindow,
               specs: list[tuple[str, str, Callable[[], QWidget], tuple[str, ...]]],
               preloader: Preloader | None = None) -> list[LazyDock]:
    """Lazy docks, tabbed together at the bottom, the first one in front. Each spec is the
    dock's title, object name, content factory and the modules the factory imports."""
    docks = [LazyDock(title, name, factory, window, modules, preloader)
             for title, name, factory, modules in specs]
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, docks[0])
    for dock in docks[1:]:
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        window.tabifyDockWidget(docks[0], dock)
    docks[0].raise_()
    return docks
