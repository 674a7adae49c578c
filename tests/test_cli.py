"""The command-line contract that other tools depend on, exactly."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from digitgui.core.data import load_source
from digitgui.core.models import bundle as bundles
from digitgui.core.models.evaluation import evaluate
from digitgui.core.models.inference import Predictor
from tests.drawing import draw_digit
from tests.helpers import REPO, child_env, one_line, run_cli


@pytest.fixture
def images(tmp_path, embedded):
    x, y = embedded
    paths = {}
    Image.fromarray(draw_digit(x[y == 3][0], height=180)).save(tmp_path / "three.png")
    Image.fromarray(255 - x[y == 7][0]).save(tmp_path / "seven.jpg", quality=95)
    Image.fromarray(x[y == 1][0]).convert("RGB").save(tmp_path / "one.bmp")
    Image.new("L", (200, 120), 255).save(tmp_path / "blank.png")
    for name in ("three.png", "seven.jpg", "one.bmp", "blank.png"):
        paths[name] = str(tmp_path / name)
    return paths


def test_predict_json_contract(tiny_bundle, images):
    result = run_cli("predict", "--model", str(tiny_bundle), "--json", *images.values())
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["path"] for line in lines] == list(images.values())
    for line in lines:
        assert set(line) == {"path", "digit", "answer", "confidence", "runner_up",
                             "probabilities"}
        assert len(line["probabilities"]) == 10
        assert all(isinstance(p, float) for p in line["probabilities"])
        assert isinstance(line["confidence"], float)
    for line in lines[:3]:
        assert line["answer"] in ("digit", "not sure", "not a digit")
        if line["answer"] == "not a digit":
            assert line["digit"] is None
        else:
            assert isinstance(line["digit"], int) and 0 <= line["digit"] <= 9
            assert line["digit"] == int(np.argmax(line["probabilities"]))
        assert isinstance(line["runner_up"], int) and line["runner_up"] != line["digit"]
        assert sum(line["probabilities"]) == pytest.approx(1.0, abs=1e-4)
        assert line["confidence"] == pytest.approx(max(line["probabilities"]))
    blank = lines[3]
    assert blank["digit"] is None and blank["confidence"] == 0.0
    assert blank["answer"] == "blank" and blank["runner_up"] is None


def test_predict_human_output_and_a_bad_file(tiny_bundle, images, tmp_path):
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image")
    result = run_cli("predict", "--model", str(tiny_bundle), images["three.png"], str(broken),
                     images["blank.png"])
    assert result.returncode == 2
    assert str(broken) in one_line(result.stderr)
    out = result.stdout.splitlines()
    assert out[0].startswith(images["three.png"] + ": ") and "%" in out[0]
    assert out[1] == images["blank.png"] + ": no digit (the image looks blank)"


def test_predict_with_the_default_model(images):
    result = run_cli("predict", "--json", images["seven.jpg"])
    assert result.returncode == 0, result.stderr
    line = json.loads(result.stdout)
    assert line["digit"] == 7 and line["answer"] == "digit"


def test_evaluate_json_contract_matches_the_library(tiny_bundle, train_npz):
    result = run_cli("evaluate", "--model", str(tiny_bundle), "--json", "--data", str(train_npz))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"accuracy", "n", "per_class", "confusion", "misreads_flagged",
                           "right_flagged", "not_a_digit", "ece", "reliability", "non_digits"}
    assert report["n"] == 1000 and len(report["per_class"]) == 10
    confusion = np.array(report["confusion"])
    assert confusion.shape == (10, 10) and confusion.sum() == 1000
    assert report["accuracy"] == pytest.approx(np.trace(confusion) / 1000)
    direct = evaluate(Predictor.for_bundle(bundles.load_bundle(tiny_bundle)),
                      load_source(str(train_npz)))
    assert direct.confusion == report["confusion"]


def test_evaluate_on_a_folder_and_record(tiny_bundle, tmp_path, embedded):
    import shutil

    from tests.test_data import _write_folder

    mine = tmp_path / "mine"
    shutil.copytree(tiny_bundle, mine)  # the session's bundle stays as it was for others
    folder = _write_folder(tmp_path / "set", embedded, per_digit=4)
    result = run_cli("evaluate", "--model", str(mine), "--data", str(folder), "--record")
    assert result.returncode == 0, result.stderr
    assert "accuracy" in result.stdout and "of 40 images" in result.stdout
    meta = bundles.load_bundle(mine).metadata
    assert meta["test_n"] == 40 and meta["test_data"] == str(folder)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["predict", "--model", "nowhere", "x.png"], "nowhere: no such model bundle"),
        (["predict"], "the following arguments are required"),
        (["evaluate", "--data", "missing.npz"], "missing.npz: no such file or folder"),
        (["evaluate"], "--data"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_user_mistakes_are_one_line(args, message):
    result = run_cli(*args)
    assert result.returncode == 2
    assert message in one_line(result.stderr)


def test_a_damaged_model_is_a_clear_message(tiny_bundle, tmp_path, images):
    import shutil

    damaged = tmp_path / "damaged"
    shutil.copytree(tiny_bundle, damaged)
    (damaged / "model.tflite").write_bytes(b"\0\0\0\0TFL3" + b"\0" * 100)
    result = run_cli("predict", "--model", str(damaged), images["three.png"])
    assert result.returncode == 2
    assert "model.tflite cannot be loaded" in one_line(result.stderr)


PROBE = """
import sys, json
from digitgui.cli.main import main
status = main(sys.argv[1:])
heavy = [m for m in ("tensorflow", "keras", "PySide6", "matplotlib") if m in sys.modules]
print(json.dumps({"status": status, "heavy": heavy}), file=sys.stderr)
"""


def test_prediction_never_imports_tensorflow(tiny_bundle, images, train_npz):
    for args in (["predict", "--json", "--model", str(tiny_bundle), images["three.png"]],
                 ["evaluate", "--json", "--model", str(tiny_bundle), "--data", str(train_npz)]):
        result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                                text=True, env=child_env(), cwd=REPO, timeout=120)
        report = json.loads(result.stderr.strip().splitlines()[-1])
        assert report == {"status": 0, "heavy": []}


def test_version_and_help():
    assert run_cli("--version").stdout.startswith("digitgui ")
    for command in ("train", "predict", "evaluate", "bench"):
        result = run_cli(command, "--help")
        assert result.returncode == 0 and "usage: digitgui " + command in result.stdout
