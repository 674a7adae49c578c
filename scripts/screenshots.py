"""Screenshots of every view of the window, taken from a real X server (Xvfb).

    xvfb-run -a -s "-screen 0 1400x960x24" .venv/bin/python scripts/screenshots.py

writes resources/screenshots/*.png (the README shows them). It drives the real window: draws a
digit with mouse events, trains a model in a real child process, opens the model list. Your own
models and settings are not touched: it runs with a temporary user data folder.
Options: --out DIR, --dark (the dark colour scheme), --only NAME[,NAME...], --lang de (the
window in that language; the names get a -de suffix).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _dark_palette():
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#f2f2f7"),
                         (roles.Base, "#1e1e1e"), (roles.AlternateBase, "#2b2b2b"),
                         (roles.Text, "#f2f2f7"), (roles.Button, "#3a3a3c"),
                         (roles.ButtonText, "#f2f2f7"), (roles.Highlight, "#4c9bff"),
                         (roles.HighlightedText, "#000000"), (roles.ToolTipBase, "#3a3a3c"),
                         (roles.ToolTipText, "#f2f2f7"), (roles.PlaceholderText, "#8e8e93")):
        palette.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6e6e73"))
    return palette


def _shoot_number(window, settle, shoot, x, y) -> None:
    """Number mode: "2026" written with the pen on the wide sheet, its third digit chosen."""
    from tests.drawing import strokes_of
    from tests.qt_input import draw_number

    window.canvas_panel.number_action.trigger()
    settle(0.3)
    draw_number(window.canvas, [strokes_of(x[np.flatnonzero(y == d)[i]])
                                for i, d in enumerate((2, 0, 2, 6))])
    settle(0.5)
    window.numbers.view.digitChosen.emit(2)
    settle(0.3)
    shoot("number")
    window.canvas_panel.number_action.trigger()  # back to one digit, its drawing as it was
    settle(0.3)


def _interpolated(points, steps: int = 12):
    out = []
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        out += [(x0 + (x1 - x0) * t / steps, y0 + (y1 - y0) * t / steps) for t in range(steps)]
    return out + [points[-1]]


def _shoot_doubts(window, settle, shoot, draw_on_paper) -> None:
    """"Not a digit" on a drawn house, and "Not sure" on a 1 whose flag could be a 7's bar
    (the first of a few flag angles that the model really is unsure of)."""
    from digitgui.core.models.answer import Answer

    window.canvas.clear()
    house = [[(0.2, 0.45), (0.2, 0.95), (0.8, 0.95), (0.8, 0.45), (0.2, 0.45), (0.5, 0.1),
              (0.8, 0.45)], [(0.42, 0.95), (0.42, 0.72), (0.58, 0.72), (0.58, 0.95)]]
    draw_on_paper(window.canvas, [_interpolated(s) for s in house], margin=0.17)
    settle()
    shoot("not-a-digit")
    for lift in np.linspace(0.05, 0.45, 17):
        window.canvas.clear()
        stroke = [(0.22, 0.1 + lift), (0.6, 0.08), (0.52, 0.95)]
        draw_on_paper(window.canvas, [_interpolated(stroke)], margin=0.17)
        settle(0.2)
        prediction = window.service.last_prediction
        if prediction is not None and prediction.answer == Answer.NOT_SURE and \
                {prediction.likely, prediction.runner_up[0]} == {1, 7}:
            shoot("not-sure")
            return
    print("no 1/7 drawing was 'not sure' for this model; not-sure.png not taken")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=REPO / "resources" / "screenshots")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--only", default="")
    parser.add_argument("--lang", default="en", help="the window's language (default: en)")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("run me under Xvfb: xvfb-run -a -s '-screen 0 1400x960x24' ...", file=sys.stderr)
        return 2
    home = tempfile.mkdtemp(prefix="digitgui-shots-")
    os.environ["DIGITGUI_HOME"] = home
    os.environ["XDG_CONFIG_HOME"] = home  # QSettings too
    args.out.mkdir(parents=True, exist_ok=True)
    wanted = set(filter(None, args.only.split(",")))

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from digitgui.ui.app import make_application

    app = make_application(["digitgui"])
    from digitgui.ui import i18n

    i18n.install(args.lang)  # English unless asked: the README's shots stay the same
    if args.dark:
        # Ask for the dark scheme; a bare X server has no desktop theme to answer, so also
        # give Fusion the dark palette a dark desktop would (the window follows either).
        app.styleHints().setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(_dark_palette())
    from digitgui.core.models.network_catalog import DEFAULT_NETWORK
    from digitgui.core.training.config import TrainConfig
    from digitgui.ui.main_window import MainWindow
    from tests.drawing import strokes_of
    from tests.helpers import embedded_arrays
    from tests.qt_input import draw_on_paper

    def settle(seconds: float = 0.4) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def settle_until(done, seconds: float = 60) -> None:
        """Keep the window running until ``done()`` (its background work finished), at most
        ``seconds``."""
        deadline = time.monotonic() + seconds
        while not done() and time.monotonic() < deadline:
            settle(0.1)

    def experiments_tab(index: int):
        """The Experiments dock raised on tab ``index`` (0 Runs, 1 How robust, 2 Neuron lab,
        3 Map), its tab built; the dock's content."""
        window.experiments_dock.raise_()
        settle(0.5)
        experiments = window.experiments_dock.content()
        experiments.setCurrentIndex(index)
        settle(1.0)
        return experiments

    suffix = ("-dark" if args.dark else "") + ("" if args.lang == "en" else f"-{args.lang}")

    def shoot(name: str) -> None:
        if wanted and name not in wanted:
            return
        settle()
        screen = QApplication.primaryScreen()
        frame = window.frameGeometry()
        picture = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        path = args.out / f"{name}{suffix}.png"
        picture.save(str(path))
        print(f"wrote {path}")

    window = MainWindow()
    window.resize(1280, 880)
    window.move(40, 30)
    window.show()
    settle(1.0)
    shoot("empty")
    if not wanted or "about" in wanted:  # the About box, with the app's icon
        box = window.show_about()
        settle(0.5)
        path = args.out / f"about{suffix}.png"
        box.grab().save(str(path))
        print(f"wrote {path}")
        box.accept()
        settle(0.2)

    x, y = embedded_arrays()
    digit = x[np.flatnonzero(y == 4)[-3]]
    window.canvas.setFocus()
    draw_on_paper(window.canvas, strokes_of(digit), margin=0.17)
    settle()
    shoot("drawn")
    _shoot_doubts(window, settle, shoot, draw_on_paper)
    _shoot_number(window, settle, shoot, x, y)
    window.canvas.clear()
    draw_on_paper(window.canvas, strokes_of(digit), margin=0.17)
    settle()

    # Inside the network, on the drawn digit, with the docks dragged taller as a user would
    # for these tall views.
    window.inside_dock.raise_()
    window.resizeDocks([window.inside_dock], [int(0.62 * window.height())],
                       Qt.Orientation.Vertical)
    settle(0.8)
    shoot("inside")
    window.teach_dock.raise_()
    settle(0.8)
    teach = window.teach_dock.content()
    teach.choose_digit(9)  # "it is a 9": what one step of gradient descent does to that
    settle(0.5)
    teach.step()
    settle(0.8)
    shoot("teach")
    experiments = experiments_tab(1)  # How robust
    experiments.robustness.measure()
    settle_until(lambda: not experiments.is_busy())
    experiments.robustness.sliders["rotation"].setValue(30)
    settle(0.6)
    shoot("robustness")
    experiments.setCurrentIndex(3)  # Map
    experiments.build_map()
    settle_until(lambda: experiments.map_chart.map is not None and not experiments.is_busy())
    settle(0.8)
    shoot("map")
    window.forward_dock.raise_()
    shoot("forward")
    window.backprop_dock.raise_()
    settle(0.3)
    window.backprop_dock.content().step()  # one step of gradient descent: old and new
    settle(0.3)
    shoot("backprop")
    window.resizeDocks([window.inside_dock], [330], Qt.Orientation.Vertical)
    window.evaluation_dock.raise_()
    settle(0.3)
    window.evaluation_panel.evaluate("embedded")
    panel = window.evaluation_panel
    charts = (panel.per_digit_view, panel.reliability_view, panel.confusion_view)
    settle_until(lambda: not panel.is_busy() and not any(c.is_busy() for c in charts))
    mistakes = np.argwhere(np.array(window.evaluation_panel.evaluation.confusion)
                           * (1 - np.eye(10, dtype=int)) > 0)
    if len(mistakes):
        window.evaluation_panel.show_cell(int(mistakes[0][0]), int(mistakes[0][1]))
    shoot("evaluation")

    # A few samples of the user's own handwriting, saved the way a user does: draw, press.
    window.samples_dock.raise_()
    for label in range(10):
        for n in range(2):
            window.canvas.clear()
            draw_on_paper(window.canvas, strokes_of(x[np.flatnonzero(y == label)[-1 - n]]),
                          margin=0.17)
            window.handwriting.save_sample(label)
    settle_until(lambda: not window.handwriting.is_saving(), 30)  # written in a worker
    settle(0.5)
    shoot("handwriting")
    window.canvas.clear()
    draw_on_paper(window.canvas, strokes_of(digit), margin=0.17)

    if not wanted or "training" in wanted or "models" in wanted:
        panel = window.training_panel
        window.training_dock.raise_()
        panel.start_training(TrainConfig(network=DEFAULT_NETWORK, epochs=6, name="my cnn-lite"))
        started = time.monotonic()
        epochs_seen = []
        panel.process.epoch.connect(lambda _run, event: epochs_seen.append(event))
        while len(epochs_seen) < 3 and time.monotonic() - started < 300:
            settle(0.2)
        settle(1.5)
        shoot("training")
        finished = []
        panel.modelTrained.connect(lambda _run, path: finished.append(path))
        while not finished and time.monotonic() - started < 400:
            settle(0.2)
        settle(0.5)
        window.models_dock.raise_()
        settle(0.5)
        shoot("models")

    if not wanted or "designer" in wanted:
        panel = window.training_panel
        window.training_dock.raise_()
        window.resizeDocks([window.training_dock], [int(0.5 * window.height())],
                           Qt.Orientation.Vertical)
        combo = panel.controls.network_combo
        combo.setCurrentIndex(combo.findData("custom"))
        settle(0.3)
        panel.controls.designer.set_design({"name": "conv-tanh", "layers": [
            {"type": "conv2d", "filters": 16, "kernel_size": 3, "activation": "relu"},
            {"type": "maxpool"},
            {"type": "dense", "units": 64, "activation": "tanh"},
            {"type": "dense", "units": 32, "activation": "sigmoid"},
            {"type": "dense", "units": 32, "activation": "sigmoid"}]})
        settle(0.6)
        shoot("designer")
        combo.setCurrentIndex(combo.findData(DEFAULT_NETWORK))
        settle(0.3)

    trained: list = []  # the models trained below, as they finish
    if not wanted or "replay" in wanted or "compare" in wanted:
        # The seed network's first layer learning, replayed: its 25 neurons' weights.
        panel = window.training_panel
        window.training_dock.raise_()
        window.resizeDocks([window.training_dock], [int(0.5 * window.height())],
                           Qt.Orientation.Vertical)
        finished = trained
        panel.modelTrained.connect(lambda _run, path: finished.append(path))
        panel.start_training(TrainConfig(network="seed", epochs=15, name="my seed"))
        started = time.monotonic()
        while not finished and time.monotonic() - started < 300:
            settle(0.2)
        window.training_dock.raise_()
        settle(0.8)
        panel.inside.slider.setValue(4)  # epoch 5 of 15
        settle(0.8)
        shoot("replay")

    if not wanted or "runs" in wanted:
        # Two runs of this session (the cnn and the seed above), their curves overlaid.
        runs = experiments_tab(0).runs
        folders = [run.path for run in runs.runs() if not run.shipped][:2]
        runs.set_checked(folders)
        settle(1.2)
        shoot("runs")

    if not wanted or "lab" in wanted:
        # The neuron lab on the shipped cnn's Dense 128 layer: every other neuron switched
        # off, the temperature raised, the answer and the accuracy following.
        experiments = experiments_tab(2)
        lab = experiments.neuron_lab
        lab.units.blockSignals(True)
        for row in range(0, lab.units.count(), 2):
            lab.units.item(row).setCheckState(Qt.CheckState.Unchecked)
        lab.units.blockSignals(False)
        lab.temperature.setValue(10)  # T = 2: the bars flatten, the answer stays
        settle_until(lambda: not experiments.is_busy())
        settle(1.0)
        shoot("lab")

    if not wanted or "compare" in wanted:
        # Two models side by side on the drawing: the shipped cnn and the seed trained above.
        from digitgui.core.models import bundle as bundles

        if trained:  # the seed trained for the replay
            window.service.set_compare(bundles.load_bundle(trained[0]))
            window.banner.hide()  # the "trained" message, read
            settle(1.5)
            shoot("compare")

    window.close()
    settle(0.3)
    return 0


if __name__ == "__main__":
    sys.exit(main())
