"""The shipped default model: >= 99.0 % on MNIST's test set, it reads drawn digits
(anywhere on a big canvas, small or large, thin or thick pen) as well as MNIST's own, and it
reads the forms of digits written across countries, surely."""

from __future__ import annotations

import numpy as np
import pytest

from digitgui.core import paths
from digitgui.core.drawing.images import read_image
from digitgui.core.drawing.preprocess import prepare
from digitgui.core.models import bundle as bundles
from digitgui.core.models.answer import Answer
from digitgui.core.models.inference import Predictor
from tests.drawing import draw_digit
from tests.helpers import DIGIT_FORMS

GOAL = 0.990


@pytest.fixture(scope="module")
def predictor():
    return Predictor.for_bundle(bundles.load_bundle(paths.shipped_model_dir()), num_threads=None)


def test_shipped_bundle_is_whole_and_described():
    shipped = bundles.load_bundle(paths.shipped_model_dir(), need_keras=True)
    meta = shipped.metadata
    assert meta["network"] == "cnn" and meta["data"][0]["source"] == "embedded"
    assert meta["stopped"] is False and meta["validation_accuracy"] >= 0.985
    assert meta["test_accuracy"] >= GOAL  # recorded by `digitgui evaluate --record`


def test_accuracy_on_the_mnist_test_set(predictor, public_test_set):
    x, y = public_test_set
    accuracy = float((predictor.logits(x.astype(np.float32) / 255).argmax(1) == y).mean())
    assert accuracy >= GOAL, accuracy


VARIANTS = {
    # name: (canvas, digit height, pen width relative to MNIST's, where)
    "large, centred": ((480, 640), 320, 1.0, (0.5, 0.5)),
    "small, in a corner": ((480, 640), 60, 1.0, (0.15, 0.85)),
    "tiny": ((480, 640), 36, 1.0, (0.5, 0.1)),
    "thin pen": ((480, 640), 300, 0.35, (0.55, 0.4)),
    "heavy pen": ((480, 640), 200, 2.0, (0.5, 0.6)),
}


SLOW_VARIANTS = {"large, centred", "thin pen", "heavy pen"}  # big sheets to redraw: 8-14 s each


@pytest.mark.parametrize("variant", [
    pytest.param(name, marks=pytest.mark.slow) if name in SLOW_VARIANTS else name
    for name in VARIANTS
])
def test_reads_drawn_digits_as_well_as_mnists_own(predictor, public_test_set, variant):
    x, y = public_test_set
    rng = np.random.default_rng(0)
    index = rng.choice(len(x), 300, replace=False)
    own = float((predictor.logits(x[index].astype(np.float32) / 255).argmax(1) == y[index]).mean())
    canvas, height, pen, where = VARIANTS[variant]
    inputs = []
    for i in index:
        prepared = prepare(draw_digit(x[i], canvas=canvas, height=height, pen=pen, centre=where))
        assert prepared.pixels is not None
        inputs.append(prepared.pixels)
    drawn = float((predictor.logits(np.stack(inputs)).argmax(1) == y[index]).mean())
    # Redrawing a digit from its skeleton loses a little of its shape by itself (about one
    # point, measured on the "large, centred" variant), so "as well as MNIST's own" is taken
    # as within 2.5 points of the very same digits as MNIST stores them.
    assert drawn >= own - 0.025, (variant, drawn, own)


def test_blank_canvases_are_no_digit(predictor):
    rng = np.random.default_rng(3)
    page = np.full((480, 640), 255, np.uint8)
    assert predictor.predict_image(page).digit is None
    specks = page.copy()
    for _ in range(4):
        y, x = rng.integers(10, 470), rng.integers(10, 630)
        specks[y: y + 2, x: x + 2] = 0
    assert predictor.predict_image(specks).digit is None


def test_reads_the_forms_of_every_country_surely(predictor):
    """Issue 9's list of forms, each drawn once by hand (tests/data/draw_digit_forms.py): a 1
    with a flag and with a foot, 7 with and without a crossbar, 9 with a straight, curved and
    hooked tail, 4 open and closed, 2 with and without a loop, a slashed 0, 6 and 8 in one
    stroke and in two. Each must be read as its digit, and not merely as the likeliest one: a
    form the app doubts ("Not sure") is a form it does not know."""
    assert len(DIGIT_FORMS) == 16
    answers = {p.stem: predictor.predict_image(read_image(p)) for p in DIGIT_FORMS}
    wrong = {name: (a.answer, a.digit) for name, a in answers.items()
             if a.answer != Answer.DIGIT or a.digit != int(name[0])}
    assert not wrong, wrong
