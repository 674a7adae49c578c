"""Short explanations of how a network works, shown next to what they explain.

The same texts are tooltips (on layer cards, the step-by-step panel, and, for the lead to
attach, the training panel's controls and curves: :data:`TRAINING_TOOLTIPS`) and the sections
of :class:`ExplanationsPanel`. The seed network (784 → 25 → 15 → 10) is the worked example.

Each topic is written once, in HTML with real sub- and superscripts (:data:`TOPIC_HTML`);
:data:`TOPICS` is the same text as plain text for tooltips (W₂, e⁻ᶻ in Unicode). The panel
links each section to the panels that show it and says which one was clicked
(:attr:`ExplanationsPanel.panelRequested`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from html import unescape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from digitgui.ui import theme
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, Translated, translate

TOPIC_HTML: Mapping[str, tuple[str, str]] = Translated("Explanations", {
    "layer": (QT_TRANSLATE_NOOP("Explanations", "Layers"), (
        QT_TRANSLATE_NOOP("Explanations",
                "A layer is a row of neurons that all read the same inputs: the outputs of the "
                "layer before (the first layer reads the 784 pixels). Each neuron turns them into "
                "one number, its activation; together they are what the next layer reads."))),
    "weight": (QT_TRANSLATE_NOOP("Explanations", "Weights"), (
        QT_TRANSLATE_NOOP("Explanations",
                "A weight says how much one input counts for one neuron. A large positive weight "
                "lets that input push the neuron up, a negative one pushes it down, a weight near "
                "zero ignores it. Training is adjusting the weights (and biases) until the "
                "answers are right."))),
    "bias": (QT_TRANSLATE_NOOP("Explanations", "Biases"), (
        QT_TRANSLATE_NOOP("Explanations",
                "The bias b is the neuron's own number, added to the weighted sum: z = w·x + b. "
                "It moves the point where the neuron switches on, whatever the inputs are."))),
    "activation": (QT_TRANSLATE_NOOP("Explanations", "Activations"), (
        QT_TRANSLATE_NOOP("Explanations",
                "The activation function g turns the weighted sum into the neuron's output, a = "
                "g(z). It is the only part of a neuron that is not a straight line."))),
    "nonlinear": (QT_TRANSLATE_NOOP("Explanations", "Why non-linear activations"), (
        QT_TRANSLATE_NOOP("Explanations",
                "Without them every layer computes W·x + b, and a linear function of a linear "
                "function is still linear: W<sub>2</sub>(W<sub>1</sub>x + b<sub>1</sub>) + "
                "b<sub>2</sub> = (W<sub>2</sub>W<sub>1</sub>)x + (W<sub>2</sub>b<sub>1</sub> + "
                "b<sub>2</sub>). However many layers you stack, the network would be one linear "
                "model, able to split the digits only with flat boundaries. A non-linearity "
                "between layers lets it bend and combine them into the curved boundaries that "
                "handwriting needs."))),
    "relu_sigmoid": (QT_TRANSLATE_NOOP("Explanations", "ReLU or sigmoid"), (
        QT_TRANSLATE_NOOP("Explanations",
                "ReLU(z) = max(0, z): zero for negative z, z itself above. It is cheap, and where "
                "a neuron is active its slope is 1, so the learning signal passes through many "
                "layers undiminished: the usual choice for hidden layers. Sigmoid σ(z) = 1/(1 + "
                "e<sup>−z</sup>) squeezes any z into (0, 1) and reads like a probability, but for "
                "large |z| its slope σ′(z) = σ(z)(1 − σ(z)) is almost 0, which slows learning in "
                "deep networks (vanishing gradients); it suits a single yes/no output."))),
    "softmax": (QT_TRANSLATE_NOOP("Explanations", "Softmax"), (
        QT_TRANSLATE_NOOP("Explanations",
                "Softmax turns the ten logits z<sub>0</sub>…z<sub>9</sub> into probabilities: "
                "p<sub>j</sub> = exp(z<sub>j</sub>) / Σ<sub>k</sub> exp(z<sub>k</sub>). Each is "
                "between 0 and 1 and together they add up to 1. The largest logit gets the "
                "largest probability, and only differences between logits matter: one logit 1 "
                "higher than another is e ≈ 2.7 times as probable."))),
    "loss_idea": (QT_TRANSLATE_NOOP("Explanations", "The loss: how wrong, in one number"), (
        QT_TRANSLATE_NOOP("Explanations",
                "To learn, a network must know how wrong it is, as one number: the loss L. The "
                "course starts from the squared error L = ½(a − y)<sup>2</sup>, y being the "
                "target: 0 when the output a is right, growing quickly as it moves away (with "
                "several outputs, the squared errors are added). For classes, cross-entropy L = "
                "−ln p<sub>y</sub>, p<sub>y</sub> being the probability the network gives the "
                "right class, punishes being sure and wrong hardest. Learning is making L small, "
                "on average over the training images."))),
    "loss": (QT_TRANSLATE_NOOP("Explanations", "Cross-entropy loss and from_logits"), (
        QT_TRANSLATE_NOOP("Explanations",
                "Training measures how wrong the network is with the cross-entropy loss, −ln p, "
                "where p is the probability it gives the right digit: 0 when it is sure and "
                "right, large when it is sure and wrong. The output layer is linear (it gives "
                "logits, not probabilities) and the loss is "
                "SparseCategoricalCrossentropy(from_logits=True): the loss applies softmax "
                "itself, in one combined, numerically stable step (log-softmax), so probabilities "
                "rounded to 0 or 1 never make ln 0. When predicting, softmax is applied to the "
                "logits to show you probabilities."))),
    "backprop": (QT_TRANSLATE_NOOP("Explanations", "Backpropagation: the chain rule, backwards"), (
        QT_TRANSLATE_NOOP("Explanations",
                "Which way should each weight move to lower the loss? Its slope ∂L/∂w says how "
                "much L changes when w changes a little. Backpropagation finds every slope in one "
                "pass with the chain rule, from the loss backwards. At an output neuron, ∂L/∂a "
                "(for the squared error, a − y) times the slope of its activation, g′(z) (for "
                "sigmoid, σ′(z) = a(1 − a)), is the neuron's error δ = ∂L/∂a · g′(z). A weight's "
                "slope is δ times the input it multiplies, ∂L/∂w = δ · a<sub>prev</sub>, and "
                "∂L/∂b = δ. Each neuron of the layer before gets its ∂L/∂a back through the same "
                "weights, Σ w·δ, and so on to the first layer. A backward pass costs about as "
                "much as a forward pass, however many weights there are."))),
    "gradient_descent": (QT_TRANSLATE_NOOP("Explanations",
            "Gradient descent and the learning rate"), (
        QT_TRANSLATE_NOOP("Explanations",
                "Each step moves every weight and bias a little downhill, against its slope: w ← "
                "w − η·∂L/∂w. The learning rate η sets how far. In the course's example, "
                "∂L/∂w<sub>2</sub> = −0.0465 and η = 0.5 move w<sub>2</sub> to 0.25 − "
                "0.5&nbsp;×&nbsp;(−0.0465) = 0.2733, and the loss falls from 0.0588 to 0.0548. "
                "Too small a learning rate and learning crawls; too large and each step jumps "
                "past the bottom of the valley to a point higher up the other side, so the loss "
                "bounces or grows instead of falling."))),
    "epochs": (QT_TRANSLATE_NOOP("Explanations", "Epochs, batches and the loss curve"), (
        QT_TRANSLATE_NOOP("Explanations",
                "Training does not look at all images at once. It takes a batch (say 32 images), "
                "computes their loss and moves every weight a little downhill: one step of "
                "gradient descent. An epoch is one pass over all training images: 4,500 images in "
                "batches of 32 are 141 steps. The loss curve shows the loss falling: batch by "
                "batch (noisy, each batch is different) and as the average of each epoch."))),
    "batches": (QT_TRANSLATE_NOOP("Explanations", "Batches: noisy steps, a smoother epoch"), (
        QT_TRANSLATE_NOOP("Explanations",
                "The loss to make small is the average over all training images, but working out "
                "its gradient on all of them for every step would be slow. So each step uses one "
                "batch: its gradient is an estimate of the whole one, pointing roughly downhill "
                "but noisy, because every batch has its own mix of digits and handwriting, and a "
                "step that helps this batch may hurt the next. That is why the loss of each batch "
                "zigzags. Averaged over an epoch, every image once, the batches' differences "
                "largely cancel, so the epoch's average loss falls smoothly. Larger batches give "
                "smoother but fewer steps per epoch; a little noise even helps, shaking training "
                "out of poor spots."))),
    "overfitting": (QT_TRANSLATE_NOOP("Explanations", "Overfitting"), (
        QT_TRANSLATE_NOOP("Explanations",
                "The validation curve is measured on images the network never trains on. While "
                "both curves fall, it is learning what generalises. When the training loss keeps "
                "falling but the validation loss stalls or rises, it is memorising its training "
                "images: overfitting. More data, augmentation, dropout or a smaller network help; "
                "digitgui also keeps the epoch with the lowest validation loss."))),
})
"""Topic key → (title, text as HTML: formulas with <sub> and <sup>)."""

TOPIC_LINKS: dict[str, list[tuple[str, str]]] = {
    "layer": [("forward-dock", QT_TRANSLATE_NOOP("Explanations",
            "Build a tiny network in Forward propagation"))],
    "weight": [("forward-dock", QT_TRANSLATE_NOOP("Explanations",
            "Change a weight in Forward propagation"))],
    "bias": [("forward-dock", QT_TRANSLATE_NOOP("Explanations",
            "Change a bias in Forward propagation"))],
    "activation": [("forward-dock", QT_TRANSLATE_NOOP("Explanations",
            "Try each activation in Forward propagation"))],
    "nonlinear": [("forward-dock", QT_TRANSLATE_NOOP("Explanations",
            "Make every layer linear in Forward propagation"))],
    "softmax": [("inside-dock", QT_TRANSLATE_NOOP("Explanations",
            "See the probabilities in Inside the network"))],
    "loss_idea": [("backprop-dock", QT_TRANSLATE_NOOP("Explanations",
            "Choose a loss and a target in Backpropagation")),
                  ("training-dock", QT_TRANSLATE_NOOP("Explanations",
                          "Watch the loss fall in Training"))],
    "backprop": [("backprop-dock", QT_TRANSLATE_NOOP("Explanations",
            "Every step with its numbers in Backpropagation")),
                 ("teach-dock", QT_TRANSLATE_NOOP("Explanations",
                         "The gradient for your own drawing in Teach it this digit"))],
    "gradient_descent": [("backprop-dock", QT_TRANSLATE_NOOP("Explanations",
            "Step, and try a learning rate too large, in Backpropagation"))],
    "epochs": [("training-dock", QT_TRANSLATE_NOOP("Explanations", "Train a network in Training"))],
    "batches": [("training-dock", QT_TRANSLATE_NOOP("Explanations",
            "Compare the batch and epoch curves in Training"))],
    "overfitting": [("training-dock", QT_TRANSLATE_NOOP("Explanations",
            "Watch the validation curve in Training"))],
}
"""Topic key → the panels that show it: (dock object name, link text)."""

SUBSCRIPTS = str.maketrans("0123456789+−=()aehijklmnoprstuvx",
                           "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ")
SUPERSCRIPTS = str.maketrans("0123456789+−=()abcdefghijklmnoprstuvwxyz",
                             "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ")


def _script(text: str, table: dict[int, str], marker: str) -> str:
    """Unicode sub- or superscript characters where every character has one, else a
    marker: p_y, e^(…)."""
    if all(ord(c) in table for c in text):
        return text.translate(table)
    return f"{marker}{text}" if len(text) == 1 else f"{marker}({text})"


def plain_text(html: str) -> str:
    """The HTML of a topic as plain text for a tooltip: W₂, e⁻ᶻ, pⱼ, no tags."""
    text = re.sub(r"<sub>(.*?)</sub>", lambda m: _script(m[1], SUBSCRIPTS, "_"), html)
    text = re.sub(r"<sup>(.*?)</sup>", lambda m: _script(m[1], SUPERSCRIPTS, "^"), text)
    return unescape(re.sub(r"<[^>]+>", "", text))


SCRIPT_SCALE = 1.25
"""Qt draws sub- and superscripts at 2/3 of the text around them: in a span this much larger
they come out at about 5/6 of the text, large enough to read."""


def readable_scripts(html: str, point_size: float) -> str:
    """Every <sub> and <sup> wrapped in a larger span (for text at ``point_size``)."""
    size = round(point_size * SCRIPT_SCALE, 1)
    html = re.sub(r"<(sub|sup)>", rf"<span style='font-size:{size}pt'><\1>", html)
    return re.sub(r"</(sub|sup)>", r"</\1></span>", html)


TOPICS: Mapping[str, tuple[str, str]] = Translated("Explanations", {
    key: (lambda key=key: (TOPIC_HTML[key][0], plain_text(TOPIC_HTML[key][1])))
    for key in TOPIC_HTML})
"""Topic key → (title, text)."""

SEED_WALKTHROUGH = (
    QT_TRANSLATE_NOOP("Explanations",
            "The seed network, 784 → 25 → 15 → 10, step by step. The 28×28 picture is flattened "
            "into 784 numbers x<sub>1</sub>…x<sub>784</sub> (0 paper, 1 ink). Each of the 25 "
            "neurons of hidden_1 computes z = w·x + b with its own 784 weights and bias, then a = "
            "ReLU(z): 25 × 784 + 25 = 19,625 parameters. Each neuron's 784 weights make a 28×28 "
            "picture (click one in hidden_1): blue where ink raises z, orange where ink lowers "
            "it. hidden_2's 15 neurons each read those 25 outputs (15 × 25 + 15 = 390 "
            "parameters); the output layer's 10 neurons read the 15 (10 × 15 + 10 = 160) and give "
            "ten logits, one per digit, with no activation. Softmax turns them into the "
            "probabilities you see. 20,175 numbers in all, every one learnt from examples. Train "
            "it yourself: in the Training panel, choose the network “seed”.")
)

TRAINING_TOOLTIPS: Mapping[str, str] = Translated("Explanations", {
    "epochs": lambda: TOPICS["epochs"][1],
    "batch_size": (
        QT_TRANSLATE_NOOP("Explanations",
                "How many images each step of training looks at before it adjusts the weights. "
                "Smaller batches: more, noisier steps per epoch; larger: fewer, smoother steps.")),
    "loss_curve": lambda: TOPICS["epochs"][1] + " " + TOPICS["loss"][1],
    "validation": lambda: TOPICS["overfitting"][1],
})
"""Texts for the training panel's controls and curves (epochs, batch size, the curves)."""

LAYER_KINDS: Mapping[str, str] = Translated("Explanations", {
    "input": QT_TRANSLATE_NOOP("Explanations",
            "The drawing as the network sees it: 28×28 brightness values, 0 paper to 1 ink."),
    "identity": (
        QT_TRANSLATE_NOOP("Explanations",
                "Active only while training (it varies the training images or drops random values "
                "so that the network cannot rely on any one of them). When predicting it passes "
                "its input on unchanged.")),
    "flatten": (
        QT_TRANSLATE_NOOP("Explanations",
                "Lays the values out in one row, so that a Dense layer can read them: the same "
                "numbers, in a new order. No weights.")),
    "dense": lambda: translate(
        "Explanations", "Every neuron reads every input: z = w·x + b with its own weights w and "
        "bias b, then a = g(z).") + " " + TOPICS["weight"][1],
    "conv2d": (
        QT_TRANSLATE_NOOP("Explanations",
                "A convolution slides small filters (3×3 or 5×5 weights) over its input: each "
                "output value is a weighted sum z = w·x (+ b) of the patch under the filter "
                "(across all input maps). One filter, slid everywhere, makes one feature map: "
                "bright where its pattern (an edge, a curve) appears in the drawing.")),
    "batchnorm": (
        QT_TRANSLATE_NOOP("Explanations",
                "Batch normalisation rescales each channel with statistics learnt in training: "
                "y = γ·(x − μ)/√(σ² + ε) + β. It keeps values in a range where learning works "
                "well.")),
    "relu": QT_TRANSLATE_NOOP("Explanations",
            "ReLU: a = max(0, x). Negative values become 0; positive ones pass unchanged."),
    "activation": QT_TRANSLATE_NOOP("Explanations",
            "Applies an activation function to each value."),
    "maxpool": (
        QT_TRANSLATE_NOOP("Explanations",
                "Max pooling keeps the largest value of each 2×2 window: the map halves in each "
                "direction, and a feature counts wherever it is within the window.")),
    "softmax": lambda: TOPICS["softmax"][1],
})
"""One paragraph per kind of layer (the layer cards' tooltips and subtitles)."""


def html_for(keys: list[str] | None = None, walkthrough: bool = True,
             point_size: float | None = None) -> str:
    """The explanations as one HTML document (all topics, or the ones given), each followed
    by links to the panels that show it (``panel:<dock name>``). With ``point_size``, the
    size of the text, sub- and superscripts are enlarged to be read easily."""
    c = theme.colours()
    parts = [f"<style>h4 {{ margin: 10px 0 2px 0; color: {c.text}; }} "
             f"p {{ margin: 0 0 4px 0; }} a {{ color: {c.accent}; }} "
             f"p.links {{ margin: 0 0 6px 0; }}</style>"]
    if walkthrough:
        parts.append(translate("Explanations", "<h4>The seed network</h4><p>{walkthrough}</p>")
                     .format(walkthrough=translate("Explanations", SEED_WALKTHROUGH)))
    for key in keys or list(TOPIC_HTML):
        title, text = TOPIC_HTML[key]
        parts.append(f"<h4>{title}</h4><p>{text}</p>")
        links = " &nbsp;·&nbsp; ".join(
            f"<a href='{PANEL_SCHEME}:{dock}'>{translate('Explanations', label)}</a>"
            for dock, label in TOPIC_LINKS.get(key, []))
        if links:
            parts.append(f"<p class='links'>→ {links}</p>")
    html = "".join(parts)
    return readable_scripts(html, point_size) if point_size else html


PANEL_SCHEME = "panel"
"""Links to a panel are ``panel:<its dock's object name>``, e.g. ``panel:backprop-dock``."""


class ExplanationsPanel(QWidget):
    """All the explanations, readable side by side with the network view."""

    panelRequested = Signal(str)
    """A link to a panel was clicked: the object name of its dock (e.g. "backprop-dock")."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)  # a click asks for the panel; the page stays
        self.browser.anchorClicked.connect(self._link_clicked)
        self.browser.setHtml(html_for(point_size=self.browser.font().pointSizeF()))
        self.browser.setAccessibleName(translate("ExplanationsPanel", "How neural networks work"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == PANEL_SCHEME:
            self.panelRequested.emit(url.path())

    def text(self) -> str:
        return self.browser.toPlainText()
