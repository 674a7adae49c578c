"""Two models side by side on the drawing."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint

from digitgui.core.models import bundle as bundles
from digitgui.core.models.inference import Predictor
from tests.drawing import strokes_of
from tests.qt_input import draw_on_paper


def test_a_second_model_reads_the_same_drawing_beside_the_active_one(window, qtbot,
                                                                    tiny_bundle, embedded):
    qtbot.waitUntil(lambda: window.service.bundle is not None, timeout=5000)
    seed = bundles.load_bundle(tiny_bundle)
    compare = window.prediction_view.compare
    assert compare.isHidden()
    with qtbot.waitSignal(window.service.compared, timeout=5000):
        window.service.set_compare(seed)
    x, y = embedded
    with qtbot.waitSignal(window.service.compared, timeout=5000) as compared:
        draw_on_paper(window.canvas, strokes_of(x[np.flatnonzero(y == 3)[0]]))
    second, bundle = compared.args
    assert bundle.path == seed.path and compare.isVisible()
    active = window.service.last_prediction
    # The same 28x28 input, read by the other network.
    expected = Predictor.for_bundle(seed).probabilities(active.prepared.pixels)[0]
    assert np.allclose(second.probabilities, expected, atol=1e-6)
    assert np.allclose(compare.bars.probabilities(), expected, atol=1e-6)
    assert seed.name in compare.title.text()
    # Side by side, the bars at the same height (the window needs no more room), and the
    # active model's bars with a heading as the second's have.
    view = window.prediction_view
    assert view.bars_title.isVisible()
    qtbot.waitUntil(lambda: compare.bars.height() > 100, timeout=3000)
    mine, theirs = (w.mapTo(window, QPoint(0, 0)) for w in (view.bars, compare.bars))
    assert theirs.x() >= mine.x() + view.bars.width() and abs(theirs.y() - mine.y()) <= 2
    # ✕ stops comparing.
    with qtbot.waitSignal(window.service.compared, timeout=3000):
        compare.closeRequested.emit()
    assert compare.isHidden() and window.service.compare_bundle is None
    assert view.bars_title.isHidden()


def test_compare_is_offered_in_the_models_context_menu(window, qtbot):
    window.models_dock.raise_()
    picker = window.models_dock.content()
    texts = [a.text() for a in picker.context_menu().actions()]
    assert "Compare on the drawing" in texts
