"""Build the measuring sets of sources the shipped model was NOT trained on (see
scripts/build_default_model.py for what it was): hand-drawn things that are not digits, and
the Swiss writers the build keeps out.

    python scripts/build_measuring_sets.py [--out DIR] [--omniglot DIR] [--quickdraw DIR]
        [--swiss DIR]
    digitgui evaluate --data DIR/omniglot.npz      # how they are answered

- ``omniglot.npz``: handwritten characters of 8 alphabets (Balinese, Early Aramaic, Greek,
  Korean, Latin, Katakana, Sanskrit, Tagalog), drawn online by many people; Omniglot by
  Brenden Lake et al., MIT licence (github.com/brendenlake/omniglot, the "small" background
  sets; the build trains on 10 other alphabets, ``digitgui.core.data.omniglot``). Some
  characters are drawn as a digit is (a Latin z, a Korean ㄱ): they stay in, so the figure is a
  conservative one.
- ``omniglot-no-digit-shapes.npz``: the same without the 29 characters that look like a
  digit (:data:`DIGIT_SHAPES`), what "hand-drawn non-digits" means to a reader.
- ``quickdraw-unseen.npz``: 15,000 Quick Draw doodles of five kinds that are not among the
  training doodles' kinds (apple, bicycle, diamond, eye, fish); Google, CC BY 4.0.
- ``swiss-held-out.npz``: the digits of the Swiss "numbers" writers whose number is a multiple
  of 5 (``digitgui.core.data.writers.measuring_writer``), whom the build never trains on; from
  the folder the build unpacked (``--swiss``, by default its work folder's ``swiss``).

The not-digits are labelled 10 ("not a digit"); every picture is prepared by the app's own
preprocessing.
"""

from __future__ import annotations

import argparse
import io
import sys
import urllib.request
from pathlib import Path

import numpy as np

from digitgui.core.data import NOT_A_DIGIT, writers
from digitgui.core.data.omniglot import zip_pictures
from digitgui.core.drawing.preprocess import prepare

OMNIGLOT = ("https://raw.githubusercontent.com/brendenlake/omniglot/master/python/"
            "images_background_small{n}.zip")
QUICKDRAW = ("https://raw.githubusercontent.com/sukumr/Doodle-Classifier/master/data/"
             "{kind}.npy")
UNSEEN_KINDS = ("apple", "bicycle", "diamond", "eye", "fish")


def _fetch(url: str, local: Path | None) -> bytes:
    if local is not None and local.exists():
        return local.read_bytes()
    print(f"downloading {url}", flush=True)
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 (fixed https)
        return response.read()


DIGIT_SHAPES = {
    # (alphabet, character folder): the digit it is drawn as. Chosen by eye from four drawings
    # of each of the 242 characters, before the model's answers on them were counted: a
    # character is a digit shape when most of its drawings are a common form of a digit.
    ("Balinese", "character05"): 7,
    ("Early_Aramaic", "character01"): 4, ("Early_Aramaic", "character02"): 9,
    ("Early_Aramaic", "character03"): 7, ("Early_Aramaic", "character04"): 4,
    ("Early_Aramaic", "character06"): 4, ("Early_Aramaic", "character12"): 6,
    ("Early_Aramaic", "character14"): 9, ("Early_Aramaic", "character16"): 0,
    ("Early_Aramaic", "character17"): 7, ("Early_Aramaic", "character20"): 4,
    ("Greek", "character06"): 3, ("Greek", "character09"): 1, ("Greek", "character15"): 0,
    ("Japanese_(katakana)", "character24"): 1, ("Japanese_(katakana)", "character27"): 7,
    ("Japanese_(katakana)", "character46"): 7,
    ("Korean", "character05"): 7, ("Korean", "character21"): 1, ("Korean", "character22"): 7,
    ("Korean", "character33"): 0,
    ("Latin", "character02"): 6, ("Latin", "character07"): 9, ("Latin", "character12"): 1,
    ("Latin", "character15"): 0, ("Latin", "character17"): 9, ("Latin", "character19"): 5,
    ("Latin", "character26"): 2,
    ("Tagalog", "character03"): 3,
}
"""Omniglot's characters drawn as a digit is: zeta as a 3, iota as a 1, omicron as a 0; the
Latin b, g, l, o, q, s, z; Korean ㄱ, ㅣ, ㅇ and a crossed 7; Katakana ノ, フ, ヲ (a crossed 7)."""


def omniglot(folder: Path | None) -> tuple[np.ndarray, np.ndarray]:
    """The pictures, and whether each is of a character in :data:`DIGIT_SHAPES`."""
    out, shaped = [], []
    for n in (1, 2):
        name = f"images_background_small{n}.zip"
        data = _fetch(OMNIGLOT.format(n=n), folder / name if folder else None)
        for entry, image in zip_pictures(data):  # 105x105, black strokes drawn thin on white
            pixels = prepare(image).as_uint8()
            if pixels is not None:
                out.append(pixels)
                alphabet, character = entry.split("/")[1:3]
                shaped.append((alphabet, character) in DIGIT_SHAPES)
    return np.stack(out), np.array(shaped)


def doodles(folder: Path | None) -> np.ndarray:
    out = []
    for kind in UNSEEN_KINDS:
        data = _fetch(QUICKDRAW.format(kind=kind), folder / f"{kind}.npy" if folder else None)
        raw = np.load(io.BytesIO(data)).reshape(-1, 28, 28)
        for image in raw:
            sheet = np.full((36, 36), 255, np.uint8)
            sheet[4:32, 4:32] = 255 - image
            pixels = prepare(sheet).as_uint8()
            if pixels is not None:
                out.append(pixels)
    return np.stack(out)


def swiss_held_out(folder: Path, out: Path) -> None:
    if not folder.is_dir():
        print(f"{folder}: not here (the build unpacks it), Swiss writers left out")
        return
    digits = writers.load_writers(folder, keep=writers.measuring_writer)
    np.savez_compressed(out / "swiss-held-out.npz", x=digits.x, y=digits.y)
    print(f"{out / 'swiss-held-out'}.npz: {len(digits.y)} digits of "
          f"{len(set(digits.writer))} writers")


def main() -> int:
    work = Path.home() / ".cache" / "digitgui-build"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=work / "measure")
    parser.add_argument("--omniglot", type=Path, help="folder with the two small zips")
    parser.add_argument("--quickdraw", type=Path, help="folder with <kind>.npy files")
    parser.add_argument("--swiss", type=Path, default=work / "swiss",
                        help="the Swiss writers' folders (numbers/<writer>/<digit>)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    swiss_held_out(args.swiss, args.out)
    letters, shaped = omniglot(args.omniglot)
    for name, x in (("omniglot", letters), ("omniglot-no-digit-shapes", letters[~shaped]),
                    ("quickdraw-unseen", doodles(args.quickdraw))):
        np.savez_compressed(args.out / f"{name}.npz", x=x,
                            y=np.full(len(x), NOT_A_DIGIT, np.int32))
        print(f"{args.out / name}.npz: {len(x)} pictures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
