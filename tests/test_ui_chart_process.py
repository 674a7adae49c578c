"""The charts' own process (``ui/chart_process.py``): charts drawn there, a helper
that died or ended replaced, the window's language kept, and the window's own thread as the
way out when no helper can run."""

from __future__ import annotations

import importlib
import os

import pytest

from digitgui.ui import chart_process, i18n
from digitgui.ui.evaluation import figure
from digitgui.ui.evaluation.per_digit import PerDigitChart


def _not_here(*_args, **_kwargs):
    raise AssertionError("drawn in the window's process")


def _shown_chart(qtbot) -> PerDigitChart:
    chart = PerDigitChart()
    qtbot.addWidget(chart)
    chart.resize(420, 300)
    chart.show()
    qtbot.waitUntil(lambda: not chart.is_busy(), timeout=20_000)
    return chart


def _drawn_anew(qtbot, chart: PerDigitChart) -> None:
    with qtbot.waitSignal(chart.rendered, timeout=20_000):
        chart.set_accuracy([0.9 + d / 100 for d in range(10)], 0.95)
    assert len(chart.axes.patches) == 10


def test_charts_are_drawn_in_the_helper_process(qtbot, monkeypatch):
    monkeypatch.setattr(figure, "_rendered", _not_here)  # matplotlib drawing here would fail
    chart = _shown_chart(qtbot)
    _drawn_anew(qtbot, chart)
    helper = chart_process._helper
    assert helper is not None and helper.poll() is None and helper.pid != os.getpid()
    assert chart.axes.get_title() == "Accuracy per digit"
    # The figure came back with the picture: its transforms place the bars where drawn.
    x, _y = chart.axes.transData.transform((9, 0))
    assert 0.5 * chart.figure.bbox.width < x < chart.figure.bbox.width


@pytest.mark.parametrize("where", ["digitgui.ui.evaluation.confusion:ConfusionMatrixView",
                                   "digitgui.ui.evaluation.reliability:ReliabilityDiagram",
                                   "digitgui.ui.runs.chart:RunsChart",
                                   "digitgui.ui.lab_view:MapChart",
                                   "digitgui.ui.robustness_view:CurvesChart"])
def test_every_chart_of_the_window_is_drawn_in_the_helper(qtbot, monkeypatch, where):
    module, _, name = where.partition(":")
    chart = getattr(importlib.import_module(module), name)()
    qtbot.addWidget(chart)
    chart.resize(420, 300)
    monkeypatch.setattr(figure, "_rendered", _not_here)
    with qtbot.waitSignal(chart.rendered, timeout=20_000):
        chart.show()
    assert chart.figure is not None and chart.figure.axes  # drawn there, and came back


def test_a_helper_that_died_is_replaced(qtbot, monkeypatch):
    monkeypatch.setattr(figure, "_rendered", _not_here)
    chart = _shown_chart(qtbot)
    first = chart_process._helper
    first.kill()
    first.wait()
    _drawn_anew(qtbot, chart)
    assert chart_process._helper is not first and chart_process._helper.poll() is None


def test_an_idle_helper_ends_and_the_next_chart_starts_another(qtbot, monkeypatch):
    monkeypatch.setattr(figure, "_rendered", _not_here)
    chart_process.stop()
    monkeypatch.setattr(chart_process, "IDLE_EXIT_S", 0.5)
    chart = _shown_chart(qtbot)
    idle = chart_process._helper
    qtbot.waitUntil(lambda: idle.poll() is not None, timeout=10_000)  # ended by itself
    assert idle.returncode == 0
    _drawn_anew(qtbot, chart)
    assert chart_process._helper is not idle
    chart_process.stop()  # the next tests' helper waits the usual time


def test_the_helper_speaks_the_windows_language(qtbot):
    i18n.install("de")
    try:
        chart = _shown_chart(qtbot)
        _drawn_anew(qtbot, chart)
        assert chart.axes.get_title() == "Genauigkeit je Ziffer"
    finally:
        i18n.uninstall()
    _drawn_anew(qtbot, chart)
    assert chart.axes.get_title() == "Accuracy per digit"


def test_without_a_helper_charts_are_drawn_in_a_worker_thread(qtbot, monkeypatch):
    chart_process.stop()
    monkeypatch.setattr(chart_process.sys, "executable", "/nonexistent/python")
    drawn: list[int] = []
    rendered = figure._rendered

    def counted(*args):
        drawn.append(1)
        return rendered(*args)

    monkeypatch.setattr(figure, "_rendered", counted)
    chart = _shown_chart(qtbot)
    _drawn_anew(qtbot, chart)
    assert chart_process._broken and chart_process._helper is None
    assert len(drawn) >= 2  # the first picture and the new one


@pytest.fixture(autouse=True)
def _fresh_state(monkeypatch):
    monkeypatch.setattr(chart_process, "_broken", False)
    yield


def test_the_training_curves_are_drawn_in_the_helper_even_a_new_one(qtbot, monkeypatch):
    from digitgui.ui.training import chart
    from digitgui.ui.training.plot import TrainingPlot

    monkeypatch.setattr(chart.Twin, "pixels", _not_here)
    plot = TrainingPlot()
    qtbot.addWidget(plot)
    plot.resize(600, 260)
    plot.show()
    qtbot.waitUntil(lambda: plot.draw_count >= 1 and not plot.is_busy(), timeout=20_000)
    plot.reset(epochs=3)
    for epoch in (1, 2):
        plot.add_epoch({"epoch": epoch, "epochs": 3, "loss": 1 / epoch, "val_loss": 1 / epoch,
                        "accuracy": 0.9, "val_accuracy": 0.9})
    with qtbot.waitSignal(plot.rendered, timeout=20_000):
        plot.flush()
    before = plot._image.copy()
    chart_process._helper.kill()  # its twin goes with it: the next helper makes another
    chart_process._helper.wait()
    plot.add_epoch({"epoch": 3, "epochs": 3, "loss": 0.2, "val_loss": 0.3,
                    "accuracy": 0.95, "val_accuracy": 0.93})
    with qtbot.waitSignal(plot.rendered, timeout=20_000):
        plot.flush()
    qtbot.waitUntil(lambda: not plot.is_busy(), timeout=20_000)
    assert plot._image.size() == before.size() and plot._image != before  # the new point
