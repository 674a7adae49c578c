"""Which is the paper and which the ink: dark ink on light paper, or light ink on dark.

Usually the border tells: a picture with a margin has paper all round it. That costs a few
array operations, and is the only test the window's sheet ever needs. A picture cropped to its
ink (a scan cut to the digit's box) has ink on its border too; then the shapes tell. A digit
is one stroke or a few, while the paper around a digit that touches all four sides is cut into
several pieces (the corners, the inside of a loop): the colour in fewer pieces is the ink.
"""

from __future__ import annotations

import numpy as np

from digitgui.core.drawing.pieces import count_pieces

AGREE = 0.75
"""When at least this share of the border is on one side of the middle grey, and so are at
least three of the four corners, that side is the paper: a digit touching an edge of a sheet
covers little of its border and rarely its corners. (Both chosen on the embedded training
split cropped tight, in both polarities.)"""

_FLAT = 0.05
"""A picture with less contrast than this is blank: light is paper, as on a white sheet."""

_GRID = 32
"""Pieces are counted on the picture pooled to at most this many pixels a side."""

_SPECK_SHARE = 0.04
"""Pieces under this share of the biggest are noise, not strokes or paper."""


def paper_of(gray: np.ndarray) -> tuple[bool, float]:
    """(whether the paper is light, the paper's grey level) of a gray picture in [0, 1]."""
    border = np.concatenate([gray[0], gray[-1], gray[:, 0], gray[:, -1]])
    low, high = float(gray.min()), float(gray.max())
    if high - low < _FLAT:
        paper = float(np.median(border))
        return paper > 0.5, paper
    middle = (low + high) / 2
    share = float(np.count_nonzero(border > middle)) / border.size
    light_corners = int(np.count_nonzero(gray[[0, 0, -1, -1], [0, -1, 0, -1]] > middle))
    if share >= AGREE and light_corners >= 3:
        return True, float(np.median(border))
    if share <= 1 - AGREE and light_corners <= 1:
        return False, float(np.median(border))
    light_paper = _light_paper_by_shape(gray, low, high, share)
    # The border is part ink here, and faint ink at that where the strokes' rims are cut: the
    # paper is the extreme (a scan cropped to its ink may have no margin to measure).
    return light_paper, high if light_paper else low


def _light_paper_by_shape(gray: np.ndarray, low: float, high: float, share: float) -> bool:
    """For a picture with ink on its border: the colour in fewer pieces is the ink.

    Each colour is pooled in its own favour (the darkest pixel of a block for dark ink, the
    lightest for light ink) and cut generously (a quarter of the way from the other extreme),
    so that thin or faint strokes stay whole when they are taken for the ink.
    """
    factor = max(1, -(-max(gray.shape) // _GRID))
    span = high - low
    dark = count_pieces(_pool(gray, factor, np.minimum) < high - span / 4, _SPECK_SHARE)
    light = count_pieces(_pool(gray, factor, np.maximum) > low + span / 4, _SPECK_SHARE)
    if dark and light and dark != light:
        return dark < light
    # As many pieces each way (a bar filling its box): the border's majority is the paper,
    # and a tie is dark ink on light paper, as in most files.
    return share >= 0.5


def _pool(gray: np.ndarray, factor: int, pick: np.ufunc) -> np.ndarray:
    if factor == 1:
        return gray
    h, w = gray.shape
    padded = np.pad(gray, ((0, -h % factor), (0, -w % factor)), mode="edge")
    blocks = padded.reshape(padded.shape[0] // factor, factor, -1, factor)
    return pick.reduce(pick.reduce(blocks, axis=3), axis=1)
