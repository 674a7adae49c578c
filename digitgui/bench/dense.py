"""Small dense networks: the engine's training speed against a plain NumPy training loop.

The best teaching app of this kind on PyPI trains its MLP with a few lines of NumPy; that loop
is reproduced here (mini-batch SGD with momentum, ReLU, softmax cross-entropy, He
initialisation) on the same embedded images, the same network as ``seed`` (784 → 25 → 15 →
10) and the same batch size, as the baseline. The engine runs as ``digitgui train`` does
(validation, events and the replay's snapshot every epoch included), in a child process, on
the path it chooses for ``seed`` (its NumPy path): with the seed's own optimiser (Adam), with
the loop's (SGD with momentum), and on its Keras path for reference. Images/s from the epochs
after the first; the runs alternate, ``rounds`` times, and the medians are compared (the
machine may be shared: one round alone can be off by half).

The loop gets the better of one BLAS thread and the default, the engine's NumPy path one
(:mod:`digitgui.core.training.numpy_fit`): the baseline is the loop at its fastest.
"""

from __future__ import annotations

import time

import numpy as np
from threadpoolctl import threadpool_limits

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


def _engine(epochs: int, *options: str) -> float:
    seconds, train = _engine_run("seed", epochs, *options)
    return train / float(np.median(seconds[1:]))


def _loop(epochs: int) -> float:
    with threadpool_limits(1, user_api="blas"):
        one = numpy_images_per_s(epochs)
    return max(one, numpy_images_per_s(epochs))


def measure(epochs: int = 4, rounds: int = 3) -> dict:
    runs: dict[str, list[float]] = {"engine": [], "engine_sgd": [], "keras": [], "loop": []}
    for _ in range(rounds):
        runs["engine"].append(_engine(epochs))
        runs["loop"].append(_loop(epochs))
        runs["engine_sgd"].append(_engine(epochs, "--optimizer", "sgd", "--momentum", "0.9",
                                          "--learning-rate", "0.05"))
        runs["keras"].append(_engine(epochs, "--trainer", "keras"))
    median = {k: float(np.median(v)) for k, v in runs.items()}
    return {"network": "seed", "rounds": rounds,
            "engine_images_per_s": round(median["engine"], 1),
            "engine_sgd_images_per_s": round(median["engine_sgd"], 1),
            "keras_path_images_per_s": round(median["keras"], 1),
            "numpy_loop_images_per_s": round(median["loop"], 1),
            "engine_over_numpy": ratio(median["engine"], median["loop"]),
            "engine_sgd_over_numpy": ratio(median["engine_sgd"], median["loop"]),
            "numpy_path_over_keras_path": ratio(median["engine"], median["keras"]),
            "each_round": {k: [round(x) for x in v] for k, v in runs.items()}}
