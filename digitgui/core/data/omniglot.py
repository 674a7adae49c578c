"""Letters of other alphabets, drawn by many people: Omniglot's pictures.

Omniglot (Brenden Lake et al., 2015; MIT licence; github.com/brendenlake/omniglot) holds 1,623
characters of 50 alphabets, each drawn online by 20 people, as 105x105 black-on-white PNGs
in zip files. Two parts are used, never the same alphabets for both:

- the build trains on the characters of the one-shot classification runs (``all_runs.zip``:
  20 runs of 20 characters, two drawings of each; the runs come in pairs of one alphabet, so
  200 characters of 10 of the *evaluation* alphabets, such as Ge'ez, Gurmukhi, Kannada,
  Malayalam and Old Church Slavonic) as "not a digit", except those drawn as a digit is
  (:data:`RUNS_DIGIT_SHAPES`);
- ``scripts/build_measuring_sets.py`` measures on the *background* alphabets' "small" sets
  (Balinese, Early Aramaic, Greek, Korean, Latin, Katakana, Sanskrit, Tagalog).

Plain Python, NumPy and Pillow; every picture is prepared by the app's own preprocessing.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import numpy as np
from PIL import Image

from digitgui.core.drawing.preprocess import prepare

RUNS_DIGIT_SHAPES = {
    # A pair of runs (1: run01 and run02, which hold the same 20 characters; 3: run03 and
    # run04; ...) -> the numbers of its characters (training/classNN.png) drawn as a digit is,
    # left out of the "not a digit" pictures. Chosen by eye from the runs' drawings
    # before training on them, erring towards leaving out: a 0-, 6-, 8- or 9-like loop, a
    # 2-, 3- or 5-like curve, a 7-like hook, a 1-like bar (a λ too: stretched to fill a
    # square, a 1 with a long flag is one), a barred 0 (θ).
    1: {4, 8, 13, 19, 20}, 3: {2, 7, 8, 10, 13, 16, 19}, 5: {5, 9, 11, 17, 20},
    7: {7, 9, 10, 14, 15, 16}, 9: {2, 7, 11, 12, 13, 14, 16}, 11: {1, 2, 6, 7, 13, 14, 18},
    13: {1, 10, 11, 13, 15}, 15: {1, 6, 7, 9, 11, 13, 18},
    17: {1, 3, 4, 6, 7, 9, 10, 11, 13, 15, 20}, 19: {3, 5, 8, 9, 10, 11, 12},
}
RUN_VARIANTS = 4
"""Each drawing as it is and three times slanted, scaled and turned a little: 200 characters
are few, and the network should refuse the letter, not the one drawing."""


def zip_pictures(data: bytes) -> Iterator[tuple[str, np.ndarray]]:
    """Every PNG in an Omniglot zip, in name order: its entry name and its grey pixels."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for entry in sorted(archive.namelist()):
            if entry.endswith(".png"):
                with archive.open(entry) as file:
                    yield entry, np.asarray(Image.open(file).convert("L"))


def runs_characters(data: bytes) -> Iterator[tuple[int, int, np.ndarray]]:
    """``all_runs.zip``'s drawings: (run pair, character, pixels), run by run, each
    character's training drawing followed by the test drawings its ``class_labels.txt``
    gives it."""
    pictures = {_tail(entry): image for entry, image in zip_pictures(data)}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        lists = {_tail(entry).split("/")[0]: archive.read(entry).decode()
                 for entry in archive.namelist() if entry.endswith("class_labels.txt")}
    for run in sorted(lists):
        number = int(run.removeprefix("run"))
        pair = number if number % 2 else number - 1  # run02 holds run01's characters
        pairs = [line.split() for line in lists[run].split("\n") if line.strip()]
        for name in sorted(n for n in pictures if n.startswith(f"{run}/training/")):
            character = int(name[-6:-4])
            for drawing in [name, *(test for test, of in pairs if of == name)]:
                if drawing in pictures:
                    yield pair, character, pictures[drawing]


def runs_not_digits(data: bytes, seed: int = 0) -> np.ndarray:
    """The runs' characters that look like no digit, :data:`RUN_VARIANTS` pictures of each
    drawing, prepared; to train on as "not a digit" (label 10)."""
    rng = np.random.default_rng(seed)
    out = []
    for pair, character, image in runs_characters(data):
        if character in RUNS_DIGIT_SHAPES.get(pair, ()):
            continue
        sheet = Image.fromarray(image)
        for variant in range(RUN_VARIANTS):
            moved = _slanted(sheet, rng) if variant else sheet
            pixels = prepare(np.asarray(moved)).as_uint8()
            if pixels is not None:
                out.append(pixels)
    return np.stack(out) if out else np.zeros((0, 28, 28), np.uint8)


def _slanted(sheet: Image.Image, rng: np.random.Generator) -> Image.Image:
    """The sheet slanted (shear up to 0.2), widened or narrowed (up to 20 %) and turned (up to
    15 degrees) about its centre; paper stays white."""
    angle, scale, shear = rng.uniform(-15, 15), rng.uniform(0.8, 1.2), rng.uniform(-0.2, 0.2)
    inverse = np.linalg.inv(np.array([[scale, shear], [0.0, 1.0]]))
    centre = np.array(sheet.size) / 2
    offset = centre - inverse @ centre
    moved = sheet.transform(sheet.size, Image.AFFINE,
                            (*inverse[0], offset[0], *inverse[1], offset[1]), fillcolor=255)
    return moved.rotate(angle, fillcolor=255)


def _tail(entry: str) -> str:
    """``runNN/kind/file.png`` from an entry that may sit under a top folder."""
    return "/".join(entry.split("/")[-3:])
