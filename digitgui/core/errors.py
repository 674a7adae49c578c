"""Errors that are the user's to fix: the CLI prints them as one line, the window as a message."""

from __future__ import annotations

from pathlib import Path


class UserError(Exception):
    """Something the user can fix (a bad file, a wrong option). Shown as one line, no traceback."""

    def __init__(self, message: str, path: str | Path | None = None):
        self.path = str(path) if path is not None else None
        super().__init__(f"{self.path}: {message}" if self.path else message)


class DataError(UserError):
    """A data source cannot be read or is not what it must be."""


class BundleError(UserError):
    """A model bundle is missing, damaged or foreign."""
