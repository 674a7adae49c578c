"""Fine-tuning on one person's handwriting, end to end: from the command line (the goal: with
30 samples a digit, that writer's error at least halves and MNIST loses at most 0.5 points)
and from the window (the before/after report, keep or discard)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from digitgui.core import paths
from digitgui.core.drawing.images import read_image
from digitgui.core.models import bundle as bundles
from digitgui.core.models.answer import Answer
from digitgui.core.models.inference import Predictor
from digitgui.core.training.fine_tune import base_validation, request
from digitgui.core.userdata.samples import SampleLibrary
from tests.helpers import NOT_DIGITS, PUBLIC_TEST_SET, embedded_arrays, run_cli
from tests.writer import writer_set

pytestmark = pytest.mark.slow


def _writer(per_digit: int, held_out: int, seed: int = 11):
    """The writer's training samples and other digits of theirs to test on."""
    x, y = embedded_arrays()
    rng = np.random.default_rng(seed)
    train, test = [], []
    for digit in range(10):
        index = rng.permutation(np.flatnonzero(y == digit))
        train += list(index[:per_digit])
        test += list(index[per_digit:per_digit + held_out])
    return (writer_set(x[train], y[train]), y[train]), (writer_set(x[test], y[test]), y[test])


def _accuracy(bundle_path, x, y) -> float:
    predictor = Predictor.for_bundle(bundles.load_bundle(bundle_path), num_threads=None)
    return float((predictor.logits(x).argmax(1) == y).mean())


def test_thirty_samples_a_digit_halve_the_writers_error(tmp_path):
    (train_x, train_y), (test_x, test_y) = _writer(per_digit=30, held_out=40)
    samples = tmp_path / "samples"
    for i, (image, digit) in enumerate(zip(train_x, train_y, strict=True)):
        (samples / str(digit)).mkdir(parents=True, exist_ok=True)
        Image.fromarray((image * 255).round().astype(np.uint8)).save(samples / str(digit) /
                                                                      f"{i}.png")
    new = tmp_path / "new"
    # The window's own fine-tune request: the samples, MNIST and drawings that are not digits.
    config = request(bundles.load_bundle(paths.shipped_model_dir()), samples)
    result = run_cli("train", *config.to_args(), "--out", str(new), timeout=600)
    assert result.returncode == 0, result.stderr
    old = paths.shipped_model_dir()
    before, after = 1 - _accuracy(old, test_x, test_y), 1 - _accuracy(new, test_x, test_y)
    # The writer's style really does trouble the base model (15 % wrong for the shipped one).
    assert before > 0.1, before
    assert after <= before / 2, (before, after)
    base = base_validation()
    drop = _accuracy(old, base.x, base.y) - _accuracy(new, base.x, base.y)
    assert drop <= 0.005, drop
    if PUBLIC_TEST_SET.is_file():
        with np.load(PUBLIC_TEST_SET) as test:
            mnist_x, mnist_y = test["x"].astype(np.float32) / 255, test["y"]
        drop = _accuracy(old, mnist_x, mnist_y) - _accuracy(new, mnist_x, mnist_y)
        assert drop <= 0.003, drop  # the goal: at most 0.3 points of MNIST
    # It still knows a drawing that is not a digit when it sees one.
    predictor = Predictor.for_bundle(bundles.load_bundle(new), num_threads=None)
    answers = [predictor.predict_image(read_image(p)).answer for p in NOT_DIGITS]
    assert answers.count(Answer.DIGIT) <= 2, answers
    assert answers.count(Answer.NOT_A_DIGIT) >= 0.6 * len(NOT_DIGITS), answers


def test_train_on_my_handwriting_from_the_window(qtbot, tiny_bundle, tmp_path):
    from digitgui.ui.main_window import MainWindow

    # A small seed model as the active one keeps this run short; the goal is tested above.
    mine = paths.user_models_dir() / "tiny"
    import shutil

    shutil.copytree(tiny_bundle, mine)
    bundles.set_default(bundles.load_bundle(mine))
    (train_x, train_y), _ = _writer(per_digit=6, held_out=1, seed=3)
    library = SampleLibrary()
    for image, digit in zip(train_x, train_y, strict=True):
        library.add(int(digit), image)

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.service.bundle.name == bundles.load_bundle(mine).name
    win.samples_view.refresh()
    answers = []

    def keep(report, new):
        answers.append((report, new))
        return True

    win.handwriting.ask_to_keep = keep
    with qtbot.waitSignal(win.handwriting.fineTuneFinished, timeout=240_000):
        win.samples_view.train_button.click()
    report, new = answers[0]
    assert report.yours.n == 10 and report.base.n == 500  # one held out of each six
    for row in report.comparisons:
        assert 0 <= row.before <= 1 and 0 <= row.after <= 1
    # Kept: it is the active model now (loaded in the background).
    qtbot.waitUntil(lambda: win.service.bundle.path == new.path, timeout=10_000)
    assert bundles.resolve("default").path == new.path.resolve()
    assert new.metadata["init_from"]["path"] == str(mine)
    win.training_panel.shutdown()
