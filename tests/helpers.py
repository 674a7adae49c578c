"""Shared test helpers: running the real command line, small data sets, drawn digits."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

REPO = Path(__file__).resolve().parent.parent
PUBLIC_TEST_SET = REPO.parent / "shared" / "data" / "mnist-test-public.npz"
NOT_DIGITS = sorted((REPO / "tests" / "data" / "not-digits").glob("*.png"))
"""Drawings that are not digits, made for the tests by tests/data/draw_not_digits.py."""
DIGIT_FORMS = sorted((REPO / "tests" / "data" / "digit-forms").glob("*.png"))
"""The forms of digits written across countries (a 1 with a flag, a crossed 7, a hooked 9, ...),
one drawing each, named "<digit>-<form>.png": made by tests/data/draw_digit_forms.py."""


def load_script(path: Path):
    """A script that is not part of the package (scripts/, tests/data/), imported as a module."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


OMNIGLOT_STROKES = {
    "ring": [("ellipse", (30, 20, 75, 85))],
    "star": [("line", (52 - dx, 52 - dy, 52 + dx, 52 + dy))  # an asterisk of five strokes
             for dx, dy in ((0, 35), (30, 20), (30, -20), (20, 30), (-20, 30))],
    # a trident, as Old Church Slavonic's Ш-like letters
    "fork": [*(("line", (x, 20, x, 60)) for x in (30, 52, 74)),
             ("line", (30, 60, 74, 60)), ("line", (52, 60, 52, 90))],
    "h": [("line", (30, 20, 30, 85)), ("line", (74, 20, 74, 85)), ("line", (30, 52, 74, 52))],
}


def omniglot_png(shape: str) -> bytes:
    """A 105x105 one-bit PNG as Omniglot stores its drawings: black strokes on white (a shape
    of :data:`OMNIGLOT_STROKES`)."""
    image = Image.new("1", (105, 105), 1)
    pen = ImageDraw.Draw(image)
    for kind, box in OMNIGLOT_STROKES[shape]:
        if kind == "ellipse":
            pen.ellipse(box, outline=0, width=3)
        else:
            pen.line(box, fill=0, width=3)
    file = io.BytesIO()
    image.save(file, format="PNG")
    return file.getvalue()


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(extra or {})
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


def run_cli(*args: str, env: dict[str, str] | None = None, input: str | None = None,
            timeout: float = 240, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """``python -m digitgui ARGS`` in a real child process."""
    return subprocess.run(
        [sys.executable, "-m", "digitgui", *args],
        capture_output=True, text=True, env=child_env(env), input=input, timeout=timeout,
        cwd=cwd or REPO,
    )


def start_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "digitgui", *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=child_env(env), cwd=REPO,
    )


def events(stdout: str) -> list[dict]:
    """Parse a JSON-lines event stream; every line must be a JSON object with 'event'."""
    parsed = []
    for line in stdout.splitlines():
        value = json.loads(line)
        assert isinstance(value, dict) and "event" in value, line
        parsed.append(value)
    return parsed


def embedded_arrays() -> tuple[np.ndarray, np.ndarray]:
    with np.load(REPO / "resources" / "mnist-embedded.npz") as data:
        return data["x"], data["y"]


def small_npz(path: Path, per_digit: int, offset: int = 0) -> Path:
    x, y = embedded_arrays()
    index = np.concatenate([np.flatnonzero(y == d)[offset:offset + per_digit] for d in range(10)])
    np.savez_compressed(path, x=x[index], y=y[index])
    return path


def one_line(stderr: str) -> str:
    """The stderr of a user mistake: exactly one line, no traceback."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected one line on stderr, got:\n{stderr}"
    assert "Traceback" not in stderr
    return lines[0]


def read_until(child, wanted: str, limit: float = 180) -> list[dict]:
    """The events a child writes until (and with) the first ``wanted`` one."""
    seen, deadline = [], time.monotonic() + limit
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        seen.append(json.loads(line))
        if seen[-1]["event"] == wanted:
            return seen
    raise AssertionError(f"no {wanted!r} event; saw {[e['event'] for e in seen]}")
