"""Teaching the network one drawing: every gradient of the NumPy backward pass agrees with
TensorFlow's GradientTape (a step of it, and its speed: tests/test_teach_step.py).

Keras runs in a child process (this process never imports TensorFlow, like the window)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace

import numpy as np
import pytest

from digitgui.core import paths
from digitgui.core.drawing.preprocess import prepare
from digitgui.core.models import bundle as bundles
from digitgui.core.teaching.backward import BACKWARD
from digitgui.core.teaching.gradients import (
    Gradients,
    gradients,
    softmax_cross_entropy,
    step,
)
from digitgui.core.teaching.introspection import LayerOutput, Network
from digitgui.core.teaching.layers import pool_windows
from tests.drawing import draw_digit
from tests.helpers import REPO, child_env

LEARNING_RATE = 0.05

KERAS_GRADIENTS = """
import sys
import numpy as np
import tensorflow as tf
from digitgui.core.models.bundle import load_bundle
from digitgui.core.training.export import load_keras_model
from digitgui.core.training.networks import build, keras

L = keras.layers
rng = np.random.default_rng(3)


def small_mlp():
    inputs = keras.Input((28, 28, 1), name="pixels")
    h = L.Flatten(name="flatten")(inputs)
    h = L.Dense(32, activation="sigmoid", name="hidden_1")(h)
    h = L.Dropout(0.3, name="dropout")(h)
    h = L.Dense(16, name="hidden_2")(h)
    h = L.Activation("tanh", name="squash")(h)
    h = L.Dense(12, activation="relu", name="hidden_3")(h)
    return keras.Model(inputs, L.Dense(10, name="logits")(h), name="small_mlp")


def small_cnn():
    # Every kind of step: strided 'same' convolutions (odd padding), valid ones, batch norm,
    # activation layers, ReLU with a slope, overlapping 'same' pooling, flatten, dropout.
    inputs = keras.Input((28, 28, 1), name="pixels")
    h = L.Conv2D(4, 3, strides=2, padding="same", activation="tanh", name="conv1")(inputs)
    h = L.BatchNormalization(name="bn1")(h)
    h = L.Activation("sigmoid", name="act1")(h)
    h = L.Conv2D(6, 4, padding="same", use_bias=False, name="conv2")(h)
    h = L.BatchNormalization(center=False, name="bn2")(h)
    h = L.ReLU(negative_slope=0.1, name="relu2")(h)
    h = L.MaxPooling2D(3, strides=2, padding="same", name="pool1")(h)
    h = L.Conv2D(8, 3, strides=(2, 1), activation="relu", name="conv3")(h)
    h = L.MaxPooling2D(name="pool2")(h)
    h = L.Flatten(name="flatten")(h)
    h = L.Dropout(0.4, name="dropout")(h)
    h = L.Dense(16, use_bias=False, name="dense")(h)
    h = L.BatchNormalization(name="dense_bn")(h)
    h = L.ReLU(max_value=1.0, name="dense_relu")(h)  # capped: no slope above the cap
    return keras.Model(inputs, L.Dense(10, name="logits")(h), name="small_cnn")


def unsettled(model):
    # Batch norm as after training: statistics and scales away from 0 and 1.
    for layer in model.layers:
        if isinstance(layer, L.BatchNormalization):
            layer.set_weights([rng.uniform(0.5, 1.5, w.shape) if i in (0, len(layer.weights) - 1)
                               else rng.normal(0, 0.3, w.shape)
                               for i, w in enumerate(layer.get_weights())])
    return model


def model_for(source, keras_path):
    kind, _, what = source.partition(":")
    if kind == "bundle":
        return load_keras_model(load_bundle(what, need_keras=True))
    model = {"small_mlp": small_mlp, "small_cnn": small_cnn,
             "mlp": lambda: build("mlp", augment=False, seed=1),
             "cnn_lite": lambda: build("cnn-lite", augment=False, seed=1)}[what]()
    model = unsettled(model)
    model.save(keras_path)
    return model


def backprop(model, x, digit, lr):
    h = tf.constant(x[None])
    outputs = {}
    with tf.GradientTape() as tape:
        tape.watch(h)
        for layer in model.layers:
            if not isinstance(layer, L.InputLayer):
                h = layer(h, training=False)
            outputs[layer.name] = h
        loss = keras.losses.sparse_categorical_crossentropy(np.array([digit]), h,
                                                            from_logits=True)[0]
    variables = model.trainable_variables
    found = tape.gradient(loss, list(outputs.values()) + variables)
    values = {"loss": np.asarray(loss), "logits": np.asarray(h[0])}
    for name, g in zip(outputs, found):
        values[f"out/{name}"] = np.asarray(g[0])
        values[f"value/{name}"] = np.asarray(outputs[name][0])
    for v, g in zip(variables, found[len(outputs):]):
        values[f"param/{v.path}"] = np.asarray(g)
    for v, g in zip(variables, found[len(outputs):]):  # one plain SGD step, then undone
        v.assign(v - lr * g)
    values["after"] = np.asarray(model(x[None], training=False)[0])
    for v, g in zip(variables, found[len(outputs):]):
        v.assign(v + lr * g)
    return values


folder, lr = sys.argv[1], float(sys.argv[2])
x = np.load(f"{folder}/x.npy")
digits = np.load(f"{folder}/digits.npy")
for name, source in zip(sys.argv[3::2], sys.argv[4::2]):
    model = model_for(source, f"{folder}/{name}.keras")
    found = {}
    for n, (pixels, row) in enumerate(zip(x, digits)):
        for digit in row:
            for key, value in backprop(model, pixels, int(digit), lr).items():
                found[f"{n}-{digit}/{key}"] = value
    np.savez(f"{folder}/{name}.npz", **found)
"""


def _inputs(embedded) -> tuple[np.ndarray, np.ndarray]:
    """A written digit, a drawn one as the window prepares it, and noise; for each the right
    digit and a wrong one (a large loss: large gradients everywhere)."""
    x, y = embedded
    written = x[y == 3][4].astype(np.float32) / 255
    drawn = prepare(draw_digit(x[y == 7][0], height=240)).pixels
    rng = np.random.default_rng(5)
    noise = rng.random((28, 28), dtype=np.float32)
    # A faint grain (at most 1/500) on the two digits: their flat areas (blank background,
    # full ink) make pooling windows whose values tie exactly, and which one wins then
    # depends on the CPU's convolution kernels (an AMD CPU rerouted 15 % of block 1's
    # gradient). With the grain a few tens of some thousands of windows still tie to within
    # float32's rounding (the cnn-lite's first pooling: 25 of 6,272 here); _routed_alike
    # allows those, and only those, to go either way.
    grain = rng.random((2, 28, 28), dtype=np.float32) / 500
    digits = np.stack([written, drawn]) * (1 - 1 / 500) + grain  # still within [0, 1]
    return np.concatenate([digits, noise[None]])[..., None], np.array([[3, 8], [7, 1], [0, 6]])


@pytest.fixture(scope="module")
def keras_gradients(tiny_bundle, embedded, tmp_path_factory):
    """Keras' own loss, gradients and one SGD step, for every model under test."""
    folder = tmp_path_factory.mktemp("keras-gradients")
    x, digits = _inputs(embedded)
    np.save(folder / "x.npy", x)
    np.save(folder / "digits.npy", digits)
    sources = {"tiny": f"bundle:{tiny_bundle}", "shipped": f"bundle:{paths.shipped_model_dir()}",
               "small_mlp": "build:small_mlp", "small_cnn": "build:small_cnn",
               "mlp": "build:mlp", "cnn_lite": "build:cnn_lite"}
    args = [part for item in sources.items() for part in item]
    result = subprocess.run([sys.executable, "-c", KERAS_GRADIENTS, str(folder),
                             str(LEARNING_RATE), *args],
                            capture_output=True, text=True, cwd=REPO, env=child_env(),
                            timeout=400)
    assert result.returncode == 0, result.stderr[-3000:]
    networks, expected = {}, {}
    for name, source in sources.items():
        kind, _, where = source.partition(":")
        networks[name] = (Network.from_bundle(bundles.load_bundle(where)) if kind == "bundle"
                          else Network.from_keras_file(folder / f"{name}.keras"))
        with np.load(folder / f"{name}.npz") as data:
            expected[name] = {key: data[key] for key in data.files}
    return x, digits, networks, expected


def _close(ours: np.ndarray, theirs: np.ndarray, what: str) -> None:
    """Within 1e-4, relative to the largest value where values are large."""
    assert ours.shape == theirs.shape, what
    error = float(np.abs(ours - theirs).max()) if ours.size else 0.0
    bound = 1e-4 * max(1.0, float(np.abs(theirs).max()) if theirs.size else 0.0)
    assert error <= bound, f"{what}: off by {error:.3g} (allowed {bound:.3g})"


def _roughly(ours: np.ndarray, theirs: np.ndarray, what: str) -> None:
    """Our own chain of gradients, for what lies before a max-pooling layer: within 15 % as a
    whole. A drawn digit makes thousands of pooling windows, a few of whose two largest values
    lie within float32's rounding of each other; TensorFlow's convolutions add their sums up
    in another order than NumPy, so such a window may send its whole gradient to the other
    value, and everything before it then differs a little (a first kernel's gradient by 0.5 %
    on one CI machine, most of its values beyond 1e-4). Each layer's maths is checked exactly
    on its own, from TensorFlow's gradient at its output (``_layer_by_layer``)."""
    assert ours.shape == theirs.shape, what
    spread = float(np.linalg.norm(ours - theirs)) / max(float(np.linalg.norm(theirs)), 1e-12)
    assert spread <= 0.15, f"{what}: off by {spread:.1%}"


def _routed_alike(layer: LayerOutput, ours: np.ndarray, theirs: np.ndarray,
                  their_input: np.ndarray, what: str) -> None:
    """A max-pooling layer hands each window's gradient to its largest value, the first where
    several are equal (ReLU's zeros): ours and TensorFlow's must differ only in windows whose
    two largest values lie within what tells the two forward passes apart, and are equal in
    at most one of them (there either is right)."""
    x = layer.input.astype(np.float64)
    apart = float(np.abs(x - their_input).max())
    tie = 2 * apart + 1e-6 * max(1.0, float(np.abs(x).max()))

    def windows(values: np.ndarray) -> np.ndarray:
        found = pool_windows(layer.spec, values)
        return found.reshape(*found.shape[:3], -1)

    def ties(values: np.ndarray, within: float) -> np.ndarray:
        return np.sum(values >= values.max(axis=-1, keepdims=True) - within, axis=-1) >= 2

    ours_in, theirs_in = windows(x), windows(their_input.astype(np.float64))
    tied = ties(ours_in, tie) & ~(ties(ours_in, 0.0) & ties(theirs_in, 0.0))
    where = windows(np.arange(x.size, dtype=np.float64).reshape(x.shape))[tied]
    in_tied_windows = set(where[np.isfinite(where)].astype(int).tolist())
    bound = 1e-4 * max(1.0, float(np.abs(theirs).max()))
    differ = np.flatnonzero(np.abs(ours.reshape(-1) - theirs.reshape(-1)) > bound)
    outside = [int(i) for i in differ if int(i) not in in_tied_windows]
    assert not outside, (f"{what}: {len(outside)} values routed otherwise outside tied "
                         f"windows ({int(tied.sum())} windows tie within {tie:.2g})")


def _layer_by_layer(g, tape: dict, case: str, which: str) -> int:
    """Each layer's backward step, given TensorFlow's gradient at its output, gives
    TensorFlow's gradient at its input and at each of its parameters: the maths of every
    layer on its own, free of what the layers after it decided. The parameters checked."""
    checked = 0
    for layer in g.layers:
        d_in, params = BACKWARD[layer.kind](layer.layer, tape[f"{case}/out/{layer.name}"])
        for name, value in params.items():
            _close(value, tape[f"{case}/param/{layer.name}/{name}"],
                   f"{which} {case} {layer.name}'s step: dL/d{name}")
            checked += 1
        if layer.index == 0:
            continue
        before = g.layers[layer.index - 1].name
        theirs = tape[f"{case}/out/{before}"]
        what = f"{which} {case} {layer.name}'s step: dL/d({before})"
        if layer.kind == "maxpool":
            _routed_alike(layer.layer, d_in, theirs, tape[f"{case}/value/{before}"], what)
        else:
            _close(d_in.reshape(theirs.shape), theirs, what)
    return checked


@pytest.mark.slow
@pytest.mark.parametrize("which", ["tiny", "small_mlp", "small_cnn", "mlp", "cnn_lite",
                                   "shipped"])
def test_every_gradient_matches_gradient_tape(which, keras_gradients):
    x, digits, networks, expected = keras_gradients
    network, tape = networks[which], expected[which]
    kinds = {spec.kind for spec in network.layers}
    pools = [i for i, spec in enumerate(network.layers) if spec.kind == "maxpool"]
    for n, pixels in enumerate(x):
        for digit in digits[n]:
            case = f"{n}-{digit}"
            g = gradients(network, pixels[..., 0], int(digit))
            assert g.loss == pytest.approx(float(tape[f"{case}/loss"]), rel=1e-5, abs=1e-5)
            _close(g.forward.logits, tape[f"{case}/logits"], f"{case} logits")
            expected_p_minus_y = softmax_cross_entropy(tape[f"{case}/logits"], int(digit))[1]
            expected_p_minus_y[digit] -= 1
            _close(g.output_gradient, expected_p_minus_y, f"{case} p - y")
            assert g.output_gradient[digit] < 0 and np.all(np.delete(g.output_gradient, digit) >= 0)
            checked = _layer_by_layer(g, tape, case, which)
            # Every trainable variable of Keras got its gradient from us.
            assert checked and sum(k.startswith(f"{case}/param/") for k in tape) == checked == \
                sum(len(layer.params) for layer in g.layers)
            # The whole chain, as the window runs it: exact from the logits back to the last
            # pooling layer, within 15 % before it (see _roughly). Unless the picture is read
            # right beyond float32's resolution (the shipped model's 3: loss 1.7e-7, Keras'
            # own 1.2e-7, one float32 step below 1): p - y is then rounding, Keras' and ours
            # apart by tens of percent, and only the absolute check means anything.
            rounding = float(tape[f"{case}/loss"]) < 1e-5
            for layer in g.layers:
                close = _roughly if pools and layer.index < pools[-1] and not rounding else _close
                close(layer.d_output, tape[f"{case}/out/{layer.name}"],
                      f"{which} {case} dL/d({layer.name})")
                if layer.index > 0:  # what a layer hands back is the previous one's gradient
                    assert np.array_equal(layer.d_input.reshape(-1),
                                          g.layers[layer.index - 1].d_output.reshape(-1))
                for name, value in layer.params.items():
                    close(value, tape[f"{case}/param/{layer.name}/{name}"],
                          f"{which} {case} dL/d{layer.name}.{name}")
            # One SGD step with Keras' gradients, on our side, gives Keras' logits after its
            # step; where no pooling window can tie, so does a step with our own.
            theirs = Gradients(g.forward, g.digit, g.loss, g.probabilities, [
                replace(layer, params={name: tape[f"{case}/param/{layer.name}/{name}"]
                                       for name in layer.params}) for layer in g.layers])
            after = step(network, theirs, LEARNING_RATE).forward(pixels[..., 0]).logits
            _close(after, tape[f"{case}/after"], f"{which} {case} logits after a step")
            if not pools:
                after = step(network, g, LEARNING_RATE).forward(pixels[..., 0]).logits
                _close(after, tape[f"{case}/after"], f"{which} {case} logits after our step")
    if which == "small_cnn":
        assert {"conv2d", "batchnorm", "relu", "activation", "maxpool", "flatten",
                "identity", "dense"} <= kinds
