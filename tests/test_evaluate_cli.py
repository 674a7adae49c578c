"""``digitgui evaluate`` reports how honest the answers are, beside accuracy: the share of
misreads the app flags, the share of right answers it flags, and the calibration error. The
figures printed by the real command line are the library's."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest

from digitgui.cli.evaluate import honesty_line
from digitgui.core.models import bundle as bundles
from digitgui.core.models.evaluation import evaluate, load_evaluation_set, score
from digitgui.core.models.inference import Predictor
from tests.helpers import run_cli

HONESTY = re.compile(
    r"^misreads flagged \(not sure / not a digit\): (?P<misreads>[\d.]+) % of (?P<wrong>\d+); "
    r"right answers flagged: (?P<right>[\d.]+) % of (?P<n_right>\d+); "
    r"calibration error \(ECE\): (?P<ece>[\d.]+) %"
    r"(?:; not a digit: (?P<not_a_digit>[\d.]+) % of (?P<n>\d+))?$")


@pytest.fixture(scope="module")
def measured_set(tmp_path_factory) -> str:
    """The embedded validation split, a fifth of it turned a quarter: the shipped model reads
    the upright digits all or nearly all right, so the turned ones give it misreads to flag."""
    val = load_evaluation_set("embedded")
    x = np.round(val.x[..., 0] * 255).astype(np.uint8)
    x[::5] = np.rot90(x[::5], 1, axes=(1, 2))
    path = tmp_path_factory.mktemp("evaluate") / "turned.npz"
    np.savez(path, x=x, y=val.y)
    return str(path)


@pytest.fixture(scope="module")
def library(measured_set):
    """What the library computes for the shipped model on that set."""
    predictor = Predictor.for_bundle(bundles.resolve("default"), num_threads=None)
    return evaluate(predictor, load_evaluation_set(measured_set))


def test_text_report_gives_the_flagged_shares_and_the_calibration_error(library, measured_set):
    result = run_cli("evaluate", "--model", "default", "--data", measured_set)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "accuracy" in lines[0] and f"of {library.n} images" in lines[0]
    match = HONESTY.match(lines[1])  # right after the accuracy line
    assert match, lines[1]
    wrong = int((~library.correct).sum())
    assert int(match["wrong"]) == wrong and int(match["n_right"]) == library.n - wrong
    assert wrong > 0  # the turned digits give misreads: the misread share means something
    assert float(match["misreads"]) == pytest.approx(100 * library.misreads_flagged, abs=0.05)
    assert float(match["right"]) == pytest.approx(100 * library.right_flagged, abs=0.05)
    assert float(match["ece"]) == pytest.approx(100 * library.reliability.ece, abs=0.05)
    # "not a digit" is shown when some digits were answered so, with the library's share.
    if library.not_a_digit > 0:
        assert float(match["not_a_digit"]) == pytest.approx(100 * library.not_a_digit, abs=0.05)
    else:
        assert match["not_a_digit"] is None


def test_json_report_carries_the_same_figures(library, measured_set):
    result = run_cli("evaluate", "--model", "default", "--json", "--data", measured_set)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == json.loads(json.dumps(library.as_json()))
    assert report["misreads_flagged"] == pytest.approx(library.misreads_flagged, abs=1e-6)
    assert report["right_flagged"] == pytest.approx(library.right_flagged, abs=1e-6)
    assert report["ece"] == pytest.approx(library.reliability.ece, abs=1e-6)
    assert sum(report["reliability"]["counts"]) == library.n


def test_not_a_digit_shows_only_when_some_image_got_that_answer():
    labels = np.array([0, 1, 2, 3])
    logits = np.zeros((4, 10))
    logits[[0, 1], [0, 1]] = 12.0  # sure and right
    logits[2, 5] = 12.0  # sure and wrong: a misread the app does not flag
    # The last image: no digit stands out (even logits), so "not a digit", and wrong.
    figures = score(labels, logits)
    line = honesty_line(figures)
    assert figures.not_a_digit == 0.25
    assert line.endswith("; not a digit: 25.0 % of 4")
    assert line.startswith("misreads flagged (not sure / not a digit): 50.0 % of 2; "
                           "right answers flagged: 0.0 % of 2; ")


def test_no_misreads_is_said_plainly():
    figures = score(np.array([3, 4]), np.eye(10)[[3, 4]] * 12.0)
    assert honesty_line(figures).startswith("misreads flagged (not sure / not a digit): "
                                            "- (none); right answers flagged: 0.0 % of 2; ")


def test_a_set_of_pictures_that_are_not_digits(tmp_path):
    """Label 10 in an .npz: the report says how they were answered, and nothing about accuracy."""
    from PIL import Image

    from tests.test_answer import NOT_DIGITS

    pictures = np.stack([np.asarray(Image.open(p).convert("L").resize((28, 28))) for p in
                         NOT_DIGITS])
    path = tmp_path / "others.npz"
    np.savez(path, x=255 - pictures, y=np.full(len(pictures), 10))
    result = run_cli("evaluate", "--model", "default", "--data", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and f"{len(pictures)} pictures that are not digits" in lines[0]
    report = json.loads(run_cli("evaluate", "--model", "default", "--json", "--data",
                                str(path)).stdout)
    shares = report["non_digits"]
    assert report["n"] == 0 and shares["n"] == len(pictures)
    assert shares["not_a_digit"] + shares["not_sure"] + shares["digit"] == pytest.approx(1.0)
    assert f'"not a digit" {100 * shares["not_a_digit"]:.1f} %' in lines[0]
