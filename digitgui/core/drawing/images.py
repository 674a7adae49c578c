"""Reading image files (PNG, JPEG, BMP, ...) into arrays, with a clear error for bad ones.

Every failure is a :class:`DataError` with a short message in the user's terms (empty, not
an image, damaged, too large): the command line prints it as one line and the window shows it.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError

from digitgui.core.errors import QT_TRANSLATE_NOOP, DataError

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp")

MAX_PIXELS = 50_000_000
"""Larger pictures are refused before they are decoded: a digit needs nothing near that (the
network sees 20 px of it), and decoding a 16,000 x 16,000 picture would take a gigabyte."""

MAX_SIDE = 2048
"""Pictures are reduced while they are read until their longer side is at most this: a 12
megapixel photo then takes tens of milliseconds to prepare instead of a second, and a stroke
a few pixels wide in it still survives."""

_HEADER_LOCK = threading.Lock()


def read_image(path: str | Path) -> np.ndarray:
    """The image as uint8 gray (H, W), RGB (H, W, 3) or RGBA (H, W, 4)."""
    path = Path(path)
    try:
        if path.is_file() and path.stat().st_size == 0:
            raise DataError(QT_TRANSLATE_NOOP("ImageFile", "empty file (0 bytes), not an image"),
                            path)
        with _open_header(path) as image:
            _check_size(image.size, path)
            converted = _decoded(image)
    except DataError:
        raise
    except FileNotFoundError:
        raise DataError(QT_TRANSLATE_NOOP("ImageFile", "no such file"), path) from None
    except IsADirectoryError:
        raise DataError(QT_TRANSLATE_NOOP("ImageFile", "is a folder, not an image"), path) from None
    except PermissionError:
        raise DataError(QT_TRANSLATE_NOOP("ImageFile", "cannot be read (permission denied)"),
                        path) from None
    except UnidentifiedImageError:
        raise DataError(QT_TRANSLATE_NOOP("ImageFile",
            "not an image (digitgui reads PNG, JPEG, BMP, GIF, TIFF and WebP)"), path) from None
    except (MemoryError, Image.DecompressionBombError):
        raise DataError(QT_TRANSLATE_NOOP("ImageFile", "too large to read (not enough memory)"),
                        path) from None
    except (OSError, ValueError, SyntaxError, EOFError):
        # Cut short, corrupt data, a bad header: the decoder's own words mean nothing here.
        raise DataError(QT_TRANSLATE_NOOP("ImageFile",
            "damaged image (cut short or corrupt), cannot be read"), path) from None
    array = np.asarray(converted)
    if array.size == 0:
        raise DataError(QT_TRANSLATE_NOOP("ImageFile", "empty image (no pixels)"), path)
    return array


def _open_header(path: Path) -> Image.Image:
    """Open lazily: only the header is read, so the size can be checked before decoding.

    Pillow's own guard against huge pictures is set aside meanwhile: it refuses them with an
    alarming message that gives no size (or only prints a warning), and :data:`MAX_PIXELS`
    is stricter anyway. The lock keeps two readers from restoring each other's setting.
    """
    with _HEADER_LOCK:
        guard, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None
        try:
            return Image.open(path)
        finally:
            Image.MAX_IMAGE_PIXELS = guard


def _check_size(size: tuple[int, int], path: Path) -> None:
    width, height = size
    if width * height > MAX_PIXELS:
        raise DataError(QT_TRANSLATE_NOOP("ImageFile",
            "too large to read ({width} x {height} pixels; the limit is {limit} megapixels)"),
            path, width=width, height=height, limit=MAX_PIXELS // 1_000_000)


def _decoded(image: Image.Image) -> Image.Image:
    """Decode at most :data:`MAX_SIDE` a side, as gray, RGB or RGBA."""
    factor = -(-max(image.size) // MAX_SIDE)
    if factor > 1 and image.format == "JPEG":
        # A JPEG decodes straight to a half, quarter or eighth of its size, far faster.
        image.draft(image.mode, (image.size[0] // factor, image.size[1] // factor))
    image.load()
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        converted = image.convert("RGBA")
    elif image.mode in ("L", "1", "I", "I;16", "F"):
        converted = _to_gray8(image)
    else:
        converted = image.convert("RGB")
    factor = -(-max(converted.size) // MAX_SIDE)
    return converted.reduce(factor) if factor > 1 else converted


def _to_gray8(image: Image.Image) -> Image.Image:
    if image.mode in ("L", "1"):
        return image.convert("L")
    values = np.asarray(image, dtype=np.float64)
    high = values.max() if values.size else 1.0
    scale = 255.0 / (65535.0 if high > 255 else 255.0) if image.mode != "F" else 255.0
    return Image.fromarray(np.clip(values * scale, 0, 255).astype(np.uint8), mode="L")
