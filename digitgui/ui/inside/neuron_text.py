"""One unit's computation written out with its own numbers (HTML for the neuron panel)."""

from __future__ import annotations

import html
import math

import numpy as np

from digitgui.core.teaching.layers import LEAKY_SLOPE
from digitgui.core.teaching.neuron_details import NeuronDetails, Term
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate

KIND_NAMES = {
    "input": QT_TRANSLATE_NOOP("NeuronText", "a pixel of the input"),
    "identity": QT_TRANSLATE_NOOP("NeuronText", "a value passed through"),
    "flatten": QT_TRANSLATE_NOOP("NeuronText", "a value of the flattened row"),
    "dense": QT_TRANSLATE_NOOP("NeuronText", "a neuron of a Dense layer"),
    "conv2d": QT_TRANSLATE_NOOP("NeuronText", "one position of a convolution's feature map"),
    "batchnorm": QT_TRANSLATE_NOOP("NeuronText", "a batch-normalised value"),
    "relu": QT_TRANSLATE_NOOP("NeuronText", "a ReLU unit"),
    "activation": QT_TRANSLATE_NOOP("NeuronText", "an activation unit"),
    "maxpool": QT_TRANSLATE_NOOP("NeuronText", "a max-pooling unit"),
    "softmax": QT_TRANSLATE_NOOP("NeuronText", "a probability"),
}


def num(value: float, decimals: int = 4) -> str:
    """A number as the panel writes it: 4 decimals, a true minus sign, never '-0'."""
    value = float(value) + 0.0
    if not math.isfinite(value):
        return "–"
    if abs(value) >= 1000:
        decimals = 1
    elif 0 < abs(value) < 5e-5:  # a tiny probability is not 0.0000
        mantissa, exponent = f"{value:.2e}".split("e")
        return f"{mantissa}×10<sup>{int(exponent)}</sup>".replace("-", "−")
    text = f"{value:.{decimals}f}"
    if text.startswith("-") and float(text) == 0:
        text = text[1:]
    return text.replace("-", "−")


def _signed(value: float) -> str:
    """A term in a sum: '+ 0.12' or '− 0.12'."""
    return f"− {num(-value)}" if value < 0 else f"+ {num(value)}"


def _paren(value: float) -> str:
    return f"({num(value)})" if value < 0 else num(value)


def _g(name: str, z: float, a: float) -> str:
    if name == "relu":
        return f"a = ReLU(z) = max(0, {num(z)}) = <b>{num(a)}</b>"
    if name == "sigmoid":
        return f"a = σ(z) = 1 / (1 + e<sup>−z</sup>) = <b>{num(a)}</b>"
    if name == "tanh":
        return f"a = tanh(z) = <b>{num(a)}</b>"
    if name == "leaky_relu":
        return f"a = max({LEAKY_SLOPE:g}·z, z) = <b>{num(a)}</b>"
    return translate("NeuronText",
            "a = z = <b>{num}</b> &nbsp;(no activation: the layer is linear)").format(num=num(a))


def _sum_line(d: NeuronDetails) -> str:
    bias = d.bias if d.bias is not None else 0.0
    bias_text = _signed(d.bias) if d.bias is not None else ""
    n = d.weights.size
    if d.input_labels:  # few inputs: write every product out
        products = " + ".join(f"{_paren(w)}×{_paren(x)}"
                              for w, x in zip(d.weights, d.inputs, strict=True))
        plus_b = " + b" if d.bias is not None else ""
        return f"z = w·x{plus_b} = {products} {bias_text} = <b>{num(d.z)}</b>"
    line = (translate("NeuronText",
            "z = Σ w<sub>i</sub>x<sub>i</sub>{value} over {n:,} inputs = {num} (inputs pushing "
            "up) {signed} (pushing down)").format(
            value=' + b' if d.bias is not None else '', n=n, num=num(d.positive_sum),
            signed=_signed(d.negative_sum)))
    rest = d.z - d.positive_sum - d.negative_sum - bias
    if d.bias is not None:
        line += translate("NeuronText", " {bias_text} (bias)").format(bias_text=bias_text)
    if abs(rest) > 5e-4:  # float32 rounding of the sum, shown rather than hidden
        line += translate("NeuronText", " {signed} (rounding)").format(signed=_signed(rest))
    return line + f" = <b>{num(d.z)}</b>"


def _terms_table(title: str, terms: tuple[Term, ...]) -> str:
    if not terms:
        return translate("NeuronText", "<p><i>{title}: none</i></p>").format(title=title)
    rows = "".join(
        f"<tr><td>{html.escape(t.label)}</td><td align='right'>x = {num(t.x, 3)}</td>"
        f"<td align='right'>w = {num(t.w, 3)}</td><td align='right'><b>{_signed(t.product)}"
        f"</b></td></tr>" for t in terms)
    return f"<p><b>{title}</b></p><table cellspacing='0' cellpadding='2'>{rows}</table>"


def describe(d: NeuronDetails) -> str:
    """The whole explanation of one unit as HTML."""
    head = (translate("NeuronText",
            "<p><b>{escape}</b> — {get} (layer {layer_index}, {escape2})</p>").format(
            escape=html.escape(d.label),
            get=translate("NeuronText", KIND_NAMES.get(d.kind, d.kind)),
            layer_index=d.layer_index, escape2=html.escape(d.layer)))
    if d.kind in ("dense", "conv2d"):
        where = ""
        if d.kind == "conv2d":
            kh, kw, channels = d.kernel.shape
            maps = (translate("NeuronText", "1 input map") if channels == 1 else
                    translate("NeuronText", "{count} input maps").format(count=channels))
            where = (translate("NeuronText",
                    "<p>The filter's {kh}×{kw}×{channels} = {size} weights w are laid on the "
                    "{kh}×{kw} patch of the {maps} around ({row}, {column}): x.</p>").format(
                    kh=kh, kw=kw, channels=channels, size=d.weights.size, maps=maps,
                    row=d.position[0], column=d.position[1]))
        bias_note = "" if d.bias is not None else (
            translate("NeuronText",
                    "<p><i>No bias b here: the batch normalisation after this layer adds the "
                    "shift.</i></p>"))
        return (head + where + f"<p>{_sum_line(d)}</p><p>{_g(d.activation, d.z, d.value)}</p>"
                + bias_note + _terms_table(translate("NeuronText", "Pushed up most by"),
                                           d.pushes_up)
                + _terms_table(translate("NeuronText", "Pushed down most by"), d.pushes_down))
    if d.kind == "batchnorm":
        p = d.params
        return head + (
            translate("NeuronText",
                    "<p>y = γ·(x − μ)/√(σ² + ε) + β = {num} × ({num2} − {paren}) / √({num3} + "
                    "{p:g}) {signed} = <b>{num4}</b></p><p>μ and σ² are this channel's mean and "
                    "variance over the training images; γ and β were learnt.</p>").format(
                    num=num(p['gamma']), num2=num(d.x), paren=_paren(p['mean']),
                    num3=num(p['variance']), p=p['epsilon'], signed=_signed(p['beta']),
                    num4=num(d.value)))
    if d.kind in ("relu", "activation"):
        if d.activation == "relu":
            return head + f"<p>a = max(0, x) = max(0, {num(d.x)}) = <b>{num(d.value)}</b></p>"
        return head + f"<p>a = {d.activation}(x) = <b>{num(d.value)}</b></p>"
    if d.kind == "maxpool":
        values = ", ".join(num(v, 3) for v in np.ravel(d.window) if np.isfinite(v))
        return head + (translate("NeuronText",
                "<p>a = max of the window [{values}] = <b>{num}</b></p><p>Pooling halves the map: "
                "a feature counts wherever it is in the window.</p>").format(
                values=values, num=num(d.value)))
    if d.kind == "softmax":
        logits = d.logits.astype(np.float64)
        exps = np.exp(logits - logits.max())
        j = d.position[0]
        return head + (
            translate("NeuronText",
                    "<p>P({j}) = e<sup>z<sub>{j}</sub></sup> / Σ<sub>k</sub> "
                    "e<sup>z<sub>k</sub></sup> with z<sub>{j}</sub> = {num}. Subtracting the "
                    "largest logit ({num2}) from every one changes nothing and avoids overflow: "
                    "e<sup>{num3}</sup> / {num4} = <b>{num5}</b></p>").format(
                    j=j, num=num(d.x), num2=num(logits.max()), num3=num(logits[j] - logits.max()),
                    num4=num(exps.sum()), num5=num(d.value)))
    if d.kind == "identity":
        return head + (translate("NeuronText",
                "<p>a = x = <b>{num}</b>: this layer only acts while training.</p>").format(
                num=num(d.value)))
    if d.kind == "flatten":
        return head + translate("NeuronText",
                "<p>The same value, moved into one row: <b>{num}</b></p>").format(num=num(d.value))
    return head + (translate("NeuronText",
            "<p>Brightness <b>{num}</b> (0 paper, 1 ink). Each of the 784 pixels is one input x "
            "of the network.</p>").format(num=num(d.value)))
