"""Preprocessing: any picture of a digit becomes an MNIST-style 28x28 input."""

from __future__ import annotations

import time

import numpy as np
import pytest

from digitgui.core.drawing.ink import analyse, ink_image
from digitgui.core.drawing.morphology import euler_number, stroke_width
from digitgui.core.drawing.preprocess import BOX, prepare
from digitgui.core.drawing.stroke import MNIST_STROKE
from digitgui.core.models import bundle as bundles
from digitgui.core.models.evaluation import load_evaluation_set
from digitgui.core.models.inference import Predictor
from tests.drawing import draw_digit
from tests.heavy_digits import HOLES, heavy_scan, holes, pieces


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


def test_pale_ink_is_read_as_strong_as_black_ink(embedded):
    """A blue ballpoint or a pencil on white paper gives ink a third to a half as dark as a
    black pen: it is brought to full strength (before, such a digit reached the network at
    60 % strength, and the model doubted one in ten of the Swiss writers' digits it read right)."""
    x, _ = embedded
    black = draw_digit(x[700], height=150)
    base = prepare(black).pixels
    paper, ink_rgb = np.array([250, 250, 245]), np.array([110, 130, 215])  # blue on white
    depth = (255 - black.astype(np.float32)) / 255
    blue = np.round(paper - depth[..., None] * (paper - ink_rgb)).astype(np.uint8)
    pencil = np.round(255 - 0.45 * (255 - black.astype(np.float32))).astype(np.uint8)
    shipped = Predictor.for_bundle(bundles.resolve("default"))
    for pale in (blue, pencil):
        pixels = prepare(pale).pixels
        assert pixels.max() == pytest.approx(1.0)
        assert np.abs(pixels - base).mean() < 0.02
        assert np.array_equal(shipped.probabilities(pixels[None]).argmax(axis=1),
                              shipped.probabilities(base[None]).argmax(axis=1))
    # Black ink is left as it is, and a faint smudge is not made into strong ink.
    assert np.array_equal(prepare(black).pixels, base)
    smudge = np.round(255 - 0.1 * (255 - black.astype(np.float32))).astype(np.uint8)
    faint = prepare(smudge)
    assert faint.blank or faint.pixels.max() < 0.6


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


# ---- polarity of pictures cropped to their ink -------------------------------------------------

def _validation_digits() -> tuple[np.ndarray, np.ndarray]:
    """The embedded validation split (uint8, ink bright): digits the shipped model never saw."""
    val = load_evaluation_set("embedded")
    return (val.x[..., 0] * 255).round().astype(np.uint8), val.y


def _cropped(digit: np.ndarray, level: int) -> np.ndarray:
    ink = digit > level
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    return digit[rows[0]: rows[-1] + 1, cols[0]: cols[-1] + 1]


def _keeps_polarity(picture: np.ndarray, ink: np.ndarray) -> bool:
    """ink_image found the ink where it is (``ink``: the expected ink image in [0, 1])."""
    return float(np.abs(ink_image(picture) - ink).mean()) < 0.1


def test_tight_crops_keep_their_polarity():
    """Every validation digit cropped to its ink (to its faintest pixel, and to its strong
    ink), and scanned heavy into a 16x16 box it fills, in both polarities."""
    x, _ = _validation_digits()
    kept = total = 0
    hard_kept = hard_total = 0  # pictures whose border is at least 40 % ink
    for digit in x:
        for light_ink in (_cropped(digit, 0), _cropped(digit, 127), 255 - heavy_scan(digit)):
            for picture in (light_ink, 255 - light_ink):
                ink = light_ink.astype(np.float32) / 255
                ok = _keeps_polarity(picture, ink)
                kept, total = kept + ok, total + 1
                border = np.concatenate([ink[0], ink[-1], ink[:, 0], ink[:, -1]])
                if (border > 0.5).mean() >= 0.4:
                    hard_kept, hard_total = hard_kept + ok, hard_total + 1
    # Measured: 3000/3000, and 28/28 with ink on 40 % of the border (when the border alone
    # decided: 2992/3000 and 22/28).
    assert kept / total >= 0.99, (kept, total)
    assert hard_total >= 20 and hard_kept / hard_total >= 0.95, (hard_kept, hard_total)


def test_ordinary_pictures_keep_their_polarity(embedded):
    x, _ = embedded
    for digit in x[::250]:
        ink = digit.astype(np.float32) / 255
        assert _keeps_polarity(digit, ink)  # MNIST itself: light on black, with a margin
        assert _keeps_polarity(255 - digit, ink)  # dark on white
        grey_paper = (200 - 0.7 * digit).astype(np.uint8)  # pencil on grey paper
        assert np.corrcoef(ink_image(grey_paper).ravel(), ink.ravel())[0, 1] > 0.95
        dark_grey = (60 + 0.6 * digit).astype(np.uint8)  # chalk on a dark board
        assert np.corrcoef(ink_image(dark_grey).ravel(), ink.ravel())[0, 1] > 0.95
        blue_ink = np.stack([255 - digit, 255 - digit, np.full_like(digit, 255)], axis=-1)
        assert np.corrcoef(ink_image(blue_ink).ravel(), ink.ravel())[0, 1] > 0.95
        on_glass = np.dstack([np.zeros((28, 28, 3), np.uint8), digit])  # black ink, transparent
        assert _keeps_polarity(on_glass, ink)


def test_a_bar_filling_its_picture_is_dark_ink():
    """Truly ambiguous (the same shapes either way): dark ink on light paper, as in most files."""
    bar = np.full((20, 12), 255, np.uint8)
    bar[:, 3:9] = 0
    assert ink_image(bar)[:, 5].min() == 1.0 and ink_image(bar)[:, 0].max() == 0.0


# ---- stroke width without breaking loops ---------------------------------------------------------

def test_euler_number_counts_pieces_minus_holes():
    rng = np.random.default_rng(0)
    for _ in range(200):
        mask = rng.random((9, 13)) < rng.uniform(0.2, 0.8)
        assert euler_number(mask) == pieces(mask) - holes(mask)


def _ring(hole_x: float) -> np.ndarray:
    """A 16x16 scan of a heavy 0: a disc with a hole, its centre ``hole_x`` across."""
    yy, xx = np.mgrid[:16, :16]
    ring = (yy - 7.5) ** 2 + (xx - 7.5) ** 2 <= 7.5 ** 2
    ring &= (yy - 7.5) ** 2 + (xx - hole_x) ** 2 > 2.6 ** 2
    return np.where(ring, 0, 255).astype(np.uint8)


def test_a_heavy_small_ring_is_thinned_and_stays_a_ring():
    prepared = prepare(_ring(7.5)).pixels
    assert prepared is not None
    assert holes(prepared > 0.5) == 1 and pieces(prepared > 0.5) == 1
    assert stroke_width(prepared > 0.5) < 1.5 * MNIST_STROKE  # from 2.4 times MNIST's weight


def test_a_lopsided_ring_is_never_broken():
    """Its wall is 2 px on one side and 6 px on the other: thinning the heavy side as much
    as it needs would cut the thin one (a 3x3 minimum filter on the 16x16 picture did)."""
    prepared = prepare(_ring(9.9)).pixels
    assert prepared is not None
    assert holes(prepared > 0.5) == 1 and pieces(prepared > 0.5) == 1


@pytest.mark.parametrize("pen", [1.0, 1.25])
def test_small_heavy_scans_keep_their_holes_and_are_read(pen):
    """0s and 8s of the validation split, written heavy and scanned into a 16x16 box (as
    zip-code scans are), keep their loops open and are read right."""
    x, y = _validation_digits()
    predictor = Predictor.for_bundle(bundles.resolve("default"))
    kept = read = total = 0
    for digit, loops in HOLES.items():
        scans = [heavy_scan(image, pen) for image in x[y == digit]]
        scans = [scan for scan in scans if holes(scan < 128) == loops]  # still a 0 or an 8
        inputs = np.stack([prepare(scan).pixels for scan in scans])
        kept += sum(holes(pixels > 0.5) == loops for pixels in inputs)
        read += int((predictor.logits(inputs).argmax(axis=1) == digit).sum())
        total += len(scans)
    assert total >= 50
    # Measured: 67/68 and 59/59 kept, all read right; before this change 35 % and 68 % kept,
    # 59 % and 83 % read right (pens 1.0 and 1.25).
    assert kept / total >= 0.95, (kept, total)
    assert read / total >= 0.97, (read, total)


def test_thin_pen_ones_are_still_ones():
    x, y = _validation_digits()
    predictor = Predictor.for_bundle(bundles.resolve("default"))
    ones = x[y == 1]
    as_stored = float((predictor.logits(ones.astype(np.float32) / 255).argmax(axis=1) == 1).mean())
    for canvas, height in (((224, 224), 170), ((480, 640), 300), ((224, 224), 60)):
        drawn = np.stack([prepare(draw_digit(one, canvas=canvas, height=height, pen=0.3)).pixels
                          for one in ones])
        thin = float((predictor.logits(drawn).argmax(axis=1) == 1).mean())
        assert thin >= as_stored - 0.05, (canvas, height, thin, as_stored)
