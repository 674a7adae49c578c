"""The backward pass written out: each chain-rule step as formula = numbers = result (HTML).

Names follow the forward panel's :class:`~digitgui.ui.inside.forward_panel.Notation`; a
negative number multiplied by another is put in parentheses, and minus signs are U+2212.
"""

from __future__ import annotations

from digitgui.core.teaching.tiny_backprop import (
    CROSS_ENTROPY,
    DELTA,
    DL_DA,
    DL_DB,
    DL_DW,
    SLOPE,
    Backward,
    ChainStep,
    ParameterChange,
    StepReport,
)
from digitgui.core.teaching.tiny_network import TinyNetwork
from digitgui.ui.i18n import translate
from digitgui.ui.inside.tiny_diagram import short
from digitgui.ui.inside.tiny_notation import Notation

SUPERSCRIPTS = str.maketrans("0123456789-−", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁻")


def number(value: float, html: bool = True) -> str:
    """4 decimals; below 0.01, two significant figures (−0.00046, not −0.0005); below 0.0001,
    powers of ten. A true minus sign."""
    value = float(value) + 0.0  # no −0
    if value == 0 or abs(value) >= 0.01 or not abs(value) < float("inf"):
        text = f"{value:.4f}"
    elif abs(value) >= 1e-4:
        text = f"{value:.2g}"
    else:
        mantissa, exponent = f"{value:.1e}".split("e")
        power = str(int(exponent))
        power = f"<sup>{power}</sup>" if html else power.translate(SUPERSCRIPTS)
        text = f"{mantissa} × 10{power}"
    return text.replace("-", "−")


def factor(value: float) -> str:
    """A number about to be multiplied: in parentheses when negative, (−0.0772) × 0.6023."""
    text = number(value)
    return f"({text})" if value < 0 else text


def parameter_factor(value: float) -> str:
    """A weight about to be multiplied: as the learner typed it (0.25), parentheses if < 0."""
    text = short(value)
    return f"({text})" if value < 0 else text


def derivative(symbol: str) -> str:
    return f"∂L/∂{symbol}"


def result(value: float) -> str:
    return f"<b>{number(value)}</b>"


class StepWriter:
    """Formats one network's backward pass: the loss, then every step as the gradient flows."""

    def __init__(self, network: TinyNetwork, backward: Backward):
        """``backward`` is the backward pass of ``network`` (whose shape names things)."""
        self.backward = backward
        self.forward = backward.forward
        self.n = Notation(network)
        self.last = len(self.forward) - 1
        self.outputs = len(self.forward[-1])

    def target(self, j: int) -> str:
        return "y" if self.outputs == 1 else f"y<sub>{j + 1}</sub>"

    def probability(self, j: int) -> str:
        return f"p<sub>{j + 1}</sub>"

    # ---- the loss -----------------------------------------------------------------------------
    def loss(self) -> str:
        b, n = self.backward, self.n
        if b.objective.loss != CROSS_ENTROPY:
            ys = b.objective.targets
            terms = [f"({n.a(self.last, j)} − {self.target(j)})<sup>2</sup>"
                     for j in range(self.outputs)]
            numbers = [f"({number(r.a)} − {short(y)})<sup>2</sup>"
                       for r, y in zip(self.forward[-1], ys, strict=True)]
            if self.outputs == 1:
                return f"L = ½{terms[0]} = ½ × {numbers[0]} = {result(b.loss)}"
            return (f"L = ½[{' + '.join(terms)}] = ½ × [{' + '.join(numbers)}] = "
                    f"{result(b.loss)}")
        if self.outputs == 1:
            a, y = n.a(self.last, 0), b.objective.label
            value = self.forward[-1][0].a
            which = (f"−ln {a} = −ln {number(value)}" if y == 1
                     else f"−ln(1 − {a}) = −ln(1 − {number(value)})")
            return (f"L = −[y ln {a} + (1 − y) ln(1 − {a})] = {which} = {result(b.loss)}"
                    f" &nbsp;(y = {y})")
        return self._softmax_loss()

    def _softmax_loss(self) -> str:
        b, n = self.backward, self.n
        # exp(…) rather than e to a power: a superscript holding a sub- and superscript is
        # too small to read.
        a = [n.a(self.last, j) for j in range(self.outputs)]
        values = [number(r.a) for r in self.forward[-1]]
        lines = [f"{self.probability(j)} = exp({a[j]}) / ({' + '.join(f'exp({s})' for s in a)})"
                 f" = exp({values[j]}) / ({' + '.join(f'exp({v})' for v in values)}) = "
                 f"{result(p)}" for j, p in enumerate(b.probabilities)]
        label = b.objective.label
        lines.append(f"L = −ln {self.probability(label)} = −ln "
                     f"{number(b.probabilities[label])} = {result(b.loss)}")
        return "<br>".join(lines)

    # ---- the chain rule -----------------------------------------------------------------------
    def steps(self) -> list[tuple[ChainStep, str]]:
        """Every step in the order the gradient flows, with its line of HTML."""
        return [(s, self.line(s)) for s in self.backward.steps]

    def line(self, s: ChainStep) -> str:
        writers = {DL_DA: self._dl_da, SLOPE: self._slope, DELTA: self._delta,
                   DL_DW: self._dl_dw, DL_DB: self._dl_db}
        return writers[s.kind](s)

    def _dl_da(self, s: ChainStep) -> str:
        n, a = self.n, self.n.a(s.layer, s.neuron)
        head = f"{derivative(a)} = "
        if s.layer < self.last:  # back through the weights of every neuron this one feeds
            pairs = range(len(s.factors) // 2)
            symbols = " + ".join(f"{n.w(s.layer + 1, k, s.neuron)}·{n.unit('δ', s.layer + 1, k)}"
                                 for k in pairs)
            numbers = " + ".join(f"{parameter_factor(s.factors[2 * k])} × "
                                 f"{factor(s.factors[2 * k + 1])}"
                                 for k in pairs)
            return f"{head}{symbols} = {numbers} = {result(s.value)}"
        first, y = s.factors
        target = self.target(s.neuron)
        if self.backward.objective.loss != CROSS_ENTROPY:
            return f"{head}{a} − {target} = {number(first)} − {short(y)} = {result(s.value)}"
        if self.outputs == 1:
            return (f"{head}({a} − y) / ({a}(1 − {a})) = ({number(first)} − {short(y)}) / "
                    f"({number(first)} × (1 − {number(first)})) = {result(s.value)}")
        p = self.probability(s.neuron)
        return f"{head}{p} − {target} = {number(first)} − {short(y)} = {result(s.value)}"

    def _slope(self, s: ChainStep) -> str:
        n = self.n
        z, a = n.z(s.layer, s.neuron), n.a(s.layer, s.neuron)
        activation = self.forward[s.layer][s.neuron].activation
        if activation == "sigmoid":
            value = number(s.factors[0])
            return (f"σ′({z}) = {a}(1 − {a}) = {value} × (1 − {value}) = {result(s.value)}")
        if activation == "relu":
            why = "&gt; 0" if s.value else "≤ 0"
            return (translate("StepWriter",
                    "ReLU′({z}) = {result} &nbsp;because {z} = {number} {why}").format(
                    z=z, result=result(s.value), number=number(s.factors[0]), why=why))
        return translate("StepWriter",
                "g′({z}) = {result} &nbsp;(linear: a = z)").format(z=z, result=result(s.value))

    def slope_name(self, layer: int, neuron: int) -> str:
        g = {"sigmoid": "σ′", "relu": "ReLU′"}.get(self.forward[layer][neuron].activation, "g′")
        return f"{g}({self.n.z(layer, neuron)})"

    def _delta(self, s: ChainStep) -> str:
        n = self.n
        gradient, slope = s.factors
        return (f"{n.unit('δ', s.layer, s.neuron)} = {derivative(n.a(s.layer, s.neuron))} · "
                f"{self.slope_name(s.layer, s.neuron)} = {factor(gradient)} × {factor(slope)}"
                f" = {result(s.value)}")

    def _dl_dw(self, s: ChainStep) -> str:
        n = self.n
        source = s.source or 0
        delta, x = s.factors
        x_text = short(x) if s.layer == 0 else factor(x)
        return (f"{derivative(n.w(s.layer, s.neuron, source))} = {n.unit('δ', s.layer, s.neuron)}"
                f" · {n.input(s.layer, source)} = {factor(delta)} × {x_text} = {result(s.value)}")

    def _dl_db(self, s: ChainStep) -> str:
        n = self.n
        return (f"{derivative(n.b(s.layer, s.neuron))} = {n.unit('δ', s.layer, s.neuron)} = "
                f"{result(s.value)}")

    # ---- a step of gradient descent -----------------------------------------------------------
    def parameter(self, change: ParameterChange) -> str:
        if change.source is None:
            return self.n.b(change.layer, change.neuron)
        return self.n.w(change.layer, change.neuron, change.source)

    def change(self, change: ParameterChange, learning_rate: float) -> str:
        """w ← w − η ∂L/∂w with the numbers: 0.25 − 0.5 × (−0.0465) = 0.2733."""
        name = self.parameter(change)
        return (f"{name} ← {name} − η·{derivative(name)} = {short(change.old)} − "
                f"{short(learning_rate)} × {factor(change.gradient)} = "
                f"<b>{short(change.new)}</b>")

    def report(self, report: StepReport) -> list[str]:
        lines = [self.change(c, report.learning_rate) for c in report.changes]
        for j, (before, after) in enumerate(zip(self.backward.outputs(), report.outputs_after,
                                                strict=True)):
            lines.append(translate("StepWriter", "Output {a}: {number} → <b>{number2}</b>").format(
                    a=self.n.a(self.last, j), number=number(before), number2=number(after)))
        direction = (translate("StepWriter", "down") if report.loss_after < report.loss_before
                     else translate("StepWriter", "<b>up</b>"))
        lines.append(translate("StepWriter",
                "Loss L: {number} → <b>{number2}</b> ({direction})").format(
                number=number(report.loss_before), number2=number(report.loss_after),
                direction=direction))
        return lines
