"""The training engine's NumPy path (dense networks) against Keras: the same gradients on one
batch, the same optimiser steps and schedules, the same augmentation's pieces; then real
``digitgui train`` runs: a seed trained in NumPy gives a bundle whose model.tflite answers as
its model.keras, and a convolutional network still trains in Keras.

Keras runs in a child process; this process never imports TensorFlow."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest

from digitgui.core.models import bundle as bundles
from digitgui.core.training import numpy_augment, numpy_optim
from digitgui.core.training.numpy_net import (
    DenseNetwork,
    Plan,
    digits_loss_and_gradient,
    loss_and_gradient,
)
from tests.helpers import REPO, child_env, events, one_line, run_cli

pytestmark = pytest.mark.slow

SPEC = {"name": "every-activation", "layers": [
    {"type": "dense", "units": 12, "activation": "relu"},
    {"type": "dense", "units": 10, "activation": "leaky_relu"},
    {"type": "dense", "units": 8, "activation": "sigmoid"},
    {"type": "dense", "units": 8, "activation": "tanh"},
    {"type": "dense", "units": 6, "activation": "linear"},
]}
L2 = 1e-3
CASES = [("adam", "cosine", 0.9), ("adamw", "constant", 0.9), ("sgd", "cosine", 0.9),
         ("sgd", "constant", 0.0), ("rmsprop", "cosine", 0.9)]
STEPS = 6

KERAS_SIDE = r"""
import json, sys
import numpy as np
import tensorflow as tf
from keras import ops
from digitgui.core.models.network_spec import NetworkSpec
from digitgui.core.training import engine, networks
from digitgui.core.training.augment import _bilinear_sample, _max3x3
from digitgui.core.training.config import TrainConfig
from digitgui.core.training.loss import DigitOrNotLoss
keras = networks.keras
folder, spec, l2, cases, steps = sys.argv[1], json.loads(sys.argv[2]), float(sys.argv[3]), \
    json.loads(sys.argv[4]), int(sys.argv[5])
rng = np.random.default_rng(0)
out = {}

# One batch: digits and two pictures that are not digits, weighted unequally, L2 on.
keras.utils.set_random_seed(1)
model = networks.build("custom", False, 1, NetworkSpec.from_json(spec), l2=l2)
x = rng.random((16, 28, 28, 1), dtype=np.float32)
y = np.array([*range(10), 3, 7, 1, 10, 10, 5])
w = rng.uniform(0.5, 2, 16).astype(np.float32)
with tf.GradientTape() as tape:
    logits = model(x, training=True)
    loss = DigitOrNotLoss()(y, logits, sample_weight=w) + ops.sum(model.losses)
grads = tape.gradient(loss, model.trainable_variables)
out.update(x=x, y=y, w=w, loss=np.asarray(loss))
out["layers"] = np.array(json.dumps([(l.name, l.get_config()["activation"])
                                     for l in model.layers if type(l).__name__ == "Dense"]))
for i, (v, g) in enumerate(zip(model.trainable_variables, grads)):
    out[f"weight{i}"], out[f"grad{i}"] = v.numpy(), np.asarray(g)

# The engine's optimisers and schedules, a few steps of fixed gradients.
start = rng.normal(0, 1, 50).astype(np.float32)
gradients = rng.normal(0, 1, (steps, 50)).astype(np.float32)
out.update(start=start, gradients=gradients)
for name, schedule, momentum in cases:
    config = TrainConfig(optimizer=name, schedule=schedule, momentum=momentum,
                         learning_rate=0.01)
    variable = keras.Variable(start)
    optimizer = engine._optimizer(keras, config, 4 * steps)
    path = []
    for g in gradients:
        optimizer.apply_gradients([(tf.constant(g), variable)])
        path.append(variable.numpy().copy())
    out[f"path/{name}/{schedule}/{momentum}"] = np.array(path)

# The augmentation's pieces: 3x3 dilation, the elastic field's resize, bilinear sampling.
images = rng.random((3, 28, 28), dtype=np.float32)
coarse = rng.uniform(-1, 1, (3, 4, 4, 2)).astype(np.float32)
src_y = rng.uniform(-2, 29, (3, 28, 28)).astype(np.float32)
src_x = rng.uniform(-2, 29, (3, 28, 28)).astype(np.float32)
out.update(images=images, coarse=coarse, src_y=src_y, src_x=src_x)
out["dilated"] = np.asarray(ops.max_pool(images[..., None], pool_size=3, strides=1,
                                         padding="same"))[..., 0]
# The engine's own 3x3 maximum against Keras' pooling, on values of both signs (erosion
# dilates the negated picture), at the borders too.
signed = rng.normal(0, 1, (4, 28, 28, 1)).astype(np.float32)
out["pooled"] = np.asarray(ops.max_pool(signed, pool_size=3, strides=1, padding="same"))
out["max3x3"] = np.asarray(_max3x3(signed))
out["resized"] = np.asarray(ops.image.resize(coarse, (28, 28), interpolation="bilinear"))
out["sampled"] = np.asarray(_bilinear_sample(images, src_y, src_x))
np.savez(f"{folder}/keras.npz", **out)
"""


@pytest.fixture(scope="module")
def keras_side(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("keras-side")
    result = subprocess.run(
        [sys.executable, "-c", KERAS_SIDE, str(folder), json.dumps(SPEC), str(L2),
         json.dumps(CASES), str(STEPS)],
        capture_output=True, text=True, env=child_env(), cwd=REPO, timeout=240)
    assert result.returncode == 0, result.stderr[-3000:]
    with np.load(folder / "keras.npz") as data:
        return dict(data)


def test_the_gradients_of_one_batch_agree_with_keras(keras_side):
    k = keras_side
    names = json.loads(str(k["layers"]))
    weights = tuple(k[f"weight{i}"] for i in range(2 * len(names)))
    plan = Plan(tuple((name, "dense", {"activation": act}) for name, act in names), {}, weights)
    net = DenseNetwork(plan, l2=L2)
    logits = net.forward(k["x"].reshape(16, -1))
    losses, gradient = loss_and_gradient(logits, k["y"], k["w"])
    # Keras' batch loss: sum(loss * weight) / batch size, plus L2 on every kernel.
    assert np.dot(losses, k["w"]) / 16 + net.l2_loss() == pytest.approx(float(k["loss"]),
                                                                         rel=1e-5)
    net.backward(gradient)
    for i, layer in enumerate(net.dense):
        np.testing.assert_allclose(layer.grad_kernel, k[f"grad{2 * i}"], rtol=2e-4, atol=1e-6)
        np.testing.assert_allclose(layer.grad_bias, k[f"grad{2 * i + 1}"], rtol=2e-4,
                                   atol=1e-6)


@pytest.mark.parametrize(("name", "schedule", "momentum"), CASES)
def test_each_optimiser_and_schedule_steps_as_keras_does(keras_side, name, schedule, momentum):
    params = keras_side["start"].copy()
    rate = numpy_optim.schedule(schedule, 0.01, 4 * STEPS)
    optimizer = numpy_optim.optimizer(name, params.size, momentum)
    for g, expected in zip(keras_side["gradients"],
                           keras_side[f"path/{name}/{schedule}/{momentum}"], strict=True):
        optimizer.step(params, g, rate(optimizer.iterations))
        np.testing.assert_allclose(params, expected, rtol=1e-5, atol=1e-6)


def test_the_augmentations_pieces_match_keras(keras_side):
    k = keras_side
    np.testing.assert_allclose(numpy_augment._dilate(k["images"]), k["dilated"], atol=1e-6)
    np.testing.assert_array_equal(k["max3x3"], k["pooled"])  # the Keras layer's quick dilation
    matrix = numpy_augment._resize_matrix(28, 4)
    resized = np.einsum("yi,bijc,xj->byxc", matrix, k["coarse"], matrix)
    np.testing.assert_allclose(resized, k["resized"], atol=1e-5)
    np.testing.assert_allclose(
        numpy_augment._bilinear_sample(k["images"], k["src_y"], k["src_x"]), k["sampled"],
        atol=1e-5)
    # The warp's source coordinates: augment.py's inverse map, step by step.
    draws = [rng_draw.reshape(-1, 1, 1) for rng_draw in np.random.default_rng(2).uniform(
        [-0.2, -0.25, 0.88, 0.9, -2.5, -2.5], [0.2, 0.25, 1.12, 1.1, 2.5, 2.5], (3, 6)).T]
    angle, slant, zoom_y, zoom_x, shift_y, shift_x = draws
    grid_y, grid_x = np.meshgrid(np.arange(28.0), np.arange(28.0), indexing="ij")
    py, px = grid_y[None] - 13.5 - shift_y, grid_x[None] - 13.5 - shift_x
    ry = np.cos(angle) * py - np.sin(angle) * px
    rx = np.sin(angle) * py + np.cos(angle) * px + slant * ry
    src_y, src_x = numpy_augment.source_coordinates(28, 28, *draws)
    np.testing.assert_allclose(src_y, ry / zoom_y + 13.5, atol=1e-4)
    np.testing.assert_allclose(src_x, rx / zoom_x + 13.5, atol=1e-4)
    # With nothing to vary, both steps leave the pictures as they are.
    rng = np.random.default_rng(0)
    assert np.allclose(numpy_augment.stroke_width(k["images"], rng, 0, 0), k["images"])
    same = numpy_augment.handwriting(k["images"], rng, 0, 0, 0, 0, 0)
    np.testing.assert_allclose(same, k["images"], atol=1e-5)


def test_seed_trains_in_numpy_into_the_same_kind_of_bundle(tmp_path, train_npz):
    from digitgui.core.data import load_source
    from digitgui.core.models.inference import Predictor
    from digitgui.core.teaching.introspection import Network

    out = tmp_path / "seed"
    result = run_cli("train", "--network", "seed", "--epochs", "2", "--data", str(train_npz),
                     "--out", str(out), "--events", "jsonl")
    assert result.returncode == 0, result.stderr[-3000:]
    stream = events(result.stdout)
    start = next(e for e in stream if e["event"] == "start")
    assert start["trainer"] == "numpy" and start["first_layer"]["layer"] == "hidden_1"
    epochs = [e for e in stream if e["event"] == "epoch"]
    assert [e["epoch"] for e in epochs] == [1, 2] and stream[-1]["event"] == "done"
    assert all(e["layer_changes"][0]["change"] > 0 and e["val_accuracy"] > 0.5 for e in epochs)
    # Each batch event gives the mean loss of the batches since the one before: over an
    # epoch, weighted by those batches, the epoch's loss (batches of one size but the last).
    for epoch in epochs:
        batches = [e for e in stream if e["event"] == "batch" and e["epoch"] == epoch["epoch"]]
        steps = np.diff([0] + [e["step"] for e in batches])
        mean = sum(e["loss"] * n for e, n in zip(batches, steps, strict=True)) / steps.sum()
        assert mean == pytest.approx(epoch["loss"], rel=0.03), (mean, epoch["loss"])
    bundle = bundles.load_bundle(out, need_keras=True)
    meta = bundle.metadata
    assert meta["trainer"] == "numpy" and meta["best_epoch"] == 2 == meta["epochs_finished"]
    assert meta["replay"]["epochs"] == 3 and (out / bundles.REPLAY_FILE).exists()
    assert meta["validation_accuracy"] == pytest.approx(epochs[-1]["val_accuracy"], abs=1e-6)
    # model.tflite (LiteRT) and model.keras (read without TensorFlow) give the same logits.
    x = load_source(str(train_npz)).x[:50]
    lite = Predictor.for_bundle(bundle).logits(x)
    keras_file = np.stack([Network.from_bundle(bundle).forward(image).logits for image in x])
    np.testing.assert_allclose(lite, keras_file, rtol=1e-4, atol=1e-4)


def test_a_convolutional_network_still_trains_in_keras(tmp_path, train_npz):
    spec = json.dumps({"name": "tiny-conv", "layers": [
        {"type": "conv2d", "filters": 2, "kernel_size": 3},
        {"type": "maxpool"}, {"type": "dense", "units": 8}]})
    out = tmp_path / "conv"
    result = run_cli("train", "--network", spec, "--epochs", "1", "--data", str(train_npz),
                     "--out", str(out), "--events", "jsonl", "--no-augment")
    assert result.returncode == 0, result.stderr[-3000:]
    start = next(e for e in events(result.stdout) if e["event"] == "start")
    assert start["trainer"] == "keras" and bundles.load_bundle(out).metadata["trainer"] == "keras"
    # Insisting on NumPy for it: one line that says why, nothing written.
    again = run_cli("train", "--network", spec, "--epochs", "1", "--data", str(train_npz),
                    "--out", str(tmp_path / "no"), "--trainer", "numpy")
    assert again.returncode == 2 and not (tmp_path / "no").exists()
    assert "--trainer numpy takes dense networks only: it has a Conv2D layer" in one_line(
        again.stderr)


def test_pixels_blank_in_every_picture_stay_out_of_training_and_change_nothing():
    """Also the first layer's bias kept as a column of its kernel, the pictures ending in a 1:
    the same steps, the same weights."""
    rng = np.random.default_rng(4)
    weights = (rng.normal(0, 0.1, (784, 6)).astype(np.float32),
               rng.normal(0, 0.1, 6).astype(np.float32),
               rng.normal(0, 0.3, (6, 10)).astype(np.float32), np.zeros(10, np.float32))
    plan = Plan((("hidden", "dense", {"activation": "relu"}),
                 ("logits", "dense", {"activation": "linear"})), {}, weights)
    x = rng.random((64, 784), dtype=np.float32)
    x[:, :200] = 0  # the border of every picture: blank
    used = np.flatnonzero(np.any(x != 0, axis=0))
    with_ones = np.hstack([x[:, used], np.ones((64, 1), np.float32)])
    nets = {"every": (DenseNetwork(plan), x),
            "some": (DenseNetwork(plan, inputs=used), x[:, used]),
            "column": (DenseNetwork(plan, inputs=used, bias_column=True), with_ones)}
    steppers = {k: numpy_optim.optimizer("adam", net.params.size, 0.9)
                for k, (net, _) in nets.items()}
    y = rng.integers(0, 10, 64)
    for first in range(0, 64, 16):
        for key, (net, inputs) in nets.items():
            _, gradient = loss_and_gradient(net.forward(inputs[first:first + 16]),
                                            y[first:first + 16])
            net.backward(gradient)
            steppers[key].step(net.params, net.grads, 0.01)
    every = nets["every"][0]
    for key in ("some", "column"):
        net = nets[key][0]
        for (name, a), (_, b) in zip(every.kernels(), net.kernels(), strict=True):
            np.testing.assert_allclose(a, b, atol=1e-6, err_msg=f"{key} {name}")
        for (name, (_, bias)), start in zip(every.weights().items(), (1, 3), strict=True):
            np.testing.assert_allclose(net.weights()[name][1], bias, atol=1e-6)
            assert not np.allclose(bias, weights[start])  # the biases were trained too
        np.testing.assert_allclose(every.logits(x), net.logits(x), atol=1e-5)
        assert np.array_equal(net.weights()["hidden"][0][:200], weights[0][:200])  # untouched


def test_the_steps_short_loss_agrees_with_the_general_one():
    rng = np.random.default_rng(5)
    logits = rng.normal(0, 3, (32, 10)).astype(np.float32)
    y = rng.integers(0, 10, 32)
    losses, gradient = loss_and_gradient(logits, y)
    loss_sum, right, short_gradient = digits_loss_and_gradient(logits, y)
    assert loss_sum == pytest.approx(float(losses.sum()), rel=1e-5)
    assert right == np.count_nonzero(logits.argmax(axis=1) == y) > 0
    np.testing.assert_allclose(short_gradient, gradient, atol=1e-7)
