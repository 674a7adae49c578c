"""The training panel: choose a network, data and settings, train, watch the curves, stop.

Training runs in a child process (TrainingProcess); this panel only turns its signals into
progress, curves and messages, so the window stays responsive and never loads TensorFlow.
"""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from digitgui.core.models.network_catalog import DEFAULT_NETWORK, NETWORKS, NetworkInfo
from digitgui.core.training.config import TrainConfig
from digitgui.ui import settings, theme
from digitgui.ui.training.plot import TrainingPlot
from digitgui.ui.training.process import Run, TrainingProcess
from digitgui.ui.training.widgets import (
    KEEP_READY_TEXT,
    LearningRateSpinBox,
    ask_for_folder,
    ask_for_npz_files,
    duration_text,
    group_box,
    hrow,
    mnist_label,
)

EMBEDDED_LABEL = "Embedded MNIST subset (5,000 images)"


class TrainingPanel(QWidget):
    """Controls, progress and live curves for training a network from the window."""

    modelTrained = Signal(object, str)
    """A run saved a bundle (done, or stopped after an epoch): (the run, its folder)."""
    failed = Signal(str)
    """A run failed (error event, crash or kill): why, for people."""
    runningChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None, process: TrainingProcess | None = None):
        super().__init__(parent)
        # The window owns the process (it readies a trainer before this panel exists); a
        # panel on its own makes its own.
        self.process = process or TrainingProcess(self, settings.read("training/keep_ready"))
        self.plot = TrainingPlot(self)
        self._network: NetworkInfo = NETWORKS[DEFAULT_NETWORK]
        self._started_at: float | None = None
        self._steps = self._epochs = 0
        self._loading = True  # settings are being read into the controls: do not write back
        self._build()
        self._load_settings()
        self._connect()
        self._loading = False
        self._set_running(False)

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.network_combo = QComboBox()
        for info in NETWORKS.values():
            self.network_combo.addItem(info.name, info.name)
            self.network_combo.setItemData(self.network_combo.count() - 1, info.summary,
                                           Qt.ItemDataRole.ToolTipRole)
        self.network_summary = QLabel(wordWrap=True)
        self.network_summary.setStyleSheet(f"color: {theme.colours().muted}")

        self.embedded_check = QCheckBox(
            EMBEDDED_LABEL, toolTip="The 5,000 MNIST images that ship with digitgui.")
        self.mnist_check = QCheckBox(mnist_label(), toolTip=(
            "The 60,000 training images of MNIST, downloaded once into Keras' cache the first "
            "time they are used."))
        self.sources_list = QListWidget(maximumHeight=90, toolTip=(
            "Your own digits: image folders laid out as 0/ … 9/, or .npz files with arrays "
            "x (N, 28, 28) and y (N,)."))
        self.sources_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.add_folder_button = QPushButton("Add folder…")
        self.add_npz_button = QPushButton("Add .npz…")
        self.remove_button = QPushButton("Remove")

        self.epochs_spin = QSpinBox(minimum=1, maximum=10_000)
        self.batch_size_spin = QSpinBox(minimum=1, maximum=65_536)
        self.learning_rate_spin = LearningRateSpinBox()
        self.augment_check = QCheckBox("Handwriting augmentation", toolTip=(
            "Randomly slant, rotate, zoom, shift and wobble the images while training, so the "
            "network copes with more kinds of handwriting."))
        form = QFormLayout()
        form.addRow("Epochs:", self.epochs_spin)
        form.addRow("Batch size:", self.batch_size_spin)
        form.addRow("Learning rate:", self.learning_rate_spin)
        form.addRow(self.augment_check)
        self.keep_ready_check = QCheckBox("Keep a trainer ready", toolTip=KEEP_READY_TEXT)
        keep_ready_note = QLabel(KEEP_READY_TEXT, wordWrap=True)
        keep_ready_note.setStyleSheet(f"color: {theme.colours().muted}")
        form.addRow(self.keep_ready_check)
        form.addRow(keep_ready_note)

        self.train_button = QPushButton("Train", default=True)
        self.stop_button = QPushButton("Stop", toolTip=(
            "End after the current batch and keep the best finished epoch."))

        self._controls: list[QWidget] = [
            group_box("Network", QVBoxLayout(), self.network_combo, self.network_summary),
            group_box("Data", QVBoxLayout(), self.embedded_check, self.mnist_check,
                   QLabel("Your own digits:"), self.sources_list,
                   hrow(self.add_folder_button, self.add_npz_button, self.remove_button)),
            group_box("Settings", form),
        ]
        # The controls scroll, so a short dock never squeezes them; Train and Stop sit by the
        # progress bar, always in sight.
        controls = QWidget()
        controls_layout = QVBoxLayout(controls)
        controls_layout.setContentsMargins(0, 0, 0, 0)
        for widget in self._controls:
            controls_layout.addWidget(widget)
        controls_layout.addStretch(1)
        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(controls)
        scroll.setMinimumWidth(controls.sizeHint().width() + 16)

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
        results = QVBoxLayout()
        results.addLayout(hrow(self.train_button, self.stop_button, self.progress))
        for widget in (self.message_label, self.error_label):
            results.addWidget(widget)
        results.addWidget(self.plot, 1)

        layout = QHBoxLayout(self)
        layout.addWidget(scroll, 0)
        layout.addLayout(results, 1)

    def _connect(self) -> None:
        self.network_combo.currentIndexChanged.connect(self._network_changed)
        self.epochs_spin.valueChanged.connect(self._save_numbers)
        self.batch_size_spin.valueChanged.connect(self._save_numbers)
        self.learning_rate_spin.valueChanged.connect(self._save_numbers)
        self.augment_check.toggled.connect(lambda on: self._write("training/augment", on))
        self.keep_ready_check.toggled.connect(self._keep_ready_changed)
        self.embedded_check.toggled.connect(lambda on: self._write("training/use_embedded", on))
        self.mnist_check.toggled.connect(lambda on: self._write("training/use_mnist", on))
        self.add_folder_button.clicked.connect(lambda: self.add_sources(ask_for_folder(self)))
        self.add_npz_button.clicked.connect(lambda: self.add_sources(ask_for_npz_files(self)))
        self.remove_button.clicked.connect(self.remove_selected_sources)
        self.train_button.clicked.connect(self.train)
        self.stop_button.clicked.connect(self.stop)
        self.process.status.connect(self._on_status)
        self.process.started.connect(self._on_started)
        self.process.batch.connect(self._on_batch)
        self.process.epoch.connect(self._on_epoch)
        self.process.finished.connect(self._on_finished)

    # -- settings --------------------------------------------------------------------------

    def _load_settings(self) -> None:
        name = settings.read("training/network")
        self.network_combo.setCurrentIndex(max(0, self.network_combo.findData(
            name if name in NETWORKS else DEFAULT_NETWORK)))
        self._network = NETWORKS[self.network_combo.currentData()]
        self._show_network_summary()
        # 0 means "the network's default", so a user who never changed them gets the right
        # defaults for whichever network they pick.
        self.epochs_spin.setValue(settings.read("training/epochs") or self._network.epochs)
        self.batch_size_spin.setValue(
            settings.read("training/batch_size") or self._network.batch_size)
        self.learning_rate_spin.setValue(
            settings.read("training/learning_rate") or self._network.learning_rate)
        self.augment_check.setChecked(settings.read("training/augment"))
        self.keep_ready_check.setChecked(settings.read("training/keep_ready"))
        self.embedded_check.setChecked(settings.read("training/use_embedded"))
        self.mnist_check.setChecked(settings.read("training/use_mnist"))
        self.add_sources(settings.read("training/extra_sources"))

    def _write(self, key: str, value: Any) -> None:
        if not self._loading:
            settings.write(key, value)

    def _save_numbers(self) -> None:
        info = self._network
        self._write("training/epochs", self._unless_default(self.epochs_spin.value(),
                                                            info.epochs))
        self._write("training/batch_size", self._unless_default(self.batch_size_spin.value(),
                                                                info.batch_size))
        self._write("training/learning_rate", float(self._unless_default(
            self.learning_rate_spin.value(), info.learning_rate)))

    @staticmethod
    def _unless_default(value: float, default: float) -> float:
        return 0 if math.isclose(value, default, rel_tol=1e-6) else value

    def _network_changed(self) -> None:
        """Values the user left at the old network's defaults follow the new network's."""
        old, new = self._network, NETWORKS[self.network_combo.currentData()]
        self._network = new
        for spin, before, after in ((self.epochs_spin, old.epochs, new.epochs),
                                    (self.batch_size_spin, old.batch_size, new.batch_size),
                                    (self.learning_rate_spin, old.learning_rate,
                                     new.learning_rate)):
            if math.isclose(spin.value(), before, rel_tol=1e-6):
                spin.setValue(after)
        if self.augment_check.isChecked() == old.augment:
            self.augment_check.setChecked(new.augment)
        self._show_network_summary()
        self._write("training/network", new.name)
        self._save_numbers()

    def _keep_ready_changed(self, on: bool) -> None:
        self._write("training/keep_ready", on)
        self.process.keep_ready = on
        if on and self.isVisible():
            self.process.prepare()
        elif not on:
            self.process.release()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.process.prepare()  # the person may be about to press Train

    def _show_network_summary(self) -> None:
        self.network_summary.setText(self._network.summary)
        self.network_combo.setToolTip(self._network.summary)

    # -- data sources ----------------------------------------------------------------------

    def sources(self) -> list[str]:
        """The user's own folders and .npz files, in the list's order."""
        return [self.sources_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.sources_list.count())]

    def add_sources(self, paths: list[str]) -> None:
        """Add folders or .npz files to the list (each once) and remember them."""
        have = set(self.sources())
        for path in map(str, paths):
            if not path or path in have:
                continue
            have.add(path)
            found = Path(path).exists()
            item = QListWidgetItem((Path(path).name or path) + ("" if found else " (not found)"))
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.sources_list.addItem(item)
        self._write("training/extra_sources", self.sources())

    def remove_selected_sources(self) -> None:
        for item in self.sources_list.selectedItems():
            self.sources_list.takeItem(self.sources_list.row(item))
        self._write("training/extra_sources", self.sources())

    # -- running ---------------------------------------------------------------------------

    def build_config(self) -> TrainConfig:
        """The training request the controls stand for."""
        data = (["embedded"] if self.embedded_check.isChecked() else []) + (
            ["mnist"] if self.mnist_check.isChecked() else []) + self.sources()
        return TrainConfig(
            network=self._network.name, data=data, epochs=self.epochs_spin.value(),
            batch_size=self.batch_size_spin.value(),
            learning_rate=float(f"{self.learning_rate_spin.value():g}"),
            augment=self.augment_check.isChecked(),
        )

    def train(self) -> Run | None:
        """Train with what the controls say (the Train button)."""
        config = self.build_config()
        if not config.data:
            self._show_error("Choose at least one source of training data.")
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
        self._started_at, self._steps = None, 0
        self.progress.setRange(0, 0)  # busy until the child says how many steps there are
        self.progress.setFormat("")
        self.message_label.setText("Starting…" if self.process.is_ready()
                                   else "Starting the training process…")
        self._set_running(True)
        self.runningChanged.emit(True)
        return self.process.start(config, purpose)

    def stop(self) -> None:
        """End after the current batch; the best finished epoch is saved."""
        if self.process.is_running():
            self.process.stop()
            self.stop_button.setEnabled(False)
            self.message_label.setText("Stopping after the current batch…")

    def is_running(self) -> bool:
        return self.process.is_running()

    def shutdown(self, timeout_ms: int = 8000) -> None:
        """For the window's closeEvent: end any run and leave no process behind."""
        self.process.shutdown(timeout_ms)
        self.plot.shutdown()

    def _set_running(self, running: bool) -> None:
        for widget in self._controls:
            widget.setEnabled(not running)
        self.train_button.setEnabled(not running)
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
        self.progress.setFormat(f"Epoch 1/{self._epochs} · batch 0/{self._steps}")
        data, network = event.get("data", {}), event.get("config", {}).get("network", "")
        self.message_label.setText(
            f"Training {network or 'the network'} on {data.get('train', '?')} images "
            f"({data.get('validation', '?')} held out for validation).")

    def _on_batch(self, _run: Run, event: dict) -> None:
        self.plot.add_batch(event)
        if self._started_at is None:
            return
        epoch, step = int(event["epoch"]), int(event["step"])
        done, total = (epoch - 1) * self._steps + step, self._steps * self._epochs
        self.progress.setValue(min(done, total))
        text = f"Epoch {epoch}/{self._epochs} · batch {step}/{self._steps}"
        elapsed = time.monotonic() - self._started_at
        if 0 < done < total:
            text += f" · about {duration_text(elapsed / done * (total - done))} left"
        self.progress.setFormat(text)

    def _on_epoch(self, _run: Run, event: dict) -> None:
        self.plot.add_epoch(event)
        accuracy = event.get("val_accuracy")
        if accuracy is not None:
            self.message_label.setText(
                f"Epoch {event['epoch']}: validation accuracy {100 * accuracy:.1f} %")

    def _on_finished(self, run: Run, kind: str, message: str, event: dict) -> None:
        self.plot.finish()
        label = mnist_label()  # it may have been downloaded just now
        if label != self.mnist_check.text():  # a new text lays the controls out again
            self.mnist_check.setText(label)
        path = event.get("path") or run.saved_path
        saved = bool(path) and (kind == "done" or (kind == "stopped" and bool(event.get("saved"))))
        self.progress.setRange(0, 1)
        self.progress.setValue(1 if saved else 0)
        self.progress.setFormat("Done" if kind == "done" else kind.capitalize())
        self._set_running(False)
        self.runningChanged.emit(False)
        if kind in ("error", "crashed"):
            self.message_label.clear()
            self._show_error(f"Training failed: {message}")
            self.failed.emit(message)
            return
        if saved:
            message += f" Saved as “{Path(path).name}”."
        self.message_label.setText(message)
        if saved:
            self.modelTrained.emit(run, str(path))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
