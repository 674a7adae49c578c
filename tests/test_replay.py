"""Training replays in NumPy: quantisation, the event snapshot, replay.npz written and read
back, the size budget, the recorder (on a stand-in model: no TensorFlow here), and bundles
without a replay or with a damaged one."""

from __future__ import annotations

import json
import shutil
from types import SimpleNamespace

import numpy as np
import pytest

from digitgui.core.models import bundle as bundles
from digitgui.core.models.replay import (
    REPLAY_FILE,
    Replay,
    ReplayError,
    Snapshot,
    decode,
    encode,
    fit_to_budget,
    pictures,
    quantise,
    read_replay,
    relative_change,
)
from digitgui.core.training.replay import ReplayRecorder


def _run(epochs: int, units: int = 25, seed: int = 0) -> list[np.ndarray]:
    """First-layer kernels (784, units) of a pretend run: weights that grow and drift."""
    rng = np.random.default_rng(seed)
    kernel = rng.uniform(-0.08, 0.08, (784, units)).astype(np.float32)
    kernels = [kernel]
    for _ in range(epochs):
        kernel = (kernel * 1.1 + rng.normal(0, 0.01, kernel.shape)).astype(np.float32)
        kernels.append(kernel)
    return kernels


def _replay(kernels: list[np.ndarray]) -> Replay:
    snaps = [Snapshot.of_kernel("hidden_1", k) for k in kernels]
    changes = np.array([[np.nan]] + [[relative_change(b, a)] for a, b in
                                     zip(kernels, kernels[1:], strict=False)], np.float32)
    return Replay("hidden_1", "dense", ("hidden_1",), np.arange(len(kernels)),
                  np.array([s.scale for s in snaps], np.float32),
                  np.stack([s.codes for s in snaps]), changes)


@pytest.mark.parametrize("bits", [8, 6, 5])
def test_quantisation_error_is_at_most_half_a_step(bits):
    values = np.random.default_rng(1).normal(0, 0.1, (64, 28, 28)).astype(np.float32)
    values[0, 0, 0] = 0.0
    codes, scale = quantise(values, bits)
    top = 2 ** (bits - 1) - 1
    assert codes.dtype == np.int8 and np.abs(codes).max() == top
    assert scale == pytest.approx(np.abs(values).max() / top)
    error = np.abs(codes * np.float32(scale) - values)
    assert error.max() <= scale / 2 * 1.0001
    assert codes[0, 0, 0] == 0  # zero stays zero: the diverging picture's middle colour
    assert quantise(np.zeros((2, 3)))[1] == 1.0  # all zero: no division by zero


def test_relative_change():
    old = np.array([3.0, 4.0])
    assert relative_change(old + [0.0, 0.5], old) == pytest.approx(0.1)
    assert relative_change(old, np.zeros(2)) is None


def test_pictures_of_dense_and_conv_kernels():
    dense = np.arange(784 * 3, dtype=np.float32).reshape(784, 3)
    kind, tiles = pictures(dense)
    assert kind == "dense" and tiles.shape == (3, 28, 28)
    assert np.array_equal(tiles[1].ravel(), dense[:, 1])  # one neuron's weights, row by row
    conv = np.arange(3 * 3 * 1 * 32, dtype=np.float32).reshape(3, 3, 1, 32)
    kind, filters = pictures(conv)
    assert kind == "conv" and filters.shape == (32, 3, 3)
    assert np.array_equal(filters[5], conv[:, :, 0, 5])


def test_a_snapshot_travels_as_json_and_comes_back_the_same():
    snapshot = Snapshot.of_kernel("hidden_1", _run(0)[0])
    field = json.loads(json.dumps(snapshot.to_json()))
    assert field["shape"] == [25, 28, 28] and set(field) == {"layer", "kind", "shape",
                                                             "scale", "data"}
    back = Snapshot.from_json(field)
    assert np.array_equal(back.codes, snapshot.codes) and back.scale == snapshot.scale
    assert len(field["data"]) < 30_000  # the seed's 19,600 weights, compressed, in base64
    with pytest.raises(ReplayError):
        Snapshot.from_json({**field, "data": "not base64!"})


def test_replay_npz_round_trips_exactly_and_reads_in_numpy():
    replay = _replay(_run(12))
    data = encode(replay)
    back = decode(data)
    assert back.bits == 8 and back.layers == ("hidden_1",) and len(back) == 13
    assert np.array_equal(back.codes, replay.codes)
    assert np.array_equal(back.scales, replay.scales)
    assert np.isnan(back.changes[0, 0]) and back.layer_changes(3)["hidden_1"] > 0
    # Coding each epoch against the previous one makes the file smaller than the codes.
    assert len(data) < replay.codes.nbytes


@pytest.mark.slow  # 20 epochs of a 256-unit layer, fitted twice: ~6 s
def test_the_budget_lowers_the_bits_then_the_epochs():
    replay = _replay(_run(20, units=256))
    fitted, data = fit_to_budget(replay, 2_000_000)
    assert len(data) <= 2_000_000
    small, small_data = fit_to_budget(replay, 600_000)
    assert small.bits < fitted.bits or len(small) < len(fitted)
    assert len(small_data) <= 600_000 or (small.bits == 5 and len(small) <= 2)
    back = decode(small_data)
    kernels = _run(20, units=256)
    for i, epoch in enumerate(back.epochs):  # coarser, but within its own half step
        _kind, truth = pictures(kernels[epoch])
        limit = back.scales[i] / 2 + replay.scales[epoch] / 2
        assert np.abs(back.weights(i) - truth).max() <= limit * 1.001
    assert back.epochs[0] == 0 and back.epochs[-1] == 20  # first and last kept


def _model(kernels: dict[str, np.ndarray]):
    layers = [SimpleNamespace(name="flatten")]  # no kernel: passed over
    layers += [SimpleNamespace(name=n, kernel=SimpleNamespace(numpy=lambda k=k: k))
               for n, k in kernels.items()]
    return SimpleNamespace(layers=layers)


def test_the_recorder_makes_event_fields_and_the_file():
    run = _run(3)
    second = np.ones((25, 15), np.float32)
    recorder = ReplayRecorder(_model({"hidden_1": run[0], "hidden_2": second}))
    assert Snapshot.from_json(recorder.start_fields()["first_layer"]).codes.shape == (25, 28, 28)
    for epoch in (1, 2, 3):
        second = second * 1.5
        fields = recorder.epoch_fields(epoch, _model({"hidden_1": run[epoch],
                                                      "hidden_2": second}))
        changes = fields["layer_changes"]
        assert [c["layer"] for c in changes] == ["hidden_1", "hidden_2"]
        assert changes[1]["change"] == pytest.approx(0.5)
        assert changes[0]["change"] == pytest.approx(relative_change(run[epoch], run[epoch - 1]),
                                                     rel=1e-3)
    data, summary = recorder.replay_bytes()
    replay = decode(data)
    assert summary == {"file": REPLAY_FILE, "bytes": len(data), "bits": 8, "epochs": 4,
                       "layer": "hidden_1"}
    assert list(replay.epochs) == [0, 1, 2, 3] and replay.layers == ("hidden_1", "hidden_2")
    assert np.array_equal(replay.codes[2], Snapshot.of_kernel("hidden_1", run[2]).codes)


def test_a_network_without_kernels_has_no_recorder():
    assert ReplayRecorder.for_model(SimpleNamespace(layers=[SimpleNamespace(name="x")])) is None


def test_a_very_long_run_keeps_a_bounded_replay():
    kernel = np.random.default_rng(0).normal(0, 0.1, (3, 3, 1, 32)).astype(np.float32)
    recorder = ReplayRecorder(_model({"block1_conv1": kernel}))
    for epoch in range(1, 301):
        recorder.epoch_fields(epoch, _model({"block1_conv1": kernel * (1 + epoch / 100)}))
    replay = recorder.replay()
    assert len(replay) <= 128 and replay.epochs[0] == 0 and replay.epochs[-1] == 300
    assert np.all(np.diff(replay.epochs) > 0)


def test_a_bundle_without_a_replay_says_so_and_a_damaged_one_in_one_line(tiny_bundle,
                                                                          tmp_path):
    folder = tmp_path / "b"
    shutil.copytree(tiny_bundle, folder)
    bundle = bundles.load_bundle(folder)
    assert bundle.has_replay and read_replay(folder) is not None
    (folder / REPLAY_FILE).unlink()
    assert not bundles.load_bundle(folder).has_replay and read_replay(folder) is None
    for damage in (b"not a zip at all", (tiny_bundle / REPLAY_FILE).read_bytes()[:500]):
        (folder / REPLAY_FILE).write_bytes(damage)
        with pytest.raises(ReplayError) as caught:
            read_replay(folder)
        message = str(caught.value)
        assert "\n" not in message and "replay.npz is damaged" in message
        assert bundles.load_bundle(folder, need_keras=True).name  # the model loads as ever
