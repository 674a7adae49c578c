"""Build the measuring sets for reading whole numbers (generated, never committed).

    python scripts/make_number_sets.py OUT_DIR [--count 500] [--seed 12]
        [--data ../shared/data] [--tuning]

Writes four files to OUT_DIR, each an .npz with ``x`` (N, 240, 1200) uint8 pictures (dark ink
on a white sheet) and ``labels`` (N,) strings of the numbers written:

- ``mnist-gaps.npz``, ``mnist-touching.npz``: from the public half of MNIST's test set
  (``mnist-test-public.npz``);
- ``world-gaps.npz``, ``world-touching.npz``: from ``world-dev/`` (semeion, optdigits,
  hwd1000): real handwriting that is not MNIST. For measuring only: nothing is tuned on it.

With ``--tuning`` it writes ``embedded-gaps.npz`` and ``embedded-touching.npz`` instead, built
the same way from the package's embedded MNIST *training* images: the sets to tune the
splitting's parameters on, so that the measuring sets above stay unseen.

Each picture is a number of 2 to 6 digits. Every digit is cropped to its ink, scaled so that
its longer side is 20 px times a factor drawn from 4 to 6 (as MNIST boxes its digits in 20 px;
the same factor for the whole number, as one person writes at one size), smoothed by the
resampling, and dropped a few pixels up or down at random. In ``gaps`` the ink boxes of
neighbours are 8 to 50 % of a digit's height apart; in ``touching`` they overlap by 0 to 15 %
of the two digits' mean width (so strokes touch, cross or just miss). Read them with
``digitgui evaluate --numbers OUT_DIR``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digitgui.core.data.embedded import load_embedded
from digitgui.core.drawing.images import read_image
from digitgui.core.drawing.ink import ink_image

SHEET = (240, 1200)
"""Height and width of every picture: a wide sheet (5:1), room for 6 big digits."""

SCALE = (4.0, 6.0)
"""A digit's longer side is 20 px times this (80 to 120 px: a pen on a screen or paper)."""

GAP = (0.08, 0.5)
"""Gaps between neighbours' ink boxes, as shares of the digit height (20 px x scale)."""

OVERLAP = (0.0, 0.15)
"""Overlap of neighbours' ink boxes, as shares of their mean width."""

JITTER = 0.06
"""Each digit moves up or down by up to this share of the digit height."""


def _crop(ink: np.ndarray) -> np.ndarray:
    rows, cols = np.flatnonzero(ink.max(axis=1) > 0.1), np.flatnonzero(ink.max(axis=0) > 0.1)
    return ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]


def mnist_digits(data: Path) -> tuple[list[np.ndarray], np.ndarray]:
    with np.load(data / "mnist-test-public.npz") as f:
        x, y = f["x"], f["y"]
    return [_crop(im.astype(np.float32) / 255) for im in x], y.astype(int)


def world_digits(data: Path) -> tuple[list[np.ndarray], np.ndarray]:
    crops, labels = [], []
    for path in sorted((data / "world-dev").glob("*/[0-9]/*.png")):
        crops.append(_crop(ink_image(read_image(path))))
        labels.append(int(path.parent.name))
    return crops, np.array(labels)


def embedded_digits(data: Path) -> tuple[list[np.ndarray], np.ndarray]:
    """The package's embedded MNIST training images (``data`` is not used)."""
    del data
    embedded = load_embedded()
    return [_crop(im[..., 0]) for im in embedded.x], embedded.y.astype(int)


def _scaled(crop: np.ndarray, scale: float) -> np.ndarray:
    """The ink crop with its longer side 20 x scale, smoothed by bicubic resampling."""
    factor = 20 * scale / max(crop.shape)
    size = (max(1, round(crop.shape[1] * factor)), max(1, round(crop.shape[0] * factor)))
    big = Image.fromarray(crop.astype(np.float32), mode="F").resize(
        size, Image.Resampling.BICUBIC)
    return np.clip(np.asarray(big, dtype=np.float32), 0, 1)


def number_picture(crops: list[np.ndarray], touching: bool,
                   rng: np.random.Generator) -> np.ndarray | None:
    """One number on a white sheet, or None when it does not fit."""
    scale = rng.uniform(*SCALE)
    digits = [_scaled(c, scale) for c in crops]
    height = 20 * scale
    lefts = [0.0]
    for before, after in zip(digits, digits[1:], strict=False):
        if touching:
            step = before.shape[1] - rng.uniform(*OVERLAP) * (before.shape[1] + after.shape[1]) / 2
        else:
            step = before.shape[1] + rng.uniform(*GAP) * height
        lefts.append(lefts[-1] + step)
    total = lefts[-1] + digits[-1].shape[1]
    if total > SHEET[1] - 40:
        return None
    sheet = np.zeros(SHEET, dtype=np.float32)
    x0 = rng.uniform(20, SHEET[1] - 20 - total)
    for digit, left in zip(digits, lefts, strict=True):
        # Digits sit on a common baseline (MNIST centres by mass, handwriting shares a line).
        top = round(SHEET[0] / 2 + height / 2 - digit.shape[0] + rng.uniform(-1, 1) * JITTER
                    * height)
        x = round(x0 + left)
        region = sheet[top : top + digit.shape[0], x : x + digit.shape[1]]
        np.maximum(region, digit, out=region)
    return (255 - np.round(sheet * 255)).astype(np.uint8)


def build(crops: list[np.ndarray], labels: np.ndarray, count: int, touching: bool,
          rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    pictures, texts = [], []
    while len(pictures) < count:
        index = rng.choice(len(crops), size=int(rng.integers(2, 7)), replace=False)
        picture = number_picture([crops[i] for i in index], touching, rng)
        if picture is not None:
            pictures.append(picture)
            texts.append("".join(str(labels[i]) for i in index))
    return np.stack(pictures), np.array(texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=500, help="numbers per set")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--data", type=Path,
                        default=Path(__file__).resolve().parent.parent.parent / "shared" / "data")
    parser.add_argument("--tuning", action="store_true",
                        help="build the tuning sets from the embedded training images instead")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    sources = ((("embedded", embedded_digits),) if args.tuning
               else (("mnist", mnist_digits), ("world", world_digits)))
    for name, source in sources:
        crops, labels = source(args.data)
        for mode in ("gaps", "touching"):
            # One seed per set, so each set is the same whichever others are built.
            rng = np.random.default_rng([args.seed, len(name), mode == "touching"])
            x, y = build(crops, labels, args.count, mode == "touching", rng)
            path = args.out / f"{name}-{mode}.npz"
            np.savez_compressed(path, x=x, labels=y)
            print(f"{path}: {len(x)} numbers")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
