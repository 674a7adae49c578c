"""Reading a written number at the window's size (a 224 px tall, 3:1 sheet): from a fresh
start (6 digits with gaps, 6 touching, 12 digits), and pen to updated number: a 6-digit
number written digit by digit, read again after every few pen movements as the window's
worker does (with its memo of the groups already read, and the box the pen is writing in),
and once more when the pen is lifted from each digit.

Numbers are built from the embedded validation digits, scaled to the sheet, as
``scripts/make_number_sets.py`` builds its sets. Runs in a child process
(``python -m digitgui.bench.numbers COUNT``).
"""

from __future__ import annotations

import json
import time

import numpy as np

from digitgui.bench.stats import percentiles_ms
from digitgui.core.data import load_source, stratified_split
from digitgui.core.drawing.number_memo import SplitMemo
from digitgui.core.models import bundle as bundles
from digitgui.core.models.number_reader import number_predictor, read_number

SHEET = (224, 672)
"""The picture the window reads a number from (its sheet shrunk to 224 px high)."""

_STEPS = 6
"""Readings while one digit is written (its ink revealed top to bottom in this many steps)."""


def _digit(image: np.ndarray, height: int) -> np.ndarray:
    """An embedded digit (ink bright) cropped to its ink and scaled to ``height`` px high."""
    from PIL import Image  # noqa: PLC0415

    rows, cols = np.flatnonzero(image.max(axis=1) > 0.1), np.flatnonzero(image.max(axis=0) > 0.1)
    crop = image[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    width = max(1, round(crop.shape[1] * height / crop.shape[0]))
    big = Image.fromarray(crop.astype(np.float32), mode="F").resize(
        (width, height), Image.Resampling.BICUBIC)
    return np.clip(np.asarray(big, dtype=np.float32), 0, 1)


def numbers(count: int, digits: int, touching: bool, seed: int = 12) -> list[list[tuple]]:
    """``count`` numbers, each a list of (digit ink, left, top) on :data:`SHEET`."""
    val = stratified_split(load_source("embedded"), 0.1)[1]
    rng = np.random.default_rng([seed, digits, touching])
    height = round(min(0.5 * SHEET[0], 0.9 * SHEET[1] / (digits * 1.05)))
    out: list[list[tuple]] = []
    while len(out) < count:
        inks = [_digit(val.x[i, ..., 0], height)
                for i in rng.choice(len(val.x), size=digits, replace=False)]
        placed, x = [], 0.0
        for ink in inks:
            placed.append((ink, round(x), round((SHEET[0] - height) / 2 + rng.uniform(-3, 3))))
            x += ink.shape[1] * (1 - rng.uniform(0, 0.15)) if touching else (
                ink.shape[1] + rng.uniform(0.08, 0.3) * height)
        if x < SHEET[1] - 20:
            out.append([(ink, left + 10, top) for ink, left, top in placed])
    return out


def sheet(placed: list[tuple], upto: int | None = None, rows: float = 1.0) -> np.ndarray:
    """The picture (dark ink on white) of the first ``upto`` digits, the last of them
    written down to ``rows`` of its height."""
    page = np.zeros(SHEET, dtype=np.float32)
    shown = placed if upto is None else placed[:upto]
    for k, (ink, left, top) in enumerate(shown):
        if upto is not None and k == len(shown) - 1:
            ink = ink[: max(1, round(rows * ink.shape[0]))]
        region = page[top : top + ink.shape[0], left : left + ink.shape[1]]
        np.maximum(region, ink[:, : region.shape[1]], out=region)
    return (255 - np.round(page * 255)).astype(np.uint8)


def measure(count: int = 20) -> dict:
    """Runs :func:`measure_here` in a fresh child process."""
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    result = subprocess.run([sys.executable, "-m", "digitgui.bench.numbers", str(count)],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_here(count: int = 20) -> dict:
    predictor = number_predictor(bundles.resolve("default"))
    results: dict = {"sheet": list(SHEET), "numbers": count}
    for name, digits, touching in (("6_gaps", 6, False), ("6_touching", 6, True),
                                   ("12_gaps", 12, False)):
        pictures = [sheet(placed) for placed in numbers(count, digits, touching)]
        read_number(predictor, pictures[0])
        times = []
        for picture in pictures * 3:
            started = time.perf_counter()
            read_number(predictor, picture)
            times.append(time.perf_counter() - started)
        results[f"fresh_{name}"] = percentiles_ms(times)
    for name, touching in (("6_gaps", False), ("6_touching", True)):
        times = []
        for placed in numbers(max(1, count // 4), 6, touching, seed=13):
            memo = SplitMemo()
            for upto in range(1, len(placed) + 1):
                ink, left, top = placed[upto - 1]
                for step in range(1, _STEPS + 2):
                    # Steps 1 to _STEPS: the pen writes the digit down to this share of its
                    # rows (the stroke's box is where the pen has been); one more: lifted.
                    rows = min(step, _STEPS) / _STEPS
                    picture = sheet(placed, upto, rows)
                    pen = ((left, top, ink.shape[1], max(1, round(rows * ink.shape[0])))
                           if step <= _STEPS else None)
                    started = time.perf_counter()
                    read_number(predictor, picture, memo, pen)
                    times.append(time.perf_counter() - started)
        results[f"pen_to_number_{name}"] = percentiles_ms(times)
    return results


if __name__ == "__main__":
    import sys

    print(json.dumps(measure_here(int(sys.argv[1]) if len(sys.argv) > 1 else 20)))
