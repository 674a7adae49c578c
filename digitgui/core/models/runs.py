"""Training runs, read back from the bundles they saved: what each run was asked to do, how long
it took, how well it ended, and its curves epoch by epoch (the Runs view compares them).

Every training run that finishes an epoch saves a bundle whose ``metadata.json`` records the
request (``hyperparameters``), the data, one ``history`` record per epoch and the final
figures. Bundles made by older versions, imported ones or hand-edited ones may lack any of
these: a missing or malformed value is None here (shown as "–"), never an error.

Plain data, no Qt and no TensorFlow: the window lists runs in a worker thread.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from digitgui.core.models import bundle as bundles
from digitgui.core.models.bundle import Bundle

SHOWN_ELSEWHERE = ("network", "epochs", "batch_size", "learning_rate", "optimizer", "schedule",
                   "augment", "name", "out", "data", "spec", "init_from", "trainer")
"""Hyperparameters a :class:`Run` has fields for (or that say nothing about the run): the rest
are its :attr:`Run.other_settings`. ('trainer' is which of the engine's two paths was asked
for, 'auto' as a rule: how it trained, not what it learned.)"""


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 \
        else None


def _text(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


@dataclass(frozen=True)
class Curves:
    """A run's history, one entry per finished epoch (None where a figure is missing)."""

    epochs: tuple[int, ...] = ()
    loss: tuple[float | None, ...] = ()
    val_loss: tuple[float | None, ...] = ()
    accuracy: tuple[float | None, ...] = ()
    val_accuracy: tuple[float | None, ...] = ()

    def __len__(self) -> int:
        return len(self.epochs)

    def at(self, epoch: int | None, key: str) -> float | None:
        """The figure ``key`` (``val_loss``, ...) at ``epoch``; None if not recorded."""
        if epoch in self.epochs:
            return getattr(self, key)[self.epochs.index(epoch)]
        return None

    @classmethod
    def from_history(cls, history: Any) -> Curves:
        records = [r for r in history if isinstance(r, dict)] if isinstance(history, list) \
            else []
        rows = []
        for index, record in enumerate(records):
            epoch = _count(record.get("epoch"))
            rows.append((index + 1 if epoch is None else epoch,
                         *(_number(record.get(k)) for k in ("loss", "val_loss", "accuracy",
                                                            "val_accuracy"))))
        rows.sort(key=lambda row: row[0])
        columns = list(zip(*rows, strict=True)) if rows else [()] * 5
        return cls(*(tuple(column) for column in columns))


@dataclass(frozen=True)
class DataSource:
    source: str
    train: int | None
    validation: int | None

    @property
    def short_name(self) -> str:
        """``embedded``, ``mine.npz``: a named source as it is, a file by its name."""
        return self.source if "/" not in self.source and "\\" not in self.source \
            else Path(self.source).name or self.source


@dataclass(frozen=True)
class Run:
    """One training run as its bundle recorded it; None for anything it did not record."""

    path: Path
    name: str
    network: str | None
    custom: bool = False
    """A design of the learner's own (``network`` is then the design's name)."""
    epochs_planned: int | None = None
    epochs_finished: int | None = None
    batch_size: int | None = None
    learning_rate: float | None = None
    optimizer: str | None = None
    schedule: str | None = None
    augment: bool | None = None
    data: tuple[DataSource, ...] = ()
    other_settings: tuple[tuple[str, Any], ...] = ()
    """The other hyperparameters (seed, validation fraction, ...), by their metadata names."""
    fine_tuned_from: str | None = None
    seconds: float | None = None
    best_epoch: int | None = None
    """The epoch the kept model is from (the lowest validation loss)."""
    best_val_accuracy: float | None = None
    best_val_loss: float | None = None
    stopped: bool | None = None
    parameters: int | None = None
    created: str | None = None
    """When the bundle was saved, as ISO 8601 text."""
    shipped: bool = False
    curves: Curves = field(default_factory=Curves)

    @property
    def created_at(self) -> datetime | None:
        """:attr:`created` as an aware time (a naive one is taken as local time)."""
        try:
            moment = datetime.fromisoformat(self.created or "")
        except ValueError:
            return None
        return moment.astimezone() if moment.tzinfo is None else moment


def run_from_metadata(metadata: Any, path: str | Path = "", shipped: bool = False) -> Run:
    """A :class:`Run` from a bundle's metadata, whatever it lacks."""
    meta = metadata if isinstance(metadata, dict) else {}
    settings = meta.get("hyperparameters")
    settings = settings if isinstance(settings, dict) else {}
    spec = meta.get("spec") if isinstance(meta.get("spec"), dict) else None
    network = _text(meta.get("network")) or _text(settings.get("network"))
    if spec is not None and network in (None, "custom"):
        network = _text(spec.get("name")) or network
    curves = Curves.from_history(meta.get("history"))
    finished = _count(meta.get("epochs_finished"))
    if finished is None and len(curves):
        finished = len(curves)
    best_epoch = _count(meta.get("best_epoch"))
    if best_epoch not in curves.epochs and len(curves):
        losses = [(v, e) for e, v in zip(curves.epochs, curves.val_loss, strict=True)
                  if v is not None]
        best_epoch = min(losses)[1] if losses else curves.epochs[-1]
    best_accuracy = curves.at(best_epoch, "val_accuracy")
    if best_accuracy is None:
        best_accuracy = _number(meta.get("validation_accuracy"))
    history = meta.get("history") if isinstance(meta.get("history"), list) else []
    seconds = _number(meta.get("training_seconds"))
    if seconds is None:
        per_epoch = [_number(r.get("seconds")) for r in history if isinstance(r, dict)]
        seconds = sum(per_epoch) if per_epoch and None not in per_epoch else None
    base = meta.get("init_from")
    data = tuple(DataSource(str(part.get("source", "?")), _count(part.get("train")),
                            _count(part.get("validation")))
                 for part in meta.get("data") or [] if isinstance(part, dict)) \
        if isinstance(meta.get("data"), list) else ()
    stopped = meta.get("stopped")
    return Run(
        path=Path(path), name=_text(meta.get("name")) or Path(path).name or "?",
        network=network, custom=spec is not None,
        epochs_planned=_count(settings.get("epochs")), epochs_finished=finished,
        batch_size=_count(settings.get("batch_size")),
        learning_rate=_number(settings.get("learning_rate")),
        optimizer=_text(settings.get("optimizer")), schedule=_text(settings.get("schedule")),
        augment=settings.get("augment") if isinstance(settings.get("augment"), bool) else None,
        data=data,
        other_settings=tuple((k, v) for k, v in settings.items()
                             if k not in SHOWN_ELSEWHERE and v is not None
                             and isinstance(v, str | int | float | bool)),
        fine_tuned_from=_text(base.get("name")) if isinstance(base, dict) else _text(base),
        seconds=seconds, best_epoch=best_epoch, best_val_accuracy=best_accuracy,
        best_val_loss=curves.at(best_epoch, "val_loss"),
        stopped=stopped if isinstance(stopped, bool) else None,
        parameters=_count(meta.get("parameters")), created=_text(meta.get("created")),
        shipped=shipped, curves=curves)


def run_of(bundle: Bundle) -> Run:
    return run_from_metadata(bundle.metadata, bundle.path, bundle.shipped)


_OLDEST = datetime.min.replace(tzinfo=UTC)


def list_runs(folders: list[Path] | None = None) -> list[Run]:
    """Every run, newest first: each of the user's bundles, and the shipped model's if its
    metadata has a history. Bundles that do not load are left out (the Models table names
    them)."""
    found, _errors = bundles.list_bundles(folders)
    runs = [run_of(b) for b in found]
    runs = [r for r in runs if not r.shipped or len(r.curves)]
    return sorted(runs, key=lambda r: r.created_at or _OLDEST, reverse=True)
