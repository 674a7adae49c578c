"""Issue 10, no stall anywhere: what takes time runs in a worker thread while the GUI thread
goes on. Each test holds the worker inside the slow step until the GUI thread has shown that
it kept running (a timer ticking), so a blocking implementation fails instead of passing
slowly."""

from __future__ import annotations

import os
import shutil
import sys
import threading

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

import digitgui.ui.prediction_service as service_module
from digitgui.core import paths
from digitgui.core.models import archive
from digitgui.core.models import bundle as bundles
from digitgui.ui.docks import on_screen
from digitgui.ui.evaluation import PerDigitChart
from digitgui.ui.model_picker import ModelPicker
from tests.drawing import draw_digit, strokes_of
from tests.qt_input import draw_on_paper

TICKS = 5


class Gate:
    """Holds a worker thread in a patched function until the GUI thread has ticked."""

    def __init__(self):
        self.open = threading.Event()
        self.threads: list[int] = []

    def hold(self) -> None:
        self.threads.append(threading.get_ident())
        assert self.open.wait(10), "the GUI thread was blocked: its timer never opened the gate"


@pytest.fixture
def ticking(qtbot):
    """A 5 ms timer on the GUI thread that opens ``gate`` after a few ticks."""
    gate, ticks = Gate(), []

    def tick() -> None:
        ticks.append(1)
        if len(ticks) >= TICKS:
            gate.open.set()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    yield gate
    timer.stop()


@pytest.fixture
def held_predictor(monkeypatch, ticking):
    """Predictor.for_bundle, as the prediction service calls it, held at the gate."""
    make = service_module.Predictor.for_bundle

    def held(bundle, *args, **kwargs):
        ticking.hold()
        return make(bundle, *args, **kwargs)

    monkeypatch.setattr(service_module.Predictor, "for_bundle", staticmethod(held))
    return ticking


def test_switching_models_keeps_the_window_running(window, qtbot, tiny_bundle, held_predictor):
    mine = paths.user_models_dir() / "tiny"
    shutil.copytree(tiny_bundle, mine)
    new = bundles.load_bundle(mine)
    old = window.service.bundle
    with qtbot.waitSignal(window.service.loadingChanged, timeout=5000):
        window.model_picker.activeModelChanged.emit(new)  # what Use in Models does
    # Until the new model is ready the old one answers, and the status bar says what is on.
    assert window.service.bundle is old and window.service.loading is new
    assert f"loading {new.name}" in window.model_label.text()
    with qtbot.waitSignal(window.service.modelChanged, timeout=15_000):
        pass
    assert threading.get_ident() not in held_predictor.threads
    assert window.service.bundle is new and window.service.loading is None
    assert window.model_label.text().startswith(f"Model: {new.name} (seed)")


def test_only_the_model_asked_for_last_is_switched_to(window, qtbot, tiny_bundle,
                                                      held_predictor):
    mine = paths.user_models_dir() / "tiny"
    shutil.copytree(tiny_bundle, mine)
    changed = []
    window.service.modelChanged.connect(changed.append)
    window.service.load(bundles.load_bundle(mine))
    shipped = bundles.load_bundle(paths.shipped_model_dir())
    window.service.load(shipped)  # changed their mind before the first one was ready
    qtbot.waitUntil(lambda: window.service.loading is None, timeout=15_000)
    assert [bundle.path for bundle in changed] == [shipped.path]
    assert window.service.bundle is shipped


def test_a_model_that_cannot_load_is_a_message_and_the_old_one_stays(window, qtbot,
                                                                     tiny_bundle):
    broken = paths.user_models_dir() / "broken"
    shutil.copytree(tiny_bundle, broken)
    bundle = bundles.load_bundle(broken)
    (broken / "model.tflite").write_bytes(b"TFL3" * 4)  # passes the check, fails in LiteRT
    old = window.service.bundle
    with qtbot.waitSignal(window.service.failed, timeout=10_000) as failed:
        window.service.load(bundle)
    assert "cannot be loaded" in failed.args[0]
    assert window.service.bundle is old and window.service.loading is None
    assert window.model_label.text().startswith(f"Model: {old.name}")


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """QMessageBox.warning, recorded instead of shown (a modal box would stop the test)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text, *a, **k: shown.append(f"{title}: {text}"))
    return shown


def test_the_models_are_listed_in_the_background(qtbot, ticking, monkeypatch, warnings):
    list_bundles = bundles.list_bundles

    def held(*args, **kwargs):
        ticking.hold()
        return list_bundles(*args, **kwargs)

    monkeypatch.setattr(bundles, "list_bundles", held)
    picker = ModelPicker()
    qtbot.addWidget(picker)
    picker.show()
    # The table is there at once; a line says what is going on, and the buttons wait.
    assert picker.doing.text() == "Listing models…" and not picker.doing.isHidden()
    assert not picker.buttons["Import"].isEnabled()
    with qtbot.waitSignal(picker.listed, timeout=15_000):
        pass
    assert threading.get_ident() not in ticking.threads and warnings == []
    assert picker.table.rowCount() == 1 and picker.selected_bundle().shipped
    assert picker.doing.isHidden() and picker.buttons["Import"].isEnabled()


def test_importing_a_model_copies_it_in_the_background(qtbot, ticking, monkeypatch, warnings,
                                                       tiny_bundle, tmp_path):
    picker = ModelPicker()
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitUntil(picker.doing.isHidden, timeout=10_000)
    packed = archive.export_archive(bundles.load_bundle(tiny_bundle), tmp_path / "tiny.zip")
    import_archive = archive.import_archive

    def held(*args, **kwargs):
        ticking.hold()
        return import_archive(*args, **kwargs)

    monkeypatch.setattr(archive, "import_archive", held)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(packed), ""))
    with qtbot.waitSignal(picker.message, timeout=15_000) as message:
        qtbot.mouseClick(picker.buttons["Import"], Qt.MouseButton.LeftButton)
        assert picker.doing.text() == "Importing tiny.zip…"
    assert "Imported" in message.args[0] and warnings == []
    assert threading.get_ident() not in ticking.threads
    assert picker.table.rowCount() == 2 and not picker.selected_bundle().shipped


def test_a_chart_is_drawn_in_the_background(qtbot, ticking, monkeypatch):
    draw = PerDigitChart.draw

    def held(figure, state, colours):
        ticking.hold()
        return draw(figure, state, colours)

    chart = PerDigitChart()
    qtbot.addWidget(chart)
    chart.resize(400, 240)
    chart.show()
    qtbot.waitUntil(lambda: not chart.is_busy(), timeout=10_000)  # the empty chart
    monkeypatch.setattr(PerDigitChart, "draw", staticmethod(held))
    with qtbot.waitSignal(chart.rendered, timeout=15_000):
        chart.set_accuracy([0.9 + d / 100 for d in range(10)], 0.95)
        assert chart.is_busy() and len(chart.axes.patches) == 0  # the old picture, meanwhile
    assert threading.get_ident() not in ticking.threads
    assert len(chart.axes.patches) == 10 and not chart.is_busy()


def test_a_view_behind_another_tab_waits_for_its_tab(window, qtbot, embedded):
    """Qt keeps a dock behind another tab "visible": the view must see that it is out of
    sight, do nothing, and catch up when its tab is chosen."""
    x, y = embedded
    view = window.inside_dock.content()
    window.inside_dock.raise_()
    qtbot.waitUntil(lambda: not view.is_busy() and on_screen(view), timeout=10_000)
    window.models_dock.raise_()
    qtbot.waitUntil(lambda: not on_screen(view), timeout=5000)
    updates = []
    view.updated.connect(lambda: updates.append(1))
    with qtbot.waitSignal(window.service.predicted, timeout=5000):
        draw_on_paper(window.canvas, strokes_of(x[y == 3][0]))
    assert view.isVisible() and not view.is_busy() and updates == []  # no work for nobody
    with qtbot.waitSignal(view.updated, timeout=10_000):
        window.inside_dock.raise_()
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=10_000)
    shown = view.forward_pass.pixels.reshape(28, 28)
    assert np.array_equal(shown, window.service.last_prediction.prepared.pixels)


def test_opening_a_picture_reads_it_in_the_background(window, qtbot, ticking, monkeypatch,
                                                     tmp_path, embedded):
    import digitgui.ui.main_window as window_module

    x, y = embedded
    path = tmp_path / "seven.png"
    Image.fromarray(draw_digit(x[y == 7][0], height=200)).save(path)
    read = window_module.read_image

    def held(source):
        ticking.hold()
        return read(source)

    monkeypatch.setattr(window_module, "read_image", held)
    with qtbot.waitSignal(window.service.predicted, timeout=15_000):
        window.open_image(path)  # File > Open and a drop both come here
        assert window.canvas.drawing.picture is None  # not yet: it is being read
    assert threading.get_ident() not in ticking.threads
    assert window.canvas.drawing.picture is not None


@pytest.mark.skipif(sys.platform != "linux", reason="a thread's own priority is Linux's")
def test_workers_run_below_the_window(qtbot):
    """A worker (and the threads it starts, LiteRT's among them) yields the cores to the GUI
    thread: on two cores an evaluation's threads otherwise stalled the window."""
    from digitgui.core.priority import NICENESS
    from digitgui.ui.background import BackgroundTask

    def niceness() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    task = BackgroundTask("a test")
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        task.start(niceness)
    window = niceness()
    assert blocker.args[0] == min(19, window + NICENESS) and window == os.nice(0)
    task.wait()


def test_a_chart_whose_tab_was_left_before_its_turn_waits_to_be_seen(qtbot):
    """Charts are drawn one at a time (``chart_process.EXCHANGE_LOCK``). One whose dock went
    behind another tab while the charts before it were drawn is not drawn then (it would take
    the cores from the dock just opened), and is drawn once its tab is chosen again."""
    from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

    from digitgui.ui import chart_process

    window = QMainWindow()
    qtbot.addWidget(window)
    chart = PerDigitChart()
    chart_dock, other_dock = QDockWidget("Chart", window), QDockWidget("Other", window)
    chart_dock.setWidget(chart)
    other_dock.setWidget(QLabel("another tab"))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, chart_dock)
    window.tabifyDockWidget(chart_dock, other_dock)
    window.resize(700, 400)
    window.show()
    chart_dock.raise_()
    qtbot.waitUntil(lambda: on_screen(chart) and not chart.is_busy(), timeout=20_000)
    rendered: list[int] = []
    chart.rendered.connect(lambda: rendered.append(1))
    with chart_process.EXCHANGE_LOCK:  # another chart is being drawn
        chart.set_accuracy([0.9 + d / 100 for d in range(10)], 0.95)
        other_dock.raise_()  # the user moves on meanwhile
        qtbot.waitUntil(lambda: not on_screen(chart), timeout=5_000)
    qtbot.waitUntil(lambda: not chart._task.is_busy(), timeout=10_000)
    assert rendered == [] and len(chart.axes.patches) == 0  # not drawn out of sight
    with qtbot.waitSignal(chart.rendered, timeout=15_000):
        chart_dock.raise_()  # its tab chosen again: drawn now
    assert rendered == [1] and len(chart.axes.patches) == 10
