"""The evaluation panel: its figures equal ``digitgui evaluate --json`` run as a real child
process on the same set, the reliability diagram and the flagged shares included; a click on a
confusion-matrix cell shows exactly that cell's images; a click on an image hands it on;
unavailable sets are greyed out and explained; bad data is a message, never an exception.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from digitgui.core import paths
from digitgui.core.models import bundle as bundles
from digitgui.core.models.evaluation import load_evaluation_set
from digitgui.ui.evaluation import EvaluationPanel, EvaluationResult
from digitgui.ui.evaluation.sets import ASK_NPZ, MNIST_ROW, MNIST_TEST, SAMPLES_ROW
from tests.helpers import run_cli
from tests.test_data import write_fake_mnist_cache

WAIT_MS = 60_000
"""An evaluation takes well under a second; this only bounds a hung test on a busy machine."""


@pytest.fixture
def panel(qtbot):
    widget = EvaluationPanel()
    qtbot.addWidget(widget)
    widget.resize(1180, 360)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


def finish(qtbot, panel: EvaluationPanel) -> EvaluationResult | None:
    """Wait for the evaluation under way; its result (None when it failed)."""
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=WAIT_MS)
    return panel.result


def charts_drawn(qtbot, panel: EvaluationPanel) -> None:
    """Wait for the charts' pictures of what the panel shows (drawn in worker threads)."""
    views = (panel.per_digit_view, panel.reliability_view, panel.confusion_view)
    qtbot.waitUntil(lambda: not any(view.is_busy() for view in views), timeout=WAIT_MS)


def run_and_wait(qtbot, panel: EvaluationPanel, spec: str) -> EvaluationResult:
    with qtbot.waitSignal(panel.evaluated, timeout=WAIT_MS) as blocker:
        panel.evaluate(spec)
    charts_drawn(qtbot, panel)
    return blocker.args[0]


def cli_report(data: str, model: str | Path | None = None) -> dict:
    model_args = ["--model", str(model)] if model else []
    result = run_cli("evaluate", *model_args, "--json", "--data", data)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def shown_confusion(panel: EvaluationPanel) -> np.ndarray:
    """The counts written in the matrix's cells (blank cells are 0)."""
    matrix = np.zeros((10, 10), dtype=np.int64)
    for text in panel.confusion_view.axes.texts:
        column, row = text.get_position()
        matrix[int(row), int(column)] = int(text.get_text())
    return matrix


def shown_per_digit(panel: EvaluationPanel) -> dict[int, float]:
    """The tops of the per-digit bars, by digit."""
    return {round(bar.get_x() + bar.get_width() / 2): bar.get_y() + bar.get_height()
            for bar in panel.per_digit_view.axes.patches}


def assert_reliability_shown(panel: EvaluationPanel, report: dict) -> None:
    """Every bin that holds images is a bar from its left edge to its right, as high as its
    accuracy, with its count written on it; the title gives the calibration error."""
    diagram = panel.reliability_view
    reliability = report["reliability"]
    filled = [i for i, count in enumerate(reliability["counts"]) if count]
    assert len(diagram.accuracy_bars) == len(filled) == len(diagram.count_labels)
    for bar, label, i in zip(diagram.accuracy_bars, diagram.count_labels, filled, strict=True):
        left, right = reliability["bins"][i]
        assert bar.get_x() == pytest.approx(left) and bar.get_width() == pytest.approx(
            right - left)
        assert bar.get_height() == pytest.approx(reliability["accuracy"][i], abs=1e-6)
        assert label.get_text() == f"{reliability['counts'][i]:,}"
    # One line, or two in a narrow chart (broken after the "·").
    assert diagram.axes.get_title().replace("·\n", "· ") == (
        f"Reliability · calibration error (ECE) {100 * report['ece']:.1f} %")
    # The diagonal of perfect calibration is there to read the bars against.
    diagonal = diagram.axes.lines[0]
    assert list(diagonal.get_xdata()) == [0, 1] and list(diagonal.get_ydata()) == [0, 1]


def assert_flags_in_summary(panel: EvaluationPanel, report: dict) -> None:
    wrong = report["n"] - int(np.trace(np.array(report["confusion"])))
    text = panel.summary_label.text()
    misreads = ("no misreads" if report["misreads_flagged"] is None
                else f"{100 * report['misreads_flagged']:.1f} % of {wrong:,} misreads")
    right = ("no right answers" if report["right_flagged"] is None
             else f"{100 * report['right_flagged']:.1f} % of {report['n'] - wrong:,} right "
             "answers")
    assert f"Flagged: {misreads}, {right}" in text
    assert f"calibration error (ECE) {100 * report['ece']:.1f} %" in text
    assert ("“not a digit”" in text) == (report["not_a_digit"] > 0)


def assert_panel_shows(qtbot, panel: EvaluationPanel, report: dict) -> None:
    """The panel's figures, and what it draws of them, are the command line's."""
    charts_drawn(qtbot, panel)
    assert panel.evaluation.as_json() == report
    assert_reliability_shown(panel, report)
    assert_flags_in_summary(panel, report)
    assert panel.accuracy_label.text() == f"{100 * report['accuracy']:.2f} %"
    assert f"{report['n']:,} images" in panel.summary_label.text()
    np.testing.assert_array_equal(shown_confusion(panel), np.array(report["confusion"]))
    bars = shown_per_digit(panel)
    expected = {d: p for d, p in enumerate(report["per_class"]) if p is not None}
    assert bars.keys() == expected.keys()
    for digit, accuracy in expected.items():
        assert bars[digit] == pytest.approx(accuracy, abs=1e-6)


def click_cell(panel: EvaluationPanel, true: int, predicted: int) -> None:
    """A real left click (Qt press and release) on a cell of the matrix as drawn."""
    view = panel.confusion_view
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.cell_centre(true, predicted).toPoint())


def test_shipped_model_on_the_embedded_validation_split_matches_the_cli(qtbot, panel):
    report = cli_report("embedded")  # the default model: the shipped one for a fresh user
    panel.set_bundle(bundles.resolve("default"))
    with qtbot.waitSignal(panel.evaluated, timeout=WAIT_MS):
        panel.evaluate("embedded")
        assert panel.is_busy()  # it runs in the background: evaluate() came straight back
        assert not panel.evaluate_button.isEnabled()
    assert report["n"] == 500
    assert_panel_shows(qtbot, panel, report)
    assert panel.set_combo.currentIndex() == 0 and panel.evaluate_button.isEnabled()
    wrong = report["n"] - np.trace(np.array(report["confusion"]))
    assert panel.gallery.count() == wrong  # every misread image, and nothing else
    assert all(panel.result.evaluation.predicted[i] != panel.result.data.y[i]
               for i in panel.gallery.indices())


@pytest.mark.slow
def test_a_small_npz_with_a_trained_model_matches_the_cli(qtbot, panel, tiny_bundle, train_npz):
    report = cli_report(str(train_npz), tiny_bundle)
    panel.set_bundle(bundles.load_bundle(tiny_bundle))
    result = run_and_wait(qtbot, panel, str(train_npz))
    assert result.bundle.path == Path(tiny_bundle) and report["n"] == 1000
    assert_panel_shows(qtbot, panel, report)
    assert panel.set_combo.spec() == str(train_npz)  # the path is now a choice in the list

    # Another active model: the same set is evaluated again, with the new model.
    with qtbot.waitSignal(panel.evaluated, timeout=WAIT_MS) as blocker:
        panel.set_bundle(bundles.resolve("default"))
    assert blocker.args[0].bundle.shipped and blocker.args[0].spec == str(train_npz)
    assert_panel_shows(qtbot, panel, cli_report(str(train_npz)))


def test_clicking_a_cell_shows_its_images_and_an_image_goes_to_the_canvas(
        qtbot, panel, tiny_bundle, train_npz):
    panel.set_bundle(bundles.load_bundle(tiny_bundle))
    result = run_and_wait(qtbot, panel, str(train_npz))
    confusion = np.array(result.evaluation.confusion)
    mistakes = np.where(np.eye(10, dtype=bool), 0, confusion)
    # The most common mistake of a digit it also reads right sometimes (a 3-epoch seed
    # network may read no 4 at all), so that both cells below hold images.
    some_right = (np.diag(confusion) > 0)[:, None]
    true, read = (int(v) for v in np.unravel_index(np.where(some_right, mistakes, 0).argmax(),
                                                   mistakes.shape))
    assert confusion[true, read] > 0 and confusion[true, true] > 0

    for cell in ((true, read), (true, true)):
        click_cell(panel, *cell)
        expected = np.flatnonzero((result.data.y == cell[0])
                                  & (result.evaluation.predicted == cell[1]))
        shown = panel.gallery.indices()
        assert sorted(shown) == expected.tolist() and len(shown) == confusion[cell]
        assert panel.confusion_view.selected == cell
        assert panel.gallery.item(0).text().startswith(f"true {cell[0]} → read {cell[1]}")
        assert panel.mistakes_button.isEnabled()

    # Back to every mistake, then a click on an image hands it on as a 28x28 input.
    qtbot.mouseClick(panel.mistakes_button, Qt.MouseButton.LeftButton)
    assert panel.gallery.count() == mistakes.sum() and panel.confusion_view.selected is None
    item = panel.gallery.item(0)
    index = int(item.data(Qt.ItemDataRole.UserRole))
    caption = item.text().replace("\n", " ")
    assert caption.startswith(f"true {result.data.y[index]} → read "
                              f"{result.evaluation.predicted[index]} (")
    assert caption.endswith("%)")
    with qtbot.waitSignal(panel.imageChosen, timeout=2000) as chosen:
        QTest.mouseClick(panel.gallery.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier,
                         panel.gallery.visualItemRect(item).center())
    image = chosen.args[0]
    assert isinstance(image, np.ndarray) and image.shape == (28, 28)
    assert image.dtype == np.float32 and 0.0 <= image.min() and image.max() <= 1.0
    np.testing.assert_array_equal(image, result.data.x[index, :, :, 0])
    assert image[0].mean() < 0.1  # ink bright on a dark ground, as the network sees it


def test_my_samples_are_disabled_until_there_are_some(qtbot, panel, embedded):
    combo = panel.set_combo
    samples = paths.user_samples_dir()
    assert combo.itemText(SAMPLES_ROW) == "My samples (0)"
    assert not combo.model().item(SAMPLES_ROW).isEnabled()
    assert "no handwriting samples" in combo.itemData(SAMPLES_ROW, Qt.ItemDataRole.ToolTipRole)
    panel.set_bundle(bundles.resolve("default"))
    with qtbot.waitSignal(panel.message, timeout=2000):
        panel.evaluate(str(samples))
    assert panel.evaluation is None and "no handwriting samples" in panel.error

    x, y = embedded
    for digit in range(10):
        (samples / str(digit)).mkdir(parents=True)
        for k, image in enumerate(x[y == digit][:2]):
            # One of each digit dark on light, as a scanned sheet would be: either polarity.
            Image.fromarray(255 - image if k else image).save(samples / str(digit) / f"{k}.png")
    panel.refresh_sets()
    assert combo.itemText(SAMPLES_ROW) == "My samples (20)"
    assert combo.model().item(SAMPLES_ROW).isEnabled()
    combo.setCurrentIndex(SAMPLES_ROW)
    with qtbot.waitSignal(panel.evaluated, timeout=WAIT_MS):
        qtbot.mouseClick(panel.evaluate_button, Qt.MouseButton.LeftButton)
    assert panel.evaluation.n == 20 and "your samples" in panel.summary_label.text()
    assert_panel_shows(qtbot, panel, cli_report(str(samples)))


def test_full_mnist_is_disabled_until_cached(qtbot, panel, isolated_user, embedded):
    combo = panel.set_combo
    assert combo.itemData(MNIST_ROW) == MNIST_TEST
    assert not combo.model().item(MNIST_ROW).isEnabled()
    assert "not downloaded" in combo.itemData(MNIST_ROW, Qt.ItemDataRole.ToolTipRole)
    panel.set_bundle(bundles.resolve("default"))
    panel.evaluate(MNIST_TEST)
    assert not panel.is_busy() and "not downloaded" in panel.error

    write_fake_mnist_cache(isolated_user / "keras", embedded)  # 100 test images
    panel.refresh_sets()
    assert combo.model().item(MNIST_ROW).isEnabled()
    result = run_and_wait(qtbot, panel, MNIST_TEST)
    assert result.evaluation.n == 100 and panel.error is None
    assert len(load_evaluation_set(MNIST_TEST)) == 100


@pytest.mark.slow
def test_bad_data_is_a_message_in_the_panel(qtbot, panel, tmp_path, monkeypatch, train_npz):
    panel.set_bundle(bundles.resolve("default"))
    run_and_wait(qtbot, panel, str(train_npz))
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"PK\x03\x04 not really a zip file")
    messages: list[str] = []
    panel.message.connect(messages.append)
    panel.evaluate(str(broken))
    assert finish(qtbot, panel) is None
    assert panel.error.startswith(str(broken)) and "not a readable .npz" in panel.error
    assert messages[-1] == panel.error and panel.status_label.isVisibleTo(panel)
    # The old figures are gone: they would answer another question than the one asked.
    charts_drawn(qtbot, panel)
    assert panel.accuracy_label.text() == "—" and panel.gallery.count() == 0
    assert panel.confusion_view.confusion is None
    assert panel.reliability_view.reliability is None and not panel.reliability_view.accuracy_bars

    # Chosen through "Other .npz file…" (its file dialog answered here): images of 10x10.
    wrong_shape = tmp_path / "small-images.npz"
    np.savez(wrong_shape, x=np.zeros((3, 10, 10), np.uint8), y=np.array([1, 2, 3]))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName",
                        lambda *args, **kwargs: (str(wrong_shape), ""))
    panel.set_combo.activated.emit(panel.set_combo.findData(ASK_NPZ))
    assert finish(qtbot, panel) is None
    assert "must have shape (N, 28, 28)" in panel.error
    assert panel.set_combo.spec() == str(wrong_shape)

    # And a good set afterwards is shown again, the message gone.
    run_and_wait(qtbot, panel, str(train_npz))
    assert panel.error is None and not panel.status_label.isVisibleTo(panel)


def test_no_model_no_evaluation(qtbot, panel):
    assert not panel.evaluate_button.isEnabled()
    panel.evaluate("embedded")
    assert not panel.is_busy() and panel.error == "No active model to evaluate."
    panel.set_bundle(bundles.resolve("default"))
    assert panel.evaluate_button.isEnabled()
    run_and_wait(qtbot, panel, "embedded")
    panel.set_bundle(None)
    assert panel.evaluation is None and not panel.evaluate_button.isEnabled()


def test_the_small_charts_never_overlap_in_a_short_or_a_tall_dock(qtbot, panel):
    """Stacked in a short dock, the charts were squeezed under their minimum height and drawn
    over each other; now they go side by side there, and one above the other when tall."""
    charts = panel.charts
    per_digit, reliability = panel.per_digit_view, panel.reliability_view
    for height, orientation in ((360, Qt.Orientation.Horizontal),
                                (900, Qt.Orientation.Vertical),
                                (360, Qt.Orientation.Horizontal)):
        panel.resize(1180, height)
        qtbot.waitUntil(lambda o=orientation: charts.orientation() == o)
        qtbot.waitUntil(lambda: per_digit.height() >= per_digit.minimumHeight()
                        and reliability.height() >= reliability.minimumHeight())
        assert not per_digit.geometry().intersects(reliability.geometry())
        for chart in (per_digit, reliability):  # wholly inside the stack, nothing cut off
            assert charts.rect().contains(chart.geometry())
