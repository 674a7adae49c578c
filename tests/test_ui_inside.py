"""The inside-the-network view: a card per layer, live with the drawing and the active model,
details of a clicked neuron; the explanations."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

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


def _click(qtbot, card, position) -> None:
    card.view.ensurePolished()
    point = card.view.point_of(position).toPoint()
    qtbot.mouseClick(card.view, Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))


def test_a_card_per_layer_following_the_drawing(view, qtbot, tiny_bundle, embedded):
    seed = bundles.load_bundle(tiny_bundle)
    view.set_bundle(seed)
    assert [card.name for card in view.cards] == ["pixels", "flatten", "hidden_1", "hidden_2",
                                                  "logits", "softmax"]
    assert view.message.isVisible()  # no drawing yet
    assert view.neuron_panel.details is None

    with qtbot.waitSignal(view.updated):
        view.set_input(_pixels(embedded, 2))
    first = view.cards[-1].view.values.copy()
    predictor = Predictor.for_bundle(seed)
    expected = predictor.predict_prepared(prepare(draw_digit(embedded[0][embedded[1] == 2][0],
                                                             height=220)))
    assert np.abs(first - expected.probabilities).max() < 1e-5  # what the window shows
    assert not view.message.isVisible()
    hidden = view.cards[2].view.values.copy()

    with qtbot.waitSignal(view.updated):
        view.set_input(_pixels(embedded, 7))
    assert not np.allclose(view.cards[2].view.values, hidden)  # the neurons followed
    assert not np.allclose(view.cards[-1].view.values, first)

    view.set_input(None)
    assert view.forward_pass is None and view.message.isVisible()
    assert view.cards[2].view.values is None


def test_the_view_follows_the_active_model(view, qtbot, tiny_bundle, embedded):
    view.set_input(_pixels(embedded, 5))
    view.set_bundle(bundles.load_bundle(tiny_bundle))
    assert len(view.cards) == 6
    cnn = bundles.load_bundle(paths.shipped_model_dir())
    view.set_bundle(cnn)
    assert len(view.cards) == len(Network.from_bundle(cnn).layers) + 1 > 20  # and softmax
    kinds = {card.kind for card in view.cards}
    assert {"conv2d", "batchnorm", "relu", "maxpool", "identity", "dense"} <= kinds
    conv = next(card for card in view.cards if card.kind == "conv2d")
    assert conv.view.values.shape == (28, 28, 32)
    assert view.neuron_panel.details.kind == "conv2d"  # the first filter, at once
    assert view.neuron_panel.pictures[0][1].isVisibleTo(view)
    view.set_bundle(bundles.load_bundle(tiny_bundle))
    assert len(view.cards) == 6 and view.forward_pass.probabilities.shape == (10,)


def test_clicking_a_neuron_shows_its_details(view, qtbot, tiny_bundle, embedded):
    view.set_bundle(bundles.load_bundle(tiny_bundle))
    view.set_input(_pixels(embedded, 3))
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
    view.set_input(_pixels(embedded, 8))
    assert view.neuron_panel.details.label == "logit of digit 8"
    assert view.neuron_panel.details.z != before

    pixel_card = view.cards[0]
    _click(qtbot, pixel_card, (14, 9, 0))
    assert view.neuron_panel.details.label == "pixel (14, 9)"


def test_feature_map_click_on_the_cnn(view, qtbot, embedded):
    view.set_bundle(bundles.load_bundle(paths.shipped_model_dir()))
    view.set_input(_pixels(embedded, 6))
    index = next(i for i, card in enumerate(view.cards) if card.name == "block2_conv1")
    _click(qtbot, view.cards[index], (4, 9, 10))
    details = view.neuron_panel.details
    assert details.position == (4, 9, 10) and details.kernel.shape == (3, 3, 32)
    assert "filter" in view.neuron_panel.pictures[0][0].text()


def test_nothing_is_computed_while_hidden(qtbot, tiny_bundle, embedded):
    widget = InsideNetworkView()
    qtbot.addWidget(widget)
    widget.set_bundle(bundles.load_bundle(tiny_bundle))
    widget.set_input(_pixels(embedded, 1))
    assert widget.network is None and widget.forward_pass is None  # not shown: no work
    with qtbot.waitSignal(widget.updated):
        widget.show()
    assert widget.forward_pass is not None and len(widget.cards) == 6


def test_a_foreign_model_is_a_message(view, tmp_path, tiny_bundle):
    import shutil

    broken = tmp_path / "broken"
    shutil.copytree(tiny_bundle, broken)
    (broken / "model.keras").write_bytes(b"nonsense")
    view.set_bundle(bundles.load_bundle(broken))
    assert view.cards == [] and "damaged" in view.message.text()


def test_connected_to_the_prediction_service(view, qtbot, tiny_bundle, embedded):
    """What the main window connects: predictions and model changes reach the view."""
    x, y = embedded
    drawing = {"image": draw_digit(x[y == 4][0], height=200)}
    service = PredictionService(lambda: drawing["image"])
    service.predicted.connect(view.show_prediction)
    service.modelChanged.connect(view.set_bundle)
    service.load(bundles.load_bundle(tiny_bundle))
    assert len(view.cards) == 6
    first = view.forward_pass.probabilities.copy()
    assert np.abs(first - service.last_prediction.probabilities).max() < 1e-5
    drawing["image"] = draw_digit(x[y == 9][0], height=200)
    service.predict_now()
    assert np.abs(view.forward_pass.probabilities
                  - service.last_prediction.probabilities).max() < 1e-5
    assert not np.allclose(view.forward_pass.probabilities, first)
    service.load(bundles.load_bundle(paths.shipped_model_dir()))
    assert len(view.cards) > 20 and view.cards[3].kind != "dense"


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
