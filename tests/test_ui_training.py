"""The training panel with real training children: curves, a saved model, Stop, a killed child,
bad data, closing the window mid-run, and the controls around it.

Runs train the seed network on 1,000 images (the session's ``train_npz``) for a few seconds.
"""

from __future__ import annotations

import math
import os
import re
import signal
import time
from pathlib import Path

import numpy as np
import psutil
import pytest
from PySide6.QtCore import Qt

from digitgui.core import paths
from digitgui.core.models import bundle as bundles
from digitgui.core.training.config import TrainConfig
from digitgui.ui import settings
from digitgui.ui.training.event_lines import EventLineReader
from digitgui.ui.training.panel import TrainingPanel
from digitgui.ui.training.plot import TrainingPlot

RUN_MS = 120_000
"""A short run takes seconds; this only bounds a hung test on a busy machine."""


@pytest.fixture
def panel(qtbot, train_npz):
    """A shown panel set up for a short seed run on the small data set only."""
    widget = TrainingPanel()
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.network_combo.setCurrentIndex(widget.network_combo.findData("seed"))
    widget.embedded_check.setChecked(False)
    widget.mnist_check.setChecked(False)
    widget.add_sources([str(train_npz)])
    widget.epochs_spin.setValue(2)
    yield widget
    widget.shutdown(timeout_ms=3000)  # a failing test must not leave a child training


def _controls_enabled(panel: TrainingPanel) -> bool:
    return all(w.isEnabled() for w in (panel.network_combo, panel.epochs_spin,
                                       panel.embedded_check, panel.add_npz_button,
                                       panel.train_button))


def _gone(pid: int) -> bool:
    """Exited and reaped: not running, and not left as a zombie either."""
    return not psutil.pid_exists(pid)


def _bundles_saved() -> list[Path]:
    folder = paths.user_models_dir()
    return sorted(folder.iterdir()) if folder.is_dir() else []


@pytest.mark.slow
def test_a_short_run_draws_the_curves_and_offers_the_model(qtbot, panel, train_npz):
    running: list[bool] = []
    panel.runningChanged.connect(running.append)
    draws_before = panel.plot.draw_count
    assert panel.build_config() == TrainConfig(
        network="seed", data=[str(train_npz)], epochs=2, batch_size=32, learning_rate=0.003,
        augment=False)
    with qtbot.waitSignal(panel.modelTrained, timeout=RUN_MS) as trained:
        qtbot.mouseClick(panel.train_button, Qt.MouseButton.LeftButton)
        assert panel.is_running() and not _controls_enabled(panel)
        assert panel.stop_button.isEnabled()
        assert panel.progress.maximum() == 0  # busy until the start event
    run, path = trained.args[0], Path(trained.args[1])
    assert run.purpose == "train" and run.saved_path == str(path)
    loaded = bundles.load_bundle(path)
    assert path.parent == paths.user_models_dir()  # the child saved into the user's models
    assert loaded.network == "seed" and loaded.metadata["epochs_finished"] == 2

    lines = panel.plot.lines
    assert len(lines["batch_loss"].get_xdata()) >= 2
    assert list(lines["train_loss"].get_xdata()) == [1.0, 2.0]
    for name in ("val_loss", "train_accuracy", "val_accuracy"):
        assert all(math.isfinite(v) for v in lines[name].get_ydata()), name
    qtbot.waitUntil(lambda: panel.plot.draw_count > draws_before)

    assert running == [True, False] and not panel.is_running()
    assert _controls_enabled(panel) and not panel.stop_button.isEnabled()
    assert panel.error_label.isHidden()
    assert "Done" in panel.message_label.text() and path.name in panel.message_label.text()
    assert panel.progress.value() == panel.progress.maximum() == 1
    # The choices are remembered for next time.
    assert settings.read("training/network") == "seed"
    assert settings.read("training/epochs") == 2
    assert settings.read("training/batch_size") == 0  # still the network's default
    assert settings.read("training/use_embedded") is False
    assert settings.read("training/extra_sources") == [str(train_npz)]


@pytest.mark.slow
def test_stop_after_the_first_epoch_keeps_it(qtbot, panel):
    panel.epochs_spin.setValue(200)
    trained: list[str] = []
    panel.modelTrained.connect(lambda _run, path: trained.append(path))
    with qtbot.waitSignal(panel.process.epoch, timeout=RUN_MS):
        panel.train_button.click()
    assert re.match(r"Epoch \d+/200 · batch \d+/29", panel.progress.format())
    with qtbot.waitSignal(panel.process.finished, timeout=RUN_MS) as finished:
        qtbot.mouseClick(panel.stop_button, Qt.MouseButton.LeftButton)
        assert not panel.stop_button.isEnabled()  # one Stop is enough
    _run, kind, message, event = finished.args
    assert kind == "stopped" and event["saved"] is True, message
    assert trained == [event["path"]]
    metadata = bundles.load_bundle(event["path"]).metadata
    assert metadata["stopped"] is True and 1 <= metadata["epochs_finished"] < 200
    assert "Stopped after" in panel.message_label.text()
    assert _controls_enabled(panel)


@pytest.mark.slow
def test_stop_before_the_first_epoch_ends_saves_nothing(qtbot, panel):
    panel.batch_size_spin.setValue(1)  # 900 batches an epoch: Stop lands inside the first
    trained: list[str] = []
    panel.modelTrained.connect(trained.append)
    with qtbot.waitSignal(panel.process.batch, timeout=RUN_MS):
        panel.train_button.click()
    with qtbot.waitSignal(panel.process.finished, timeout=RUN_MS) as finished:
        panel.stop()
    _run, kind, _message, event = finished.args
    assert kind == "stopped" and event["saved"] is False
    assert trained == [] and _bundles_saved() == []
    assert "nothing was saved" in panel.message_label.text()
    assert panel.error_label.isHidden() and _controls_enabled(panel)


@pytest.mark.slow
def test_a_killed_child_is_reported_and_the_next_run_works(qtbot, panel):
    panel.batch_size_spin.setValue(1)
    with qtbot.waitSignal(panel.process.batch, timeout=RUN_MS):
        panel.train_button.click()
    pid = panel.process.pid()
    kinds: list[str] = []
    panel.process.finished.connect(lambda _run, kind, *_: kinds.append(kind))
    with qtbot.waitSignal(panel.failed, timeout=RUN_MS) as failed:
        os.kill(pid, signal.SIGKILL)
    assert "SIGKILL" in failed.args[0] and kinds == ["crashed"]
    assert panel.error_label.isVisible() and "SIGKILL" in panel.error_label.text()
    assert _controls_enabled(panel) and not panel.is_running() and _gone(pid)

    panel.batch_size_spin.setValue(32)
    panel.epochs_spin.setValue(1)
    with qtbot.waitSignal(panel.modelTrained, timeout=RUN_MS) as trained:
        panel.train_button.click()
        assert panel.error_label.isHidden()  # the old failure goes with a new run
    assert bundles.load_bundle(trained.args[1]).metadata["epochs_finished"] == 1


def test_kill_ends_a_run_at_once_and_says_so(qtbot, panel):
    with qtbot.waitSignal(panel.process.status, timeout=RUN_MS):
        panel.train_button.click()
    pid = panel.process.pid()
    with qtbot.waitSignal(panel.failed, timeout=RUN_MS) as failed:
        panel.process.kill()
    assert "killed on request" in failed.args[0] and "killed on request" in panel.error_label.text()
    assert _gone(pid) and _controls_enabled(panel)


@pytest.mark.slow
def test_a_bad_data_file_is_named_in_the_error(qtbot, panel, tmp_path):
    bad = tmp_path / "wrong-shapes.npz"
    np.savez(bad, x=np.zeros((3, 10, 10), np.uint8), y=np.zeros(3, np.uint8))
    panel.sources_list.selectAll()
    panel.remove_selected_sources()
    panel.add_sources([str(bad)])
    trained: list[str] = []
    panel.modelTrained.connect(trained.append)
    with qtbot.waitSignal(panel.failed, timeout=RUN_MS) as failed:
        panel.train_button.click()
    assert str(bad) in failed.args[0] and "shape" in failed.args[0]
    assert panel.error_label.isVisible() and "wrong-shapes.npz" in panel.error_label.text()
    assert trained == [] and _controls_enabled(panel)


@pytest.mark.slow
def test_a_request_the_engine_refuses_is_reported(qtbot, panel):
    with qtbot.waitSignal(panel.process.finished, timeout=RUN_MS) as finished:
        assert panel.start_training(TrainConfig(network="seed", epochs=0)) is not None
    _run, kind, message, _event = finished.args
    assert kind == "error" and "--epochs must be between 1 and 10000" in message
    assert "--epochs must be" in panel.error_label.text() and _controls_enabled(panel)


@pytest.mark.slow
def test_full_mnist_offline_shows_the_engines_reason(qtbot, panel):
    assert "will be downloaded" in panel.mnist_check.text()
    panel.mnist_check.setChecked(True)
    with qtbot.waitSignal(panel.failed, timeout=RUN_MS) as failed:
        panel.train_button.click()
    assert "not downloaded yet and could not be fetched" in failed.args[0]
    assert "could not be fetched" in panel.error_label.text()


def test_the_mnist_label_says_when_it_is_downloaded(qtbot, isolated_user):
    cache = isolated_user / "keras" / "datasets" / "mnist.npz"
    cache.parent.mkdir(parents=True)
    cache.write_bytes(b"")
    widget = TrainingPanel()
    qtbot.addWidget(widget)
    assert widget.mnist_check.text() == "Full MNIST (60,000 images, downloaded)"


@pytest.mark.slow
def test_shutdown_mid_run_leaves_no_child(qtbot, panel):
    panel.epochs_spin.setValue(200)
    with qtbot.waitSignal(panel.process.batch, timeout=RUN_MS):
        panel.train_button.click()
    pid = panel.process.pid()
    assert psutil.pid_exists(pid)
    with qtbot.waitSignal(panel.process.finished, timeout=1000) as finished:
        panel.shutdown()
    assert finished.args[1] == "stopped"  # asked nicely, and it listened
    assert _gone(pid) and not panel.is_running()
    assert pid not in [child.pid for child in psutil.Process().children(recursive=True)]


def test_shutdown_escalates_when_the_child_does_not_stop_in_time(qtbot, panel):
    # While the child imports TensorFlow it cannot act on a stop, so a 100 ms grace is too
    # short: shutdown must go on to SIGTERM and SIGKILL, be quick, and still leave nothing.
    kinds: list[str] = []
    panel.process.finished.connect(lambda _run, kind, *_: kinds.append(kind))
    with qtbot.waitSignal(panel.process.status, timeout=RUN_MS,
                          check_params_cb=lambda _run, message: "TensorFlow" in message):
        panel.train_button.click()
    pid = panel.process.pid()
    began = time.monotonic()
    panel.shutdown(timeout_ms=100)
    assert time.monotonic() - began < 10
    assert len(kinds) == 1 and kinds[0] in ("crashed", "stopped")
    assert _gone(pid) and not panel.is_running() and _controls_enabled(panel)


def test_train_without_data_says_so(qtbot, panel):
    panel.sources_list.selectAll()
    panel.remove_selected_sources()
    assert panel.train() is None and not panel.is_running()
    assert "at least one source" in panel.error_label.text()


def test_settings_follow_the_network_unless_changed(qtbot):
    first = TrainingPanel()
    qtbot.addWidget(first)
    assert first.network_combo.currentData() == "cnn-lite"  # the default for retraining
    assert (first.epochs_spin.value(), first.batch_size_spin.value()) == (15, 64)
    assert first.augment_check.isChecked()
    first.network_combo.setCurrentIndex(first.network_combo.findData("seed"))
    assert (first.epochs_spin.value(), first.batch_size_spin.value()) == (40, 32)
    assert not first.augment_check.isChecked()
    assert "784 inputs" in first.network_summary.text()
    first.epochs_spin.setValue(7)  # the user's own choice sticks from now on
    first.network_combo.setCurrentIndex(first.network_combo.findData("mlp"))
    assert (first.epochs_spin.value(), first.batch_size_spin.value()) == (7, 64)
    assert math.isclose(first.learning_rate_spin.value(), 2e-3)
    assert first.augment_check.isChecked()

    again = TrainingPanel()  # as after a restart
    qtbot.addWidget(again)
    assert again.network_combo.currentData() == "mlp"
    assert (again.epochs_spin.value(), again.batch_size_spin.value()) == (7, 64)
    assert settings.read("training/batch_size") == 0 and settings.read("training/epochs") == 7
    assert again.build_config().augment is True and again.build_config().epochs == 7


def test_learning_rate_steps_by_doubling(qtbot):
    widget = TrainingPanel()
    qtbot.addWidget(widget)
    widget.learning_rate_spin.setValue(0.003)
    widget.learning_rate_spin.stepBy(1)
    assert math.isclose(widget.learning_rate_spin.value(), 0.006)
    widget.learning_rate_spin.stepBy(-2)
    assert math.isclose(widget.learning_rate_spin.value(), 0.0015)
    assert widget.learning_rate_spin.text() in ("0.0015", "0,0015")


def test_the_plot_updates_its_artists_in_place(qtbot):
    plot = TrainingPlot()
    qtbot.addWidget(plot)
    plot.resize(700, 300)
    plot.show()
    artists = dict(plot.lines)
    for step in range(1, 11):
        plot.add_batch({"epoch": 1, "epochs": 4, "step": step, "steps": 10, "loss": 3.0 / step})
    plot.add_epoch({"epoch": 1, "epochs": 4, "loss": 0.5, "accuracy": 0.8, "val_loss": None,
                    "val_accuracy": 0.75})
    assert list(plot.lines["batch_loss"].get_xdata()) == []  # coalesced: not drawn per point
    qtbot.waitUntil(lambda: len(plot.lines["batch_loss"].get_xdata()) == 10)
    assert plot.lines == artists  # the same artists, only their data changed
    assert plot.lines["batch_loss"].get_xdata()[-1] == 1.0
    assert math.isnan(plot.lines["val_loss"].get_ydata()[0])  # a gap, not a crash
    assert plot.loss_axes.get_xlim() == (0.0, 4.0)
    low, high = plot.loss_axes.get_ylim()
    assert low == 0.0 and 3.0 <= high <= 4.0  # grown to a round number above the data
    assert 0.0 <= plot.accuracy_axes.get_ylim()[0] and plot.accuracy_axes.get_ylim()[1] <= 1.005
    qtbot.waitUntil(lambda: plot.draw_count > 0)
    plot.resize(300, 500)
    assert plot.loss_axes.get_subplotspec().get_geometry()[:2] == (2, 1)  # stacked when narrow
    plot.reset()
    assert all(len(line.get_xdata()) == 0 for line in plot.lines.values())


def test_event_lines_are_read_whole_and_noise_is_kept_aside():
    reader = EventLineReader()
    assert reader.feed(b'{"event":"status","mess') == []
    assert reader.feed(b'age":"Loading\xe2\x80\xa6"}\nnot json\n[1, 2]\n\n{"event":"ba') == [
        {"event": "status", "message": "Loading…"}]
    assert reader.feed(b'tch","step":1}\n{"no_event": 1}\n{"event":"done"}') == [
        {"event": "batch", "step": 1}]
    assert reader.flush() == [{"event": "done"}]
    assert list(reader.noise) == ["not json", "[1, 2]", '{"no_event": 1}']


@pytest.mark.slow
def test_a_waiting_trainer_starts_runs_at_once_and_goes_when_unused(qtbot, train_npz):
    settings.write("training/keep_ready", True)
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.network_combo.setCurrentIndex(panel.network_combo.findData("seed"))
    panel.embedded_check.setChecked(False)
    panel.add_sources([str(train_npz)])
    panel.epochs_spin.setValue(1)
    try:
        with qtbot.waitSignal(panel.process.readyChanged, timeout=RUN_MS,
                              check_params_cb=lambda ready: ready):
            panel.show()  # showing the panel readies a trainer
        waiting = panel.process.pid()
        for _ in range(2):  # the same child runs one request after another
            with qtbot.waitSignal(panel.modelTrained, timeout=RUN_MS):
                panel.train_button.click()
                assert panel.message_label.text() == "Starting…"
            assert panel.process.pid() == waiting and psutil.pid_exists(waiting)
            qtbot.waitUntil(panel.process.is_ready, timeout=RUN_MS)
        assert len(_bundles_saved()) == 2

        panel.process.idle_release_ms = 200  # unused for a while: let go, memory and all
        with qtbot.waitSignal(panel.modelTrained, timeout=RUN_MS):
            panel.train_button.click()
        qtbot.waitUntil(lambda: _gone(waiting), timeout=30_000)
        assert not panel.process.is_ready()

        with qtbot.waitSignal(panel.modelTrained, timeout=RUN_MS):  # a new one when needed
            panel.train_button.click()
        assert panel.process.pid() != waiting
        qtbot.waitUntil(panel.process.is_ready, timeout=RUN_MS)
        began = time.monotonic()
        panel.shutdown()  # a waiting trainer has nothing to save: it goes at once
        assert time.monotonic() - began < 2
    finally:
        panel.shutdown(timeout_ms=3000)
    assert _gone(panel.process.pid())


@pytest.mark.slow
def test_turning_the_waiting_trainer_off_lets_it_go(qtbot):
    settings.write("training/keep_ready", True)
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.process.readyChanged, timeout=RUN_MS):
        panel.show()
    waiting = panel.process.pid()
    panel.keep_ready_check.setChecked(False)
    qtbot.waitUntil(lambda: _gone(waiting), timeout=30_000)
    assert settings.read("training/keep_ready") is False
    assert "MB of memory" in panel.keep_ready_check.toolTip()
