"""The docks' modules imported in a worker thread while the window is already up.

Each dock is built the first time it is shown (``ui/docks.py``), and its module imported then:
the Training dock in front at launch brought matplotlib and its charts in, 0.5 s of the GUI
thread just after the window appeared (measured under ``bench/gui_stall.py``: nothing could be
drawn or clicked meanwhile), and the first look at Experiments 12 ms more for its Runs tab.
Importing is Python's own work, which lets the GUI thread in every few milliseconds, so here
the modules are imported one by one in a :class:`~digitgui.ui.background.BackgroundTask`, and
a dock asked for before its module is in waits for it with its "Loading…" placeholder, the
window answering all the while. Making the widgets stays on the GUI thread (Qt's rule).

Once all are in, what the process has made so far (modules, classes, the window) is frozen
out of Python's full garbage collections (``gc.freeze``): such a collection walks every object
that may be in a cycle, holding the interpreter's lock, and with the modules loaded it took
32 ms of CPU, in whichever thread happened to trigger it (a worker drawing a chart, say), the
window waiting meanwhile: seen as a 45 ms stall after a pen stroke. With them frozen, 2.5 ms.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from digitgui.ui.background import BackgroundTask
from digitgui.ui.i18n import translate


class Preloader(QObject):
    """Imports ``modules`` in order, one job each, in a worker thread; see the module
    docstring. Modules it has not reached are imported as usual by whoever needs them first.
    An entry "module:function" calls that function of the module too."""

    loaded = Signal(str)
    """A module is imported (or failed to: whoever needs it will then say why)."""

    PAUSE_MS = 100
    """How long the worker rests before each import: the GUI thread paints the window, or
    builds and paints the dock an import has just made possible, without competing for the
    interpreter's lock (or waiting on the module the worker is importing). At launch, from the
    window's show to its front dock built (four runs each): the longest stall 43-67 ms without
    the pauses (the first paint beside the imports), 27-33 ms with them; the dock is there
    0.3 s later (0.8 s after the show)."""

    def __init__(self, modules: Iterable[str], parent: QObject | None = None):
        super().__init__(parent)
        self._waiting = list(dict.fromkeys(modules))
        self._task = BackgroundTask(translate("Preloader", "Loading the window's parts"), self)
        self._task.finished.connect(self._imported)
        self._task.failed.connect(lambda _message: self._imported(self._waiting[0]))

    def start(self) -> None:
        """Imports the modules, the first after a pause (:attr:`PAUSE_MS`)."""
        QTimer.singleShot(self.PAUSE_MS, self, self._next)

    def _next(self) -> None:
        if self._waiting and not self._task.is_busy():
            name = self._waiting[0]
            self._task.start(lambda: _import(name))

    def is_done(self) -> bool:
        return not self._waiting

    def has_loaded(self, modules: tuple[str, ...]) -> bool:
        """Whether ``modules`` may be imported now without waiting for the worker: imported
        by it already, or never to be."""
        return not any(module in self._waiting for module in modules)

    def _imported(self, name: str) -> None:
        self._waiting.remove(name)
        if not self._waiting:
            _freeze_once()
        self.loaded.emit(name)
        if self._waiting:
            self.start()


_frozen: list[bool] = []


def _freeze_once() -> None:
    """The objects made so far out of full collections (see the module docstring); once in a
    process: the window's are what matters (a test session opening many windows would freeze
    each closed one's leftovers too, never to be collected)."""
    if not _frozen:
        _frozen.append(True)
        gc.freeze()


def _import(name: str) -> str:
    """Imports the module ``name``; "module:function" also calls that function of it (work
    to do ahead, such as :func:`digitgui.ui.training.chart.prepare_model`)."""
    module, _, function = name.partition(":")
    imported = importlib.import_module(module)
    if function:
        getattr(imported, function)()
    return name
