"""The window's modules imported in a worker (digitgui.ui.preload), and docks that wait for
theirs: real modules written to a temporary folder, a real worker thread, real docks."""

from __future__ import annotations

import gc
import sys
import threading
import uuid

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from digitgui.ui.docks import make_docks
from digitgui.ui.preload import Preloader


@pytest.fixture
def modules(tmp_path, monkeypatch):
    """Makes importable modules that note the thread importing them; their names."""
    monkeypatch.syspath_prepend(str(tmp_path))
    imported: list[tuple[str, int]] = []
    monkeypatch.setattr(sys.modules[__name__], "IMPORTED", imported, raising=False)
    made: list[str] = []

    def make(body: str = "") -> str:
        name = f"preload_{uuid.uuid4().hex}"
        (tmp_path / f"{name}.py").write_text(
            f"import threading, {__name__} as t\n"
            f"t.IMPORTED.append(({name!r}, threading.get_ident()))\n{body}\n")
        made.append(name)
        return name

    yield make, imported
    for name in made:
        sys.modules.pop(name, None)


def test_modules_are_imported_in_order_off_the_gui_thread(qtbot, modules):
    make, imported = modules
    first, broken = make(), make("raise ValueError('a bad module')")
    last = make("def ahead():\n    t.IMPORTED.append(('ahead', threading.get_ident()))") + ":ahead"
    preloader = Preloader([first, broken, last])
    assert not preloader.has_loaded((first,)) and preloader.has_loaded(("json",))
    told: list[str] = []
    preloader.loaded.connect(told.append)
    preloader.start()
    qtbot.wait_until(preloader.is_done, timeout=10_000)
    # A module that fails is passed over (whoever needs it says why); the next one follows.
    assert told == [first, broken, last]
    # "module:function": the module imported, then its function called, in the worker too.
    assert [name for name, _ in imported] == [first, broken, last.split(":")[0], "ahead"]
    assert all(thread != threading.get_ident() for _, thread in imported)
    assert preloader.is_done() and preloader.has_loaded((first, last))
    assert first in sys.modules and broken not in sys.modules


def test_a_dock_waits_for_its_module_then_fills_in(qtbot, modules):
    make, imported = modules
    slow, own = make("import time\ntime.sleep(0.3)"), make()
    window = QMainWindow()
    qtbot.addWidget(window)
    preloader = Preloader([slow, own], window)
    made: list[int] = []

    def content() -> QLabel:
        made.append(threading.get_ident())
        assert own in sys.modules  # imported by the preloader, not here
        return QLabel("content")

    (dock,) = make_docks(window, [("A", "a-dock", content, (own,))], preloader)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()  # a dock not waiting would be made now
    assert dock.isVisible() and not dock.is_built  # its module is not in yet: "Loading…"
    preloader.start()
    qtbot.wait_until(lambda: dock.is_built, timeout=10_000)
    assert made == [threading.get_ident()]  # the widget itself made on the GUI thread
    assert [name for name, _ in imported] == [slow, own]


def test_the_window_builds_its_front_dock_once_its_modules_are_in(qtbot, window):
    qtbot.wait_until(window.preloader.is_done, timeout=60_000)
    qtbot.wait_until(lambda: window.training_dock.is_built, timeout=10_000)
    assert not window.evaluation_dock.is_built  # the others still wait to be looked at
    # What was made up to here is out of the garbage collector's full passes.
    assert gc.get_freeze_count() > 10_000


def test_the_training_plot_takes_the_figure_made_ahead(qtbot, monkeypatch):
    from digitgui.ui.training import chart
    from digitgui.ui.training.plot import TrainingPlot

    monkeypatch.setattr(chart, "_spare_models", [])  # none left by other tests' windows
    chart.prepare_model()  # as the window's preloader does, in its worker
    chart.prepare_model()  # one is enough
    assert len(chart._spare_models) == 1
    made_ahead = chart._spare_models[0][0]
    plot = TrainingPlot()
    qtbot.addWidget(plot)
    assert plot.figure is made_ahead and not chart._spare_models
    assert plot.loss_axes.figure is made_ahead
    other = TrainingPlot()  # none left: one is made on the spot
    qtbot.addWidget(other)
    assert other.figure is not made_ahead and other.loss_axes.figure is other.figure


def test_a_dock_whose_content_fails_says_so_instead_of_loading_for_ever(qtbot, capfd):
    window = QMainWindow()
    qtbot.addWidget(window)

    def content() -> QLabel:
        raise ImportError("No module named 'a_missing_part'\nmore lines")

    (dock,) = make_docks(window, [("A", "a-dock", content, ())])
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait_until(lambda: "could not be opened" in dock.widget().text(), timeout=5_000)
    text = dock.widget().text()
    assert "No module named 'a_missing_part')" in text and "more lines" not in text
    assert not dock.is_built
    assert "Traceback" in capfd.readouterr().err  # the details, for whoever fixes it
    dock.hide()
    dock.show()  # looked at again: not tried again, the same message
    QApplication.processEvents()
    assert dock.widget().text() == text and not dock.is_built


def test_a_dock_is_made_in_one_turn_and_put_in_place_in_the_next(qtbot):
    """Making a big dock's widgets and laying them out once held the window still for 40-60
    ms on a slow machine; each half now has a turn of the event loop to itself."""
    window = QMainWindow()
    qtbot.addWidget(window)
    made: list[QLabel] = []

    def content() -> QLabel:
        made.append(QLabel("content"))
        return made[-1]

    first, second = make_docks(window, [("A", "a-dock", content, ()),
                                        ("B", "b-dock", content, ())])
    window.show()
    qtbot.waitExposed(window)
    first._build()  # the first turn: made, not yet in the dock
    assert len(made) == 1 and first.widget() is not made[0] and not first.is_built
    qtbot.wait_until(lambda: first.is_built, timeout=5_000)  # the next turn puts it in place
    assert first.widget() is made[0] and first.content() is made[0] and len(made) == 1
    second._build()
    assert second.content() is made[1] and len(made) == 2  # asked for meanwhile: not made twice
    QApplication.processEvents()
    assert second.widget() is made[1] and len(made) == 2
