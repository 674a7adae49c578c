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


def _dilate(images: np.ndarray) -> np.ndarray:
    """3x3 grey-level dilation (max), 'same' size; outside the picture does not count."""
    padded = np.pad(images, ((0, 0), (1, 1), (0, 0)), constant_values=-np.inf)
    rows = np.maximum(np.maximum(padded[:, :-2], padded[:, 1:-1]), padded[:, 2:])
    padded = np.pad(rows, ((0, 0), (0, 0), (1, 1)), constant_values=-np.inf)
    return np.maximum(np.maximum(padded[:, :, :-2], padded[:, :, 1:-1]), padded[:, :, 2:])


def stroke_width(images: np.ndarray, rng: np.random.Generator, thinner: float = 0.6,
                 heavier: float = 1.5) -> np.ndarray:
    """RandomStrokeWidth: half the pictures a heavier pen (up to ``heavier`` pixels), half a
    thinner one (up to ``thinner`` of a pixel); (B, H, W) in and out."""
    once = _dilate(images)
    twice = _dilate(once)
    eroded = -_dilate(-images)
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
    """Sample (B, H, W) ``images`` at float coordinates; outside reads as 0 (paper)."""
    batch, height, width = images.shape
    y0 = np.floor(src_y)
    x0 = np.floor(src_x)
    wy = src_y - y0
    wx = src_x - x0
    flat = images.reshape(-1)
    base = (np.arange(batch) * (height * width)).reshape(-1, 1, 1)

    def corner(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        inside = (yy >= 0) & (yy <= height - 1) & (xx >= 0) & (xx <= width - 1)
        yi = np.clip(yy, 0, height - 1).astype(np.int64)
        xi = np.clip(xx, 0, width - 1).astype(np.int64)
        return np.where(inside, flat[base + yi * width + xi], np.float32(0))

    top = corner(y0, x0) * (1 - wx) + corner(y0, x0 + 1) * wx
    bottom = corner(y0 + 1, x0) * (1 - wx) + corner(y0 + 1, x0 + 1) * wx
    return top * (1 - wy) + bottom * wy


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
    cy, cx = (height - 1) / 2, (width - 1) / 2
    grid_y, grid_x = np.meshgrid(np.arange(height, dtype=np.float32),
                                 np.arange(width, dtype=np.float32), indexing="ij")
    py = grid_y[None] - cy - shift_y
    px = grid_x[None] - cx - shift_x
    # The inverse map, as augment.py: output pixel -> source pixel (rotate, slant, un-zoom).
    cos, sin = np.cos(angle), np.sin(angle)
    ry = cos * py - sin * px
    rx = sin * py + cos * px + slant * ry
    src_y = ry / zoom_y + cy
    src_x = rx / zoom_x + cx
    if elastic_pixels > 0:
        coarse = uniform(1.0, (batch, 4, 4, 2))
        field = np.einsum("yi,bijc,xj->byxc", _resize_matrix(height, 4), coarse,
                          _resize_matrix(width, 4), optimize=True)
        strength = rng.uniform(0, elastic_pixels, (batch, 1, 1)).astype(np.float32)
        src_y = src_y + field[..., 0] * strength
        src_x = src_x + field[..., 1] * strength
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
