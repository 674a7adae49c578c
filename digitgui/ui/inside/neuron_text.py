"""One unit's computation written out with its own numbers (HTML for the neuron panel)."""

from __future__ import annotations

import html
import math

import numpy as np

from digitgui.core.teaching.neuron_details import NeuronDetails, Term

KIND_NAMES = {
    "input": "a pixel of the input",
    "identity": "a value passed through",
    "flatten": "a value of the flattened row",
    "dense": "a neuron of a Dense layer",
    "conv2d": "one position of a convolution's feature map",
    "batchnorm": "a batch-normalised value",
    "relu": "a ReLU unit",
    "activation": "an activation unit",
    "maxpool": "a max-pooling unit",
    "softmax": "a probability",
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
    return f"a = z = <b>{num(a)}</b> &nbsp;(no activation: the layer is linear)"


def _sum_line(d: NeuronDetails) -> str:
    bias = d.bias if d.bias is not None else 0.0
    bias_text = _signed(d.bias) if d.bias is not None else ""
    n = d.weights.size
    if d.input_labels:  # few inputs: write every product out
        products = " + ".join(f"{_paren(w)}×{_paren(x)}"
                              for w, x in zip(d.weights, d.inputs, strict=True))
        plus_b = " + b" if d.bias is not None else ""
        return f"z = w·x{plus_b} = {products} {bias_text} = <b>{num(d.z)}</b>"
    line = (f"z = Σ w<sub>i</sub>x<sub>i</sub>{' + b' if d.bias is not None else ''} over "
            f"{n:,} inputs = {num(d.positive_sum)} (inputs pushing up) "
            f"{_signed(d.negative_sum)} (pushing down)")
    rest = d.z - d.positive_sum - d.negative_sum - bias
    if d.bias is not None:
        line += f" {bias_text} (bias)"
    if abs(rest) > 5e-4:  # float32 rounding of the sum, shown rather than hidden
        line += f" {_signed(rest)} (rounding)"
    return line + f" = <b>{num(d.z)}</b>"


def _terms_table(title: str, terms: tuple[Term, ...]) -> str:
    if not terms:
        return f"<p><i>{title}: none</i></p>"
    rows = "".join(
        f"<tr><td>{html.escape(t.label)}</td><td align='right'>x = {num(t.x, 3)}</td>"
        f"<td align='right'>w = {num(t.w, 3)}</td><td align='right'><b>{_signed(t.product)}"
        f"</b></td></tr>" for t in terms)
    return f"<p><b>{title}</b></p><table cellspacing='0' cellpadding='2'>{rows}</table>"


def describe(d: NeuronDetails) -> str:
    """The whole explanation of one unit as HTML."""
    head = (f"<p><b>{html.escape(d.label)}</b> — {KIND_NAMES.get(d.kind, d.kind)} "
            f"(layer {d.layer_index}, {html.escape(d.layer)})</p>")
    if d.kind in ("dense", "conv2d"):
        where = ""
        if d.kind == "conv2d":
            kh, kw, channels = d.kernel.shape
            where = (f"<p>The filter's {kh}×{kw}×{channels} = {d.weights.size} weights w "
                     f"are laid on the {kh}×{kw} patch of the {channels} input "
                     f"map{'s' if channels > 1 else ''} around ({d.position[0]}, "
                     f"{d.position[1]}): x.</p>")
        bias_note = "" if d.bias is not None else (
            "<p><i>No bias b here: the batch normalisation after this layer adds the "
            "shift.</i></p>")
        return (head + where + f"<p>{_sum_line(d)}</p><p>{_g(d.activation, d.z, d.value)}</p>"
                + bias_note + _terms_table("Pushed up most by", d.pushes_up)
                + _terms_table("Pushed down most by", d.pushes_down))
    if d.kind == "batchnorm":
        p = d.params
        return head + (
            f"<p>y = γ·(x − μ)/√(σ² + ε) + β = {num(p['gamma'])} × ({num(d.x)} − "
            f"{_paren(p['mean'])}) / √({num(p['variance'])} + {p['epsilon']:g}) "
            f"{_signed(p['beta'])} = <b>{num(d.value)}</b></p><p>μ and σ² are this "
            "channel's mean and variance over the training images; γ and β were learnt.</p>")
    if d.kind in ("relu", "activation"):
        if d.activation == "relu":
            return head + f"<p>a = max(0, x) = max(0, {num(d.x)}) = <b>{num(d.value)}</b></p>"
        return head + f"<p>a = {d.activation}(x) = <b>{num(d.value)}</b></p>"
    if d.kind == "maxpool":
        values = ", ".join(num(v, 3) for v in np.ravel(d.window) if np.isfinite(v))
        return head + (f"<p>a = max of the window [{values}] = <b>{num(d.value)}</b></p>"
                       "<p>Pooling halves the map: a feature counts wherever it is in the "
                       "window.</p>")
    if d.kind == "softmax":
        logits = d.logits.astype(np.float64)
        exps = np.exp(logits - logits.max())
        j = d.position[0]
        return head + (
            f"<p>P({j}) = e<sup>z<sub>{j}</sub></sup> / Σ<sub>k</sub> e<sup>z<sub>k</sub>"
            f"</sup> with z<sub>{j}</sub> = {num(d.x)}. Subtracting the largest logit "
            f"({num(logits.max())}) from every one changes nothing and avoids overflow: "
            f"e<sup>{num(logits[j] - logits.max())}</sup> / {num(exps.sum())} = "
            f"<b>{num(d.value)}</b></p>")
    if d.kind == "identity":
        return head + (f"<p>a = x = <b>{num(d.value)}</b>: this layer only acts while "
                       "training.</p>")
    if d.kind == "flatten":
        return head + f"<p>The same value, moved into one row: <b>{num(d.value)}</b></p>"
    return head + (f"<p>Brightness <b>{num(d.value)}</b> (0 paper, 1 ink). Each of the 784 "
                   "pixels is one input x of the network.</p>")
