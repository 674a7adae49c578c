"""Models that travel: export to one file, import it elsewhere, and nothing untrusted gets in.

Run as a user would, through the command line in a fresh user folder."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import numpy as np
import pytest

from digitgui.core import paths
from digitgui.core.models import bundle as bundles
from digitgui.core.models.inference import Predictor
from tests.helpers import run_cli

SHIPPED = paths.shipped_model_dir()


def _home(tmp_path: Path, name: str) -> dict[str, str]:
    return {"DIGITGUI_HOME": str(tmp_path / name)}


def _models(tmp_path: Path, name: str) -> list[str]:
    folder = tmp_path / name / "models"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


@pytest.fixture
def bundle_with_replay(tmp_path) -> Path:
    """A copy of the shipped bundle, renamed, carrying a training replay."""
    folder = tmp_path / "source" / "my-model"
    shutil.copytree(SHIPPED, folder)
    metadata = json.loads((folder / "metadata.json").read_text())
    metadata["name"] = "my model"
    (folder / "metadata.json").write_text(json.dumps(metadata))
    np.savez_compressed(folder / "replay.npz", epochs=np.arange(3))
    return folder


def test_export_and_import_round_trip_in_a_fresh_user_folder(tmp_path, bundle_with_replay,
                                                             embedded):
    archive = tmp_path / "my-model.zip"
    result = run_cli("export", str(bundle_with_replay), str(archive),
                     env=_home(tmp_path, "here"))
    assert result.returncode == 0, result.stderr
    names = sorted(zipfile.ZipFile(archive).namelist())
    assert names == [f"my-model/{n}" for n in ("metadata.json", "model.keras",
                                               "model.tflite", "replay.npz")]

    result = run_cli("import", str(archive), env=_home(tmp_path, "there"))
    assert result.returncode == 0, result.stderr
    assert "Imported “my model”" in result.stdout
    imported = bundles.load_bundle(tmp_path / "there" / "models" / "my-model")
    assert imported.name == "my model" and (imported.path / "replay.npz").is_file()
    x = embedded[0][:20].astype(np.float32) / 255
    before = Predictor.for_bundle(bundles.load_bundle(bundle_with_replay)).logits(x)
    np.testing.assert_array_equal(Predictor.for_bundle(imported).logits(x), before)

    # The same name again: asked, not overwritten; --name keeps both; --replace replaces.
    again = run_cli("import", str(archive), env=_home(tmp_path, "there"))
    assert again.returncode == 2 and len(again.stderr.strip().splitlines()) == 1
    assert "--replace" in again.stderr and _models(tmp_path, "there") == ["my-model"]
    both = run_cli("import", str(archive), "--name", "my model 2", env=_home(tmp_path, "there"))
    assert both.returncode == 0, both.stderr
    assert _models(tmp_path, "there") == ["my-model", "my-model-2"]
    (imported.path / "replay.npz").unlink()  # changed here: --replace brings it back
    replaced = run_cli("import", str(archive), "--replace", env=_home(tmp_path, "there"))
    assert replaced.returncode == 0, replaced.stderr
    assert (imported.path / "replay.npz").is_file()
    assert _models(tmp_path, "there") == ["my-model", "my-model-2"]


def test_export_the_tflite_alone_for_phones(tmp_path):
    target = tmp_path / "digits.tflite"
    result = run_cli("export", "default", str(target), env=_home(tmp_path, "u"))
    assert result.returncode == 0, result.stderr
    assert target.read_bytes() == (SHIPPED / "model.tflite").read_bytes()
    wrong = run_cli("export", "default", str(tmp_path / "digits.txt"), env=_home(tmp_path, "u"))
    assert wrong.returncode == 2 and ".zip" in wrong.stderr
    assert not (tmp_path / "digits.txt").exists()


def _zip(path: Path, files: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def _shipped_files() -> dict[str, bytes]:
    return {f"m/{n}": (SHIPPED / n).read_bytes()
            for n in ("metadata.json", "model.keras", "model.tflite")}


def _lambda_keras() -> bytes:
    """The shipped model.keras with one layer claiming to be a Lambda (code in a file)."""
    source = zipfile.ZipFile(SHIPPED / "model.keras")
    config = json.loads(source.read("config.json"))
    config["config"]["layers"][1]["class_name"] = "Lambda"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in source.namelist():
            data = json.dumps(config).encode() if name == "config.json" else source.read(name)
            archive.writestr(name, data)
    return out.getvalue()


BAD_ARCHIVES = {
    "not a zip": lambda: b"this is not a zip file",
    "climbs out": lambda: {**_shipped_files(), "../evil/metadata.json": b"{}"},
    "stranger file": lambda: {**_shipped_files(), "m/notes.txt": b"hello"},
    "no tflite": lambda: {k: v for k, v in _shipped_files().items() if "tflite" not in k},
    "bomb": lambda: {**_shipped_files(), "m/model.tflite": b"\0" * (8 * 1024 * 1024)},
    "damaged metadata": lambda: {**_shipped_files(), "m/metadata.json": b"{not json"},
    "foreign metadata": lambda: {**_shipped_files(), "m/metadata.json": b'{"name": "x"}'},
    "fake tflite": lambda: {**_shipped_files(), "m/model.tflite": b"\0\0\0\0TFL3" + b"x" * 99},
    "code in keras": lambda: {**_shipped_files(), "m/model.keras": _lambda_keras()},
}


@pytest.mark.parametrize("case", list(BAD_ARCHIVES))
def test_a_bad_archive_is_one_line_and_changes_nothing(tmp_path, case):
    content = BAD_ARCHIVES[case]()
    path = tmp_path / "bad.zip"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        _zip(path, content)
    result = run_cli("import", str(path), env=_home(tmp_path, "u"))
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert str(path) in lines[0]
    assert _models(tmp_path, "u") == []  # nothing written, no scratch folder left behind
