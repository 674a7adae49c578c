"""Prediction on LiteRT: agrees with Keras, and is what the window and the CLI use."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from digitgui.core import paths
from digitgui.core.models import bundle as bundles
from digitgui.core.models.inference import Predictor, softmax
from tests.drawing import draw_digit
from tests.helpers import REPO, child_env

KERAS_LOGITS = """
import sys
import numpy as np
from digitgui.core.models.bundle import load_bundle
from digitgui.core.training.export import load_keras_model
model = load_keras_model(load_bundle(sys.argv[1], need_keras=True))
x = np.load(sys.argv[2])
np.save(sys.argv[3], np.asarray(model(x, training=False)))
np.save(sys.argv[4], model.predict(x, verbose=0))
"""


def _keras_logits(bundle_path, x, tmp_path):
    np.save(tmp_path / "x.npy", x)
    result = subprocess.run(
        [sys.executable, "-c", KERAS_LOGITS, str(bundle_path), str(tmp_path / "x.npy"),
         str(tmp_path / "call.npy"), str(tmp_path / "predict.npy")],
        capture_output=True, text=True, cwd=REPO, env=child_env(), timeout=180,
    )
    assert result.returncode == 0, result.stderr
    return np.load(tmp_path / "call.npy"), np.load(tmp_path / "predict.npy")


def _inputs(embedded):
    x, _ = embedded
    rng = np.random.default_rng(1)
    digits = x[rng.choice(len(x), 40, replace=False)].astype(np.float32) / 255
    noise = rng.random((8, 28, 28), dtype=np.float32)
    return np.concatenate([digits, noise])[..., None]


@pytest.mark.slow
@pytest.mark.parametrize("which", ["tiny", "shipped"])
def test_litert_agrees_with_keras(which, tiny_bundle, embedded, tmp_path):
    path = tiny_bundle if which == "tiny" else paths.shipped_model_dir()
    x = _inputs(embedded)
    called, predicted = _keras_logits(path, x, tmp_path)
    predictor = Predictor.for_bundle(bundles.load_bundle(path))
    lite = predictor.logits(x)
    assert np.abs(lite - called).max() < 1e-4
    assert np.abs(lite - predicted).max() < 1e-4
    assert np.abs(softmax(lite) - softmax(called)).max() < 1e-4
    one_by_one = np.concatenate([predictor.logits(x[i:i + 1]) for i in range(5)])
    assert np.abs(one_by_one - lite[:5]).max() < 1e-5  # batch size changes are handled


def test_predict_image_end_to_end(tiny_bundle, embedded):
    x, y = embedded
    predictor = Predictor.for_bundle(bundles.load_bundle(tiny_bundle))
    prediction = predictor.predict_image(draw_digit(x[y == 0][3], height=220))
    assert prediction.digit is not None
    assert prediction.probabilities.sum() == pytest.approx(1.0, abs=1e-5)
    assert prediction.confidence == pytest.approx(prediction.probabilities.max())
    blank = predictor.predict_image(np.full((100, 100), 255, np.uint8))
    assert blank.digit is None and blank.confidence == 0.0 and blank.probabilities.sum() == 0
