"""The window's remembered choices: a dict of defaults over QSettings (after MNELAB).

The choice of default/active model is not here: the command line shares it, so it lives in
the core's user_config.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from digitgui.core.models.network_catalog import DEFAULT_NETWORK

DEFAULTS: dict[str, Any] = {
    "canvas/pen_width": 22,
    "canvas/number_mode": False,
    "prediction/not_sure_threshold": 0.0,  # 0: the model's own, measured threshold
    "training/network": DEFAULT_NETWORK,
    "training/epochs": 0,  # 0: the network's own default
    "training/batch_size": 0,
    "training/learning_rate": 0.0,
    "training/augment": True,
    "training/optimizer": "adam",
    "training/schedule": "cosine",
    "training/momentum": 0.9,  # SGD's
    "training/l2": 0.0,
    "training/design": "",  # the designer's design as JSON ("": the example one)
    "training/keep_ready": True,  # a waiting trainer: Train starts at once
    "training/use_embedded": True,
    "training/use_mnist": False,
    "training/extra_sources": [],
    "window/geometry": None,
    "window/state": None,
    "files/last_folder": "",
    "ui/language": "system",  # "system" (the locale's, if the window speaks it), "en", "de"
}


def _settings() -> QSettings:
    return QSettings("digitgui", "digitgui")


def read(key: str) -> Any:
    """The saved value of ``key``, converted to the type of its default."""
    default = DEFAULTS[key]
    value = _settings().value(key, default)
    if value is None or default is None:
        return value
    try:
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in ("true", "1")
        if isinstance(default, list):
            if value in ("", None):
                return []
            return list(value) if isinstance(value, list) else [value]
        return type(default)(value)
    except (TypeError, ValueError):
        return default


def write(key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    _settings().setValue(key, value)
