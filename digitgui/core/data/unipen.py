"""Pen trajectories of real writers from many countries: UNIPEN's isolated digits.

UNIPEN ``train_r01_v07`` (the International Unipen Foundation, 1999) holds, in its category
1a, about 16,000 digits written on tablets by writers in the United States, Germany (GMD),
Spain (Valladolid), Britain, Belgium, Québec, Israel and Japan: crossed 7s, slashed 0s, 1s
with flags, open 4s, hooked 9s, the forms MNIST's American writers rarely use. The build
script renders them as the window renders a drawing (``scripts/build_default_model.py``);
this module only reads them. Plain Python and NumPy.

The format (https://www.unipen.org): a data file of ``.SEGMENT CHARACTER <components>
<quality> "<label>"`` lines, whose pen data come from ``.INCLUDE``'d files (paths relative to
the distribution's ``include`` folder, nested includes allowed). There, ``.PEN_DOWN`` and
``.PEN_UP`` each begin a component of "x y ..." point lines; components are numbered from 0 in
order, counting only those with points (most contributors' ``.PEN_UP`` is an empty marker, a
few record the pen's path in the air). A segment names components as "3", "3-5" or "3,7";
its ink is its ``.PEN_DOWN`` components. Tablets count y upwards: flipped here, so that y
runs down as in a picture. Segments marked BAD, or that name points within a component
("3:10-5:2", 22 of 15,953 digits), are left out.

UCI's Pen-Based Recognition of Handwritten Digits (44 writers in Istanbul) keeps its original
trajectories in the same format, simpler: ``read_pendigits`` reads them. UJI Pen Characters
v2's digits (60 writers in Castellón and Valencia) come as JSON: ``read_ujipen_digits``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

_SEGMENT = re.compile(r'^\.SEGMENT\s+CHARACTER\s+(\S+)\s+(\S+)\s+"(.)"')
_COMPONENT_ENDS = (".START_BOX", ".SEGMENT", ".DATE", ".WRITER_ID", ".STYLE")
"""Keywords after which point lines no longer belong to the component before them."""


@dataclass(frozen=True)
class PenDigit:
    label: int
    strokes: tuple[np.ndarray, ...]
    """Each stroke's points (n, 2): x to the right, y downwards, in tablet units."""
    contributor: str
    """The three-letter name of the institution that recorded it ("gmd", "val", ...)."""
    source: str
    """The data file it comes from (one writer, or a few, per file)."""


def read_digits(root: Path) -> list[PenDigit]:
    """Every readable digit of category 1a under ``root`` (a folder holding ``data/1a`` and
    ``include``, as the distribution unpacks)."""
    digits = []
    category = root / "data" / "1a"
    for path in sorted(category.rglob("*.dat")):
        contributor = path.relative_to(category).parts[0]
        for label, strokes in read_file(path, root / "include"):
            digits.append(PenDigit(label, strokes, contributor, path.name))
    return digits


def read_file(path: Path, include: Path) -> list[tuple[int, tuple[np.ndarray, ...]]]:
    """The digits (label, strokes) that the segments of one data file name."""
    lines = list(_lines(path, include))
    components = _components(lines)
    digits = []
    for line in lines:
        match = _SEGMENT.match(line.strip())
        if not match:
            continue
        spec, quality, label = match.groups()
        numbers = _component_numbers(spec)
        if (not label.isdigit() or quality.upper() == "BAD" or not numbers
                or max(numbers) >= len(components)):
            continue
        strokes = tuple(points for kind, points in (components[i] for i in numbers)
                        if kind == ".PEN_DOWN")
        if strokes:
            digits.append((int(label), strokes))
    return digits


def read_pendigits(path: Path, split: str) -> list[PenDigit]:
    """The digits of one of UCI Pen-Based Recognition of Handwritten Digits' original files
    (``pendigits-orig.tra`` or ``.tes``: 44 writers in Istanbul, UNIPEN's format with each
    ``.SEGMENT DIGIT`` followed by its own ``.PEN_DOWN``/``.PEN_UP`` strokes and a
    ``.COMMENT <digit> <writer> <n>`` line). ``split`` names the file's writers apart: the
    training file's writer 3 is not the test file's."""
    digits: list[PenDigit] = []
    label, writer, strokes, points = None, "", [], None

    def close() -> None:
        if label is not None and strokes:
            digits.append(PenDigit(label, tuple(strokes), "pendigits", f"{split}-{writer}"))

    for line in path.read_text(encoding="latin-1").splitlines():
        text = line.strip()
        if text.startswith(".SEGMENT"):
            close()
            match = re.search(r'"(\d)"', text)
            label, writer, strokes, points = (int(match.group(1)) if match else None), "", [], None
        elif text.startswith(".COMMENT") and label is not None:
            parts = text.split()
            writer = parts[2] if len(parts) > 2 else ""
        elif text.startswith(".PEN_DOWN"):
            points = []
        elif text.startswith("."):  # .PEN_UP, .DT: the stroke ends
            if points:
                strokes.append(np.asarray(points, dtype=float) * (1.0, -1.0))
            points = None
        elif points is not None and text:
            values = text.split()
            if len(values) >= 2:
                points.append((float(values[0]), float(values[1])))
    close()
    return digits


def read_ujipen_digits(path: Path) -> list[PenDigit]:
    """The digits of UJI Pen Characters v2 (Llorens et al., 2008; UCI, CC BY 4.0) as
    ``bridger/NumberPad``'s ``ujipenchars2.json`` keeps them: ``{"rawData": {"0": [sample,
    ...], ...}}``, each sample a list of strokes of [x, y] points (y downwards, as on the
    screen they were written on), two samples a writer, in the writers' order: sample i is
    writer i // 2's (the first 40 writers are the set's training writers, the last 20 its
    test writers)."""
    raw = json.loads(path.read_text(encoding="utf-8"))["rawData"]
    digits = []
    for label in sorted(raw):
        for i, sample in enumerate(raw[label]):
            strokes = tuple(np.asarray(s, dtype=float).reshape(-1, 2) for s in sample if s)
            if strokes:
                digits.append(PenDigit(int(label), strokes, "ujipen2", f"writer-{i // 2:02d}"))
    return digits


def _lines(path: Path, include: Path, depth: int = 0) -> Iterator[str]:
    if depth > 8:
        raise ValueError(f"{path}: .INCLUDE nested too deep")
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(".INCLUDE"):
            yield from _lines(include / line.split()[1], include, depth + 1)
        else:
            yield line


def _components(lines: list[str]) -> list[tuple[str, np.ndarray]]:
    found: list[tuple[str, list[tuple[float, float]]]] = []
    points: list[tuple[float, float]] | None = None
    for line in lines:
        text = line.strip()
        if text.startswith("."):
            keyword = text.split()[0]
            if keyword in (".PEN_DOWN", ".PEN_UP"):
                points = []
                found.append((keyword, points))
            elif keyword in _COMPONENT_ENDS:
                points = None
            continue
        if points is not None and text:
            values = text.split()
            try:
                points.append((float(values[0]), float(values[1])))
            except (ValueError, IndexError):
                continue  # not a point line
    return [(kind, np.asarray(p) * (1.0, -1.0)) for kind, p in found if p]


def _component_numbers(spec: str) -> list[int]:
    """"3", "3-5", "3,7-8" as component numbers; [] for point ranges ("3:10-5:2")."""
    if ":" in spec:
        return []
    numbers: list[int] = []
    for part in spec.split(","):
        first, _, last = part.partition("-")
        if not first.isdigit() or (last and not last.isdigit()):
            return []
        numbers.extend(range(int(first), int(last or first) + 1))
    return numbers
