"""A non-editable install works: the wheel carries the shipped model and the embedded data.

The wheel is built here without the network (no build isolation: hatchling is a test
dependency), installed without dependencies into a fresh virtual environment, which borrows
this environment's site-packages for TensorFlow, LiteRT and the rest, and run from a folder
outside the repository."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from tests.drawing import draw_digit
from tests.helpers import REPO

pytestmark = pytest.mark.slow


def _run(*args, **kwargs):
    result = subprocess.run(args, capture_output=True, text=True, timeout=600, **kwargs)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_wheel_installs_and_predicts_outside_the_repo(tmp_path, embedded):
    dist = tmp_path / "dist"
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(dist), str(REPO))
    wheel = next(dist.glob("digitgui-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("digitgui/models/default/model.tflite", "digitgui/models/default/model.keras",
                   "digitgui/models/default/metadata.json",
                   "digitgui/resources/mnist-embedded.npz",
                   "digitgui/resources/i18n/digitgui_de.qm"):
        assert needed in names

    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", str(venv))
    python = venv / "bin" / "python"
    _run(str(python), "-m", "pip", "install", "--no-deps", "--no-index", "--quiet", str(wheel))
    site = Path(_run(str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])")
                .stdout.strip())
    (site / "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    x, y = embedded
    Image.fromarray(draw_digit(x[y == 4][5], height=200)).save(outside / "four.png")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = _run(str(venv / "bin" / "digitgui"), "predict", "--json", "four.png",
                  cwd=outside, env=env)
    assert json.loads(result.stdout)["digit"] == 4
    where = _run(str(python), "-c", "import digitgui, digitgui.core.paths as p; "
                 "print(digitgui.__file__); print(p.shipped_model_dir())", cwd=outside, env=env)
    module_file, model_dir = where.stdout.split()
    assert str(venv) in module_file and str(venv) in model_dir
    train = _run(str(venv / "bin" / "digitgui"), "train", "--network", "seed", "--epochs", "1",
                 "--out", str(outside / "b"), "--events", "jsonl", cwd=outside, env=env)
    assert json.loads(train.stdout.splitlines()[-1])["event"] == "done"
