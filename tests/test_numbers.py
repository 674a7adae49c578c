"""Reading whole numbers: splitting the ink into digits, the whole number's answer, the command
line, and numbers built from MNIST's public test digits (issue 12)."""

from __future__ import annotations

import json
import time

import numpy as np
import pytest
from PIL import Image, ImageDraw

from digitgui.core.drawing.images import read_image
from digitgui.core.drawing.number_memo import SplitMemo
from digitgui.core.drawing.number_split import split_number
from digitgui.core.drawing.pieces import label_pieces
from digitgui.core.models import bundle as bundles
from digitgui.core.models.inference import Predictor
from digitgui.core.models.number_reader import (
    BLANK,
    NOT_A_NUMBER,
    NOT_SURE,
    NUMBER,
    read_number,
)
from tests.helpers import REPO, load_script, one_line, run_cli

DRAWN = REPO / "tests" / "data" / "numbers"
"""Numbers drawn with a round pen by tests/data/draw_numbers.py."""


@pytest.fixture(scope="module")
def predictor() -> Predictor:
    return Predictor.for_bundle(bundles.resolve("default"))


def drawn(name: str) -> np.ndarray:
    return read_image(DRAWN / f"{name}.png")


@pytest.fixture(scope="module")
def sets():
    """The measuring-set generator, imported from scripts/ (it is not part of the package)."""
    return load_script(REPO / "scripts" / "make_number_sets.py")


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("four-five", "45"),  # a 4 and a 5 in two strokes each, not cut apart
        ("crossed-seven", "72"),
        ("touching-zeros", "00"),  # one piece of ink, cut in two
        ("three-point-one-four", "3.14"),
        ("minus-five", "-5"),
        ("year", "2026"),
    ],
)
def test_drawn_numbers_are_split_and_read(predictor, name, number):
    reading = read_number(predictor, drawn(name))
    assert reading.number == number
    assert len(reading.digits) == sum(c.isdigit() for c in number)
    boxes = [d.box for d in reading.digits]
    assert boxes == sorted(boxes), "digits come left to right"
    for digit in reading.digits:
        assert digit.pixels.shape == (28, 28)
        assert digit.prediction.probabilities.shape == (10,)


def test_another_rule_changes_the_answer_not_the_digits(predictor):
    reading = read_number(predictor, drawn("three-point-one-four"))
    strict = reading.with_rule(predictor.rule.with_sure(0.999999))
    assert strict.number == "3.14" and strict.answer == NOT_SURE
    lenient = reading.with_rule(predictor.rule.with_sure(0.5))
    assert lenient.answer == NUMBER
    assert [d.box for d in lenient.digits] == [d.box for d in reading.digits]


def test_marks_are_told_apart(predictor):
    point = read_number(predictor, drawn("three-point-one-four"))
    assert [m.kind for m in point.marks] == ["point"]
    x, _, w, _ = point.marks[0].box
    assert point.digits[0].box[0] < x < x + w < point.digits[1].box[0]
    minus = read_number(predictor, drawn("minus-five"))
    assert [m.kind for m in minus.marks] == ["minus"]


def test_touching_zeros_are_cut_between_them(predictor):
    split = split_number(drawn("touching-zeros"), predictor.probabilities)
    left, right = split.digits
    # The zeros are drawn 80 px apart, each about 90 px wide: the cut falls in the overlap.
    assert abs(left.box[2] - right.box[2]) < 20
    assert left.box[0] + left.box[2] <= right.box[0] + 15


def test_the_split_alone_keeps_strokes_of_one_digit_together():
    """Without the network, the geometry alone: the crossed 7's bar stays with it, the
    decimal point is a mark, and nothing is cut."""
    split = split_number(drawn("crossed-seven"))
    assert len(split.digits) == 2
    split = split_number(drawn("three-point-one-four"))
    assert [p.kind for p in split.pieces] == ["digit", "point", "digit", "digit"]


def test_scribble_blank_and_many_pieces(predictor):
    scribble = read_number(predictor, drawn("scribble"))
    assert scribble.answer == NOT_A_NUMBER and scribble.number is None
    blank = read_number(predictor, drawn("blank"))
    assert blank.answer == BLANK and blank.number is None and blank.digits == ()
    # Forty short dashes all over a sheet: not a number, not forty digits.
    sheet = Image.new("L", (900, 300), 255)
    draw = ImageDraw.Draw(sheet)
    rng = np.random.default_rng(3)
    for x, y in zip(rng.uniform(20, 860, 40), rng.uniform(20, 260, 40), strict=True):
        draw.line([(x, y), (x + 20, y + rng.uniform(-15, 15))], fill=0, width=8)
    many = read_number(predictor, np.asarray(sheet))
    assert many.answer == NOT_A_NUMBER and many.number is None


def test_polarity_and_size_do_not_matter(predictor):
    year = drawn("year")
    small = np.asarray(Image.fromarray(year).resize((360, 110), Image.Resampling.BILINEAR))
    assert read_number(predictor, 255 - year).number == "2026"
    assert read_number(predictor, small).number == "2026"


def test_command_line_json(tmp_path):
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    result = run_cli("predict", "--number", "--json", str(DRAWN / "year.png"),
                     str(DRAWN / "blank.png"), str(empty))
    assert result.returncode == 2
    assert "empty file" in one_line(result.stderr)
    year, blank = (json.loads(line) for line in result.stdout.splitlines())
    assert year["path"].endswith("year.png")
    assert year["number"] == "2026" and year["answer"] == NUMBER
    assert [d["digit"] for d in year["digits"]] == [2, 0, 2, 6]
    for digit in year["digits"]:
        assert set(digit) >= {"digit", "confidence", "answer", "box"}
        assert len(digit["box"]) == 4 and all(isinstance(v, int) for v in digit["box"])
    assert blank["number"] is None and blank["answer"] == BLANK and blank["digits"] == []
    words = run_cli("predict", "--number", str(DRAWN / "three-point-one-four.png"))
    assert words.returncode == 0 and "3.14" in words.stdout


def test_twelve_digits_are_read_quickly(predictor):
    """Splitting and reading a 12-digit number: well under 20 ms on a desktop (the bound here
    is generous for a busy test machine)."""
    sheet = Image.new("L", (1800, 220), 255)
    draw = ImageDraw.Draw(sheet)
    module = load_script(REPO / "tests" / "data" / "draw_numbers.py")
    text = "202607431985"
    for i, glyph in enumerate(text):
        module._draw(draw, module.GLYPHS[glyph], 20 + 145 * i)
    image = np.asarray(sheet)
    assert read_number(predictor, image).number == text
    times = []
    for _ in range(5):
        start = time.perf_counter()
        read_number(predictor, image)
        times.append(time.perf_counter() - start)
    assert min(times) < 0.1, times


def _read_whole(predictor, x, labels) -> float:
    return float(np.mean([read_number(predictor, p).number == t
                          for p, t in zip(x, labels, strict=True)]))


@pytest.mark.slow
def test_numbers_of_mnist_digits(predictor, sets, public_test_set):
    """A small sample of the measuring sets (goals on the full sets: gaps 97 %, touching
    90 %; the sample is small, so the bounds here leave room)."""
    x, y = public_test_set
    crops = [sets._crop(im.astype(np.float32) / 255) for im in x[:1000]]
    labels = y[:1000].astype(int)
    for touching, bound in ((False, 0.9), (True, 0.75)):
        pictures, texts = sets.build(crops, labels, 40, touching, np.random.default_rng(5))
        assert _read_whole(predictor, pictures, texts) >= bound, touching


def _twelve_digits(text: str = "202607431985", step: int = 145) -> np.ndarray:
    """A 12-digit number drawn with the committed glyphs (tests/data/draw_numbers.py)."""
    module = load_script(REPO / "tests" / "data" / "draw_numbers.py")
    sheet = Image.new("L", (40 + step * len(text), 220), 255)
    draw = ImageDraw.Draw(sheet)
    for i, glyph in enumerate(text):
        module._draw(draw, module.GLYPHS[glyph], 20 + step * i)
    return np.asarray(sheet)


def test_twelve_digits_split_right_at_the_windows_size(predictor):
    """The same 12 digits on the window's sheet (224 px high, 3:1, so each digit is about 45
    px high): each is boxed in its own place, left to right, none cut or joined."""
    image = _twelve_digits()
    small = np.asarray(Image.fromarray(image).resize((672, round(220 * 672 / image.shape[1])),
                                                      Image.Resampling.BILINEAR))
    page = np.full((224, 672), 255, np.uint8)
    page[40 : 40 + small.shape[0]] = small
    reading = read_number(predictor, page)
    assert reading.number == "202607431985"
    lefts = [d.box[0] for d in reading.digits]
    step = 145 * 672 / image.shape[1]
    assert all(abs(left - lefts[0] - i * step) < 0.5 * step for i, left in enumerate(lefts))


def test_one_network_call_reads_as_one_by_one(predictor):
    """The split reads all candidate pieces of a number in one batch: each digit's
    probabilities are those of its 28x28 input read alone."""
    reading = read_number(predictor, drawn("touching-zeros"))
    assert len(reading.digits) == 2
    for digit in reading.digits:
        alone = predictor.probabilities(digit.pixels[None])[0]
        np.testing.assert_allclose(digit.prediction.probabilities, alone, atol=1e-5)


def test_the_memo_reads_as_a_fresh_start(predictor):
    """Written digit by digit (each digit appearing top to bottom, as the window reads it on
    every pen movement), a number read with the memo of the readings before reads exactly as
    it does from a fresh start, and the digits not under the pen are not read again."""
    year = drawn("year")
    lefts = [40, 180, 320, 460]  # the glyphs' left edges in tests/data/draw_numbers.py
    memo = SplitMemo()
    for k, left in enumerate(lefts):
        for rows in (70, 120, 220):
            page = np.full_like(year, 255)
            page[:, : left] = year[:, : left]
            page[:rows, left : left + 140] = year[:rows, left : left + 140]
            fresh, remembered = read_number(predictor, page), read_number(predictor, page, memo)
            assert remembered.number == fresh.number
            assert [d.box for d in remembered.digits] == [d.box for d in fresh.digits]
            for a, b in zip(remembered.digits, fresh.digits, strict=True):
                np.testing.assert_array_equal(a.pixels, b.pixels)
        assert k == 0 or memo.hits > 0
    assert remembered.number == "2026"
    misses = memo.misses
    read_number(predictor, year, memo)
    assert memo.misses == misses, "nothing new to read on the same sheet"


def test_digits_under_the_pen_are_cut_once_it_is_lifted(predictor):
    """While the pen writes, the ink under it is read whole (a half-written digit is not
    tried cut); lifted, the same ink is split for good, memo or not: the reading while
    writing is not remembered."""
    zeros = drawn("touching-zeros")
    height, width = zeros.shape
    memo = SplitMemo()
    writing = read_number(predictor, zeros, memo, writing=(0, 0, width // 2, height))
    assert len(writing.digits) == 1, "under the pen: one group, not tried cut"
    lifted = read_number(predictor, zeros, memo)
    assert lifted.number == "00"
    assert [d.box for d in lifted.digits] == [d.box for d in read_number(predictor, zeros).digits]
    away = read_number(predictor, zeros, SplitMemo(), writing=(width - 2, 0, 2, height))
    assert away.number == "00", "the pen writing elsewhere does not keep this group whole"


def _flood_labels(mask: np.ndarray) -> list[frozenset]:
    """The 8-connected pieces of a mask by a plain flood fill: the reference."""
    seen, pieces = np.zeros_like(mask, dtype=bool), []
    h, w = mask.shape
    for y, x in zip(*np.nonzero(mask), strict=True):
        if seen[y, x]:
            continue
        stack, piece = [(y, x)], set()
        seen[y, x] = True
        while stack:
            cy, cx = stack.pop()
            piece.add((cy, cx))
            for ny in range(max(0, cy - 1), min(h, cy + 2)):
                for nx in range(max(0, cx - 1), min(w, cx + 2)):
                    if mask[ny, nx] and not seen[ny, nx]:
                        seen[ny, nx] = True
                        stack.append((ny, nx))
        pieces.append(frozenset(piece))
    return pieces


def test_pieces_are_labelled_as_a_flood_fill_finds_them():
    """The run-based labelling (which every number's candidate pieces go through) finds the
    same 8-connected pieces as a flood fill, numbered by their last pixel row by row."""
    rng = np.random.default_rng(7)
    masks = [rng.random((int(rng.integers(1, 40)), int(rng.integers(1, 40)))) < p
             for p in (0.0, 0.2, 0.45, 0.6, 1.0) for _ in range(8)]
    masks.append(read_image(DRAWN / "year.png")[::4, ::4] < 128)
    for mask in masks:
        labels, count = label_pieces(mask)
        expected = _flood_labels(mask)
        assert count == len(expected)
        found = [frozenset(zip(*np.nonzero(labels == k), strict=True))
                 for k in range(1, count + 1)]
        assert set(found) == set(expected)
        last = [max(y * mask.shape[1] + x for y, x in piece) for piece in found]
        assert last == sorted(last)


def test_the_benchs_numbers_read_right(predictor):
    """The bench's numbers at the window's size (tests/test_bench.py runs the bench itself):
    built as the sheet shows them, and read right, so that the bench times real readings."""
    from digitgui.bench import numbers as bench

    for digits, touching in ((6, False), (12, False), (6, True)):
        placed = bench.numbers(3, digits, touching)
        pictures = [bench.sheet(p) for p in placed]
        assert all(p.shape == bench.SHEET for p in pictures)
        counts = [len(read_number(predictor, p).digits) for p in pictures]
        assert sum(c == digits for c in counts) >= 2, (digits, touching, counts)
    half = bench.sheet(placed[0], 2, 0.5)  # the second digit half written
    assert (half < 128).any() and not np.array_equal(half, pictures[0])


def test_a_fleck_thinner_than_the_pen_is_no_decimal_point(predictor):
    """A fleck of ink low between two digits, far thinner than the pen (scanned digits have
    them, and enlarged they sit where a point would), is dust; a dot of the pen is a point."""
    year = drawn("year").copy()  # glyphs at 40, 180, 320, 460, 100 px wide; baseline y 180
    year[172:176, 155:158] = 90
    assert read_number(predictor, year).number == "2026"
    dotted = drawn("year").copy()
    yy, xx = np.mgrid[: dotted.shape[0], : dotted.shape[1]]
    dotted[(yy - 174) ** 2 + (xx - 157) ** 2 <= 7**2] = 0  # a dot as wide as the pen (14 px)
    assert read_number(predictor, dotted).number == "2.026"


def test_a_half_written_digit_is_not_tried_cut(predictor):
    """A digit only begun (the top of the year's second 2 or third 0) is lower than a digit:
    any piece cut from it pays as much for its height as the whole does, so cutting it cannot
    win and its cuts are not read (the pen-to-number path's slowest readings were such cut
    searches). The digits read are the same as when the cuts were read."""
    year = drawn("year")
    for left, rows, number in ((180, 70, "2?"), (320, 60, "20?")):
        page = np.full_like(year, 255)
        page[:, :left] = year[:, :left]
        page[:rows, left:left + 140] = year[:rows, left:left + 140]  # begun: its top rows
        scored: list[int] = []

        def score(batch: np.ndarray) -> np.ndarray:
            scored.append(len(batch))  # noqa: B023  (read at once, within this turn)
            return predictor.probabilities(batch)

        split = split_number(page, score)
        digits = "".join(str(int(np.argmax(d.probabilities))) for d in split.digits)
        # The written digits read as before; the begun one is one digit, whatever the network
        # guesses from its top (a 0's top arc may pass for a 7's).
        assert len(digits) == len(number) and digits[:-1] == number[:-1]
        assert sum(scored) == len(number), "each group read once, no cut of the begun digit"


def test_each_candidate_piece_is_read_once(predictor):
    """Cuts through the same paper part the ink alike: their pieces are prepared and read
    once in the network call that reads a number's candidate pieces, not once per cut."""
    batches: list[list[bytes]] = []

    def score(batch: np.ndarray) -> np.ndarray:
        batches.append([image.tobytes() for image in batch])
        return predictor.probabilities(batch)

    for name in ("touching-zeros", "year", "three-point-one-four"):
        batches.clear()
        reading = split_number(drawn(name), score)
        assert reading.digits and max(len(b) for b in batches) > 1, name
        assert all(len(set(b)) == len(b) for b in batches), name
