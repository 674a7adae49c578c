"""What "Teach it this digit" computes in its worker thread, and the sentences that explain it.

Plain NumPy (no Qt): the backward pass for the chosen digit on the current copy of the
network, the steps asked for, and the saved model's own probabilities for "before".
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from digitgui.core.models.bundle import Bundle
from digitgui.core.teaching.backward import activation_slope
from digitgui.core.teaching.gradients import Gradients, gradients, softmax_cross_entropy, step
from digitgui.core.teaching.introspection import Network
from digitgui.ui.formatting import formatted
from digitgui.ui.i18n import translate


@dataclass(frozen=True)
class Request:
    bundle: Bundle
    original: Network | None
    """The saved model's network, if already read (None: read it from the bundle)."""
    current: Network | None
    """The copy taught so far (None: the saved model itself, no step taken yet)."""
    pixels: np.ndarray
    digit: int
    steps: int
    learning_rate: float
    known: Gradients | None = None
    """The gradients already worked out for this network, drawing and digit (the last
    answer's): a step then starts from them instead of computing them again."""


@dataclass(frozen=True)
class Answer:
    request: Request
    original: Network
    current: Network
    """The copy after every step so far (the saved model itself before the first)."""
    gradients: Gradients
    """Backpropagation of the chosen digit's loss through ``current``."""
    before_loss: float
    before: np.ndarray
    """The saved model's probabilities (temperature 1) on this drawing."""

    @property
    def stepped(self) -> bool:
        return self.current is not self.original


def work_out(request: Request) -> Answer:
    """In the worker thread: read the network if needed, take the steps asked for, and
    backpropagate the chosen digit's loss through the copy as it is now."""
    original = request.original or Network.from_bundle(request.bundle)
    current = request.current or original
    found = request.known or gradients(current, request.pixels, request.digit)
    for _ in range(request.steps):
        current = step(current, found, request.learning_rate)
        found = gradients(current, request.pixels, request.digit)
    found.sizes  # noqa: B018  (worked out here: the cnn's norms take 100 ms and more)
    if current is original:
        before_loss, before = found.loss, found.probabilities
    else:
        before_loss, before = softmax_cross_entropy(original.forward(request.pixels).logits,
                                                    request.digit)
    return Answer(request, original, current, found, before_loss, before)


def loss_text(g: Gradients) -> str:
    """The loss, written out with its numbers."""
    p = float(g.probabilities[g.digit])
    return (formatted(translate("TeachWork",
            "Loss L = −log p<sub>{digit}</sub> = −log {p:.4g} = <b>{loss:.4f}</b><br><span "
            "style='font-size:small'>Cross-entropy: small when the network gives the right digit "
            "a high probability, large when it is confidently wrong. Probabilities here are "
            "softmax(z) at temperature 1, as in training; the window's own bars divide the logits "
            "by the model's calibration temperature T = {temperature:.3g} first, so they read a "
            "little differently.</span>"),
            digit=g.digit, p=p, loss=g.loss, temperature=g.network.temperature))


def why_text(g: Gradients) -> str:
    """Why the first layer learns more slowly than the last, or why it does not here."""
    sizes = [s for s in g.sizes if s.kind in ("dense", "conv2d")]
    if len(sizes) < 2 or sizes[0].relative <= 0:
        return ""
    ratio = sizes[-1].relative / sizes[0].relative
    if ratio >= 1.5:
        return (formatted(translate("TeachWork",
                "The first layer gets a {ratio:.1f}× weaker pull, for its size, than the last: "
                "the error reaches it only after being multiplied by every later layer's weights "
                "and by ReLU slopes (0 for neurons that are off), so it shrinks on the way back, "
                "and early layers learn more slowly."), ratio=ratio))
    if any(s.kind == "batchnorm" for s in g.sizes):
        return (translate("TeachWork",
                "Here the first layer is pulled at least as hard as the last: batch normalisation "
                "rescales the error in every block. Without it the error shrinks on its way back "
                "through many layers, and early layers learn slowly."))
    return (translate("TeachWork",
            "Here the first layer is pulled about as hard as the last: with {count} weighted "
            "layers the error has few multiplications to shrink through. In deep networks it "
            "fades on the way back, and early layers learn slowly.").format(count=len(sizes)))


def neuron_text(g: Gradients, neuron: int) -> str:
    """What a step does to one first-layer neuron's weights."""
    first = next(layer for layer in g.layers if "kernel" in layer.params)
    z = float(first.layer.z[neuron])
    if first.layer.spec.activation == "relu" and z <= 0:
        return (formatted(translate("TeachWork",
                "Neuron {neuron} is off for this drawing (z = {z:.3f} ≤ 0): ReLU passes no "
                "gradient back, so a step leaves its weights as they are."),
                neuron=neuron, z=z))
    out = first.layer
    dz = float(activation_slope(out.spec.activation, out.z, out.output, first.d_output)[neuron])
    direction = translate("TeachWork", "raises") if dz < 0 else translate("TeachWork", "lowers")
    return (formatted(translate("TeachWork",
            "∂L/∂w = pixel × ∂L/∂z, with ∂L/∂z = {dz:.4f} for neuron {neuron}: only inked pixels "
            "get a gradient. A step {direction} this neuron's z for this drawing (blue: the "
            "weight grows, orange: it shrinks)."), dz=dz, neuron=neuron, direction=direction))


def step_text(answer: Answer, steps_taken: int) -> str:
    g = answer.gradients
    digit = g.digit
    if not answer.stepped:
        return (formatted(translate("TeachWork",
                "p<sub>{digit}</sub> = {probabilities:.1%} · loss {loss:.4f}. Press <b>Step</b>: "
                "every weight moves against its gradient, w ← w − η ∂L/∂w, on a copy of the model "
                "(the saved one never changes)."),
                digit=digit, probabilities=float(g.probabilities[digit]), loss=g.loss))
    after = float(g.probabilities[digit])
    before = float(answer.before[digit])
    steps = (translate("TeachWork", "After 1 step") if steps_taken == 1
             else translate("TeachWork", "After {count} steps").format(count=steps_taken))
    note = (translate("TeachWork",
            " It is fitting this one drawing: step on and it will be sure of it, whatever it "
            "learned before.") if after > 0.95 and steps_taken > 2 else "")
    return (formatted(translate("TeachWork",
            "{steps} on the copy: p<sub>{digit}</sub> {before:.1%} → "
            "<b>{after:.1%}</b> · loss {before_loss:.4f} → <b>{loss:.4f}</b>.{note} Reset goes "
            "back to the saved model."),
            steps=steps, digit=digit, before=before, after=after,
            before_loss=answer.before_loss, loss=g.loss, note=note))
