"""Where things live: the shipped resources and default model, and the user's data folder.

In a wheel, ``resources/`` and ``models/`` are packed inside the package as
``digitgui/resources`` and ``digitgui/models``; in a source checkout (editable install) they
are the top-level folders next to ``digitgui/``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from digitgui import APP_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _shipped(name: str) -> Path:
    inside = _PACKAGE_DIR / name
    return inside if inside.is_dir() else _PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    """Data and assets that ship with the app."""
    return _shipped("resources")


def shipped_models_dir() -> Path:
    """The folder that holds the shipped default model bundle."""
    return _shipped("models")


def shipped_model_dir() -> Path:
    """The shipped default model bundle."""
    return shipped_models_dir() / "default"


def user_data_dir() -> Path:
    """The user's data folder: the same place as Qt's ``QStandardPaths.AppDataLocation`` for an
    application named "digitgui" with no organisation, worked out without importing Qt.

    ``DIGITGUI_HOME`` overrides it (tests, portable installs).
    """
    override = os.environ.get("DIGITGUI_HOME")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_NAME


def user_models_dir() -> Path:
    """Bundles the user trained or imported."""
    return user_data_dir() / "models"


def user_samples_dir() -> Path:
    """The user's own handwriting samples, in Keras' image-folder layout."""
    return user_data_dir() / "samples"


def user_networks_dir() -> Path:
    """The user's own network designs, one JSON spec a file (``<name>.json``)."""
    return user_data_dir() / "networks"
