"""Issue 10, no stall anywhere: the training curves and the files the window writes (a
sample, a drawing, the default model) are made in a worker thread. As in
``test_ui_responsive.py``, the worker is held inside the slow step until the GUI thread has
shown that it kept running, so a blocking implementation fails instead of passing slowly."""

from __future__ import annotations

import shutil
import threading

from PySide6.QtCore import Qt

import digitgui.ui.drawing_files as drawing_files
from digitgui.core import paths
from digitgui.core.models import bundle as bundles
from digitgui.ui.training.plot import TrainingPlot
from tests.drawing import strokes_of
from tests.qt_input import draw_on_paper
from tests.test_ui_responsive import ticking  # noqa: F401  (a fixture)


def test_the_training_curves_are_drawn_in_the_background(qtbot, ticking, monkeypatch):  # noqa: F811
    from digitgui.ui.training import plot as plots

    draw = plots.draw_curves

    def held(key, twin, state):
        ticking.hold()
        return draw(key, twin, state)

    monkeypatch.setattr(plots, "draw_curves", held)
    plot = TrainingPlot()
    qtbot.addWidget(plot)
    plot.resize(700, 300)
    with qtbot.waitSignal(plot.rendered, timeout=15_000):
        plot.show()  # shown: the whole figure is drawn, its layout worked out
    assert threading.get_ident() not in ticking.threads and plot.draw_count == 1
    ticking.open.clear()
    with qtbot.waitSignal(plot.rendered, timeout=15_000):
        plot.reset(epochs=3)  # a Train click
        plot.add_batch({"epoch": 1, "epochs": 3, "step": 1, "steps": 10, "loss": 9.0})
        plot.flush()  # the loss axis grows: a whole figure again
        assert plot.is_busy()
    qtbot.waitUntil(lambda: not plot.is_busy(), timeout=15_000)
    assert plot.loss_axes.get_ylim()[1] >= 9.0


def test_a_sample_is_saved_in_the_background(window, qtbot, ticking, monkeypatch,  # noqa: F811
                                             embedded):
    x, y = embedded
    library = window.handwriting.library
    add = library.add

    def held(*args, **kwargs):
        ticking.hold()
        return add(*args, **kwargs)

    monkeypatch.setattr(library, "add", held)
    draw_on_paper(window.canvas, strokes_of(x[y == 4][0]))
    window.canvas.setFocus()
    with qtbot.waitSignal(window.handwriting.sampleSaved, timeout=15_000):
        qtbot.keyClick(window.canvas, Qt.Key.Key_4)
        assert window.canvas.is_empty() and window.handwriting.is_saving()
    assert threading.get_ident() not in ticking.threads
    assert "Saved as a 4" in window.banner.label.text()
    assert window.samples_view.filter_buttons[4].text() == "4 (1)"


def test_the_drawing_is_saved_in_the_background(window, qtbot, ticking, monkeypatch,  # noqa: F811
                                                tmp_path):
    write = drawing_files.atomic.write_bytes

    def held(path, data):
        ticking.hold()
        return write(path, data)

    monkeypatch.setattr(drawing_files.atomic, "write_bytes", held)
    draw_on_paper(window.canvas, [[(0.4, 0.1), (0.45, 0.9)]])
    window.save_drawing(tmp_path / "mine.png")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Saved mine.png",
                    timeout=15_000)
    assert threading.get_ident() not in ticking.threads
    assert (tmp_path / "mine.png").stat().st_size > 0


def test_a_kept_model_becomes_the_default_in_the_background(window, qtbot, ticking,  # noqa: F811
                                                            monkeypatch, tiny_bundle):
    mine = paths.user_models_dir() / "tiny"
    shutil.copytree(tiny_bundle, mine)
    new = bundles.load_bundle(mine)
    set_default = bundles.set_default

    def held(bundle):
        ticking.hold()
        return set_default(bundle)

    monkeypatch.setattr(bundles, "set_default", held)
    controller = window.handwriting
    controller.ask_to_keep = lambda _report, _new: True
    with qtbot.waitSignal(controller.fineTuneFinished, timeout=15_000) as finished:
        controller._compared((None, new))  # what the before/after report's answer leads to
        assert controller.is_fine_tuning()  # still filing it away
    assert finished.args == [new, True] and threading.get_ident() not in ticking.threads
    assert bundles.resolve("default").path == new.path.resolve()
