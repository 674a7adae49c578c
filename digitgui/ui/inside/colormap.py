"""Colouring activations and weights: NumPy arrays to QImages through a 256-entry table.

Values that can be negative (weighted sums, weights, batch-normalised values, logits) use a
diverging map: orange below zero, the background at zero, blue above, so "pushes down" and
"pushes up" read the same in every picture. The input pixels keep the network's own view:
white ink on black. Tables follow the light or dark theme.
"""

from __future__ import annotations

import functools

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


def ink_table() -> np.ndarray:
    """256 grey levels, black (paper, 0) to white (ink, 1): how the network sees the input."""
    grey = np.repeat(np.arange(256, dtype=np.float64)[:, None], 3, axis=1)
    return _pack(grey)


def indices(values: np.ndarray, scale: float, diverging: bool) -> np.ndarray:
    """Table indices for values: [-scale, scale] (diverging) or [0, scale] to [0, 255]."""
    scale = float(scale) if scale and np.isfinite(scale) and scale > 0 else 1.0
    values = np.nan_to_num(np.asarray(values, dtype=np.float32))
    if diverging:
        scaled = values * (127.5 / scale) + 127.5
    else:
        scaled = values * (255.0 / scale)
    return np.clip(np.rint(scaled), 0, 255).astype(np.uint8)


def symmetric_scale(values: np.ndarray) -> float:
    """The largest magnitude, so that one layer's pictures share one scale and compare."""
    values = np.asarray(values)
    finite = values[np.isfinite(values)] if values.size else values
    top = float(np.abs(finite).max()) if finite.size else 0.0
    return top if top > 1e-12 else 1.0


def images_of_maps(maps: np.ndarray, scale: float, table: np.ndarray,
                   diverging: bool = True) -> list[QImage]:
    """An (H, W, C) stack as C QImages, coloured in one vectorised step."""
    argb = np.ascontiguousarray(table[indices(maps, scale, diverging)].transpose(2, 0, 1))
    channels, height, width = argb.shape
    return [QImage(argb[c].data, width, height, width * 4, QImage.Format.Format_RGB32).copy()
            for c in range(channels)]
