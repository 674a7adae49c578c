"""scripts/build_measuring_sets.py: Omniglot's characters drawn as a digit is are told apart
from the rest by their alphabet and character folder, whichever zip they come in."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from tests.helpers import load_script

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_measuring_sets.py"


def _drawing(shape: str) -> bytes:
    """A 105x105 one-bit picture as Omniglot stores it: black strokes on white."""
    image = Image.new("1", (105, 105), 1)
    pen = ImageDraw.Draw(image)
    if shape == "ring":
        pen.ellipse((30, 20, 75, 85), outline=0, width=3)
    else:  # an asterisk-like star of five strokes
        for dx, dy in ((0, 35), (30, 20), (30, -20), (20, 30), (-20, 30)):
            pen.line((52 - dx, 52 - dy, 52 + dx, 52 + dy), fill=0, width=3)
    file = io.BytesIO()
    image.save(file, format="PNG")
    return file.getvalue()


def test_omniglot_marks_the_characters_drawn_as_a_digit(tmp_path):
    script = load_script(SCRIPT)
    assert ("Latin", "character15") in script.DIGIT_SHAPES  # the Latin o, drawn as a 0
    assert ("Latin", "character01") not in script.DIGIT_SHAPES  # the Latin a
    for n, (alphabet, character, shape) in ((1, ("Latin", "character15", "ring")),
                                            (2, ("Latin", "character01", "star"))):
        top = f"images_background_small{n}"
        with zipfile.ZipFile(tmp_path / f"{top}.zip", "w") as archive:
            archive.writestr(f"{top}/{alphabet}/{character}/0001_01.png", _drawing(shape))
            archive.writestr(f"{top}/{alphabet}/{character}/0001_02.png", _drawing(shape))
    x, shaped = script.omniglot(tmp_path)
    assert x.shape == (4, 28, 28) and x.dtype == np.uint8 and x.max() > 200
    assert shaped.tolist() == [True, True, False, False]
