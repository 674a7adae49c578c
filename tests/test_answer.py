"""The answer rule (digit, not sure, not a digit, blank), calibration, and the shipped model's
honesty on real pictures: real digits, committed drawings that are not digits, blank sheets."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PIL import Image

from digitgui.cli.predict import describe
from digitgui.core import paths
from digitgui.core.data import load_source, stratified_split, synthetic
from digitgui.core.drawing.images import read_image
from digitgui.core.drawing.ink import analyse
from digitgui.core.drawing.preprocess import Prepared
from digitgui.core.models import answer_fit
from digitgui.core.models import bundle as bundles
from digitgui.core.models.answer import DEFAULT_RULE, Answer, AnswerRule, decide, decide_many
from digitgui.core.models.calibration import fit_temperature, reliability, softmax
from digitgui.core.models.evaluation import evaluate, load_evaluation_set
from digitgui.core.models.inference import Prediction, Predictor
from tests.helpers import NOT_DIGITS, run_cli


def test_the_rule_on_probabilities():
    rule = AnswerRule(sure=0.8, digit_mass=0.5, max_pieces=3)
    sure = decide(np.array([0, 0, 0.95, 0.05, 0, 0, 0, 0, 0, 0]), rule)
    assert (sure.answer, sure.digit, sure.runner_up) == (Answer.DIGIT, 2, 3)
    torn = decide(np.array([0, 0.5, 0, 0, 0, 0, 0, 0.45, 0.05, 0]), rule)
    assert (torn.answer, torn.digit, torn.runner_up) == (Answer.NOT_SURE, 1, 7)
    flat = decide(np.full(10, 0.1), rule)
    assert flat.answer == Answer.NOT_A_DIGIT and flat.digit is None and flat.likely == 0
    assert decide(np.array([0, 0, 0.95, 0.05, 0, 0, 0, 0, 0, 0]), rule, pieces=5).answer \
        == Answer.NOT_A_DIGIT
    assert decide(None, rule).answer == Answer.BLANK
    batch = np.stack([np.eye(10)[4], np.full(10, 0.1), [0, 0.5, 0, 0, 0, 0, 0, 0.45, 0.05, 0]])
    assert list(decide_many(batch, rule)) == ["digit", "not a digit", "not sure"]


def test_a_rule_is_read_from_metadata_and_survives_nonsense():
    rule = AnswerRule(sure=0.9, digit_mass=0.6)
    assert AnswerRule.from_json(json.loads(json.dumps(rule.as_json()))) == rule
    assert AnswerRule.from_json(None) == DEFAULT_RULE
    assert AnswerRule.from_json({"sure": "high", "digit_mass": True}) == DEFAULT_RULE


def test_temperature_scaling_recovers_a_known_temperature():
    rng = np.random.default_rng(0)
    logits = rng.normal(0, 4, (4000, 10))
    truth = 2.5  # labels drawn from softmax(logits / 2.5): the logits are 2.5x too sure
    p = softmax(logits, truth)
    labels = np.array([rng.choice(10, p=row) for row in p])
    fitted = fit_temperature(logits, labels)
    assert fitted == pytest.approx(truth, rel=0.1)
    before = reliability(softmax(logits).max(1), softmax(logits).argmax(1) == labels).ece
    after_p = softmax(logits, fitted)
    after = reliability(after_p.max(1), after_p.argmax(1) == labels).ece
    assert after < before / 3 and after < 0.03


@pytest.fixture(scope="module")
def shipped():
    return Predictor.for_bundle(bundles.load_bundle(paths.shipped_model_dir()), num_threads=None)


def test_the_shipped_model_is_calibrated_and_has_a_measured_rule():
    meta = bundles.load_bundle(paths.shipped_model_dir()).metadata
    assert 0.25 <= meta["calibration"]["temperature"] <= 10
    rule = AnswerRule.from_json(meta["answer_rule"])
    assert rule != DEFAULT_RULE  # measured, not the fallback
    fitted = meta["answer_rule_fitted_on"]
    assert fitted["non_digits_not_a_digit"] >= 0.9 and fitted["real_digits_n"] >= 500
    # Every real source on its own: at most the half of the goal's 1 % the build allows.
    assert fitted["real_digits_not_a_digit"]
    assert max(fitted["real_digits_not_a_digit"].values()) <= 0.006


def test_real_digits_are_answered_and_misreads_flagged(shipped):
    result = evaluate(shipped, load_evaluation_set("embedded"))
    assert result.accuracy >= 0.985
    assert float(np.mean(result.answers == Answer.NOT_A_DIGIT.value)) <= 0.01
    assert result.right_flagged <= 0.03
    assert result.reliability.ece <= 0.03


def test_drawings_that_are_not_digits_are_not_read_as_digits(shipped):
    assert len(NOT_DIGITS) >= 12
    answers = {p.stem: shipped.predict_image(read_image(p)).answer for p in NOT_DIGITS}
    claimed = [name for name, answer in answers.items() if answer == Answer.DIGIT]
    rejected = [name for name, answer in answers.items() if answer == Answer.NOT_A_DIGIT]
    assert len(claimed) <= 1, answers
    assert len(rejected) >= 0.75 * len(NOT_DIGITS), answers


def test_blank_and_tiny_specks_are_blank_but_a_solid_blob_is_not(shipped):
    page = np.full((300, 300), 255, np.uint8)
    assert shipped.predict_image(page).answer == Answer.BLANK
    page[100:102, 150:152] = 0
    assert shipped.predict_image(page).answer == Answer.BLANK
    blob = read_image(next(p for p in NOT_DIGITS if p.stem == "blob"))
    # Once "8, > 99.9 % sure"; now never claimed as a digit.
    assert shipped.predict_image(blob).answer in (Answer.NOT_A_DIGIT, Answer.NOT_SURE)


def test_cli_answers_for_a_digit_a_non_digit_and_a_blank(tmp_path, embedded):
    x, y = embedded
    Image.fromarray(255 - x[y == 3][0]).resize((112, 112)).save(tmp_path / "three.png")
    Image.new("L", (80, 80), 255).save(tmp_path / "blank.png")
    letter = next(p for p in NOT_DIGITS if p.stem == "letter-H")
    result = run_cli("predict", "--json", str(tmp_path / "three.png"), str(letter),
                     str(tmp_path / "blank.png"))
    assert result.returncode == 0, result.stderr
    three, h, blank = (json.loads(line) for line in result.stdout.splitlines())
    assert (three["answer"], three["digit"]) == ("digit", 3)
    assert h["answer"] == "not a digit" and h["digit"] is None
    assert (blank["answer"], blank["digit"]) == ("blank", None)
    text = run_cli("predict", str(letter)).stdout
    assert text.startswith(f"{letter}: not a digit")


def test_two_touching_digits_are_not_one(shipped):
    """Two digits side by side in one picture, as a number's reader sees neighbours that touch
    (made from the embedded validation digits, which no model was trained on): "Not a
    digit", so that the reader cuts them apart (the model before answered 12 % of them with
    a digit; this one none of 300)."""
    val = stratified_split(load_source("embedded"), 0.1)[1]
    pairs = synthetic.digit_pairs(np.round(val.x[..., 0] * 255).astype(np.uint8), 120, seed=7)
    answers = list(decide_many(shipped.probabilities(pairs.astype(np.float32) / 255),
                               shipped.rule))
    assert answers.count(Answer.DIGIT.value) <= 2
    assert answers.count(Answer.NOT_A_DIGIT.value) >= 0.9 * len(pairs)


def test_the_not_a_digit_line_holds_for_every_real_source(build, tmp_path):
    """Pooled with many neat digits, a source of unusual writers would have many more of its
    digits called "not a digit" than the line allows; each real source is held to it alone."""
    embedded = load_source("embedded")
    digits = np.round(embedded.x[..., 0] * 255).astype(np.uint8)
    # Writers unlike any other: the same digits turned a quarter.
    odd = np.rot90(digits, 1, axes=(1, 2))
    np.savez(tmp_path / "odd.npz", x=odd, y=embedded.y)
    bundle = bundles.load_bundle(paths.shipped_model_dir())
    alone = build.fit_answer_rule(bundle, ["embedded"])
    both = build.fit_answer_rule(bundle, ["embedded", str(tmp_path / "odd.npz")])
    shares = both["answer_rule_fitted_on"]["real_digits_not_a_digit"]
    assert set(shares) == {"embedded", "odd.npz"}
    assert max(shares.values()) <= answer_fit.REAL_DIGITS_NOT_A_DIGIT + 0.001, shares
    assert both["answer_rule"]["digit_mass"] < alone["answer_rule"]["digit_mass"]
    assert both["answer_rule_fitted_on"]["non_digits_not_a_digit"] is None  # none to measure


def test_not_sure_says_when_no_two_digits_hold_the_picture():
    """Between the "not a digit" line and the "sure" line, a picture the two likeliest digits
    do not hold is "not sure", and the words say it may not be a digit at all."""
    ink = np.zeros((28, 28), np.float32)
    ink[4:24, 12:16] = 1.0
    prepared = Prepared(ink, analyse(ink))

    def prediction(p):
        p = np.array(p, dtype=np.float32)
        return Prediction(decide(p, DEFAULT_RULE), p, prepared, DEFAULT_RULE)

    torn = prediction([0, 0.52, 0, 0, 0, 0, 0, 0.45, 0.03, 0])
    loose = prediction([0, 0.05, 0.1, 0.05, 0.6, 0.05, 0.05, 0, 0.05, 0.05])
    assert torn.answer == loose.answer == Answer.NOT_SURE
    assert torn.verdict.between_two_digits and not loose.verdict.between_two_digits
    assert describe(torn) == "not sure: 1 or 7 (52.0 % / 45.0 %)"
    assert describe(loose) == "not sure: 4, or not a digit (60.0 % / 2: 10.0 %)"
