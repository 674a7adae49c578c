"""Issue 13's defects, each as a new user met it: the window must not move or change things
under the user's hand."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication


def _sheet(window) -> tuple[int, int, int, int]:
    """The sheet's place and size in window coordinates."""
    rect = window.canvas.paper_rect().toRect()
    top_left = window.canvas.mapTo(window, rect.topLeft())
    return top_left.x(), top_left.y(), rect.width(), rect.height()


def _settle(qtbot) -> None:
    # Layouts settle over a few event-loop turns; wait until two looks agree.
    QApplication.processEvents()
    qtbot.wait(50)  # two polls a frame apart: layout requests are posted events
    QApplication.processEvents()


def test_messages_and_docks_do_not_move_the_sheet(window, qtbot):
    window.resize(1180, 820)
    _settle(qtbot)
    before = _sheet(window)
    assert before[2] > 250
    window.notify("That file is not an image a digit can be read from.", error=True)
    _settle(qtbot)
    assert _sheet(window) == before
    window.canvas_panel.show_hints(["The digit is in 2 separate pieces: is it one digit?",
                                    "It is very small: draw it larger."])
    _settle(qtbot)
    assert _sheet(window) == before
    window.inside_dock.raise_()
    qtbot.waitUntil(lambda: window.inside_dock.is_built, timeout=3000)
    _settle(qtbot)
    assert _sheet(window) == before


def _wheel(widget, steps: int) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_past_spin_boxes_it_does_not_change_them(window, qtbot):
    window.training_dock.raise_()
    panel = window.training_dock.content()
    spin = panel.epochs_spin
    spin.clearFocus()
    value = spin.value()
    _wheel(spin, -3)
    assert spin.value() == value  # passing over it with the wheel changes nothing
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus, timeout=1000)
    _wheel(spin, -1)
    assert spin.value() == value - 1  # once the user chose it, the wheel sets it


def test_the_title_names_the_model_once(window, qtbot):
    qtbot.waitUntil(lambda: window.service.bundle is not None, timeout=5000)
    title = window.windowTitle()
    # The window system adds " — <display name>" to a title that does not end with it
    # (QPlatformWindow::formatWindowTitle): what the title bar shows.
    shown = title if title.endswith("digitgui") else f"{title} — digitgui"
    assert shown.count("digitgui") == 1
    assert shown == f"{window.service.bundle.name} — digitgui"


def test_escape_clears_the_sheet_after_a_menu_was_closed_with_escape(window, qtbot):
    from tests.qt_input import draw_on_paper

    draw_on_paper(window.canvas, [[(0.3, 0.3), (0.7, 0.7)]])
    assert not window.canvas.is_empty()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    file_menu = window.menuBar().actions()[0].menu()
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(file_menu.isVisible, timeout=2000)
    # Keys as the window system delivers them (to the window, through the shortcut map).
    qtbot.keyClick(file_menu.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not file_menu.isVisible(), timeout=2000)
    window.activateWindow()  # as the window system does when a popup closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Escape)
    qtbot.waitUntil(window.canvas.is_empty, timeout=2000)


@pytest.mark.slow
def test_after_a_run_the_curves_stay_in_front_and_the_model_is_a_link(window, qtbot,
                                                                       train_npz):
    from digitgui.core.training.config import TrainConfig
    from digitgui.ui.docks import on_screen

    window.training_dock.raise_()
    panel = window.training_panel
    with qtbot.waitSignal(panel.modelTrained, timeout=120_000):
        panel.start_training(TrainConfig(network="seed", epochs=1, data=[str(train_npz)],
                                         name="Mine + more"))
    QApplication.processEvents()
    # The model has one name, in Training as in Models (not its folder's "mine-more").
    assert "Saved as “Mine + more”" in panel.message_label.text()
    assert on_screen(panel.plot)  # the curves the user watched are still there
    assert not window.models_dock.is_built or not on_screen(window.model_picker)
    assert "selected in Models" in window.banner.message
    window.banner.label.linkActivated.emit("models-dock")  # the user follows the link
    qtbot.waitUntil(lambda: window.models_dock.is_built and on_screen(window.model_picker),
                    timeout=3000)


def test_an_evaluation_image_on_the_sheet_reads_as_it_did_in_evaluation(window, qtbot,
                                                                         embedded):
    from digitgui.core.models.inference import Predictor

    qtbot.waitUntil(lambda: window.service.bundle is not None, timeout=5000)
    predictor = Predictor.for_bundle(window.service.bundle)
    window.evaluation_dock.raise_()
    panel = window.evaluation_dock.content()
    x, _ = embedded
    for image in x[:3].astype("float32") / 255:
        with qtbot.waitSignal(window.service.predicted, timeout=3000) as predicted:
            panel.imageChosen.emit(image)  # as a click on a tile hands it on
        shown = predicted.args[0].probabilities
        # The same numbers as the tile's (Evaluation reads the set's images as they are).
        assert abs(shown - predictor.probabilities(image[None])[0]).max() < 1e-5
    # Drawing over it makes it a drawing again: prepared like any other.
    from tests.qt_input import draw_on_paper

    with qtbot.waitSignal(window.service.predicted, timeout=3000):
        draw_on_paper(window.canvas, [[(0.1, 0.9), (0.9, 0.9)]])
    assert window.canvas.network_input() is None


def test_the_per_digit_axis_does_not_round_its_labels_away():
    from digitgui.ui.evaluation.per_digit import percent_label

    assert percent_label(0.925) == "92.5 %"
    assert percent_label(0.9) == "90 %"
    assert percent_label(1.0) == "100 %"


def test_how_it_works_opens_at_its_top_and_scrolls_steadily(window, qtbot):
    window.explain_dock.raise_()
    qtbot.waitUntil(lambda: window.explain_dock.is_built, timeout=3000)
    browser = window.explain_dock.content().browser
    bar = browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)
    assert bar.value() == 0  # the handle at the top, with the text
    full = bar.maximum()
    for _ in range(20):  # scrolling down lays nothing out anew: the range stays put
        bar.setValue(bar.value() + bar.singleStep() * 3)
        QApplication.processEvents()
        assert bar.maximum() == full
    assert bar.value() > 0


def test_the_last_epochs_markers_are_not_cut_off_at_the_charts_edge(qtbot):
    import warnings

    from digitgui.ui.training.chart import Twin
    from digitgui.ui.training.plot import TrainingPlot

    plot = TrainingPlot()
    qtbot.addWidget(plot)
    plot.resize(600, 260)
    for name in ("train_loss", "val_loss", "train_accuracy", "val_accuracy"):
        assert not plot.lines[name].get_clip_on(), name
    plot.reset(epochs=3)
    for epoch in (1, 2, 3):
        plot.add_epoch({"epoch": epoch, "epochs": 3, "loss": 1 / epoch, "val_loss": 1 / epoch,
                        "accuracy": 0.9, "val_accuracy": 0.9})
    plot.flush()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the layout still works with unclipped lines
        Twin().pixels(plot._state())


def _start_long_run(window, qtbot, train_npz, name):
    from digitgui.core.training.config import TrainConfig

    panel = window.training_panel
    with qtbot.waitSignal(panel.process.epoch, timeout=120_000):
        panel.start_training(TrainConfig(network="seed", epochs=500, data=[str(train_npz)],
                                         name=name))
    return panel


@pytest.mark.slow
def test_closing_during_training_asks_and_keeps_the_best_epoch_marked_stopped(
        qtbot, train_npz, monkeypatch):
    from digitgui.core.models import bundle as bundles
    from digitgui.ui.main_window import MainWindow
    from digitgui.ui.model_rows import row_cells

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    _start_long_run(window, qtbot, train_npz, "Closed early")
    answers = iter(["cancel", "keep"])
    monkeypatch.setattr(window, "ask_about_training", lambda: next(answers))
    window.close()  # Cancel: nothing happens
    assert window.isVisible() and window.training_process.is_running()

    shutdown = window.training_process.shutdown
    visible_while_waiting = []

    def watched_shutdown(*args, **kwargs):
        visible_while_waiting.append(window.isVisible())
        return shutdown(*args, **kwargs)

    monkeypatch.setattr(window.training_process, "shutdown", watched_shutdown)
    window.close()  # Stop and keep
    assert visible_while_waiting and not any(visible_while_waiting)  # gone before saving
    kept = [b for b in bundles.list_bundles()[0] if b.name == "Closed early"]
    assert len(kept) == 1 and kept[0].metadata["stopped"]
    name_cell = row_cells(kept[0], active=False)[0][0]
    finished = kept[0].metadata["epochs_finished"]
    assert name_cell == f"Closed early (stopped at epoch {finished} of 500)"


@pytest.mark.slow
def test_closing_during_training_can_discard_the_run(qtbot, train_npz, monkeypatch):
    from digitgui.core.models import bundle as bundles
    from digitgui.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    _start_long_run(window, qtbot, train_npz, "Thrown away")
    monkeypatch.setattr(window, "ask_about_training", lambda: "discard")
    window.close()
    assert not window.isVisible()
    assert [b for b in bundles.list_bundles()[0] if b.name == "Thrown away"] == []
