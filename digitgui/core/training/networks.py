"""The networks, chosen by name. Each ends in ``Dense(10)`` logits: training uses
``SparseCategoricalCrossentropy(from_logits=True)``, and softmax is applied when predicting.

Imports Keras: used by the training side only.
"""

from __future__ import annotations

from collections.abc import Callable

from digitgui.core.models.network_catalog import NETWORKS
from digitgui.core.models.network_spec import NetworkSpec, PlannedLayer
from digitgui.core.training.tf_runtime import import_keras

keras = import_keras()
layers = keras.layers

from digitgui.core.training.augment import RandomHandwriting, RandomStrokeWidth  # noqa: E402

BN_MOMENTUM = 0.9
"""Batch normalisation's running statistics follow the last ~10 batches (Keras' default, 0.99,
follows ~100): with 70 batches an epoch, the default left them unsettled for the first epochs,
so validation accuracy read 10 % while training accuracy was 90 %."""


def augmentation(seed: int | None) -> list:
    """The training-only augmentation stack (inactive at inference and in model.tflite)."""
    return [
        RandomStrokeWidth(seed=seed, name="random_stroke_width"),
        RandomHandwriting(seed=None if seed is None else seed + 1, name="random_handwriting"),
    ]


def _decay(l2: float) -> dict:
    """L2 weight decay on a Dense or Conv2D kernel: a regulariser, not a layer, so the layers
    (and the NumPy teaching views, which read them) are the same with it or without."""
    return {"kernel_regularizer": keras.regularizers.L2(l2)} if l2 else {}


def _seed(inputs, augment_layers, l2: float = 0.0):
    h = layers.Flatten(name="flatten")(_augmented(inputs, augment_layers))
    h = layers.Dense(25, activation="relu", name="hidden_1", **_decay(l2))(h)
    h = layers.Dense(15, activation="relu", name="hidden_2", **_decay(l2))(h)
    return layers.Dense(10, name="logits", **_decay(l2))(h)


def _mlp(inputs, augment_layers, l2: float = 0.0):
    h = layers.Flatten(name="flatten")(_augmented(inputs, augment_layers))
    h = layers.Dense(256, activation="relu", name="hidden_1", **_decay(l2))(h)
    h = layers.Dropout(0.2, name="dropout_1")(h)
    h = layers.Dense(128, activation="relu", name="hidden_2", **_decay(l2))(h)
    h = layers.Dropout(0.2, name="dropout_2")(h)
    return layers.Dense(10, name="logits", **_decay(l2))(h)


def _conv_block(h, filters: int, count: int, name: str, l2: float = 0.0):
    for i in range(1, count + 1):
        h = layers.Conv2D(filters, 3, padding="same", use_bias=False, name=f"{name}_conv{i}",
                          **_decay(l2))(h)
        h = layers.BatchNormalization(momentum=BN_MOMENTUM, name=f"{name}_bn{i}")(h)
        h = layers.ReLU(name=f"{name}_relu{i}")(h)
    return h


def _cnn(inputs, augment_layers, l2: float = 0.0):
    h = _conv_block(_augmented(inputs, augment_layers), 32, 2, "block1", l2)
    h = layers.MaxPooling2D(name="pool1")(h)
    return _cnn_top(h, l2)


def _cnn_lite(inputs, augment_layers, l2: float = 0.0):
    """The cnn with one 5x5 convolution where it has two 3x3 ones on the full 28x28 picture,
    pooled before its batch normalisation: the same field of view, about 0.65 of the time per
    training step (those two layers and their batch normalisation were the step's costliest
    part), about 0.1 points less on MNIST (BENCHMARKS.md, 2026-11-27)."""
    h = layers.Conv2D(32, 5, padding="same", use_bias=False, name="block1_conv1",
                      **_decay(l2))(_augmented(inputs, augment_layers))
    # Pooling first: batch normalisation and ReLU then work on a quarter of the values (14x14,
    # not 28x28), about 0.92 of the step's time for the same accuracy (BENCHMARKS.md).
    h = layers.MaxPooling2D(name="pool1")(h)
    h = layers.BatchNormalization(momentum=BN_MOMENTUM, name="block1_bn1")(h)
    h = layers.ReLU(name="block1_relu1")(h)
    return _cnn_top(h, l2)


def _cnn_top(h, l2: float):
    """The cnn's layers after its first pooling, shared by cnn and cnn-lite."""
    h = _conv_block(h, 64, 2, "block2", l2)
    h = layers.MaxPooling2D(name="pool2")(h)
    h = _conv_block(h, 128, 1, "block3", l2)
    h = layers.Flatten(name="flatten")(h)
    h = layers.Dropout(0.4, name="dropout_1")(h)
    h = layers.Dense(128, use_bias=False, name="dense", **_decay(l2))(h)
    h = layers.BatchNormalization(momentum=BN_MOMENTUM, name="dense_bn")(h)
    h = layers.ReLU(name="dense_relu")(h)
    h = layers.Dropout(0.4, name="dropout_2")(h)
    return layers.Dense(10, name="logits", **_decay(l2))(h)


def _augmented(inputs, augment_layers):
    h = inputs
    for layer in augment_layers:
        h = layer(h)
    return h


def _layer(planned: PlannedLayer, l2: float = 0.0):
    """One layer of a custom design. Activations are the Dense/Conv2D's own (not separate
    layers), so the NumPy views read them from the layer's config, as for seed and mlp."""
    s, name = planned.settings, planned.name
    if planned.type == "dense":
        return layers.Dense(s["units"], activation=s["activation"], name=name, **_decay(l2))
    if planned.type == "conv2d":
        return layers.Conv2D(s["filters"], s["kernel_size"], strides=s["strides"],
                             padding=s["padding"], activation=s["activation"], name=name,
                             **_decay(l2))
    if planned.type == "maxpool":
        return layers.MaxPooling2D(s["pool_size"], name=name)
    if planned.type == "dropout":
        return layers.Dropout(s["rate"], name=name)
    if planned.type == "batchnorm":
        return layers.BatchNormalization(momentum=BN_MOMENTUM, name=name)
    return layers.Flatten(name=name)


def _custom(inputs, augment_layers, spec: NetworkSpec, l2: float = 0.0):
    h = _augmented(inputs, augment_layers)
    for planned in spec.plan:  # the implicit flatten and logits included
        h = _layer(planned, l2)(h)
    return h


_BUILDERS: dict[str, Callable] = {"seed": _seed, "mlp": _mlp, "cnn": _cnn,
                                  "cnn-lite": _cnn_lite}


def build(name: str, augment: bool, seed: int | None = None, spec: NetworkSpec | None = None,
          l2: float = 0.0):
    """A fresh, uncompiled model (input (28, 28, 1) in [0, 1], output 10 logits): a built-in
    network by name, or the design ``spec`` (name 'custom'); ``l2`` weight decay on every
    Dense and Conv2D kernel."""
    inputs = keras.Input((28, 28, 1), name="pixels")
    augment_layers = augmentation(seed) if augment else []
    if spec is not None:
        return keras.Model(inputs, _custom(inputs, augment_layers, spec, l2), name=spec.name)
    if name not in _BUILDERS:
        raise ValueError(f"unknown network {name!r}; choose one of {', '.join(NETWORKS)}")
    return keras.Model(inputs, _BUILDERS[name](inputs, augment_layers, l2), name=name)
