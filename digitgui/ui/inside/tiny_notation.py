"""How the course writes a tiny network's quantities, and its z and a lines with the numbers
filled in: shared by Forward propagation and Backpropagation."""

from __future__ import annotations

from digitgui.core.teaching.tiny_network import NeuronResult, TinyNetwork
from digitgui.ui.i18n import translate
from digitgui.ui.inside.tiny_diagram import short


class Notation:
    """Names as the course writes them: with one input and one neuron a layer, the subscript
    is the layer (x1, w1, b1, z1, a1, then w2, b2, z2, a2); otherwise w[l]ji, b[l]j, z[l]j."""

    def __init__(self, network: TinyNetwork):
        self.course = len(network.inputs) == 1 and all(len(la.neurons) == 1
                                                       for la in network.layers)

    def x(self, i: int) -> str:
        return f"x<sub>{i + 1}</sub>"

    def unit(self, letter: str, layer: int, j: int) -> str:
        """Any per-neuron quantity: δ, or the y and p of an output neuron."""
        return self._unit(letter, layer, j)

    def _unit(self, letter: str, layer: int, j: int) -> str:
        if self.course:
            return f"{letter}<sub>{layer + 1}</sub>"
        return f"{letter}<sup>[{layer + 1}]</sup><sub>{j + 1}</sub>"

    def z(self, layer: int, j: int) -> str:
        return self._unit("z", layer, j)

    def a(self, layer: int, j: int) -> str:
        return self._unit("a", layer, j)

    def b(self, layer: int, j: int) -> str:
        return self._unit("b", layer, j)

    def w(self, layer: int, j: int, i: int) -> str:
        if self.course:
            return f"w<sub>{layer + 1}</sub>"
        return f"w<sup>[{layer + 1}]</sup><sub>{j + 1}{i + 1}</sub>"

    def input(self, layer: int, i: int) -> str:
        return self.x(i) if layer == 0 else self.a(layer - 1, i)


def z_text(n: Notation, r: NeuronResult) -> str:
    symbols = " + ".join(f"{n.w(r.layer, r.neuron, i)}·{n.input(r.layer, i)}"
                         for i in range(len(r.weights)))
    numbers = " + ".join(f"{short(w)} × {short(x) if r.layer == 0 else f'{x:.4f}'}"
                         for w, x in zip(r.weights, r.inputs, strict=True))
    return (f"{n.z(r.layer, r.neuron)} = {symbols} + {n.b(r.layer, r.neuron)} = {numbers} + "
            f"{short(r.bias)} = <b>{r.z:.4f}</b>").replace("+ -", "− ").replace("+ −", "− ")


def a_text(n: Notation, r: NeuronResult) -> str:
    a, z = n.a(r.layer, r.neuron), n.z(r.layer, r.neuron)
    if r.activation == "sigmoid":
        return (f"{a} = σ({z}) = 1 / (1 + e<sup>−{z}</sup>) = 1 / (1 + exp({-r.z:.4f}))"
                f" = <b>{r.a:.4f}</b>").replace("exp(-", "exp(−")
    if r.activation == "relu":
        return f"{a} = ReLU({z}) = max(0, {r.z:.4f}) = <b>{r.a:.4f}</b>"
    return translate("ForwardPanel",
            "{a} = {z} = <b>{a2:.4f}</b> (linear: no activation)").format(a=a, z=z, a2=r.a)
