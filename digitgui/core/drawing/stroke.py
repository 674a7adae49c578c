"""Bringing a drawing's pen to MNIST's weight, without breaking the digit.

A digit drawn with a thin pen on a big canvas, or a fat marker on a small one, would end up
with hair-thin or blotchy strokes once scaled to MNIST's 20 px box. The stroke width is brought
back into MNIST's range first (MNIST strokes are about 1.9 px wide in the 20 px box, measured
on the embedded training set as twice the ink area over its perimeter), by grey-level thinning
or thickening that never changes the digit's topology: a heavy 0 keeps its hole, a thin 1 is
not erased.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from digitgui.core.drawing.ink import INK_THRESHOLD
from digitgui.core.drawing.morphology import dilate, erode, euler_number, stroke_width

MNIST_STROKE = 1.93
"""Median stroke width of MNIST digits in pixels of the 20 px box (see module docstring)."""

_THIN, _THICK = 0.75, 1.3
"""Stroke widths outside [_THIN, _THICK] x MNIST_STROKE are corrected to MNIST_STROKE."""

_WORK = 80
"""The stroke width is corrected on the crop reduced (or enlarged) to about this many pixels a
side: fine enough that one step of thinning or thickening is a small part of a stroke."""

_SURVIVE = 0.25
"""Thinning never leaves less than this share of the ink: a heavy digit is thinned, not erased."""


def _reduce_keeping_strokes(crop: np.ndarray, factor: int) -> np.ndarray:
    """Shrink by an integer factor taking the maximum of each block, so a thin line stays a
    full-strength line one pixel wide instead of fading to grey."""
    if factor <= 1:
        return crop
    h, w = crop.shape
    padded = np.zeros((-(-h // factor) * factor, -(-w // factor) * factor), dtype=np.float32)
    padded[:h, :w] = crop
    return padded.reshape(padded.shape[0] // factor, factor, -1, factor).max(axis=(1, 3))


def normalise_stroke(crop: np.ndarray, box: int) -> np.ndarray:
    """Thicken hair-thin strokes and thin out very heavy ones, relative to the digit's size
    once scaled to ``box`` pixels, without ever changing the digit's topology (its pieces and
    holes)."""
    factor = max(1, max(crop.shape) // _WORK)
    work = _reduce_keeping_strokes(crop, factor)
    longer = max(work.shape)
    target = MNIST_STROKE * longer / box
    width = stroke_width(work > INK_THRESHOLD * 2)
    if width <= 0 or _THIN * target <= width <= _THICK * target:
        return work
    if round(abs(width - target) / 2) < 1:
        return work  # off by less than a pixel a side: as much as MNIST's own digits vary
    # A small picture (a 16x16 scan) is corrected on an enlarged copy: one step of thinning
    # there is a fraction of a pixel of the original, so a heavy ring can be thinned to
    # MNIST's weight instead of being broken by a filter a third of the digit wide.
    if longer < _WORK:
        work = _enlarged(work, _WORK / longer)
        width, target = width * _WORK / longer, target * _WORK / longer
    if width < target:
        return _thickened(work, int(round((target - width) / 2)))
    return _thinned(work, int(round((width - target) / 2)), margin=max(1, round(target / 4)))


def _enlarged(work: np.ndarray, scale: float) -> np.ndarray:
    h, w = work.shape
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    bigger = Image.fromarray(work, mode="F").resize(size, Image.Resampling.BILINEAR)
    return np.asarray(bigger, dtype=np.float32)


def _thickened(work: np.ndarray, steps: int) -> np.ndarray:
    """Up to ``steps`` pixels more ink on every side, stopping before a hole closes."""
    if steps < 1:
        return work
    work = np.pad(work, steps)  # room to grow into
    euler = euler_number(work > 0.5)
    taken = 0
    while taken < steps:
        thicker = dilate(work, taken + 1)
        # Closing a hole raises the Euler number; joining pieces (a pen that lifted) lowers it.
        if euler_number(thicker > 0.5) > euler:
            break
        work, taken = thicker, taken + 1
    unused = steps - taken  # the room not grown into, so that the digit still fills its box
    return work[unused: work.shape[0] - unused, unused: work.shape[1] - unused]


def _thinned(work: np.ndarray, steps: int, margin: int) -> np.ndarray:
    """Up to ``steps`` pixels less ink on every side: as many as keep the topology.

    A step is taken only if ``margin`` further steps would still not break a stroke, break a
    loop open or wipe out a piece: the thinnest part of a stroke then keeps about half MNIST's
    width, enough to survive the reduction to 20 px.
    """
    if steps < 1:
        return work
    mask = work > 0.5
    euler, least = euler_number(mask), _SURVIVE * int(mask.sum())
    chain = [work]
    for step in range(1, steps + margin + 1):
        level = erode(chain[-1], step)
        thinned = level > 0.5
        if euler_number(thinned) != euler or (step <= steps and thinned.sum() < least):
            break
        chain.append(level)
    return chain[max(0, min(steps, len(chain) - 1 - margin))]
