"""digitgui.core.data.omniglot: the one-shot runs' letters become "not a digit" pictures, the
characters drawn as a digit is left out, each test drawing counted with its own character."""

from __future__ import annotations

import io
import zipfile

import numpy as np

from digitgui.core.data import omniglot
from tests.helpers import omniglot_png


def _runs_zip() -> bytes:
    """Two runs of the same pair (run01, run02) with three characters each: class04 is in
    RUNS_DIGIT_SHAPES (drawn here as a ring, a 0), class01 and class02 are not."""
    assert 4 in omniglot.RUNS_DIGIT_SHAPES[1] and not {1, 2} & omniglot.RUNS_DIGIT_SHAPES[1]
    shapes = {1: "fork", 2: "h", 4: "ring"}
    file = io.BytesIO()
    with zipfile.ZipFile(file, "w") as archive:
        for run in ("run01", "run02"):
            for character, shape in shapes.items():
                archive.writestr(f"{run}/training/class{character:02d}.png", omniglot_png(shape))
            # The test drawings, shuffled as the runs shuffle them: item01 is a class04.
            tests = {1: 4, 2: 1, 3: 2}
            for item, character in tests.items():
                archive.writestr(f"{run}/test/item{item:02d}.png", omniglot_png(shapes[character]))
            archive.writestr(f"{run}/class_labels.txt", "".join(
                f"{run}/test/item{item:02d}.png {run}/training/class{character:02d}.png\n"
                for item, character in tests.items()))
    return file.getvalue()


def test_runs_characters_pair_each_test_drawing_with_its_character():
    drawings = list(omniglot.runs_characters(_runs_zip()))
    assert len(drawings) == 12  # 2 runs x 3 characters x (training + test drawing)
    assert {pair for pair, _, _ in drawings} == {1}
    assert [character for _, character, _ in drawings] == [1, 1, 2, 2, 4, 4] * 2
    for _, character, image in drawings:
        # The ring (class04) has no ink across its middle; the fork and the H have.
        assert (image[52, 45:60] < 128).any() == (character != 4)


def test_runs_not_digits_leave_out_the_digit_shapes():
    pictures = omniglot.runs_not_digits(_runs_zip(), seed=3)
    # Characters 1 and 2 only: 2 runs x 2 characters x 2 drawings, each in 4 variants.
    assert pictures.shape == (2 * 2 * 2 * omniglot.RUN_VARIANTS, 28, 28)
    assert pictures.dtype == np.uint8 and pictures.max() > 200
    first, *variants = pictures[:omniglot.RUN_VARIANTS]
    assert all(np.abs(first.astype(int) - v).sum() > 0 for v in variants)  # moved, not copied
    again = omniglot.runs_not_digits(_runs_zip(), seed=3)
    assert np.array_equal(pictures, again)  # the build can make the same pictures twice
