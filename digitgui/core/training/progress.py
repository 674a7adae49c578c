"""What both training paths (Keras' fit with :mod:`~digitgui.core.training.callback`, and
:mod:`~digitgui.core.training.numpy_fit`) share in reporting progress: how often a ``batch``
event goes out, how a figure is cleaned, and the message when training diverges."""

from __future__ import annotations

import math
from typing import Any

from digitgui.core.errors import QT_TRANSLATE_NOOP, message_fields

BATCH_EVENT_INTERVAL = 0.05
"""At most one ``batch`` event every 50 ms: enough for a smooth live curve, cheap to send."""


def finite(value: Any) -> float | None:
    """A figure as a float; NaN for anything not finite (the caller treats it as diverged)."""
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else math.nan


def diverged(epoch: int, step: int | None = None) -> dict[str, Any]:
    """The error event's fields when the loss stops being a number, at a batch or at an
    epoch's end (English, and the template the window translates)."""
    if step is None:
        return message_fields(QT_TRANSLATE_NOOP("Training",
            "the loss became NaN or infinite at epoch {epoch}: training diverged (try a "
            "lower learning rate); nothing was saved"), epoch=epoch)
    return message_fields(QT_TRANSLATE_NOOP("Training",
        "the loss became NaN or infinite at epoch {epoch}, batch {batch}: training "
        "diverged (try a lower learning rate); nothing was saved"), epoch=epoch, batch=step)
