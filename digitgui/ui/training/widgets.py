"""Small pieces of the training panel: layout helpers, the learning-rate box, labels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLayout,
    QWidget,
)

from digitgui.core.data import mnist
from digitgui.ui import settings
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate
from digitgui.ui.training.process import IDLE_RELEASE_MS

WAITING_TRAINER_MB = 600
"""What a waiting trainer holds (resident memory with TensorFlow loaded and warmed up),
measured by ``digitgui bench`` as ``waiting_trainer_rss_mb``."""

KEEP_READY_TEXT = QT_TRANSLATE_NOOP(
    "Widgets", "Training starts at once: a trainer waits in the background with TensorFlow "
    "loaded. While it waits it holds about {memory} MB of memory; it is let go after {minutes} "
    "minutes unused.")


def keep_ready_text() -> str:
    return translate("Widgets", KEEP_READY_TEXT).format(
        memory=WAITING_TRAINER_MB, minutes=IDLE_RELEASE_MS // 60_000)


def ask_for_folder(parent: QWidget) -> list[str]:
    """A folder of digit images the user picks (none if they cancel)."""
    folder = QFileDialog.getExistingDirectory(
        parent, translate("Widgets", "Add a folder of digit images (0/ … 9/)"),
                settings.read("files/last_folder"))
    if folder:
        settings.write("files/last_folder", folder)
    return [folder] if folder else []


def ask_for_npz_files(parent: QWidget) -> list[str]:
    """.npz files of digits the user picks (none if they cancel)."""
    files, _ = QFileDialog.getOpenFileNames(
        parent, translate("Widgets", "Add .npz files of digits"),
                settings.read("files/last_folder"),
        translate("Widgets", "Digit arrays (*.npz);;All files (*)"))
    if files:
        settings.write("files/last_folder", str(Path(files[0]).parent))
    return files


def mnist_label() -> str:
    """The full-MNIST checkbox's text, saying whether choosing it means a download."""
    if mnist.is_cached():
        return translate("Widgets", "Full MNIST (60,000 images, downloaded)")
    return translate("Widgets", "Full MNIST (60,000 images; will be downloaded, 11 MB)")


def duration_text(seconds: float) -> str:
    if seconds < 100:
        return f"{max(1, round(seconds))} s"
    return translate("Widgets", "{value} min").format(value=round(seconds / 60))


def hrow(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    return row


def group_box(title: str, layout: QLayout, *items: QWidget | QLayout) -> QGroupBox:
    box = QGroupBox(title)
    box.setLayout(layout)
    for item in items:
        if isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return box


class LearningRateSpinBox(QDoubleSpinBox):
    """Learning rates span orders of magnitude: steps halve or double, text is plain 0.003."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDecimals(6)
        self.setRange(1e-5, 1.0)

    def textFromValue(self, value: float) -> str:
        return self.locale().toString(float(value), "g", 6)

    def stepBy(self, steps: int) -> None:
        value = self.value() * 2.0 ** steps
        self.setValue(float(f"{value:.2g}"))  # 0.0015, not 0.001500000001
