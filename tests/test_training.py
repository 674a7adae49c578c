"""The training engine through its real command line: every network, every data source, the
event stream, stopping, a diverging run, fine-tuning, bad input, and a kill during a save."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from digitgui.core import paths
from digitgui.core.models import bundle as bundles
from digitgui.core.models.keras_file import read_network
from digitgui.core.models.replay import Snapshot, read_replay
from tests.helpers import child_env, events, one_line, read_until, run_cli, small_npz, start_cli
from tests.test_data import _write_folder, write_fake_mnist_cache

pytestmark = pytest.mark.slow


def _check_stream(stream: list[dict], epochs: int) -> None:
    kinds = [e["event"] for e in stream]
    assert kinds[-1] == "done" and kinds.count("start") == 1
    assert kinds.index("start") < kinds.index("batch") < kinds.index("epoch") < kinds.index("saved")
    start = next(e for e in stream if e["event"] == "start")
    assert start["steps_per_epoch"] > 0 and start["data"]["train"] > 0
    batches = [e for e in stream if e["event"] == "batch"]
    for b in batches:
        assert {"epoch", "step", "steps", "loss", "accuracy"} <= b.keys()
        assert 0 <= b["step"] <= b["steps"] and np.isfinite(b["loss"])
    # The curve's first point comes before training: the untrained network's loss, near
    # ln(10) for ten equally likely digits; every later one is after some steps.
    assert batches[0]["step"] == 0 and batches[0]["epoch"] == 1
    assert 1.5 < batches[0]["loss"] < 4 and all(b["step"] >= 1 for b in batches[1:])
    epoch_events = [e for e in stream if e["event"] == "epoch"]
    assert [e["epoch"] for e in epoch_events] == list(range(1, epochs + 1))
    for e in epoch_events:
        assert {"loss", "accuracy", "val_loss", "val_accuracy", "seconds"} <= e.keys()


@pytest.mark.parametrize("network", ["seed", "mlp", "cnn", "cnn-lite"])
def test_each_network_trains_and_saves_a_bundle(tmp_path, train_npz, network):
    out = tmp_path / network
    result = run_cli("train", "--network", network, "--epochs", "1", "--data", str(train_npz),
                     "--out", str(out), "--events", "jsonl",
                     *(["--strategy", "mirrored"] if network == "cnn" else []))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ""  # TensorFlow's start-up notices stay out of sight
    stream = events(result.stdout)
    _check_stream(stream, epochs=1)
    loaded = bundles.load_bundle(out, need_keras=True)
    meta = loaded.metadata
    assert meta["network"] == network and meta["stopped"] is False
    assert meta["epochs_finished"] == 1 and len(meta["history"]) == 1
    assert 0.0 <= meta["validation_accuracy"] <= 1.0 and meta["validation_n"] == 100
    assert np.array(meta["confusion_matrix"]).sum() == 100
    assert meta["data"] == [{"source": str(train_npz), "train": 900, "validation": 100,
                             "weight": meta["data"][0]["weight"]}]
    assert meta["versions"]["tensorflow"] and meta["created"]
    if network == "cnn":
        assert next(e for e in stream if e["event"] == "start")["config"]["strategy"] == "mirrored"
    # Every network records its replay: the first layer's pictures, before and after epoch 1.
    replay = read_replay(out)
    pictures = {"seed": (25, 28, 28), "mlp": (256, 28, 28), "cnn": (32, 3, 3),
                "cnn-lite": (32, 5, 5)}[network]
    assert replay.codes.shape == (2, *pictures) and list(replay.epochs) == [0, 1]
    assert replay.layer == ("block1_conv1" if network.startswith("cnn") else "hidden_1")
    assert meta["replay"]["bytes"] == (out / "replay.npz").stat().st_size <= 1_500_000


def test_the_events_carry_the_first_layer_and_the_bundle_its_replay(tmp_path, train_npz):
    out = tmp_path / "seed"
    result = run_cli("train", "--network", "seed", "--epochs", "3", "--data", str(train_npz),
                     "--out", str(out), "--events", "jsonl")
    assert result.returncode == 0, result.stderr
    stream = events(result.stdout)
    _check_stream(stream, epochs=3)
    start = next(e for e in stream if e["event"] == "start")
    epochs = [e for e in stream if e["event"] == "epoch"]
    snapshots = [Snapshot.from_json(e["first_layer"]) for e in [start, *epochs]]
    assert all(s.layer == "hidden_1" and s.codes.shape == (25, 28, 28) for s in snapshots)
    for e in epochs:
        assert [c["layer"] for c in e["layer_changes"]] == ["hidden_1", "hidden_2", "logits"]
        assert all(0 < c["change"] < 5 for c in e["layer_changes"])
    # Lines stay reasonable: the seed's 19,600 weights are about 26 kB of JSON an epoch.
    assert max(map(len, result.stdout.splitlines())) < 40_000
    # The metadata's history stays plain numbers.
    meta = bundles.load_bundle(out).metadata
    assert all("first_layer" not in record for record in meta["history"])

    replay = read_replay(out)
    assert list(replay.epochs) == [0, 1, 2, 3] and replay.bits == 8
    assert replay.layers == ("hidden_1", "hidden_2", "logits")
    assert replay.codes.shape == (4, 25, 28, 28) and replay.codes.dtype == np.int8
    size = (out / "replay.npz").stat().st_size
    assert size == meta["replay"]["bytes"] < 4 * 25 * 784  # under a byte a weight
    for i, snapshot in enumerate(snapshots):  # the file holds what the events showed
        assert np.array_equal(replay.codes[i], snapshot.codes)
        assert replay.scales[i] == np.float32(snapshot.scale)
    for e in epochs:
        assert replay.layer_changes(e["epoch"]) == pytest.approx(
            {c["layer"]: c["change"] for c in e["layer_changes"]}, rel=1e-3)
    # The saved weights are the best epoch's: its frame is them, to half a quantisation step.
    layers, _name = read_network(out / "model.keras")
    kernel = next(spec for spec in layers if spec.name == "hidden_1").params["kernel"]
    best = meta["best_epoch"]
    error = np.abs(replay.weights(best) - kernel.T.reshape(25, 28, 28)).max()
    assert error <= replay.scales[best] / 2 * 1.001


def test_human_readable_progress_without_events(tmp_path, train_npz):
    result = run_cli("train", "--network", "seed", "--epochs", "2", "--data", str(train_npz),
                     "--out", str(tmp_path / "b"))
    assert result.returncode == 0
    assert "epoch   1/2" in result.stdout and "epoch   2/2" in result.stdout
    assert "Saved the model bundle" in result.stdout and "{" not in result.stdout


def test_default_output_goes_to_the_users_models_folder(train_npz):
    result = run_cli("train", "--network", "seed", "--epochs", "1", "--data", str(train_npz),
                     "--name", "my first model", "--events", "jsonl")
    assert result.returncode == 0, result.stderr
    saved = next(e for e in events(result.stdout) if e["event"] == "saved")
    assert saved["path"] == str(paths.user_models_dir() / "my-first-model")
    assert bundles.load_bundle(saved["path"]).name == "my first model"


def test_all_sources_mix(tmp_path, isolated_user, embedded, train_npz):
    write_fake_mnist_cache(isolated_user / "keras", embedded, n_train=400)
    folder = _write_folder(tmp_path / "mine", embedded, per_digit=5, invert=True, size=64)
    result = run_cli("train", "--network", "seed", "--epochs", "1", "--data", "mnist",
                     "--data", "embedded", "--data", str(folder), "--data", str(train_npz),
                     "--out", str(tmp_path / "b"), "--events", "jsonl")
    assert result.returncode == 0, result.stderr
    start = next(e for e in events(result.stdout) if e["event"] == "start")
    sources = start["data"]["sources"]
    assert [s["train"] + s["validation"] for s in sources] == [400, 5000, 50, 1000]
    assert start["data"]["train"] + start["data"]["validation"] == 6450
    assert sources[2]["weight"] > sources[1]["weight"]  # the user's own images count more


def test_same_seed_same_model(tmp_path, train_npz):
    runs = []
    for i in range(2):
        result = run_cli("train", "--network", "mlp", "--epochs", "1", "--seed", "7",
                         "--data", str(train_npz), "--out", str(tmp_path / f"m{i}"),
                         "--events", "jsonl")
        assert result.returncode == 0, result.stderr
        runs.append([e for e in events(result.stdout) if e["event"] == "epoch"][0])
    assert runs[0]["loss"] == runs[1]["loss"] and runs[0]["val_loss"] == runs[1]["val_loss"]
    a = (tmp_path / "m0" / "model.tflite").read_bytes()
    assert a == (tmp_path / "m1" / "model.tflite").read_bytes()


def test_stop_on_stdin_keeps_the_best_finished_epoch(tmp_path, train_npz):
    out = tmp_path / "b"
    child = start_cli("train", "--network", "seed", "--epochs", "200", "--data", str(train_npz),
                      "--out", str(out), "--events", "jsonl")
    seen = read_until(child, "epoch")
    seen += read_until(child, "epoch")
    child.stdin.write("stop\n")
    child.stdin.flush()
    rest, _ = child.communicate(timeout=120)
    stream = seen + events(rest)
    assert child.returncode == 0
    final = stream[-1]
    assert final["event"] == "stopped" and final["saved"] is True
    meta = bundles.load_bundle(out).metadata
    finished = [e["epoch"] for e in stream if e["event"] == "epoch"]
    assert meta["stopped"] is True and meta["epochs_finished"] == len(finished) < 200
    best = min((e for e in stream if e["event"] == "epoch"), key=lambda e: e["val_loss"])
    assert meta["best_epoch"] == best["epoch"] == final["best_epoch"]


def test_sigterm_before_the_first_epoch_writes_nothing(tmp_path, train_npz):
    out = tmp_path / "b"
    child = start_cli("train", "--network", "seed", "--epochs", "3", "--batch-size", "1",
                      "--data", str(train_npz), "--out", str(out), "--events", "jsonl")
    seen = read_until(child, "batch")
    child.send_signal(signal.SIGTERM)
    rest, _ = child.communicate(timeout=120)
    stream = seen + events(rest)
    assert stream[-1]["event"] == "stopped" and stream[-1]["saved"] is False
    assert not [e for e in stream if e["event"] == "epoch"]
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == []  # no litter either


def test_a_diverging_run_ends_with_an_error_and_writes_nothing(tmp_path, train_npz):
    out = tmp_path / "b"
    result = run_cli("train", "--network", "mlp", "--epochs", "3", "--optimizer", "sgd",
                     "--learning-rate", "1e6", "--schedule", "constant", "--data", str(train_npz),
                     "--out", str(out), "--events", "jsonl")
    assert result.returncode != 0
    final = events(result.stdout)[-1]
    assert final["event"] == "error" and "NaN" in final["message"]
    assert not out.exists()


def test_fine_tuning_continues_from_a_bundle(tmp_path, tiny_bundle, train_npz):
    import shutil

    # A base with a measured answer rule, as the shipped model has: the fine-tune keeps it.
    base_path = tmp_path / "base"
    shutil.copytree(tiny_bundle, base_path)
    rule = {"sure": 0.9, "digit_mass": 0.6, "max_pieces": 3}
    bundles.update_metadata(bundles.load_bundle(base_path), {"answer_rule": rule})
    out = tmp_path / "tuned"
    result = run_cli("train", "--init-from", str(base_path), "--epochs", "1",
                     "--learning-rate", "0.0003", "--data", str(train_npz), "--out", str(out),
                     "--events", "jsonl")
    assert result.returncode == 0, result.stderr
    first = [e for e in events(result.stdout) if e["event"] == "batch"][0]
    base = bundles.load_bundle(tiny_bundle).metadata
    # It starts where the base model ended, not from scratch (chance is about 2.3).
    assert first["loss"] < base["history"][-1]["loss"] + 0.3 < 2.0
    meta = bundles.load_bundle(out).metadata
    assert meta["init_from"]["path"] == str(base_path) and meta["network"] == "seed"
    assert meta["answer_rule"] == rule and meta["answer_rule_fitted_on"]["inherited_from"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--data", "nowhere.npz"], "nowhere.npz: no such file or folder"),
        (["--epochs", "0"], "--epochs must be between 1"),
        (["--learning-rate", "-1"], "--learning-rate must be a positive"),
        (["--validation-fraction", "1.5"], "--validation-fraction"),
        (["--init-from", "no-such-bundle"], "no such model bundle"),
        (["--epochs", "many"], "invalid int value"),
        (["--network", "transformer"], "invalid choice"),
        (["--data", "mnist"], "not downloaded yet and could not be fetched"),
    ],
)
def test_bad_input_one_line_and_nothing_written(tmp_path, args, message):
    out = tmp_path / "b"
    result = run_cli("train", "--network", "seed", *args, "--out", str(out))
    assert result.returncode == 2
    assert message in one_line(result.stderr)
    assert not out.exists()


def test_bad_data_in_event_mode_ends_with_an_error_event(tmp_path):
    bad = tmp_path / "bad.npz"
    np.savez(bad, x=np.zeros((3, 10, 10), np.uint8), y=np.zeros(3, np.uint8))
    result = run_cli("train", "--data", str(bad), "--events", "jsonl", "--out", str(tmp_path / "o"))
    assert result.returncode == 2
    final = events(result.stdout)[-1]
    assert final["event"] == "error"
    assert str(bad) in final["message"] and "shape" in final["message"]


def test_a_kill_during_the_save_leaves_the_old_bundle_or_the_new_one(tmp_path, train_npz):
    out = tmp_path / "models" / "b"
    assert run_cli("train", "--network", "seed", "--epochs", "1", "--data", str(train_npz),
                   "--out", str(out), "--name", "old").returncode == 0
    for delay in (0.0, 0.15, 0.4):
        child = start_cli("train", "--network", "seed", "--epochs", "1", "--data",
                          str(train_npz), "--out", str(out), "--name", "new", "--events", "jsonl")
        seen = read_until(child, "epoch")
        seen += read_until(child, "status")  # "Saving the model…"
        assert seen[-1]["message"].startswith("Saving")
        time.sleep(delay)
        child.kill()
        child.communicate(timeout=60)
        loaded = bundles.load_bundle(out, need_keras=True)
        assert loaded.name in {"old", "new"}
        assert [p.name for p in out.parent.iterdir()] == ["b"]
    small = small_npz(tmp_path / "x.npz", per_digit=2)
    from digitgui.core.data import load_source
    from digitgui.core.models.inference import Predictor

    assert Predictor.for_bundle(loaded).logits(load_source(str(small)).x).shape == (20, 10)


def test_pictures_labelled_not_a_digit_train_towards_flat_probabilities(tmp_path, train_npz):
    """Label 10 in an .npz: outlier exposure. The digits' accuracy is still the digits' only,
    the bundle records a fitted temperature, and the non-digits end up with flat answers."""
    from digitgui.core.data import load_source, synthetic
    from digitgui.core.models.answer import Answer
    from digitgui.core.models.evaluation import evaluate
    from digitgui.core.models.inference import Predictor

    x, y = synthetic.non_digits(600, seed=5)
    others = tmp_path / "others.npz"
    np.savez(others, x=x, y=y)
    out = tmp_path / "oe"
    result = run_cli("train", "--network", "mlp", "--epochs", "6", "--data", str(train_npz),
                     "--data", str(others), "--equal-weights", "--out", str(out),
                     "--events", "jsonl")
    assert result.returncode == 0, result.stderr
    meta = bundles.load_bundle(out).metadata
    assert meta["validation_n"] == 100  # the digits of the validation split, not the others
    assert np.array(meta["confusion_matrix"]).sum() == 100
    assert meta["history"][-1]["val_accuracy"] == pytest.approx(meta["validation_accuracy"],
                                                                abs=0.02)
    assert 0.25 <= meta["calibration"]["temperature"] <= 10
    predictor = Predictor.for_bundle(bundles.load_bundle(out))
    fresh = synthetic.non_digits(200, seed=9)[0]
    flat = predictor.probabilities(fresh.astype(np.float32) / 255)
    digits = predictor.probabilities(load_source(str(train_npz)).x[:200])
    # Measured: about 0.54 against 0.99 after six epochs of this small run.
    assert np.median(flat.max(1)) < 0.75 and np.median(digits.max(1)) > 0.95
    report = evaluate(predictor, load_source(str(others)))
    assert report.n == 0 and report.non_digits.n == len(x)
    assert report.non_digits.not_a_digit + report.non_digits.not_sure > 0.5
    assert Answer.NOT_A_DIGIT.value == "not a digit"


@pytest.mark.slow
def test_l2_and_momentum_reach_the_model_and_its_metadata(tmp_path, train_npz):
    out = tmp_path / "decayed"
    result = run_cli("train", "--network", "seed", "--epochs", "1", "--optimizer", "sgd",
                     "--momentum", "0.5", "--l2", "0.001", "--data", str(train_npz),
                     "--out", str(out))
    assert result.returncode == 0, result.stderr[-3000:]
    bundle = bundles.load_bundle(out)
    hyper = bundle.metadata["hyperparameters"]
    assert (hyper["optimizer"], hyper["momentum"], hyper["l2"]) == ("sgd", 0.5, 0.001)
    # The regularisers are in the layers' configs, not layers: the NumPy views read it as ever.
    specs, _ = read_network(bundle.keras_path)
    assert [s.name for s in specs if s.kind == "dense"] == ["hidden_1", "hidden_2", "logits"]
    assert all(s.config.get("kernel_regularizer") for s in specs if s.kind == "dense")


def test_l2_and_momentum_are_checked_and_travel_as_options(tmp_path):
    from digitgui.cli.main import build_parser
    from digitgui.core.training.config import TrainConfig

    config = TrainConfig(optimizer="sgd", l2=1e-4, momentum=0.5)
    assert config.to_args()[-4:] == ["--l2", "0.0001", "--momentum", "0.5"]
    args = build_parser().parse_args(["train", *config.to_args()])
    assert (args.l2, args.momentum) == (1e-4, 0.5)
    assert TrainConfig.from_json(config.as_json()) == config
    for flag, value, message in (("--l2", "-1", "--l2 must be between 0 and 1"),
                                 ("--momentum", "1", "--momentum must be at least 0")):
        result = run_cli("train", flag, value, "--out", str(tmp_path / "x"), "--epochs", "1")
        assert result.returncode == 2 and message in one_line(result.stderr), result.stderr


KERAS_WITHOUT_PYPLOT = """
import sys
from digitgui.core.training.tf_runtime import import_keras
keras = import_keras()
assert "matplotlib" not in sys.modules, "Keras loaded matplotlib"
import matplotlib.pyplot as plt  # still there for whoever needs it afterwards
print(keras.__name__, plt.__name__)
"""


@pytest.mark.slow
def test_keras_loads_without_matplotlib_which_stays_importable():
    """A training child's start skips matplotlib (0.8 s of Keras's import); hiding it must
    not leave it broken for later code."""
    result = subprocess.run([sys.executable, "-c", KERAS_WITHOUT_PYPLOT], capture_output=True,
                            text=True, env=child_env(), timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["keras", "matplotlib.pyplot"]
