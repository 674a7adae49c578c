"""Models that travel: a bundle as one ``.zip`` file, and its ``.tflite`` alone for phones.

``export_archive`` packs a bundle's files (``model.keras``, ``model.tflite``,
``metadata.json``, and the training replay where there is one) under one folder in a zip.
``import_archive`` takes such a file from anywhere, so it trusts nothing in it before it is
checked: only those file names, no paths that climb out, sizes within bounds (no zip bombs),
metadata digitgui wrote, a LiteRT model that takes 28x28 images and gives 10 outputs, and a
``model.keras`` whose layers are all ones digitgui knows, read as data (the window never
runs code from a file; the training child loads it in Keras' safe mode). The checked files
are then written into the user's models as one atomic bundle; a model of that name already
there is replaced only when asked (:class:`NameTakenError` otherwise).
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from digitgui.core import atomic, paths
from digitgui.core.errors import QT_TRANSLATE_NOOP, BundleError, UserError
from digitgui.core.models import bundle as bundles
from digitgui.core.models.bundle import Bundle
from digitgui.core.models.keras_file import read_network
from digitgui.core.models.model_store import BUNDLE_FILES, free_folder

OPTIONAL_FILES = (bundles.REPLAY_FILE,)
"""Files a bundle may carry besides its own three (the training replay)."""

ARCHIVE_FILES = (*BUNDLE_FILES, *OPTIONAL_FILES)
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_METADATA_BYTES = 1024 * 1024
MAX_RATIO = 100
"""A real model compresses 1.1-3 times; a file claiming far more is a zip bomb."""


class NameTakenError(UserError):
    """The archive's model has the name of one of the user's models: replace it, or keep
    both under another name (the caller asks)."""

    def __init__(self, name: str, existing: Path):
        super().__init__(QT_TRANSLATE_NOOP("ModelArchive",
            "a model named “{name}” is in your models already"), name=name)
        self.name, self.existing = name, existing


def export_archive(bundle: Bundle, target: str | Path) -> Path:
    """``bundle`` as one zip at ``target`` (written whole or not at all)."""
    target = Path(target).expanduser().absolute()
    current = bundles.load_bundle(bundle.path)  # still there and whole?
    folder = Path(current.path).name
    files = [name for name in ARCHIVE_FILES if (current.path / name).is_file()]

    def write(handle) -> None:
        with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in files:
                archive.write(current.path / name, f"{folder}/{name}")

    _write_file(target, write)
    return target


def export_tflite(bundle: Bundle, target: str | Path) -> Path:
    """The bundle's ``model.tflite`` alone (for a phone or another LiteRT app)."""
    target = Path(target).expanduser().absolute()
    current = bundles.load_bundle(bundle.path)
    data = current.tflite_path.read_bytes()
    _write_file(target, lambda handle: handle.write(data))
    return target


def _write_file(target: Path, write) -> None:
    if target.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("ModelArchive",
            "{target} is a folder; give a file name"), target=target)
    if not target.parent.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("ModelArchive", "no such folder"), target.parent)
    try:
        atomic.write_with(target, write)
    except OSError as exc:
        raise UserError(QT_TRANSLATE_NOOP("ModelArchive", "cannot write ({reason})"), target,
                        reason=exc.strerror or exc) from None


def archive_name(source: str | Path) -> str:
    """The name of the model in the archive at ``source`` (checked as :func:`read_archive`
    checks it): to ask the user about before importing."""
    with _checked_zip(Path(source)) as (archive, members):
        return _metadata(archive, members, Path(source))["name"]


def import_archive(source: str | Path, replace: bool = False, name: str | None = None,
                   models_dir: Path | None = None) -> Bundle:
    """Check the archive at ``source`` and add its model to the user's models.

    ``name`` gives the model another name (to keep both when one of that name exists);
    ``replace`` replaces the user's model of the same name. Otherwise a name that is taken
    raises :class:`NameTakenError` and nothing is written.
    """
    source = Path(source).expanduser().absolute()
    models = models_dir or paths.user_models_dir()
    models.mkdir(parents=True, exist_ok=True)
    scratch = _scratch_folder(models)
    try:
        unpacked = scratch / "bundle"
        unpacked.mkdir()
        with _checked_zip(source) as (archive, members):
            metadata = _metadata(archive, members, source)
            folder = _folder_of(members) or metadata["name"]
            for file_name, info in members.items():
                with archive.open(info) as src, open(unpacked / file_name, "wb") as dst:
                    shutil.copyfileobj(src, dst)
        if name is not None:
            metadata["name"] = _clean_name(name)
        (unpacked / bundles.METADATA_FILE).write_text(json.dumps(metadata, indent=2),
                                                      encoding="utf-8")
        _check_models(unpacked, source)
        target = _target(models, metadata["name"], name or folder, replace,
                         fresh=name is not None)

        def fill(into: Path) -> None:
            for file_name in os.listdir(unpacked):
                shutil.copyfile(unpacked / file_name, into / file_name)

        try:
            bundles.write_atomically(target, fill)
        except OSError as exc:
            raise BundleError(QT_TRANSLATE_NOOP("ModelArchive",
                "cannot be imported ({reason})"), source,
                reason=exc.strerror or exc) from None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return bundles.load_bundle(target)


@contextmanager
def _checked_zip(source: Path) -> Iterator[tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]]]:
    """The archive opened, with its members checked: {file name: ZipInfo}."""
    if not source.is_file():
        raise UserError(QT_TRANSLATE_NOOP("ModelArchive", "no such file"), source)
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UserError(QT_TRANSLATE_NOOP("ModelArchive",
            "not a digitgui model archive (not a zip file)"),
            source) from None
    with archive:
        yield archive, _members(archive, source)


def _members(archive: zipfile.ZipFile, source: Path) -> dict[str, zipfile.ZipInfo]:
    """The bundle files in the archive, at its top or in one folder; anything else is
    refused, as are paths that climb out and sizes out of bounds."""
    members: dict[str, zipfile.ZipInfo] = {}
    folders: set[str] = set()
    for info in archive.infolist():
        if info.is_dir():
            continue
        path = PurePosixPath(info.filename)
        if path.is_absolute() or ".." in path.parts or "\\" in info.filename or len(
                path.parts) > 2:
            raise UserError(QT_TRANSLATE_NOOP("ModelArchive",
                "refused: the archive holds the path {name!r}"), source,
                name=info.filename)
        if path.name not in ARCHIVE_FILES:
            raise UserError(QT_TRANSLATE_NOOP("ModelArchive",
                "not a digitgui model archive (it holds {name!r})"),
                source, name=info.filename)
        if path.name in members:
            raise UserError(QT_TRANSLATE_NOOP("ModelArchive",
                "refused: it holds {name} twice"), source, name=path.name)
        limit = MAX_METADATA_BYTES if path.name == bundles.METADATA_FILE else MAX_FILE_BYTES
        if info.file_size > limit or (
                info.file_size > 1024 * 1024
                and info.file_size > MAX_RATIO * max(1, info.compress_size)):
            raise UserError(QT_TRANSLATE_NOOP("ModelArchive",
                "refused: {name} is too large ({size:.0f} MB unpacked)"),
                source, name=path.name, size=info.file_size / 1e6)
        folders.add(path.parts[0] if len(path.parts) == 2 else "")
        members[path.name] = info
    if len(folders) > 1:
        raise UserError(QT_TRANSLATE_NOOP("ModelArchive",
            "not a digitgui model archive (it holds several folders)"),
            source)
    missing = [n for n in (bundles.METADATA_FILE, bundles.TFLITE_FILE) if n not in members]
    if missing:
        raise UserError(QT_TRANSLATE_NOOP("ModelArchive",
            "not a digitgui model archive (no {files})"), source,
            files=" or ".join(missing))
    return members


def _metadata(archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo],
              source: Path) -> dict:
    try:
        metadata = json.loads(archive.read(members[bundles.METADATA_FILE]))
    except (ValueError, zipfile.BadZipFile, OSError) as exc:
        raise UserError(QT_TRANSLATE_NOOP("ModelArchive",
            "its metadata.json is damaged ({reason})"), source,
            reason=exc) from None
    if not isinstance(metadata, dict) or any(
            k not in metadata for k in bundles.REQUIRED_METADATA):
        raise UserError(QT_TRANSLATE_NOOP("ModelArchive",
            "its metadata.json is not digitgui model metadata"), source)
    if not isinstance(metadata["format"], int) or metadata["format"] > bundles.FORMAT_VERSION:
        raise UserError(QT_TRANSLATE_NOOP("ModelArchive",
            "made by a newer digitgui; update digitgui to import it"),
            source)
    if not isinstance(metadata["name"], str) or not metadata["name"].strip():
        raise UserError(QT_TRANSLATE_NOOP("ModelArchive",
            "its metadata.json has no model name"), source)
    metadata["name"] = _clean_name(metadata["name"])
    return metadata


def _check_models(folder: Path, source: Path) -> None:
    """The unpacked files are what they say: LiteRT takes 28x28 and gives 10 numbers, and
    model.keras (if there) is made of layers digitgui knows."""
    from digitgui.core.models.inference import Predictor  # noqa: PLC0415  (loads LiteRT)

    try:
        bundle = bundles.load_bundle(folder)
        Predictor.for_bundle(bundle)
        if (folder / bundles.KERAS_FILE).is_file():
            layers, _name = read_network(folder / bundles.KERAS_FILE)
            last = layers[-1]
            if last.kind != "dense" or last.params["kernel"].shape[-1] != 10:
                raise BundleError(QT_TRANSLATE_NOOP("ModelArchive",
                    "model.keras does not end in 10 outputs"), folder)
    except BundleError as exc:
        # The reason without the scratch folder's path (and translated with it in the window).
        raise UserError(QT_TRANSLATE_NOOP("ModelArchive",
            "refused: {reason}"), source, reason=exc) from None


def _clean_name(name: str) -> str:
    return " ".join(str(name).split())[:100] or "imported model"


def _scratch_folder(models: Path) -> Path:
    """A folder to unpack into, named as bundle writes name theirs
    (``.NAME.partial-PID``): if a kill interrupts the import, the next listing of the models
    removes it (:func:`~digitgui.core.models.bundle.recover`)."""
    pid = os.getpid()
    for n in itertools.count():
        folder = models / (f".import.partial-{pid}" + (f"-{n}" if n else ""))
        try:
            folder.mkdir()
        except FileExistsError:
            continue
        return folder
    raise AssertionError("unreachable")


def _folder_of(members: dict[str, zipfile.ZipInfo]) -> str:
    """The archive's one folder ('' for files at its top)."""
    parts = PurePosixPath(next(iter(members.values())).filename).parts
    return parts[0] if len(parts) == 2 else ""


def _target(models: Path, name: str, folder: str, replace: bool, fresh: bool) -> Path:
    """The user's model named ``name`` if it is to be replaced; else a free folder named
    after ``folder``."""
    for existing in sorted(models.iterdir()):
        meta = existing / bundles.METADATA_FILE
        if existing.name.startswith(".") or not meta.is_file():
            continue
        try:
            taken = json.loads(meta.read_text(encoding="utf-8")).get("name")
        except (OSError, ValueError):
            continue
        if taken == name:
            if replace and not fresh:
                return existing
            raise NameTakenError(name, existing)
    return free_folder(models, folder)
