"""Separate pieces of a small mask: the digit's strokes, specks, the paper between strokes.

Plain NumPy and a little Python for the window's per-stroke path: masks are first pooled to a
few dozen pixels a side, where labelling takes a fraction of a millisecond.
"""

from __future__ import annotations

import numpy as np


def max_pool(mask: np.ndarray, factor: int) -> np.ndarray:
    """Shrink a mask by ``factor``, a block being set when any of its pixels is."""
    if factor == 1:
        return mask
    h, w = mask.shape
    padded = np.zeros((-(-h // factor) * factor, -(-w // factor) * factor), dtype=bool)
    padded[:h, :w] = mask
    return padded.reshape(padded.shape[0] // factor, factor, -1, factor).any(axis=(1, 3))


def mean_pool(ink: np.ndarray, factor: int) -> np.ndarray:
    """Ink shrunk by a whole factor, each block's mean (anti-aliased, as the window shrinks
    its sheet before reading a single digit)."""
    h, w = ink.shape
    padded = np.zeros((-(-h // factor) * factor, -(-w // factor) * factor), dtype=np.float32)
    padded[:h, :w] = ink
    return padded.reshape(padded.shape[0] // factor, factor, -1, factor).mean(axis=(1, 3))


def find_root(parent: list[int], i: int) -> int:
    """Union-find: the root of ``i``'s set, halving the path on the way (``parent`` changes)."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def label_pieces(mask: np.ndarray) -> tuple[np.ndarray, int]:
    """8-connected components of a small boolean mask: (labels 1..n with 0 for paper, n),
    numbered in the order of each piece's last pixel (row by row).

    The mask's runs of ink (a row's consecutive ink pixels) are joined where they touch a run
    of the row above (or meet it at a corner), with a union-find over the runs: a digit has a
    few runs a row, so this is a few hundred steps of Python, and 3 to 4 times faster than
    the label propagation it replaced (NumPy rounds over the whole mask until nothing moved),
    which was most of the time a number's candidate pieces took to prepare.
    """
    h, w = mask.shape
    edges = np.zeros((h, w + 2), dtype=np.int8)
    edges[:, 1:-1] = mask
    steps = np.diff(edges, axis=1)
    rows, starts = np.nonzero(steps == 1)
    ends = np.nonzero(steps == -1)[1]  # exclusive; same order as the starts, row by row
    if len(rows) == 0:
        return np.zeros((h, w), dtype=np.int32), 0
    parent = list(range(len(rows)))

    def root(i: int) -> int:
        return find_root(parent, i)

    first = np.searchsorted(rows, np.arange(h + 1)).tolist()
    left, right = starts.tolist(), ends.tolist()
    for row in range(1, h):
        a, b = first[row - 1], first[row]
        while a < first[row] and b < first[row + 1]:
            if left[a] <= right[b] and left[b] <= right[a]:  # overlapping or diagonal
                ra, rb = root(a), root(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
            if right[a] < right[b]:
                a += 1
            else:
                b += 1
    roots = np.array([root(i) for i in range(len(parent))])
    pieces, piece_of_run = np.unique(roots, return_inverse=True)
    # Numbered by each piece's last pixel, as label propagation numbered them.
    last = np.zeros(len(pieces), dtype=np.int64)
    np.maximum.at(last, piece_of_run, rows * w + ends - 1)
    number = np.empty(len(pieces), dtype=np.int32)
    number[np.argsort(last)] = np.arange(1, len(pieces) + 1, dtype=np.int32)
    lengths = ends - starts
    offsets = np.repeat(rows * w + starts - np.cumsum(lengths) + lengths, lengths)
    labels = np.zeros(h * w, dtype=np.int32)
    labels[offsets + np.arange(int(lengths.sum()))] = np.repeat(number[piece_of_run], lengths)
    return labels.reshape(h, w), len(pieces)


def count_pieces(mask: np.ndarray, speck_share: float) -> int:
    """How many pieces a small mask has, not counting those under ``speck_share`` of the
    biggest one's area."""
    if not mask.any():
        return 0
    labels, count = label_pieces(mask)
    sizes = np.bincount(labels.ravel(), minlength=count + 1)[1:]
    return int(np.count_nonzero(sizes >= speck_share * sizes.max()))
