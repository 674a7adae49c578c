"""Titles and one-line summaries of layers, in words a learner can follow."""

from __future__ import annotations

from digitgui.core.teaching.introspection import LayerOutput, LayerSpec
from digitgui.ui.formatting import formatted
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate

ACTIVATION_NAMES = {"linear": QT_TRANSLATE_NOOP("Describe", "no activation"), "relu": "ReLU",
                    "sigmoid": "sigmoid", "tanh": "tanh", "softmax": "softmax",
                    "leaky_relu": QT_TRANSLATE_NOOP("Describe", "leaky ReLU")}


def activation_name(activation: str) -> str:
    return translate("Describe", ACTIVATION_NAMES.get(activation, activation))


def shape_text(shape: tuple[int, ...]) -> str:
    if len(shape) == 3:
        height, width, channels = shape
        if channels == 1:
            return translate("Describe", "1 map of {height}×{width}").format(
                height=height, width=width)
        return translate("Describe", "{channels} maps of {height}×{width}").format(
            channels=channels, height=height, width=width)
    return formatted(translate("Describe", "{shape:,} values"), shape=shape[0])


def title(spec: LayerSpec, is_logits: bool = False) -> str:
    """E.g. 'Dense · 25 neurons · ReLU', 'Conv2D · 32 filters 3×3'."""
    c = spec.config
    if spec.kind == "input":
        return translate("Describe", "Input · the 28×28 picture")
    if spec.kind == "dense":
        what = translate("Describe",
                "10 logits, one per digit") if is_logits else translate("Describe",
                "{get} neurons").format(get=c.get('units', '?'))
        return f"Dense · {what} · {activation_name(spec.activation)}"
    if spec.kind == "conv2d":
        kh, kw = spec.params["kernel"].shape[:2]
        extra = "" if spec.activation == "linear" else f" · {activation_name(spec.activation)}"
        return translate("Describe", "Conv2D · {get} filters {kh}×{kw}{extra}").format(
                get=c.get('filters', '?'), kh=kh, kw=kw, extra=extra)
    if spec.kind == "maxpool":
        size = c.get("pool_size") or (2, 2)
        return f"MaxPooling2D · {size[0]}×{size[1]}"
    if spec.kind == "identity":
        return translate("Describe",
                "{class_name} · training only").format(class_name=spec.class_name)
    if spec.kind == "softmax":
        return translate("Describe", "Softmax · probabilities (added when predicting)")
    return spec.class_name


def summary(out: LayerOutput, is_logits: bool = False) -> str:
    """One line: what this layer computed here, with its output's size and parameters."""
    spec = out.spec
    shape = shape_text(out.output.shape)
    params = spec.parameter_count
    counted = formatted(translate("Describe",
            " · {params:,} parameters"), params=params) if params else ""
    if spec.kind == "dense":
        inputs = out.input.size if out.input is not None else "?"
        bias = " + b" if "bias" in spec.params else ""
        g = {"relu": "ReLU(z)", "sigmoid": "σ(z)", "linear": "z"}.get(spec.activation, "g(z)")
        text = (translate("Describe", "each of the {count} logits reads all {inputs:,} inputs: "
                          "z = w·x{bias}, a = {g}{counted}") if is_logits else
                translate("Describe", "each of the {count} neurons reads all {inputs:,} inputs: "
                          "z = w·x{bias}, a = {g}{counted}"))
        return formatted(text, count=shape.split()[0], inputs=inputs, bias=bias, g=g,
                         counted=counted)
    if spec.kind == "conv2d":
        kh, kw, channels = spec.params["kernel"].shape[:3]
        return (translate("Describe",
                "{shape}: each value is a weighted sum of a {kh}×{kw}×{channels} "
                "patch{counted}").format(
                shape=shape, kh=kh, kw=kw, channels=channels, counted=counted))
    if spec.kind == "batchnorm":
        return translate("Describe",
                "{shape}: y = γ·(x − μ)/√(σ² + ε) + β per channel{counted}").format(
                shape=shape, counted=counted)
    if spec.kind == "relu":
        return f"{shape}: a = max(0, x)"
    if spec.kind == "maxpool":
        return translate("Describe",
                "{shape}: the largest value of each window").format(shape=shape)
    if spec.kind == "flatten":
        before = shape_text(out.input.shape) if out.input is not None else "?"
        return translate("Describe",
                "{before} laid out as {shape}").format(before=before, shape=shape)
    if spec.kind == "identity":
        return translate("Describe", "passes its input on unchanged when predicting")
    if spec.kind == "softmax":
        temperature = spec.config.get("temperature")
        if temperature:
            return (formatted(translate("Describe",
                    "p_j = e^(z_j/T) / Σ e^(z_k/T) with T = {temperature:.2f} (the model's "
                    "calibration): ten probabilities that add up to 1"),
                    temperature=temperature))
        return translate("Describe", "p_j = e^z_j / Σ e^z_k: ten probabilities that add up to 1")
    if spec.kind == "input":
        return translate("Describe", "784 brightness values, 0 paper to 1 ink")
    return shape
