"""The user's choices that the command line and the window share (which model is the default).

Kept as a small JSON file in the user's data folder, written atomically. Window-only choices
(geometry, pen width) live in QSettings in the ui layer.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from digitgui.core import atomic, paths


def config_path() -> Path:
    return paths.user_data_dir() / "config.json"


def load() -> dict[str, Any]:
    """The saved choices; an unreadable file counts as none saved (it is rewritten on save)."""
    try:
        value = json.loads(config_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def get(key: str, default: Any = None) -> Any:
    return load().get(key, default)


def set_value(key: str, value: Any) -> None:
    config = load()
    if value is None:
        config.pop(key, None)
    else:
        config[key] = value
    atomic.write_json(config_path(), config)
