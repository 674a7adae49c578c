"""Number mode in the window: a wide sheet, the number read whole, each digit boxed and
chosen, a correction kept as a sample."""

from __future__ import annotations

import numpy as np
from PIL import Image
from PySide6.QtCore import Qt

from tests.helpers import REPO

NUMBERS = REPO / "tests" / "data" / "numbers"


def _reading(window, qtbot):
    """The reading of the sheet as it is now (readings of earlier states may still come:
    wait for one of the ink now on the sheet)."""
    qtbot.waitUntil(lambda: window.service.last_number is not None
                    and not window.service.last_number.blank
                    and not window.service.is_reading(), timeout=5000)
    return window.service.last_number


def _put_number(window, qtbot, name: str):
    """Open a drawn number onto the sheet (as File → Open does) and wait for its reading."""
    window.open_image(NUMBERS / name)
    return _reading(window, qtbot)


def test_the_number_toggle_reads_a_number_whole_and_boxes_its_digits(window, qtbot):
    from digitgui.ui import settings

    qtbot.waitUntil(lambda: window.service.bundle is not None, timeout=5000)
    square = window.canvas.paper_rect()
    window.canvas_panel.number_action.trigger()
    assert window.service.number_mode and settings.read("canvas/number_mode") is True
    wide = window.canvas.paper_rect()
    assert abs(wide.width() / wide.height() - 3.0) < 0.05
    assert abs(square.width() / square.height() - 1.0) < 0.05
    assert window.numbers.view.isVisible()

    reading = _put_number(window, qtbot, "year.png")
    assert reading.number == "2026"
    view = window.numbers.view
    assert view.number_label.text() == "2026"
    assert len(view.tiles.buttons()) == 4 and len(window.canvas.boxes) == 4
    assert window.canvas.selected_box == 0
    # Click the third digit: the bars show its reading.
    with qtbot.waitSignal(window.service.predicted, timeout=3000) as predicted:
        qtbot.mouseClick(view.tiles.button(2), Qt.MouseButton.LeftButton)
    assert predicted.args[0].likely == 2 and window.canvas.selected_box == 2
    assert window.prediction_view.digit_label.text() == "2"


def test_a_typed_digit_corrects_the_chosen_one_and_keeps_it_as_a_sample(window, qtbot):
    qtbot.waitUntil(lambda: window.service.bundle is not None, timeout=5000)
    window.canvas_panel.number_action.trigger()
    _put_number(window, qtbot, "year.png")
    window.numbers.view.digitChosen.emit(1)  # the "0"
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_6)  # "that is a 6, really"
    qtbot.waitUntil(lambda: not window.handwriting.is_saving(), timeout=5000)
    samples = list(window.handwriting.library.samples())
    assert len(samples) == 1 and samples[0].digit == 6
    assert window.service.last_number is not None  # the sheet kept its number
    # Back to one digit: the square sheet with its own drawing.
    window.canvas_panel.number_action.trigger()
    assert not window.service.number_mode and window.canvas.boxes == []
    assert window.canvas.is_empty()


def test_scribble_is_not_a_number(window, qtbot, tmp_path):
    qtbot.waitUntil(lambda: window.service.bundle is not None, timeout=5000)
    window.canvas_panel.number_action.trigger()
    rng = np.random.default_rng(3)
    picture = np.full((200, 600), 255, np.uint8)
    for _ in range(40):  # short dashes everywhere
        x, y = rng.integers(10, 580), rng.integers(10, 180)
        picture[y:y + 3, x:x + 12] = 0
    path = tmp_path / "scribble.png"
    Image.fromarray(picture).save(path)
    window.open_image(path)
    assert _reading(window, qtbot).answer == "not a number"
    assert window.numbers.view.number_label.text() == "–"
    assert "Not a number" in window.numbers.view.answer_label.text()


def test_a_number_written_with_the_pen_is_read_as_it_is_written(window, qtbot, embedded):
    from tests.drawing import strokes_of
    from tests.qt_input import draw_number

    qtbot.waitUntil(lambda: window.service.bundle is not None, timeout=5000)
    window.canvas_panel.number_action.trigger()
    x, y = embedded
    written = [4, 1, 7, 3]
    digits = [strokes_of(x[np.flatnonzero(y == d)[5]]) for d in written]
    draw_number(window.canvas, digits)
    reading = _reading(window, qtbot)
    assert reading.number == "".join(map(str, written)), reading.as_json()


def test_the_box_of_the_stroke_being_drawn_goes_with_each_reading(window, qtbot):
    """While the pen is down the canvas gives the box of its stroke (the number's reader
    keeps the group under it whole); lifted, none."""
    from PySide6.QtCore import QEvent, QPointF

    from digitgui.ui.prediction_service import _in_pixels
    from tests.qt_input import _send

    window.canvas_panel.number_action.trigger()
    canvas = window.canvas
    rect = canvas.paper_rect()
    start = QPointF(rect.x() + 0.2 * rect.width(), rect.y() + 0.3 * rect.height())
    end = QPointF(rect.x() + 0.3 * rect.width(), rect.y() + 0.7 * rect.height())
    held = Qt.MouseButton.LeftButton
    _send(canvas, QEvent.Type.MouseButtonPress, start, held)
    _send(canvas, QEvent.Type.MouseMove, end, held)
    x, y, w, h = canvas.live_box()
    pen = canvas.pen_width / 400  # a share of the sheet's height (REFERENCE_SIDE)
    assert abs(x - (0.2 - pen / 6)) < 0.01 and abs(x + w - (0.3 + pen / 6)) < 0.01
    assert abs(y - (0.3 - pen / 2)) < 0.01 and abs(y + h - (0.7 + pen / 2)) < 0.01
    left, top, width, height = _in_pixels(canvas.live_box(), (224, 672))
    assert left <= 0.2 * 672 - 3 and left + width >= 0.3 * 672 + 3
    assert top <= 0.3 * 224 - 3 and top + height >= 0.7 * 224 + 3
    _send(canvas, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    assert canvas.live_box() is None
    reading = _reading(window, qtbot)
    assert reading.digits, "the stroke is read once the pen is lifted"
