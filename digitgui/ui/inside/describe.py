"""Titles and one-line summaries of layers, in words a learner can follow."""

from __future__ import annotations

from digitgui.core.teaching.introspection import LayerOutput, LayerSpec

ACTIVATION_NAMES = {"linear": "no activation", "relu": "ReLU", "sigmoid": "sigmoid",
                    "tanh": "tanh", "softmax": "softmax"}


def shape_text(shape: tuple[int, ...]) -> str:
    if len(shape) == 3:
        height, width, channels = shape
        maps = "map" if channels == 1 else "maps"
        return f"{channels} {maps} of {height}×{width}"
    return f"{shape[0]:,} values"


def title(spec: LayerSpec, is_logits: bool = False) -> str:
    """E.g. 'Dense · 25 neurons · ReLU', 'Conv2D · 32 filters 3×3'."""
    c = spec.config
    if spec.kind == "input":
        return "Input · the 28×28 picture"
    if spec.kind == "dense":
        what = "10 logits, one per digit" if is_logits else f"{c.get('units', '?')} neurons"
        return f"Dense · {what} · {ACTIVATION_NAMES.get(spec.activation, spec.activation)}"
    if spec.kind == "conv2d":
        kh, kw = spec.params["kernel"].shape[:2]
        extra = "" if spec.activation == "linear" else f" · {ACTIVATION_NAMES[spec.activation]}"
        return f"Conv2D · {c.get('filters', '?')} filters {kh}×{kw}{extra}"
    if spec.kind == "maxpool":
        size = c.get("pool_size") or (2, 2)
        return f"MaxPooling2D · {size[0]}×{size[1]}"
    if spec.kind == "identity":
        return f"{spec.class_name} · training only"
    if spec.kind == "softmax":
        return "Softmax · probabilities (added when predicting)"
    return spec.class_name


def summary(out: LayerOutput, is_logits: bool = False) -> str:
    """One line: what this layer computed here, with its output's size and parameters."""
    spec = out.spec
    shape = shape_text(out.output.shape)
    params = spec.parameter_count
    counted = f" · {params:,} parameters" if params else ""
    if spec.kind == "dense":
        inputs = out.input.size if out.input is not None else "?"
        bias = " + b" if "bias" in spec.params else ""
        g = {"relu": "ReLU(z)", "sigmoid": "σ(z)", "linear": "z"}.get(spec.activation, "g(z)")
        what = "logits" if is_logits else "neurons"
        return (f"each of the {shape.split()[0]} {what} reads all {inputs:,} inputs: "
                f"z = w·x{bias}, a = {g}{counted}")
    if spec.kind == "conv2d":
        kh, kw, channels = spec.params["kernel"].shape[:3]
        return (f"{shape}: each value is a weighted sum of a {kh}×{kw}×{channels} patch"
                f"{counted}")
    if spec.kind == "batchnorm":
        return f"{shape}: y = γ·(x − μ)/√(σ² + ε) + β per channel{counted}"
    if spec.kind == "relu":
        return f"{shape}: a = max(0, x)"
    if spec.kind == "maxpool":
        return f"{shape}: the largest value of each window"
    if spec.kind == "flatten":
        before = shape_text(out.input.shape) if out.input is not None else "?"
        return f"{before} laid out as {shape}"
    if spec.kind == "identity":
        return "passes its input on unchanged when predicting"
    if spec.kind == "softmax":
        temperature = spec.config.get("temperature")
        if temperature:
            return (f"p_j = e^(z_j/T) / Σ e^(z_k/T) with T = {temperature:.2f} (the model's "
                    "calibration): ten probabilities that add up to 1")
        return "p_j = e^z_j / Σ e^z_k: ten probabilities that add up to 1"
    if spec.kind == "input":
        return "784 brightness values, 0 paper to 1 ink"
    return shape
