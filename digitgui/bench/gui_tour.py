"""A scripted tour of every view of a live window, for the longest stall of its event loop, and
the time from a Train click to the loss curve's first point.

The tour does what a person clicking around does: it brings each dock to the front (and
chooses each tab of Experiments), draws digits with Inside the network open, trains a short
seed run, switches the active model to it in Models and back, and evaluates the model, while a
:class:`~digitgui.bench.gui_stall.StallWatch` ticks. Each step is marked, so every long stall
is reported with what was just done.
"""

from __future__ import annotations

import time
from pathlib import Path

from digitgui.bench.gui_pen import Pen, digit_strokes
from digitgui.bench.gui_stall import StallWatch, wait, wait_until
from digitgui.core import paths
from digitgui.core.models.model_store import same_folder
from digitgui.core.training.config import TrainConfig

DOCKS = (("Training", "training_dock"), ("Models", "models_dock"),
         ("My handwriting", "samples_dock"), ("Evaluation", "evaluation_dock"),
         ("Inside the network", "inside_dock"), ("Forward propagation", "forward_dock"),
         ("Teach it this digit", "teach_dock"), ("Backpropagation", "backprop_dock"),
         ("Experiments", "experiments_dock"),
         ("How it works", "explain_dock"))

SETTLE_S = 0.3
"""How long each step is watched after it seems done: deferred work (a lazy dock's content, a
repaint, a background answer) lands in this time."""

TRAINING_TIMEOUT_S = 300.0
WORK_TIMEOUT_S = 60.0
"""How long the tour waits for a view's background work (a dock's content, Inside the
network's update, a listing, gradients). A wait, not a measurement: the stalls are measured
while it waits. Generous, because worker threads run at a lower priority than the window and
a machine loaded by other work starves them (10 s was once too little under a test run)."""


def _show(window, watch: StallWatch, title: str, attribute: str):
    """Bring a dock to the front as a click on its tab does; its content once built."""
    dock = getattr(window, attribute)
    watch.mark(f"show {title}")
    dock.show()
    dock.raise_()
    wait_until(lambda: dock.is_built, WORK_TIMEOUT_S, f"the {title} dock's content")
    wait(SETTLE_S)
    return dock.content()


def _experiments_tabs(watch: StallWatch, view) -> None:
    """Choose each tab of the shown Experiments dock as a click would: each is built when
    first chosen, and that build is part of what is measured."""
    for index in range(view.count()):
        watch.mark(f"Experiments: {view.tabText(index)}")
        view.setCurrentIndex(index)
        wait_until(lambda index=index: view.is_built(index), WORK_TIMEOUT_S,
                   f"the Experiments tab {view.tabText(index)}")
        wait(SETTLE_S)


def _draw(window, watch: StallWatch, pen: Pen, strokes, what: str) -> None:
    watch.mark(f"draw {what}")
    pen.draw(strokes)
    view = window.inside_dock.content()
    try:
        wait_until(lambda: not view.is_busy(), WORK_TIMEOUT_S, "Inside the network's update")
    except TimeoutError as exc:  # seen once in a few dozen runs: say what it waited for
        raise TimeoutError(f"{exc} ({view.busy_reason()})") from None
    wait(SETTLE_S)


def _use(window, watch: StallWatch, path: Path) -> None:
    """Select the model's row in Models (as a click would) and press Use; wait until it is
    the active model."""
    picker = _show(window, watch, "Models", "models_dock")
    wait_until(picker.doing.isHidden, WORK_TIMEOUT_S, "the Models listing")  # a model just trained
    for row in range(picker.table.rowCount()):
        picker.table.selectRow(row)
        if same_folder(picker.selected_bundle().path, path):
            break
    else:
        raise RuntimeError(f"{path} is not listed in Models")
    watch.mark(f"Use {path.name}")
    picker.use_action.trigger()
    wait_until(lambda: window.service.bundle is not None
               and same_folder(window.service.bundle.path, path), 30, "the model switch")
    wait(SETTLE_S)


def _train(window, watch: StallWatch) -> Path:
    """A short seed run from the Training panel; the folder of the model it saved."""
    panel = _show(window, watch, "Training", "training_dock")
    saved: list[str] = []
    failed: list[str] = []
    panel.modelTrained.connect(lambda _run, path: saved.append(path))
    panel.failed.connect(failed.append)
    watch.mark("Train (seed, 3 epochs)")
    if panel.start_training(TrainConfig(network="seed", epochs=3)) is None:
        raise RuntimeError("a training run was already going")
    wait_until(lambda: bool(saved or failed), TRAINING_TIMEOUT_S, "the seed run")
    if failed:
        raise RuntimeError(f"the seed run failed: {failed[0]}")
    wait(SETTLE_S)
    watch.mark("replay the run's epochs")
    for index in range(panel.inside.frame_count()):  # the slider dragged across the run
        panel.inside.slider.setValue(index)
        wait(0.05)
    wait(SETTLE_S)
    return Path(saved[0])


def _teach(window, watch: StallWatch, pen: Pen, strokes) -> None:
    """Teach it this digit on the active model: follow two drawings, take two steps."""
    panel = _show(window, watch, "Teach it this digit", "teach_dock")
    for index, digit in enumerate(strokes):
        watch.mark(f"draw {index + 1} (Teach open)")
        pen.draw(digit)
        wait_until(lambda: not panel.is_busy(), WORK_TIMEOUT_S, "the gradients")
        wait(SETTLE_S)
    for step in (1, 2):
        watch.mark(f"Teach: step {step}")
        panel.step()
        wait_until(lambda: not panel.is_busy(), WORK_TIMEOUT_S, "the step")
        wait(SETTLE_S)


def _backprop(window, watch: StallWatch) -> None:
    panel = _show(window, watch, "Backpropagation", "backprop_dock")
    watch.mark("Backpropagation: Run 100 steps")
    panel.run(100)
    wait_until(lambda: not panel.is_busy(), WORK_TIMEOUT_S, "the 100 steps")
    wait(SETTLE_S)


def _follow(window, watch: StallWatch) -> None:
    """Mark what the window does on its own: model switches, training events, answers."""
    watch.follow(window.service.modelChanged, "model changed")
    process = window.training_process
    for name in ("status", "started", "epoch", "finished"):
        watch.follow(getattr(process, name), f"training {name}")
    watch.follow(window.training_panel.modelTrained, "modelTrained")


def tour(window) -> dict:
    """Every view, once, while the event loop is watched; the stall figures."""
    watch = StallWatch()
    _follow(window, watch)
    pen = Pen(window.canvas)
    strokes = digit_strokes()
    watch.start()
    try:
        for title, attribute in DOCKS:
            content = _show(window, watch, title, attribute)
            if attribute == "experiments_dock":
                _experiments_tabs(watch, content)
        _show(window, watch, "Inside the network", "inside_dock")
        for index, digit in enumerate(strokes[:3]):
            _draw(window, watch, pen, digit, f"digit {index + 1} (Inside open)")
        _teach(window, watch, pen, strokes[:2])
        _backprop(window, watch)
        trained = _train(window, watch)
        _use(window, watch, trained)
        _show(window, watch, "Inside the network", "inside_dock")
        _draw(window, watch, pen, strokes[3], "a digit with the trained model")
        _use(window, watch, paths.shipped_model_dir())
        _show(window, watch, "Inside the network", "inside_dock")
        _draw(window, watch, pen, strokes[4], "a digit with the shipped model")
        panel = _show(window, watch, "Evaluation", "evaluation_dock")
        watch.mark("Evaluate")
        panel.evaluate()
        wait_until(lambda: not panel.is_busy(), 120, "the evaluation")
        wait(SETTLE_S)
    finally:
        watch.stop()
    return watch.report()


def click_to_first_point(window, network: str) -> float:
    """Seconds from a Train click on a shown Training panel, its waiting trainer ready, to
    the first ``batch`` event (the loss curve's first point); the run is then stopped."""
    panel = window.training_dock.content()
    window.training_dock.raise_()
    process = panel.process
    process.prepare()
    wait_until(process.is_ready, 300, "a ready waiting trainer")
    wait(0.5)  # whatever readying stirred up has settled
    first: list[float] = []

    def batch(_run, _event) -> None:
        if not first:
            first.append(time.perf_counter())

    process.batch.connect(batch)
    clicked = time.perf_counter()
    try:
        if panel.start_training(TrainConfig(network=network, epochs=1)) is None:
            raise RuntimeError("a training run was already going")
        wait_until(lambda: bool(first) or not process.is_running(), TRAINING_TIMEOUT_S,
                   f"the first batch of {network}")
    finally:
        process.batch.disconnect(batch)
    panel.stop()
    wait_until(lambda: not process.is_running(), TRAINING_TIMEOUT_S, "the run's end")
    if not first:
        raise RuntimeError(f"the {network} run ended before its first batch")
    return first[0] - clicked
