"""The README's "How well it reads" table, measured with `digitgui evaluate` on every set.

    python scripts/measure_reading.py [--model BUNDLE] [--measure DIR]

Real handwriting from ../shared/data (the MNIST public half, world-dev's sets; measuring only)
and the sets made by scripts/build_measuring_sets.py (in --measure): Swiss writers kept out of
training and the "not a digit" sets. Sets that are absent are left out. Prints a Markdown
table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SETS = [
    ("MNIST test set, public half (5,000)", DATA / "mnist-test-public.npz"),
    ("Italian writers on paper (world-dev semeion)", DATA / "world-dev" / "semeion"),
    ("NIST forms, 13 writers (world-dev optdigits)", DATA / "world-dev" / "optdigits"),
    ("drawn on a screen (world-dev hwd1000)", DATA / "world-dev" / "hwd1000"),
]
MEASURED_WRITERS = [
    ("Swiss writers on paper, kept out of training (4 of 21)", "swiss-held-out.npz"),
]
NON_DIGIT_SETS = [
    ("letters and symbols of 8 alphabets (Omniglot)", "omniglot.npz"),
    ("the same without the 29 characters drawn as a digit is", "omniglot-no-digit-shapes.npz"),
    ("doodles of kinds never trained on (Quick Draw)", "quickdraw-unseen.npz"),
]


def evaluate(model: str, data: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "digitgui", "evaluate", "--model", model, "--json",
         "--data", str(data)], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f} %"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="default")
    parser.add_argument("--measure", type=Path,
                        default=Path.home() / ".cache" / "digitgui-build" / "measure")
    args = parser.parse_args()
    print("| real handwriting | read right | misreads flagged | right answers flagged | "
          "answered \"not a digit\" | ECE |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, path in [*SETS, *((n, args.measure / f) for n, f in MEASURED_WRITERS)]:
        if path.exists():
            r = evaluate(args.model, path)
            print(f"| {name} | **{100 * r['accuracy']:.2f} %** | {pct(r['misreads_flagged'])} | "
                  f"{pct(r['right_flagged'])} | {pct(r['not_a_digit'])} | {pct(r['ece'])} |")
    print()
    print("| not digits | not read as a digit | answered \"not a digit\" | \"not sure\" | "
          "read as a digit |")
    print("| --- | --- | --- | --- | --- |")
    for name, file in NON_DIGIT_SETS:
        path = args.measure / file
        if path.exists():
            r = evaluate(args.model, path)["non_digits"]
            print(f"| {name} ({r['n']:,}) | **{pct(1 - r['digit'])}** | "
                  f"{pct(r['not_a_digit'])} | {pct(r['not_sure'])} | {pct(r['digit'])} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
