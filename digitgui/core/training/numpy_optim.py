"""The engine's optimisers and learning-rate schedules for the NumPy path, written as Keras 3
writes them (``keras/src/optimizers``), so both paths take the same steps.

Each optimiser updates one flat parameter vector in place from one flat gradient vector (see
:class:`digitgui.core.training.numpy_net.DenseNetwork`), reusing a scratch buffer: a few NumPy
calls a step, whatever the network.
"""

from __future__ import annotations

import math

import numpy as np

EPSILON = 1e-7
"""Keras' default epsilon for Adam, AdamW and RMSprop."""
ADAMW_DECAY = 1e-4
"""The engine's AdamW weight decay (engine._optimizer)."""


def schedule(name: str, rate: float, total_steps: int):
    """The learning rate at each step (0-based, before the step), as a function.

    'cosine' is Keras' ``CosineDecay(rate / 10, total - warmup, warmup_target=rate,
    warmup_steps=warmup)`` with warmup 1/20 of the run: a linear climb from a tenth of the
    rate, then half a cosine down to 0; 'constant' is the rate."""
    if name == "constant":
        return lambda step: rate
    warmup = max(1, total_steps // 20)
    decay = max(1, total_steps - warmup)
    start = rate / 10

    def cosine(step: int) -> float:
        step = min(step, decay + warmup)
        if step < warmup:
            return start + (rate - start) * step / warmup
        return rate * 0.5 * (1 + math.cos(math.pi * (step - warmup) / decay))

    return cosine


class Optimizer:
    """``step(params, grads, rate)``: one update; ``iterations`` counts them (as Keras')."""

    def __init__(self, size: int):
        self.iterations = 0
        self._scratch = np.zeros(size, np.float32)

    def step(self, params: np.ndarray, grads: np.ndarray, rate: float) -> None:
        self._update(params, grads, np.float32(rate))
        self.iterations += 1

    def _update(self, params, grads, rate) -> None:
        raise NotImplementedError


class Adam(Optimizer):
    """Keras' Adam: m += (g - m)(1 - b1); v += (g² - v)(1 - b2);
    w -= rate * sqrt(1 - b2^t) / (1 - b1^t) * m / (sqrt(v) + eps).

    Kept as M = m / (1 - b1) and V = v / (1 - b2), so that M = b1 M + g and V = b2 V + g²
    (the constants move into the step size and epsilon): the same update in 10 NumPy calls
    over the parameters instead of 12; for ``seed`` that is a fifth of a step's time."""

    def __init__(self, size: int, weight_decay: float = 0.0, beta_1: float = 0.9,
                 beta_2: float = 0.999):
        super().__init__(size)
        self.m = np.zeros(size, np.float32)  # M above
        self.v = np.zeros(size, np.float32)  # V above
        self.beta_1, self.beta_2 = beta_1, beta_2
        self.weight_decay = weight_decay

    def _update(self, params, grads, rate) -> None:
        tmp = self._scratch
        if self.weight_decay:  # AdamW: decoupled decay first, w -= w * decay * rate
            np.multiply(params, np.float32(self.weight_decay) * rate, out=tmp)
            params -= tmp
        t = self.iterations + 1
        b1, b2 = self.beta_1, self.beta_2
        alpha = rate * math.sqrt(1 - b2 ** t) / (1 - b1 ** t)
        self.m *= np.float32(b1)
        self.m += grads
        self.v *= np.float32(b2)
        np.square(grads, out=tmp)
        self.v += tmp
        # alpha m / (sqrt(v) + eps) = alpha (1 - b1) / sqrt(1 - b2) * M / (sqrt(V) + eps')
        scale = math.sqrt(1 - b2)
        np.sqrt(self.v, out=tmp)
        tmp += np.float32(EPSILON / scale)
        np.divide(self.m, tmp, out=tmp)
        tmp *= np.float32(alpha * (1 - b1) / scale)
        params -= tmp


class SGD(Optimizer):
    """With momentum (Nesterov, as the engine asks Keras for): m = mu m - rate g;
    w += mu m - rate g. Without: w -= rate g."""

    def __init__(self, size: int, momentum: float = 0.0):
        super().__init__(size)
        self.momentum = np.float32(momentum)
        self.m = np.zeros(size, np.float32)

    def _update(self, params, grads, rate) -> None:
        tmp = self._scratch
        np.multiply(grads, rate, out=tmp)
        if not self.momentum:
            params -= tmp
            return
        self.m *= self.momentum
        self.m -= tmp
        params -= tmp
        np.multiply(self.m, self.momentum, out=tmp)
        params += tmp


class RMSprop(Optimizer):
    """v = rho v + (1 - rho) g²; w -= rate g / sqrt(v + eps)."""

    def __init__(self, size: int, rho: float = 0.9):
        super().__init__(size)
        self.rho = np.float32(rho)
        self.v = np.zeros(size, np.float32)

    def _update(self, params, grads, rate) -> None:
        tmp = self._scratch
        self.v *= self.rho
        np.square(grads, out=tmp)
        tmp *= 1 - self.rho
        self.v += tmp
        np.add(self.v, np.float32(EPSILON), out=tmp)
        np.sqrt(tmp, out=tmp)
        np.divide(grads, tmp, out=tmp)
        tmp *= rate
        params -= tmp


def optimizer(name: str, size: int, momentum: float) -> Optimizer:
    """The engine's optimiser ``name`` (config.OPTIMIZERS) for ``size`` parameters."""
    if name == "adamw":
        return Adam(size, weight_decay=ADAMW_DECAY)
    if name == "sgd":
        return SGD(size, momentum)
    if name == "rmsprop":
        return RMSprop(size)
    return Adam(size)
