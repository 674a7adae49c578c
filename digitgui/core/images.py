"""Reading image files (PNG, JPEG, BMP, ...) into arrays, with a clear error for bad ones."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError

from digitgui.core.errors import DataError

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp")


def read_image(path: str | Path) -> np.ndarray:
    """The image as uint8 gray (H, W), RGB (H, W, 3) or RGBA (H, W, 4)."""
    path = Path(path)
    try:
        with Image.open(path) as image:
            image.load()
            if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
                converted = image.convert("RGBA")
            elif image.mode in ("L", "1", "I", "I;16", "F"):
                converted = _to_gray8(image)
            else:
                converted = image.convert("RGB")
    except FileNotFoundError:
        raise DataError("no such file", path) from None
    except IsADirectoryError:
        raise DataError("is a folder, not an image", path) from None
    except UnidentifiedImageError:
        raise DataError("not an image Pillow can read (PNG, JPEG, BMP, ...)", path) from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise DataError(f"damaged image ({exc})", path) from None
    array = np.asarray(converted)
    if array.size == 0:
        raise DataError("empty image", path)
    return array


def _to_gray8(image: Image.Image) -> Image.Image:
    if image.mode in ("L", "1"):
        return image.convert("L")
    values = np.asarray(image, dtype=np.float64)
    high = values.max() if values.size else 1.0
    scale = 255.0 / (65535.0 if high > 255 else 255.0) if image.mode != "F" else 255.0
    return Image.fromarray(np.clip(values * scale, 0, 255).astype(np.uint8), mode="L")
