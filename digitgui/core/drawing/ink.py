"""Finding the ink in an image: polarity, the digit's extent, separate pieces, stroke width.

Everything here is plain NumPy so that it runs on the window's per-stroke path in about a
millisecond. The result, :class:`InkAnalysis`, also feeds the canvas hints ("too small",
"touching the edge", "several separate pieces").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from digitgui.core.drawing.morphology import stroke_width
from digitgui.core.drawing.pieces import label_pieces, max_pool
from digitgui.core.drawing.polarity import paper_of

INK_THRESHOLD = 0.25
"""An ink-normalised pixel above this counts as ink when measuring extent and pieces."""

_PIECE_GRID = 48
"""Pieces are found on the ink mask max-pooled to at most this many pixels a side: enough to
tell strokes a few percent of the drawing apart, and cheap on every pen movement."""

_SPECK_SHARE = 0.04
"""A piece with less than this share of the biggest piece's area is a speck, not digit."""

_DOT_EXTENT = 3.0
"""A piece no longer than this many stroke widths is a dot (a click), not a stroke..."""

_DOT_SHARE = 0.5
"""...when it is also shorter than this share of the picture: the window's pen is far thinner
than half the sheet, while a heavy digit scanned and cropped to its box fills its picture."""

SMALL = 0.25
"""A digit whose longer side is under this share of the canvas gets the hint to draw larger:
with a pen sized for the canvas its strokes would be heavy for its size."""


def ink_image(image: np.ndarray) -> np.ndarray:
    """Any grayscale, RGB or RGBA image as float32 (H, W) in [0, 1], ink bright, paper at 0.

    Polarity is read off the border, or for a picture cropped to its ink off the shapes (see
    :mod:`digitgui.core.drawing.polarity`). Grey paper is subtracted so that only the ink remains.
    """
    a = np.asarray(image)
    if a.ndim == 3 and a.shape[2] == 1:
        a = a[..., 0]
    if a.dtype == np.uint8:
        scale = 255.0
    elif a.dtype == np.uint16:
        scale = 65535.0
    else:
        scale = 1.0
    a = a.astype(np.float32) / scale
    if a.ndim == 3:
        a = _flatten_colour(a)
    if a.ndim != 2 or min(a.shape) < 1:
        raise ValueError(f"expected a 2-D image, got shape {np.shape(image)}")
    light_paper, paper = paper_of(a)
    if light_paper:
        a = 1.0 - a
        paper = 1.0 - paper
    if paper > 0:
        a = (a - paper) / max(1.0 - paper, 1e-6)
    return np.clip(a, 0.0, 1.0, out=a)


def _flatten_colour(rgb: np.ndarray) -> np.ndarray:
    """RGB(A) in [0, 1] to gray. Transparent pixels are paper: over white, or over black when
    the visible pixels are light (light ink on a transparent sheet)."""
    gray = rgb[..., :3] @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    if rgb.shape[2] < 4:
        return gray
    alpha = rgb[..., 3]
    if float(alpha.min()) >= 1.0:
        return gray
    visible = alpha > 0.5
    light_ink = visible.any() and float(np.median(gray[visible])) > 0.5
    backdrop = 0.0 if light_ink else 1.0
    return gray * alpha + backdrop * (1.0 - alpha)


@dataclass(frozen=True)
class InkAnalysis:
    """What the ink looks like; all boxes are (top, left, bottom, right), bottom/right exclusive."""

    blank: bool
    box: tuple[int, int, int, int] | None
    pieces: int
    touches_edge: bool
    relative_size: float
    stroke_width: float

    @property
    def hints(self) -> list[str]:
        """Short advice for the person drawing, most important first."""
        if self.blank:
            return []
        hints = []
        if self.relative_size < SMALL:
            hints.append("The digit is very small: draw it larger.")
        if self.touches_edge:
            hints.append("The digit touches the edge: part of it may be cut off.")
        if self.pieces > 1:
            hints.append(f"The drawing is in {self.pieces} separate pieces: join the strokes.")
        return hints


def _tight_box(mask: np.ndarray, loose: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """The exact box of the ink inside a (pooled, a few pixels loose) box."""
    top, left, bottom, right = loose
    window = mask[top:bottom, left:right]
    rows, cols = np.flatnonzero(window.any(axis=1)), np.flatnonzero(window.any(axis=0))
    return (top + int(rows[0]), left + int(cols[0]), top + int(rows[-1]) + 1,
            left + int(cols[-1]) + 1)


BLANK = InkAnalysis(True, None, 0, False, 0.0, 0.0)


def analyse(ink: np.ndarray) -> InkAnalysis:
    """Find the digit in an ink image (from :func:`ink_image`), ignoring specks."""
    mask = ink > INK_THRESHOLD
    if not mask.any():
        return BLANK
    h, w = mask.shape
    factor = max(1, -(-max(h, w) // _PIECE_GRID))
    pooled = max_pool(mask, factor)
    labels, count = label_pieces(pooled)
    sizes = np.bincount(labels.ravel(), minlength=count + 1)[1:]
    keep = np.flatnonzero(sizes >= max(1, _SPECK_SHARE * sizes.max())) + 1

    width = stroke_width(mask)
    dot_limit = max(_DOT_EXTENT * width, 4.0)
    boxes = []
    for piece in keep:
        ys, xs = np.nonzero(labels == piece)
        loose = (ys.min() * factor, xs.min() * factor, (ys.max() + 1) * factor,
                 (xs.max() + 1) * factor)
        boxes.append(_tight_box(mask, loose))
    extents = [max(bottom - top, right - left) for top, left, bottom, right in boxes]
    box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
           max(b[3] for b in boxes))
    box = tuple(int(v) for v in box)
    relative = max(box[2] - box[0], box[3] - box[1]) / min(h, w)
    # A click is a small dot on a big sheet; a heavy digit cropped to its box (a small scan)
    # is as stubby but fills its picture.
    if all(extent < min(dot_limit, _DOT_SHARE * min(h, w)) for extent in extents):
        return InkAnalysis(True, None, 0, False, 0.0, width)

    touches = bool(box[0] == 0 or box[1] == 0 or box[2] == h or box[3] == w)
    return InkAnalysis(False, box, len(keep), touches, float(relative), width)
