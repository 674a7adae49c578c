"""The user's model bundles as things to manage: rename, delete, import and export.

Built on :mod:`digitgui.core.models.bundle`: every write goes through its ``write_atomically`` and
every read through ``load_bundle`` (which runs ``recover`` first), so a crash or a kill in the
middle of any operation here leaves each bundle whole or gone, never half there.

Qt-free: the window's model picker and any script can use it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from digitgui.core import atomic
from digitgui.core.errors import QT_TRANSLATE_NOOP, BundleError
from digitgui.core.models import bundle as bundles
from digitgui.core.models.bundle import Bundle
from digitgui.core.userdata import user_config

MAX_NAME_LENGTH = 100
# The files a bundle is made of; only these travel on import and export, so a bundle folder
# that someone filled with other things (notes, images) does not drag them along.
BUNDLE_FILES = (bundles.KERAS_FILE, bundles.TFLITE_FILE, bundles.METADATA_FILE)


def _reason(exc: BundleError) -> str:
    """The message of a BundleError without its ``PATH: `` prefix (to re-word it)."""
    text = str(exc)
    prefix = f"{exc.path}: " if exc.path else ""
    return text[len(prefix):] if prefix and text.startswith(prefix) else text


def same_folder(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name the same folder (links and ``..`` resolved)."""
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def rename(bundle: Bundle, new_name: str) -> Bundle:
    """Give ``bundle`` a new display name (its metadata ``name``); the folder keeps its name,
    so paths that point at it (the default model, scripts) keep working."""
    name = " ".join(str(new_name).split())  # no newlines or tabs in a name shown on one line
    if not name:
        raise BundleError(QT_TRANSLATE_NOOP("ModelStore",
            "a model needs a name (it cannot be empty)"), bundle.path)
    if len(name) > MAX_NAME_LENGTH:
        raise BundleError(QT_TRANSLATE_NOOP("ModelStore",
            "a model name can have at most {most} characters"), bundle.path,
            most=MAX_NAME_LENGTH)
    if bundle.shipped:
        # It belongs to the installation (often read-only, and replaced on upgrade).
        raise BundleError(QT_TRANSLATE_NOOP("ModelStore",
            "the shipped model cannot be renamed; import a copy to name it"),
            bundle.path)
    current = bundles.load_bundle(bundle.path)  # fresh metadata: keep others' recent changes
    try:
        return bundles.update_metadata(current, {"name": name})
    except OSError as exc:
        raise BundleError(QT_TRANSLATE_NOOP("ModelStore", "cannot rename ({reason})"), bundle.path,
                          reason=exc.strerror or exc) from None


def delete(bundle: Bundle) -> None:
    """Delete the user's ``bundle`` for good. If it was the default model, the shipped one is
    the default again.

    The folder is first renamed to a hidden ``.NAME.partial-PID`` name (one atomic step: from
    then on it no longer lists), then removed. A kill during the removal leaves only that
    hidden folder, which ``recover`` deletes once this process is gone. (Not ``.NAME.old-PID``:
    ``recover`` would put a half-removed ``old`` folder back in place as if it were whole.)
    """
    if bundle.shipped:
        raise BundleError(QT_TRANSLATE_NOOP("ModelStore",
            "the shipped model cannot be deleted"), bundle.path)
    path = Path(bundle.path).absolute()
    if not path.is_dir():
        raise BundleError(QT_TRANSLATE_NOOP("ModelStore",
            "no such model bundle (deleted already?)"), path)
    if not (path / bundles.METADATA_FILE).is_file():
        # Never remove a folder that is not a bundle, whatever the caller passed.
        raise BundleError(QT_TRANSLATE_NOOP("ModelStore",
            "not a model bundle (no metadata.json); not deleting"), path)
    chosen = user_config.get("default_model")  # as saved, even if it no longer loads
    was_default = bool(chosen) and same_folder(Path(chosen), path)
    doomed = _free_hidden_name(path, "partial")
    try:
        os.replace(path, doomed)
    except OSError as exc:
        raise BundleError(QT_TRANSLATE_NOOP("ModelStore", "cannot delete ({reason})"), path,
                          reason=exc.strerror or exc) from None
    try:
        atomic.fsync_dir(path.parent)
        if was_default:
            bundles.set_default(None)
    finally:  # the bundle is gone from the list already: finish even if the config failed
        shutil.rmtree(doomed, ignore_errors=True)  # what is left, recover removes later


def _free_hidden_name(path: Path, kind: str) -> Path:
    """``.NAME.KIND-PID`` beside ``path`` (with ``-N`` if taken): a name ``recover`` knows."""
    base = f".{path.name}.{kind}-{os.getpid()}"
    candidate, n = path.parent / base, 2
    while candidate.exists():
        candidate, n = path.parent / f"{base}-{n}", n + 1
    return candidate


def free_folder(parent: Path, name: str) -> Path:
    """``parent/NAME``, or ``NAME-2``, ``NAME-3``… if taken (the training engine's scheme)."""
    stem = bundles.safe_folder_name(name)
    target, n = parent / stem, 2
    while target.exists():
        target, n = parent / f"{stem}-{n}", n + 1
    return target
