"""The learner's network designs, saved by name: one JSON spec a file in the user's folder
(``paths.user_networks_dir()/<name>.json``), and loading a design by name or from any file.

Saving is atomic (a kill never leaves half a spec). The command line's ``--network`` and the
window's designer both go through :func:`load`, so a name means the same in both.
"""

from __future__ import annotations

import os
from pathlib import Path

from digitgui.core import atomic, paths
from digitgui.core.errors import QT_TRANSLATE_NOOP, UserError
from digitgui.core.models.network_catalog import NETWORKS
from digitgui.core.models.network_spec import NAME_PATTERN, NetworkSpec, check_name

SUFFIX = ".json"


class UnknownDesignError(UserError):
    """A bare name that is neither a saved design nor a file."""


def path_for(name: str) -> Path:
    """Where the design called ``name`` is (or would be) saved."""
    return paths.user_networks_dir() / f"{check_name(name)}{SUFFIX}"  # a safe file name


def saved_names() -> list[str]:
    """The saved designs' names, sorted (case aside)."""
    folder = paths.user_networks_dir()
    if not folder.is_dir():
        return []
    names = [p.stem for p in folder.glob(f"*{SUFFIX}")
             if p.is_file() and NAME_PATTERN.fullmatch(p.stem)]
    return sorted(names, key=str.lower)


def save(spec: NetworkSpec, replace: bool = True) -> Path:
    """Save ``spec`` under its name; with ``replace`` False an existing design of that name
    is a :class:`UserError` (the designer asks before overwriting)."""
    target = path_for(spec.name)
    if not replace and target.exists():
        raise UserError(QT_TRANSLATE_NOOP("NetworkDesigns",
            "a design named {name!r} exists already"), name=spec.name)
    atomic.write_text(target, spec.to_text())
    return target


def delete(name: str) -> None:
    """Forget a saved design (no error if there is none)."""
    path_for(name).unlink(missing_ok=True)


def read_file(path: str | Path) -> NetworkSpec:
    """A spec from a JSON file; a missing name is the file's stem. Errors name the file."""
    path = Path(path).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(QT_TRANSLATE_NOOP("NetworkDesigns", "no such file"), path) from None
    except UnicodeDecodeError as exc:
        raise UserError(QT_TRANSLATE_NOOP("NetworkDesigns",
            "not JSON: {reason} at byte {byte}"), path, reason=exc.reason,
            byte=exc.start) from None
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("NetworkDesigns", "cannot read it ({reason})"), path,
                        reason=exc.strerror or exc) from None
    try:
        stem: str | None = check_name(path.stem)
    except UserError:
        stem = None  # then a spec without a name is 'the name is missing'
    try:
        return NetworkSpec.parse(text, default_name=stem)
    except UserError as exc:
        raise exc.at(path) from None


def _looks_like_path(value: str) -> bool:
    return value.lower().endswith(SUFFIX) or "/" in value or os.sep in value


def load(path_or_name: str | Path) -> NetworkSpec:
    """A design by name (saved in the user's folder) or from a ``.json`` file (a path: it
    ends in .json or has a folder in it; a bare name that is no saved design but a file in the
    current folder is read too)."""
    if isinstance(path_or_name, Path) or _looks_like_path(path_or_name):
        return read_file(path_or_name)
    name = path_or_name
    if name in NETWORKS:
        raise UserError(QT_TRANSLATE_NOOP("NetworkDesigns",
            "{name!r} is a built-in network, not a design of your own"),
            name=name)
    try:
        saved_path: Path | None = path_for(name)
    except UserError:
        saved_path = None  # not a name a design can have: perhaps a file's
    if saved_path is not None and saved_path.is_file():
        return read_file(saved_path)
    if Path(name).is_file():
        return read_file(name)
    saved = saved_names()
    if saved:
        raise UnknownDesignError(QT_TRANSLATE_NOOP("NetworkDesigns",
            "no network design named {name!r} (saved: {saved}) and no "
            "such .json file"), name=name, saved=", ".join(saved))
    raise UnknownDesignError(QT_TRANSLATE_NOOP("NetworkDesigns",
        "no network design named {name!r} (none is saved yet) and no "
        "such .json file"), name=name)
