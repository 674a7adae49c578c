"""Model bundles: a folder with ``model.keras`` (to keep training), ``model.tflite`` (to
predict) and ``metadata.json`` (how it was made, how well it does); bundles trained since
replays exist also have ``replay.npz`` (the run, epoch by epoch: :mod:`.replay`), which
nothing needs to load the model.

A bundle is always written whole or not at all. It is built in a hidden folder beside the
target (``.NAME.partial-PID``), flushed to disk, and renamed into place; an old bundle of the
same name is first renamed aside (``.NAME.old-PID``) and deleted after. If a crash or a kill
interrupts this, :func:`recover` (run before every read and write of a models folder) puts
things right: the old bundle comes back if the new one never arrived, leftovers are deleted.

This module needs no TensorFlow: the window lists and loads bundles with it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digitgui.core import atomic, paths
from digitgui.core.errors import QT_TRANSLATE_NOOP, BundleError
from digitgui.core.userdata import user_config

KERAS_FILE = "model.keras"
TFLITE_FILE = "model.tflite"
METADATA_FILE = "metadata.json"
REPLAY_FILE = "replay.npz"
FORMAT_VERSION = 1
REQUIRED_METADATA = ("format", "name", "network", "created")
_LITTER = re.compile(r"^\.(?P<name>.+)\.(?P<kind>partial|old)-(?P<pid>\d+)(?:-\d+)?$")


@dataclass(frozen=True)
class Bundle:
    path: Path
    metadata: dict[str, Any]

    @property
    def name(self) -> str:
        return str(self.metadata.get("name") or self.path.name)

    @property
    def network(self) -> str:
        return str(self.metadata.get("network", "?"))

    @property
    def tflite_path(self) -> Path:
        return self.path / TFLITE_FILE

    @property
    def keras_path(self) -> Path:
        return self.path / KERAS_FILE

    @property
    def replay_path(self) -> Path:
        return self.path / REPLAY_FILE

    @property
    def has_replay(self) -> bool:
        return self.replay_path.is_file()

    @property
    def shipped(self) -> bool:
        return _same_path(self.path, paths.shipped_model_dir())

    @property
    def validation_accuracy(self) -> float | None:
        return self.metadata.get("validation_accuracy")

    @property
    def test_accuracy(self) -> float | None:
        return self.metadata.get("test_accuracy")


def _same_path(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def recover(folder: Path) -> None:
    """Finish or undo any bundle write in ``folder`` that a crash or kill interrupted."""
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return
    changed = False
    for entry in entries:
        match = _LITTER.match(entry.name)
        if not match or not entry.is_dir():
            continue
        target = entry.parent / match["name"]
        if match["kind"] == "old":
            if target.exists():
                shutil.rmtree(entry, ignore_errors=True)
            else:  # killed between moving the old bundle aside and moving the new one in
                os.replace(entry, target)
            changed = True
        elif not _pid_alive(int(match["pid"])):
            shutil.rmtree(entry, ignore_errors=True)
            changed = True
    # Only a change needs making durable: every bundle opened and listed comes through here,
    # and a directory fsync can take tens of milliseconds on a busy disk.
    if changed:
        atomic.fsync_dir(Path(folder))


def write_atomically(target: Path, fill: Callable[[Path], None]) -> Path:
    """Create the bundle folder ``target`` with ``fill(tmp_folder)``, all or nothing.

    ``fill`` writes the files into the folder it is given. If ``target`` exists it must be a
    bundle (we never replace a folder of something else) and is replaced.
    """
    target = Path(target).absolute()
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    recover(parent)
    if target.exists() and not (target / METADATA_FILE).is_file():
        if not target.is_dir() or any(target.iterdir()):
            raise BundleError(QT_TRANSLATE_NOOP("ModelBundle",
                "exists and is not a model bundle; choose another folder"),
                target)
    pid = os.getpid()
    partial = parent / f".{target.name}.partial-{pid}"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    try:
        fill(partial)
        for file in partial.iterdir():
            with open(file, "rb") as handle:
                os.fsync(handle.fileno())
        atomic.fsync_dir(partial)
        old = parent / f".{target.name}.old-{pid}"
        if target.exists():
            os.replace(target, old)
        os.replace(partial, target)
        atomic.fsync_dir(parent)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return target


def _check_tflite(path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise BundleError(QT_TRANSLATE_NOOP("ModelBundle",
            "cannot read model.tflite ({reason})"), path.parent,
            reason=exc.strerror) from None
    if len(head) < 8 or head[4:8] != b"TFL3":
        raise BundleError(QT_TRANSLATE_NOOP("ModelBundle",
            "model.tflite is damaged (not a LiteRT model)"), path.parent)


def load_bundle(path: str | Path, need_keras: bool = False) -> Bundle:
    """Open a bundle folder, checking that its files are there and look right."""
    path = Path(path).expanduser()
    recover(path.parent)
    if not path.is_dir():
        raise BundleError(QT_TRANSLATE_NOOP("ModelBundle",
            "no such model bundle (a folder with model.tflite)"), path)
    try:
        metadata = json.loads((path / METADATA_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BundleError(QT_TRANSLATE_NOOP("ModelBundle",
            "not a model bundle (no metadata.json)"), path) from None
    except (OSError, ValueError) as exc:
        raise BundleError(QT_TRANSLATE_NOOP("ModelBundle",
            "metadata.json is damaged ({reason})"), path,
            reason=exc) from None
    if not isinstance(metadata, dict) or any(k not in metadata for k in REQUIRED_METADATA):
        raise BundleError(QT_TRANSLATE_NOOP("ModelBundle",
            "metadata.json is not digitgui model metadata"), path)
    if not isinstance(metadata["format"], int) or metadata["format"] > FORMAT_VERSION:
        raise BundleError(QT_TRANSLATE_NOOP("ModelBundle",
            "made by a newer digitgui; update digitgui to use it"), path)
    if not (path / TFLITE_FILE).is_file():
        raise BundleError(QT_TRANSLATE_NOOP("ModelBundle",
            "incomplete bundle (no model.tflite)"), path)
    _check_tflite(path / TFLITE_FILE)
    if need_keras:
        keras_file = path / KERAS_FILE
        if not keras_file.is_file():
            raise BundleError(QT_TRANSLATE_NOOP("ModelBundle",
                "cannot be trained further (no model.keras)"), path)
        if not zipfile.is_zipfile(keras_file):
            raise BundleError(QT_TRANSLATE_NOOP("ModelBundle",
                "model.keras is damaged (not a Keras archive)"), path)
    return Bundle(path, metadata)


def default_bundle_path() -> Path:
    """The user's chosen default model if it still loads, else the shipped one."""
    chosen = user_config.get("default_model")
    if chosen:
        try:
            return load_bundle(chosen).path
        except BundleError:
            pass
    return paths.shipped_model_dir()


def resolve(spec: str | Path | None, need_keras: bool = False) -> Bundle:
    """``default`` (or None) means the default model; anything else is a bundle path."""
    if spec is None or str(spec) == "default":
        return load_bundle(default_bundle_path(), need_keras)
    return load_bundle(spec, need_keras)


def set_default(bundle: Bundle | None) -> None:
    """Make ``bundle`` the default model (None: back to the shipped one)."""
    if bundle is None or bundle.shipped:
        user_config.set_value("default_model", None)
    else:
        user_config.set_value("default_model", str(bundle.path.resolve()))


def list_bundles(folders: list[Path] | None = None) -> tuple[list[Bundle], list[BundleError]]:
    """Every bundle: the shipped one first, then the user's, newest first. Broken ones are
    returned as errors (to show), never raised."""
    bundles: list[Bundle] = []
    errors: list[BundleError] = []
    try:
        bundles.append(load_bundle(paths.shipped_model_dir()))
    except BundleError as exc:
        errors.append(exc)
    user: list[Bundle] = []
    for folder in folders or [paths.user_models_dir()]:
        recover(folder)
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir()):
            if entry.name.startswith(".") or not entry.is_dir():
                continue
            try:
                user.append(load_bundle(entry))
            except BundleError as exc:
                errors.append(exc)
    user.sort(key=lambda b: str(b.metadata.get("created", "")), reverse=True)
    return bundles + user, errors


def update_metadata(bundle: Bundle, changes: dict[str, Any]) -> Bundle:
    """Change some metadata fields, atomically (the file is replaced whole)."""
    metadata = {**bundle.metadata, **changes}
    atomic.write_json(bundle.path / METADATA_FILE, metadata)
    return Bundle(bundle.path, metadata)


def safe_folder_name(name: str) -> str:
    """A folder name from a user-given model name."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip(".-")
    return cleaned[:80] or "model"
