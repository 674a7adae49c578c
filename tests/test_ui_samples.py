"""Corrections from the window and the sample library view, with real widgets and files."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt

from digitgui.core import paths
from digitgui.core.userdata.samples import SampleLibrary
from digitgui.ui.samples.library_view import SampleLibraryView
from tests.drawing import strokes_of
from tests.qt_input import draw_on_paper


def _digit(embedded, digit, n=0):
    x, y = embedded
    return x[np.flatnonzero(y == digit)[n]]


def _files(digit: int) -> list:
    folder = paths.user_samples_dir() / str(digit)
    return sorted(folder.glob("*.png")) if folder.is_dir() else []


def test_a_digit_key_on_the_canvas_saves_a_sample_and_clears(window, qtbot, embedded):
    draw_on_paper(window.canvas, strokes_of(_digit(embedded, 7)))
    window.canvas.setFocus()
    saved = window.handwriting.sampleSaved
    with qtbot.waitSignal(saved, timeout=10_000):  # written in the background
        qtbot.keyClick(window.canvas, Qt.Key.Key_1)  # "what I drew is a 1" (a correction)
        assert window.canvas.is_empty()  # at once, ready for the next digit
    assert len(_files(1)) == 1
    sample = SampleLibrary().samples(1)[0]
    assert sample.pixels().shape == (28, 28) and sample.pixels().max() > 0.9
    drawing = paths.user_data_dir() / "drawings" / f"{sample.id}.png"
    assert drawing.is_file()
    assert "Saved as a 1" in window.banner.label.text()
    assert window.samples_view.filter_buttons[1].text() == "1 (1)"


def test_clicking_a_bar_label_and_save_as_predicted(window, qtbot, embedded):
    draw_on_paper(window.canvas, strokes_of(_digit(embedded, 2)))
    bars = window.prediction_view.bars
    row = bars.height() / 10
    saved = window.handwriting.sampleSaved
    with qtbot.waitSignal(saved, timeout=10_000):
        qtbot.mouseClick(bars, Qt.MouseButton.LeftButton,
                         pos=QPoint(int(bars.label_width() / 2), int(row * 5.5)))
    assert len(_files(5)) == 1 and window.canvas.is_empty()
    draw_on_paper(window.canvas, strokes_of(_digit(embedded, 2, 1)))
    with qtbot.waitSignal(saved, timeout=10_000):
        window.save_sample_action.trigger()
    assert len(_files(2)) == 1
    qtbot.waitUntil(lambda: not window.prediction_view.keep_button.isEnabled(),
                    timeout=2000)  # nothing on the sheet now
    draw_on_paper(window.canvas, strokes_of(_digit(embedded, 2, 2)))
    qtbot.waitUntil(window.prediction_view.keep_button.isEnabled, timeout=2000)
    with qtbot.waitSignal(saved, timeout=10_000):
        window.prediction_view.keep_button.click()
    assert len(_files(2)) == 2
    # Nothing drawn: nothing saved, and the user is told why.
    window.save_sample_action.trigger()
    assert len(SampleLibrary()) == 3 and "Draw a digit first" in window.banner.label.text()


def test_library_view_relabel_delete_undo_export_import(qtbot, tmp_path, embedded):
    library = SampleLibrary()
    for digit in (3, 3, 5):
        library.add(digit, _digit(embedded, digit, np.random.randint(0, 40)))
    view = SampleLibraryView(library)
    qtbot.addWidget(view)
    view.show()
    assert view.grid.count() == 3 and view.filter_buttons[3].text() == "3 (2)"
    view.filters.button(5).click()
    assert view.grid.count() == 1
    view.filters.button(10).click()
    view.grid.item(0).setSelected(True)  # a 3
    view.grid.setFocus()
    qtbot.keyClick(view.grid, Qt.Key.Key_8)  # relabel it as an 8
    assert library.counts()[3] == 1 and library.counts()[8] == 1
    view.grid.clearSelection()
    view.grid.item(0).setSelected(True)
    qtbot.keyClick(view.grid, Qt.Key.Key_Delete)
    assert len(library) == 2 and view.undo_button.isEnabled()
    view.undo_button.click()
    assert len(library) == 3 and not view.undo_button.isEnabled()
    target = tmp_path / "mine.npz"
    assert view.export_to(target) == 3
    other = SampleLibraryView(SampleLibrary(tmp_path / "other" / "samples"))
    qtbot.addWidget(other)
    assert other.import_from(target) == 3 and other.grid.count() == 3
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"nope")
    messages = []
    other.message.connect(messages.append)
    assert other.import_from(broken) == 0 and "not a readable .npz" in messages[-1]


def test_train_button_needs_enough_samples(qtbot, embedded):
    library = SampleLibrary()
    view = SampleLibraryView(library)
    qtbot.addWidget(view)
    assert not view.train_button.isEnabled() and view.empty_label.isVisibleTo(view)
    for i in range(10):
        library.add(i, _digit(embedded, i))
    view.refresh()
    assert view.train_button.isEnabled() and not view.empty_label.isVisibleTo(view)
