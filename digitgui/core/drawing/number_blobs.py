"""The ink of a written number as blobs: its separate strokes, their boxes, and the two marks
that are not digits (a leading minus sign, a decimal point or comma).

Pieces are found on the ink mask pooled so that the number is about :data:`GRID_HEIGHT` pixels
high: fine enough to keep apart digits a few percent of their height apart, and cheap enough
for a 12-digit number (label propagation on a few thousand pixels).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from digitgui.core.drawing.morphology import stroke_width
from digitgui.core.drawing.pieces import label_pieces, max_pool

GRID_HEIGHT = 32
"""The ink's height in the pooled grid the pieces are labelled on."""

_MAX_GRID_WIDTH = 1024
"""A very long, flat picture is pooled further, so labelling stays cheap."""

HEIGHT_PERCENTILE = 75
"""A digit's height is this percentile of the digits' blob heights: above the median, since
a digit wider than high (a sprawling 2 or 0) is lower than the others, and a height taken too
low makes real digits look too wide for one."""

TALL = 0.6
"""A blob at least this share of a digit's height is (most of) a digit; a shorter one is a
mark or a stroke of a digit written in several (the flag of a 5, the bar of a 7, a 4's hook)."""

_POINT_SIZE = 0.3
"""A decimal point is at most this share of a digit's height across..."""

_COMMA_HEIGHT = 0.5
"""...or, a comma, this share high (and as narrow as a point)."""

_POINT_LOW = 0.55
"""...and its centre lies in the lower part of the line: at least this share of a digit's
height below the digits' top line."""

_POINT_WEIGHT = 0.5
"""...and it is a dot or short stroke of the pen: its ink at least this share of the pen's
width times its length (a dot of the pen's width has about 0.8). A speck of dust or a faint
fleck of a digit's stroke (scanned digits have them; enlarged, they look like points) is
thinner than the pen and is dropped as dust."""

_MINUS_FLAT = 2.5
"""A minus sign is at least this many times wider than high..."""

_MINUS_HEIGHT = 0.25
"""...at most this share of a digit's height high..."""

_MINUS_WIDTH = (0.2, 1.2)
"""...between these shares of a digit's height wide, and with its centre in the middle band of
the line (a quarter to three quarters of the way down), left of every digit."""


@dataclass(frozen=True)
class Blob:
    """A set of pooled pieces, the box of their ink in picture pixels (right/bottom
    exclusive) and how many ink pixels they hold."""

    labels: frozenset[int]
    left: int
    top: int
    right: int
    bottom: int
    area: int = 0

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top

    @property
    def cx(self) -> float:
        return (self.left + self.right) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    def joined(self, other: Blob) -> Blob:
        return Blob(self.labels | other.labels, min(self.left, other.left),
                    min(self.top, other.top), max(self.right, other.right),
                    max(self.bottom, other.bottom), self.area + other.area)

    def overlap(self, other: Blob) -> int:
        """How many columns the two boxes share (negative: the gap between them)."""
        return min(self.right, other.right) - max(self.left, other.left)


@dataclass(frozen=True)
class Pieces:
    """The labelled pooled grid (``labels``, pooled ``factor`` times, its top left at picture
    pixel ``origin``, (y, x)) and its blobs."""

    labels: np.ndarray
    factor: int
    blobs: list[Blob]
    origin: tuple[int, int] = (0, 0)
    pen: float = 0.0
    """The ink's typical stroke width in pixels."""

    def owner(self, top: int, bottom: int, left: int, right: int) -> np.ndarray:
        """The label of each picture pixel in a window (the label of its pooled block)."""
        f = self.factor
        top, bottom = top - self.origin[0], bottom - self.origin[0]
        left, right = left - self.origin[1], right - self.origin[1]
        grid = self.labels[top // f : (bottom - 1) // f + 1, left // f : (right - 1) // f + 1]
        full = np.repeat(np.repeat(grid, f, axis=0), f, axis=1)
        return full[top % f : top % f + bottom - top, left % f : left % f + right - left]

    def ink_of(self, ink: np.ndarray, blob: Blob, left: int | None = None,
               right: int | None = None) -> np.ndarray:
        """The blob's own ink in its box (optionally only columns [left, right)): the ink of
        a neighbour that reaches into the box is left out."""
        left = blob.left if left is None else left
        right = blob.right if right is None else right
        window = ink[blob.top : blob.bottom, left:right]
        owner = self.owner(blob.top, blob.bottom, left, right)
        return window * np.isin(owner, list(blob.labels))


def find_blobs(mask: np.ndarray, speck: float) -> Pieces:
    """The pieces of ink, each as a blob with its exact box; pieces with fewer pooled pixels
    than ``speck`` are dropped (scanner dust, a slip of the pen)."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    # Only the ink's box is labelled: the paper around a number on a wide sheet was most of
    # the grid, and label propagation costs in proportion to the grid (a 12-digit number
    # written small on the window's sheet took most of its reading time here).
    height = int(rows[-1] - rows[0] + 1)
    factor = max(1, round(height / GRID_HEIGHT), -(-mask.shape[1] // _MAX_GRID_WIDTH))
    # The box starts on the whole picture's grid of blocks: the same blocks as before.
    y0, x0 = int(rows[0]) // factor * factor, int(cols[0]) // factor * factor
    mask = mask[y0 : rows[-1] + 1, x0 : cols[-1] + 1]
    pooled = max_pool(mask, factor)
    labels, count = label_pieces(pooled)
    sizes = np.bincount(labels.ravel(), minlength=count + 1)
    pieces = Pieces(labels, factor, [], (y0, x0), stroke_width(mask))
    for label in range(1, count + 1):
        if sizes[label] < speck:
            continue
        ys, xs = np.nonzero(labels == label)
        top, left = int(ys.min()) * factor, int(xs.min()) * factor
        bottom = min(mask.shape[0], (int(ys.max()) + 1) * factor)
        right = min(mask.shape[1], (int(xs.max()) + 1) * factor)
        own = mask[top:bottom, left:right] & (
            pieces.owner(y0 + top, y0 + bottom, x0 + left, x0 + right) == label)
        r, c = np.flatnonzero(own.any(axis=1)), np.flatnonzero(own.any(axis=0))
        if len(r) == 0:
            continue
        top, left = y0 + top, x0 + left
        pieces.blobs.append(Blob(frozenset([label]), left + int(c[0]), top + int(r[0]),
                                 left + int(c[-1]) + 1, top + int(r[-1]) + 1,
                                 int(np.count_nonzero(own))))
    pieces.blobs.sort(key=lambda b: b.left)
    labels[~np.isin(labels, [label for b in pieces.blobs for label in b.labels])] = 0
    return pieces


def digit_height(blobs: list[Blob]) -> float:
    """A digit's height, from the blobs at least half as high as the highest (marks and the
    strokes of a digit drawn in several are left out)."""
    highest = max(b.height for b in blobs)
    return float(np.percentile([b.height for b in blobs if b.height >= highest / 2],
                               HEIGHT_PERCENTILE))


def find_marks(blobs: list[Blob], height: float,
               pen: float = 0.0) -> tuple[list[Blob], list[Blob]]:
    """(the minus sign, if any, as a list; the decimal points or commas): the blobs that are
    not digits nor strokes of one. Judged against the tall blobs, the digits' bodies, and
    the pen (the ink's stroke width): a point or comma is as thick as the pen wrote it."""
    tall = [b for b in blobs if b.height >= TALL * height]
    if not tall:
        return [], []
    top_line = float(np.median([b.top for b in tall]))
    first, last = min(b.left for b in tall), max(b.right for b in tall)

    def clear_of_digits(blob: Blob) -> bool:
        # A mark stands apart; a stroke of a digit crosses or sits over the digit's body.
        return all(blob.overlap(t) <= 0.3 * blob.width for t in tall)

    minus, points = [], []
    for blob in blobs:
        if blob in tall or not clear_of_digits(blob):
            continue
        low = (blob.cy - top_line) / height
        narrow = blob.width <= _POINT_SIZE * height
        if (narrow and low >= _POINT_LOW and first < blob.cx < last
                and blob.height <= _COMMA_HEIGHT * height
                and blob.area >= _POINT_WEIGHT * pen * max(blob.width, blob.height)):
            points.append(blob)
        elif (blob.width >= _MINUS_FLAT * blob.height and blob.height <= _MINUS_HEIGHT * height
              and _MINUS_WIDTH[0] * height <= blob.width <= _MINUS_WIDTH[1] * height
              and 0.25 <= low <= 0.75 and blob.right <= first + 0.1 * height and not minus):
            minus.append(blob)
    return minus, points
