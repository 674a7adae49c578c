"""Errors that are the user's to fix: the CLI prints them as one line, the window as a message.

The core speaks English and knows nothing of Qt, but the window may speak another language.
So an error keeps what it was made of: an English *template* with ``{name}`` placeholders, the
named *values* that fill them, and the path it is about. ``str(error)`` is the English one-liner
the CLI prints; the window (``digitgui/ui/messages.py``) translates the template and fills in
the values in its own language. A template is marked for ``pyside6-lupdate`` with
:func:`QT_TRANSLATE_NOOP` below: lupdate's Python parser picks up any call of that name,
whatever module it comes from, so ``scripts/build_translations.py`` collects the core's
templates into the window's ``.ts`` without the core importing Qt.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any


class Marked(str):
    """An English text marked for translation, remembering its lupdate context."""

    context: str

    def __new__(cls, context: str, text: str) -> Marked:
        marked = super().__new__(cls, text)
        marked.context = context
        return marked


def QT_TRANSLATE_NOOP(context: str, text: str) -> Marked:  # noqa: N802  (lupdate's name)
    """Mark ``text`` for the window's translators (``context`` groups it in the .ts); the text
    itself stays English here."""
    return Marked(context, text)


class UserError(Exception):
    """Something the user can fix (a bad file, a wrong option). Shown as one line, no traceback.

    ``message`` is the English text, or a template (marked with :func:`QT_TRANSLATE_NOOP`)
    whose ``{name}`` placeholders ``values`` fill in (only then is it formatted, so a template
    without values may show braces). ``path``, if given, comes first: "PATH: message"."""

    def __init__(self, message: str, path: str | Path | None = None, **values: Any):
        self.template = message
        self.values = values
        self.path = str(path) if path is not None else None
        # A value may itself be a UserError (the reason something was refused): its text
        # without its path, so the window can translate it too.
        shown = {key: value.text if isinstance(value, UserError) else value
                 for key, value in values.items()}
        self.text = message.format(**shown) if values else message
        super().__init__(f"{self.path}: {self.text}" if self.path else self.text)

    def at(self, path: str | Path) -> UserError:
        """The same error about ``path`` (for a caller that knows the file the error is in)."""
        moved = copy.copy(self)
        moved.path = str(path)
        moved.args = (f"{moved.path}: {self.text}",)
        return moved

    def fields(self) -> dict[str, Any]:
        """The error for a training event (JSON): the English message, and what the window
        needs to say it in its language."""
        # Named message_*: an event has fields of its own ("path" of a saved model, ...).
        return {"message": str(self), "message_template": str(self.template),
                "message_context": getattr(self.template, "context", None),
                "message_path": self.path,
                "message_values": {key: value if isinstance(value, int | float | str) else
                                   value.text if isinstance(value, UserError) else str(value)
                                   for key, value in self.values.items()}}


def message_fields(template: str, **values: Any) -> dict[str, Any]:
    """A training event's message for people (``status``, ``stopped``): ``message``, the
    English the terminal prints, and the template and values the window translates."""
    return UserError(template, **values).fields()


class DataError(UserError):
    """A data source cannot be read or is not what it must be."""


class BundleError(UserError):
    """A model bundle is missing, damaged or foreign."""
