"""Training throughput: the engine (``digitgui train --events jsonl``, its event stream read
through a pipe as the window does) vs a bare ``model.fit(verbose=0)`` of the same network,
data, batch size and validation split. Both run as fresh child processes, alternately, and
images/s is taken from the epochs after the first (the first includes graph tracing)."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from digitgui.bench.stats import ratio

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


def _engine_run(network: str, epochs: int) -> tuple[list[float], int]:
    with tempfile.TemporaryDirectory() as folder:
        child = subprocess.Popen(
            [sys.executable, "-m", "digitgui", "train", "--network", network, "--epochs",
             str(epochs), "--schedule", "constant", "--out", str(Path(folder) / "b"),
             "--events", "jsonl"],
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


def measure(network: str = "cnn", epochs: int = 4, rounds: int = 2) -> dict:
    engine, bare = [], []
    train = 0
    for _ in range(rounds):
        seconds, train = _engine_run(network, epochs)
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
