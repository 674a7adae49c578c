"""Colouring activations and weights: NumPy arrays to QImages through a 256-entry table.

Values that can be negative (weighted sums, weights, batch-normalised values, logits) use a
diverging map: orange below zero, the background at zero, blue above, so "pushes down" and
"pushes up" read the same in every picture. The input pixels keep the network's own view:
white ink on black. Tables follow the light or dark theme.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
from PySide6.QtGui import QColor, QImage

from digitgui.ui import theme


def _rgb(name: str) -> np.ndarray:
    colour = QColor(name)
    return np.array([colour.red(), colour.green(), colour.blue()], dtype=np.float64)


def _pack(rgb: np.ndarray) -> np.ndarray:
    rgb = np.clip(np.rint(rgb), 0, 255).astype(np.uint32)
    return (0xFF000000 | (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]).astype(np.uint32)


def diverging_table() -> np.ndarray:
    """256 ARGB32 colours: index 0 = -max (orange), 127.5 = 0 (background), 255 = +max."""
    return _diverging_table(theme.colours())


@functools.lru_cache(maxsize=2)  # one a theme: every card asks for it on every repaint
def _diverging_table(c: theme.Colours) -> np.ndarray:
    negative, zero, positive = _rgb(c.validation), _rgb(c.background), _rgb(c.accent)
    t = np.abs(np.linspace(-1.0, 1.0, 256))[:, None] ** 0.8  # a touch of contrast near zero
    ends = np.where(np.arange(256)[:, None] < 128, negative, positive)
    table = _pack(zero + (ends - zero) * t)
    table.setflags(write=False)  # shared by every caller
    return table


@functools.lru_cache(maxsize=1)
def ink_table() -> np.ndarray:
    """256 grey levels, black (paper, 0) to white (ink, 1): how the network sees the input."""
    grey = np.repeat(np.arange(256, dtype=np.float64)[:, None], 3, axis=1)
    table = _pack(grey)
    table.setflags(write=False)  # shared by every caller
    return table


def indices(values: np.ndarray, scale: float, diverging: bool) -> np.ndarray:
    """Table indices for values: [-scale, scale] (diverging) or [0, scale] to [0, 255]."""
    scale = float(scale) if scale and np.isfinite(scale) and scale > 0 else 1.0
    values = np.asarray(values, dtype=np.float32)
    if diverging:
        scaled = values * np.float32(127.5 / scale) + np.float32(127.5)
    else:
        scaled = values * np.float32(255.0 / scale)
    # NaN reads as zero; infinities go to the ends (clip), as np.nan_to_num would have it,
    # without its isposinf/isneginf passes.
    np.clip(np.rint(scaled, out=scaled), 0, 255, out=scaled)
    not_a_number = np.isnan(scaled)
    if not_a_number.any():
        scaled[not_a_number] = 128 if diverging else 0
    return scaled.astype(np.uint8)


def symmetric_scale(values: np.ndarray) -> float:
    """The largest magnitude, so that one layer's pictures share one scale and compare."""
    values = np.asarray(values)
    finite = values[np.isfinite(values)] if values.size else values
    top = float(np.abs(finite).max()) if finite.size else 0.0
    return top if top > 1e-12 else 1.0


def images_of_maps(maps: np.ndarray, scale: float, table: np.ndarray,
                   diverging: bool = True, pixel: int = 1) -> list[QImage]:
    """An (H, W, C) stack as C QImages, coloured in one vectorised step; ``pixel`` > 1 makes
    each value a pixel x pixel square (nearest neighbour, as painted), so that painting them
    is a plain copy.

    Plain NumPy and QImage: safe in a worker thread.
    """
    argb = table[indices(maps, scale, diverging)].transpose(2, 0, 1)
    if pixel > 1:
        argb = argb.repeat(pixel, axis=1).repeat(pixel, axis=2)
    argb = np.ascontiguousarray(argb)
    channels, height, width = argb.shape
    return [QImage(argb[c].data, width, height, width * 4, QImage.Format.Format_RGB32).copy()
            for c in range(channels)]


@dataclass(frozen=True)
class MapImages:
    """A layer's feature maps, coloured and enlarged as a ``MapGrid`` paints them."""

    images: list[QImage]
    scale: float
    """The value coloured at either end of the table."""
    table: np.ndarray
    """The colour table they were coloured with (a theme change makes them stale)."""


def map_table(ink: bool) -> np.ndarray:
    """The colour table of a ``MapGrid``, for the theme now (GUI thread: it asks the palette)."""
    return ink_table() if ink else diverging_table()


def map_images(values: np.ndarray, scale: float, ink: bool, table: np.ndarray,
               pixel: int) -> MapImages:
    """(H, W, C) maps as the C images a ``MapGrid`` draws, coloured with ``table`` (from
    :func:`map_table`), ``pixel`` screen pixels a value. Plain NumPy and QImage: the worker
    thread that ran the forward pass makes them, so that the GUI thread's paint only copies
    them."""
    scale = 1.0 if ink else scale
    images = images_of_maps(values, scale, table, diverging=not ink, pixel=pixel)
    return MapImages(images, scale, table)
