"""Reading a bundle's ``model.keras`` without TensorFlow: its layers and trained parameters.

A Keras 3 archive is a zip with ``config.json`` (the layers and their settings) and
``model.weights.h5`` (each layer's variables, read here with h5py). Only the layer types our
networks use are known; anything else (a foreign model) is a clear
:class:`~digitgui.core.errors.BundleError`, never a wrong picture.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import h5py
import numpy as np

from digitgui.core.errors import QT_TRANSLATE_NOOP, BundleError

INPUT_SHAPE = (28, 28, 1)

KINDS: dict[str, str] = {
    "InputLayer": "input",
    # Training-only layers: at inference they hand their input on untouched.
    "RandomStrokeWidth": "identity",
    "RandomHandwriting": "identity",
    "Dropout": "identity",
    "Flatten": "flatten",
    "Dense": "dense",
    "Conv2D": "conv2d",
    "BatchNormalization": "batchnorm",
    "ReLU": "relu",
    "Activation": "activation",
    "MaxPooling2D": "maxpool",
}
"""The Keras layer classes we can run, and what kind of step each is."""

ACTIVATION_NAMES = ("linear", "relu", "leaky_relu", "sigmoid", "tanh", "softmax")
"""The activations the forward pass knows (:data:`digitgui.core.teaching.layers.ACTIVATIONS`)."""


@dataclass(frozen=True)
class LayerSpec:
    """One layer as the file describes it: its config and its trained parameters by name
    (``kernel``, ``bias``, ``gamma``, ``beta``, ``moving_mean``, ``moving_variance``)."""

    index: int
    name: str
    class_name: str
    kind: str
    config: dict[str, Any]
    params: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def activation(self) -> str:
        """The activation applied after a Dense/Conv2D's weighted sum ('linear': none)."""
        if self.kind in ("dense", "conv2d", "activation"):
            return str(self.config.get("activation", "linear"))
        return "relu" if self.kind == "relu" else "linear"

    @cached_property
    def kernel64(self) -> np.ndarray:
        """A Dense kernel in float64: its long sums (6,272 terms in the cnn) then add no
        rounding of ours to Keras' own float32 rounding (cheap: one vector a layer)."""
        return self.params["kernel"].astype(np.float64)

    @property
    def parameter_count(self) -> int:
        return int(sum(p.size for p in self.params.values()))


SOFTMAX = LayerSpec(-1, "softmax", "Softmax", "softmax", {"activation": "softmax"})
"""The softmax that turns the logits into probabilities when predicting (not a model layer:
training applies it inside the loss, ``from_logits=True``)."""



def read_network(path: Path) -> tuple[list[LayerSpec], str]:
    """The layers of the ``model.keras`` at ``path``, in order, and the model's name."""
    if not path.is_file():
        raise BundleError(QT_TRANSLATE_NOOP("KerasFile",
            "has no model.keras, so its layers cannot be shown"), path.parent)
    try:
        with zipfile.ZipFile(path) as archive:
            config = json.loads(archive.read("config.json"))
            weights = _read_weights(archive.read("model.weights.h5"))
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise BundleError(QT_TRANSLATE_NOOP("KerasFile",
            "model.keras is damaged or not a Keras 3 archive ({reason})"),
            path.parent, reason=exc) from None
    return (_layer_specs(config, weights, path.parent),
            str(config.get("config", {}).get("name", "model")))


def _snake_case(name: str) -> str:
    """Keras' own ``to_snake_case``: how model.weights.h5 names each layer's group."""
    name = re.sub(r"\W+", "", name)
    name = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub("([a-z])([A-Z])", r"\1_\2", name).lower()


def _read_weights(data: bytes) -> dict[str, list[np.ndarray]]:
    """Each layer group of model.weights.h5 and its variables, in their saved order."""
    found: dict[str, list[np.ndarray]] = {}
    with h5py.File(io.BytesIO(data), "r") as h5:
        layers = h5.get("layers")
        if layers is None:
            raise ValueError("model.weights.h5 has no layers group")
        for group_name, group in layers.items():
            variables = group.get("vars", {})
            found[group_name] = [np.asarray(variables[key], dtype=np.float32)
                                 for key in sorted(variables, key=int)]
    return found


_PARAM_NAMES = {
    "dense": lambda c: ["kernel"] + (["bias"] if c.get("use_bias", True) else []),
    "conv2d": lambda c: ["kernel"] + (["bias"] if c.get("use_bias", True) else []),
    "batchnorm": lambda c: (["gamma"] if c.get("scale", True) else [])
    + (["beta"] if c.get("center", True) else []) + ["moving_mean", "moving_variance"],
}


def _layer_specs(config: dict, weights: dict[str, list[np.ndarray]], where: Path
                 ) -> list[LayerSpec]:
    model = config.get("config", {})
    entries = model.get("layers")
    if config.get("class_name") not in ("Functional", "Sequential") or not entries:
        raise BundleError(QT_TRANSLATE_NOOP("KerasFile",
            "model.keras is not a Keras Functional or Sequential model"), where)
    used: dict[str, int] = {}
    specs: list[LayerSpec] = []
    for index, entry in enumerate(entries):
        class_name = entry.get("class_name", "?")
        layer_config = entry.get("config", {})
        name = str(entry.get("name") or layer_config.get("name") or class_name)
        kind = KINDS.get(class_name)
        if kind is None:
            raise BundleError(QT_TRANSLATE_NOOP("KerasFile",
                "layer {name!r} is a {kind}, which the network view does not know "
                "(it shows digitgui's own networks)"), where, name=name,
                kind=class_name)
        _check_chain(entry, specs, config.get("class_name"), where)
        # Keras names weight groups by class (conv2d, conv2d_1, ...) in layer order.
        group = _snake_case(class_name)
        count = used.get(group, -1) + 1
        used[group] = count
        group = group if count == 0 else f"{group}_{count}"
        names = _PARAM_NAMES.get(kind, lambda c: [])(layer_config)
        arrays = weights.get(group, [])
        if len(arrays) != len(names):
            raise BundleError(QT_TRANSLATE_NOOP("KerasFile",
                "layer {name!r} has {count} weight arrays in model.weights.h5, "
                "expected {expected}"), where, name=name, count=len(arrays),
                expected=len(names))
        spec = LayerSpec(index, name, class_name, kind, layer_config,
                         dict(zip(names, arrays, strict=True)))
        _check_supported(spec, where)
        specs.append(spec)
    if specs[0].kind != "input":
        specs.insert(0, LayerSpec(0, "input", "InputLayer", "input", {}))
    return specs


def _check_chain(entry: dict, previous: list[LayerSpec], model_class: str, where: Path) -> None:
    """The view shows a plain chain of layers: each one must take the one before it."""
    if model_class != "Functional" or not previous:
        return
    nodes = entry.get("inbound_nodes") or []
    args = nodes[0].get("args", []) if len(nodes) == 1 else []
    history = args[0].get("config", {}).get("keras_history") if len(args) == 1 else None
    if not history or history[0] != previous[-1].name:
        raise BundleError(QT_TRANSLATE_NOOP("KerasFile",
            "layer {name!r} does not simply follow the layer before it; the "
            "network view shows plain chains of layers only"), where,
            name=entry.get("name"))


def _check_supported(spec: LayerSpec, where: Path) -> None:
    c = spec.config
    problem, values = None, {}  # a whole sentence each, for the window's translators
    if spec.kind == "input":
        shape = tuple(c.get("batch_shape") or c.get("batch_input_shape") or [None, *INPUT_SHAPE])
        if shape[1:] != INPUT_SHAPE:
            problem = QT_TRANSLATE_NOOP("KerasFile",
                "layer {name!r} takes {shape} inputs, not 28x28x1 "
                "images, which the network view does not support")
            values = {"shape": shape[1:]}
    elif spec.kind in ("dense", "conv2d", "activation"):
        if spec.activation not in ACTIVATION_NAMES:
            problem = QT_TRANSLATE_NOOP("KerasFile",
                "layer {name!r} uses the activation {activation!r}, "
                "which the network view does not support")
            values = {"activation": c.get("activation")}
    if spec.kind == "conv2d" and (c.get("data_format", "channels_last") != "channels_last"
                                  or tuple(c.get("dilation_rate", (1, 1))) != (1, 1)
                                  or c.get("groups", 1) != 1):
        problem = QT_TRANSLATE_NOOP("KerasFile",
            "layer {name!r} is a dilated, grouped or channels-first convolution, which the "
            "network view does not support")
    if spec.kind == "relu" and c.get("max_value") is not None and c.get("max_value") <= 0:
        problem = QT_TRANSLATE_NOOP("KerasFile",
            "layer {name!r} is a ReLU with a non-positive maximum, which the network view does "
            "not support")
    if spec.kind == "batchnorm" and c.get("axis", -1) not in (-1, 3, [-1], [3]):
        problem = QT_TRANSLATE_NOOP("KerasFile",
            "layer {name!r} normalises along an axis other than the channels, which the "
            "network view does not support")
    if problem:
        raise BundleError(problem, where, name=spec.name, **values)


