"""Bad image files give one clear line, never a traceback: from `digitgui predict`, from the
window's File → Open and drop, and from reading an image folder."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from digitgui.core.drawing.images import MAX_PIXELS, MAX_SIDE, read_image
from digitgui.core.errors import DataError
from tests.drawing import draw_digit
from tests.helpers import one_line, run_cli


def _huge(folder: Path) -> Path:
    """16,000 x 16,000 white pixels: 256 megapixels, yet a 60 kB file (one bit a pixel)."""
    path = folder / "huge.png"
    Image.new("1", (16000, 16000), 1).save(path)
    return path


def _truncated(folder: Path) -> Path:
    whole = folder / "whole.png"
    noise = np.random.default_rng(0).integers(0, 256, (120, 160), dtype=np.uint8)
    Image.fromarray(noise).save(whole)
    cut = folder / "cut.png"
    data = whole.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    return cut


BAD = {
    # name: (how to make it, words its message must have)
    "huge": (_huge, "too large to read (16000 x 16000 pixels; the limit is 50 megapixels)"),
    "empty": (lambda folder: _written(folder / "empty.png", b""), "empty file"),
    "truncated": (_truncated, "damaged"),
    "text": (lambda folder: _written(folder / "notes.png", b"shopping: milk, eggs\n"),
             "not an image"),
}


def _written(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("kind", list(BAD))
def test_predict_says_what_is_wrong_in_one_line(tmp_path, kind):
    make, words = BAD[kind]
    path = make(tmp_path)
    result = run_cli("predict", str(path))
    assert result.returncode == 2
    line = one_line(result.stderr)  # also: no traceback
    assert line.startswith(f"digitgui predict: {path}: ") and words in line, line
    assert "Pillow" not in result.stderr and "Error" not in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("kind", list(BAD))
def test_read_image_raises_a_user_error(tmp_path, kind):
    make, words = BAD[kind]
    with pytest.raises(DataError) as caught:
        read_image(make(tmp_path))
    assert words in str(caught.value)


def test_the_limit_is_sensible():
    assert 12_000_000 < MAX_PIXELS <= 100_000_000  # a 12 MP photo reads; a 256 MP one does not


@pytest.mark.slow
def test_a_large_photo_reads_reduced_and_fast(tmp_path, embedded):
    """A 4000 x 3000 photo of a digit (12 megapixels) is allowed, reduced while it is read,
    and read right."""
    x, y = embedded
    index = int(np.flatnonzero(y == 4)[0])
    page = draw_digit(x[index], canvas=(3000, 4000), height=1400)
    photo = np.stack([page, (page * 0.92).astype(np.uint8), page], axis=-1)  # a faint colour cast
    for name in ("photo.jpg", "photo.png"):
        path = tmp_path / name
        Image.fromarray(photo).save(path)
        started = time.perf_counter()
        pixels = read_image(path)
        elapsed = time.perf_counter() - started
        assert max(pixels.shape[:2]) <= MAX_SIDE and pixels.shape[:2] == (1500, 2000)
        assert elapsed < 2.0, (name, elapsed)  # generous on a busy machine; about 0.1 s here
    result = run_cli("predict", str(tmp_path / "photo.jpg"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{tmp_path / 'photo.jpg'}: 4"), result.stdout


def test_the_window_shows_a_message_for_a_huge_picture(window, qtbot, tmp_path):
    huge = _huge(tmp_path)
    window.open_image(huge)  # no exception escapes: read in the background, then a message
    qtbot.waitUntil(window.banner.isVisible, timeout=10_000)
    message = window.banner.label.text()
    assert str(huge) in message and "too large to read" in message and "Pillow" not in message
    assert window.canvas.drawing.picture is None  # nothing was put on the sheet
