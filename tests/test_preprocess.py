"""Preprocessing: any picture of a digit becomes an MNIST-style 28x28 input."""

from __future__ import annotations

import time

import numpy as np
import pytest

from digitgui.core.ink import analyse, ink_image
from digitgui.core.preprocess import BOX, MNIST_STROKE, prepare
from tests.drawing import draw_digit


def _box(pixels):
    rows = np.flatnonzero(pixels.max(axis=1) > 0.05)
    cols = np.flatnonzero(pixels.max(axis=0) > 0.05)
    return rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1


def _centre_of_mass(pixels):
    total = pixels.sum()
    return (pixels.sum(axis=1) @ np.arange(28) / total, pixels.sum(axis=0) @ np.arange(28) / total)


def test_an_mnist_digit_comes_back_almost_unchanged(embedded):
    x, _ = embedded
    for image in x[::500]:
        prepared = prepare(image)
        original = image.astype(np.float32) / 255
        assert prepared.pixels is not None
        assert np.abs(prepared.pixels - original).mean() < 0.03


@pytest.mark.parametrize(
    ("height", "pen", "centre"),
    [(300, 1.0, (0.5, 0.5)), (40, 1.0, (0.1, 0.9)), (250, 0.3, (0.6, 0.3)), (120, 2.0, (0.5, 0.5))],
)
def test_drawn_digits_become_mnist_shaped(embedded, height, pen, centre):
    x, _ = embedded
    canvas = draw_digit(x[1500], canvas=(420, 640), height=height, pen=pen, centre=centre)
    prepared = prepare(canvas)
    assert prepared.pixels is not None and prepared.pixels.shape == (28, 28)
    assert max(_box(prepared.pixels)) in range(BOX - 1, BOX + 3)
    com = _centre_of_mass(prepared.pixels)
    assert abs(com[0] - 14) < 1 and abs(com[1] - 14) < 1
    # The stroke is brought back to MNIST's width, however thin or heavy the pen was.
    from digitgui.core.ink import stroke_width

    width = stroke_width(prepared.pixels > 0.5)
    assert 0.6 * MNIST_STROKE < width < 1.8 * MNIST_STROKE, width
    reference = prepare(draw_digit(x[1500], height=200))
    assert np.abs(prepared.pixels - reference.pixels).mean() < 0.12


def test_polarity_and_colour_do_not_matter(embedded):
    x, _ = embedded
    dark_on_light = draw_digit(x[700], height=150)
    light_on_dark = 255 - dark_on_light
    rgb = np.stack([dark_on_light, dark_on_light, dark_on_light], axis=-1)
    rgba = np.dstack([np.zeros_like(rgb), 255 - dark_on_light])  # black ink on transparency
    base = prepare(dark_on_light).pixels
    for other in (light_on_dark, rgb, rgba):
        assert np.abs(prepare(other).pixels - base).max() < 0.02


def test_blank_and_specks_are_no_digit(embedded):
    assert prepare(np.full((300, 300), 255, np.uint8)).blank
    assert prepare(np.zeros((28, 28), np.uint8)).blank
    specks = np.full((300, 300), 255, np.uint8)
    for y, x in ((30, 40), (200, 250), (120, 90)):
        specks[y: y + 3, x: x + 3] = 0
    assert prepare(specks).blank
    dot = np.full((280, 280), 255, np.uint8)
    yy, xx = np.mgrid[:280, :280]
    dot[(yy - 140) ** 2 + (xx - 140) ** 2 < 9 ** 2] = 0  # one click of a round pen
    assert prepare(dot).blank
    # A digit with a speck far away is still the digit, boxed without the speck.
    x, _ = embedded
    page = draw_digit(x[2100], canvas=(400, 400), height=150, centre=(0.5, 0.5))
    page[5:8, 5:8] = 0
    prepared = prepare(page)
    assert not prepared.blank and prepared.analysis.box[0] > 50


def test_hints_for_a_small_digit_a_cut_off_one_and_pieces(embedded):
    x, _ = embedded
    small = analyse(ink_image(draw_digit(x[0], canvas=(400, 400), height=40)))
    assert any("small" in h for h in small.hints)
    cut = draw_digit(x[0], canvas=(400, 400), height=150, centre=(0.3, 0.5))[90:]
    edge = analyse(ink_image(cut))
    assert edge.touches_edge and any("edge" in h for h in edge.hints)
    two = np.full((300, 300), 255, np.uint8)
    two[50:250, 60:80] = 0
    two[50:250, 200:220] = 0
    pieces = analyse(ink_image(two))
    assert pieces.pieces == 2 and any("2 separate pieces" in h for h in pieces.hints)
    whole = analyse(ink_image(draw_digit(x[0], canvas=(400, 400), height=200)))
    assert whole.hints == [] and whole.pieces == 1


def test_fast_enough_for_every_pen_movement(embedded):
    x, _ = embedded
    canvas = draw_digit(x[3000], canvas=(560, 560), height=400)
    prepare(canvas)
    started = time.perf_counter()
    for _ in range(20):
        prepare(canvas)
    per_call = (time.perf_counter() - started) / 20
    assert per_call < 0.05, per_call  # generous here; digitgui bench measures it properly
