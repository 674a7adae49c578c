"""Where touching digits may be cut apart: paths from the top of the ink to the bottom that
cross as little ink as they can.

A straight cut between two digits that overlap a little slices the stroke of one of them that
reaches over the other (a 4's arm over a 2's foot), and both pieces read badly. A cut that may
bend follows the paper between them and crosses ink only where they truly touch. The paths are
found by one dynamic programme for all columns at once (a few array operations per row of
ink), each step down may also move one column sideways at a small cost, so that paths stay
straight through paper and bend only to avoid ink.
"""

from __future__ import annotations

import numpy as np

_SIDEWAYS = 0.02
"""What a step sideways costs, in units of one pixel of full ink: enough that a path through
paper goes straight down, little enough that it bends round a stroke."""


def cut_paths(window: np.ndarray, spacing: float, most: int) -> list[np.ndarray]:
    """Up to ``most`` candidate cuts through an ink window (ink bright): each the column it
    takes in every row, (h,) int. Their lower ends are at least ``spacing`` pixels from each
    other and from the window's sides; the cheapest (least ink crossed) come first."""
    h, w = window.shape
    if w < 2 * spacing + 1:
        return []
    cost = window.astype(np.float32)
    total = cost[0].copy()
    came = np.zeros((h, w), dtype=np.int8)
    big = np.float32(np.inf)
    for row in range(1, h):
        from_left = np.concatenate([[big], total[:-1]]) + _SIDEWAYS
        from_right = np.concatenate([total[1:], [big]]) + _SIDEWAYS
        options = np.stack([from_left, total, from_right])
        choice = options.argmin(axis=0)
        came[row] = choice.astype(np.int8) - 1
        total = cost[row] + options[choice, np.arange(w)]
    # Lower ends at local minima of the total cost, the cheapest first, spaced apart.
    inner = total[1:-1]
    minima = np.flatnonzero((inner <= total[:-2]) & (inner <= total[2:])) + 1
    minima = [int(m) for m in minima if spacing <= m <= w - 1 - spacing]
    chosen: list[int] = []
    for m in sorted(minima, key=lambda m: (total[m], m)):
        if all(abs(m - c) >= spacing for c in chosen):
            chosen.append(m)
        if len(chosen) == most:
            break
    return [_trace(came, end) for end in sorted(chosen)]


def _trace(came: np.ndarray, end: int) -> np.ndarray:
    """The path that ends at column ``end`` of the bottom row, followed back to the top."""
    h = came.shape[0]
    path = np.empty(h, dtype=np.int64)
    x = end
    for row in range(h - 1, -1, -1):
        path[row] = x
        x += int(came[row, x]) if row > 0 else 0
    return path


def between(window: np.ndarray, left: np.ndarray | None, right: np.ndarray | None) -> np.ndarray:
    """The ink of ``window`` right of the ``left`` path and left of the ``right`` one (None:
    the window's side). A path's own column goes to the piece on its right."""
    h, w = window.shape
    columns = np.arange(w)[None, :]
    keep = np.ones((h, w), dtype=bool)
    if left is not None:
        keep &= columns >= left[:, None]
    if right is not None:
        keep &= columns < right[:, None]
    return window * keep


def straight_cuts(window: np.ndarray, spacing: float, most: int) -> list[np.ndarray]:
    """Up to ``most`` straight cuts: the minima of the ink's column profile (smoothed over
    a tenth of ``spacing``), as paths; spaced as :func:`cut_paths` spaces its ends."""
    h, w = window.shape
    if w < 2 * spacing + 1:
        return []
    step = max(1, round(spacing / 3))
    profile = np.convolve(window.sum(axis=0), np.ones(2 * step + 1), mode="same")
    inner = profile[1:-1]
    minima = np.flatnonzero((inner <= profile[:-2]) & (inner <= profile[2:])) + 1
    minima = [int(m) for m in minima if spacing <= m <= w - 1 - spacing]
    chosen: list[int] = []
    for m in sorted(minima, key=lambda m: (profile[m], m)):
        if all(abs(m - c) >= spacing for c in chosen):
            chosen.append(m)
        if len(chosen) == most:
            break
    return [np.full(h, c, dtype=np.int64) for c in sorted(chosen)]


def distinct(paths: list[np.ndarray]) -> list[np.ndarray]:
    """The cut paths left to right, each once: a bent path through paper is straight, and the
    same as the straight cut at its column (reading the same pieces twice is wasted time)."""
    out: list[np.ndarray] = []
    for path in sorted(paths, key=lambda p: float(p.mean())):
        if not any(np.array_equal(path, kept) for kept in out):
            out.append(path)
    return out


def best_spans(spans: list[tuple[int, int]], worth: list[float], last: int) -> list[int]:
    """The spans (between nodes 0..``last``: the left side, the cuts, the right side) that
    cover the group from node 0 to ``last`` with the most worth in all, left to right: a
    dynamic programme over the nodes."""
    best = np.full(last + 1, -np.inf)
    best[0] = 0.0
    back: dict[int, int] = {}
    for j in range(1, last + 1):
        for k, (i, end) in enumerate(spans):
            if end == j and best[i] + worth[k] > best[j]:
                best[j], back[j] = best[i] + worth[k], k
    chosen, j = [], last
    while j > 0:
        chosen.append(back[j])
        j = spans[back[j]][0]
    return chosen[::-1]
