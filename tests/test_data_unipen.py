"""UNIPEN's isolated digits (digitgui.core.data.unipen) and how the build script unpacks and
draws them: a small distribution written in UNIPEN's own format, a real tar archive."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import numpy as np
import pytest

from digitgui.core.data import unipen
from digitgui.core.data.pen_pictures import REDRAWS

REPO = Path(__file__).resolve().parent.parent

# One writer: a 1 (one stroke), a 7 with a crossbar (two strokes, the pen's path in the air
# between them recorded, as some contributors do), then segments to be left out.
INCLUDED = """.COMMENT a writer's pen data
.COORD X Y
.START_BOX
.PEN_DOWN
10 100
10 50
10 0
.PEN_UP
.START_BOX
.PEN_DOWN
0 100 7
40 100 7
20 0 7
.PEN_UP
30 40
.PEN_DOWN
5 50
35 50
.PEN_UP
.PEN_DOWN
0 0
9 9
"""
DATA = """.VERSION 1.0
.INCLUDE abc/abc.doc
.INCLUDE abc/data/w01.dat
.SEGMENT CHARACTER 0 ? "1"
.SEGMENT CHARACTER 1-3 OK "7"
.SEGMENT CHARACTER 4 BAD "4"
.SEGMENT CHARACTER 1:0-1:2 OK "4"
.SEGMENT CHARACTER 4 OK "A"
.SEGMENT CHARACTER 9 OK "8"
.SEGMENT CHARACTER 0,4 OK "5"
"""


def write_distribution(root: Path) -> None:
    (root / "data" / "1a" / "abc").mkdir(parents=True)
    (root / "data" / "1a" / "abc" / "w01.dat").write_text(DATA)
    (root / "include" / "abc" / "data").mkdir(parents=True)
    (root / "include" / "abc" / "abc.doc").write_text(".DATA_SOURCE ABC\n")
    (root / "include" / "abc" / "data" / "w01.dat").write_text(INCLUDED)


def test_digits_are_read_with_their_strokes_upright(tmp_path):
    write_distribution(tmp_path)
    digits = unipen.read_digits(tmp_path)
    # BAD, a point range, a letter and a component past the end are left out.
    assert [d.label for d in digits] == [1, 7, 5]
    one, seven, five = digits
    assert (one.contributor, one.source) == ("abc", "w01.dat")
    assert len(one.strokes) == 1
    # Tablets count y upwards: flipped, the stroke's first point (y 100) is now its top.
    np.testing.assert_array_equal(one.strokes[0], [[10, -100], [10, -50], [10, 0]])
    # Components 1-3: a stroke, the pen in the air (not ink), the crossbar.
    assert len(seven.strokes) == 2
    np.testing.assert_array_equal(seven.strokes[1], [[5, -50], [35, -50]])
    assert [len(s) for s in five.strokes] == [3, 2]  # "0,4": a list of components


def test_a_missing_include_is_an_error_not_an_empty_set(tmp_path):
    write_distribution(tmp_path)
    (tmp_path / "include" / "abc" / "data" / "w01.dat").unlink()
    with pytest.raises(FileNotFoundError):
        unipen.read_digits(tmp_path)


def test_the_build_unpacks_only_the_digits_and_draws_them(tmp_path, build):
    source = tmp_path / "source"
    write_distribution(source)
    (source / "data" / "6" / "abc").mkdir(parents=True)  # words: not wanted
    (source / "data" / "6" / "abc" / "words.dat").write_text(DATA)
    (source / "include" / "xyz").mkdir(parents=True)  # a contributor of no digits
    (source / "include" / "xyz" / "other.dat").write_text(INCLUDED)
    packed = io.BytesIO()
    with tarfile.open(fileobj=packed, mode="w:gz") as tar:
        tar.add(source, arcname="train_r01_v07-552a4d4")  # GitHub's archives: one top folder
    packed.seek(0)
    with tarfile.open(fileobj=packed) as tar:
        build.extract_unipen_digits(tar, tmp_path / "out")
    unpacked = sorted(str(p.relative_to(tmp_path / "out"))
                      for p in (tmp_path / "out").rglob("*") if p.is_file())
    assert unpacked == ["data/1a/abc/w01.dat", "include/abc/abc.doc", "include/abc/data/w01.dat"]

    x, y, drawn = build.pen_pictures(unipen.read_digits(tmp_path / "out"), seed=0)
    assert x.shape == (3, 28, 28) and x.dtype == np.uint8 and list(y) == [1, 7, 5]
    assert drawn == [0, 1, 2]
    # Drawn as MNIST stores digits: light ink on dark, the 1 a tall stroke in the middle.
    assert x[0].max() == 255 and x[0][:, :8].max() == 0 and x[0][:, 20:].max() == 0
    rows = np.flatnonzero(x[0].max(axis=1) > 0)
    assert rows.max() - rows.min() >= 18


# UCI pendigits' original files: UNIPEN's format, but each segment followed by its own strokes
# and a comment naming digit, writer and number (here a 1 in one stroke, a crossed 7 in two,
# and a segment with no ink, which is left out).
PENDIGITS = """.INCLUDE        dene.doc

.LEXICON "0" "1" "2" "3" "4" "5" "6" "7" "8" "9"
.HIERARCHY      DIGIT

.SEGMENT DIGIT    0 ? "1"
.COMMENT 1 12  224
.PEN_DOWN
 250  400
 250  100
.PEN_UP
.DT 100

.SEGMENT DIGIT    1 ? "7"
.COMMENT 7 3   54
.PEN_DOWN
 100  400
 300  400
 150  100
.PEN_UP
.DT 100
.PEN_DOWN
 120  250
 260  250
.PEN_UP

.SEGMENT DIGIT    2 ? "4"
.COMMENT 4 3   55
"""


def test_pendigits_segments_are_read_with_their_own_strokes(tmp_path):
    path = tmp_path / "pendigits-orig.tra"
    path.write_text(PENDIGITS)
    digits = unipen.read_pendigits(path, "tra")
    assert [(d.label, d.source, len(d.strokes)) for d in digits] == [
        (1, "tra-12", 1), (7, "tra-3", 2)]
    # y upwards on the tablet: flipped, so that the 7's bar (y 400) is its top.
    np.testing.assert_array_equal(digits[1].strokes[0], [[100, -400], [300, -400], [150, -100]])
    np.testing.assert_array_equal(digits[1].strokes[1], [[120, -250], [260, -250]])
    assert digits[0].contributor == "pendigits"


def test_the_build_reads_both_pendigits_files_from_a_local_copy(tmp_path, build):
    for split in ("tra", "tes"):
        (tmp_path / f"pendigits-orig.{split}").write_text(PENDIGITS)
    digits = build.pendigits(tmp_path, tmp_path / "work")
    # Both files, their writers told apart; nothing downloaded into the work folder.
    assert [d.source for d in digits] == ["tra-12", "tra-3", "tes-12", "tes-3"]
    assert not (tmp_path / "work").exists()


# UJI Pen Characters v2's digits as bridger/NumberPad's JSON keeps them: two samples a writer.
UJIPEN = {"rawData": {"7": [[[[0, 0], [40, 0], [20, 60]], [[5, 30], [35, 30]]],
                            [[[0, 0], [30, 0], [15, 50]]]],
                      "1": [[[[10, 0], [10, 60]]], [[]], [[[12, 0], [12, 50]]]]}}


def test_ujipen_digits_are_read_with_their_writers(tmp_path):
    path = tmp_path / "ujipenchars2.json"
    path.write_text(json.dumps(UJIPEN))
    digits = unipen.read_ujipen_digits(path)
    # An empty sample is left out; sample i is writer i // 2's; y already runs down.
    assert [(d.label, d.source, len(d.strokes)) for d in digits] == [
        (1, "writer-00", 1), (1, "writer-01", 1), (7, "writer-00", 2), (7, "writer-00", 1)]
    np.testing.assert_array_equal(digits[2].strokes[1], [[5, 30], [35, 30]])
    assert {d.contributor for d in digits} == {"ujipen2"}


def test_the_build_reads_ujipen_from_a_local_copy(tmp_path, build):
    (tmp_path / "ujipenchars2.json").write_text(json.dumps(UJIPEN))
    digits = build.ujipen(tmp_path, tmp_path / "work")
    assert len(digits) == 4 and not (tmp_path / "work").exists()  # nothing downloaded
    x, y, _ = build.pen_pictures(digits, seed=0)
    assert x.shape == (4, 28, 28) and x.dtype == np.uint8 and sorted(y) == [1, 1, 7, 7]


def test_a_small_pen_source_is_redrawn_from_its_training_split_only(build):
    """Twenty 1s and ten 7s: the validation split (a tenth of each digit, as the trainer
    holds it out) is never redrawn; each copy has other pens and proportions."""
    rng = np.random.default_rng(0)
    digits = []
    for label, count in ((1, 20), (7, 10)):
        for i in range(count):
            top = rng.uniform(0, 10, size=2)
            stroke = np.array([top, top + [rng.uniform(-5, 5), 60]])
            digits.append(unipen.PenDigit(label, (stroke,), "test", f"writer-{i}"))
    _, labels, drawn = build.pen_pictures(digits, seed=5)
    x, y = build.redrawn_training_split(digits, drawn, labels, seed=5)
    copies = REDRAWS
    assert copies >= 2 and x.shape == ((18 + 9) * copies, 28, 28) and x.dtype == np.uint8
    assert np.bincount(y).tolist()[1::6] == [18 * copies, 9 * copies]
    first, second = x[:27].astype(int), x[27:54].astype(int)
    assert list(y[:27]) == list(y[27:54]) and np.abs(first - second).mean() > 1


def test_ujipen_is_trained_on_only_when_asked(build, tmp_path):
    """The shipped model was built without it (measured, not shipped): the one command that
    rebuilds that model must not add it."""
    from argparse import Namespace

    assert not any("ujipen" in name for name in build.source_files(Namespace(ujipen=None)))
    asked = build.source_files(Namespace(ujipen=tmp_path))
    assert asked[-3:] == ("ujipen2.npz", "ujipen2-stretched.npz", "ujipen2-redrawn.npz")
