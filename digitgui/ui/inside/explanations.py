"""Short explanations of how a network works, shown next to what they explain.

The same texts are tooltips (on layer cards, the step-by-step panel, and, for the lead to
attach, the training panel's controls and curves: :data:`TRAINING_TOOLTIPS`) and the sections
of :class:`ExplanationsPanel`. The seed network (784 → 25 → 15 → 10) is the worked example.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from digitgui.ui import theme

TOPICS: dict[str, tuple[str, str]] = {
    "layer": ("Layers", (
        "A layer is a row of neurons that all read the same inputs: the outputs of the layer "
        "before (the first layer reads the 784 pixels). Each neuron turns them into one "
        "number, its activation; together they are what the next layer reads.")),
    "weight": ("Weights", (
        "A weight says how much one input counts for one neuron. A large positive weight lets "
        "that input push the neuron up, a negative one pushes it down, a weight near zero "
        "ignores it. Training is adjusting the weights (and biases) until the answers are "
        "right.")),
    "bias": ("Biases", (
        "The bias b is the neuron's own number, added to the weighted sum: z = w·x + b. It "
        "moves the point where the neuron switches on, whatever the inputs are.")),
    "activation": ("Activations", (
        "The activation function g turns the weighted sum into the neuron's output, "
        "a = g(z). It is the only part of a neuron that is not a straight line.")),
    "nonlinear": ("Why non-linear activations", (
        "Without them every layer computes W·x + b, and a linear function of a linear "
        "function is still linear: W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂). However many "
        "layers you stack, the network would be one linear model, able to split the digits "
        "only with flat boundaries. A non-linearity between layers lets it bend and combine "
        "them into the curved boundaries that handwriting needs.")),
    "relu_sigmoid": ("ReLU or sigmoid", (
        "ReLU(z) = max(0, z): zero for negative z, z itself above. It is cheap, and where a "
        "neuron is active its slope is 1, so the learning signal passes through many layers "
        "undiminished: the usual choice for hidden layers. Sigmoid σ(z) = 1 / (1 + e^−z) "
        "squeezes any z into (0, 1) and reads like a probability, but for large |z| its "
        "slope is almost 0, which slows learning in deep networks (vanishing gradients); it "
        "suits a single yes/no output.")),
    "softmax": ("Softmax", (
        "Softmax turns the ten logits z₀…z₉ into probabilities: p_j = e^z_j / Σ_k e^z_k. "
        "Each is between 0 and 1 and together they add up to 1. The largest logit gets the "
        "largest probability, and only differences between logits matter: one logit 1 "
        "higher than another is e ≈ 2.7 times as probable.")),
    "loss": ("Cross-entropy loss and from_logits", (
        "Training measures how wrong the network is with the cross-entropy loss, −log p, "
        "where p is the probability it gives the right digit: 0 when it is sure and right, "
        "large when it is sure and wrong. The output layer is linear (it gives logits, not "
        "probabilities) and the loss is SparseCategoricalCrossentropy(from_logits=True): the "
        "loss applies softmax itself, in one combined, numerically stable step (log-softmax), "
        "so probabilities rounded to 0 or 1 never make log(0). When predicting, softmax is "
        "applied to the logits to show you probabilities.")),
    "epochs": ("Epochs, batches and the loss curve", (
        "Training does not look at all images at once. It takes a batch (say 32 images), "
        "computes their loss and moves every weight a little downhill: one step of gradient "
        "descent. An epoch is one pass over all training images: 4,500 images in batches of "
        "32 are 141 steps. The loss curve shows the loss falling: batch by batch (noisy, each "
        "batch is different) and as the average of each epoch.")),
    "overfitting": ("Overfitting", (
        "The validation curve is measured on images the network never trains on. While both "
        "curves fall, it is learning what generalises. When the training loss keeps falling "
        "but the validation loss stalls or rises, it is memorising its training images: "
        "overfitting. More data, augmentation, dropout or a smaller network help; digitgui "
        "also keeps the epoch with the lowest validation loss.")),
}
"""Topic key → (title, text)."""

SEED_WALKTHROUGH = (
    "The seed network, 784 → 25 → 15 → 10, step by step. The 28×28 picture is flattened into "
    "784 numbers x₁…x₇₈₄ (0 paper, 1 ink). Each of the 25 neurons of hidden_1 computes "
    "z = w·x + b with its own 784 weights and bias, then a = ReLU(z): 25 × 784 + 25 = 19,625 "
    "parameters. Each neuron's 784 weights make a 28×28 picture (click one in hidden_1): "
    "blue where ink raises z, orange where ink lowers it. hidden_2's 15 neurons each read those 25 "
    "outputs (15 × 25 + 15 = 390 parameters); the output layer's 10 neurons read the 15 "
    "(10 × 15 + 10 = 160) and give ten logits, one per digit, with no activation. Softmax "
    "turns them into the probabilities you see. 20,175 numbers in all, every one learnt from "
    "examples. Train it yourself: in the Training panel, choose the network “seed”."
)

TRAINING_TOOLTIPS: dict[str, str] = {
    "epochs": TOPICS["epochs"][1],
    "batch_size": (
        "How many images each step of training looks at before it adjusts the weights. "
        "Smaller batches: more, noisier steps per epoch; larger: fewer, smoother steps."),
    "loss_curve": TOPICS["epochs"][1] + " " + TOPICS["loss"][1],
    "validation": TOPICS["overfitting"][1],
}
"""Texts for the training panel's controls and curves (epochs, batch size, the curves)."""

LAYER_KINDS: dict[str, str] = {
    "input": "The drawing as the network sees it: 28×28 brightness values, 0 paper to 1 ink.",
    "identity": (
        "Active only while training (it varies the training images or drops random values so "
        "that the network cannot rely on any one of them). When predicting it passes its "
        "input on unchanged."),
    "flatten": (
        "Lays the values out in one row, so that a Dense layer can read them: the same "
        "numbers, in a new order. No weights."),
    "dense": (
        "Every neuron reads every input: z = w·x + b with its own weights w and bias b, then "
        "a = g(z). " + TOPICS["weight"][1]),
    "conv2d": (
        "A convolution slides small 3×3 filters over its input: each output value is a "
        "weighted sum z = w·x (+ b) of the 3×3 patch under the filter (across all input maps). "
        "One filter, slid everywhere, makes one feature map: bright where its pattern (an "
        "edge, a curve) appears in the drawing."),
    "batchnorm": (
        "Batch normalisation rescales each channel with statistics learnt in training: "
        "y = γ·(x − μ)/√(σ² + ε) + β. It keeps values in a range where learning works well."),
    "relu": "ReLU: a = max(0, x). Negative values become 0; positive ones pass unchanged.",
    "activation": "Applies an activation function to each value.",
    "maxpool": (
        "Max pooling keeps the largest value of each 2×2 window: the map halves in each "
        "direction, and a feature counts wherever it is within the window."),
    "softmax": TOPICS["softmax"][1],
}
"""One paragraph per kind of layer (the layer cards' tooltips and subtitles)."""


def html_for(keys: list[str] | None = None, walkthrough: bool = True) -> str:
    """The explanations as one HTML document (all topics, or the ones given)."""
    c = theme.colours()
    parts = [f"<style>h4 {{ margin: 10px 0 2px 0; color: {c.text}; }} "
             f"p {{ margin: 0 0 4px 0; }}</style>"]
    if walkthrough:
        parts.append(f"<h4>The seed network</h4><p>{SEED_WALKTHROUGH}</p>")
    for key in keys or list(TOPICS):
        title, text = TOPICS[key]
        parts.append(f"<h4>{title}</h4><p>{text}</p>")
    return "".join(parts)


class ExplanationsPanel(QWidget):
    """All the explanations, readable side by side with the network view."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(html_for())
        self.browser.setAccessibleName("How neural networks work")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)

    def text(self) -> str:
        return self.browser.toPlainText()
