"""The training panel's controls: the network, the data, the settings; remembered between
sessions, and turned into a :class:`~digitgui.core.training.config.TrainConfig`."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from digitgui.core.errors import UserError
from digitgui.core.models import network_designs as designs
from digitgui.core.models.network_catalog import (
    CUSTOM_NETWORK,
    DEFAULT_NETWORK,
    NETWORKS,
    NetworkInfo,
    network_info,
)
from digitgui.core.training.config import TrainConfig
from digitgui.ui import settings, theme
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate
from digitgui.ui.messages import error_text
from digitgui.ui.training.designer import NetworkDesigner
from digitgui.ui.training.knobs import LEARNING_RATE_TEXT, OptimisationKnobs
from digitgui.ui.training.widgets import (
    LearningRateSpinBox,
    ask_for_folder,
    ask_for_npz_files,
    group_box,
    hrow,
    keep_ready_text,
    mnist_label,
)

EMBEDDED_LABEL = QT_TRANSLATE_NOOP("Controls", "Embedded MNIST subset (5,000 images)")
NETWORK_SUMMARIES = (  # the core's NetworkInfo.summary texts, for the translator
    QT_TRANSLATE_NOOP("Controls", "The course network: 784 inputs, Dense 25 ReLU, Dense 15 ReLU, "
                      "Dense 10 (logits)"),
    QT_TRANSLATE_NOOP("Controls", "A wider dense network: Dense 256 ReLU, Dense 128 ReLU with "
                      "dropout, Dense 10"),
    QT_TRANSLATE_NOOP("Controls", "A small convolutional network (3x3 convolutions with batch "
                      "normalisation, max pooling, dropout) with handwriting augmentation while "
                      "training"),
    QT_TRANSLATE_NOOP("Controls", "The cnn with one 5x5 convolution where it has two 3x3 on the "
                      "full picture: trains in about 0.65 of its time, nearly as accurate (the "
                      "default for retraining)"),
    QT_TRANSLATE_NOOP("Controls", "A network of your own design"))
CUSTOM_LABEL = QT_TRANSLATE_NOOP("Controls", "Custom design")

SHARED = ("network_combo", "network_summary", "embedded_check", "mnist_check", "sources_list",
          "add_folder_button", "add_npz_button", "remove_button", "epochs_spin",
          "batch_size_spin", "learning_rate_spin", "augment_check", "keep_ready_check",
          "sources", "add_sources", "remove_selected_sources", "build_config", "designer",
          "knobs")
"""What the panel offers as its own, as it did before the controls had a module."""


class TrainingControls(QWidget):
    """The choices of a run, in three boxes (network, data, settings)."""

    keepReadyChanged = Signal(bool)
    designChanged = Signal()
    """The network or its design changed: Train may (not) be possible now (see problem)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._network: NetworkInfo = NETWORKS[DEFAULT_NETWORK]
        self._loading = True  # settings are being read into the controls: do not write back
        self._build()
        self._load_settings()
        self._connect()
        self._loading = False

    def _build(self) -> None:
        self.network_combo = QComboBox()
        for info in NETWORKS.values():
            self.network_combo.addItem(info.name, info.name)
            self.network_combo.setItemData(self.network_combo.count() - 1,
                                           translate("Controls", info.summary),
                                           Qt.ItemDataRole.ToolTipRole)
        self.network_combo.addItem(translate("Controls", CUSTOM_LABEL), CUSTOM_NETWORK.name)
        self._add_saved_designs()
        self.designer = NetworkDesigner()
        self.network_summary = QLabel(wordWrap=True)
        self.network_summary.setStyleSheet(f"color: {theme.colours().muted}")

        self.embedded_check = QCheckBox(
            translate("Controls", EMBEDDED_LABEL), toolTip=translate("TrainingControls",
                    "The 5,000 MNIST images that ship with digitgui."))
        self.mnist_check = QCheckBox(mnist_label(), toolTip=(
            translate("TrainingControls",
                    "The 60,000 training images of MNIST, downloaded once into Keras' cache the "
                    "first time they are used.")))
        self.sources_list = QListWidget(maximumHeight=90, toolTip=(
            translate("TrainingControls",
                    "Your own digits: image folders laid out as 0/ … 9/, or .npz files with "
                    "arrays x (N, 28, 28) and y (N,).")))
        self.sources_list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.add_folder_button = QPushButton(translate("TrainingControls", "Add folder…"))
        self.add_npz_button = QPushButton(translate("TrainingControls", "Add .npz…"))
        self.remove_button = QPushButton(translate("TrainingControls", "Remove"))

        self.epochs_spin = QSpinBox(minimum=1, maximum=10_000)
        self.batch_size_spin = QSpinBox(minimum=1, maximum=65_536)
        self.learning_rate_spin = LearningRateSpinBox()
        self.learning_rate_spin.setToolTip(translate("Knobs", LEARNING_RATE_TEXT))
        self.knobs = OptimisationKnobs(self)
        self.augment_check = QCheckBox(translate("TrainingControls", "Handwriting augmentation"),
                                       toolTip=(
            translate("TrainingControls",
                    "Randomly slant, rotate, zoom, shift and wobble the images while training, so "
                    "the network copes with more kinds of handwriting.")))
        form = QFormLayout()
        form.addRow(translate("TrainingControls", "Epochs:"), self.epochs_spin)
        form.addRow(translate("TrainingControls", "Batch size:"), self.batch_size_spin)
        form.addRow(translate("TrainingControls", "Learning rate:"), self.learning_rate_spin)
        self.knobs.add_rows(form)
        form.addRow(self.augment_check)
        self.keep_ready_check = QCheckBox(translate("TrainingControls", "Keep a trainer ready"),
                                          toolTip=keep_ready_text())
        keep_ready_note = QLabel(keep_ready_text(), wordWrap=True)
        keep_ready_note.setStyleSheet(f"color: {theme.colours().muted}")
        form.addRow(self.keep_ready_check)
        form.addRow(keep_ready_note)

        self.boxes: list[QWidget] = [
            group_box(translate("TrainingControls", "Network"),
                      QVBoxLayout(), self.network_combo, self.network_summary, self.designer),
            group_box(translate("TrainingControls", "Data"),
                      QVBoxLayout(), self.embedded_check, self.mnist_check,
                      QLabel(translate("TrainingControls", "Your own digits:")), self.sources_list,
                      hrow(self.add_folder_button, self.add_npz_button, self.remove_button)),
            group_box(translate("TrainingControls", "Settings"), form),
        ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in self.boxes:
            layout.addWidget(widget)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.network_combo.currentIndexChanged.connect(self._network_changed)
        self.designer.changed.connect(self._design_changed)
        self.designer.savedDesignsChanged.connect(self._saved_designs_changed)
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

    def set_enabled_while(self, running: bool) -> None:
        """The choices are fixed while a run goes."""
        for widget in self.boxes:
            widget.setEnabled(not running)

    def refresh_mnist_label(self) -> None:
        label = mnist_label()  # it may have been downloaded just now
        if label != self.mnist_check.text():  # a new text lays the controls out again
            self.mnist_check.setText(label)

    # -- settings --------------------------------------------------------------------------

    def _load_settings(self) -> None:
        try:
            self.designer.set_design(json.loads(settings.read("training/design")))
        except (ValueError, AttributeError):
            pass  # none yet (or unreadable): the example design
        name = settings.read("training/network")
        index = self.network_combo.findData(name)
        self.network_combo.setCurrentIndex(
            index if index >= 0 else self.network_combo.findData(DEFAULT_NETWORK))
        self._network = self._info()
        self._load_design()
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

    def _info(self) -> NetworkInfo:
        return network_info(self.network_combo.currentData()) or CUSTOM_NETWORK

    def _network_changed(self) -> None:
        """Values the user left at the old network's defaults follow the new network's."""
        old, new = self._network, self._info()
        self._network = new
        for spin, before, after in ((self.epochs_spin, old.epochs, new.epochs),
                                    (self.batch_size_spin, old.batch_size, new.batch_size),
                                    (self.learning_rate_spin, old.learning_rate,
                                     new.learning_rate)):
            if math.isclose(spin.value(), before, rel_tol=1e-6):
                spin.setValue(after)
        if self.augment_check.isChecked() == old.augment:
            self.augment_check.setChecked(new.augment)
        self._load_design()
        self._show_network_summary()
        self._write("training/network", self.network_combo.currentData())
        self._save_numbers()
        self.designChanged.emit()

    def _keep_ready_changed(self, on: bool) -> None:
        self._write("training/keep_ready", on)
        self.keepReadyChanged.emit(on)

    # -- designs of one's own --------------------------------------------------------------

    def is_custom(self) -> bool:
        return self._network is CUSTOM_NETWORK

    def problem(self) -> str:
        """Why Train cannot go now (the design's one-line problem), or ""."""
        return self.designer.problem() if self.is_custom() else ""

    def _load_design(self) -> None:
        """The designer shows for a design of one's own; a saved one is read into it."""
        name = self.network_combo.currentData()
        self.designer.setVisible(self.is_custom())
        if self.is_custom() and name != CUSTOM_NETWORK.name:
            try:
                self.designer.set_design(designs.load(name))
            except UserError as exc:
                self.designer.note_label.setText(error_text(exc))

    def _add_saved_designs(self) -> None:
        for name in designs.saved_names():
            self.network_combo.addItem(name, name)
            self.network_combo.setItemData(self.network_combo.count() - 1, translate(
                "Controls", "Your saved design “{name}”").format(name=name),
                Qt.ItemDataRole.ToolTipRole)

    def _saved_designs_changed(self, name: str) -> None:
        """Saved or deleted: the list is read again; a saved design is chosen by its name."""
        combo = self.network_combo
        combo.blockSignals(True)
        while combo.count() > len(NETWORKS) + 1:
            combo.removeItem(combo.count() - 1)
        self._add_saved_designs()
        index = combo.findData(name)
        combo.setCurrentIndex(index if index >= 0 else combo.findData(CUSTOM_NETWORK.name))
        combo.blockSignals(False)
        self._write("training/network", combo.currentData())

    def _design_changed(self) -> None:
        self._write("training/design", json.dumps(self.designer.design()))
        self.designChanged.emit()

    def _show_network_summary(self) -> None:
        self.network_summary.setText(translate("Controls", self._network.summary))
        self.network_combo.setToolTip(translate("Controls", self._network.summary))

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
            item = QListWidgetItem((Path(path).name or path) + (
                "" if found else translate("TrainingControls", " (not found)")))
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.sources_list.addItem(item)
        self._write("training/extra_sources", self.sources())

    def remove_selected_sources(self) -> None:
        for item in self.sources_list.selectedItems():
            self.sources_list.takeItem(self.sources_list.row(item))
        self._write("training/extra_sources", self.sources())

    def build_config(self) -> TrainConfig:
        """The training request the controls stand for."""
        data = (["embedded"] if self.embedded_check.isChecked() else []) + (
            ["mnist"] if self.mnist_check.isChecked() else []) + self.sources()
        spec = self.designer.spec() if self.is_custom() else None
        return TrainConfig(
            network=self._network.name, data=data, epochs=self.epochs_spin.value(),
            batch_size=self.batch_size_spin.value(),
            learning_rate=float(f"{self.learning_rate_spin.value():g}"),
            augment=self.augment_check.isChecked(),
            spec=None if spec is None else spec.as_json(), **self.knobs.values(),
        )
