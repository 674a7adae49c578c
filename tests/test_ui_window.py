"""The main window end to end: drawing, live prediction, shortcuts, files, models, training."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import psutil
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from digitgui.core import paths
from digitgui.core.models import bundle as bundles
from digitgui.core.training.config import TrainConfig
from digitgui.ui.app import GIL_SWITCH_S
from digitgui.ui.main_window import MainWindow, about_text
from digitgui.ui.prediction_service import NETWORK_SIDE
from tests.drawing import draw_digit, strokes_of
from tests.helpers import REPO, child_env
from tests.qt_input import draw_on_paper


def _draw_a_digit(window, qtbot, digit_image: np.ndarray) -> None:
    with qtbot.waitSignal(window.service.predicted, timeout=3000):
        draw_on_paper(window.canvas, strokes_of(digit_image))


def test_drawing_updates_bars_preview_and_answer(window, qtbot, embedded):
    x, y = embedded
    assert window.prediction_view.confidence_label.text() == "No digit"
    seven = x[np.flatnonzero(y == 7)[-1]]
    _draw_a_digit(window, qtbot, seven)
    qtbot.waitUntil(lambda: window.prediction_view.digit_label.text() == "7", timeout=3000)
    bars = window.prediction_view.bars.probabilities()
    assert bars.sum() == pytest.approx(1.0, abs=1e-4) and int(bars.argmax()) == 7
    assert window.prediction_view.preview.pixels().shape == (28, 28)
    # The window predicts on LiteRT: TensorFlow is never loaded in this process.
    assert "tensorflow" not in sys.modules and "keras" not in sys.modules


def test_predictions_coalesce_and_follow_the_pen(window, qtbot):
    count = []
    window.service.predicted.connect(lambda p: count.append(p))
    points = [(0.2 + i / 400, 0.05 + i / 160) for i in range(120)]
    draw_on_paper(window.canvas, [points], margin=0.0)

    def saw_the_whole_stroke() -> bool:
        last = window.service.last_prediction
        box = None if last is None else last.prepared.analysis.box
        return box is not None and (box[2] - box[0]) / NETWORK_SIDE > 0.7

    qtbot.waitUntil(saw_the_whole_stroke, timeout=2000)
    # 122 pen events, far fewer predictions, and the last one saw the whole stroke.
    assert 1 <= len(count) < 30


def test_blank_after_clear_and_hints(window, qtbot):
    draw_on_paper(window.canvas, [[(0.1, 0.5), (0.1, 0.65)]], margin=0.0)  # a small "1"
    qtbot.waitUntil(lambda: window.canvas_panel.hint_label.text() != "", timeout=2000)
    assert "small" in window.canvas_panel.hint_label.text()
    window.canvas.clear()
    qtbot.waitUntil(lambda: window.prediction_view.confidence_label.text() == "No digit",
                    timeout=2000)
    assert window.canvas_panel.hint_label.text() == ""


def test_shortcuts_reach_the_canvas(window, qtbot):
    draw_on_paper(window.canvas, [[(0.2, 0.2), (0.8, 0.8)], [(0.8, 0.2), (0.2, 0.8)]])
    assert len(window.canvas.drawing.strokes) == 2
    handle = window.windowHandle()
    qtbot.keyClick(handle, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.canvas.drawing.strokes) == 1
    qtbot.keyClick(handle, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(window.canvas.drawing.strokes) == 2
    qtbot.keyClick(handle, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(handle, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(window.canvas.drawing.strokes) == 2
    qtbot.keyClick(handle, Qt.Key.Key_Escape)
    assert window.canvas.is_empty()
    window.canvas.undo()
    window.canvas.setFocus()
    qtbot.keyClick(handle, Qt.Key.Key_Delete)
    assert window.canvas.is_empty()
    qtbot.keyClick(handle, Qt.Key.Key_E)
    assert window.canvas.eraser
    qtbot.keyClick(handle, Qt.Key.Key_P)
    assert not window.canvas.eraser


def _drop(window, path: Path) -> None:
    """A file dragged over the window (it must be accepted) and dropped. The handlers are
    called directly: outside a real drag-and-drop session Qt does not route drop events."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    window.dropEvent(QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data,
                                Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))


def test_dropping_a_good_and_a_bad_file(window, qtbot, tmp_path, embedded):
    x, y = embedded
    good = tmp_path / "three.png"
    Image.fromarray(draw_digit(x[np.flatnonzero(y == 3)[-2]], height=200)).save(good)
    with qtbot.waitSignal(window.service.predicted, timeout=3000):
        _drop(window, good)
    qtbot.waitUntil(lambda: window.prediction_view.digit_label.text() == "3", timeout=3000)
    assert window.canvas.drawing.picture is not None
    bad = tmp_path / "notes.png"
    bad.write_text("not really a picture")
    _drop(window, bad)
    qtbot.waitUntil(window.banner.isVisible, timeout=5000)  # read in the background
    assert str(bad) in window.banner.label.text()
    assert window.canvas.drawing.picture is not None  # the drawing was kept
    window.canvas.undo()  # the dropped picture can be undone like a stroke
    assert window.canvas.is_empty()


def test_save_the_drawing_as_png(window, qtbot, tmp_path):
    draw_on_paper(window.canvas, [[(0.4, 0.1), (0.45, 0.9)]])
    target = tmp_path / "mine.png"
    window.save_drawing(target)  # written in the background
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Saved mine.png",
                    timeout=10_000)
    saved = np.asarray(Image.open(target).convert("L"))
    assert saved.shape[0] == saved.shape[1] and (saved < 128).sum() > 200
    assert [p.name for p in tmp_path.iterdir()] == ["mine.png"]  # no temporary file left


def test_about_names_version_model_and_credits(window):
    text = about_text(window.service.bundle)
    assert "0.1.0" in text and "default" in text and "LeCun" in text


def test_a_broken_bundle_is_skipped_with_a_message(qtbot):
    broken = paths.user_models_dir() / "broken"
    broken.mkdir(parents=True)
    (broken / "metadata.json").write_text("{oops")
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.service.bundle is not None and win.service.bundle.shipped
    qtbot.waitUntil(lambda: win.model_picker.warning.isVisibleTo(win.model_picker),
                    timeout=5000)  # listed in the background
    assert "broken" in win.model_picker.warning.text()
    win.training_panel.shutdown()


@pytest.mark.slow
def test_training_from_the_window_adds_a_model_that_becomes_active(window, qtbot, train_npz):
    panel = window.training_panel
    with qtbot.waitSignal(panel.modelTrained, timeout=120_000) as trained:
        panel.start_training(TrainConfig(network="seed", epochs=2, data=[str(train_npz)]))
    path = Path(trained.args[1])
    assert bundles.load_bundle(path).network == "seed"
    listed = [b.path.resolve() for b, in [(b,) for b in bundles.list_bundles()[0]]]
    assert path.resolve() in listed
    new = bundles.load_bundle(path)
    with qtbot.waitSignal(window.service.modelChanged, timeout=5000):
        window.model_picker.activeModelChanged.emit(new)
    assert window.service.bundle.path == new.path
    assert "seed" in window.model_label.text()


@pytest.mark.slow
def test_closing_during_training_leaves_no_child(qtbot, train_npz, monkeypatch):
    win = MainWindow()
    monkeypatch.setattr(win, "ask_about_training", lambda: "keep")
    qtbot.addWidget(win)
    win.show()
    panel = win.training_panel
    with qtbot.waitSignal(panel.runningChanged, timeout=10_000):
        panel.start_training(TrainConfig(network="seed", epochs=500, data=[str(train_npz)]))
    children = psutil.Process().children(recursive=True)
    assert children, "the training child should be running"
    win.close()
    gone, alive = psutil.wait_procs(children, timeout=15)
    assert not alive


def test_startup_in_a_fresh_process_without_tensorflow():
    """MNELAB-style: run the real entry point in a subprocess, as a user would."""
    code = (
        "import os, sys, json\n"
        "os.environ['DIGITGUI_STARTUP_PROBE'] = '1'\n"
        "from digitgui.cli.main import main\n"
        "status = main([])\n"
        "from threadpoolctl import threadpool_info\n"
        "blas = sorted({t['num_threads'] for t in threadpool_info() if t['user_api'] == 'blas'})\n"
        "print(json.dumps({'status': status, 'tf': 'tensorflow' in sys.modules,\n"
        "                  'switch': sys.getswitchinterval(), 'blas': blas}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO, env=child_env({"QT_QPA_PLATFORM": "offscreen"}),
                            timeout=120)
    lines = result.stdout.strip().splitlines()
    assert lines[0].startswith("digitgui-shown ")
    assert lines[1].startswith("digitgui-ready ")  # the dock in front built, as it is for users
    # The window's thread gets Python's lock back from busy workers within 0.05 ms (Python
    # keeps the interval in whole microseconds), and NumPy's BLAS runs on one thread, set once
    # (never switched to and fro by the workers).
    reported = json.loads(lines[-1])
    assert reported["switch"] == pytest.approx(GIL_SWITCH_S, abs=1e-6) and GIL_SWITCH_S < 1e-4
    assert {**reported, "switch": GIL_SWITCH_S} == {"status": 0, "tf": False,
                                                    "switch": GIL_SWITCH_S, "blas": [1]}
    assert "Traceback" not in result.stderr


def test_the_user_data_folder_is_qts_app_data_location(monkeypatch, tmp_path):
    """Models and samples go where Qt says an application's data goes (the core works it
    out without Qt, so the command line finds them too)."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    monkeypatch.delenv("DIGITGUI_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    names = QCoreApplication.applicationName(), QCoreApplication.organizationName()
    QCoreApplication.setApplicationName("digitgui")  # as digitgui.ui.app names it
    QCoreApplication.setOrganizationName("")
    try:
        qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    finally:
        QCoreApplication.setApplicationName(names[0])
        QCoreApplication.setOrganizationName(names[1])
    assert Path(qt) == paths.user_data_dir() == tmp_path / "data" / "digitgui"
