"""The neuron lab and the map of the last hidden layer: NumPy, checked against the model."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from digitgui.core.models.bundle import load_bundle
from digitgui.core.models.inference import Predictor
from digitgui.core.teaching import lab
from digitgui.core.teaching.introspection import Network


def test_switching_neurons_off_changes_the_answer_and_costs_accuracy(tiny_bundle, embedded):
    bundle = load_bundle(tiny_bundle)
    network = Network.from_bundle(bundle)
    layers = lab.unit_layers(network)
    assert [(layer.name, layer.units) for layer in layers] == [("hidden_1", 25),
                                                               ("hidden_2", 15)]
    x, y = embedded
    pick = np.random.default_rng(0).choice(len(x), 200, replace=False)  # every digit
    images, labels = x[pick].astype(np.float32) / 255, y[pick]
    # Nothing off: the network's own logits (LiteRT agrees).
    z = lab.logits(network, images[0])
    assert np.allclose(z, Predictor.for_bundle(bundle).logits(images[:1])[0], atol=1e-4)
    full = lab.accuracy(network, images, labels)
    first = layers[0]
    half = {first.output_index: np.arange(0, first.units, 2)}
    assert lab.accuracy(network, images, labels, half) < full
    everything = {first.output_index: np.arange(first.units)}
    flat = lab.logits(network, images[0], everything)
    # Every first-layer neuron off: the rest sees zeros, the answer no longer depends on it.
    assert np.allclose(flat, lab.logits(network, images[1], everything))
    p = lab.probabilities(network, images[0], None, temperature=4.0)
    q = lab.probabilities(network, images[0], None, temperature=1.0)
    assert p.max() < q.max() and int(p.argmax()) == int(q.argmax())  # flatter, same order


def test_the_map_places_images_by_their_last_hidden_layer(tiny_bundle, embedded):
    network = Network.from_bundle(load_bundle(tiny_bundle))
    x, y = embedded
    pick = np.random.default_rng(1).choice(len(x), 300, replace=False)  # every digit
    images, labels = x[pick].astype(np.float32) / 255, y[pick]
    found = lab.build_map(network, images, labels)
    assert found.points.shape == (300, 2) and found.layer == lab.last_hidden(network)
    assert 0 < found.explained[1] <= found.explained[0] < 1
    # A training image lands where the map put it.
    _z, features = lab.logits(network, images[7], keep=found.layer)
    assert np.allclose(found.place(features), found.points[7], atol=1e-6)
    # Images of one digit lie closer to each other than to the rest, on average.
    ones, zeros = found.points[labels == 1], found.points[labels == 0]
    within = np.linalg.norm(ones - ones.mean(axis=0), axis=1).mean()
    between = np.linalg.norm(ones.mean(axis=0) - zeros.mean(axis=0))
    assert between > within * 0.8


def test_the_experiments_dock_runs_the_lab_and_the_map(window, qtbot, tiny_bundle, embedded):
    from tests.drawing import strokes_of
    from tests.qt_input import draw_on_paper

    qtbot.waitUntil(lambda: window.service.bundle is not None, timeout=5000)
    with qtbot.waitSignal(window.service.modelChanged, timeout=10_000):
        window.service.load(load_bundle(tiny_bundle))
    window.experiments_dock.raise_()
    view = window.experiments_dock.content()
    qtbot.waitUntil(lambda: view.network is not None, timeout=10_000)
    x, y = embedded
    with qtbot.waitSignal(window.service.predicted, timeout=3000):
        draw_on_paper(window.canvas, strokes_lab(strokes_of, x, y))
    labview = view.neuron_lab
    labview.units.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert len(labview.off()[lab.unit_layers(view.network)[0].output_index]) == 1
    view.setCurrentIndex(view.indexOf(labview))
    qtbot.waitUntil(lambda: "switched off" in labview.accuracy.text(), timeout=20_000)
    qtbot.waitUntil(lambda: "Reads" in labview.answer.text(), timeout=10_000)
    view.setCurrentIndex(view.indexOf(view.map_chart.parentWidget()))
    view.build_map()
    qtbot.waitUntil(lambda: view.map_chart.map is not None, timeout=60_000)
    qtbot.waitUntil(lambda: view.map_chart.marker is not None, timeout=5000)


def strokes_lab(strokes_of, x, y):
    return strokes_of(x[np.flatnonzero(y == 2)[0]])
