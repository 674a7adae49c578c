"""Managing the user's models: rename, delete, import and export real bundles, and a kill in the
middle of a delete or an import that leaves no half bundle behind."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from digitgui.core import paths
from digitgui.core.errors import BundleError
from digitgui.core.models import archive, model_store
from digitgui.core.models import bundle as bundles
from digitgui.core.userdata import user_config
from tests.helpers import REPO


def _copy(tiny_bundle: Path, target: Path, **metadata) -> bundles.Bundle:
    """A copy of the session's real bundle (never modify the original), with some metadata."""
    shutil.copytree(tiny_bundle, target)
    copy = bundles.load_bundle(target, need_keras=True)
    return bundles.update_metadata(copy, metadata) if metadata else copy


def _litter(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_rename_changes_the_name_not_the_folder(tiny_bundle):
    mine = _copy(tiny_bundle, paths.user_models_dir() / "mine")
    renamed = model_store.rename(mine, "  My own\n digits ")
    assert renamed.name == "My own digits" and renamed.path == mine.path
    reloaded = bundles.load_bundle(mine.path, need_keras=True)
    assert reloaded.name == "My own digits"
    assert {k: v for k, v in reloaded.metadata.items() if k != "name"} == {
        k: v for k, v in mine.metadata.items() if k != "name"}
    assert _litter(mine.path) == [] and _litter(mine.path.parent) == []


@pytest.mark.parametrize("name", ["", "   ", "\n\t "])
def test_an_empty_name_is_refused(tiny_bundle, name):
    mine = _copy(tiny_bundle, paths.user_models_dir() / "mine", name="kept")
    with pytest.raises(BundleError, match="cannot be empty"):
        model_store.rename(mine, name)
    assert bundles.load_bundle(mine.path).name == "kept"


def test_the_shipped_model_cannot_be_renamed_or_deleted():
    shipped = bundles.load_bundle(paths.shipped_model_dir())
    before = _files(shipped.path)
    with pytest.raises(BundleError, match="shipped model cannot be renamed"):
        model_store.rename(shipped, "mine now")
    with pytest.raises(BundleError, match="shipped model cannot be deleted"):
        model_store.delete(shipped)
    assert _files(shipped.path) == before


def test_delete_removes_the_bundle_and_the_default_falls_back(tiny_bundle):
    keep = _copy(tiny_bundle, paths.user_models_dir() / "keep")
    mine = _copy(tiny_bundle, paths.user_models_dir() / "mine")
    bundles.set_default(mine)
    assert bundles.resolve("default").path == mine.path.resolve()

    model_store.delete(mine)

    assert not mine.path.exists()
    listed, errors = bundles.list_bundles()
    assert [b.path for b in listed[1:]] == [keep.path] and errors == []
    assert bundles.resolve("default").shipped
    assert user_config.get("default_model") is None  # forgotten, not merely unloadable
    assert _litter(paths.user_models_dir()) == []
    with pytest.raises(BundleError, match="deleted already"):
        model_store.delete(mine)


def test_deleting_another_model_keeps_the_default(tiny_bundle):
    active = _copy(tiny_bundle, paths.user_models_dir() / "active")
    other = _copy(tiny_bundle, paths.user_models_dir() / "other")
    bundles.set_default(active)
    model_store.delete(other)
    assert bundles.resolve("default").path == active.path.resolve()


def test_delete_never_removes_a_folder_that_is_not_a_bundle(tmp_path):
    photos = tmp_path / "photos"
    photos.mkdir()
    (photos / "holiday.jpg").write_bytes(b"...")
    fake = bundles.Bundle(photos, {"name": "photos"})
    with pytest.raises(BundleError, match="not a model bundle"):
        model_store.delete(fake)
    assert (photos / "holiday.jpg").read_bytes() == b"..."


def test_a_bundle_write_never_replaces_a_folder_of_something_else(tmp_path):
    elsewhere = tmp_path / "elsewhere" / "mine"
    elsewhere.mkdir(parents=True)
    (elsewhere / "notes.txt").write_text("precious")
    with pytest.raises(BundleError, match="not a model bundle"):
        bundles.write_atomically(elsewhere, lambda folder: None)
    assert (elsewhere / "notes.txt").read_text() == "precious"


# A child process that runs one operation and freezes at a chosen moment, to be killed there.
FREEZER = r"""
import os, shutil, sys, time
from digitgui.core.models import archive
from digitgui.core.models import bundle as bundles
from digitgui.core.models import model_store

operation, moment, path = sys.argv[1:4]

def freeze_after(real):
    def frozen(*args, **kwargs):
        result = real(*args, **kwargs)
        print("frozen", flush=True)
        time.sleep(120)
        return result
    return frozen

def freeze_before(real):
    def frozen(*args, **kwargs):
        print("frozen", flush=True)
        time.sleep(120)
        return real(*args, **kwargs)
    return frozen

if moment == "after-first-unlink":      # the removal half done
    os.unlink = freeze_after(os.unlink)
elif moment == "before-rmtree":         # moved aside, nothing removed yet
    shutil.rmtree = freeze_before(shutil.rmtree)
elif moment == "after-first-copy":      # the import half copied
    shutil.copyfile = freeze_after(shutil.copyfile)
elif moment == "before-move-in":        # the import copied whole, not yet in place
    os.replace = freeze_before(os.replace)

if operation == "delete":
    model_store.delete(bundles.load_bundle(path))
else:
    archive.import_archive(path)
print("finished", flush=True)
"""


def _run_and_kill(operation: str, moment: str, path: Path) -> str:
    """Run ``operation`` on ``path`` in a child; kill it when it freezes. Returns its last
    line: "frozen" (killed there) or "finished"."""
    child = subprocess.Popen([sys.executable, "-c", FREEZER, operation, moment, str(path)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             cwd=REPO)
    line = child.stdout.readline().strip()
    if line == "frozen":
        child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    assert line in ("frozen", "finished"), child.stderr.read()
    return line


@pytest.mark.parametrize("moment", ["before-rmtree", "after-first-unlink"])
def test_a_kill_during_delete_leaves_no_half_bundle(tiny_bundle, moment):
    models = paths.user_models_dir()
    keep = _copy(tiny_bundle, models / "keep")
    mine = _copy(tiny_bundle, models / "mine")
    bundles.set_default(mine)

    assert _run_and_kill("delete", moment, mine.path) == "frozen"
    assert _litter(models)  # the child really was killed midway

    listed, errors = bundles.list_bundles()  # recovers first
    assert [b.path for b in listed[1:]] == [keep.path] and errors == []
    assert not mine.path.exists()
    assert bundles.resolve("default").shipped
    assert _litter(models) == []


@pytest.mark.parametrize("moment", ["after-first-copy", "before-move-in", "none"])
def test_a_kill_during_import_leaves_no_half_bundle(tiny_bundle, tmp_path, moment):
    source = _copy(tiny_bundle, tmp_path / "to-import", name="Imported")
    packed = archive.export_archive(source, tmp_path / "to-import.zip")
    models = paths.user_models_dir()

    outcome = _run_and_kill("import", moment, packed)

    listed, errors = bundles.list_bundles()  # recovers first
    assert errors == []
    if outcome == "finished":  # the control: without a kill the import arrives whole
        assert moment == "none"
        assert [b.name for b in listed[1:]] == ["Imported"]
        bundles.load_bundle(models / "to-import", need_keras=True)
    else:
        assert listed[1:] == []
        assert [p.name for p in models.iterdir()] == []
    assert _litter(models) == []
    assert json.loads((source.path / "metadata.json").read_text())["name"] == "Imported"
