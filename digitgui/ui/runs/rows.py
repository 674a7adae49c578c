"""What the Runs table says about each run: a cell's text, its tooltip and the value it sorts
by. Plain functions of a :class:`~digitgui.core.models.runs.Run` (no widget), so the texts can
be read and tested alone; anything a run did not record is a dash.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from digitgui.core.models.runs import Run
from digitgui.ui.formatting import localized
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate
from digitgui.ui.model_rows import created_text

MISSING = "–"
"""What a cell shows for a figure the run did not record (old or partial metadata)."""

COLUMNS = (QT_TRANSLATE_NOOP("RunsView", "Name"), QT_TRANSLATE_NOOP("RunsView", "Network"),
           QT_TRANSLATE_NOOP("RunsView", "Epochs"), QT_TRANSLATE_NOOP("RunsView", "Batch"),
           QT_TRANSLATE_NOOP("RunsView", "Learning\nrate"),
           QT_TRANSLATE_NOOP("RunsView", "Optimizer"), QT_TRANSLATE_NOOP("RunsView", "Duration"),
           QT_TRANSLATE_NOOP("RunsView", "Best\nvalidation"),
           QT_TRANSLATE_NOOP("RunsView", "Created"))
"""The table's column titles (translated where shown)."""
NAME, NETWORK, EPOCHS, BATCH, RATE, OPTIMIZER, DURATION, ACCURACY, CREATED = range(len(COLUMNS))
NUMERIC = (EPOCHS, BATCH, RATE, DURATION, ACCURACY)
"""Columns aligned right."""
HEADER_TIPS = {
    EPOCHS: QT_TRANSLATE_NOOP("RunsView", "Epochs finished (of those planned, if it stopped "
                              "early)"),
    BATCH: QT_TRANSLATE_NOOP("RunsView", "Images per training step"),
    DURATION: QT_TRANSLATE_NOOP("RunsView", "How long the training took (hours:minutes:seconds)"),
    ACCURACY: QT_TRANSLATE_NOOP("RunsView", "The validation accuracy at the best epoch (the "
                                "lowest validation loss: the one the model keeps)"),
}

SETTING_NAMES = {
    "validation_fraction": QT_TRANSLATE_NOOP("RunsView", "Held out for validation"),
    "seed": QT_TRANSLATE_NOOP("RunsView", "Random seed"),
    "strategy": QT_TRANSLATE_NOOP("RunsView", "Devices"),
    "equal_weights": QT_TRANSLATE_NOOP("RunsView", "Every image counts the same"),
    "l2": QT_TRANSLATE_NOOP("RunsView", "L2 weight decay"),
    "weight_decay": QT_TRANSLATE_NOOP("RunsView", "L2 weight decay"),
    "momentum": QT_TRANSLATE_NOOP("RunsView", "Momentum"),
}
"""The other hyperparameters' names in the tooltip (one not here shows under its own name)."""
SCHEDULES = {"cosine": QT_TRANSLATE_NOOP("RunsView", "cosine decay"),
             "constant": QT_TRANSLATE_NOOP("RunsView", "constant")}


def _tr(text: str) -> str:
    return translate("RunsView", text)


def duration_text(seconds: float | None) -> str:
    """``0:45``, ``29:09``, ``1:05:09`` (minutes and seconds, hours if any); a dash if not
    recorded."""
    if seconds is None:
        return MISSING
    minutes, rest = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{rest:02d}" if hours else f"{minutes}:{rest:02d}"


def created_short(run: Run) -> str:
    """``11-25 18:51`` this year, ``2025-11-25`` before (the full time in the tooltip)."""
    moment = run.created_at
    if moment is None:
        return MISSING
    moment = moment.astimezone()
    return moment.strftime("%m-%d %H:%M" if moment.year == datetime.now().year else "%Y-%m-%d")


def percent_text(value: float | None) -> str:
    return MISSING if value is None else localized(f"{100 * value:.2f} %")


def number_text(value: Any) -> str:
    if value is None:
        return MISSING
    return localized(f"{value:g}" if isinstance(value, float) else f"{value:,}")


def epochs_text(run: Run) -> str:
    """``12``; ``3/30`` for a run stopped (or cut short) before its planned end."""
    finished, planned = run.epochs_finished, run.epochs_planned
    if finished is None:
        return MISSING if planned is None else f"{MISSING}/{planned}"
    if planned is not None and planned != finished:
        return f"{finished}/{planned}"
    return str(finished)


def yes_no(value: bool | None) -> str:
    if value is None:
        return MISSING
    return translate("RunsView", "on") if value else translate("RunsView", "off")


def data_text(run: Run) -> str:
    if not run.data:
        return MISSING
    return "".join("\n    " + translate("RunsView", "{source} ({train} + {validation})").format(
        source=part.short_name, train=number_text(part.train),
        validation=number_text(part.validation)) for part in run.data)


def _other(key: str, value: Any) -> str:
    name = _tr(SETTING_NAMES[key]) if key in SETTING_NAMES else key
    if key == "validation_fraction" and isinstance(value, float):
        shown = localized(f"{100 * value:g} %")
    elif isinstance(value, bool):
        shown = yes_no(value)
    else:
        shown = number_text(value) if isinstance(value, int | float) else str(value)
    return f"{name}: {shown}"


def settings_tooltip(run: Run) -> str:
    """Everything the run was asked to do and how it ended, a line each."""
    network = run.network or MISSING
    if run.custom:
        network = translate("RunsView", "{network} (your design)").format(network=network)
    schedule = (_tr(SCHEDULES[run.schedule]) if run.schedule in SCHEDULES
                else run.schedule or MISSING)
    lines = [
        run.name, "",
        translate("RunsView", "Network: {network}").format(network=network),
        translate("RunsView", "Parameters: {count}").format(count=number_text(run.parameters)),
        translate("RunsView", "Epochs: {epochs}").format(epochs=epochs_text(run)),
        translate("RunsView", "Batch size: {batch}").format(batch=number_text(run.batch_size)),
        translate("RunsView", "Learning rate: {rate}").format(
            rate=number_text(run.learning_rate)),
        translate("RunsView", "Optimizer: {optimizer}").format(
            optimizer=run.optimizer or MISSING),
        translate("RunsView", "Schedule: {schedule}").format(schedule=schedule),
        translate("RunsView", "Augmentation: {augment}").format(augment=yes_no(run.augment)),
        translate("RunsView", "Data (training + validation images): {data}").format(
            data=data_text(run)),
        *(_other(key, value) for key, value in run.other_settings)]
    if run.fine_tuned_from:
        lines.append(translate("RunsView", "Fine-tuned from {name}").format(
            name=run.fine_tuned_from))
    lines += ["", translate("RunsView", "Duration: {duration}").format(
        duration=duration_text(run.seconds)), best_text(run)]
    if run.stopped:
        lines.append(translate("RunsView", "Stopped before its planned end"))
    lines.append(translate("RunsView", "Created: {created}").format(
        created=created_text(run.created) if run.created else MISSING))
    return "\n".join(lines).replace(" \n", "\n")


def best_text(run: Run) -> str:
    return translate("RunsView", "Best epoch: {epoch}, validation accuracy {accuracy}, "
                     "validation loss {loss}").format(
        epoch=MISSING if run.best_epoch is None else run.best_epoch,
        accuracy=percent_text(run.best_val_accuracy),
        loss=MISSING if run.best_val_loss is None else localized(f"{run.best_val_loss:.4f}"))


def _key(value: Any) -> tuple:
    """A sort key that puts what is missing first (ascending) whatever the type."""
    return (0, 0) if value is None else (1, value)


def cells(run: Run) -> list[tuple[str, str, tuple]]:
    """Each column's text, tooltip and sort key for one run."""
    settings = settings_tooltip(run)
    created = run.created_at
    return [
        (run.name + (translate("RunsView", " (shipped)") if run.shipped else ""), settings,
         _key(run.name.casefold())),
        (run.network or MISSING, settings, _key((run.network or "").casefold() or None)),
        (epochs_text(run), settings, _key(run.epochs_finished)),
        (number_text(run.batch_size), settings, _key(run.batch_size)),
        (number_text(run.learning_rate), settings, _key(run.learning_rate)),
        (run.optimizer or MISSING, settings, _key(run.optimizer)),
        (duration_text(run.seconds), settings, _key(run.seconds)),
        (percent_text(run.best_val_accuracy), best_text(run), _key(run.best_val_accuracy)),
        (created_short(run), created_text(run.created) if run.created else "",
         _key(None if created is None else created.timestamp())),
    ]
