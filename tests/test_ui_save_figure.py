"""Save figure: the evaluation charts (and the training curves) as PNG or SVG files."""

from __future__ import annotations

import pytest
from PIL import Image


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_a_chart_saves_as_png_or_svg(qtbot, tmp_path, suffix):
    from digitgui.ui.evaluation.per_digit import PerDigitChart

    chart = PerDigitChart()
    qtbot.addWidget(chart)
    chart.resize(420, 260)
    chart.show()
    chart.set_accuracy([0.9 + d / 100 for d in range(10)], 0.95)
    assert chart.save_action in chart.actions()  # offered on right-click
    target = tmp_path / f"per-digit{suffix}"
    with qtbot.waitSignal(chart.saved, timeout=10_000) as said:
        chart.save_figure(target)
    assert said.args[0] == f"Saved {target}"
    if suffix == ".png":
        with Image.open(target) as image:
            assert image.size[0] >= 800  # twice the screen's resolution
    else:
        text = target.read_text()
        assert text.lstrip().startswith("<?xml") and "<svg" in text
        assert "Accuracy per digit" in text or "Accuracy" in text


def test_saving_where_it_cannot_is_one_line_and_no_file(qtbot, tmp_path):
    from digitgui.ui.evaluation.reliability import ReliabilityDiagram

    chart = ReliabilityDiagram()
    qtbot.addWidget(chart)
    chart.show()
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with qtbot.waitSignal(chart.saved, timeout=10_000) as said:
        chart.save_figure(blocker / "x.png")  # a folder that cannot be
    assert "cannot save" in said.args[0] and "\n" not in said.args[0]
    with qtbot.waitSignal(chart.saved, timeout=10_000) as said:
        chart.save_figure(tmp_path / "x.jpg")
    assert ".png or .svg" in said.args[0]
    assert list(tmp_path.iterdir()) == [blocker]


def test_the_training_curves_save_with_their_points(qtbot, tmp_path):
    from digitgui.ui.training.plot import TrainingPlot

    plot = TrainingPlot()
    qtbot.addWidget(plot)
    plot.resize(600, 260)
    plot.show()
    plot.reset(epochs=3)
    for epoch in (1, 2, 3):
        plot.add_epoch({"epoch": epoch, "epochs": 3, "loss": 1.0 / epoch,
                        "val_loss": 1.2 / epoch, "accuracy": 0.8 + epoch / 20,
                        "val_accuracy": 0.78 + epoch / 20})
    plot.flush()
    target = tmp_path / "curves.svg"
    with qtbot.waitSignal(plot.saved, timeout=10_000) as said:
        plot.save_figure(target)
    assert said.args[0] == f"Saved {target}"
    text = target.read_text()
    assert "<svg" in text and "validation" in text  # the legend came along


def test_an_empty_training_chart_shows_its_hint_without_a_legend(qtbot, tmp_path):
    """The key to curves not drawn yet sat on top of the hint ("The loss curves appear
    here..."): before the first point the hint alone, after it the legend alone."""
    from digitgui.ui.training.plot import TrainingPlot

    plot = TrainingPlot()
    qtbot.addWidget(plot)
    plot.resize(600, 260)
    plot.show()
    empty = tmp_path / "empty.svg"
    with qtbot.waitSignal(plot.saved, timeout=10_000):
        plot.save_figure(empty)
    text = empty.read_text()
    assert "appear here" in text and "validation loss" not in text
    plot.reset(epochs=2)
    plot.add_epoch({"epoch": 1, "epochs": 2, "loss": 1.0, "val_loss": 1.1,
                    "accuracy": 0.8, "val_accuracy": 0.78})
    plot.flush()
    drawn = tmp_path / "drawn.svg"
    with qtbot.waitSignal(plot.saved, timeout=10_000):
        plot.save_figure(drawn)
    text = drawn.read_text()
    assert "appear here" not in text and "validation loss" in text
