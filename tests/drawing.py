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


def _neighbours(mask: np.ndarray) -> list[np.ndarray]:
    """P2..P9 of Zhang-Suen (clockwise from north) for every pixel."""
    p = np.pad(mask, 1)
    h, w = mask.shape
    offsets = [(-1, 0), (-1, 1), (0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1)]
    return [p[1 + dy: 1 + dy + h, 1 + dx: 1 + dx + w] for dy, dx in offsets]


def skeleton(mask: np.ndarray) -> np.ndarray:
    """Zhang-Suen thinning of a boolean mask, vectorised."""
    mask = mask.astype(np.uint8).copy()
    while True:
        changed = False
        for step in (0, 1):
            n = _neighbours(mask)
            count = sum(n)
            transitions = sum(((n[i] == 0) & (n[(i + 1) % 8] == 1)) for i in range(8))
            p2, p4, p6, p8 = n[0], n[2], n[4], n[6]
            if step == 0:
                c1, c2 = p2 * p4 * p6, p4 * p6 * p8
            else:
                c1, c2 = p2 * p4 * p8, p2 * p6 * p8
            remove = (mask == 1) & (count >= 2) & (count <= 6) & (transitions == 1)
            remove &= (c1 == 0) & (c2 == 0)
            if remove.any():
                mask[remove] = 0
                changed = True
        if not changed:
            return mask.astype(bool)


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
