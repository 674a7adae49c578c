"""A synthetic "one writer": MNIST digits rewritten in one consistent personal style.

Real people differ from MNIST in consistent ways: a slant, a heavier pen, narrow letters, a 7
with a bar across, a 1 with a long flag. ``write_like_one_person`` applies one such style to
every digit, so a model can learn it from a few samples and be tested on the rest.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from digitgui.core.drawing.preprocess import prepare

SCALE = 8  # work at 224x224 so that the added strokes are smooth


def _quirks(big: Image.Image, digit: int) -> None:
    """The writer's own marks on some digits (drawn at SCALE x 28)."""
    draw = ImageDraw.Draw(big)
    side = big.size[0]
    array = np.asarray(big) > 128
    ys, xs = np.nonzero(array)
    if len(ys) == 0:
        return
    top, bottom, left, right = ys.min(), ys.max(), xs.min(), xs.max()
    width = max(6, side // 28 * 2)
    if digit == 7:  # a bar across the middle
        y = (top + bottom) // 2
        draw.line([(left - side // 20, y), (right + side // 40, y)], fill=255, width=width)
    elif digit == 1:  # a long flag and a foot
        cx = int(xs[ys < top + (bottom - top) // 5].mean()) if (ys < top + 10).any() else left
        draw.line([(cx, top), (cx - side // 6, top + side // 7)], fill=255, width=width)
        draw.line([(cx - side // 9, bottom), (cx + side // 9, bottom)], fill=255, width=width)
    elif digit == 4:  # a closed top, the way many people write it
        draw.line([(left, (top + bottom) // 2), (right - (right - left) // 3, top)], fill=255,
                  width=width)


def write_like_one_person(image: np.ndarray, digit: int) -> np.ndarray:
    """One MNIST digit (28x28 uint8, ink bright) in the writer's style, as the 28x28 input the
    app would make of it."""
    side = 28 * SCALE
    big = Image.fromarray(image).resize((side, side), Image.Resampling.BICUBIC)
    big = big.point(lambda v: 255 if v > 100 else 0)
    _quirks(big, digit)
    big = big.filter(ImageFilter.MaxFilter(9))  # a heavier pen
    # A strong backward slant and narrow letters: x' = 0.6 x - 0.8 y (about the centre): a
    # style even the shipped model, which knows flagged 1s and crossed 7s, reads badly (with
    # a slant of 0.6, the model trained on UNIPEN's writers too read it 92 % right).
    c = side / 2
    a, b = 1 / 0.6, 0.8 / 0.6
    big = big.transform((side, side), Image.Transform.AFFINE,
                        (a, b, c - a * c - b * c, 0, 1, 0), resample=Image.Resampling.BILINEAR)
    canvas = 255 - np.asarray(big)  # dark ink on white, like a drawing
    prepared = prepare(canvas)
    return prepared.pixels if prepared.pixels is not None else np.zeros((28, 28), np.float32)


def writer_set(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    return np.stack([write_like_one_person(image, int(d)) for image, d in zip(x, y, strict=True)])
