"""Synthetic "drawn" digits: an MNIST digit redrawn large with a round pen of any width,
anywhere on a big canvas, dark ink on white, the way a person draws in the window.

The digit's shape is enlarged, thinned to its one-pixel skeleton (Zhang-Suen), and the
skeleton is drawn again with a round pen: so a thin pen gives unbroken thin lines and a heavy
pen heavy ones, as with a real pen.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

NORMAL_STROKE = 1.93 / 20  # MNIST's stroke width relative to the digit's height


_OFFSETS = [(-1, 0), (-1, 1), (0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1)]
"""P2..P9 of Zhang-Suen: the eight neighbours clockwise from north."""


def _removable(step: int) -> np.ndarray:
    """For each of the 256 neighbourhoods (bit i set: neighbour P(i+2) is ink), whether
    Zhang-Suen's sub-iteration ``step`` removes the pixel: one table lookup a pixel instead of
    two dozen whole-image operations (the same skeletons; drawing a digit a third faster)."""
    table = np.zeros(256, dtype=bool)
    for code in range(256):
        n = [(code >> i) & 1 for i in range(8)]
        transitions = sum(n[i] == 0 and n[(i + 1) % 8] == 1 for i in range(8))
        p2, p4, p6, p8 = n[0], n[2], n[4], n[6]
        c1, c2 = (p2 * p4 * p6, p4 * p6 * p8) if step == 0 else (p2 * p4 * p8, p2 * p6 * p8)
        table[code] = 2 <= sum(n) <= 6 and transitions == 1 and c1 == 0 and c2 == 0
    return table


_REMOVABLE = (_removable(0), _removable(1))


def _codes(mask: np.ndarray, ys: np.ndarray, xs: np.ndarray) -> np.ndarray:
    code = np.zeros(len(ys), dtype=np.uint8)
    for bit, (dy, dx) in enumerate(_OFFSETS):
        code |= mask[ys + dy, xs + dx] << bit
    return code


def skeleton(mask: np.ndarray) -> np.ndarray:
    """Zhang-Suen thinning of a boolean mask. Each sub-iteration looks only at the ink on
    the boundary (pixels with a blank neighbour; a thick stroke's inside cannot go yet), and
    a pixel joins the boundary when a neighbour is removed."""
    mask = np.pad(mask.astype(np.uint8), 1)
    ys, xs = np.nonzero(mask)
    boundary = _codes(mask, ys, xs) != 255
    ys, xs = ys[boundary], xs[boundary]
    near = np.array(_OFFSETS)
    while True:
        changed = False
        for table in _REMOVABLE:
            remove = table[_codes(mask, ys, xs)]
            if not remove.any():
                continue
            changed = True
            gone_y, gone_x = ys[remove], xs[remove]
            mask[gone_y, gone_x] = 0
            # The boundary now: what is left of it, and the ink beside what went.
            ny = np.concatenate([ys[~remove], (gone_y[:, None] + near[:, 0]).ravel()])
            nx = np.concatenate([xs[~remove], (gone_x[:, None] + near[:, 1]).ravel()])
            ink = mask[ny, nx] == 1
            on = np.zeros(mask.shape, dtype=bool)
            on[ny[ink], nx[ink]] = True
            ys, xs = np.nonzero(on)
        if not changed:
            return mask[1:-1, 1:-1].astype(bool)


def _round_pen(line: np.ndarray, radius: float) -> np.ndarray:
    """Draw the one-pixel line with a round pen of the given radius."""
    r = int(np.ceil(radius))
    yy, xx = np.mgrid[-r: r + 1, -r: r + 1]
    disc = yy ** 2 + xx ** 2 <= radius ** 2 + 0.25
    padded = np.pad(line, r)
    out = np.zeros_like(padded)
    ys, xs = np.nonzero(padded)
    for dy, dx in zip(*np.nonzero(disc), strict=True):
        out[ys + dy - r, xs + dx - r] = True
    return out


def draw_digit(
    digit: np.ndarray,
    canvas: tuple[int, int] = (400, 600),
    height: int = 200,
    pen: float = 1.0,
    centre: tuple[float, float] = (0.5, 0.5),
) -> np.ndarray:
    """A (H, W) uint8 canvas, white paper, black ink. ``pen`` scales the stroke width
    (1: MNIST-like, 0.35: thin, 2: heavy); ``centre`` is where the digit sits (fractions)."""
    ys, xs = np.nonzero(digit > 30)
    crop = digit[ys.min(): ys.max() + 1, xs.min(): xs.max() + 1].astype(np.float32) / 255
    scale = height / crop.shape[0]
    size = (max(1, round(crop.shape[1] * scale)), height)
    big = np.asarray(Image.fromarray(crop, "F").resize(size, Image.Resampling.BICUBIC)) > 0.5
    radius = max(0.5, pen * NORMAL_STROKE * height / 2)
    ink = _round_pen(skeleton(big), radius)
    page = np.full(canvas, 255, dtype=np.uint8)
    h, w = ink.shape
    h, w = min(h, canvas[0]), min(w, canvas[1])
    top = int(np.clip(centre[0] * canvas[0] - h / 2, 0, canvas[0] - h))
    left = int(np.clip(centre[1] * canvas[1] - w / 2, 0, canvas[1] - w))
    page[top: top + h, left: left + w][ink[:h, :w]] = 0
    return page


def strokes_of(digit: np.ndarray, scale: int = 4) -> list[list[tuple[float, float]]]:
    """The digit as pen strokes: its skeleton (at ``scale`` times MNIST's size) traced into
    polylines, in fractions of the digit's 28x28 field. For drawing it with mouse events."""
    big = np.asarray(Image.fromarray(digit.astype(np.float32) / 255, "F").resize(
        (28 * scale, 28 * scale), Image.Resampling.BICUBIC)) > 0.5
    left = skeleton(big)
    side = 28 * scale

    def neighbours(y: int, x: int) -> list[tuple[int, int]]:
        return [(y + dy, x + dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                if (dy or dx) and 0 <= y + dy < side and 0 <= x + dx < side
                and left[y + dy, x + dx]]

    strokes = []
    while left.any():
        ys, xs = np.nonzero(left)
        ends = [(y, x) for y, x in zip(ys, xs, strict=True) if len(neighbours(y, x)) == 1]
        y, x = ends[0] if ends else (ys[0], xs[0])
        path = [(y, x)]
        left[y, x] = False
        while True:
            options = neighbours(y, x)
            if not options:
                break
            y, x = options[0]
            left[y, x] = False
            path.append((y, x))
        if len(path) >= 3:
            strokes.append([((px + 0.5) / side, (py + 0.5) / side) for py, px in path])
    return strokes
