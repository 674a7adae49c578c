"""The drawing canvas, the probability bars and the preview, with real widgets and events."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt

from digitgui.core.data import load_source, stratified_split
from digitgui.core.drawing.ink import analyse
from digitgui.core.drawing.preprocess import Prepared
from digitgui.core.models import bundle as bundles
from digitgui.core.models.answer import DEFAULT_RULE, Answer, decide
from digitgui.core.models.inference import Prediction, Predictor
from digitgui.ui.canvas import DrawingCanvas
from digitgui.ui.prediction_view import PredictionView, verdict
from tests.drawing import strokes_of
from tests.qt_input import draw_on_paper, draw_stroke


@pytest.fixture
def canvas(qtbot):
    widget = DrawingCanvas()
    qtbot.addWidget(widget)
    widget.resize(400, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _ink(canvas) -> int:
    return int((canvas.to_array() < 128).sum())


def test_drawing_with_the_mouse_puts_ink_on_the_sheet(canvas, qtbot):
    assert canvas.is_empty() and _ink(canvas) == 0
    with qtbot.waitSignal(canvas.changed):
        draw_stroke(canvas, [(100, 100), (150, 180), (200, 250), (210, 300)])
    assert not canvas.is_empty() and _ink(canvas) > 500
    assert len(canvas.drawing.strokes) == 1 and len(canvas.drawing.strokes[0].points) == 4


def test_undo_redo_clear_eraser(canvas):
    draw_stroke(canvas, [(100, 100), (300, 100)])
    one = _ink(canvas)
    draw_stroke(canvas, [(100, 200), (300, 200)])
    two = _ink(canvas)
    assert two > one * 1.5
    canvas.undo()
    assert _ink(canvas) == one
    canvas.redo()
    assert _ink(canvas) == two
    canvas.eraser = True
    draw_stroke(canvas, [(200, 80), (200, 220)])  # cuts across both lines
    canvas.eraser = False
    assert _ink(canvas) < two
    canvas.clear()
    assert _ink(canvas) == 0 and canvas.is_empty()
    canvas.undo()  # clearing is undoable too
    assert _ink(canvas) > 0
    canvas.undo()
    canvas.undo()
    canvas.undo()
    assert not canvas.can_undo() and _ink(canvas) == 0
    draw_stroke(canvas, [(50, 50), (60, 60)])
    assert not canvas.can_redo()  # a new stroke forgets what was undone


def test_a_single_click_makes_a_dot(canvas):
    draw_stroke(canvas, [(200, 200)])
    assert _ink(canvas) > 100


def test_the_drawing_survives_a_resize(canvas, qtbot):
    draw_stroke(canvas, [(100, 100), (300, 300)])
    before = _ink(canvas) / canvas.to_array().size
    canvas.resize(600, 500)
    qtbot.waitUntil(lambda: canvas.to_array().shape[0] > 400, timeout=2000)
    after = _ink(canvas) / canvas.to_array().size
    assert after == pytest.approx(before, rel=0.15)


def test_pen_width_changes_the_stroke(canvas):
    canvas.pen_width = 8
    draw_stroke(canvas, [(60, 100), (340, 100)])
    thin = _ink(canvas)
    canvas.clear()
    canvas.pen_width = 40
    draw_stroke(canvas, [(60, 100), (340, 100)])
    assert _ink(canvas) > 3 * thin


def test_a_validation_digit_drawn_on_the_canvas_is_read_right(canvas):
    """Digits the shipped model never trained on, traced with the mouse like a person would."""
    predictor = Predictor.for_bundle(bundles.resolve("default"))
    validation = stratified_split(load_source("embedded"), 0.1)[1]
    right = 0
    picks = [int(np.flatnonzero(validation.y == d)[0]) for d in range(10)]
    for index in picks:
        canvas.clear()
        digit = (validation.x[index, ..., 0] * 255).astype(np.uint8)
        draw_on_paper(canvas, strokes_of(digit))
        prediction = predictor.predict_image(canvas.to_array(320))
        right += prediction.digit == validation.y[index]
    assert right >= 9, right


def test_prediction_view_states(qtbot):
    view = PredictionView()
    qtbot.addWidget(view)
    predictor = Predictor.for_bundle(bundles.resolve("default"))
    blank = predictor.predict_image(np.full((100, 100), 255, np.uint8))
    view.show_prediction(blank)
    assert view.confidence_label.text() == "No digit" and view.digit_label.text() == "–"
    assert view.preview.pixels() is None
    x = load_source("embedded").x
    prediction = predictor.predict_image((x[2500, ..., 0] * 255).astype(np.uint8))
    view.show_prediction(prediction)
    assert view.digit_label.text() == str(prediction.digit)
    assert view.bars.probabilities().sum() == pytest.approx(1.0, abs=1e-4)
    assert view.preview.pixels().shape == (28, 28)
    view.threshold_box.setValue(100)  # now nothing is sure enough
    assert view.confidence_label.text().startswith("Not sure")


def _prediction(probabilities, pieces: int = 1) -> Prediction:
    ink = np.zeros((28, 28), np.float32)
    ink[4:24, 12:16] = 1.0
    prepared = Prepared(ink, replace(analyse(ink), pieces=pieces))
    p = np.array(probabilities, dtype=np.float32)
    return Prediction(decide(p, DEFAULT_RULE, pieces), p, prepared, DEFAULT_RULE)


def test_answer_wording_follows_the_core_rule():
    close = _prediction([0, 0.52, 0, 0, 0, 0, 0, 0.45, 0.03, 0])
    assert verdict(close) == ("1", "Not sure: 1 or 7", "1: 52.0 %, 7: 45.0 %")
    sure = _prediction([0, 0, 0.97, 0.03, 0, 0, 0, 0, 0, 0])
    assert verdict(sure) == ("2", "97.0 % sure", "")
    assert verdict(sure, 0.99)[1] == "Not sure: 2 or 3"  # the window's own threshold
    # Not sure, and no two digits hold it: perhaps not a digit at all.
    loose = _prediction([0, 0.05, 0.1, 0.05, 0.6, 0.05, 0.05, 0, 0.05, 0.05])
    assert loose.answer == Answer.NOT_SURE and not loose.verdict.between_two_digits
    assert verdict(loose) == ("4", "Not sure: 4, or not a digit", "4: 60.0 %, 2: 10.0 %")
    assert close.verdict.between_two_digits
    flat = _prediction([0.1] * 10)
    assert verdict(flat)[:2] == ("?", "Not a digit")
    pieces = _prediction([0, 0, 0.97, 0.03, 0, 0, 0, 0, 0, 0], pieces=6)
    assert verdict(pieces)[1] == "Not a digit"
    assert verdict(None) == ("–", "No digit", "Draw a digit on the sheet.")


def test_not_a_digit_greys_the_bars_and_claims_nothing(qtbot):
    view = PredictionView()
    qtbot.addWidget(view)
    view.show_prediction(_prediction([0.1] * 10))
    assert view.digit_label.text() == "?" and view.confidence_label.text() == "Not a digit"
    assert view.bars.greyed() and not view.keep_button.isEnabled()
    view.show_prediction(_prediction([0, 0, 0.97, 0.03, 0, 0, 0, 0, 0, 0]))
    assert not view.bars.greyed() and view.keep_button.isEnabled()


def test_clicking_a_bar_label_names_the_digit(qtbot):
    view = PredictionView()
    qtbot.addWidget(view)
    view.resize(400, 600)
    view.show()
    qtbot.waitExposed(view)
    bars = view.bars
    row = bars.height() / 10
    with qtbot.waitSignal(view.digitClicked) as signal:
        qtbot.mouseClick(bars, Qt.MouseButton.LeftButton,
                         pos=bars.rect().topLeft() + type(bars.rect().topLeft())(
                             int(bars.label_width() / 2), int(row * 6.5)))
    assert signal.args == [6]
