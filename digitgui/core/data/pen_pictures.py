"""Pen trajectories (:mod:`digitgui.core.data.unipen`) drawn as pictures the network reads:
each as a person's stroke on the window's sheet, then prepared like any drawing. Used by the
build of the shipped model (``scripts/build_default_model.py``)."""

from __future__ import annotations

import numpy as np

from digitgui.core.data import synthetic
from digitgui.core.data.dataset import split_indices
from digitgui.core.data.unipen import PenDigit
from digitgui.core.drawing.preprocess import prepare

REDRAWS = 5
"""How many more times :func:`redrawn_training_split` draws a small source's training split."""


def pen_pictures(digits: list[PenDigit], seed: int) -> tuple[np.ndarray, np.ndarray, list[int]]:
    """Each digit's trajectory drawn as a person's stroke on the window's sheet (its own pen
    width, slant, rotation and proportions: ``synthetic.render`` without its wobble, the ink
    being real), then prepared like any drawing; and which of ``digits`` were drawn."""
    rng = np.random.default_rng(seed)
    xs, ys, drawn = [], [], []
    for i, digit in enumerate(digits):
        every = np.vstack(digit.strokes)
        low, span = every.min(axis=0), max(float(np.ptp(every, axis=0).max()), 1e-6)
        shape = [[tuple(p) for p in (stroke - low) / span] for stroke in digit.strokes]
        pixels = prepare(synthetic.render(shape, rng, wobble=0.0)).pixels
        if pixels is not None:
            xs.append(np.round(pixels * 255).astype(np.uint8))
            ys.append(digit.label)
            drawn.append(i)
    return np.stack(xs), np.asarray(ys, dtype=np.int32), drawn


def redrawn_training_split(digits: list[PenDigit], drawn: list[int], labels: np.ndarray,
                           seed: int) -> tuple[np.ndarray, np.ndarray]:
    """A small pen source's training split (never its validation split) drawn again
    ``REDRAWS`` times, each time with other pens, slants and proportions, so that its few
    writers weigh more than their number of pictures. ``drawn`` and ``labels``: what
    :func:`pen_pictures` gave for ``digits`` (the source's pictures, as the trainer splits
    them)."""
    train = [digits[drawn[i]] for i in split_indices(labels, 0.1)[0]]
    copies = [pen_pictures(train, seed=seed + 1 + k)[:2] for k in range(REDRAWS)]
    return np.concatenate([c[0] for c in copies]), np.concatenate([c[1] for c in copies])
