"""Training speed for ``digitgui bench``.

``measure``: throughput of the engine (``digitgui train --events jsonl``, its event stream read
through a pipe as the window does) vs a bare ``model.fit(verbose=0)`` of the same network,
data, batch size and validation split. Both run as fresh child processes, alternately, and
images/s is taken from the epochs after the first (the first includes graph tracing).

``measure_retrain``: a retrain of the default network with its default settings as the window
runs it now (a waiting trainer is handed the request: seconds from the request to the saved
bundle) beside the recipe before (a fresh ``digitgui train`` process, as a click started one,
with the old defaults and Keras fed the NumPy arrays), in the same run, with each model's
accuracy.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from digitgui.bench.stats import ratio
from digitgui.core.models.network_catalog import DEFAULT_NETWORK
from digitgui.core.training import as_before
from digitgui.core.training.config import TrainConfig

BEFORE = TrainConfig(network="cnn", epochs=15, batch_size=64, learning_rate=3e-3)
"""The default network and its default settings before the speed work (issue 10)."""

BARE_FIT = r"""
import json, sys, time
from digitgui.core.training.tf_runtime import import_keras
keras = import_keras()
from digitgui.core.training import networks
from digitgui.core.data import load_source, stratified_split
from digitgui.core.models.network_catalog import NETWORKS
network, epochs = sys.argv[1], int(sys.argv[2])
info = NETWORKS[network]
train, val = stratified_split(load_source("embedded"), 0.1)
keras.utils.set_random_seed(0)
model = networks.build(network, info.augment, 0)
model.compile(optimizer=keras.optimizers.Adam(info.learning_rate),
              loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
              metrics=["accuracy"])
stamps = []
class Stamp(keras.callbacks.Callback):
    def on_epoch_begin(self, epoch, logs=None):
        stamps.append(time.perf_counter())
    def on_train_end(self, logs=None):
        stamps.append(time.perf_counter())
model.fit(train.x, train.y, batch_size=info.batch_size, epochs=epochs,
          validation_data=(val.x, val.y), verbose=0, callbacks=[Stamp()])
seconds = [b - a for a, b in zip(stamps, stamps[1:])]
print(json.dumps({"epoch_seconds": seconds, "train": len(train)}))
"""


def _engine_run(network: str, epochs: int, *options: str) -> tuple[list[float], int]:
    """The engine as the window runs it: each epoch's seconds (from the start event on) and
    the number of training images; ``options`` are more ``digitgui train`` options."""
    with tempfile.TemporaryDirectory() as folder:
        child = subprocess.Popen(
            [sys.executable, "-m", "digitgui", "train", "--network", network, "--epochs",
             str(epochs), "--schedule", "constant", "--out", str(Path(folder) / "b"),
             "--events", "jsonl", *options],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        seconds, train, started = [], 0, None
        for line in child.stdout:
            event = json.loads(line)
            if event["event"] == "start":
                train = event["data"]["train"]
                started = time.perf_counter()
            elif event["event"] == "epoch":
                now = time.perf_counter()
                seconds.append(now - started)
                started = now
        child.wait()
    return seconds, train


def _bare_run(network: str, epochs: int) -> tuple[list[float], int]:
    result = subprocess.run([sys.executable, "-c", BARE_FIT, network, str(epochs)],
                            capture_output=True, text=True, check=True)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    return report["epoch_seconds"], report["train"]


def measure(network: str = DEFAULT_NETWORK, epochs: int = 4, rounds: int = 2) -> dict:
    engine, bare = [], []
    train = 0
    for _ in range(rounds):
        # The engine's overhead over a bare fit: its Keras path, also for a dense network
        # (whose own path is NumPy's: bench.dense compares that one).
        seconds, train = _engine_run(network, epochs, "--trainer", "keras")
        engine += seconds[1:]
        seconds, train = _bare_run(network, epochs)
        bare += seconds[1:]
    engine_rate = train / statistics.median(engine)
    bare_rate = train / statistics.median(bare)
    return {
        "network": network,
        "images_per_epoch": train,
        "epochs_timed": len(engine),
        "engine_images_per_s": round(engine_rate, 1),
        "bare_fit_images_per_s": round(bare_rate, 1),
        "engine_over_bare": ratio(engine_rate, bare_rate),
    }


def _accuracy(bundle_path: Path) -> tuple[float, str]:
    from digitgui.core.data import stratified_split  # noqa: PLC0415
    from digitgui.core.models import bundle as bundles  # noqa: PLC0415
    from digitgui.core.models.evaluation import evaluate, load_evaluation_set  # noqa: PLC0415
    from digitgui.core.models.inference import Predictor  # noqa: PLC0415

    public = Path(__file__).resolve().parents[2].parent / "shared" / "data" / \
        "mnist-test-public.npz"
    if public.is_file():
        data, name = load_evaluation_set(str(public)), "MNIST public half"
    else:
        data = stratified_split(load_evaluation_set("embedded"), 0.1)[1]
        name = "embedded validation split"
    predictor = Predictor.for_bundle(bundles.load_bundle(bundle_path), num_threads=None)
    return evaluate(predictor, data).accuracy, name


def _warm_retrain(config: TrainConfig) -> float:
    """Seconds from handing a ready waiting trainer the request to its ``done``."""
    child = subprocess.Popen(
        [sys.executable, "-m", "digitgui", "train", "--serve", "--events", "jsonl"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        for line in child.stdout:
            if json.loads(line)["event"] == "ready":
                break
        started = time.perf_counter()
        child.stdin.write(json.dumps({"train": config.as_json()}) + "\n")
        child.stdin.flush()
        for line in child.stdout:
            event = json.loads(line)["event"]
            if event in ("done", "stopped", "error"):
                if event != "done":
                    raise RuntimeError(f"the retrain ended with {event}: {line.strip()}")
                return time.perf_counter() - started
        raise RuntimeError("the waiting trainer ended without a result")
    finally:
        child.stdin.close()
        child.wait(timeout=60)


def _cold_retrain(config: TrainConfig) -> float:
    """Seconds from starting ``digitgui train`` to its exit (TensorFlow's start included),
    Keras fed the NumPy arrays and strokes dilated by pooling as the engine did before (see
    :mod:`core.training.feed` and :mod:`core.training.augment`)."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "digitgui", "train", *config.to_args(),
                    "--events", "jsonl"], capture_output=True, check=True,
                   env={**os.environ, as_before.VARIABLE: "1"})
    return time.perf_counter() - started


def measure_retrain(network: str = DEFAULT_NETWORK) -> dict:
    """``network`` retrained now beside :data:`BEFORE`; for another network than the default
    (the quick bench's seed), that network with the settings before."""
    before_network = BEFORE.network if network == DEFAULT_NETWORK else network
    with tempfile.TemporaryDirectory() as folder:
        now = TrainConfig(network=network, out=Path(folder) / "now")
        before = TrainConfig(**{**BEFORE.as_json(), "network": before_network,
                                "out": Path(folder) / "before"})
        before_s = _cold_retrain(before)
        now_s = _warm_retrain(now)
        now_accuracy, measured_on = _accuracy(now.out)
        before_accuracy, _ = _accuracy(before.out)
    resolved = now.with_defaults()
    return {
        "network": network,
        "network_before": before_network,
        "settings_now": {"epochs": resolved.epochs, "batch_size": resolved.batch_size,
                         "learning_rate": resolved.learning_rate},
        "settings_before": {"epochs": BEFORE.epochs, "batch_size": BEFORE.batch_size,
                            "learning_rate": BEFORE.learning_rate},
        "retrain_now_s": round(now_s, 1),
        "retrain_before_s": round(before_s, 1),
        "now_over_before": ratio(now_s, before_s),
        "accuracy_now": round(now_accuracy, 4),
        "accuracy_before": round(before_accuracy, 4),
        "accuracy_measured_on": measured_on,
    }
