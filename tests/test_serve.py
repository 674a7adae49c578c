"""The waiting trainer (``digitgui train --serve``), through its real command line: it says
ready, runs requests one after another with the same results as fresh processes, stops a run
on request, reports a malformed request without ending, and ends at the end of its input."""

from __future__ import annotations

import json
import os
import sys

import pytest

from digitgui.core.errors import UserError
from digitgui.core.priority import NICENESS
from digitgui.core.training.config import TrainConfig
from tests.helpers import events, read_until, run_cli, start_cli

pytestmark = pytest.mark.slow


def _send(child, text: str) -> None:
    child.stdin.write(text + "\n")
    child.stdin.flush()


def test_one_trainer_runs_request_after_request(tmp_path, train_npz):
    child = start_cli("train", "--serve", "--events", "jsonl")
    try:
        assert read_until(child, "ready")[-1] == {"event": "ready"}
        if sys.platform != "win32":  # it yields the cores to the window's thread
            assert os.getpriority(os.PRIO_PROCESS, child.pid) == min(
                19, os.getpriority(os.PRIO_PROCESS, 0) + NICENESS)
        first = TrainConfig(network="mlp", epochs=1, seed=7, data=[str(train_npz)],
                            out=tmp_path / "first")
        for config in (first, TrainConfig(**{**first.as_json(), "out": tmp_path / "second"})):
            _send(child, json.dumps({"train": config.as_json()}))
            stream = read_until(child, "done")
            kinds = [e["event"] for e in stream]
            assert kinds.count("start") == 1 and "epoch" in kinds and "saved" in kinds
            epoch = next(e for e in stream if e["event"] == "epoch")
            assert epoch["layer_changes"] and epoch["first_layer"]["layer"] == "hidden_1"
            assert read_until(child, "ready")
        # A malformed request is an error event, and the trainer waits for the next one.
        _send(child, '{"train": {"epochs": "many"}}')
        error = read_until(child, "error")[-1]
        assert "epochs" in error["message"] and "many" in error["message"]
        assert read_until(child, "ready")

        _send(child, json.dumps({"train": TrainConfig(
            network="seed", epochs=300, data=[str(train_npz)], out=tmp_path / "stopped"
        ).as_json()}))
        read_until(child, "epoch")
        _send(child, "stop")
        assert read_until(child, "stopped")[-1]["saved"] is True
        read_until(child, "ready")
        child.stdin.close()  # the end of its input ends it
        assert child.wait(timeout=60) == 0
    finally:
        child.kill()
        child.wait()

    # The second run in the same process equals the first: and both equal a fresh process.
    fresh = tmp_path / "fresh"
    result = run_cli("train", *first.to_args(), "--out", str(fresh), "--events", "jsonl")
    assert result.returncode == 0, result.stderr
    weights = {name: (tmp_path / name / "model.tflite").read_bytes()
               for name in ("first", "second", "fresh")}
    assert weights["first"] == weights["second"] == weights["fresh"]
    assert [e for e in events(result.stdout) if e["event"] == "done"]


def test_a_request_round_trips_through_json_and_the_command_line():
    config = TrainConfig(network="cnn", data=["embedded", "/tmp/my digits"], epochs=3,
                         learning_rate=3e-4, augment=False, validation_fraction=0.2,
                         init_from="default", name="mine + me", equal_weights=True)
    assert TrainConfig.from_json(json.loads(json.dumps(config.as_json()))) == config
    args = config.to_args()
    assert args[:4] == ["--data", "embedded", "--data", "/tmp/my digits"]
    assert "--no-augment" in args and "--equal-weights" in args
    assert args[args.index("--learning-rate") + 1] == "0.0003"
    assert TrainConfig().to_args() == ["--data", "embedded"]
    for bad in ({"epochs": "many"}, {"augment": 1}, {"epochs": True}, {"colour": "red"},
                {"data": "embedded"}, []):
        with pytest.raises(UserError):
            TrainConfig.from_json(bad)


def test_defaults_are_filled_in_as_the_engine_will():
    assert TrainConfig(network="seed").with_defaults().epochs == 40
    assert TrainConfig().with_defaults().network == "cnn-lite"
    tune = TrainConfig(init_from="default").with_defaults("cnn")
    assert (tune.network, tune.epochs, tune.learning_rate) == ("cnn", 8, 3e-4)
    with pytest.raises(UserError):
        TrainConfig(network="resnet").with_defaults()
