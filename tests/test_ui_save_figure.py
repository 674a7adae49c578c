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
