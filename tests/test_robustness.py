"""How robust is a model: accuracy curves as the images change more and more."""

from __future__ import annotations

import json

import numpy as np
import pytest

from digitgui.core import paths
from digitgui.core.models import robustness
from digitgui.core.models.bundle import load_bundle
from digitgui.core.models.evaluation import load_evaluation_set
from digitgui.core.models.inference import Predictor
from tests.helpers import run_cli


@pytest.mark.slow
def test_accuracy_falls_as_rotation_and_noise_grow():
    predictor = Predictor.for_bundle(load_bundle(paths.shipped_model_dir()))
    data = load_evaluation_set("embedded")
    rotation, noise = robustness.curves(predictor, data, ("rotation", "noise"), limit=300)
    assert rotation.levels[0] == 0 and rotation.levels[-1] == 45
    assert rotation.accuracy[0] > 0.97  # untouched: the model's own accuracy
    assert rotation.accuracy[-1] < rotation.accuracy[0] - 0.1  # 45 degrees: far worse
    # Falling on the whole (small ups and downs allowed between neighbours).
    assert all(b <= a + 0.02 for a, b in
               zip(rotation.accuracy, rotation.accuracy[1:], strict=False))
    assert noise.accuracy[-1] < 0.5 < noise.accuracy[0]


def test_the_perturbations_do_what_they_say():
    rng = np.random.default_rng(0)
    image = np.zeros((1, 28, 28), np.float32)
    image[0, 8:20, 13:15] = 1.0  # an upright bar
    turned = robustness.rotate(image, 90, rng)[0]
    assert turned[13:15, 8:20].mean() > 0.8 and turned[8:20, 13:15].mean() < 0.5
    assert robustness.stroke(image, 1, rng)[0].sum() > image.sum()
    assert robustness.stroke(image, -1, rng)[0].sum() < image.sum()
    moved = robustness.shift(image, 4, rng)[0]
    assert moved.sum() == image.sum() and not np.array_equal(moved, image[0])
    noisy = robustness.noise(image, 0.2, rng)
    assert noisy.min() >= 0 and noisy.max() <= 1 and not np.array_equal(noisy, image)


@pytest.mark.slow  # the default cnn over every level of five perturbations: ~7 s
def test_evaluate_robustness_json_from_the_command_line():
    result = run_cli("evaluate", "--robustness", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [c["name"] for c in report["curves"]] == ["rotation", "noise", "stroke", "shift"]
    for curve in report["curves"]:
        assert len(curve["levels"]) == len(curve["accuracy"]) >= 5
    wrong = run_cli("evaluate", "--robustness", "--numbers", "x")
    assert wrong.returncode == 2 and len(wrong.stderr.strip().splitlines()) == 1


@pytest.mark.slow  # the same curves in the window's worker, then the sliders: ~12 s
def test_the_window_measures_curves_and_changes_the_drawing_with_sliders(window, qtbot,
                                                                        embedded):
    from tests.drawing import strokes_of
    from tests.qt_input import draw_on_paper

    qtbot.waitUntil(lambda: window.service.bundle is not None, timeout=5000)
    window.experiments_dock.raise_()
    experiments = window.experiments_dock.content()
    experiments.setCurrentIndex(experiments.indexOf(experiments.robustness))
    view = experiments.robustness
    x, y = embedded
    with qtbot.waitSignal(window.service.predicted, timeout=3000):
        draw_on_paper(window.canvas, strokes_of(x[np.flatnonzero(y == 1)[0]]))
    qtbot.waitUntil(lambda: view._predictor is not None, timeout=5000)
    drawn = view.changed_pixels()
    assert drawn is not None and np.array_equal(drawn, window.service.last_prediction
                                                .prepared.pixels)
    view.sliders["rotation"].setValue(90 // 2)  # 45 degrees clockwise
    turned = view.changed_pixels()
    assert not np.array_equal(turned, drawn) and abs(turned.sum() - drawn.sum()) < 0.2 * drawn.sum()
    assert "Read as" in view.answer.text()
    view.measure()
    qtbot.waitUntil(lambda: len(view.chart.curves) == 4 and not view.is_busy(), timeout=60_000)
    assert len(view.chart.lines) == 4
