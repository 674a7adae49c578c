"""Looking inside the network without TensorFlow: every layer agrees with Keras, every neuron's
explanation agrees with its numbers, and foreign models are refused clearly.

Keras runs in a child process (this process never imports TensorFlow, like the window)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from digitgui.core import paths
from digitgui.core.drawing.preprocess import prepare
from digitgui.core.errors import BundleError
from digitgui.core.models import bundle as bundles
from digitgui.core.models.inference import Predictor, softmax
from digitgui.core.teaching.introspection import Network
from digitgui.core.teaching.neuron_details import details
from tests.drawing import draw_digit
from tests.helpers import REPO, child_env, run_cli

KERAS_LAYERS = """
import sys
import numpy as np
from digitgui.core.models.bundle import load_bundle
from digitgui.core.training.export import load_keras_model
from digitgui.core.training.networks import keras
x = np.load(sys.argv[1])
for bundle_path, out in zip(sys.argv[2::2], sys.argv[3::2]):
    model = load_keras_model(load_bundle(bundle_path, need_keras=True))
    layers = [layer for layer in model.layers]
    probe = keras.Model(model.inputs, [layer.output for layer in layers])
    values = probe(x, training=False)
    np.savez(out, **{layer.name: np.asarray(v) for layer, v in zip(layers, values)})
"""


def _inputs(embedded) -> np.ndarray:
    """Embedded digits, a drawn digit as the window prepares it, a blank and noise."""
    x, y = embedded
    rng = np.random.default_rng(7)
    digits = x[rng.choice(len(x), 5, replace=False)].astype(np.float32) / 255
    drawn = prepare(draw_digit(x[y == 4][0], height=240)).pixels
    noise = rng.random((2, 28, 28), dtype=np.float32)
    blank = np.zeros((1, 28, 28), np.float32)
    return np.concatenate([digits, drawn[None], noise, blank])[..., None]


@pytest.fixture(scope="module")
def lite_bundle(train_npz, tmp_path_factory) -> Path:
    """The default network for retraining (cnn-lite, its 5x5 first convolution), one epoch."""
    folder = tmp_path_factory.mktemp("lite")
    out = folder / "cnn-lite"
    result = run_cli("train", "--network", "cnn-lite", "--epochs", "1", "--data",
                     str(train_npz), "--out", str(out), env={"DIGITGUI_HOME": str(folder)})
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def keras_layers(tiny_bundle, lite_bundle, embedded, tmp_path_factory):
    """Every layer's output from Keras itself, for the tiny seed bundle, the shipped cnn and a
    cnn-lite."""
    folder = tmp_path_factory.mktemp("keras-layers")
    x = _inputs(embedded)
    np.save(folder / "x.npy", x)
    targets = {"tiny": tiny_bundle, "shipped": paths.shipped_model_dir(), "lite": lite_bundle}
    args = []
    for name, path in targets.items():
        args += [str(path), str(folder / f"{name}.npz")]
    result = subprocess.run([sys.executable, "-c", KERAS_LAYERS, str(folder / "x.npy"), *args],
                            capture_output=True, text=True, cwd=REPO, env=child_env(),
                            timeout=240)
    assert result.returncode == 0, result.stderr
    outputs = {}
    for name in targets:
        with np.load(folder / f"{name}.npz") as data:
            outputs[name] = {key: data[key] for key in data.files}
    return x, targets, outputs


@pytest.mark.parametrize("which", ["tiny", "shipped", "lite"])
def test_every_layer_matches_keras(which, keras_layers):
    x, targets, outputs = keras_layers
    expected = outputs[which]
    network = Network.from_bundle(bundles.load_bundle(targets[which]))
    names = [spec.name for spec in network.layers]
    assert names == list(expected)  # the same layers, in the same order
    predictor = Predictor.for_bundle(bundles.load_bundle(targets[which]))
    for n, pixels in enumerate(x):
        fp = network.forward(pixels[..., 0])
        assert [layer.name for layer in fp.layers] == [*names, "softmax"]
        for layer in fp.layers[:-1]:
            keras_value = expected[layer.name][n]
            assert layer.output.shape == keras_value.shape, layer.name
            error = np.abs(layer.output - keras_value).max()
            # float32 sums in another order: off by a few ulps of the layer's largest values
            # (the shipped cnn's dense layer reaches 40-60, where an ulp is 4e-6).
            allowed = 1e-4 + 1e-5 * float(np.abs(keras_value).max())
            assert error < allowed, f"{which} input {n} layer {layer.name}: off by {error}"
        # The view's softmax is the window's prediction (LiteRT).
        assert np.abs(fp.logits - predictor.logits(pixels[..., 0])[0]).max() < 1e-4
        assert np.abs(fp.probabilities - predictor.probabilities(pixels[..., 0])[0]).max() < 1e-5
        assert fp.probabilities.sum() == pytest.approx(1.0, abs=1e-5)


def test_the_seed_network_walkthrough_shapes(tiny_bundle):
    network = Network.from_bundle(bundles.load_bundle(tiny_bundle))
    dense = [spec for spec in network.layers if spec.kind == "dense"]
    assert [spec.params["kernel"].shape for spec in dense] == [(784, 25), (25, 15), (15, 10)]
    assert [spec.activation for spec in dense] == ["relu", "relu", "linear"]
    assert sum(spec.parameter_count for spec in network.layers) == 20_175


def _digit(embedded, digit=3) -> np.ndarray:
    x, y = embedded
    return x[y == digit][1].astype(np.float32) / 255


def test_dense_neuron_details_add_up(tiny_bundle, embedded):
    fp = Network.from_bundle(bundles.load_bundle(tiny_bundle)).forward(_digit(embedded))
    for layer in (2, 3, 4):  # hidden_1, hidden_2, logits
        out = fp.layers[layer]
        for j in range(out.output.shape[0]):
            d = details(fp, layer, (j,))
            exact = float(np.dot(d.weights.astype(np.float64), d.inputs) + d.bias)
            assert d.z == pytest.approx(exact, abs=1e-4)
            assert d.z == pytest.approx(float(out.z[j]), abs=1e-6)
            assert d.value == pytest.approx(max(0.0, d.z) if out.spec.activation == "relu"
                                            else d.z, abs=1e-6)
            assert d.positive_sum + d.negative_sum + d.bias == pytest.approx(d.z, abs=1e-4)
            products = [t.product for t in d.pushes_up]
            assert products == sorted(products, reverse=True) and all(p > 0 for p in products)
            assert all(t.product < 0 for t in d.pushes_down)
            if d.pushes_up:  # the top term is the largest product of all
                assert d.pushes_up[0].product == pytest.approx(
                    float((d.weights * d.inputs).max()), abs=1e-6)
    first = details(fp, 2, (7,))
    kernel = fp.layers[2].spec.params["kernel"]
    assert np.array_equal(first.weights_picture, kernel[:, 7].reshape(28, 28))
    assert first.contributions_picture.sum() == pytest.approx(first.z - first.bias, abs=1e-4)
    assert first.pushes_up[0].label.startswith("pixel (")
    assert details(fp, 3, (0,)).weights_picture is None  # hidden_2 reads neurons, not pixels
    assert details(fp, 4, (2,)).label == "logit of digit 2"
    assert len(details(fp, 4, (2,)).input_labels) == 15  # few inputs: the whole sum is written


def test_cnn_unit_details_follow_their_formulas(embedded):
    network = Network.from_bundle(bundles.load_bundle(paths.shipped_model_dir()))
    fp = network.forward(_digit(embedded, 8))
    index = {layer.name: i for i, layer in enumerate(fp.layers)}

    conv = details(fp, index["block1_conv2"], (10, 12, 5))
    assert conv.kernel.shape == (3, 3, 32) and conv.receptive_field.shape == (3, 3, 32)
    assert conv.z == pytest.approx(float((conv.kernel * conv.receptive_field).sum()), abs=1e-4)
    assert conv.bias is None and conv.value == conv.z
    edge = details(fp, index["block1_conv1"], (0, 0, 0))  # the filter hangs over the border
    assert np.all(edge.receptive_field[0] == 0) and np.all(edge.receptive_field[:, 0] == 0)
    assert edge.input_labels[0] == "padding (0) beyond the edge"
    assert edge.input_labels[4] == "pixel (0, 0)"  # the filter's centre

    bn = details(fp, index["block1_bn2"], (10, 12, 5))
    p = bn.params
    by_hand = p["gamma"] * (bn.x - p["mean"]) / np.sqrt(p["variance"] + p["epsilon"]) + p["beta"]
    assert bn.value == pytest.approx(by_hand, abs=1e-4)
    assert bn.x == pytest.approx(conv.value, abs=1e-6)

    relu = details(fp, index["block1_relu2"], (10, 12, 5))
    assert relu.value == pytest.approx(max(0.0, relu.x), abs=1e-7)

    pool = details(fp, index["pool1"], (5, 6, 5))
    assert pool.window.shape == (2, 2) and pool.value == pytest.approx(float(pool.window.max()))
    assert pool.feature_map.shape == (14, 14)

    flat = details(fp, index["flatten"], (130,))  # 130 = channel 2 of (0, 1) in (7, 7, 128)
    assert flat.label == "flatten #130 = block3_relu1 map 2 at (0, 1)"

    dense = details(fp, index["dense"], (4,))
    assert dense.weights.size == 6272 and dense.weights_picture is None and dense.bias is None

    probability = details(fp, len(fp.layers) - 1, (8,))
    # The Inside view shows the window's probabilities: softmax(logits / T), T the calibration.
    assert probability.value == pytest.approx(
        float(softmax(fp.logits, network.temperature)[8]), abs=1e-6)
    assert probability.x == pytest.approx(float(fp.logits[8]))

    with pytest.raises(IndexError):
        details(fp, index["logits"], (10,))


def _rewritten(source: Path, target: Path, change) -> Path:
    """A copy of a bundle whose model.keras config was changed by ``change(config)``."""
    shutil.copytree(source, target)
    with zipfile.ZipFile(source / "model.keras") as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    config = json.loads(files["config.json"])
    change(config)
    files["config.json"] = json.dumps(config).encode()
    with zipfile.ZipFile(target / "model.keras", "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return target


def test_foreign_models_are_refused_clearly(tiny_bundle, tmp_path):
    def unknown_layer(config):
        config["config"]["layers"][2]["class_name"] = "LSTM"

    def branching(config):
        history = config["config"]["layers"][3]["inbound_nodes"][0]["args"][0]["config"]
        history["keras_history"][0] = "flatten"

    def unknown_activation(config):
        config["config"]["layers"][2]["config"]["activation"] = "gelu"

    for name, change, words in (("lstm", unknown_layer, "LSTM"),
                                ("branch", branching, "plain chains"),
                                ("gelu", unknown_activation, "gelu")):
        foreign = _rewritten(tiny_bundle, tmp_path / name, change)
        with pytest.raises(BundleError, match=words) as caught:
            Network.from_bundle(bundles.load_bundle(foreign))
        assert str(foreign) in str(caught.value)

    broken = tmp_path / "broken"
    shutil.copytree(tiny_bundle, broken)
    (broken / "model.keras").write_bytes(b"not a zip")
    with pytest.raises(BundleError, match="damaged"):
        Network.from_bundle(bundles.load_bundle(broken))
    (broken / "model.keras").unlink()
    with pytest.raises(BundleError, match="no model.keras"):
        Network.from_bundle(bundles.load_bundle(broken))


def test_forward_pass_is_fast_enough_for_live_drawing(embedded):
    network = Network.from_bundle(bundles.load_bundle(paths.shipped_model_dir()))
    pixels = _digit(embedded)
    # BLAS on one thread, as the window runs it (ui/app.py): with its own threads the best of
    # five passes took 2.3-52 ms here, on one 2.8-2.9 ms.
    with threadpool_limits(1, user_api="blas"):
        network.forward(pixels)
        best = min(_timed(network, pixels) for _ in range(5))
    assert best < 0.05, f"the cnn's forward pass took {best * 1000:.1f} ms"


def _timed(network, pixels) -> float:
    started = time.perf_counter()
    network.forward(pixels)
    return time.perf_counter() - started

