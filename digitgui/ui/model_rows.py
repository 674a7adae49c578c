"""What the Models table says about each bundle, and the bundles as the picker's worker thread
finds them.

Kept apart from the picker's widget so that the texts can be read (and tested) without one,
and so that the file work the picker hands to its worker is plain functions of plain data
(nothing here touches a widget but :func:`row_items`, called on the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QTableWidgetItem

from digitgui.core.data import NAMED
from digitgui.core.errors import BundleError
from digitgui.core.models import bundle as bundles
from digitgui.core.models.bundle import Bundle
from digitgui.ui import theme
from digitgui.ui.formatting import count_text, formatted
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate
from digitgui.ui.messages import error_text
from digitgui.ui.model_figure import NONE, accuracy_text, model_score

COLUMNS = (QT_TRANSLATE_NOOP("ModelPicker", "Name"), QT_TRANSLATE_NOOP("ModelPicker", "Network"),
           QT_TRANSLATE_NOOP("ModelPicker", "Data"), QT_TRANSLATE_NOOP("ModelPicker", "Accuracy"),
           QT_TRANSLATE_NOOP("ModelPicker", "Measured on"),
           QT_TRANSLATE_NOOP("ModelPicker", "Created"))
"""The table's column titles (the picker translates them)."""
NAME, NETWORK, DATA, ACCURACY, MEASURED_ON, CREATED = range(len(COLUMNS))
ACTIVE_MARK = QT_TRANSLATE_NOOP("ModelRows", "✓ active")
NAMED_SOURCES = NAMED  # training sources shown by name, not as a path


def created_text(value: Any) -> str:
    """An ISO timestamp as a readable local date and time (``2026-11-23 18:51``)."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value) if value else NONE
    if moment.tzinfo is not None:  # naive times were written in local time already
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def _source_name(source: Any) -> str:
    text = str(source)
    return text if text in NAMED_SOURCES else Path(text).name or text


SHOWN_SOURCES = 2
"""Sources named in the Data column; more are counted there and listed in its tooltip."""


def data_text(metadata: dict) -> tuple[str, str]:
    """What a bundle was trained on: ``embedded (5,000), mine.npz (300)`` and a tooltip with
    the full paths and the training/validation split."""
    parts = [p for p in metadata.get("data") or [] if isinstance(p, dict)]
    if not parts:
        return NONE, ""
    short, long = [], []
    for part in parts:
        train, validation = (part.get(k) if isinstance(part.get(k), int) else 0
                             for k in ("train", "validation"))
        short.append(f"{_source_name(part.get('source', '?'))} ({count_text(train + validation)})")
        long.append(formatted(translate("ModelRows",
                "{get}: {train:,} training + {validation:,} validation images"),
                get=part.get('source', '?'), train=train, validation=validation))
    if len(short) > SHOWN_SOURCES:  # the rest in the tooltip: the column stays narrow
        short = [*short[:SHOWN_SOURCES], translate("ModelRows",
                "+ {value} more").format(value=len(parts) - SHOWN_SOURCES)]
    return ", ".join(short), "\n".join(long)


def broken_text(errors: list[BundleError]) -> str:
    """The warning line for bundles that could not be listed."""
    if not errors:
        return ""
    count = len(errors)
    text = (translate("ModelRows", "Skipped 1 broken model: {error}") if count == 1 else
            translate("ModelRows", "Skipped {count} broken models: {error}")).format(
            count=count, error=error_text(errors[0]))
    return text + (translate("ModelRows",
            " (and {value} more)").format(value=count - 1) if count > 1 else "")


def stopped_text(metadata: dict) -> str:
    """" (stopped at epoch 3 of 30)" for a run that was stopped before its end; else ""."""
    if not metadata.get("stopped"):
        return ""
    finished = metadata.get("epochs_finished")
    planned = (metadata.get("hyperparameters") or {}).get("epochs")
    if isinstance(finished, int) and isinstance(planned, int):
        return translate("ModelRows", " (stopped at epoch {finished} of {planned})").format(
                finished=finished, planned=planned)
    return translate("ModelRows", " (stopped)")


def row_cells(bundle: Bundle, active: bool) -> list[tuple[str, str]]:
    """Each column's text and tooltip for one bundle."""
    shipped = translate("ModelRows", " (shipped)") if bundle.shipped else ""
    name = bundle.name + shipped + stopped_text(bundle.metadata)
    data, data_tip = data_text(bundle.metadata)
    network_tip = str(bundle.metadata.get("description", ""))
    if isinstance(bundle.metadata.get("parameters"), int):
        network_tip += formatted(translate("ModelRows",
                "\n{metadata:,} parameters"), metadata=bundle.metadata['parameters'])
    # One figure per model, its set beside it (see model_figure: the status bar shows the
    # same one), never two accuracies under names that sound alike.
    score = model_score(bundle)
    return [
        (f"{name}   {translate('ModelRows', ACTIVE_MARK)}" if active else name, str(bundle.path)),
        (bundle.network, network_tip.strip()),
        (data, data_tip),
        (NONE, translate("ModelRows",
                "Not measured")) if score is None else (accuracy_text(score.accuracy),
                                                      score.detail),
        (NONE, translate("ModelRows",
                "Not measured")) if score is None else (score.where, score.detail),
        (created_text(bundle.metadata.get("created")), str(bundle.metadata.get("created", ""))),
    ]


def row_items(bundle: Bundle, active: bool) -> list[QTableWidgetItem]:
    """One bundle's row of table items; the active model's in bold on the accent colour."""
    items = []
    for column, (text, tip) in enumerate(row_cells(bundle, active)):
        item = QTableWidgetItem(text)
        item.setToolTip(tip)
        if column == ACCURACY:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if active:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            item.setBackground(QBrush(theme.qcolor("accent_soft")))
        items.append(item)
    return items


# ---- the worker's side ---------------------------------------------------------------------
@dataclass(frozen=True)
class Listing:
    """Every bundle and which one is active, as found on disk."""

    bundles: list[Bundle]
    errors: list[BundleError]
    active: Bundle | None
    """The active (default) model; None if not even the shipped one loads."""
    active_error: str = ""


@dataclass(frozen=True)
class Outcome:
    """What one piece of the picker's file work came to, and the bundles afterwards."""

    result: Any
    error: str | None
    listing: Listing


def list_models() -> Listing:
    """Read every bundle's metadata (a file each: never on the GUI thread)."""
    found, errors = bundles.list_bundles()
    try:
        active, active_error = bundles.resolve("default"), ""
    except BundleError as exc:
        active, active_error = None, error_text(exc)
    return Listing(found, errors, active, active_error)


def work(operation: Callable[[], Any] | None) -> Outcome:
    """Run ``operation`` (rename, delete, copy: it may take a while) and list the bundles
    after it, whether it worked or not: a failure may mean that a bundle vanished."""
    result, error = None, None
    if operation is not None:
        try:
            result = operation()
        except (BundleError, OSError) as exc:
            error = error_text(exc)
    return Outcome(result, error, list_models())
