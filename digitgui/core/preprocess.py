"""Turning any picture of a digit into the 28x28 input the network was trained on.

MNIST was made this way (LeCun et al.): the digit is cropped to its ink, scaled so its longer
side is 20 px keeping the aspect ratio, anti-aliased, and placed in a 28x28 field so that its
centre of mass sits at the centre. We do the same, and one thing more that drawn digits need:
the pen. A digit drawn with a thin pen on a big canvas, or a fat marker on a small one, would
end up with hair-thin or blotchy strokes at 20 px; we bring the stroke width back into MNIST's
range first (MNIST strokes are about 1.9 px wide in the 20 px box, measured on the embedded
training set as twice the ink area over its perimeter).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from digitgui.core.ink import INK_THRESHOLD, InkAnalysis, analyse, ink_image, stroke_width
from digitgui.core.morphology import dilate, erode, euler_number

SIDE = 28
BOX = 20
MNIST_STROKE = 1.93
"""Median stroke width of MNIST digits in pixels of the 20 px box (see module docstring)."""

_THIN, _THICK = 0.75, 1.3
"""Stroke widths outside [_THIN, _THICK] x MNIST_STROKE are corrected to MNIST_STROKE."""

_WORK = 80
"""The stroke width is corrected on the crop reduced (or enlarged) to about this many pixels a
side: fine enough that one step of thinning or thickening is a small part of a stroke."""

_SURVIVE = 0.25
"""Thinning never leaves less than this share of the ink: a heavy digit is thinned, not erased."""


@dataclass(frozen=True)
class Prepared:
    """A picture made ready for the network: ``pixels`` (28, 28) float32 in [0, 1], ink bright,
    or None when there is no digit; and what the ink looked like."""

    pixels: np.ndarray | None
    analysis: InkAnalysis

    @property
    def blank(self) -> bool:
        return self.pixels is None


def prepare(image: np.ndarray) -> Prepared:
    """Any grayscale or colour image, any size, either polarity -> an MNIST-style input."""
    ink = ink_image(image)
    analysis = analyse(ink)
    if analysis.blank or analysis.box is None:
        return Prepared(None, analysis)
    top, left, bottom, right = _with_faint_edges(ink, analysis.box)
    crop = ink[top:bottom, left:right]
    crop = _normalise_stroke(crop)
    return Prepared(_centre_by_mass(_fit_box(crop)), analysis)


def _with_faint_edges(ink: np.ndarray, box: tuple[int, int, int, int]) -> tuple[int, ...]:
    """Grow the box by the faint anti-aliased rim of the strokes (at most 2 px a side), which
    matters at MNIST's own resolution: MNIST boxed its digits including that rim."""
    top, left, bottom, right = box
    h, w = ink.shape
    faint = ink > 0.02
    for _ in range(2):
        if top > 0 and faint[top - 1, left:right].any():
            top -= 1
        if bottom < h and faint[bottom, left:right].any():
            bottom += 1
        if left > 0 and faint[top:bottom, left - 1].any():
            left -= 1
        if right < w and faint[top:bottom, right].any():
            right += 1
    return top, left, bottom, right


def _reduce_keeping_strokes(crop: np.ndarray, factor: int) -> np.ndarray:
    """Shrink by an integer factor taking the maximum of each block, so a thin line stays a
    full-strength line one pixel wide instead of fading to grey."""
    if factor <= 1:
        return crop
    h, w = crop.shape
    padded = np.zeros((-(-h // factor) * factor, -(-w // factor) * factor), dtype=np.float32)
    padded[:h, :w] = crop
    return padded.reshape(padded.shape[0] // factor, factor, -1, factor).max(axis=(1, 3))


def _normalise_stroke(crop: np.ndarray) -> np.ndarray:
    """Thicken hair-thin strokes and thin out very heavy ones, relative to the digit's size,
    without ever changing the digit's topology (its pieces and holes)."""
    factor = max(1, max(crop.shape) // _WORK)
    work = _reduce_keeping_strokes(crop, factor)
    longer = max(work.shape)
    target = MNIST_STROKE * longer / BOX
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


def _fit_box(crop: np.ndarray) -> np.ndarray:
    """Scale so that the longer side is 20 px, keeping the aspect ratio, anti-aliased."""
    h, w = crop.shape
    scale = BOX / max(h, w)
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    resized = Image.fromarray(np.ascontiguousarray(crop), mode="F").resize(
        size, Image.Resampling.LANCZOS
    )
    return np.clip(np.asarray(resized, dtype=np.float32), 0.0, 1.0)


def _centre_by_mass(patch: np.ndarray) -> np.ndarray:
    """Place the patch in a 28x28 field with its centre of mass at the centre (14, 14)."""
    h, w = patch.shape
    total = float(patch.sum())
    if total <= 0:
        com_y, com_x = (h - 1) / 2, (w - 1) / 2
    else:
        com_y = float(patch.sum(axis=1) @ np.arange(h)) / total
        com_x = float(patch.sum(axis=0) @ np.arange(w)) / total
    top = int(np.clip(round(SIDE / 2 - com_y), 0, SIDE - h))
    left = int(np.clip(round(SIDE / 2 - com_x), 0, SIDE - w))
    field = np.zeros((SIDE, SIDE), dtype=np.float32)
    field[top : top + h, left : left + w] = patch
    return field


def as_network_input(pixels: np.ndarray) -> np.ndarray:
    """One or many 28x28 inputs as the (N, 28, 28, 1) float32 batch the networks take."""
    batch = np.asarray(pixels, dtype=np.float32)
    if batch.ndim == 2:
        batch = batch[None]
    if batch.ndim == 3:
        batch = batch[..., None]
    return batch
