"""Watching training from the inside in the Training panel: the first layer's weights and
the layers' changes as a real run goes, the slider that replays it (with a cursor on the
curves), a saved model's replay, a model without one, a damaged one, and the GUI thread's
share of the work staying small."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import numpy as np
import pytest

from digitgui.core.models import bundle as bundles
from digitgui.core.models.replay import REPLAY_FILE, Snapshot
from digitgui.ui.training.inside_view import TrainingInsideView
from digitgui.ui.training.panel import TrainingPanel
from digitgui.ui.training.weights_view import columns, mosaic

RUN_MS = 120_000


@pytest.fixture
def panel(qtbot, train_npz):
    widget = TrainingPanel()
    qtbot.addWidget(widget)
    widget.resize(1300, 450)
    widget.show()
    widget.network_combo.setCurrentIndex(widget.network_combo.findData("seed"))
    widget.embedded_check.setChecked(False)
    widget.mnist_check.setChecked(False)
    widget.add_sources([str(train_npz)])
    widget.epochs_spin.setValue(3)
    yield widget
    widget.shutdown(timeout_ms=3000)


@pytest.mark.slow
def test_a_run_shows_the_first_layer_learning_and_the_slider_replays_it(qtbot, panel):
    inside = panel.inside
    shown: list[int] = []
    inside.frameShown.connect(shown.append)
    with qtbot.waitSignal(panel.modelTrained, timeout=RUN_MS) as trained:
        panel.train_button.click()
    # Live: the weights were painted for the start and for every epoch as it came.
    qtbot.waitUntil(lambda: shown and shown[-1] == 3, timeout=10_000)
    assert shown == sorted(set(shown)) and {0, 3} <= set(shown)
    assert inside.frame_count() == 4 and [inside.frame(i).epoch for i in range(4)] == [0, 1, 2, 3]
    assert inside.weights.image() is not None and inside.weights.image().width() > 100
    assert [name for name, _ in inside.bars.changes()] == ["hidden_1", "hidden_2", "logits"]
    assert "hidden_1" in inside.title.text() and "25 neurons" in inside.title.text()

    # After the run the slider goes back through the epochs; the curves get a cursor.
    assert inside.slider.isEnabled() and inside.slider.maximum() == 3
    newest = inside.weights.image()
    with qtbot.waitSignal(inside.frameShown, timeout=10_000,
                          check_params_cb=lambda index: index == 1):
        inside.slider.setValue(1)
    assert inside.epoch_label.text().startswith("Epoch 1 of 3")
    assert panel.plot.cursor() == 1
    assert inside.weights.image() is not newest
    assert inside.bars.changes() == inside.frame(1).changes
    with qtbot.waitSignal(inside.frameShown, timeout=10_000):
        inside.slider.setValue(0)
    assert inside.epoch_label.text() == "Before training" and panel.plot.cursor() == 0

    # The saved model replays the same run from its bundle (NumPy, no TensorFlow).
    saved = bundles.load_bundle(trained.args[1])
    panel.set_active_bundle(saved)
    assert panel.inside.replay_button.isEnabled()
    live = [inside.frame(i).snapshot.codes for i in range(4)]
    with qtbot.waitSignal(panel.replayShown, timeout=10_000):
        panel.inside.replay_button.click()
    assert inside.frame_count() == 4 and inside.slider.value() == 3
    for i in range(4):
        assert np.array_equal(inside.frame(i).snapshot.codes, live[i])
    assert list(panel.plot.lines["train_loss"].get_xdata()) == [1.0, 2.0, 3.0]
    with qtbot.waitSignal(inside.frameShown, timeout=10_000):
        inside.slider.setValue(2)
    assert panel.plot.cursor() == 2
    # Play, at the last epoch, steps through them all from the start and stops at the last.
    inside.slider.setValue(3)
    seen: list[int] = []
    inside.epochShown.connect(seen.append)
    inside.play_button.click()
    assert inside.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: not inside.play_button.isChecked(), timeout=20_000)
    assert seen == [0, 1, 2, 3] and panel.plot.cursor() == 3


def _copy(bundle: Path, to: Path) -> bundles.Bundle:
    shutil.copytree(bundle, to)
    return bundles.load_bundle(to)


def test_a_model_without_a_replay_says_so(qtbot, tiny_bundle, tmp_path):
    widget = TrainingPanel()
    qtbot.addWidget(widget)
    bundle = _copy(tiny_bundle, tmp_path / "old")
    (bundle.path / REPLAY_FILE).unlink()
    widget.set_active_bundle(bundle)
    assert not widget.inside.replay_button.isEnabled()
    assert "has no replay" in widget.inside.note.text()
    assert "has no replay" in widget.inside.replay_button.toolTip()
    widget.set_active_bundle(_copy(tiny_bundle, tmp_path / "new"))
    assert widget.inside.replay_button.isEnabled()


def test_a_damaged_replay_is_one_line_and_the_model_still_loads(qtbot, tiny_bundle, tmp_path):
    widget = TrainingPanel()
    qtbot.addWidget(widget)
    bundle = _copy(tiny_bundle, tmp_path / "damaged")
    (bundle.path / REPLAY_FILE).write_bytes(b"PK\x03\x04 not really a zip")
    widget.set_active_bundle(bundle)
    widget.inside.replay_button.click()
    qtbot.waitUntil(lambda: "damaged" in widget.inside.note.text(), timeout=10_000)
    message = widget.inside.note.text()
    assert message.startswith("Cannot replay:") and "replay.npz is damaged" in message
    assert "\n" not in message and "Traceback" not in message
    assert widget.inside.frame_count() == 0
    assert bundles.load_bundle(bundle.path, need_keras=True).name


def _mlp_event(epoch: int) -> dict:
    rng = np.random.default_rng(epoch)
    kernel = rng.normal(0, 0.05, (784, 256)).astype(np.float32)
    return {"first_layer": Snapshot.of_kernel("hidden_1", kernel).to_json(),
            "layer_changes": [{"layer": "hidden_1", "change": 0.1 / (epoch + 1)},
                              {"layer": "hidden_2", "change": 0.05}]}


def test_the_mlps_256_pictures_leave_the_gui_thread_free(qtbot):
    view = TrainingInsideView()
    qtbot.addWidget(view)
    view.resize(520, 360)
    view.show()
    events = [_mlp_event(epoch) for epoch in range(4)]
    longest = 0.0
    for epoch, event in enumerate(events):
        with qtbot.waitSignal(view.frameShown, timeout=10_000):
            began = time.perf_counter()
            view.add_event(epoch, event)  # decoding, on the GUI thread
            longest = max(longest, time.perf_counter() - began)
        began = time.perf_counter()
        view.weights.repaint()  # painting the 256 tiles: one ready image
        longest = max(longest, time.perf_counter() - began)
    assert longest < 0.05, f"the GUI thread was held {1000 * longest:.0f} ms"
    assert view.frame_count() == 4 and view.slider.maximum() == 3
    assert "256 neurons" in view.title.text()
    assert view.units_combo.isVisible() and view.units_combo.currentData() == 64
    with qtbot.waitSignal(view.frameShown, timeout=10_000):
        view.units_combo.setCurrentIndex(view.units_combo.findData(256))  # all of them
    assert view.weights.image().width() >= 16 * 28


def test_the_mosaic_lays_the_tiles_out():
    assert (columns(25), columns(256), columns(7)) == (5, 16, 3)
    assert (columns(32, aspect=2.0), columns(32, aspect=0.5)) == (8, 4)  # wide, tall places
    table = np.arange(256, dtype=np.uint32) | 0xFF000000
    weights = np.random.default_rng(0).normal(0, 0.1, (32, 3, 3)).astype(np.float32)
    image, scale = mosaic(weights, table, (0xFF000000, 0xFFFFFFFF), across=8)
    assert 0 < scale <= np.abs(weights).max()
    assert image.width() > 1.5 * image.height() > 0  # 8 across, 4 down
