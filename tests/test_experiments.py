"""The Experiments dock builds each of its tabs the first time it is chosen (building all four
at once held the window too long), and a tab built late shows the model and the drawing it
missed, as if it had been there all along."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QLabel


def test_the_tabs_are_built_when_first_chosen_and_work(window, qtbot, embedded):
    from digitgui.ui.experiments import LAB, MAP, ROBUSTNESS, RUNS
    from tests.drawing import strokes_of
    from tests.qt_input import draw_on_paper

    qtbot.waitUntil(lambda: window.service.bundle is not None, timeout=5000)
    x, y = embedded
    with qtbot.waitSignal(window.service.predicted, timeout=3000):  # drawn before any tab
        draw_on_paper(window.canvas, strokes_of(x[np.flatnonzero(y == 3)[0]]))
    dock = window.experiments_dock
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: dock.is_built, timeout=5000)
    view = dock.content()
    titles = [view.tabText(index) for index in range(view.count())]
    assert titles == ["Runs", "How robust", "Neuron lab", "Map"]
    # The dock's first show builds the tab in front, and only that one.
    qtbot.waitUntil(lambda: view.is_built(RUNS), timeout=5000)
    assert not any(view.is_built(index) for index in (ROBUSTNESS, LAB, MAP))
    assert all(isinstance(view.widget(index), QLabel) for index in (ROBUSTNESS, LAB, MAP))
    assert view.widget(RUNS) is view.runs and view.currentWidget() is view.runs
    qtbot.waitUntil(lambda: any(run.shipped for run in view.runs.runs()), timeout=10_000)

    view.setCurrentIndex(ROBUSTNESS)  # as a click on its tab does
    qtbot.waitUntil(lambda: view.is_built(ROBUSTNESS), timeout=5000)
    robustness = view.robustness
    assert view.widget(ROBUSTNESS) is robustness and view.currentWidget() is robustness
    assert view.indexOf(robustness) == ROBUSTNESS
    qtbot.waitUntil(lambda: "Read as" in robustness.answer.text(), timeout=10_000)
    assert np.array_equal(robustness.changed_pixels(),
                          window.service.last_prediction.prepared.pixels)
    assert not view.is_built(LAB) and not view.is_built(MAP)

    view.setCurrentIndex(LAB)
    qtbot.waitUntil(lambda: view.is_built(LAB), timeout=5000)
    neuron_lab = view.neuron_lab
    assert view.currentWidget() is neuron_lab
    qtbot.waitUntil(lambda: "Reads" in neuron_lab.answer.text(), timeout=20_000)
    assert neuron_lab.layer_box.count() > 0  # the network it was given when built

    view.setCurrentIndex(MAP)
    qtbot.waitUntil(lambda: view.is_built(MAP), timeout=5000)
    assert view.currentWidget() is view.map_chart.parentWidget()
    assert view.map_button.isEnabled()
    assert [view.tabText(index) for index in range(view.count())] == titles
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=30_000)


def test_a_tab_made_before_the_network_was_read_is_given_it(qtbot):
    """A tab's page is made in one turn and put in place in the next: what came in between
    (here the model's network, read in a worker) is given to it as it is put in place."""
    from digitgui.core import paths
    from digitgui.core.models import bundle as bundles
    from digitgui.core.teaching.introspection import Network
    from digitgui.ui.experiments import LAB, ExperimentsView

    network = Network.from_bundle(bundles.load_bundle(paths.shipped_model_dir()))
    view = ExperimentsView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitUntil(lambda: view.is_built(0), timeout=10_000)  # the tab in front
    assert view.network is None  # no model given: nothing read
    view.blockSignals(True)  # its tab chosen, and its first turn run here, by hand:
    view.setCurrentIndex(LAB)
    view.blockSignals(False)
    view._build_chosen()
    assert not view.is_built(LAB)  # made, put in place a turn later: the network comes now
    view._network_read(network)
    qtbot.waitUntil(lambda: view.is_built(LAB), timeout=5_000)
    assert view.neuron_lab.network is network
