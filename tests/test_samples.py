"""The sample library: corrections write the right files, relabel, delete and undo, import and
export, and a kill during a save loses nothing saved before it."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import numpy as np
import pytest
from PIL import Image

from digitgui.core import paths
from digitgui.core.data import load_source
from digitgui.core.errors import DataError
from digitgui.core.userdata.samples import SampleLibrary
from tests.helpers import REPO, child_env


def _digit_pixels(embedded, digit: int, n: int = 0) -> np.ndarray:
    x, y = embedded
    return x[np.flatnonzero(y == digit)[n]].astype(np.float32) / 255


def test_adding_samples_writes_keras_layout_files(embedded):
    library = SampleLibrary()
    drawing = np.full((300, 300), 255, np.uint8)
    drawing[100:200, 140:160] = 0
    sample = library.add(3, _digit_pixels(embedded, 3), drawing)
    assert sample.path == paths.user_samples_dir() / "3" / f"{sample.id}.png"
    with Image.open(sample.path) as image:
        assert image.size == (28, 28) and image.mode == "L"
    assert np.abs(sample.pixels() - _digit_pixels(embedded, 3)).max() <= 1 / 255
    kept = library.drawing_path(sample)
    assert kept is not None and np.asarray(Image.open(kept)).shape == (300, 300)
    assert "drawings" not in str(kept.relative_to(paths.user_data_dir()).parent.parent)
    library.add(3, _digit_pixels(embedded, 3, 1))
    library.add(8, _digit_pixels(embedded, 8))
    assert library.counts() == [0, 0, 0, 2, 0, 0, 0, 0, 1, 0] and len(library) == 3
    # The folder is a data source as it is, for the engine and for Keras' reader alike.
    data = load_source(str(paths.user_samples_dir()))
    assert sorted(data.y.tolist()) == [3, 3, 8]
    assert not [p for p in paths.user_samples_dir().rglob("*") if p.name.startswith(".")]


def test_relabel_delete_and_undo(embedded):
    library = SampleLibrary()
    sample = library.add(1, _digit_pixels(embedded, 7))
    moved = library.relabel(sample, 7)
    assert moved.digit == 7 and moved.path.is_file() and not sample.path.exists()
    assert library.counts()[1] == 0 and library.counts()[7] == 1
    deleted = library.delete(moved)
    assert len(library) == 0 and not moved.path.exists()
    restored = library.restore(deleted)
    assert restored.path.is_file() and library.counts()[7] == 1
    with pytest.raises(DataError, match="0-9"):
        library.relabel(restored, 12)


def test_export_and_import_round_trip(tmp_path, embedded):
    library = SampleLibrary()
    for digit in (0, 4, 4, 9):
        library.add(digit, _digit_pixels(embedded, digit, np.random.randint(0, 50)))
    target = tmp_path / "mine.npz"
    assert library.export_npz(target) == 4
    with np.load(target) as data:
        assert data["x"].shape == (4, 28, 28) and data["x"].dtype == np.uint8
        assert sorted(data["y"].tolist()) == [0, 4, 4, 9]
    other = SampleLibrary(tmp_path / "elsewhere" / "samples")
    assert other.import_source(target) == 4
    assert other.counts() == library.counts()
    bad = tmp_path / "bad.npz"
    np.savez(bad, x=np.zeros((2, 5, 5), np.uint8), y=np.zeros(2, np.uint8))
    with pytest.raises(DataError, match="shape"):
        other.import_source(bad)
    assert len(other) == 4  # nothing half-imported
    with pytest.raises(DataError, match="no samples"):
        SampleLibrary(tmp_path / "empty" / "samples").export_npz(tmp_path / "x.npz")


SAVER = """
import sys, numpy as np
from digitgui.core.userdata.samples import SampleLibrary
library = SampleLibrary()
pixels = np.random.default_rng(0).random((28, 28)).astype(np.float32)
drawing = np.full((800, 800), 255, np.uint8)
for i in range(100000):
    library.add(i % 10, pixels, drawing)
    print(i + 1, flush=True)
"""


def test_a_kill_while_saving_loses_nothing_saved_before(tmp_path):
    child = subprocess.Popen([sys.executable, "-c", SAVER], stdout=subprocess.PIPE, text=True,
                             cwd=REPO, env=child_env())
    saved = 0
    started = time.monotonic()
    while saved < 25 and time.monotonic() - started < 60:
        saved = int(child.stdout.readline())
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    library = SampleLibrary()
    samples = library.samples()
    assert len(samples) >= saved  # everything reported saved is there (and maybe one more)
    for sample in samples:  # and every sample is whole
        assert sample.pixels().shape == (28, 28)
    assert load_source(str(paths.user_samples_dir())).x.shape[0] == len(samples)
