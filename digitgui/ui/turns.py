"""The window's deferred pieces of work, one per turn of the event loop.

Big views are built a piece at a time so that the window can paint and take input in between
(a dock's widgets made, then put in place; Inside the network's layer cards, a few at a
time). Two things made that split fail, both measured with a 5 ms timer standing for the
window's input and painting (``bench/gui_stall.py``):

- ``QTimer.singleShot(0, ...)`` posts an event in Qt 6, and an event posted while posted events
  are handled runs in the same pass of the loop, no timer or input in between: pieces chained
  so ran two by two (a dock's two halves, 13 and 10 ms, in one 30 ms stall). A zero-interval
  timer is a timer: whatever else is due runs between two of them.
- pieces of different views that came due together (Inside the network still making its
  cards when the next dock was shown) ran back to back: 110 ms once in the bench's tour,
  where each alone is under 40.

So :func:`later` queues every view's pieces in one line, and one timer runs them: one piece a
turn, in the order asked, whoever asked. :class:`ShownOneByOne` uses it to show a panel's
heaviest widgets one a turn after the panel itself.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget


class _Turns(QObject):
    def __init__(self):
        super().__init__()
        self._waiting: deque[tuple[QObject, Callable[[], None]]] = deque()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._run_one)

    def later(self, owner: QObject, piece: Callable[[], None]) -> None:
        self._waiting.append((owner, piece))
        self._schedule()

    def _schedule(self) -> None:
        if self._waiting and not self._timer.isActive():
            self._timer.start()

    def _run_one(self) -> None:
        while self._waiting:
            owner, piece = self._waiting.popleft()
            if shiboken6.isValid(owner):  # its view may have gone meanwhile
                try:
                    piece()
                finally:
                    self._schedule()  # the next piece in the next turn, even if this failed
                return


_turns: list[_Turns] = []


def later(owner: QObject, piece: Callable[[], None]) -> None:
    """Run ``piece()`` in a later turn of the event loop, after every piece asked for before
    it, each in a turn of its own; not at all if ``owner`` is deleted first."""
    if not _turns or not shiboken6.isValid(_turns[0]):
        _turns[:] = [_Turns()]
    _turns[0].later(owner, piece)


def waiting() -> int:
    """How many pieces wait for their turn (the bench and tests wait for none)."""
    return len(_turns[0]._waiting) if _turns and shiboken6.isValid(_turns[0]) else 0


class ShownOneByOne:
    """Widgets kept out of a panel's first showing and shown one a turn once it is on screen.

    A panel's heavy widgets (long rich texts with sub- and superscripts, word-wrapped) are laid
    out and painted with the panel in one turn when it is first shown: Backpropagation's held
    the window 35-39 ms on a fast moment of a slow machine (10 without its texts), Forward
    propagation's 48-51 (19 without). Hidden, a widget is left out of the layout; shown one a
    turn, each costs its own layout and paint (5-14 ms). Their texts are set as usual
    meanwhile, so what a panel shows never waits for anything but its turn."""

    def __init__(self, owner: QWidget):
        self._owner = owner
        self._held: list[QWidget] | None = []
        self._asked = False

    def hold(self, *widgets: QWidget) -> None:
        """Keep ``widgets`` hidden until their turn (shown at once after the first reveal)."""
        if self._held is None:
            return
        for widget in widgets:
            widget.hide()
            self._held.append(widget)

    def owner_shown(self) -> None:
        """Call from the owner's ``showEvent``: the reveal starts a turn later."""
        if self._held is not None and not self._asked:
            self._asked = True
            later(self._owner, self._show_next)

    def is_done(self) -> bool:
        return self._held is None

    def _show_next(self) -> None:
        held = self._held or []
        while held:
            widget = held.pop(0)
            if shiboken6.isValid(widget):  # not made anew meanwhile
                widget.show()
                break
        if held:
            later(self._owner, self._show_next)
        else:
            self._held = None
