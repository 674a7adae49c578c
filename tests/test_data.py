"""Every data source, and every kind of bad input, through the library API."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from digitgui.core.data import (
    concatenate,
    load_source,
    sample_weights,
    split_indices,
    stratified_split,
)
from digitgui.core.data.mnist import is_cached, load_cached
from digitgui.core.errors import DataError


def test_embedded_is_5000_mnist_images_500_a_digit():
    data = load_source("embedded")
    assert data.x.shape == (5000, 28, 28, 1) and data.x.dtype == np.float32
    assert data.class_counts() == [500] * 10
    assert 0.0 <= data.x.min() and data.x.max() <= 1.0
    # MNIST style: light ink on a dark field, the ink centred.
    assert data.x[:, :2].mean() < 0.01 and data.x[:, 10:18, 10:18].mean() > 0.2


def test_stratified_split_is_deterministic_and_balanced():
    data = load_source("embedded")
    train, val = stratified_split(data, 0.1)
    again_train, again_val = stratified_split(data, 0.1)
    assert val.class_counts() == [50] * 10 and train.class_counts() == [450] * 10
    assert np.array_equal(val.x, again_val.x) and np.array_equal(train.y, again_train.y)
    assert len(stratified_split(data, 0.0)[1]) == 0
    # The indices behind it (the build uses them to redraw a pen source's training split).
    train_index, val_index = split_indices(data.y, 0.1)
    assert np.array_equal(data.x[val_index], val.x) and np.array_equal(data.y[train_index], train.y)
    assert len(np.intersect1d(train_index, val_index)) == 0
    assert len(train_index) + len(val_index) == len(data)


def test_npz_either_polarity(tmp_path, embedded):
    x, y = embedded
    np.savez(tmp_path / "light.npz", x=x[:20], y=y[:20])
    np.savez(tmp_path / "dark.npz", x=255 - x[:20], y=y[:20])
    light, dark = load_source(str(tmp_path / "light.npz")), load_source(str(tmp_path / "dark.npz"))
    assert np.allclose(light.x, dark.x, atol=1e-6)
    assert light.y.tolist() == y[:20].tolist()


def test_npz_with_mixed_polarity_reads_each_image_right(tmp_path, embedded):
    x, y = embedded
    mixed = x[:10].copy()
    mixed[::2] = 255 - mixed[::2]
    np.savez(tmp_path / "mixed.npz", x=mixed, y=y[:10])
    data = load_source(str(tmp_path / "mixed.npz"))
    assert np.abs(data.x[..., 0] - x[:10] / 255.0).max() < 0.02


@pytest.mark.parametrize(
    ("arrays", "message"),
    [
        ({"x": np.zeros((5, 28, 27), np.uint8), "y": np.zeros(5, np.uint8)}, "shape"),
        ({"x": np.zeros((5, 28, 28), np.float32), "y": np.zeros(5, np.uint8)}, "uint8"),
        ({"x": np.zeros((5, 28, 28), np.uint8), "y": np.full(5, 12)}, "0-9"),
        ({"x": np.zeros((5, 28, 28), np.uint8), "y": np.full(5, -1)}, "0-9"),
        ({"x": np.zeros((5, 28, 28), np.uint8), "y": np.zeros(4, np.uint8)}, "shape"),
        ({"x": np.zeros((5, 28, 28), np.uint8), "y": np.full(5, 0.5)}, "whole numbers"),
        ({"x": np.zeros((5, 28, 28), np.uint8)}, "missing array 'y'"),
        ({"images": np.zeros((5, 28, 28), np.uint8)}, "missing array 'x'"),
        ({"x": np.zeros((0, 28, 28), np.uint8), "y": np.zeros(0, np.uint8)}, "no images"),
    ],
)
def test_bad_npz_names_the_file_and_the_problem(tmp_path, arrays, message):
    path = tmp_path / "bad.npz"
    np.savez(path, **arrays)
    with pytest.raises(DataError, match=message) as caught:
        load_source(str(path))
    assert str(path) in str(caught.value)


def test_truncated_and_corrupt_npz(tmp_path, embedded):
    x, y = embedded
    good = tmp_path / "good.npz"
    np.savez_compressed(good, x=x[:50], y=y[:50])
    truncated = tmp_path / "truncated.npz"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    garbage = tmp_path / "garbage.npz"
    garbage.write_bytes(b"this is not a zip file at all" * 10)
    pickled = tmp_path / "pickled.npz"
    np.savez(pickled, x=np.array([object()] * 3, dtype=object), y=np.zeros(3))
    for path in (truncated, garbage, pickled):
        with pytest.raises(DataError, match="not a readable .npz") as caught:
            load_source(str(path))
        assert str(path) in str(caught.value)


def _write_folder(root, embedded, per_digit=3, invert=False, size=28):
    x, y = embedded
    for digit in range(10):
        (root / str(digit)).mkdir(parents=True)
        for i, index in enumerate(np.flatnonzero(y == digit)[:per_digit]):
            image = 255 - x[index] if invert else x[index]
            picture = Image.fromarray(image)
            if size != 28:
                picture = picture.resize((size, size), Image.Resampling.BICUBIC)
            picture.save(root / str(digit) / f"{i}.png")
    return root


def test_image_folder_in_keras_layout_either_polarity(tmp_path, embedded):
    light = load_source(str(_write_folder(tmp_path / "light", embedded)))
    dark = load_source(str(_write_folder(tmp_path / "dark", embedded, invert=True)))
    assert len(light) == 30 and light.class_counts() == [3] * 10
    assert np.allclose(light.x, dark.x, atol=1e-6)
    assert light.weight > 1.0  # the user's own data counts more when mixed with MNIST


def test_image_folder_with_large_images_is_preprocessed_like_mnist(tmp_path, embedded):
    data = load_source(str(_write_folder(tmp_path / "big", embedded, invert=True, size=200)))
    assert data.x.shape == (30, 28, 28, 1)
    ink_rows = np.flatnonzero(data.x[0, ..., 0].max(axis=1) > 0.1)
    assert 18 <= ink_rows[-1] - ink_rows[0] + 1 <= 21  # scaled to MNIST's 20 px box


def test_bad_folders(tmp_path, embedded):
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(DataError, match="holds no images"):
        load_source(str(empty))
    stray = _write_folder(tmp_path / "stray", embedded)
    (stray / "cats").mkdir()
    with pytest.raises(DataError, match="'cats' is not a digit"):
        load_source(str(stray))
    broken = _write_folder(tmp_path / "broken", embedded)
    bad_image = broken / "4" / "bad.png"
    bad_image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    with pytest.raises(DataError) as caught:
        load_source(str(broken))
    assert str(bad_image) in str(caught.value)
    blank = _write_folder(tmp_path / "blank", embedded)
    Image.new("L", (100, 100), 255).save(blank / "7" / "white.png")
    with pytest.raises(DataError, match="blank"):
        load_source(str(blank))


def test_unknown_sources(tmp_path):
    with pytest.raises(DataError, match="no such file or folder"):
        load_source(str(tmp_path / "nowhere.npz"))
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(DataError, match="not an .npz file or an image folder"):
        load_source(str(text))


def write_fake_mnist_cache(keras_home, embedded, n_train=300, n_test=100):
    """A small file in Keras' mnist.npz cache format (x_train, y_train, x_test, y_test)."""
    x, y = embedded
    target = keras_home / "datasets" / "mnist.npz"
    target.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(target, x_train=x[:n_train], y_train=y[:n_train],
                        x_test=x[-n_test:], y_test=y[-n_test:])
    return target


def test_full_mnist_from_keras_cache(isolated_user, embedded):
    assert not is_cached()
    with pytest.raises(DataError, match="not downloaded yet"):
        load_source("mnist")
    write_fake_mnist_cache(isolated_user / "keras", embedded)
    assert is_cached()
    train, test = load_source("mnist"), load_source("mnist-test")
    assert train.x.shape == (300, 28, 28, 1) and test.x.shape == (100, 28, 28, 1)
    assert train.name == "mnist" and train.weight == 1.0


def test_damaged_mnist_cache(isolated_user):
    target = isolated_user / "keras" / "datasets" / "mnist.npz"
    target.parent.mkdir(parents=True)
    target.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(DataError, match="damaged MNIST cache"):
        load_cached("train")


def test_sources_concatenate_with_weights(tmp_path, embedded):
    x, y = embedded
    np.savez(tmp_path / "mine.npz", x=x[:40], y=y[:40])
    parts = [load_source("embedded"), load_source(str(tmp_path / "mine.npz"))]
    data = concatenate(parts)
    weights = sample_weights(parts)
    assert len(data) == 5040 and len(weights) == 5040
    assert weights.mean() == pytest.approx(1.0)
    assert weights[-1] / weights[0] == pytest.approx(parts[1].weight)
