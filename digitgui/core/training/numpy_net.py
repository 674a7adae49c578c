"""A dense network trained in NumPy: the forward pass, the loss and backpropagation written out.

The engine's second path (see :mod:`digitgui.core.training.numpy_fit`). It takes the layers
and starting weights of the Keras model the engine built, so both paths start from the same
network (Keras' Glorot-uniform kernels, zero biases, same seed) and end in the same bundle.

All parameters live in one flat float32 vector, each kernel and bias a view into it, and so do
their gradients: the optimiser then updates every parameter with a handful of NumPy calls a
step, however many layers there are. For a network as small as ``seed`` those per-call costs,
not the arithmetic, are the time a step takes.

No TensorFlow here: the model is only read (its layers' classes, configs and weights).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from digitgui.core.data.dataset import NOT_A_DIGIT

ACTIVATIONS = ("relu", "leaky_relu", "sigmoid", "tanh", "linear")
LEAKY_SLOPE = np.float32(0.2)
"""Keras' default negative slope for 'leaky_relu' (and the spec's)."""
OUTLIER_WEIGHT = np.float32(0.5)
"""DigitOrNotLoss's weight on a not-a-digit picture's loss (its default)."""
AUGMENTATION_LAYERS = ("RandomStrokeWidth", "RandomHandwriting")


@dataclass
class Dense:
    name: str
    activation: str
    kernel: np.ndarray  # views into the network's flat vectors
    bias: np.ndarray
    grad_kernel: np.ndarray
    grad_bias: np.ndarray
    # With a bias column (see DenseNetwork), the first layer's kernel and bias as one
    # (outputs, inputs + 1) matrix, and its gradient; None otherwise.
    combined: np.ndarray | None = None
    grad_combined: np.ndarray | None = None


@dataclass
class Dropout:
    name: str
    rate: float


@dataclass(frozen=True)
class Plan:
    """What the NumPy path needs of a Keras model: its layers in order (name, kind, settings),
    the augmentation layers' configs, and the starting weights."""

    layers: tuple[tuple[str, str, dict], ...]
    augmentation: dict[str, dict]
    weights: tuple[np.ndarray, ...]


def plan(model) -> Plan | str:
    """The model as a :class:`Plan`, or why the NumPy path cannot train it (one phrase)."""
    layers, augmentation, weights = [], {}, []
    dense_seen = False
    for layer in model.layers:
        kind = type(layer).__name__
        config = layer.get_config()
        if kind == "InputLayer":
            continue
        if kind in AUGMENTATION_LAYERS and not dense_seen and kind not in augmentation:
            augmentation[kind] = config
        elif kind == "Flatten" and not dense_seen:
            continue
        elif kind == "Dense":
            activation = config.get("activation")
            if activation not in ACTIVATIONS or not config.get("use_bias", True):
                return f"its layer {layer.name!r} is not a plain dense layer"
            dense_seen = True
            kernel, bias = layer.get_weights()
            weights += [kernel, bias]
            layers.append((layer.name, "dense", {"activation": activation}))
        elif kind == "Dropout" and dense_seen:
            layers.append((layer.name, "dropout", {"rate": float(config["rate"])}))
        else:
            return f"it has a {kind} layer"
    if not dense_seen:
        return "it has no dense layer"
    return Plan(tuple(layers), augmentation, tuple(np.asarray(w, np.float32) for w in weights))


class DenseNetwork:
    """The network's parameters and their gradients (flat), and one training step's maths."""

    def __init__(self, plan: Plan, l2: float = 0.0, inputs: np.ndarray | None = None,
                 bias_column: bool = False):
        """``inputs``: the input pixels to train on (indices), or None for all. A pixel that
        is blank (0) in every training picture gets a zero gradient in every step, so Adam,
        SGD and RMSprop never move its weights (with no L2 or weight decay): its row of the
        first kernel can stay out of training, keeping its initial values, a sixth less
        work for ``seed`` on the embedded pictures. :meth:`forward` then takes those pixels
        only; :meth:`logits`, :meth:`kernels` and :meth:`weights` the whole kernel.

        ``bias_column``: the pictures given to :meth:`forward` end with a column of ones, and
        the first layer keeps its bias as the last column of its (transposed) kernel, the
        textbook trick: one matrix product gives the layer's sums and one its gradient, bias
        included, with no bias to add and no column sums a step (for ``seed``, a twentieth
        of a step's time). :meth:`logits` still takes plain pictures."""
        self.inputs = inputs
        first_kernel = plan.weights[0]
        self._first_full = first_kernel.copy()
        if inputs is not None:
            plan = Plan(plan.layers, plan.augmentation,
                        (first_kernel[inputs], *plan.weights[1:]))
        self.params = np.zeros(sum(w.size for w in plan.weights), np.float32)
        self.grads = np.zeros_like(self.params)
        # 2 * l2 on kernels, 0 on biases: the L2 term's gradient is decay * params.
        self.decay = np.zeros_like(self.params)
        self.l2 = float(l2)
        self.layers: list[Dense | Dropout] = []
        # Where each dense layer lies in the flat vectors: (start, inputs, outputs, combined).
        self._blocks: list[tuple[int, int, int, bool]] = []
        start, pairs = 0, iter(zip(plan.weights[0::2], plan.weights[1::2], strict=True))
        for name, kind, settings in plan.layers:
            if kind == "dropout":
                self.layers.append(Dropout(name, settings["rate"]))
                continue
            kernel, bias = next(pairs)
            block = (start, *kernel.shape, bias_column and not self._blocks)
            self._blocks.append(block)
            params, grads, decay = (_views(v, block) for v in
                                    (self.params, self.grads, self.decay))
            params[0][:], params[1][:] = kernel, bias
            decay[0][:] = 2 * self.l2
            dense = Dense(name, settings["activation"], *params[:2], *grads[:2])
            if block[3]:
                dense.combined, dense.grad_combined = params[2], grads[2]
            self.layers.append(dense)
            start += kernel.size + bias.size
        self.dense = [layer for layer in self.layers if isinstance(layer, Dense)]
        self._lowest = self.layers.index(self.dense[0])  # backpropagation stops there
        self._cache: list = []

    def _whole(self, kernel: np.ndarray, layer: int) -> np.ndarray:
        """A dense layer's kernel as Keras has it (a copy): the first with every input."""
        if layer or self.inputs is None:
            return kernel.copy()
        whole = self._first_full.copy()
        whole[self.inputs] = kernel
        return whole

    def kernels(self) -> list[tuple[str, np.ndarray]]:
        """(layer name, kernel) of every dense layer, as copies (for the replay)."""
        return [(layer.name, self._whole(layer.kernel, i)) for i, layer in enumerate(self.dense)]

    def weights(self, params: np.ndarray | None = None) -> dict[str, list[np.ndarray]]:
        """Each dense layer's [kernel, bias], from ``params`` (a saved copy) or the current."""
        if params is None:
            params = self.params
        out = {}
        for i, (layer, block) in enumerate(zip(self.dense, self._blocks, strict=True)):
            kernel, bias, _ = _views(params, block)
            out[layer.name] = [self._whole(kernel, i), bias.copy()]
        return out

    def l2_loss(self) -> float:
        """The L2 term Keras adds to the loss: l2 * sum(kernel**2) over every kernel."""
        if not self.l2:
            return 0.0
        return self.l2 * float(sum(np.vdot(d.kernel, d.kernel) for d in self.dense))

    def logits(self, x: np.ndarray) -> np.ndarray:
        """Inference: (N, 784) -> (N, 10), every input pixel; dropout off."""
        a = x
        for layer in self.layers:
            if isinstance(layer, Dense):
                kernel = self._whole(layer.kernel, 0) if a is x else layer.kernel
                a = _activate(a @ kernel + layer.bias, layer.activation)
        return a

    def forward(self, x: np.ndarray, rng: np.random.Generator | None = None) -> np.ndarray:
        """Training: the logits, remembering what backpropagation needs; dropout drawn from
        ``rng`` (keep 1 - rate of the units, scaled up by 1 / (1 - rate), as Keras does)."""
        cache, a = [], x
        for layer in self.layers:
            if isinstance(layer, Dense):
                inputs = a
                if layer.combined is not None:  # the pictures' ones column adds the bias
                    a = _activate(inputs @ layer.combined.T, layer.activation)
                else:
                    a = _activate(inputs @ layer.kernel + layer.bias, layer.activation)
                cache.append((inputs, a))
            elif layer.rate > 0 and rng is not None:
                keep = np.float32(1 - layer.rate)
                mask = (rng.random(a.shape, dtype=np.float32) < keep) / keep
                a = a * mask
                cache.append(mask)
            else:
                cache.append(None)
        self._cache = cache
        return a

    def backward(self, delta: np.ndarray) -> None:
        """Fill ``grads`` from d(loss)/d(logits) by the chain rule, last layer first, plus the
        L2 term's gradient."""
        lowest = self._lowest
        for index in range(len(self.layers) - 1, lowest - 1, -1):
            layer, saved = self.layers[index], self._cache[index]
            if isinstance(layer, Dropout):
                if saved is not None:
                    delta = delta * saved
                continue
            inputs, outputs = saved
            delta = _through_activation(delta, outputs, layer.activation)
            if layer.grad_combined is not None:  # kernel and bias gradients in one product
                np.matmul(delta.T, inputs, out=layer.grad_combined)
            else:
                np.matmul(delta.T, inputs, out=layer.grad_kernel.T)  # = inputs.T @ delta
                np.add.reduce(delta, axis=0, out=layer.grad_bias)  # np.sum, half its cost
            if index > lowest:
                delta = delta @ layer.kernel.T
        if self.l2:
            self.grads += self.decay * self.params


def _views(flat: np.ndarray, block: tuple[int, int, int, bool]):
    """One dense layer's (kernel, bias, combined) as views into a flat vector.

    Each kernel is kept transposed, (outputs, inputs) row by row, and used through its .T
    view: BLAS multiplies a batch by it, and forms its gradient, a third faster that way for
    the first layer's (784, 25) than in Keras' own layout. The bias follows it; with a bias
    column each row carries its output's bias last instead, and ``combined`` is the whole
    (outputs, inputs + 1) matrix (None otherwise)."""
    start, inputs, outputs, combined = block
    size = (inputs + 1) * outputs if combined else inputs * outputs
    matrix = flat[start:start + size].reshape(outputs, -1)
    if combined:
        return matrix[:, :inputs].T, matrix[:, inputs], matrix
    return matrix.T, flat[start + size:start + size + outputs], None


def _activate(z: np.ndarray, activation: str) -> np.ndarray:
    if activation == "relu":
        return np.maximum(z, 0, out=z)
    if activation == "leaky_relu":
        return np.where(z > 0, z, z * LEAKY_SLOPE)
    if activation == "sigmoid":
        # 1 / (1 + e^-z) without overflow warnings for very negative z
        return 0.5 * (np.tanh(0.5 * z) + 1)
    if activation == "tanh":
        return np.tanh(z, out=z)
    return z


def _through_activation(delta: np.ndarray, out: np.ndarray, activation: str) -> np.ndarray:
    """d(loss)/dz from d(loss)/d(output), written with the output only (each activation's
    derivative is a function of its output)."""
    if activation == "relu":
        return delta * (out > 0)
    if activation == "leaky_relu":
        return np.where(out > 0, delta, delta * LEAKY_SLOPE)
    if activation == "sigmoid":
        return delta * out * (1 - out)
    if activation == "tanh":
        return delta * (1 - out * out)
    return delta


@functools.cache
def _rows(n: int) -> np.ndarray:
    """0 .. n - 1, made once per batch size (read only)."""
    rows = np.arange(n)
    rows.flags.writeable = False
    return rows


def loss_and_gradient(logits: np.ndarray, y: np.ndarray,
                      weight: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Each picture's softmax cross-entropy (from logits), and d(batch loss)/d(logits).

    The batch loss is Keras': sum(loss * weight) / batch size; its gradient by the logits is
    (softmax - one-hot) * weight / batch size. A picture labelled NOT_A_DIGIT is trained
    towards equal probabilities (the outlier-exposure loss of
    :mod:`digitgui.core.training.loss`): 0.5 * mean over the digits of -log p."""
    shifted = logits - logits.max(axis=1, keepdims=True)  # exp cannot overflow
    exp = np.exp(shifted)
    total = exp.sum(axis=1, keepdims=True)
    log_total = np.log(total[:, 0])
    gradient = np.divide(exp, total, out=exp)  # softmax
    rows = _rows(len(y))
    outlier = y >= NOT_A_DIGIT
    if outlier.any():
        digit = np.where(outlier, 0, y)
        uniform = log_total - shifted.mean(axis=1)
        losses = np.where(outlier, OUTLIER_WEIGHT * uniform, log_total - shifted[rows, digit])
        gradient[outlier] = OUTLIER_WEIGHT * (gradient[outlier] - np.float32(1 / 10))
        gradient[rows[~outlier], digit[~outlier]] -= 1
    else:
        losses = log_total - shifted[rows, y]
        gradient[rows, y] -= 1
    scale = np.float32(1 / len(y))
    gradient *= scale if weight is None else (weight * scale)[:, None]
    return losses, gradient


def digits_loss_and_gradient(logits: np.ndarray, y: np.ndarray) -> tuple[float, int, np.ndarray]:
    """The usual step (digits only, equal weights) in as few NumPy calls as it takes: the
    batch's summed loss, how many pictures it reads right, and d(batch loss)/d(logits), as
    :func:`loss_and_gradient` gives them. A picture is read right when its label's logit is
    the largest: when the label's shifted logit is 0 (a tie counts as right)."""
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    total = np.add.reduce(exp, axis=1, keepdims=True)  # np.sum without its Python wrapper
    rows = _rows(len(y))
    picked = shifted[rows, y]
    loss_sum = float(np.add.reduce(np.log(total), axis=None) - np.add.reduce(picked))
    right = int(np.count_nonzero(picked == 0))
    gradient = np.divide(exp, total, out=exp)  # softmax
    gradient[rows, y] -= 1
    gradient *= np.float32(1 / len(y))
    return loss_sum, right, gradient
