"""The handwriting augmentation of :mod:`digitgui.core.training.augment`, in NumPy, a batch at
a time, for the engine's NumPy path.

The same two steps with the same settings (read from the Keras layers' configs): a thinner or
heavier pen (grey-level erosion or dilation, 3x3), then one bilinear resampling per picture
that rotates, slants, zooms, shifts and wobbles it, with blank paper (0) outside. The random
numbers come from a NumPy generator, so the pictures differ from Keras' draw by draw but follow
the same distributions.
"""

from __future__ import annotations

import math

import numpy as np

STROKE_KEYS = ("thinner", "heavier")
WARP_KEYS = ("rotation_degrees", "shear", "zoom", "shift_pixels", "elastic_pixels")


def _dilate(images: np.ndarray, pick=np.maximum, outside: float = -np.inf) -> np.ndarray:
    """3x3 grey-level dilation (max), 'same' size; outside the picture does not count. With
    ``pick=np.minimum, outside=inf``, the erosion. A 3x3 max is a 3-row max of a 3-column max:
    four NumPy calls on a padded copy."""
    batch, height, width = images.shape
    padded = np.full((batch, height + 2, width + 2), outside, np.float32)
    padded[:, 1:-1, 1:-1] = images
    rows = pick(pick(padded[:, :-2], padded[:, 1:-1]), padded[:, 2:])
    return pick(pick(rows[:, :, :-2], rows[:, :, 1:-1]), rows[:, :, 2:])


def stroke_width(images: np.ndarray, rng: np.random.Generator, thinner: float = 0.6,
                 heavier: float = 1.5) -> np.ndarray:
    """RandomStrokeWidth: half the pictures a heavier pen (up to ``heavier`` pixels), half a
    thinner one (up to ``thinner`` of a pixel); (B, H, W) in and out."""
    once = _dilate(images)
    twice = _dilate(once)
    eroded = _dilate(images, np.minimum, np.inf)
    size = rng.random((len(images), 1, 1), dtype=np.float32)
    heavy = rng.random((len(images), 1, 1), dtype=np.float32) < 0.5
    t = np.where(heavy, size * np.float32(heavier), -size * np.float32(thinner))
    first = np.clip(t, 0, 1)
    second = np.clip(t - 1, 0, 1)
    thin = np.clip(-t, 0, 1)
    return (images + first * (once - images) + second * (twice - once)
            + thin * (eroded - images))


def _resize_matrix(size: int, source: int) -> np.ndarray:
    """(size, source) weights of a bilinear resize with half-pixel centres (TensorFlow's)."""
    position = (np.arange(size) + 0.5) * source / size - 0.5
    lower = np.clip(np.floor(position), 0, source - 1).astype(int)
    upper = np.clip(np.ceil(position), 0, source - 1).astype(int)
    frac = position - np.floor(position)
    matrix = np.zeros((size, source), np.float32)
    np.add.at(matrix, (np.arange(size), lower), 1 - frac)
    np.add.at(matrix, (np.arange(size), upper), frac)
    return matrix


def _bilinear_sample(images: np.ndarray, src_y: np.ndarray, src_x: np.ndarray) -> np.ndarray:
    """Sample (B, H, W) ``images`` at float coordinates; outside reads as 0 (paper).

    The same sums as augment.py's, with fewer NumPy calls: the pictures get a border of paper
    (one row and column before, two after) and the coordinates are clipped into it, so every
    corner can be read without a test for 'outside' (a corner off the picture reads the
    border's 0, as it read 0 before)."""
    batch, height, width = images.shape
    padded = np.zeros((batch, height + 3, width + 3), np.float32)
    padded[:, 1:height + 1, 1:width + 1] = images
    src_y = np.clip(src_y, -1, height)
    src_x = np.clip(src_x, -1, width)
    y0 = np.floor(src_y)
    x0 = np.floor(src_x)
    wy = src_y - y0
    wx = src_x - x0
    stride = width + 3
    base = (np.arange(batch) * ((height + 3) * stride) + stride + 1).reshape(-1, 1, 1)
    corner = base + y0.astype(np.int64) * stride + x0.astype(np.int64)
    flat = padded.reshape(-1)
    top = flat[corner]
    top += wx * (flat[corner + 1] - top)
    bottom = flat[corner + stride]
    bottom += wx * (flat[corner + stride + 1] - bottom)
    return top + wy * (bottom - top)


def source_coordinates(height: int, width: int, angle, slant, zoom_y, zoom_x, shift_y,
                       shift_x) -> tuple[np.ndarray, np.ndarray]:
    """Where each output pixel reads from, (B, H, W) each, for (B, 1, 1) draws: the inverse
    map of augment.py (shift, rotate, slant, un-zoom about the centre).

    All of it is affine, so each picture's source coordinates are a y + b x + c with its own
    a, b, c: worked out on (B, 1, 1) numbers, then one pass over the pixels."""
    cy, cx = (height - 1) / 2, (width - 1) / 2
    oy, ox = cy + shift_y, cx + shift_x
    cos, sin = np.cos(angle), np.sin(angle)
    # ry = cos (y - oy) - sin (x - ox); rx = sin (y - oy) + cos (x - ox) + slant ry
    xy, xx = sin + slant * cos, cos - slant * sin
    grid_y = np.arange(height, dtype=np.float32).reshape(1, -1, 1)
    grid_x = np.arange(width, dtype=np.float32).reshape(1, 1, -1)
    src_y = (cos / zoom_y) * grid_y - (sin / zoom_y) * grid_x
    src_y += cy - (cos * oy - sin * ox) / zoom_y
    src_x = (xy / zoom_x) * grid_y + (xx / zoom_x) * grid_x
    src_x += cx - (xy * oy + xx * ox) / zoom_x
    return src_y, src_x


def handwriting(images: np.ndarray, rng: np.random.Generator, rotation_degrees: float = 12.0,
                shear: float = 0.25, zoom: float = 0.12, shift_pixels: float = 2.5,
                elastic_pixels: float = 1.6) -> np.ndarray:
    """RandomHandwriting: per picture a random rotation, slant, zoom, shift and a smooth
    elastic wobble, all in one resampling; (B, H, W) in and out."""
    batch, height, width = images.shape

    def uniform(limit: float, shape=(batch, 1, 1)) -> np.ndarray:
        return rng.uniform(-limit, limit, shape).astype(np.float32)

    angle = uniform(math.radians(rotation_degrees))
    slant = uniform(shear)
    zoom_y = 1 + uniform(zoom)
    zoom_x = zoom_y * (1 + uniform(zoom / 2))
    shift_y, shift_x = uniform(shift_pixels), uniform(shift_pixels)
    src_y, src_x = source_coordinates(height, width, angle, slant, zoom_y, zoom_x, shift_y,
                                      shift_x)
    if elastic_pixels > 0:
        coarse = uniform(1.0, (batch, 4, 4, 2))
        # (B, 2, 4, 4) -> (B, 2, H, W): a bilinear resize is a matrix product on each side.
        field = (_resize_matrix(height, 4) @ coarse.transpose(0, 3, 1, 2)
                 @ _resize_matrix(width, 4).T)
        strength = rng.uniform(0, elastic_pixels, (batch, 1, 1)).astype(np.float32)
        src_y += field[:, 0] * strength
        src_x += field[:, 1] * strength
    return _bilinear_sample(images, src_y, src_x)


class Augmenter:
    """The model's augmentation layers' settings, applied to flat (B, 784) batches."""

    def __init__(self, configs: dict[str, dict], rng: np.random.Generator):
        self._rng = rng
        self._stroke = ({k: configs["RandomStrokeWidth"][k] for k in STROKE_KEYS}
                        if "RandomStrokeWidth" in configs else None)
        self._warp = ({k: configs["RandomHandwriting"][k] for k in WARP_KEYS}
                      if "RandomHandwriting" in configs else None)

    def __call__(self, x: np.ndarray) -> np.ndarray:
        images = x.reshape(len(x), 28, 28)
        if self._stroke is not None:
            images = stroke_width(images, self._rng, **self._stroke)
        if self._warp is not None:
            images = handwriting(images, self._rng, **self._warp)
        return images.reshape(len(x), -1).astype(np.float32, copy=False)
