"""Collections of many writers' scanned digits (root/<writer>/<digit>/*.png), as the Swiss
"numbers" collection keeps them, and how the build unpacks and splits that collection."""

from __future__ import annotations

import tarfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

from digitgui.core.data import writers
from digitgui.core.errors import DataError


def scan(digit: int, mode: str = "RGB") -> Image.Image:
    """A digit written in blue ballpoint on white paper, scanned at about 95 px a side."""
    image = Image.new(mode, (94, 96), (255, 255, 255, 255) if mode == "RGBA" else "white")
    pen = ImageDraw.Draw(image)
    ink = (70, 90, 200, 255) if mode == "RGBA" else (70, 90, 200)
    if digit == 1:  # with a long flag, as Swiss writers make it
        pen.line([(30, 40), (55, 15), (55, 85)], fill=ink, width=5)
    else:  # an 0
        pen.ellipse([(25, 15), (70, 85)], outline=ink, width=5)
    return image


def write_collection(root: Path, names: tuple[str, ...]) -> None:
    for n, name in enumerate(names):
        for digit in (0, 1):
            folder = root / name / str(digit)
            folder.mkdir(parents=True)
            for i in range(2):
                scan(digit, "RGBA" if n % 2 else "RGB").save(folder / f"number-{i}.png")


def test_every_writers_digits_are_read_as_the_app_reads_a_picture(tmp_path):
    write_collection(tmp_path, ("0001_CH4M", "0002_CH5M", "0005_CH3M"))
    digits = writers.load_writers(tmp_path)
    assert digits.x.shape == (12, 28, 28) and digits.x.dtype == np.uint8
    assert list(digits.y) == [0, 0, 1, 1] * 3
    assert list(digits.writer[::4]) == ["0001_CH4M", "0002_CH5M", "0005_CH3M"]
    # Dark ink on white paper becomes MNIST's light ink on dark, centred in the 20 px box.
    one = digits.x[2]
    assert one.max() == 255 and one[:3].max() == 0 and one[:, :3].max() == 0
    rows = np.flatnonzero(one.max(axis=1) > 0)
    assert rows.max() - rows.min() >= 18  # a 1 stands as tall as the box
    zero = digits.x[0]
    assert zero[14, 14] < 64 < zero[14].max()  # its hole stays open
    # A transparent scan (RGBA) reads the same as an opaque one.
    assert np.abs(digits.x[4:8].astype(int) - digits.x[0:4]).max() <= 2


def test_the_build_keeps_every_fifth_writer_out_for_measuring(tmp_path):
    assert [name for name in ("0004_CH4M", "0005_CH3M", "0010_CH3M", "0019_US5M", "notes")
            if writers.measuring_writer(name)] == ["0005_CH3M", "0010_CH3M"]
    write_collection(tmp_path, ("0001_CH4M", "0005_CH3M", "0006_CH4M"))
    trained = writers.load_writers(tmp_path, keep=lambda w: not writers.measuring_writer(w))
    measured = writers.load_writers(tmp_path, keep=writers.measuring_writer)
    assert set(trained.writer) == {"0001_CH4M", "0006_CH4M"}
    assert set(measured.writer) == {"0005_CH3M"}


def test_a_folder_of_no_writers_or_a_stray_folder_is_a_clear_error(tmp_path):
    with pytest.raises(DataError, match="no writers' folders"):
        writers.load_writers(tmp_path)
    with pytest.raises(DataError, match="no such folder"):
        writers.load_writers(tmp_path / "absent")
    write_collection(tmp_path, ("0001_CH4M",))
    (tmp_path / "0001_CH4M" / "scans").mkdir()
    with pytest.raises(DataError, match="'scans' is not a digit"):
        writers.load_writers(tmp_path)


def test_the_build_unpacks_only_the_collection_from_its_archive(tmp_path, build):
    source = tmp_path / "source"
    write_collection(source / "numbers", ("0001_CH4M", "0005_CH3M"))
    (source / "src").mkdir()
    (source / "src" / "Main.java").write_text("class Main {}")  # the rest of the repository
    work = tmp_path / "work"
    work.mkdir()
    # Already downloaded: the build takes the archive in its work folder (no network here).
    with tarfile.open(work / "swiss.tar.gz", mode="w:gz") as tar:
        tar.add(source, arcname=f"anagnostes-{build.SWISS_COMMIT}")
    folder = build.swiss_folder(None, work)
    assert folder == work / "swiss" and not (work / "swiss.partial").exists()
    unpacked = sorted(str(p.relative_to(folder)) for p in folder.rglob("*.png"))
    assert len(unpacked) == 8 and unpacked[0] == "0001_CH4M/0/number-0.png"
    assert not list(folder.rglob("*.java"))
    assert len(writers.load_writers(folder).y) == 8
    # A local copy is taken as it is, the repository's folder or the collection's own.
    assert build.swiss_folder(source, work) == source / "numbers"
    assert build.swiss_folder(source / "numbers", work) == source / "numbers"


def test_the_archive_reader_never_leaves_half_a_collection(tmp_path, build):
    work = tmp_path / "work"
    work.mkdir()
    (work / "swiss.tar.gz").write_bytes(b"not an archive")
    with pytest.raises(tarfile.ReadError):
        build.swiss_folder(None, work)
    assert not (work / "swiss").exists()
