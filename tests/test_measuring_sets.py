"""scripts/build_measuring_sets.py: Omniglot's characters drawn as a digit is are told apart
from the rest by their alphabet and character folder, whichever zip they come in."""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np

from tests.helpers import load_script, omniglot_png

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "build_measuring_sets.py"


def test_omniglot_marks_the_characters_drawn_as_a_digit(tmp_path):
    script = load_script(SCRIPT)
    assert ("Latin", "character15") in script.DIGIT_SHAPES  # the Latin o, drawn as a 0
    assert ("Latin", "character01") not in script.DIGIT_SHAPES  # the Latin a
    for n, (alphabet, character, shape) in ((1, ("Latin", "character15", "ring")),
                                            (2, ("Latin", "character01", "star"))):
        top = f"images_background_small{n}"
        with zipfile.ZipFile(tmp_path / f"{top}.zip", "w") as archive:
            archive.writestr(f"{top}/{alphabet}/{character}/0001_01.png", omniglot_png(shape))
            archive.writestr(f"{top}/{alphabet}/{character}/0001_02.png", omniglot_png(shape))
    x, shaped = script.omniglot(tmp_path)
    assert x.shape == (4, 28, 28) and x.dtype == np.uint8 and x.max() > 200
    assert shaped.tolist() == [True, True, False, False]
