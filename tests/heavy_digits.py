"""Synthetic small heavy scans: an MNIST digit written with a heavy pen and scanned into a
16x16 box that its ink fills, black on white, the way zip-code and form scans store digits.
And the topology checks the tests make on them: how many holes a digit has."""

from __future__ import annotations

import numpy as np
from PIL import Image

UP = 4
"""The digit is made heavy at four times MNIST's size, so that the pen is round."""


def _disc_dilation(mask: np.ndarray, radius: int) -> np.ndarray:
    yy, xx = np.mgrid[-radius: radius + 1, -radius: radius + 1]
    h, w = mask.shape
    out = np.zeros((h + 2 * radius, w + 2 * radius), dtype=bool)
    for dy, dx in zip(*np.nonzero(yy ** 2 + xx ** 2 <= radius ** 2), strict=True):
        out[dy: dy + h, dx: dx + w] |= mask
    return out


def heavy_scan(digit: np.ndarray, pen: float = 1.25, side: int = 16) -> np.ndarray:
    """A (side, side) uint8 picture, white paper, black ink filling it.

    ``digit`` is an MNIST image (28x28, ink bright, uint8 or float in [0, 1]); its strokes are
    made ``pen`` MNIST pixels heavier on every side before the scan.
    """
    ink = np.asarray(digit, dtype=np.float32)
    if ink.max() > 1:
        ink = ink / 255
    big = Image.fromarray(ink, "F").resize((28 * UP, 28 * UP), Image.Resampling.BICUBIC)
    heavy = _disc_dilation(np.asarray(big) > 0.5, round(pen * UP))
    rows, cols = np.flatnonzero(heavy.any(axis=1)), np.flatnonzero(heavy.any(axis=0))
    heavy = heavy[rows[0]: rows[-1] + 1, cols[0]: cols[-1] + 1].astype(np.float32)
    scanned = np.asarray(Image.fromarray(heavy, "F").resize((side, side), Image.Resampling.BOX))
    return np.where(scanned > 0.5, 0, 255).astype(np.uint8)


def _components(mask: np.ndarray, diagonal: bool) -> int:
    """Connected pieces of a small mask (a flood fill: test code, clarity over speed)."""
    seen = np.zeros_like(mask, dtype=bool)
    steps = [(-1, 0), (1, 0), (0, -1), (0, 1)]
    if diagonal:
        steps += [(-1, -1), (-1, 1), (1, -1), (1, 1)]
    h, w = mask.shape
    count = 0
    for y, x in zip(*np.nonzero(mask), strict=True):
        if seen[y, x]:
            continue
        count += 1
        seen[y, x] = True
        stack = [(y, x)]
        while stack:
            cy, cx = stack.pop()
            for dy, dx in steps:
                ny, nx = cy + dy, cx + dx
                if 0 <= ny < h and 0 <= nx < w and mask[ny, nx] and not seen[ny, nx]:
                    seen[ny, nx] = True
                    stack.append((ny, nx))
    return count


def holes(ink: np.ndarray) -> int:
    """Paper enclosed by ink (8-connected ink, 4-connected paper) in a boolean ink mask."""
    paper = np.pad(~ink, 1, constant_values=True)  # the paper around is one piece, not a hole
    return _components(paper, diagonal=False) - 1


def pieces(ink: np.ndarray) -> int:
    return _components(ink, diagonal=True)


HOLES = {0: 1, 8: 2}
"""The digits the hole tests use, with the holes they have."""
