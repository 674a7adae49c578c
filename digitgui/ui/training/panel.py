"""The training panel: choose a network, data and settings, train, watch the curves and the
first layer learn, stop, and replay a run epoch by epoch.

Training runs in a child process (TrainingProcess); this panel only turns its signals into
progress, curves, pictures and messages, so the window stays responsive and never loads
TensorFlow. The choices themselves are :class:`~digitgui.ui.training.controls.TrainingControls`.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from digitgui.core.models import bundle as bundles
from digitgui.core.models.replay import Replay, read_replay
from digitgui.core.training.config import TrainConfig
from digitgui.ui import settings, theme
from digitgui.ui.background import BackgroundTask
from digitgui.ui.formatting import formatted
from digitgui.ui.i18n import translate
from digitgui.ui.training.controls import SHARED, TrainingControls
from digitgui.ui.training.inside_view import TrainingInsideView
from digitgui.ui.training.plot import TrainingPlot
from digitgui.ui.training.process import Run, TrainingProcess
from digitgui.ui.training.widgets import duration_text, hrow


class TrainingPanel(QWidget):
    """Controls, progress, live curves and the first layer's weights for training a network
    from the window; afterwards, or for a saved model, a replay of the run epoch by epoch."""

    modelTrained = Signal(object, str)
    """A run saved a bundle (done, or stopped after an epoch): (the run, its folder)."""
    failed = Signal(str)
    """A run failed (error event, crash or kill): why, for people."""
    runningChanged = Signal(bool)
    replayShown = Signal(str)
    """A saved model's replay is on show (its bundle's folder)."""
    panelRequested = Signal(str)
    """A link asks for another dock by its object name (the designer's warning: "explain-dock",
    How it works): the window's ``show_dock``."""

    def __init__(self, parent: QWidget | None = None, process: TrainingProcess | None = None):
        super().__init__(parent)
        # The window owns the process (it readies a trainer before this panel exists); a
        # panel on its own makes its own.
        self.process = process or TrainingProcess(self, settings.read("training/keep_ready"))
        self.plot = TrainingPlot(self)
        self.inside = TrainingInsideView(self)
        self.controls = TrainingControls(self)
        for name in SHARED:  # the controls' widgets and methods, as the panel's own
            setattr(self, name, getattr(self.controls, name))
        self._started_at: float | None = None
        self._steps = self._epochs = 0
        self._active: bundles.Bundle | None = None
        self._offer_default = True  # until the window says which model is active
        self._replay_task = BackgroundTask(translate("TrainingPanel", "Reading the model's replay"),
                                           self)
        self._build()
        self._connect()
        self._set_running(False)

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.train_button = QPushButton(translate("TrainingPanel", "Train"), default=True)
        self.stop_button = QPushButton(translate("TrainingPanel", "Stop"), toolTip=(
            translate("TrainingPanel",
                    "End after the current batch and keep the best finished epoch.")))
        # The controls scroll, so a short dock never squeezes them; Train and Stop sit by the
        # progress bar, always in sight.
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.controls)
        scroll.setMinimumWidth(self.controls.sizeHint().width() + 16)

        selectable = Qt.TextInteractionFlag.TextSelectableByMouse
        self.message_label = QLabel(wordWrap=True, textInteractionFlags=selectable)
        # Two lines' room from the start: a new message then leaves the layout (curves) be.
        self.message_label.setMinimumHeight(2 * self.message_label.fontMetrics().lineSpacing())
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.error_label = QLabel(wordWrap=True, textInteractionFlags=selectable)
        red = "#ff6b6b" if theme.is_dark() else "#c62828"
        self.error_label.setStyleSheet(f"color: {red}; font-weight: bold")
        self.error_label.hide()
        self.progress = QProgressBar(textVisible=True)
        # The curves beside the weights: the slider moves a cursor on the curves.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        self.splitter.addWidget(self.plot)
        self.splitter.addWidget(self.inside)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        results = QVBoxLayout()
        results.addLayout(hrow(self.train_button, self.stop_button, self.progress))
        for widget in (self.message_label, self.error_label):
            results.addWidget(widget)
        results.addWidget(self.splitter, 1)

        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 0)
        layout.addLayout(results, 1)

    def _connect(self) -> None:
        self.controls.keepReadyChanged.connect(self._keep_ready_changed)
        self.controls.designChanged.connect(lambda: self._set_running(self.is_running()))
        self.controls.designer.panelRequested.connect(self.panelRequested)
        self.train_button.clicked.connect(self.train)
        self.stop_button.clicked.connect(self.stop)
        self.inside.epochShown.connect(self.plot.set_cursor)
        self.inside.replayRequested.connect(self.replay_active)
        self._replay_task.finished.connect(self._replay_read)
        self._replay_task.failed.connect(self._replay_failed)
        self.process.status.connect(self._on_status)
        self.process.started.connect(self._on_started)
        self.process.batch.connect(self._on_batch)
        self.process.epoch.connect(self._on_epoch)
        self.process.finished.connect(self._on_finished)

    def _keep_ready_changed(self, on: bool) -> None:
        self.process.keep_ready = on
        if on and self.isVisible():
            self.process.prepare()
        elif not on:
            self.process.release()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.process.prepare()  # the person may be about to press Train
        if self._offer_default:  # no word from the window yet: the default model is active
            self._offer_default = False
            try:
                self._offer(bundles.resolve("default"))
            except bundles.BundleError:
                self._offer(None)

    # -- replaying a saved model -----------------------------------------------------------

    def set_active_bundle(self, bundle: bundles.Bundle | None) -> None:
        """The model in use changed (the window's ``modelChanged``): offer its replay."""
        self._offer_default = False
        self._offer(bundle)

    def _offer(self, bundle: bundles.Bundle | None) -> None:
        self._active = bundle
        if bundle is None:
            self.inside.set_replay_offer(False, translate("TrainingPanel", "No model is active."))
        elif bundle.has_replay:
            self.inside.set_replay_offer(True, translate("TrainingPanel",
                    "Replay how “{name}” was trained, epoch by epoch.").format(name=bundle.name))
        else:
            self.inside.set_replay_offer(False, translate("TrainingPanel",
                    "“{name}” has no replay: it was trained before digitgui recorded runs. A "
                    "model you train now can be replayed.").format(name=bundle.name))

    def replay_active(self) -> None:
        """Show the active model's run, read from its bundle in a worker (NumPy only)."""
        if self._active is not None and not self.is_running():
            bundle = self._active
            self._replay_task.start(lambda: (bundle, read_replay(bundle.path)))

    def _replay_read(self, result: tuple[bundles.Bundle, Replay | None]) -> None:
        bundle, replay = result
        if self.is_running():
            return  # a run began meanwhile: its pictures stay
        if replay is None:
            self._offer(bundle)  # the file went since it was offered
            return
        self.plot.show_history(list(bundle.metadata.get("history") or []))
        self.inside.show_replay(replay, bundle.name, bundle.metadata.get("best_epoch"))
        self.message_label.setText(translate("TrainingPanel",
                "Replaying how “{name}” was trained: move the slider to go through its "
                "epochs.").format(name=bundle.name))
        self.replayShown.emit(str(bundle.path))

    def _replay_failed(self, message: str) -> None:
        self.inside.note.setText(translate("TrainingPanel",
                "Cannot replay: {message}").format(message=message))

    # -- running ---------------------------------------------------------------------------

    def train(self) -> Run | None:
        """Train with what the controls say (the Train button)."""
        if self.controls.problem():
            self._show_error(self.controls.problem())
            return None
        config = self.build_config()
        if not config.data:
            self._show_error(translate("TrainingPanel",
                    "Choose at least one source of training data."))
            return None
        return self.start_training(config)

    def start_training(self, config: TrainConfig, purpose: str = "train") -> Run | None:
        """Run ``config`` with progress and curves here. None if a run is going already."""
        if self.process.is_running():
            return None
        self.error_label.hide()
        # The run's length, known before its first event: the curves' x axis is set now.
        self._epochs = config.with_defaults().epochs
        self.plot.reset(epochs=self._epochs)
        self._replay_task.cancel()
        self.inside.reset()
        self._started_at, self._steps = None, 0
        self.progress.setRange(0, 0)  # busy until the child says how many steps there are
        self.progress.setFormat("")
        self.message_label.setText(translate("TrainingPanel",
                "Starting…") if self.process.is_ready()
                                   else translate("TrainingPanel",
                                           "Starting the training process…"))
        self._set_running(True)
        self.runningChanged.emit(True)
        return self.process.start(config, purpose)

    def stop(self) -> None:
        """End after the current batch; the best finished epoch is saved."""
        if self.process.is_running():
            self.process.stop()
            self.stop_button.setEnabled(False)
            self.message_label.setText(translate("TrainingPanel",
                    "Stopping after the current batch…"))

    def is_running(self) -> bool:
        return self.process.is_running()

    def shutdown(self, timeout_ms: int = 8000) -> None:
        """For the window's closeEvent: end any run and leave no process behind."""
        self.process.shutdown(timeout_ms)
        self.plot.shutdown()
        self.inside.shutdown()
        self._replay_task.cancel()
        self._replay_task.wait(timeout_ms)

    def _set_running(self, running: bool) -> None:
        self.controls.set_enabled_while(running)
        self.inside.replay_button.setVisible(not running)
        self.train_button.setEnabled(not running and not self.controls.problem())
        self.train_button.setToolTip(self.controls.problem())
        self.stop_button.setEnabled(running)

    # -- events from the child -------------------------------------------------------------

    def _on_status(self, _run: Run, message: str) -> None:
        self.message_label.setText(message)
        if self._started_at is None:
            self.progress.setFormat(message)

    def _on_started(self, _run: Run, event: dict) -> None:
        self._steps = int(event.get("steps_per_epoch") or 1)
        self._started_at = time.monotonic()
        self.progress.setRange(0, self._steps * self._epochs)
        self.progress.setValue(0)
        self.progress.setFormat(translate("TrainingPanel",
                "Epoch 1/{epochs} · batch 0/{steps}").format(
                epochs=self._epochs, steps=self._steps))
        config = event.get("config", {})
        data = event.get("data", {})
        network = (config.get("spec") or {}).get("name") or config.get("network", "")
        self.message_label.setText(
            translate("TrainingPanel",
                    "Training {network} on {train} images ({validation} held out for "
                    "validation).").format(
                    network=network or translate("TrainingPanel", "the network"),
                    train=data.get('train', '?'), validation=data.get('validation', '?')))
        self.inside.add_event(0, event)  # the first layer as training begins

    def _on_batch(self, _run: Run, event: dict) -> None:
        self.plot.add_batch(event)
        if self._started_at is None:
            return
        epoch, step = int(event["epoch"]), int(event["step"])
        done, total = (epoch - 1) * self._steps + step, self._steps * self._epochs
        self.progress.setValue(min(done, total))
        text = translate("TrainingPanel", "Epoch {epoch}/{epochs} · batch {step}/{steps}").format(
                epoch=epoch, epochs=self._epochs, step=step, steps=self._steps)
        elapsed = time.monotonic() - self._started_at
        if 0 < done < total:
            text += translate("TrainingPanel", " · about {duration_text} left").format(
                    duration_text=duration_text(elapsed / done * (total - done)))
        self.progress.setFormat(text)

    def _on_epoch(self, _run: Run, event: dict) -> None:
        self.plot.add_epoch(event)
        self.inside.add_event(int(event["epoch"]), event)
        accuracy = event.get("val_accuracy")
        if accuracy is not None:
            self.message_label.setText(
                formatted(translate("TrainingPanel",
                        "Epoch {event}: validation accuracy {value:.1f} %"),
                        event=event['epoch'], value=100 * accuracy))

    def _on_finished(self, run: Run, kind: str, message: str, event: dict) -> None:
        try:
            self._end_run(run, kind, message, event)
        finally:
            # The curves' last picture once the window's own work for the run's end is done
            # (the new model listed, the message): drawn in a worker meanwhile, it held
            # Python's lock while that work waited for it (a 62 ms stall in the bench).
            self.plot.finish()

    def _end_run(self, run: Run, kind: str, message: str, event: dict) -> None:
        self.inside.finish()  # the slider now replays the run
        self.controls.refresh_mnist_label()
        path = event.get("path") or run.saved_path
        saved = bool(path) and (kind == "done" or (kind == "stopped" and bool(event.get("saved"))))
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if saved else 0)
        ends = {"done": translate("TrainingPanel", "Done"),
                "stopped": translate("TrainingPanel", "Stopped"),
                "error": translate("TrainingPanel", "Error")}
        self.progress.setFormat(ends.get(kind, kind.capitalize()))
        self._set_running(False)
        self.runningChanged.emit(False)
        if kind in ("error", "crashed"):
            self.message_label.clear()
            self._show_error(translate("TrainingPanel",
                    "Training failed: {message}").format(message=message))
            self.failed.emit(message)
            return
        if saved:
            message += translate("TrainingPanel",
                    " Saved as “{value}”.").format(value=run.saved_name or Path(path).name)
        self.message_label.setText(message)
        if saved:
            self.modelTrained.emit(run, str(path))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
