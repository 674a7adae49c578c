"""The inside-the-network view: a card per layer, live with the drawing and the active model,
details of a clicked neuron; the explanations."""

from __future__ import annotations

import subprocess
import sys
import threading

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from digitgui.core import paths
from digitgui.core.drawing.preprocess import prepare
from digitgui.core.models import bundle as bundles
from digitgui.core.models.inference import Predictor
from digitgui.core.teaching.introspection import Network
from digitgui.ui.inside import ExplanationsPanel, InsideNetworkView
from digitgui.ui.inside.explanations import TOPICS, TRAINING_TOOLTIPS
from digitgui.ui.prediction_service import PredictionService
from tests.drawing import draw_digit
from tests.helpers import REPO, child_env


@pytest.fixture
def view(qtbot):
    widget = InsideNetworkView()
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _pixels(embedded, digit: int, index: int = 0) -> np.ndarray:
    x, y = embedded
    return prepare(draw_digit(x[y == digit][index], height=220)).pixels


def _settle(qtbot, view) -> None:
    """Wait until the worker's answers for the newest model and drawing are shown."""
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=10_000)


def _set(qtbot, view, bundle=None, pixels=None) -> None:
    """Give the view a model or a drawing (whichever is given) and wait for its cards."""
    with qtbot.waitSignal(view.updated, timeout=10_000):
        if bundle is not None:
            view.set_bundle(bundle)
        else:
            view.set_input(pixels)
    _settle(qtbot, view)


def _click(qtbot, card, position) -> None:
    card.view.ensurePolished()
    point = card.view.point_of(position).toPoint()
    qtbot.mouseClick(card.view, Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))


def test_a_card_per_layer_following_the_drawing(view, qtbot, tiny_bundle, embedded):
    seed = bundles.load_bundle(tiny_bundle)
    _set(qtbot, view, seed)
    assert [card.name for card in view.cards] == ["pixels", "flatten", "hidden_1", "hidden_2",
                                                  "logits", "softmax"]
    assert view.message.isVisible()  # no drawing yet
    assert view.neuron_panel.details is None

    _set(qtbot, view, pixels=_pixels(embedded, 2))
    first = view.cards[-1].view.values.copy()
    predictor = Predictor.for_bundle(seed)
    expected = predictor.predict_prepared(prepare(draw_digit(embedded[0][embedded[1] == 2][0],
                                                             height=220)))
    assert np.abs(first - expected.probabilities).max() < 1e-5  # what the window shows
    assert not view.message.isVisible()
    hidden = view.cards[2].view.values.copy()

    _set(qtbot, view, pixels=_pixels(embedded, 7))
    assert not np.allclose(view.cards[2].view.values, hidden)  # the neurons followed
    assert not np.allclose(view.cards[-1].view.values, first)

    _set(qtbot, view, pixels=None)
    assert view.forward_pass is None and view.message.isVisible()
    assert view.cards[2].view.values is None


def test_the_view_follows_the_active_model(view, qtbot, tiny_bundle, embedded):
    view.set_input(_pixels(embedded, 5))
    _set(qtbot, view, bundles.load_bundle(tiny_bundle))
    assert len(view.cards) == 6
    cnn = bundles.load_bundle(paths.shipped_model_dir())
    _set(qtbot, view, cnn)
    assert len(view.cards) == len(Network.from_bundle(cnn).layers) + 1 > 20  # and softmax
    kinds = {card.kind for card in view.cards}
    assert {"conv2d", "batchnorm", "relu", "maxpool", "identity", "dense"} <= kinds
    conv = next(card for card in view.cards if card.kind == "conv2d")
    assert conv.view.values.shape == (28, 28, 32)
    assert view.neuron_panel.details.kind == "conv2d"  # the first filter, at once
    assert view.neuron_panel.pictures[0][1].isVisibleTo(view)
    _set(qtbot, view, bundles.load_bundle(tiny_bundle))
    assert len(view.cards) == 6 and view.forward_pass.probabilities.shape == (10,)
    assert view.busy_reason() == "not busy"
    view.set_bundle(cnn)  # its cards made a few a turn: busy, and it says with what
    assert view.is_busy() and view.busy_reason() != "not busy"
    _settle(qtbot, view)


def test_clicking_a_neuron_shows_its_details(view, qtbot, tiny_bundle, embedded):
    _set(qtbot, view, bundles.load_bundle(tiny_bundle))
    _set(qtbot, view, pixels=_pixels(embedded, 3))
    hidden_1 = view.cards[2]
    _click(qtbot, hidden_1, (3,))
    details = view.neuron_panel.details
    assert (details.layer, details.position) == ("hidden_1", (3,))
    assert details.z == pytest.approx(float(view.forward_pass.layers[2].z[3]))
    text = view.neuron_panel.plain_text()
    assert "hidden_1 #3" in text and "z = " in text and "ReLU" in text
    assert "Pushed up most by" in text
    caption, picture = view.neuron_panel.pictures[0]
    assert "784 weights" in caption.text() and picture.array.shape == (28, 28)

    logits = view.cards[4]
    _click(qtbot, logits, (8,))
    assert view.neuron_panel.details.label == "logit of digit 8"
    assert "no activation" in view.neuron_panel.plain_text()

    # The selection stays while drawing goes on, with the new numbers.
    before = view.neuron_panel.details.z
    _set(qtbot, view, pixels=_pixels(embedded, 8))
    assert view.neuron_panel.details.label == "logit of digit 8"
    assert view.neuron_panel.details.z != before

    pixel_card = view.cards[0]
    _click(qtbot, pixel_card, (14, 9, 0))
    assert view.neuron_panel.details.label == "pixel (14, 9)"


def test_while_drawing_the_selected_units_details_are_made_in_the_worker(
        view, qtbot, tiny_bundle, embedded, monkeypatch):
    import digitgui.ui.inside.neuron_panel as panel_module
    import digitgui.ui.inside.view as view_module

    _set(qtbot, view, bundles.load_bundle(tiny_bundle))
    _set(qtbot, view, pixels=_pixels(embedded, 3))
    _click(qtbot, view.cards[2], (3,))  # a click: made at once, on the GUI thread
    made_in: list[int] = []
    for module in (view_module, panel_module):
        prepare_details = module.prepare_details

        def counted(details, tables, prepare_details=prepare_details):
            made_in.append(threading.get_ident())
            return prepare_details(details, tables)

        monkeypatch.setattr(module, "prepare_details", counted)
    _set(qtbot, view, pixels=_pixels(embedded, 8))
    assert made_in and threading.get_ident() not in made_in  # in the worker only
    details = view.neuron_panel.details
    assert (details.layer, details.position) == ("hidden_1", (3,))
    assert details.z == pytest.approx(float(view.forward_pass.layers[2].z[3]))  # the new one
    assert "hidden_1 #3" in view.neuron_panel.plain_text()
    caption, picture = view.neuron_panel.pictures[0]
    assert "784 weights" in caption.text() and picture.array.shape == (28, 28)
    assert len(picture._images) == 1


def _hover(widget, point: QPointF) -> None:
    """The pointer moved there, no button down (what mouse tracking reports)."""
    QApplication.sendEvent(widget, QMouseEvent(
        QEvent.Type.MouseMove, point, widget.mapToGlobal(point), Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))


def test_hovering_names_the_unit_and_a_map_grid_is_as_tall_as_its_width_needs(
        view, qtbot, embedded):
    _set(qtbot, view, bundles.load_bundle(paths.shipped_model_dir()))
    _set(qtbot, view, pixels=_pixels(embedded, 6))
    grid = next(card for card in view.cards if card.name == "block2_conv1").view
    _hover(grid, grid.point_of((4, 9, 10)))
    value = float(view.forward_pass.layers[10].output[4, 9, 10])
    assert grid.toolTip().endswith(f": {value:.2f}") and "(4, 9" in grid.toolTip()
    _hover(grid, QPointF(grid.width() - 1, grid.height() - 1))  # between the maps
    assert grid.toolTip() == grid.explanation and "filter" in grid.explanation.lower()
    # 64 maps of 14x14: fewer columns when narrower, so taller; every map inside the widget.
    wide = grid.height()
    view.resize(700, 800)
    qtbot.waitUntil(lambda: grid.height() > wide, timeout=5_000)
    columns = grid.columns()
    assert grid.map_rect(63, columns).bottom() <= grid.height()
    assert grid.height() == grid.height_for(grid.width())


def test_feature_map_click_on_the_cnn(view, qtbot, embedded):
    _set(qtbot, view, bundles.load_bundle(paths.shipped_model_dir()))
    _set(qtbot, view, pixels=_pixels(embedded, 6))
    index = next(i for i, card in enumerate(view.cards) if card.name == "block2_conv1")
    _click(qtbot, view.cards[index], (4, 9, 10))
    details = view.neuron_panel.details
    assert details.position == (4, 9, 10) and details.kernel.shape == (3, 3, 32)
    assert "filter" in view.neuron_panel.pictures[0][0].text()


def test_the_cnn_maps_are_coloured_in_the_worker_not_in_paint(view, qtbot, embedded,
                                                              monkeypatch):
    """Colouring the cnn's thousands of maps took 45-80 ms in the cards' paint: the worker
    does it beside the forward pass, painting only copies the images, and they look the same
    as colouring them in paint would."""
    from digitgui.ui.inside import colormap
    from digitgui.ui.inside.unit_views import MapGrid

    colouring = colormap.images_of_maps
    threads = []

    def recorded(*args, **kwargs):
        threads.append(threading.get_ident())
        return colouring(*args, **kwargs)

    monkeypatch.setattr(colormap, "images_of_maps", recorded)
    _set(qtbot, view, bundles.load_bundle(paths.shipped_model_dir()))
    _set(qtbot, view, pixels=_pixels(embedded, 4))
    grids = [card.view for card in view.cards if isinstance(card.view, MapGrid)]
    assert len(grids) > 10 and all(grid._images is not None for grid in grids)
    threads.clear()
    painted = [grid.grab().toImage() for grid in grids]
    assert threading.get_ident() not in threads and threads == []
    for grid, picture in zip(grids, painted, strict=True):
        grid._images = None  # colour them in paint instead, as before
        assert grid.grab().toImage() == picture, grid.shape
    assert threads and set(threads) == {threading.get_ident()}


def test_nothing_is_computed_while_hidden(qtbot, tiny_bundle, embedded):
    widget = InsideNetworkView()
    qtbot.addWidget(widget)
    widget.set_bundle(bundles.load_bundle(tiny_bundle))
    widget.set_input(_pixels(embedded, 1))
    assert widget.network is None and widget.forward_pass is None  # not shown: no work
    with qtbot.waitSignal(widget.updated):
        widget.show()
    assert widget.forward_pass is not None and len(widget.cards) == 6


def test_a_foreign_model_is_a_message(view, qtbot, tmp_path, tiny_bundle):
    import shutil

    broken = tmp_path / "broken"
    shutil.copytree(tiny_bundle, broken)
    (broken / "model.keras").write_bytes(b"nonsense")
    _set(qtbot, view, bundles.load_bundle(broken))
    assert view.cards == [] and "damaged" in view.message.text()
    _set(qtbot, view, pixels=np.zeros((28, 28), np.float32))  # not tried again
    assert view.cards == [] and "damaged" in view.message.text()


def test_connected_to_the_prediction_service(view, qtbot, tiny_bundle, embedded):
    """What the main window connects: predictions and model changes reach the view."""
    x, y = embedded
    drawing = {"image": draw_digit(x[y == 4][0], height=200)}
    service = PredictionService(lambda: drawing["image"])
    service.predicted.connect(view.show_prediction)
    service.modelChanged.connect(view.set_bundle)
    with qtbot.waitSignal(service.modelChanged, timeout=10_000):
        service.load(bundles.load_bundle(tiny_bundle))
    _settle(qtbot, view)
    assert len(view.cards) == 6
    first = view.forward_pass.probabilities.copy()
    assert np.abs(first - service.last_prediction.probabilities).max() < 1e-5
    drawing["image"] = draw_digit(x[y == 9][0], height=200)
    service.predict_now()
    _settle(qtbot, view)
    assert np.abs(view.forward_pass.probabilities
                  - service.last_prediction.probabilities).max() < 1e-5
    assert not np.allclose(view.forward_pass.probabilities, first)
    with qtbot.waitSignal(service.modelChanged, timeout=10_000):
        service.load(bundles.load_bundle(paths.shipped_model_dir()))
    _settle(qtbot, view)
    assert len(view.cards) > 20 and view.cards[3].kind != "dense"


class _Gate:
    """Holds the worker inside a patched function until the test opens it (no fixed waits):
    what the GUI thread does meanwhile is what is tested."""

    def __init__(self):
        self.open = threading.Event()
        self.waiting = threading.Event()
        self.threads: list[int] = []

    def hold(self) -> None:
        self.threads.append(threading.get_ident())
        self.waiting.set()
        assert self.open.wait(10), "the test never opened the gate"


def test_the_worker_computes_and_only_the_newest_drawing_shows(view, qtbot, tiny_bundle,
                                                               embedded, monkeypatch):
    _set(qtbot, view, bundles.load_bundle(tiny_bundle))
    gate, seen = _Gate(), []
    forward = Network.forward

    def held_forward(network, pixels):
        gate.hold()
        seen.append(np.array(pixels))
        return forward(network, pixels)

    monkeypatch.setattr(Network, "forward", held_forward)
    drawings = [_pixels(embedded, digit) for digit in (1, 2, 3)]
    view.set_input(drawings[0])
    qtbot.waitUntil(gate.waiting.is_set, timeout=5000)  # the worker is on the first drawing
    assert view.is_busy()
    for pixels in drawings[1:]:
        view.set_input(pixels)  # the GUI thread carries on meanwhile
    with qtbot.waitSignal(view.updated, timeout=10_000):
        gate.open.set()
    assert threading.get_ident() not in gate.threads  # never on the GUI thread
    # The drawing in flight, then straight to the newest: the one in between was never run.
    assert len(seen) == 2 and np.array_equal(seen[-1], drawings[-1])
    assert np.array_equal(view.forward_pass.pixels.reshape(28, 28), drawings[-1])
    assert not view.is_busy()


def test_an_answer_for_the_old_model_never_shows(view, qtbot, tiny_bundle, embedded,
                                                 monkeypatch):
    import digitgui.ui.inside.view as view_module

    seed = bundles.load_bundle(tiny_bundle)
    cnn = bundles.load_bundle(paths.shipped_model_dir())
    gate, read = _Gate(), []
    from_bundle = Network.from_bundle

    def held_read(bundle):
        read.append(bundle.network)
        if bundle is seed:
            gate.hold()
        return from_bundle(bundle)

    monkeypatch.setattr(Network, "from_bundle", staticmethod(held_read))
    built = []
    card_class = view_module.LayerCard

    def counted_card(*args, **kwargs):
        built.append(args[1].name)
        return card_class(*args, **kwargs)

    monkeypatch.setattr(view_module, "LayerCard", counted_card)
    view.set_input(_pixels(embedded, 4))
    view.set_bundle(seed)
    qtbot.waitUntil(gate.waiting.is_set, timeout=5000)
    assert "Loading" in view.model_label.text()  # a hint while the worker reads the file
    view.set_bundle(cnn)  # while the seed network is still being read
    gate.open.set()
    _settle(qtbot, view)
    assert read == ["seed", "cnn"]
    assert "hidden_1" not in built and len(built) == len(view.cards) > 20  # only cnn cards
    assert view.forward_pass.network is view.network and "cnn" in view.model_label.text()


def test_explanations(qtbot):
    panel = ExplanationsPanel()
    qtbot.addWidget(panel)
    text = panel.text()
    for title, _ in TOPICS.values():
        assert title in text
    assert "784 → 25 → 15 → 10" in text and "20,175" in text
    assert "from_logits=True" in text and "overfitting" in text
    assert set(TRAINING_TOOLTIPS) == {"epochs", "batch_size", "loss_curve", "validation"}


NO_TENSORFLOW = """
import sys
import numpy as np
from PySide6.QtWidgets import QApplication
app = QApplication([])
from digitgui.core.models import bundle
from digitgui.core import paths
from digitgui.ui.inside import ForwardPropagationPanel, InsideNetworkView
view = InsideNetworkView()
view.show()
view.set_bundle(bundle.load_bundle(paths.shipped_model_dir()))
view.set_input(np.random.default_rng(0).random((28, 28), dtype=np.float32))
while view.is_busy():  # the worker thread reads the model and runs the drawing
    app.processEvents()
view.select(3, (5, 5, 1))
ForwardPropagationPanel().show()
assert view.forward_pass is not None
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("tensorflow", "keras"))
print("loaded:", loaded)
sys.exit(1 if loaded else 0)
"""


def test_no_tensorflow_in_the_window_process():
    result = subprocess.run([sys.executable, "-c", NO_TENSORFLOW], capture_output=True,
                            text=True, cwd=REPO, env=child_env({"QT_QPA_PLATFORM": "offscreen"}),
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
