"""The core's messages in the window's language: the one place the window turns an error (or a
training child's error event) into the text it shows.

A core :class:`~digitgui.core.errors.UserError` carries its English template (marked for
lupdate in the core with a Qt-free ``QT_TRANSLATE_NOOP``, so it is in the window's ``.ts``),
the values that fill it, and its path. In English the window shows ``str(error)``, exactly what
the command line prints; in another language it translates the template in its context and
fills in the values, numbers written in that language's way. A template not marked (or any
other exception) stays English; ``tests/test_i18n_core.py`` finds core errors left unmarked.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from digitgui.core.errors import UserError
from digitgui.ui.formatting import formatted, localized
from digitgui.ui.i18n import installed_language, translate


def translated(english: str, template: str, context: str | None,
               values: Mapping[str, Any] | None = None, path: str | None = None) -> str:
    """``english`` in the window's language, made again from its ``template`` (in lupdate's
    ``context``), ``values`` and ``path``; ``english`` itself if there is nothing to
    translate."""
    if not context or installed_language() == "en":
        return english
    text = translate(context, template)
    if values:  # only then formatted, as in the core (a template without values may show {})
        # A reason that is itself a core error is said in the window's language too.
        values = {key: error_text(value, with_path=False) if isinstance(value, UserError)
                  else value for key, value in values.items()}
        try:
            text = formatted(text, **values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            return english
    return f"{path}: {text}" if path else text


def error_text(error: BaseException, with_path: bool = True) -> str:
    """What the window says about ``error``: one line in its language."""
    if isinstance(error, UserError):
        return translated(str(error) if with_path else error.text, error.template,
                          getattr(error.template, "context", None), error.values,
                          error.path if with_path else None)
    return str(error)


def event_text(event: Mapping[str, Any]) -> str:
    """A training child's event's message (``UserError.fields()``, ``message_fields``) in the
    window's language."""
    english = str(event.get("message", ""))
    return translated(english, str(event.get("message_template", english)),
                      event.get("message_context"), event.get("message_values") or None,
                      event.get("message_path"))


def end_text(kind: str, event: Mapping[str, Any]) -> str:
    """How a run ended, in the window's language (the core's ``events.end_text`` in English,
    which the terminal prints)."""
    if event.get("message"):
        return event_text(event)
    if kind == "done":
        accuracy = event.get("val_accuracy")
        if accuracy is None:
            return translate("Messages", "Done.")
        return translate("Messages", "Done: validation accuracy {accuracy}.").format(
            accuracy=localized(f"{100 * accuracy:.2f} %"))
    return translate("Messages", "Training ended ({kind}).").format(kind=kind)
