"""Networks of one's own design: the JSON spec checked (every mistake one line that names the
layer), shapes and parameter counts (the issue's example has 25,818; Keras agrees layer by
layer), warnings, designs saved by name, and real training from the command line whose
bundle the window's NumPy views (forward pass and backpropagation) run.

Keras runs in child processes only (this process never imports TensorFlow, like the window)."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from digitgui.cli.main import build_parser
from digitgui.core import paths
from digitgui.core.errors import UserError
from digitgui.core.models import archive, network_designs
from digitgui.core.models import bundle as bundles
from digitgui.core.models.inference import Predictor
from digitgui.core.models.keras_file import read_network
from digitgui.core.models.network_catalog import CUSTOM_NETWORK
from digitgui.core.models.network_spec import NetworkSpec
from digitgui.core.models.replay import read_replay
from digitgui.core.teaching.gradients import gradients
from digitgui.core.teaching.introspection import Network
from digitgui.core.training.config import TrainConfig
from digitgui.core.training.fine_tune import request
from tests.helpers import REPO, child_env, one_line, run_cli

EXAMPLE = {"name": "tanh-32-16", "layers": [
    {"type": "dense", "units": 32, "activation": "tanh"},
    {"type": "dense", "units": 16, "activation": "tanh"},
]}

CONV = {"name": "conv-mix", "layers": [
    {"type": "conv2d", "filters": 6, "kernel_size": 5, "padding": "valid",
     "activation": "leaky_relu"},
    {"type": "batchnorm"},
    {"type": "maxpool"},
    {"type": "conv2d", "filters": 8, "strides": 2, "activation": "tanh"},
    {"type": "dropout", "rate": 0.25},
    {"type": "flatten"},
    {"type": "dense", "units": 24, "activation": "leaky_relu"},
    {"type": "batchnorm"},
    {"type": "dense", "units": 12, "activation": "sigmoid"},
]}
"""Every layer type and option: valid and same padding, a stride, batch norm on maps and on
a vector, leaky ReLU in a convolution and a dense layer."""

CONV_PLAN = [  # (Keras name, output shape, parameters), by hand
    ("conv_1", (24, 24, 6), 5 * 5 * 1 * 6 + 6),
    ("bn_1", (24, 24, 6), 4 * 6),
    ("pool_1", (12, 12, 6), 0),
    ("conv_2", (6, 6, 8), 3 * 3 * 6 * 8 + 8),
    ("dropout_1", (6, 6, 8), 0),
    ("flatten", (288,), 0),
    ("dense_1", (24,), 288 * 24 + 24),
    ("bn_2", (24,), 4 * 24),
    ("dense_2", (12,), 24 * 12 + 12),
    ("logits", (10,), 12 * 10 + 10),
]


def test_the_example_has_25818_parameters():
    spec = NetworkSpec.from_json(EXAMPLE)
    assert spec.parameters == 25_818
    assert [(p.name, p.output_shape, p.parameters, p.implicit) for p in spec.plan] == [
        ("flatten", (784,), 0, True), ("dense_1", (32,), 25_120, False),
        ("dense_2", (16,), 528, False), ("logits", (10,), 170, True)]
    assert spec.summary == "Dense 32 tanh, Dense 16 tanh, Dense 10 (logits)"
    assert spec.warnings == ()  # two tanh layers learn fine
    assert spec.as_json() == EXAMPLE
    assert NetworkSpec.parse(spec.to_text()) == spec == NetworkSpec.parse(json.dumps(EXAMPLE))


def test_shapes_flow_through_convolutions():
    spec = NetworkSpec.from_json(CONV)
    assert [(p.name, p.output_shape, p.parameters) for p in spec.plan] == CONV_PLAN
    assert spec.parameters == sum(n for _, _, n in CONV_PLAN)
    assert [p.number for p in spec.plan] == [1, 2, 3, 4, 5, 6, 7, 8, 9, None]
    assert spec.plan[0].text == "Conv2D 6 5x5 leaky_relu"
    assert spec.plan[3].text == "Conv2D 8 3x3 stride 2 tanh"


def test_defaults_and_other_spellings():
    spec = NetworkSpec.from_json({"name": "c", "layers": [
        {"type": "Conv", "filters": 4}, {"type": "pool"}, {"type": "BN"},
        {"type": "dense", "units": 8}]})
    assert spec.as_json()["layers"] == [
        {"type": "conv2d", "filters": 4, "kernel_size": 3, "strides": 1, "padding": "same",
         "activation": "relu"},
        {"type": "maxpool", "pool_size": 2}, {"type": "batchnorm"},
        {"type": "dense", "units": 8, "activation": "relu"}]
    # No hidden layers at all: softmax regression on the pixels (and a warning: linear).
    linear = NetworkSpec.from_json({"name": "lr", "layers": []})
    assert linear.parameters == 7_850
    assert [w.kind for w in linear.warnings] == ["linear"]


def _layers(*layers: dict) -> str:
    return json.dumps({"name": "x", "layers": list(layers)})


DENSE = {"type": "dense", "units": 8}
CONV2D = {"type": "conv2d", "filters": 4}


@pytest.mark.parametrize(("text", "message"), [
    ("{", "not JSON: Expecting property name"),
    ('{"name": "x", "layers": [}', "not JSON: "),
    ("[1, 2]", "a network spec must be a JSON object"),
    ('{"name": "x", "layers": {}}', "'layers' must be a list of layers"),
    ('{"name": "x", "layers": [], "optimizer": "sgd"}', "unknown key 'optimizer'"),
    ('{"layers": []}', "the name is missing"),
    ('{"name": "my net", "layers": []}', "the name 'my net' may have only letters"),
    ('{"name": "../up", "layers": []}', "the name '../up' may have only"),
    ('{"name": "cnn", "layers": []}', "the name 'cnn' is a built-in network's"),
    ('{"name": "net.json", "layers": []}', "the name 'net.json' must not end in .json"),
    ('{"name": 7, "layers": []}', "the name 7 may have only"),
    (_layers(DENSE, {"type": "lstm", "units": 8}), "layer 2: unknown layer type 'lstm'"),
    (_layers({"units": 8}), "layer 1: 'type' is missing"),
    (_layers(DENSE, 8), "layer 2: must be an object"),
    (_layers({"type": "dense", "units": 0}), "layer 1: 'units' must be a whole number from 1 "
     "to 4096"),
    (_layers({"type": "dense", "units": 4097}), "layer 1: 'units' must be a whole number"),
    (_layers({"type": "dense", "units": 2.5}), "layer 1: 'units' must be a whole number"),
    (_layers({"type": "dense", "units": True}), "layer 1: 'units' must be a whole number"),
    (_layers({"type": "dense"}), "layer 1: a dense layer needs 'units'"),
    (_layers({"type": "dense", "unit": 8}), "layer 1: a dense layer has no 'unit'"),
    (_layers({"type": "dense", "units": 8, "activation": "gelu"}),
     "layer 1: unknown activation 'gelu'"),
    (_layers({"type": "maxpool", "activation": "relu"}), "layer 1: a maxpool layer has no "
     "'activation'"),
    (_layers({"type": "conv2d", "filters": 0}), "layer 1: 'filters' must be a whole number"),
    (_layers({"type": "conv2d", "filters": 4, "padding": "full"}), "layer 1: 'padding' must "
     "be 'same'"),
    (_layers({"type": "dropout", "rate": 1}), "layer 1: 'rate' must be a number from 0"),
    (_layers({"type": "dropout"}), "layer 1: a dropout layer needs 'rate'"),
    (_layers(DENSE, CONV2D), "layer 2: a conv2d after dense"),
    (_layers(CONV2D, {"type": "flatten"}, CONV2D), "layer 3: a conv2d after flatten"),
    (_layers(DENSE, {"type": "maxpool"}), "layer 2: a maxpool after dense"),
    (_layers({"type": "flatten"}, {"type": "flatten"}), "layer 2: a second flatten after "
     "flatten"),
    (_layers({"type": "maxpool", "pool_size": 28}, {"type": "maxpool"}),
     "layer 2: its 2x2 window does not fit the 1x1 input"),
    (_layers({"type": "conv2d", "filters": 4, "kernel_size": 28, "padding": "valid"},
             {"type": "conv2d", "filters": 4, "kernel_size": 3, "padding": "valid"}),
     "layer 2: its 3x3 window does not fit"),
    (_layers(*[{"type": "dense", "units": 4096}] * 3), "36,818,954 parameters (16,781,312 of "
     "them in layer 2); a design may have at most 20,000,000"),
    (_layers(*[{"type": "dropout", "rate": 0.1}] * 33), "33 layers; a design may have at most"),
])
def test_every_mistake_is_one_line_naming_it(text, message):
    with pytest.raises(UserError) as caught:
        NetworkSpec.parse(text)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def _warnings(*layers: dict) -> list[tuple[str, tuple[int, ...]]]:
    spec = NetworkSpec.from_json({"name": "w", "layers": list(layers)})
    assert all(w.message and "\n" not in w.message and w.topic for w in spec.warnings)
    return [(w.kind, w.layers) for w in spec.warnings]


def test_warnings_for_designs_that_learn_badly():
    sigmoid = {"type": "dense", "units": 32, "activation": "sigmoid"}
    tanh = {"type": "dense", "units": 32, "activation": "tanh"}
    assert _warnings(sigmoid, tanh, sigmoid) == [("vanishing_gradients", (1, 2, 3))]
    assert _warnings(sigmoid, tanh) == []
    linear = {"type": "dense", "units": 32, "activation": "linear"}
    assert _warnings(linear, linear) == [("linear", (1, 2))]
    assert _warnings({"type": "conv2d", "filters": 4, "activation": "linear"},
                     {"type": "maxpool"}) == []  # pooling is not linear
    assert _warnings({"type": "dense", "units": 2048}) == [("large_layer", (1,))]
    assert _warnings({"type": "dense", "units": 64}, {"type": "dense", "units": 4}) == [
        ("bottleneck", (2,))]
    assert _warnings({"type": "dropout", "rate": 0.7}, {"type": "dense", "units": 64}) == [
        ("high_dropout", (1,))]
    assert _warnings(*CONV["layers"]) == []


def test_designs_saved_by_name(tmp_path):
    assert network_designs.saved_names() == []
    spec = NetworkSpec.from_json(EXAMPLE)
    path = network_designs.save(spec)
    assert path == paths.user_networks_dir() / "tanh-32-16.json"
    assert network_designs.saved_names() == ["tanh-32-16"]
    assert network_designs.load("tanh-32-16") == spec == network_designs.load(path)
    with pytest.raises(UserError, match="a design named 'tanh-32-16' exists already"):
        network_designs.save(spec, replace=False)
    network_designs.save(spec.with_name("Another"))
    assert network_designs.saved_names() == ["Another", "tanh-32-16"]
    with pytest.raises(UserError, match=r"no network design named 'nope' \(saved: Another, "
                       r"tanh-32-16\) and no such .json file"):
        network_designs.load("nope")
    with pytest.raises(UserError, match="'seed' is a built-in network"):
        network_designs.load("seed")
    network_designs.delete("Another")
    assert network_designs.saved_names() == ["tanh-32-16"]
    # A file: a missing name is the file's; mistakes name the file.
    unnamed = tmp_path / "wide_one.json"
    unnamed.write_text(json.dumps({"layers": [DENSE]}))
    assert network_designs.load(str(unnamed)).name == "wide_one"
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff\xfe not text")
    with pytest.raises(UserError, match=f"^{bad}: not JSON: "):
        network_designs.load(str(bad))
    with pytest.raises(UserError, match="no such file"):
        network_designs.load(tmp_path / "missing.json")


def test_a_training_request_carries_the_design():
    config = TrainConfig(network="custom", spec=EXAMPLE, data=["embedded"], epochs=2)
    assert TrainConfig.from_json(json.loads(json.dumps(config.as_json()))) == config
    full = config.with_defaults()
    assert (full.network, full.batch_size, full.learning_rate, full.augment) == (
        "custom", CUSTOM_NETWORK.batch_size, CUSTOM_NETWORK.learning_rate, CUSTOM_NETWORK.augment)
    assert TrainConfig(spec=EXAMPLE).with_defaults().network == "custom"
    assert config.label == "tanh-32-16"
    # The command line reads back what to_args writes (the design inline, as JSON).
    args = build_parser().parse_args(["train", *config.to_args()])
    assert args.network == EXAMPLE and args.epochs == 2
    with pytest.raises(UserError, match="the custom network needs its design"):
        TrainConfig(network="custom").with_defaults()
    # A fine-tune of a design's bundle (its network: the design's name) is a custom run; the
    # engine takes the design from the bundle. The window fills in defaults twice.
    fine_tune = TrainConfig(init_from="/some/bundle").with_defaults("tanh-32-16")
    assert (fine_tune.network, fine_tune.spec) == ("custom", None)
    assert fine_tune.with_defaults() == fine_tune
    with pytest.raises(UserError, match="unknown network 'tanh-32-16'"):
        TrainConfig().with_defaults("tanh-32-16")
    with pytest.raises(UserError, match="goes with network 'custom', not 'mlp'"):
        TrainConfig(network="mlp", spec=EXAMPLE).with_defaults()
    with pytest.raises(UserError, match="layer 1: 'units' must be"):
        TrainConfig(spec={"name": "x", "layers": [{"type": "dense", "units": 0}]}).with_defaults()
    with pytest.raises(UserError, match="training option spec cannot be"):
        TrainConfig.from_json({"spec": "tanh-32-16"})


def test_bad_designs_from_the_command_line(tmp_path):
    out = tmp_path / "never"
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "bad", "layers": [{"type": "dense", "units": 8},')
    cases = [
        (str(bad), f"{bad}: not JSON: "),
        (json.dumps({"name": "x", "layers": [DENSE, CONV2D]}), "layer 2: a conv2d after dense"),
        (json.dumps({"name": "x", "layers": [{"type": "lstm"}]}), "unknown layer type 'lstm'"),
        ("no-such-design", "invalid choice: 'no-such-design'"),
    ]
    for value, message in cases:
        result = run_cli("train", "--network", value, "--out", str(out), "--epochs", "1")
        assert result.returncode == 2, result.stderr
        assert message in one_line(result.stderr)
        assert not out.exists()


KERAS_CHECKS = """
import json, sys
import numpy as np
import tensorflow as tf
from digitgui.core.models.bundle import load_bundle
from digitgui.core.models.network_spec import NetworkSpec
from digitgui.core.training.export import load_keras_model
from digitgui.core.training.networks import build, keras

specs, bundle_path, x_path, digit, out = sys.argv[1:6]
counts = {}
for raw in json.loads(specs):
    model = build("custom", augment=False, seed=1, spec=NetworkSpec.from_json(raw))
    counts[raw["name"]] = {"total": int(model.count_params()),
                           "layers": [[l.name, int(l.count_params())] for l in model.layers]}
model = load_keras_model(load_bundle(bundle_path, need_keras=True))
x = np.load(x_path)[None]
with tf.GradientTape() as tape:
    logits = model(x, training=False)
    loss = keras.losses.sparse_categorical_crossentropy(np.array([int(digit)]), logits,
                                                        from_logits=True)[0]
grads = tape.gradient(loss, model.trainable_variables)
found = {"loss": np.asarray(loss), "logits": np.asarray(logits[0])}
for v, g in zip(model.trainable_variables, grads):
    found[f"param/{v.path}"] = np.asarray(g)
np.savez(out, counts=json.dumps(counts), **found)
"""


def _keras_checks(specs: list[dict], bundle, pixels: np.ndarray, digit: int, folder):
    np.save(folder / "x.npy", pixels[..., None].astype(np.float32))
    result = subprocess.run(
        [sys.executable, "-c", KERAS_CHECKS, json.dumps(specs), str(bundle),
         str(folder / "x.npy"), str(digit), str(folder / "keras.npz")],
        capture_output=True, text=True, cwd=REPO, env=child_env(), timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    with np.load(folder / "keras.npz") as data:
        return json.loads(str(data["counts"])), {k: data[k] for k in data.files if k != "counts"}


def _train(*args: str):
    result = run_cli("train", *args, "--epochs", "1", "--seed", "3")
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def _forward_matches_litert(bundle, x: np.ndarray) -> Network:
    network = Network.from_bundle(bundle)
    predictor = Predictor.for_bundle(bundle)
    for pixels in x:
        fp = network.forward(pixels)
        assert np.abs(fp.logits - predictor.logits(pixels)[0]).max() < 1e-4
        assert fp.probabilities.sum() == pytest.approx(1.0, abs=1e-5)
    return network


@pytest.mark.slow
def test_training_the_example_spec_from_a_file(tmp_path, train_npz, embedded):
    design = tmp_path / "my-net.json"
    design.write_text(json.dumps(EXAMPLE))
    out = tmp_path / "bundle"
    result = _train("--network", str(design), "--data", str(train_npz), "--out", str(out))
    assert "Network tanh-32-16: Dense 32 tanh, Dense 16 tanh, Dense 10 (logits) (25,818 " \
        "parameters)" in result.stdout
    bundle = bundles.load_bundle(out)
    meta = bundle.metadata
    assert meta["parameters"] == 25_818
    assert meta["spec"] == EXAMPLE
    assert meta["network"] == bundle.network == "tanh-32-16"
    assert "tanh-32-16" in meta["description"] and "spec" not in meta["hyperparameters"]
    assert meta["hyperparameters"]["network"] == "custom"
    x = embedded[0][:6].astype(np.float32) / 255
    network = _forward_matches_litert(bundle, x)
    assert [s.name for s in network.layers if s.params] == ["dense_1", "dense_2", "logits"]
    assert sum(s.parameter_count for s in network.layers) == 25_818
    g = gradients(network, x[0], int(embedded[1][0]))
    assert np.isfinite(g.loss) and [s.name for s in g.sizes] == ["dense_1", "dense_2", "logits"]
    assert g.first_layer_neuron(0) is not None  # a dense first layer: 28x28 pictures
    replay = read_replay(out)
    assert replay is not None and replay.layer == "dense_1" and replay.kind == "dense"


@pytest.mark.slow
def test_training_a_saved_conv_design_by_name(tmp_path, train_npz, embedded):
    spec = NetworkSpec.from_json(CONV)
    network_designs.save(spec)
    out = tmp_path / "conv"
    _train("--network", "conv-mix", "--data", str(train_npz), "--out", str(out))
    bundle = bundles.load_bundle(out)
    assert bundle.metadata["spec"] == spec.as_json()
    assert bundle.metadata["parameters"] == spec.parameters
    x, y = embedded[0][:6].astype(np.float32) / 255, embedded[1][:6]
    network = _forward_matches_litert(bundle, x)
    counts, tape = _keras_checks([EXAMPLE, CONV], out, x[1], int(y[1]), tmp_path)
    # Keras counts what the spec counts, layer by layer.
    for raw in (EXAMPLE, CONV):
        plan = NetworkSpec.from_json(raw).plan
        assert counts[raw["name"]]["total"] == sum(p.parameters for p in plan)
        assert counts[raw["name"]]["layers"] == [
            ["pixels", 0], *([p.name, p.parameters] for p in plan)]
    # Backpropagation in NumPy, leaky ReLU and batch norm included, is TensorFlow's.
    g = gradients(network, x[1], int(y[1]))
    assert g.loss == pytest.approx(float(tape["loss"]), rel=1e-5, abs=1e-5)
    checked = 0
    for layer in g.layers:
        for name, value in layer.params.items():
            theirs = tape[f"param/{layer.name}/{name}"]
            bound = 1e-4 * max(1.0, float(np.abs(theirs).max()))
            assert np.abs(value - theirs).max() <= bound, f"{layer.name}.{name}"
            checked += 1
    assert checked == sum(k.startswith("param/") for k in tape) == 14
    kinds = {spec.kind for spec in read_network(bundle.keras_path)[0]}
    assert {"conv2d", "batchnorm", "maxpool", "flatten", "dense", "identity"} <= kinds
    replay = read_replay(out)
    assert replay is not None and replay.layer == "conv_1" and replay.kind == "conv"
    # It travels: an archive of it passes import's checks (layers and activations known).
    imported = archive.import_archive(archive.export_archive(bundle, tmp_path / "conv.zip"))
    assert imported.metadata["spec"] == spec.as_json()
    # A fine-tune of a design's bundle (as the window asks for one: no network given)
    # rebuilds the design from the bundle's spec.
    fine_tune = request(bundle, tmp_path)
    assert fine_tune.network == "custom" and fine_tune.with_defaults() == fine_tune
    again = tmp_path / "again"
    _train("--init-from", str(out), "--data", str(train_npz), "--out", str(again))
    assert bundles.load_bundle(again).metadata["spec"] == spec.as_json()
    assert bundles.load_bundle(again).network == "conv-mix"
