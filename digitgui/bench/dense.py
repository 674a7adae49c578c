"""Small dense networks: the engine's training speed against a plain NumPy training loop.

The best teaching app of this kind on PyPI trains its MLP with a few lines of NumPy; that loop
is reproduced here (mini-batch SGD with momentum, ReLU, softmax cross-entropy, He
initialisation) on the same embedded images, the same network as ``seed`` (784 → 25 → 15 →
10) and the same batch size, as the baseline. The engine runs as ``digitgui train`` does
(validation every epoch included), in a child process; images/s from the epochs after the
first.
"""

from __future__ import annotations

import time

import numpy as np

from digitgui.bench.stats import ratio
from digitgui.bench.training import _engine_run
from digitgui.core.data import load_source, stratified_split
from digitgui.core.models.network_catalog import NETWORKS

SIZES = (784, 25, 15, 10)


def numpy_images_per_s(epochs: int = 4, batch: int | None = None) -> float:
    """The NumPy loop's training speed (images/s, median over the epochs after the first)."""
    batch = batch or NETWORKS["seed"].batch_size
    train, _val = stratified_split(load_source("embedded"), 0.1)
    x = train.x.reshape(len(train.x), -1).astype(np.float32)
    y = train.y.astype(np.int64)
    rng = np.random.default_rng(0)
    weights = [rng.normal(0, np.sqrt(2 / a), (a, b)).astype(np.float32)
               for a, b in zip(SIZES, SIZES[1:], strict=False)]
    biases = [np.zeros(b, np.float32) for b in SIZES[1:]]
    velocity = [np.zeros_like(w) for w in weights] + [np.zeros_like(b) for b in biases]
    seconds = []
    for _ in range(epochs):
        started = time.perf_counter()
        order = rng.permutation(len(x))
        for first in range(0, len(x), batch):
            index = order[first:first + batch]
            _step(x[index], y[index], weights, biases, velocity)
        seconds.append(time.perf_counter() - started)
    return len(x) / float(np.median(seconds[1:]))


def _step(x, y, weights, biases, velocity, rate=0.05, momentum=0.9) -> None:
    activations = [x]
    for layer, (w, b) in enumerate(zip(weights, biases, strict=True)):
        z = activations[-1] @ w + b
        activations.append(np.maximum(z, 0) if layer < len(weights) - 1 else z)
    z = activations[-1] - activations[-1].max(axis=1, keepdims=True)
    p = np.exp(z)
    p /= p.sum(axis=1, keepdims=True)
    p[np.arange(len(y)), y] -= 1
    delta = p / len(y)
    n = len(weights)
    for layer in range(n - 1, -1, -1):
        grad_w, grad_b = activations[layer].T @ delta, delta.sum(axis=0)
        if layer:
            delta = (delta @ weights[layer].T) * (activations[layer] > 0)
        velocity[layer] = momentum * velocity[layer] - rate * grad_w
        velocity[n + layer] = momentum * velocity[n + layer] - rate * grad_b
        weights[layer] += velocity[layer]
        biases[layer] += velocity[n + layer]


def measure(epochs: int = 4) -> dict:
    engine_seconds, train = _engine_run("seed", epochs)
    engine = train / float(np.median(engine_seconds[1:]))
    baseline = numpy_images_per_s(epochs)
    return {"network": "seed", "engine_images_per_s": round(engine, 1),
            "numpy_loop_images_per_s": round(baseline, 1),
            "engine_over_numpy": ratio(engine, baseline)}
