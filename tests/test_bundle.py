"""Model bundles: atomic writes that survive a kill at any moment, clear errors for damaged or
foreign bundles, the default model."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from digitgui.core import paths
from digitgui.core.errors import BundleError
from digitgui.core.models import bundle as bundles
from tests.helpers import REPO

WRITER = r"""
import json, sys, time, zipfile, io
from pathlib import Path
from digitgui.core.models.bundle import write_atomically

target, version = Path(sys.argv[1]), sys.argv[2]

def fill(folder):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("config.json", version * 1000)
    (folder / "model.keras").write_bytes(buffer.getvalue())
    time.sleep(0.03)
    with open(folder / "model.tflite", "wb") as handle:
        handle.write(b"\0\0\0\0TFL3")
        for _ in range(20):
            handle.write(version.encode() * 5000)
            handle.flush()
            time.sleep(0.005)
    time.sleep(0.03)
    (folder / "metadata.json").write_text(json.dumps(
        {"format": 1, "name": version, "network": "seed", "created": "2026-01-01T00:00:00"}))

print("writing", flush=True)
write_atomically(target, fill)
print("done", flush=True)
"""


def _write(target: Path, version: str, kill_after: float | None = None) -> bool:
    """Write a fake bundle in a child process; kill it after ``kill_after`` seconds.
    Returns True if the child finished."""
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(target), version],
                             stdout=subprocess.PIPE, text=True, cwd=REPO)
    assert child.stdout.readline().strip() == "writing"
    if kill_after is not None:
        time.sleep(kill_after)
        child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    return child.returncode == 0


def _assert_whole(target: Path, allowed: set[str]) -> str:
    loaded = bundles.load_bundle(target, need_keras=True)  # recovers first
    version = loaded.name
    assert version in allowed
    payload = (target / "model.tflite").read_bytes()
    assert payload == b"\0\0\0\0TFL3" + version.encode() * 5000 * 20  # whole, and the same write
    with zipfile.ZipFile(target / "model.keras") as archive:
        assert archive.read("config.json") == version.encode() * 1000
    litter = [p.name for p in target.parent.iterdir() if p.name.startswith(".")]
    assert litter == [], litter
    return version


def test_a_kill_at_any_moment_leaves_the_old_bundle_or_the_new_one_whole(tmp_path):
    target = tmp_path / "models" / "mine"
    assert _write(target, "a")
    current = "a"
    for i, delay in enumerate([0.0, 0.01, 0.03, 0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.4]):
        new = "bcdefghijklmnop"[i]
        _write(target, new, kill_after=delay)
        current = _assert_whole(target, {current, new})
    assert current != "a"  # the later kills came after the write had finished


def test_recovery_from_each_interrupted_state(tmp_path):
    target = tmp_path / "mine"
    _write(target, "a")
    # Killed between moving the old bundle aside and moving the new one in:
    os.replace(target, tmp_path / ".mine.old-999999")
    (tmp_path / ".mine.partial-999999").mkdir()
    _assert_whole(target, {"a"})
    # Killed while deleting the old one after the new one arrived:
    (tmp_path / ".mine.old-999998").mkdir()
    (tmp_path / ".mine.old-999998" / "model.tflite").write_bytes(b"half")
    _assert_whole(target, {"a"})


def test_never_replaces_a_folder_that_is_not_a_bundle(tmp_path):
    precious = tmp_path / "photos"
    precious.mkdir()
    (precious / "holiday.jpg").write_bytes(b"...")
    with pytest.raises(BundleError, match="not a model bundle"):
        bundles.write_atomically(precious, lambda folder: None)
    assert (precious / "holiday.jpg").read_bytes() == b"..."


def _fake_bundle(folder: Path, **metadata) -> Path:
    folder.mkdir(parents=True)
    (folder / "model.tflite").write_bytes(b"\0\0\0\0TFL3rest")
    (folder / "model.keras").write_bytes(b"")
    data = {"format": 1, "name": folder.name, "network": "seed", "created": "2026-01-01",
            **metadata}
    (folder / "metadata.json").write_text(json.dumps(data))
    return folder


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda f: (f / "metadata.json").unlink(), "no metadata.json"),
        (lambda f: (f / "metadata.json").write_text("{not json"), "metadata.json is damaged"),
        (lambda f: (f / "metadata.json").write_text('{"hello": 1}'), "not digitgui model metadata"),
        (lambda f: (f / "metadata.json").write_text('[1, 2]'), "not digitgui model metadata"),
        (lambda f: (f / "model.tflite").unlink(), "no model.tflite"),
        (lambda f: (f / "model.tflite").write_bytes(b"GIF89a..."), "not a LiteRT model"),
        (lambda f: (f / "metadata.json").write_text(
            '{"format": 99, "name": "x", "network": "cnn", "created": "now"}'), "newer digitgui"),
    ],
)
def test_damaged_or_foreign_bundles_give_a_clear_message(tmp_path, damage, message):
    folder = _fake_bundle(tmp_path / "b")
    damage(folder)
    with pytest.raises(BundleError, match=message) as caught:
        bundles.load_bundle(folder)
    assert str(folder) in str(caught.value)


def test_a_bundle_that_cannot_continue_training(tmp_path):
    folder = _fake_bundle(tmp_path / "b")
    bundles.load_bundle(folder)  # fine for predicting
    with pytest.raises(BundleError, match="model.keras is damaged"):
        bundles.load_bundle(folder, need_keras=True)
    (folder / "model.keras").unlink()
    with pytest.raises(BundleError, match="cannot be trained further"):
        bundles.load_bundle(folder, need_keras=True)


def test_listing_skips_broken_bundles_and_reports_them(tmp_path):
    folder = tmp_path / "models"
    _fake_bundle(folder / "old", created="2026-01-01T10:00:00")
    _fake_bundle(folder / "new", created="2026-03-01T10:00:00")
    broken = _fake_bundle(folder / "broken")
    (broken / "model.tflite").unlink()
    found, errors = bundles.list_bundles([folder])
    names = [b.name for b in found]
    assert names[0] == "default" and names[1:] == ["new", "old"]
    assert len(errors) == 1 and "broken" in str(errors[0])


def test_the_default_model_is_the_shipped_one_until_the_user_picks_another(tmp_path):
    assert bundles.resolve("default").path == paths.shipped_model_dir()
    mine = bundles.load_bundle(_fake_bundle(paths.user_models_dir() / "mine"))
    bundles.set_default(mine)
    assert bundles.resolve("default").path == mine.path.resolve()
    assert bundles.resolve(None).name == "mine"
    # If the chosen one disappears, the shipped model is the default again.
    for file in mine.path.iterdir():
        file.unlink()
    mine.path.rmdir()
    assert bundles.resolve("default").shipped


def test_metadata_updates_are_atomic_and_kept(tmp_path):
    loaded = bundles.load_bundle(_fake_bundle(tmp_path / "b"))
    updated = bundles.update_metadata(loaded, {"test_accuracy": 0.99})
    assert bundles.load_bundle(tmp_path / "b").metadata["test_accuracy"] == 0.99
    assert updated.test_accuracy == 0.99
    assert [p.name for p in (tmp_path / "b").iterdir() if p.name.startswith(".")] == []
