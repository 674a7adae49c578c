"""Synthetic handwriting: the digit forms MNIST lacks, and drawings that are not digits.

MNIST was written by Americans: its 1 is a bare stroke, its 7 has no crossbar, its 9 a
straight tail. Much of the world writes a 1 with a long flag and a foot, a 7 with a crossbar,
a 9 with a curved or hooked tail, an open 4, a looped 2, a slashed 0. This module draws those
forms (and the plain ones) from stroke templates, each time differently: random slant,
rotation, proportions, wobble of every control point, pen width, and strokes that overshoot or
fall short. The same machinery draws things that are not digits (capital letters that look like
no digit, dashes, scribbles, blobs, shapes) for the "not a digit" answer.

Every picture goes through :func:`digitgui.core.drawing.preprocess.prepare`, exactly as a
drawing in the window does, so the network learns from what it will be shown. Plain NumPy and
Pillow.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw

from digitgui.core.data.dataset import NOT_A_DIGIT
from digitgui.core.drawing.preprocess import prepare

Stroke = list[tuple[float, float]]
Shape = list[Stroke]

_CANVAS = 112
_HEIGHT = 80


def _arc(cx: float, cy: float, rx: float, ry: float, start: float, end: float,
         n: int = 12) -> Stroke:
    """Points on an ellipse from angle ``start`` to ``end`` (degrees, 0 = right, 90 = down)."""
    angles = np.radians(np.linspace(start, end, n))
    return [(cx + rx * math.cos(a), cy + ry * math.sin(a)) for a in angles]


# Digit forms in a box 0.6 wide and 1 tall (x right, y down). Several per digit; the plain
# forms MNIST already has are here too, so the synthetic set does not teach "foreign = other".
DIGIT_FORMS: dict[int, list[Callable[[np.random.Generator], Shape]]] = {
    0: [
        lambda r: [_arc(0.3, 0.5, 0.28, 0.49, -100, 275, 20)],
        lambda r: [_arc(0.3, 0.5, 0.28, 0.49, -100, 275, 20),
                   [(0.58, 0.05), (0.02, 0.95)]],  # slashed zero
        lambda r: [_arc(0.3, 0.5, 0.28, 0.49, -80, 280, 20),
                   [(0.45, -0.05), (0.15, 1.05)]],
    ],
    1: [
        lambda r: [[(0.32, 0.0), (0.3, 1.0)]],
        lambda r: [[(0.1, 0.25), (0.35, 0.0), (0.35, 1.0)]],  # short flag
        lambda r: [[(0.0, 0.45), (0.38, 0.0), (0.38, 1.0)]],  # long flag (European)
        lambda r: [[(0.05, 0.35), (0.35, 0.0), (0.35, 1.0)], [(0.08, 1.0), (0.6, 1.0)]],  # foot
        lambda r: [[(0.0, 0.45), (0.38, 0.0), (0.38, 1.0)], [(0.12, 1.0), (0.6, 1.0)]],
        lambda r: [[(0.0, 0.7), (0.42, 0.0), (0.4, 1.0)]],  # flag from low down
        lambda r: [[(0.02, 0.6), (0.45, 0.0), (0.42, 1.0)], [(0.15, 1.0), (0.65, 0.98)]],
    ],
    2: [
        lambda r: [_arc(0.3, 0.28, 0.27, 0.27, 200, 360, 10) + [(0.02, 1.0), (0.6, 0.98)]],
        lambda r: [_arc(0.3, 0.28, 0.27, 0.27, 200, 360, 10)
                   + [(0.1, 0.85), (0.05, 0.97), (0.15, 1.0), (0.25, 0.88), (0.2, 0.85),
                      (0.3, 0.98), (0.6, 0.98)]],  # looped 2
        lambda r: [_arc(0.3, 0.3, 0.27, 0.28, 190, 380, 12) + [(0.0, 1.0), (0.6, 1.0)]],
    ],
    3: [
        lambda r: [_arc(0.3, 0.25, 0.25, 0.24, 200, 450, 12)
                   + _arc(0.3, 0.73, 0.28, 0.26, 270, 520, 12)],
        lambda r: [[(0.02, 0.0), (0.55, 0.0), (0.25, 0.42)]
                   + _arc(0.3, 0.7, 0.28, 0.29, 260, 520, 12)],  # flat-topped 3
    ],
    4: [
        lambda r: [[(0.42, 0.0), (0.0, 0.68), (0.6, 0.68)], [(0.42, 0.0), (0.42, 1.0)]],
        lambda r: [[(0.1, 0.0), (0.04, 0.6), (0.6, 0.6)], [(0.45, 0.2), (0.45, 1.0)]],  # open
        lambda r: [[(0.1, 0.0), (0.05, 0.6), (0.45, 0.58)], [(0.48, 0.05), (0.45, 1.0)]],
        lambda r: [[(0.08, 0.0), (0.02, 0.5), (0.2, 0.62), (0.45, 0.55), (0.55, 0.2)],
                   [(0.56, 0.05), (0.5, 1.0)]],  # rounded, open (like a u with a stem)
        lambda r: [[(0.08, 0.0), (0.02, 0.5), (0.2, 0.62), (0.5, 0.5), (0.56, 0.0),
                    (0.5, 1.0)]],  # the same in one stroke
    ],
    5: [
        lambda r: [[(0.55, 0.0), (0.1, 0.0), (0.06, 0.45)]
                   + _arc(0.28, 0.68, 0.3, 0.3, 230, 490, 12)],
        lambda r: [[(0.1, 0.0), (0.06, 0.45)] + _arc(0.28, 0.68, 0.3, 0.3, 230, 490, 12),
                   [(0.1, 0.0), (0.58, 0.0)]],  # top bar as a second stroke
    ],
    6: [
        lambda r: [[(0.5, 0.0), (0.25, 0.25), (0.06, 0.6)] + _arc(0.3, 0.72, 0.25, 0.27, 180, 530,
                                                                  16)],
        lambda r: [[(0.45, 0.0), (0.1, 0.45)] + _arc(0.3, 0.72, 0.26, 0.27, 200, 560, 16)],
    ],
    7: [
        lambda r: [[(0.0, 0.02), (0.6, 0.0), (0.22, 1.0)]],
        lambda r: [[(0.0, 0.02), (0.6, 0.0), (0.22, 1.0)], [(0.12, 0.5), (0.58, 0.5)]],  # crossed
        lambda r: [[(0.0, 0.12), (0.05, 0.0), (0.6, 0.0), (0.3, 1.0)],
                   [(0.2, 0.52), (0.6, 0.5)]],  # European: hooked start and crossbar
        lambda r: [[(0.0, 0.0), (0.6, 0.0), (0.45, 0.4), (0.38, 1.0)]],
    ],
    8: [
        lambda r: [_arc(0.3, 0.25, 0.22, 0.24, 90, 450, 14)[:-1]
                   + _arc(0.3, 0.74, 0.28, 0.26, 270, -90, 14)],
        lambda r: [_arc(0.3, 0.25, 0.22, 0.24, 0, 360, 14),
                   _arc(0.3, 0.74, 0.28, 0.26, 0, 360, 14)],  # two loops, two strokes
    ],
    9: [
        lambda r: [_arc(0.3, 0.27, 0.27, 0.26, 0, 360, 14) + [(0.57, 1.0)]],
        lambda r: [_arc(0.3, 0.27, 0.27, 0.26, 0, 360, 14) + [(0.55, 0.7), (0.45, 0.95),
                                                              (0.2, 1.0), (0.08, 0.9)]],  # hook
        lambda r: [_arc(0.3, 0.27, 0.27, 0.26, 0, 360, 14) + [(0.3, 1.0)]],  # slanted tail
        lambda r: [_arc(0.3, 0.27, 0.27, 0.26, 0, 360, 14)
                   + [(0.58, 0.75), (0.5, 0.98), (0.3, 0.96)]],  # g-like curve
        lambda r: [_arc(0.3, 0.27, 0.27, 0.26, 0, 360, 14)
                   + [(0.56, 0.6), (0.48, 0.92), (0.25, 1.0), (0.05, 0.85)]],  # curled tail
        lambda r: [_arc(0.32, 0.3, 0.27, 0.28, -20, 340, 14)
                   + [(0.55, 0.6), (0.4, 1.0)]],  # loop closed from the right, slanted tail
    ],
}


def _letters() -> list[Callable[[np.random.Generator], Shape]]:
    """Capital letters that look like no digit (not O, I, S, Z, B, G, Q, D, L or J)."""
    return [
        lambda r: [[(0.0, 1.0), (0.35, 0.0), (0.7, 1.0)], [(0.15, 0.6), (0.55, 0.6)]],  # A
        lambda r: [[(0.6, 0.0), (0.0, 0.0), (0.0, 1.0), (0.6, 1.0)], [(0.0, 0.5), (0.45, 0.5)]],
        lambda r: [[(0.6, 0.0), (0.0, 0.0), (0.0, 1.0)], [(0.0, 0.5), (0.45, 0.5)]],  # F
        lambda r: [[(0.0, 0.0), (0.0, 1.0)], [(0.6, 0.0), (0.6, 1.0)], [(0.0, 0.5), (0.6, 0.5)]],
        lambda r: [[(0.0, 0.0), (0.0, 1.0)], [(0.6, 0.0), (0.02, 0.55), (0.6, 1.0)]],  # K
        lambda r: [[(0.0, 1.0), (0.0, 0.0), (0.35, 0.6), (0.7, 0.0), (0.7, 1.0)]],  # M
        lambda r: [[(0.0, 1.0), (0.0, 0.0), (0.6, 1.0), (0.6, 0.0)]],  # N
        lambda r: [[(0.0, 1.0), (0.0, 0.0)] + _arc(0.2, 0.25, 0.35, 0.25, -90, 90, 8)
                   + [(0.0, 0.5), (0.6, 1.0)]],  # R
        lambda r: [[(0.0, 0.0), (0.7, 0.0)], [(0.35, 0.0), (0.35, 1.0)]],  # T
        lambda r: [[(0.0, 0.0), (0.35, 1.0), (0.7, 0.0)]],  # V
        lambda r: [[(0.0, 0.0), (0.2, 1.0), (0.4, 0.3), (0.6, 1.0), (0.8, 0.0)]],  # W
        lambda r: [[(0.0, 0.0), (0.6, 1.0)], [(0.6, 0.0), (0.0, 1.0)]],  # X
        lambda r: [[(0.0, 0.0), (0.3, 0.5), (0.6, 0.0)], [(0.3, 0.5), (0.3, 1.0)]],  # Y
        lambda r: [[(0.0, 0.0), (0.0, 0.7)] + _arc(0.3, 0.7, 0.3, 0.3, 180, 0, 8)
                   + [(0.6, 0.0)]],  # U
        lambda r: [[(0.0, 0.0), (0.6, 0.0)], [(0.0, 0.5), (0.6, 0.5)], [(0.0, 1.0), (0.6, 1.0)]],
    ]


def _dash(r: np.random.Generator) -> Shape:
    angle = math.radians(r.uniform(-30, 30))
    dx, dy = 0.5 * math.cos(angle), 0.5 * math.sin(angle)
    return [[(0.5 - dx, 0.5 - dy), (0.5 + dx, 0.5 + dy)]]


def _scribble(r: np.random.Generator) -> Shape:
    n = int(r.integers(8, 24))
    return [[(float(x), float(y)) for x, y in r.uniform(0, 1, (n, 2))]]


def _zigzag(r: np.random.Generator) -> Shape:
    n = int(r.integers(4, 10))
    return [[(i / (n - 1), float(i % 2) * r.uniform(0.4, 1.0)) for i in range(n)]]


def _wave(r: np.random.Generator) -> Shape:
    turns = r.uniform(1.5, 4)
    return [[(t, 0.5 + 0.2 * math.sin(t * turns * 2 * math.pi)) for t in np.linspace(0, 1, 30)]]


def _spiral(r: np.random.Generator) -> Shape:
    t = np.linspace(0, r.uniform(3, 6) * math.pi, 40)
    radius = t / t.max() * 0.5
    return [[(0.5 + float(a * math.cos(b)), 0.5 + float(a * math.sin(b)))
             for a, b in zip(radius, t, strict=True)]]


def _star(r: np.random.Generator) -> Shape:
    points = [(0.5 + 0.5 * math.cos(math.radians(-90 + 144 * i)),
               0.5 + 0.5 * math.sin(math.radians(-90 + 144 * i))) for i in range(6)]
    return [points]


def _house(r: np.random.Generator) -> Shape:
    return [[(0.1, 0.45), (0.1, 1.0), (0.9, 1.0), (0.9, 0.45), (0.1, 0.45), (0.5, 0.0),
             (0.9, 0.45)]]


def _face(r: np.random.Generator) -> Shape:
    return [_arc(0.5, 0.5, 0.5, 0.5, 0, 360, 20), _arc(0.33, 0.38, 0.05, 0.05, 0, 360, 6),
            _arc(0.67, 0.38, 0.05, 0.05, 0, 360, 6), _arc(0.5, 0.55, 0.25, 0.2, 20, 160, 8)]


def _box(r: np.random.Generator) -> Shape:
    return [[(0.0, 0.0), (1.0, 0.0), (1.0, 0.8), (0.0, 0.8), (0.0, 0.0)]]


def _triangle(r: np.random.Generator) -> Shape:
    return [[(0.5, 0.0), (1.0, 0.9), (0.0, 0.9), (0.5, 0.0)]]


def _hash(r: np.random.Generator) -> Shape:
    return [[(0.3, 0.0), (0.25, 1.0)], [(0.7, 0.0), (0.65, 1.0)], [(0.0, 0.3), (1.0, 0.3)],
            [(0.0, 0.7), (1.0, 0.7)]]


def _plus(r: np.random.Generator) -> Shape:
    return [[(0.5, 0.0), (0.5, 1.0)], [(0.0, 0.5), (1.0, 0.5)]]


def _heart(r: np.random.Generator) -> Shape:
    return [_arc(0.27, 0.3, 0.23, 0.23, 150, 360, 8) + _arc(0.73, 0.3, 0.23, 0.23, 180, 390, 8)
            + [(0.5, 1.0), (0.05, 0.42)]]


def _sun(r: np.random.Generator) -> Shape:
    rays = [[(0.5 + 0.32 * math.cos(a), 0.5 + 0.32 * math.sin(a)),
             (0.5 + 0.5 * math.cos(a), 0.5 + 0.5 * math.sin(a))]
            for a in np.linspace(0, 2 * math.pi, 9)[:-1]]
    return [_arc(0.5, 0.5, 0.22, 0.22, 0, 360, 14), *rays]


NON_DIGIT_SHAPES: list[Callable[[np.random.Generator], Shape]] = [
    *_letters(), _dash, _scribble, _zigzag, _wave, _spiral, _star, _house, _face, _box,
    _triangle, _hash, _plus, _heart, _sun,
]


def _smooth(points: np.ndarray) -> np.ndarray:
    """A Catmull-Rom spline through the points, so wobbled corners stay pen-like."""
    if len(points) < 3:
        return points
    padded = np.vstack([points[0], points, points[-1]])
    t = np.linspace(0, 1, 6, endpoint=False)[:, None]
    pieces = []
    for i in range(1, len(padded) - 2):
        p0, p1, p2, p3 = padded[i - 1], padded[i], padded[i + 1], padded[i + 2]
        pieces.append(0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t**2
                             + (-p0 + 3 * p1 - 3 * p2 + p3) * t**3))
    pieces.append(points[-1:])
    return np.vstack(pieces)


def render(shape: Shape, rng: np.random.Generator, wobble: float = 0.025,
           pen: int | None = None) -> np.ndarray:
    """Draw a shape as a person might: (112, 112) uint8, dark ink on white paper, with a pen
    of ``pen`` pixels (default: a random ordinary pen)."""
    angle = math.radians(rng.uniform(-12, 12))
    slant = rng.uniform(-0.35, 0.2)
    # Proportions vary; some scanners and data sets even stretch a digit to fill a square box.
    widen = rng.uniform(0.75, 1.3) if rng.random() < 0.7 else rng.uniform(1.3, 2.2)
    matrix = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    matrix = matrix @ np.array([[widen, slant], [0.0, 1.0]])
    strokes = []
    for stroke in shape:
        points = np.asarray(stroke, dtype=np.float64)
        points = points + rng.normal(0, wobble, points.shape)
        strokes.append(_smooth(points) @ matrix.T)
    every = np.vstack(strokes)
    low, high = every.min(axis=0), every.max(axis=0)
    width = int(rng.integers(3, 12)) if pen is None else pen
    # The pen's own width counts in the drawing's size: a marker's blob stays on the sheet.
    scale = max(_HEIGHT * rng.uniform(0.6, 1.0) - width, 8) / max(float((high - low).max()),
                                                                  1e-6)
    offset = (_CANVAS - (high - low) * scale) / 2 - low * scale
    image = Image.new("L", (_CANVAS, _CANVAS), 255)
    draw = ImageDraw.Draw(image)
    for stroke in strokes:
        xy = [tuple(p) for p in stroke * scale + offset]
        draw.line(xy, fill=0, width=width, joint="curve")
        radius = width / 2 - 0.5
        for x, y in (xy[0], xy[-1]):
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=0)
    return np.asarray(image)


def stretched_to_fill(x: np.ndarray, share: float, seed: int = 0,
                      coarse_share: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """``share`` of MNIST-style digits (uint8, light on dark) stretched to fill a square box,
    as data sets normalised to a fixed box (16x16 scans) store them: a 1 with a flag becomes
    a broad slanted stroke. ``coarse_share`` of those are also scanned coarsely, as such sets
    are: 16 pixels tall, each pixel black or white. Each is prepared again like any picture.
    Returns the indices of the digits stretched and their new pictures."""
    rng = np.random.default_rng(seed)
    index, out = [], []
    for i in np.flatnonzero(rng.random(len(x)) < share):
        ys, xs = np.nonzero(x[i] > 40)
        if len(ys) == 0:
            continue
        crop = x[i, ys.min():ys.max() + 1, xs.min():xs.max() + 1]
        side = max(crop.shape)
        if crop.shape[1] < 0.3 * side:
            continue  # a bare stroke (a 1) would only smear into a bar of ink
        # Wider, up to the square box but never more than twice as wide.
        goal = min(side, 2 * crop.shape[1])
        width = int(round(crop.shape[1] + (goal - crop.shape[1]) * rng.uniform(0.5, 1.0)))
        image = Image.fromarray(crop).resize((max(width, 1) * 4, side * 4),
                                             Image.Resampling.BILINEAR)
        if rng.random() < coarse_share:
            image = _coarse_scan(image, rng)
        sheet = np.full((image.height + 16, image.width + 16), 255, np.uint8)
        sheet[8:-8, 8:-8] = 255 - np.asarray(image)
        pixels = prepare(sheet).pixels
        if pixels is not None:
            index.append(i)
            out.append(np.round(pixels * 255).astype(np.uint8))
    return np.asarray(index, dtype=np.int64), np.stack(out)


def _coarse_scan(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    """``image`` (ink light) scanned 16 pixels tall and thresholded to black or white, then
    enlarged again with square pixels, as a 16x16 binary scan looks when opened."""
    width = max(2, int(round(image.width * 16 / image.height)))
    small = np.asarray(image.resize((width, 16), Image.Resampling.BOX), dtype=np.float32)
    ink = (small >= rng.uniform(0.3, 0.55) * small.max()).astype(np.uint8) * 255
    return Image.fromarray(ink).resize((width * 4, 64), Image.Resampling.NEAREST)


def _prepared(shapes: list[Shape], rng: np.random.Generator,
              pens: list[int | None] | None = None) -> np.ndarray:
    out = []
    for shape, pen in zip(shapes, pens or [None] * len(shapes), strict=True):
        pixels = prepare(render(shape, rng, pen=pen)).pixels
        if pixels is not None:
            out.append(np.round(pixels * 255).astype(np.uint8))
    return np.stack(out)


def digit_forms(per_digit: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """``per_digit`` drawings of each digit, its forms in equal shares: (x uint8 (N, 28, 28)
    light ink on dark as MNIST, y)."""
    rng = np.random.default_rng(seed)
    xs, ys = [], []
    for digit, forms in DIGIT_FORMS.items():
        shapes = [forms[i % len(forms)](rng) for i in range(per_digit)]
        x = _prepared(shapes, rng)
        xs.append(x)
        ys.append(np.full(len(x), digit, dtype=np.int32))
    return np.concatenate(xs), np.concatenate(ys)


def non_digits(count: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """``count`` drawings that are not digits, labelled NOT_A_DIGIT."""
    rng = np.random.default_rng(seed)
    kinds = len(NON_DIGIT_SHAPES) + 1  # and blobs: a scribble with a marker as wide as it
    shapes, pens = [], []
    for i in range(count):
        blob = i % kinds == len(NON_DIGIT_SHAPES)
        shapes.append(_scribble(rng) if blob else NON_DIGIT_SHAPES[i % kinds](rng))
        pens.append(int(rng.integers(30, 80)) if blob else None)  # holes, or none at all
    x = _prepared(shapes, rng, pens)
    return x, np.full(len(x), NOT_A_DIGIT, dtype=np.int32)


def digit_pairs(x: np.ndarray, count: int, seed: int = 0) -> np.ndarray:
    """``count`` pictures of two MNIST-style digits (uint8, light on dark) side by side, as
    neighbours in a written number stand: the same height give or take a tenth, up to a tenth
    of a digit apart or overlapping by up to 15 % of their width, a little up or down. Each is
    prepared like any picture: what a number's reader sees when it reads two touching digits
    as one. Not a digit; trained as such, the network's doubt tells the reader to cut."""
    rng = np.random.default_rng(seed)
    height = 80  # each digit's height in pixels before preparing, give or take a tenth
    out = []
    while len(out) < count:
        crops = []
        for i in rng.integers(0, len(x), 2):
            ys, xs = np.nonzero(x[i] > 40)
            if len(ys):
                crops.append(x[i, ys.min():ys.max() + 1, xs.min():xs.max() + 1])
        if len(crops) < 2:
            continue
        scaled = []
        for crop in crops:
            h = int(round(height * rng.uniform(0.9, 1.1)))
            w = max(1, int(round(crop.shape[1] * h / crop.shape[0])))
            scaled.append(np.asarray(Image.fromarray(crop).resize((w, h),
                                                                  Image.Resampling.BILINEAR)))
        left, right = scaled
        mean_width = (left.shape[1] + right.shape[1]) / 2
        shift = int(round(rng.uniform(-0.15, 0.1) * mean_width))  # < 0: overlapping
        lift = int(round(rng.uniform(-0.06, 0.06) * height))
        x0 = left.shape[1] + shift
        top = max(0, -lift)
        width = max(left.shape[1], x0 + right.shape[1])
        tall = max(left.shape[0] + top, right.shape[0] + top + lift) + 1
        ink = np.zeros((tall + 16, width + 16), np.uint8)
        ink[8 + top:8 + top + left.shape[0], 8:8 + left.shape[1]] = left
        area = ink[8 + top + lift:8 + top + lift + right.shape[0],
                   8 + x0:8 + x0 + right.shape[1]]
        np.maximum(area, right, out=area)
        pixels = prepare(255 - ink).pixels
        if pixels is not None:
            out.append(np.round(pixels * 255).astype(np.uint8))
    return np.stack(out)
