"""Compare runs: every training run read back from its bundle (settings, duration, final figures,
curves), whatever its metadata lacks, and the Runs view that lists them and overlays the curves
of those ticked."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from digitgui.core import paths
from digitgui.core.models import bundle as bundles
from digitgui.core.models.runs import Curves, list_runs, run_from_metadata, run_of
from digitgui.ui.runs import rows
from digitgui.ui.runs.chart import EMPTY, PALETTE, PICK, RunsChart


def _copy(tiny_bundle: Path, name: str, **changes) -> Path:
    """The session's real run copied into the user's models folder under another name (and
    metadata changed as asked: a value of None removes the key)."""
    target = paths.user_models_dir() / name
    shutil.copytree(tiny_bundle, target)
    metadata = json.loads((target / bundles.METADATA_FILE).read_text(encoding="utf-8"))
    metadata["name"] = name
    for key, value in changes.items():
        if value is None:
            metadata.pop(key, None)
        else:
            metadata[key] = value
    (target / bundles.METADATA_FILE).write_text(json.dumps(metadata), encoding="utf-8")
    return target


@pytest.fixture
def two_runs(tiny_bundle) -> tuple[Path, Path]:
    older = _copy(tiny_bundle, "older-run", created="2026-01-02T10:00:00+00:00")
    newer = _copy(tiny_bundle, "newer-run", created="2099-01-02T10:00:00+00:00")
    return older, newer


# ---- the core --------------------------------------------------------------------------------
def test_a_real_run_has_its_settings_figures_and_curves(tiny_bundle):
    metadata = bundles.load_bundle(tiny_bundle).metadata
    run = run_of(bundles.load_bundle(tiny_bundle))
    assert run.name == metadata["name"] and run.network == "seed" and not run.custom
    assert run.epochs_planned == 3 and run.epochs_finished == 3 and run.stopped is False
    assert run.batch_size == metadata["hyperparameters"]["batch_size"] > 0
    assert run.learning_rate == pytest.approx(metadata["hyperparameters"]["learning_rate"])
    assert run.optimizer == metadata["hyperparameters"]["optimizer"]
    assert run.schedule in ("cosine", "constant") and isinstance(run.augment, bool)
    assert run.data and run.data[0].short_name == "train-small.npz"
    assert run.data[0].train + run.data[0].validation == 1000
    assert run.seconds > 0 and run.parameters == metadata["parameters"] > 0
    assert run.created == metadata["created"] and run.created_at is not None
    assert run.curves.epochs == (1, 2, 3)
    for key in ("loss", "val_loss", "accuracy", "val_accuracy"):
        assert all(isinstance(v, float) for v in getattr(run.curves, key)), key
    assert run.best_epoch == metadata["best_epoch"]
    assert run.best_val_loss == min(run.curves.val_loss)
    assert 0 < run.best_val_accuracy <= 1
    assert ("seed", 0) in run.other_settings


def test_runs_are_listed_newest_first_with_the_shipped_one(two_runs):
    older, newer = two_runs
    found = list_runs()
    names = [r.name for r in found]
    assert names.index("newer-run") < names.index("default") < names.index("older-run")
    shipped = next(r for r in found if r.shipped)
    assert shipped.network == "cnn" and len(shipped.curves) == shipped.epochs_finished
    assert {r.path for r in found} >= {older, newer}


def test_old_and_partial_metadata_never_break_a_run(tiny_bundle):
    assert run_from_metadata({}).name == "?"
    empty = run_from_metadata(None, "/somewhere/old-model")
    assert empty.name == "old-model" and len(empty.curves) == 0 and empty.best_epoch is None
    odd = run_from_metadata({"history": 5, "data": "x", "hyperparameters": [1], "stopped": "no",
                             "epochs_finished": -1, "training_seconds": "long", "spec": 3})
    assert odd.epochs_finished is None and odd.seconds is None and odd.stopped is None
    # Records out of order, one of them junk, a NaN, no best epoch: the lowest validation
    # loss is the best, the time the sum of the epochs'.
    history = [{"epoch": 2, "val_loss": 0.5, "val_accuracy": 0.9, "seconds": 2.0},
               "junk", {"epoch": 1, "val_loss": 0.7, "loss": float("nan"), "seconds": 1.5}]
    run = run_from_metadata({"history": history, "network": "custom",
                             "spec": {"name": "tanh-32-16", "layers": []}})
    assert run.curves == Curves((1, 2), (None, None), (0.7, 0.5), (None, None), (None, 0.9))
    assert run.best_epoch == 2 and run.best_val_accuracy == 0.9 and run.seconds == 3.5
    assert run.network == "tanh-32-16" and run.custom and run.epochs_finished == 2
    texts = [text for text, _tip, _key in rows.cells(empty)]
    assert texts[rows.EPOCHS] == texts[rows.DURATION] == texts[rows.ACCURACY] == rows.MISSING
    assert rows.MISSING in rows.settings_tooltip(empty)
    # A bundle of an old version on disk: no history, no hyperparameters.
    _copy(tiny_bundle, "ancient", history=None, hyperparameters=None, best_epoch=None,
          training_seconds=None, epochs_finished=None, created="2020-01-01T00:00:00")
    ancient = next(r for r in list_runs() if r.name == "ancient")
    assert ancient.epochs_finished is None and ancient.batch_size is None
    assert rows.cells(ancient)[rows.BATCH][0] == rows.MISSING


def test_the_table_texts():
    assert rows.duration_text(None) == rows.MISSING
    assert [rows.duration_text(s) for s in (7.4, 96, 3725)] == ["0:07", "1:36", "1:02:05"]
    run = run_from_metadata({"hyperparameters": {"epochs": 20}, "epochs_finished": 8,
                             "stopped": True})
    assert rows.epochs_text(run) == "8/20"
    assert rows.epochs_text(run_from_metadata({"epochs_finished": 4})) == "4"


# ---- the view --------------------------------------------------------------------------------
@pytest.fixture
def view(qtbot):
    from digitgui.ui.runs import RunsView

    widget = RunsView()
    qtbot.addWidget(widget)
    widget.resize(1100, 330)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


def _row(view, name: str) -> int:
    return next(row for row in range(view.table.rowCount())
                if view.table.item(row, rows.NAME).text().startswith(name))


def test_the_view_lists_runs_and_overlays_two_of_them(two_runs, view, qtbot):
    older, newer = two_runs
    qtbot.waitUntil(lambda: view.table.rowCount() == 3, timeout=10_000)
    names = [view.table.item(row, rows.NAME).text() for row in range(3)]
    assert names[0] == "newer-run" and names[2] == "older-run"  # newest first
    assert view.table.accessibleName() and view.chart.accessibleName()
    assert "Learning rate" in view.table.item(0, rows.NAME).toolTip()
    qtbot.waitUntil(lambda: view.chart.note is not None, timeout=10_000)
    assert view.chart.chart_state.runs == () and view.chart.curves == []

    with qtbot.waitSignal(view.checkedChanged) as ticked:
        view.table.item(_row(view, "older-run"), rows.NAME).setCheckState(Qt.CheckState.Checked)
    assert ticked.args == [[older]]
    with qtbot.waitSignal(view.chart.rendered, timeout=10_000):
        view.table.item(_row(view, "newer-run"), rows.NAME).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: not view.chart.is_busy(), timeout=10_000)
    state = view.chart.chart_state
    assert [r.name for r in state.runs] == ["newer-run", "older-run"]
    assert {r.colour for r in state.runs} == {0, 1}  # each its own colour
    assert [r.path for r in view.checked_runs()] == [newer, older]
    # Two runs of three epochs: validation and training loss and accuracy each.
    assert len(view.chart.curves) == 8 and view.chart.note is None
    styles = {(line.get_color(), line.get_linestyle()) for line in view.chart.curves}
    assert {colour for colour, _ in styles} == set(PALETTE[:2])
    assert {style for _, style in styles} == {"-", "--"}
    legend = [t.get_text() for t in view.chart.loss_axes.get_legend().get_texts()]
    assert legend == ["newer-run", "older-run"]
    assert not view.table.item(_row(view, "newer-run"), rows.NAME).icon().isNull()  # swatch
    assert view.table.item(_row(view, "default"), rows.NAME).icon().isNull()

    # Unticking one leaves the other's curves; a new listing keeps the ticks.
    view.table.item(_row(view, "older-run"), rows.NAME).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: len(view.chart.chart_state.runs) == 1, timeout=5_000)
    with qtbot.waitSignal(view.listed, timeout=10_000):
        view.refresh()
    assert [r.path for r in view.checked_runs()] == [newer]


def test_the_view_marks_the_active_run_and_sorts(two_runs, view, qtbot):
    older, _newer = two_runs
    qtbot.waitUntil(lambda: view.table.rowCount() == 3, timeout=10_000)
    view.set_active(bundles.load_bundle(older))
    assert "✓" in view.table.item(_row(view, "older-run"), rows.NAME).text()
    assert view.table.item(_row(view, "older-run"), rows.NAME).font().bold()
    view.table.sortByColumn(rows.CREATED, Qt.SortOrder.AscendingOrder)
    assert view.table.item(0, rows.NAME).text().startswith("older-run")
    view.table.sortByColumn(rows.DURATION, Qt.SortOrder.DescendingOrder)
    assert view.table.item(0, rows.NAME).text().startswith("default")  # trained for minutes
    # Without a mouse: a row chosen with the keys, Space ticks it.
    view.table.setFocus()
    view.table.setCurrentCell(0, rows.NAME)
    with qtbot.waitSignal(view.checkedChanged) as ticked:
        qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert ticked.args == [[paths.shipped_model_dir()]]


def test_the_view_says_what_to_do_with_no_runs(view, qtbot, monkeypatch, tmp_path):
    shipped = paths.shipped_model_dir
    monkeypatch.setattr(paths, "shipped_model_dir", lambda: tmp_path / "nothing-here")
    with qtbot.waitSignal(view.listed, timeout=10_000):
        view.refresh()
    assert view.runs() == [] and view.table.isHidden() and view.empty.isVisible()
    assert view.empty.text() == "Train a network to see its run here."
    assert view.chart.isHidden()  # the line alone, not twice
    # Drawn on its own (as Save figure… does), the chart says the same.
    from matplotlib.figure import Figure

    from digitgui.ui import theme

    artists = RunsChart.draw(Figure(figsize=(6, 3)), view.chart.state(), theme.colours())
    assert artists["note"].get_text() == EMPTY and artists["curves"] == [] and EMPTY != PICK
    # A run trained meanwhile: the table and the chart come back.
    monkeypatch.setattr(paths, "shipped_model_dir", shipped)
    with qtbot.waitSignal(view.listed, timeout=10_000):
        view.refresh()
    assert view.table.isVisible() and view.chart.isVisible() and not view.empty.isVisible()
