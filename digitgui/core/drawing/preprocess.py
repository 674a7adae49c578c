"""Turning any picture of a digit into the 28x28 input the network was trained on.

MNIST was made this way (LeCun et al.): the digit is cropped to its ink, scaled so its longer
side is 20 px keeping the aspect ratio, anti-aliased, and placed in a 28x28 field so that its
centre of mass sits at the centre. We do the same, and one thing more that drawn digits need:
the pen (see :mod:`digitgui.core.drawing.stroke`).

One path, in order: the ink is found (:mod:`~digitgui.core.drawing.ink`: polarity, paper,
extent, pieces), the stroke width is brought to MNIST's (:mod:`~digitgui.core.drawing.stroke`),
then the crop is boxed and centred here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PIL import Image

from digitgui.core.drawing.ink import INK_THRESHOLD, InkAnalysis, analyse, ink_image
from digitgui.core.drawing.stroke import normalise_stroke

SIDE = 28
BOX = 20
STRONGEST_INK = 0.9
"""The share of a picture's ink that is weaker than its strongest strokes, which are brought
to full strength (MNIST's digits are at full strength in the middle of their strokes)."""
PALEST_INK = 0.2
"""Ink is made at most five times stronger: fainter than this, it is more likely a smudge."""
@dataclass(frozen=True)
class Prepared:
    """A picture made ready for the network: ``pixels`` (28, 28) float32 in [0, 1], ink bright,
    or None when there is no digit; and what the ink looked like."""

    pixels: np.ndarray | None
    analysis: InkAnalysis

    @property
    def blank(self) -> bool:
        return self.pixels is None

    def as_uint8(self) -> np.ndarray | None:
        """The pixels as data sets keep them (uint8, 0-255), or None when there is no digit."""
        return None if self.pixels is None else np.round(self.pixels * 255).astype(np.uint8)


def prepare(image: np.ndarray) -> Prepared:
    """Any grayscale or colour image, any size, either polarity -> an MNIST-style input."""
    return prepare_ink(ink_image(image))


def prepare_ink(ink: np.ndarray) -> Prepared:
    """An ink image (float32 in [0, 1], ink bright, paper 0, as :func:`ink_image` gives) ->
    an MNIST-style input. For pieces of ink already found (a number's digits): reading their
    polarity again would only find what is known, at a tenth of the cost of preparing."""
    analysis = analyse(ink)
    if analysis.blank or analysis.box is None:
        return Prepared(None, analysis)
    top, left, bottom, right = _with_faint_edges(ink, analysis.box)
    crop = _at_full_strength(ink[top:bottom, left:right])
    crop = normalise_stroke(crop, BOX)
    return Prepared(_centre_by_mass(_fit_box(crop)), analysis)


def taken_as_is(pixels: np.ndarray) -> Prepared:
    """A picture that already is a network input (28 x 28, ink bright in [0, 1], as the
    evaluation sets store them), taken as it is: preparing it again would resample it and read
    it differently from how it was measured."""
    pixels = np.clip(np.asarray(pixels, dtype=np.float32).reshape(28, 28), 0.0, 1.0)
    analysis = analyse(pixels)
    return Prepared(None if analysis.blank else pixels, analysis)


def _at_full_strength(crop: np.ndarray) -> np.ndarray:
    """Pale ink (a blue ballpoint or a pencil on paper, a faded scan) made as strong as MNIST's:
    its strongest strokes at full strength. Left as it was, a pale digit reads as a faint one
    the network has rarely seen, and it doubts what it would otherwise read at once."""
    inked = crop[crop > INK_THRESHOLD]
    # A pen on the canvas draws at full strength: counted, not sorted, on every pen movement
    # (the quantile alone took a quarter of preparing a drawing).
    if inked.size == 0 or np.count_nonzero(inked >= 1.0) >= (1 - STRONGEST_INK) * inked.size:
        return crop
    strength = float(np.quantile(inked, STRONGEST_INK))
    if strength >= 1.0:
        return crop
    return np.clip(crop / max(strength, PALEST_INK), 0.0, 1.0)


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
