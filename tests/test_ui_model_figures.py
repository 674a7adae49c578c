"""The one figure each model shows, in Models and the status bar (issue 9): a fine-tune's own
split never passes for the embedded validation split, and the figure is Evaluation's where the
split is the same."""

from __future__ import annotations

import shutil

import pytest

from digitgui.core import paths
from digitgui.core.models import bundle as bundles
from digitgui.core.models.bundle import Bundle
from digitgui.ui.model_picker import ModelPicker
from digitgui.ui.model_rows import ACCURACY, MEASURED_ON
from tests.picker_helpers import cell, row_of, settled


def fine_tuned(tiny_bundle) -> Bundle:
    """A bundle whose metadata is a fine-tune's: a fifth of the embedded images and of the
    user's samples held out, so its own validation split is not the embedded one."""
    target = paths.user_models_dir() / "fine-tuned"
    shutil.copytree(tiny_bundle, target)
    samples = str(paths.user_samples_dir())
    return bundles.update_metadata(bundles.load_bundle(target), {
        "name": "Mine", "hyperparameters": {"validation_fraction": 0.2},
        "data": [{"source": "embedded", "train": 4000, "validation": 1000, "weight": 1.0},
                 {"source": samples, "train": 48, "validation": 12, "weight": 4.0}],
        "validation_accuracy": 0.963, "validation_n": 1012,
        "validation_by_source": {"embedded": 0.9631, samples: 0.9167},
        "test_accuracy": None, "test_n": None, "test_data": None,
    })


def test_a_fine_tunes_own_figure_never_passes_for_the_embedded_validation_split(
        qtbot, tiny_bundle):
    """Issue 9: a fine-tune showed 96.3 % "validation" (its own split) in Models while the
    fine-tune report and Evaluation said 93.6 % on the embedded validation split."""
    from digitgui.core.models.evaluation import evaluate, load_evaluation_set
    from digitgui.core.models.inference import Predictor
    from digitgui.ui.evaluation.sets import describe_set
    from tests.helpers import run_cli

    mine = fine_tuned(tiny_bundle)
    widget = ModelPicker()
    qtbot.addWidget(widget)
    settled(qtbot, widget)
    row = row_of(widget, "Mine")
    assert cell(widget, row, ACCURACY) == "96.30 %"
    assert cell(widget, row, MEASURED_ON) == "its own validation split (1,012)"
    tip = widget.table.item(row, ACCURACY).toolTip()
    assert "embedded images: 1,000 images, 96.31 %" in tip
    assert "your samples: 12 images, 91.67 %" in tip
    assert "fine-tune report measure on the embedded validation split" in tip

    # Measured on the embedded validation split, as Evaluation does: the table then shows that
    # figure under the Evaluation view's name for the set, and the number is Evaluation's.
    result = run_cli("evaluate", "--model", str(mine.path), "--data", "embedded", "--record")
    assert result.returncode == 0, result.stderr
    widget.refresh()
    settled(qtbot, widget)
    shown = evaluate(Predictor.for_bundle(bundles.load_bundle(mine.path), num_threads=None),
                     load_evaluation_set("embedded"))
    assert cell(widget, row, ACCURACY) == f"{100 * shown.accuracy:.2f} %"
    assert cell(widget, row, MEASURED_ON) == "embedded validation split (500)"
    assert describe_set("embedded") == "the embedded validation split"


@pytest.mark.slow
def test_a_model_trained_on_the_embedded_data_alone_names_the_split_it_shares(tmp_path):
    """Trained on the embedded data with a tenth held out, the training's own split is the
    embedded validation split (same images, same fixed split): named so, and its figure is
    the one Evaluation computes there."""
    from digitgui.core.models.evaluation import evaluate, load_evaluation_set
    from digitgui.core.models.inference import Predictor
    from digitgui.ui.model_figure import model_score
    from tests.helpers import run_cli

    out = tmp_path / "seed-embedded"
    result = run_cli("train", "--network", "seed", "--epochs", "1", "--data", "embedded",
                     "--out", str(out))
    assert result.returncode == 0, result.stderr
    trained = bundles.load_bundle(out)
    shown = evaluate(Predictor.for_bundle(trained, num_threads=None),
                     load_evaluation_set("embedded"))
    score = model_score(trained)
    assert score is not None
    assert score.text() == f"{100 * shown.accuracy:.2f} % on embedded validation split (500)"


def test_the_status_bar_shows_the_tables_figure(qtbot, window, tiny_bundle):
    mine = fine_tuned(tiny_bundle)
    picker = window.model_picker
    picker.refresh()
    settled(qtbot, picker)
    for bundle in (bundles.resolve("default"), mine):
        with qtbot.waitSignal(window.service.modelChanged, timeout=5000):
            picker.activeModelChanged.emit(bundle)
        row = row_of(picker, bundle.name + (" (shipped)" if bundle.shipped else ""))
        figure = f"{cell(picker, row, ACCURACY)} on {cell(picker, row, MEASURED_ON)}"
        assert window.model_label.text().endswith(f" · {figure}")
        assert window.model_label.toolTip() == picker.table.item(row, ACCURACY).toolTip()
    assert window.model_label.text() == ("Model: Mine (seed) · 96.30 % on its own validation "
                                         "split (1,012)")
