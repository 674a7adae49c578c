"""A network of the learner's own design: a small JSON spec, checked, counted and explained.

The spec lists the hidden layers in order; the 28x28x1 input and the final ``Dense(10)``
logits are implicit, and a flatten is put in before the first dense layer where the data is
still a picture::

    {"name": "tanh-32-16", "layers": [{"type": "dense", "units": 32, "activation": "tanh"},
                                      {"type": "dense", "units": 16, "activation": "tanh"}]}

No TensorFlow here: the window's designer and the command line validate a spec, show each
layer's output shape and parameter count and warn about designs that learn badly, all before
a trainer starts. :mod:`digitgui.core.training.networks` builds the Keras model from
:attr:`NetworkSpec.plan`, so the two cannot disagree on shapes or layer names. Every mistake
is a :class:`~digitgui.core.errors.UserError` of one line that names the layer and the
problem. Saving specs by name is :mod:`digitgui.core.models.network_designs`.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from digitgui.core.errors import QT_TRANSLATE_NOOP, UserError
from digitgui.core.models.network_catalog import CUSTOM_NETWORK, NETWORKS

if TYPE_CHECKING:
    from digitgui.core.models.network_warnings import DesignWarning

INPUT_SHAPE = (28, 28, 1)
OUTPUTS = 10
ACTIVATIONS = ("relu", "leaky_relu", "sigmoid", "tanh", "linear")
"""The activations a dense or conv2d layer may have (Keras' names; leaky_relu's negative
slope is Keras' default, 0.2)."""
LAYER_TYPES = ("dense", "conv2d", "maxpool", "dropout", "batchnorm", "flatten")
MAX_LAYERS = 32
MAX_UNITS = 4096
MAX_FILTERS = 512
MAX_PARAMETERS = 20_000_000
"""A design bigger than this would take minutes a batch on a laptop and gigabytes of memory;
no digit needs it."""
NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")
"""Names become file names (``<name>.json``) and Keras model names: no spaces, no slashes."""

_ALIASES = {"conv": "conv2d", "convolution": "conv2d", "max_pool": "maxpool",
            "maxpooling2d": "maxpool", "pool": "maxpool", "batch_norm": "batchnorm",
            "batchnormalization": "batchnorm", "bn": "batchnorm"}
"""Other spellings learners meet in Keras and tutorials; saved under the canonical type."""

# Each type's keys and defaults (None: required). The order is the order as_json writes.
_KEYS: dict[str, dict[str, Any]] = {
    "dense": {"units": None, "activation": "relu"},
    "conv2d": {"filters": None, "kernel_size": 3, "strides": 1, "padding": "same",
               "activation": "relu"},
    "maxpool": {"pool_size": 2},
    "dropout": {"rate": None},
    "batchnorm": {},
    "flatten": {},
}
_SHORT = {"dense": "dense", "conv2d": "conv", "maxpool": "pool", "dropout": "dropout",
          "batchnorm": "bn"}
"""Keras layer names: dense_1, conv_1, pool_1, ... ('flatten' and 'logits' as they are)."""


@dataclass(frozen=True)
class SpecLayer:
    """One layer as the spec writes it: its type and its settings (defaults filled in)."""

    type: str
    settings: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"type": self.type, **self.settings}

    def __hash__(self) -> int:  # settings is a dict: hash its JSON (specs can key a cache)
        return hash(json.dumps(self.as_json()))

    @property
    def activation(self) -> str | None:
        return self.settings.get("activation")


@dataclass(frozen=True)
class PlannedLayer:
    """One layer of the network as it is built: the spec's layers plus the implicit ones (the
    flatten put in before the first dense, the logits). ``number`` is the layer's 1-based
    place in the spec, None for an implicit layer; ``name`` is its Keras name."""

    number: int | None
    name: str
    type: str
    settings: dict[str, Any]
    input_shape: tuple[int, ...]
    output_shape: tuple[int, ...]
    parameters: int

    @property
    def implicit(self) -> bool:
        return self.number is None

    @property
    def text(self) -> str:
        """E.g. 'Dense 32 tanh', 'Conv2D 16 3x3 relu', 'MaxPool 2x2', 'Dense 10 (logits)'."""
        s = self.settings
        if self.name == "logits":
            return f"Dense {OUTPUTS} (logits)"
        if self.type == "dense":
            return f"Dense {s['units']} {s['activation']}"
        if self.type == "conv2d":
            stride = f" stride {s['strides']}" if s["strides"] != 1 else ""
            return (f"Conv2D {s['filters']} {s['kernel_size']}x{s['kernel_size']}{stride} "
                    f"{s['activation']}")
        if self.type == "maxpool":
            return f"MaxPool {s['pool_size']}x{s['pool_size']}"
        if self.type == "dropout":
            return f"Dropout {s['rate']:g}"
        return {"batchnorm": "BatchNorm", "flatten": "Flatten"}[self.type]


@dataclass(frozen=True)
class NetworkSpec:
    """A validated design. Build one with :meth:`from_json`, :meth:`parse` or
    :func:`digitgui.core.models.network_designs.load`; never invalid once built."""

    name: str
    layers: tuple[SpecLayer, ...]

    @classmethod
    def from_json(cls, value: Any, default_name: str | None = None) -> NetworkSpec:
        """A spec from its JSON value (a dict); ``default_name`` stands in for a missing name
        (a file's stem). Raises a one-line :class:`UserError` for anything wrong."""
        if not isinstance(value, dict):
            raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
                'a network spec must be a JSON object: {"name": ..., "layers": [...]}'))
        unknown = sorted(set(value) - {"name", "layers"})
        if unknown:
            raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
                "unknown key {key!r} in the spec (it has name and layers)"),
                key=unknown[0])
        name = check_name(value.get("name", default_name))
        layers = value.get("layers")
        if not isinstance(layers, list):
            raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
                "'layers' must be a list of layers, e.g. "
                '[{"type": "dense", "units": 32, "activation": "relu"}]'))
        if len(layers) > MAX_LAYERS:
            raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
                "{count} layers; a design may have at most {most}"),
                count=len(layers), most=MAX_LAYERS)
        spec = cls(name, tuple(_layer(n, raw) for n, raw in enumerate(layers, 1)))
        _ = spec.plan  # the shapes flow through (or the layer that breaks them is named)
        return spec

    @classmethod
    def parse(cls, text: str, default_name: str | None = None) -> NetworkSpec:
        """A spec from JSON text ('not JSON: …' if it is not)."""
        try:
            value = json.loads(text)
        except ValueError as exc:  # JSONDecodeError, or text that is not UTF-8
            raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
                "not JSON: {reason}"), reason=exc) from None
        return cls.from_json(value, default_name)

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "layers": [layer.as_json() for layer in self.layers]}

    def to_text(self) -> str:
        """The spec as a readable JSON file: one layer a line."""
        rows = ",\n".join(f"    {json.dumps(layer.as_json())}" for layer in self.layers)
        body = f"[\n{rows}\n  ]" if rows else "[]"
        return f'{{\n  "name": {json.dumps(self.name)},\n  "layers": {body}\n}}\n'

    def with_name(self, name: str) -> NetworkSpec:
        return NetworkSpec(check_name(name), self.layers)

    @cached_property
    def plan(self) -> tuple[PlannedLayer, ...]:
        """Every layer Keras will build, input side first, with its shapes and parameters."""
        return _plan(self.layers)

    @property
    def parameters(self) -> int:
        """Every parameter Keras counts (``model.count_params()``), batch norm's moving
        mean and variance included."""
        return sum(layer.parameters for layer in self.plan)

    @property
    def summary(self) -> str:
        """One line: 'Dense 32 tanh, Dense 16 tanh, Dense 10 (logits)'."""
        return ", ".join(layer.text for layer in self.plan if layer.type != "flatten")

    @property
    def description(self) -> str:
        """What a bundle's metadata says about its network."""
        return f"{CUSTOM_NETWORK.summary} '{self.name}': {self.summary}"

    @cached_property
    def warnings(self) -> tuple[DesignWarning, ...]:
        from digitgui.core.models.network_warnings import design_warnings  # noqa: PLC0415

        return design_warnings(self)


def check_name(name: Any) -> str:
    """``name`` if it can name a design (a file name, a Keras model name, not a built-in
    network's), else a one-line :class:`UserError` ('the name …')."""
    if name is None:
        raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
            'the name is missing: give the design one, e.g. "name": "tanh-32-16"'))
    if not isinstance(name, str) or not NAME_PATTERN.fullmatch(name):
        raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
            "the name {name!r} may have only letters, digits, '.', '-' and '_' "
            "(1 to 40, starting with a letter or digit)"), name=name)
    if name.lower().endswith(".json"):  # a name, not a file: --network X.json reads a file
        raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
            "the name {name!r} must not end in .json"), name=name)
    if name.lower() in {*NETWORKS, CUSTOM_NETWORK.name}:
        raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
            "the name {name!r} is a built-in network's; choose another"),
            name=name)
    return name


def _whole(where: int, key: str, value: Any, low: int, high: int) -> int:
    # JSON's true is not a number of units (bool is an int in Python)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
            "layer {layer}: {key!r} must be a whole number from {low} to {high}"),
            layer=where, key=key, low=low, high=high)
    return value


def _layer(number: int, raw: Any) -> SpecLayer:
    where = number  # "layer {layer}: ..." in the messages
    if not isinstance(raw, dict):
        raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
            'layer {layer}: must be an object like {{"type": "dense", "units": 32}}'),
            layer=where)
    kind = raw.get("type")
    if kind is None:
        raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
            "layer {layer}: 'type' is missing (one of {types})"), layer=where,
            types=", ".join(LAYER_TYPES))
    kind = _ALIASES.get(str(kind).lower(), str(kind).lower()) if isinstance(kind, str) else kind
    if kind not in _KEYS:
        raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
            "layer {layer}: unknown layer type {kind!r} (use {types})"),
            layer=where, kind=raw["type"], types=", ".join(LAYER_TYPES))
    keys = _KEYS[kind]
    unknown = sorted(set(raw) - {"type", *keys})
    if unknown:
        known = ", ".join(["type", *keys])
        raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
            "layer {layer}: a {kind} layer has no {key!r} (its keys: {known})"),
            layer=where, kind=kind, key=unknown[0], known=known)
    settings: dict[str, Any] = {}
    for key, default in keys.items():
        if key not in raw and default is None:
            raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
                "layer {layer}: a {kind} layer needs {key!r}"), layer=where,
                kind=kind, key=key)
        settings[key] = _setting(where, key, raw.get(key, default))
    return SpecLayer(kind, settings)


def _setting(where: int, key: str, value: Any) -> Any:
    if key == "units":
        return _whole(where, key, value, 1, MAX_UNITS)
    if key == "filters":
        return _whole(where, key, value, 1, MAX_FILTERS)
    if key in ("kernel_size", "strides", "pool_size"):
        return _whole(where, key, value, 1, INPUT_SHAPE[0])
    if key == "activation":
        if value not in ACTIVATIONS:
            raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
                "layer {layer}: unknown activation {value!r} (use {choices})"),
                layer=where, value=value, choices=", ".join(ACTIVATIONS))
        return value
    if key == "padding":
        if value not in ("same", "valid"):
            raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
                "layer {layer}: 'padding' must be 'same' (keep the size) or "
                "'valid' (no padding: the picture shrinks)"), layer=where)
        return value
    # rate: a dropout of 1 would drop everything
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value < 1:
        raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
            "layer {layer}: 'rate' must be a number from 0 up to (not including) "
            "1"), layer=where)
    return float(value)


def _window_output(where: int, size: int, window: int, stride: int, padding: str) -> int:
    """Keras' output size of a convolution or pooling window along one axis."""
    if padding == "same":
        return -(-size // stride)
    if window > size:
        raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
            "layer {layer}: its {window}x{window} window does not fit the "
            "{size}x{size} input (the picture is already that small)"),
            layer=where, window=window, size=size)
    return (size - window) // stride + 1


def _plan(layers: tuple[SpecLayer, ...]) -> tuple[PlannedLayer, ...]:
    planned: list[PlannedLayer] = []
    shape: tuple[int, ...] = INPUT_SHAPE
    counts: dict[str, int] = {}
    flat_since: str | None = None  # the layer that made the data a vector, if any

    def add(number: int | None, kind: str, settings: dict, out: tuple[int, ...],
            parameters: int, name: str | None = None) -> None:
        nonlocal shape
        if name is None:
            counts[kind] = counts.get(kind, 0) + 1
            name = f"{_SHORT[kind]}_{counts[kind]}"
        planned.append(PlannedLayer(number, name, kind, settings, shape, out, parameters))
        shape = out

    def flatten(number: int | None) -> None:
        add(number, "flatten", {}, (math.prod(shape),), 0, "flatten")

    for number, layer in enumerate(layers, 1):
        where, s = number, layer.settings
        if layer.type in ("conv2d", "maxpool", "flatten") and flat_since is not None:
            if layer.type == "flatten":
                raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
                    "layer {layer}: a second flatten after {since}: convolutions "
                    "and pooling work on the picture, so they come before "
                    "flatten and dense layers"), layer=where, since=flat_since)
            raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
                "layer {layer}: a {kind} after {since}: convolutions and pooling "
                "work on the picture, so they come before flatten and dense "
                "layers"), layer=where, kind=layer.type, since=flat_since)
        if layer.type == "dense":
            if len(shape) > 1:
                flatten(None)
            add(number, "dense", s, (s["units"],), (shape[0] + 1) * s["units"])
            flat_since = flat_since or "dense"
        elif layer.type in ("conv2d", "maxpool"):
            window = s.get("kernel_size") or s["pool_size"]
            stride = s.get("strides") or s["pool_size"]
            padding = s.get("padding", "valid")  # Keras' MaxPooling2D default
            rows = _window_output(where, shape[0], window, stride, padding)
            cols = _window_output(where, shape[1], window, stride, padding)
            if layer.type == "conv2d":
                out = (rows, cols, s["filters"])
                add(number, "conv2d", s, out, (window * window * shape[2] + 1) * s["filters"])
            else:
                add(number, "maxpool", s, (rows, cols, shape[2]), 0)
        elif layer.type == "flatten":
            flatten(number)
            flat_since = "flatten"
        elif layer.type == "batchnorm":  # gamma, beta, moving mean and variance per channel
            add(number, "batchnorm", s, shape, 4 * shape[-1])
        else:
            add(number, "dropout", s, shape, 0)
    if len(shape) > 1:
        flatten(None)
    add(None, "dense", {"units": OUTPUTS, "activation": "linear"}, (OUTPUTS,),
        (shape[0] + 1) * OUTPUTS, "logits")
    total = sum(layer.parameters for layer in planned)
    if total > MAX_PARAMETERS:
        biggest = max((p for p in planned), key=lambda p: p.parameters)
        values = dict(total=total, biggest=biggest.parameters, layer=biggest.number,
                      most=MAX_PARAMETERS)
        if biggest.number:
            raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
                "{total:,} parameters ({biggest:,} of them in layer {layer}); a "
                "design may have at most {most:,}: shrink the picture (pooling, "
                "strides) or the layers"), **values)
        raise UserError(QT_TRANSLATE_NOOP("NetworkSpec",
            "{total:,} parameters ({biggest:,} of them in the logits); a design "
            "may have at most {most:,}: shrink the picture (pooling, strides) or "
            "the layers"), **values)
    return tuple(planned)
