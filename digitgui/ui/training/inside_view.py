"""Training, watched from the inside: what the first layer has learned after each epoch, how
much every layer changed in it, and a slider to go back through the epochs.

Frames come from the live run's events (``start`` and ``epoch`` carry a first-layer snapshot
and the layers' changes) or from a bundle's ``replay.npz`` (:mod:`digitgui.core.models.replay`,
read in NumPy). Colouring a frame's tiles (256 pictures for the mlp) happens in a worker
thread; finished mosaics are kept, so moving the slider back over seen epochs is instant.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from digitgui.core.errors import UserError
from digitgui.core.models.replay import Replay, Snapshot
from digitgui.ui import theme
from digitgui.ui.background import BackgroundTask
from digitgui.ui.formatting import formatted
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate
from digitgui.ui.inside import colormap
from digitgui.ui.messages import error_text
from digitgui.ui.training.change_bars import LayerChangeBars
from digitgui.ui.training.weights_view import WeightsMosaic, columns, mosaic, mosaic_colours

PLAY_MS = 400
"""Play shows an epoch this long: slow enough to see the tiles change, quick enough to see
a whole run of 40 epochs in 16 s."""

KEEP_MOSAICS = 64
"""Coloured frames kept for the slider (the mlp's are about 1 MB each)."""

REPLAY_TEXT = QT_TRANSLATE_NOOP("InsideView", "Replay the active model's training")

CLOSER_LOOKS = (64, 16)
"""The closer looks offered at a layer with more neurons (the mlp's 256)."""


@dataclass(frozen=True)
class Frame:
    """One epoch: the first layer after it (0: before training), each layer's change in it."""

    epoch: int
    snapshot: Snapshot
    changes: list[tuple[str, float | None]]


def _changes(value: Any) -> list[tuple[str, float | None]]:
    """The ``layer_changes`` event field as (layer, change) pairs; nothing if absent."""
    if not isinstance(value, list):
        return []
    pairs = []
    for item in value:
        if isinstance(item, dict) and "layer" in item:
            change = item.get("change")
            pairs.append((str(item["layer"]),
                          float(change) if isinstance(change, (int, float)) else None))
    return pairs


def _describe(snapshot: Snapshot) -> str:
    units, height, width = snapshot.codes.shape
    if snapshot.kind == "conv":
        return translate("InsideView",
                "First layer, <b>{layer}</b>: {units} filters of {height}×{width}").format(
                layer=snapshot.layer, units=units, height=height, width=width)
    return translate("InsideView",
            "First layer, <b>{layer}</b>: {units} neurons × {value} weights").format(
            layer=snapshot.layer, units=units, value=height * width)


class TrainingInsideView(QWidget):
    """The first layer's weights, the layers' changes and the epoch slider."""

    epochShown = Signal(object)
    """The epoch the slider shows (an int), or None while it follows a live run's newest."""
    frameShown = Signal(int)
    """A frame's picture is on screen (its index): for tests and the curious."""
    replayRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._frames: list[Frame] = []
        # Coloured frames by (frame, neurons shown, tiles a row).
        self._mosaics: dict[tuple[int, int, int], tuple[QImage, float]] = {}
        self._wanted: int | None = None  # the frame the worker is colouring
        self._live = False
        self._top = 0.0
        self._best: int | None = None
        self._task = BackgroundTask(translate("TrainingInsideView",
                "Colouring the first layer's weights"), self)
        self._task.finished.connect(self._coloured)
        self._task.failed.connect(self._show_note)
        self._build()

    def _build(self) -> None:
        muted = f"color: {theme.colours().muted}"
        self.title = QLabel(translate("TrainingInsideView", "What the first layer learns"),
                            textFormat=Qt.TextFormat.RichText,
                            wordWrap=True)
        # The mlp's 256 neurons make small tiles in a short dock: a closer look at fewer.
        self.units_combo = QComboBox(toolTip=translate("TrainingInsideView",
                "How many of the layer's neurons to show"))
        self.units_combo.hide()
        self.weights = WeightsMosaic()
        self.weights.setToolTip(
            translate("TrainingInsideView",
                    "Each tile is one neuron's weights on the 28×28 pixels (or one small filter): "
                    "blue pixels push the neuron up, orange ones down. Random at first, they "
                    "become strokes and blobs as the network learns."))
        self.bars = LayerChangeBars()
        self.scale_label = QLabel(styleSheet=muted, wordWrap=True)
        self.slider = QSlider(Qt.Orientation.Horizontal, minimum=0, maximum=0, enabled=False)
        self.slider.setPageStep(1)
        self.slider.setAccessibleName(translate("TrainingInsideView", "Replay epoch"))
        self.epoch_label = QLabel(translate("TrainingInsideView", "Epoch –"), minimumWidth=110)
        self.play_button = QPushButton(translate("TrainingInsideView", "Play"),
                                       enabled=False, checkable=True,
                                       toolTip=translate("TrainingInsideView",
                                               "Step through the epochs from the start"))
        self._player = QTimer(self, interval=PLAY_MS)
        self._player.timeout.connect(self._step)
        self.replay_button = QPushButton(translate("TrainingInsideView", "Replay the active model"),
                                         enabled=False)
        self.note = QLabel(wordWrap=True, styleSheet=muted,
                           textInteractionFlags=Qt.TextInteractionFlag.TextSelectableByMouse)

        side_widget = QWidget()
        side_widget.setFixedWidth(185)
        side = QVBoxLayout(side_widget)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(QLabel(translate("TrainingInsideView", "Change in this epoch")))
        side.addWidget(self.bars)
        side.addWidget(self.scale_label)
        side.addStretch(1)
        side.addWidget(self.note)
        side.addWidget(self.replay_button)
        middle = QHBoxLayout()
        middle.addWidget(self.weights, 1)
        middle.addWidget(side_widget)
        slider_row = QHBoxLayout()
        slider_row.addWidget(self.play_button)
        slider_row.addWidget(self.epoch_label)
        slider_row.addWidget(self.slider, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.units_combo)
        layout.addLayout(title_row)
        layout.addLayout(middle, 1)
        layout.addLayout(slider_row)
        self.slider.valueChanged.connect(self._slider_moved)
        self.replay_button.clicked.connect(self.replayRequested)
        self.play_button.toggled.connect(self._play)
        self.units_combo.currentIndexChanged.connect(lambda _: self._show(self.slider.value()))

    # -- frames ----------------------------------------------------------------------------

    def reset(self, live: bool = True) -> None:
        """Forget the frames shown (a new run begins, or a replay is loaded)."""
        self._task.cancel()
        self.play_button.setChecked(False)
        self.play_button.setEnabled(False)
        self._frames, self._mosaics, self._wanted = [], {}, None
        self._live, self._top, self._best = live, 0.0, None
        self.title.setText(translate("TrainingInsideView", "What the first layer learns"))
        self.weights.set_image(None, translate("TrainingInsideView",
                "The first layer's weights appear here\nas the network trains"))
        self.bars.set_changes([], 1.0)
        self.scale_label.clear()
        self.slider.blockSignals(True)
        self.slider.setRange(0, 0)
        self.slider.blockSignals(False)
        self.slider.setEnabled(False)
        self.epoch_label.setText(translate("TrainingInsideView", "Epoch –"))
        self.note.clear()

    def add_event(self, epoch: int, event: dict[str, Any]) -> None:
        """A ``start`` (epoch 0) or ``epoch`` event of the live run; old trainers' events,
        without the fields, are passed over."""
        if "first_layer" not in event:
            return
        try:
            snapshot = Snapshot.from_json(event["first_layer"])
        except UserError as exc:
            self._show_note(error_text(exc))
            return
        self._add(Frame(epoch, snapshot, _changes(event.get("layer_changes"))))

    def show_replay(self, replay: Replay, name: str, best_epoch: int | None = None) -> None:
        """A saved model's run, from its bundle, at its last epoch."""
        self.reset(live=False)
        self._best = best_epoch
        for i in range(len(replay)):
            changes = list(replay.layer_changes(i).items())
            self._add(Frame(int(replay.epochs[i]), replay.snapshot(i), changes))
        self.finish()
        self.setToolTip(translate("TrainingInsideView",
                "“{name}”: {count} recorded epochs").format(name=name, count=len(replay))
                        + ("" if best_epoch is None else
                           translate("TrainingInsideView",
                                   "; the saved weights are epoch {best_epoch}'s").format(
                                   best_epoch=best_epoch)) + ".")

    def finish(self) -> None:
        """The run ended: the slider replays it."""
        self._live = False
        self.slider.setEnabled(len(self._frames) > 1)
        self.play_button.setEnabled(len(self._frames) > 1)

    def _add(self, frame: Frame) -> None:
        following = self.slider.value() == self.slider.maximum()
        self._frames.append(frame)
        self._top = max([self._top, *(v for _, v in frame.changes
                                      if v is not None and math.isfinite(v))])
        self.slider.blockSignals(True)
        self.slider.setRange(0, len(self._frames) - 1)
        self.slider.blockSignals(False)
        self.slider.setEnabled(len(self._frames) > 1)
        if following:  # at the newest frame: stay there (moved back: stay where put)
            self.slider.setValue(len(self._frames) - 1)
            self._show(len(self._frames) - 1)

    def _play(self, on: bool) -> None:
        if not on:
            self._player.stop()
            self.play_button.setText(translate("TrainingInsideView", "Play"))
            return
        self.play_button.setText(translate("TrainingInsideView", "Pause"))
        if self.slider.value() == self.slider.maximum():
            self.slider.setValue(0)  # from the start again
        self._player.start()

    def _step(self) -> None:
        if self.slider.value() >= self.slider.maximum():
            self.play_button.setChecked(False)
        else:
            self.slider.setValue(self.slider.value() + 1)

    def frame_count(self) -> int:
        return len(self._frames)

    def frame(self, index: int) -> Frame:
        return self._frames[index]

    def shown_epoch(self) -> int | None:
        return self._frames[self.slider.value()].epoch if self._frames else None

    def _slider_moved(self, index: int) -> None:
        self._show(index)
        newest = index == len(self._frames) - 1
        self.epochShown.emit(None if self._live and newest else self._frames[index].epoch)

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self._frames):
            return
        frame = self._frames[index]
        text = translate("TrainingInsideView", "Epoch {epoch} of {epoch2}").format(
                epoch=frame.epoch, epoch2=self._frames[-1].epoch)
        if frame.epoch == 0:
            text = translate("TrainingInsideView", "Before training")
        elif frame.epoch == self._best:
            text += " (saved)"
        self.epoch_label.setText(text)
        self.title.setText(_describe(frame.snapshot))
        self.bars.set_changes(frame.changes or [], self._top)
        units = self._units(len(frame.snapshot.codes))
        across = self._across(units)
        if (index, units, across) in self._mosaics:
            self._paint((index, units, across))
            return
        self._wanted = index
        snapshot, table, gap = frame.snapshot, colormap.diverging_table(), mosaic_colours()
        self._task.start(lambda: ((index, units, across),
                                  *mosaic(snapshot.weights()[:units], table, gap, across)))

    def _across(self, units: int) -> int:
        """Tiles a row, for the largest tiles in the space the weights have now."""
        size = self.weights.size()
        return columns(units, size.width() / max(1, size.height()))

    def _units(self, total: int) -> int:
        """How many neurons to show (all, or the closer look the combo box asks for)."""
        choices = [total, *(n for n in CLOSER_LOOKS if n < total)] if total > 64 else [total]
        if [self.units_combo.itemData(i) for i in range(self.units_combo.count())] != choices:
            self.units_combo.blockSignals(True)
            self.units_combo.clear()
            for n in choices:
                self.units_combo.addItem(translate("TrainingInsideView",
                        "All {n}").format(n=n) if n == total else translate("TrainingInsideView",
                        "The first {n}").format(n=n), n)
            # 256 tiles in a dock a third of the window high are a texture: a closer look
            # first, all of them a click away.
            self.units_combo.setCurrentIndex(min(1, len(choices) - 1))
            self.units_combo.blockSignals(False)
        self.units_combo.setVisible(len(choices) > 1)
        return int(self.units_combo.currentData() or total)

    def _coloured(self, result: tuple[tuple[int, int, int], QImage, float]) -> None:
        key, image, scale = result
        if len(self._mosaics) >= KEEP_MOSAICS:
            self._mosaics.pop(next(iter(self._mosaics)))
        self._mosaics[key] = (image, scale)
        if key[0] == self.slider.value():
            self._paint(key)

    def _paint(self, key: tuple[int, int, int]) -> None:
        index = key[0]
        image, scale = self._mosaics[key]
        self.weights.set_image(image)
        self.scale_label.setText(formatted(translate("TrainingInsideView",
                "Weights: orange −{scale:.2g} … blue +{scale:.2g}"), scale=scale))
        self.frameShown.emit(index)

    # -- the replay button -----------------------------------------------------------------

    def set_replay_offer(self, available: bool, why: str = "") -> None:
        """Whether the active model can be replayed; ``why`` not, in words."""
        self.replay_button.setEnabled(available)
        self.replay_button.setToolTip(why or translate("InsideView", REPLAY_TEXT))
        if not available and why and not self._frames:
            self.note.setText(why)

    def _show_note(self, message: str) -> None:
        self.note.setText(message)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._frames:  # a new shape may want another layout of the tiles
            QTimer.singleShot(0, self, lambda: self._show(self.slider.value()))

    def shutdown(self, timeout_ms: int = 3000) -> None:
        self._task.cancel()
        self._task.wait(timeout_ms)
