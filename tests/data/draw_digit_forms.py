"""Draws the committed "forms of every country" test pictures (run once; the PNGs are committed).

Issue 9 asks the shipped model to read, at least: 1 with a flag and with a foot, 7 with and
without a crossbar, 9 with a straight, a curved and a hooked tail, 4 open and closed, 2 with and
without a loop, 0 with a slash, 6 and 8 in one stroke and in two. Each is a list of pen strokes
written by hand here, in pixels of a 280x280 sheet, drawn with a round pen as in the window.
They share nothing with the training data's stroke templates (digitgui.core.data.synthetic) but
the idea; the file name is the digit, then the form.
"""

from __future__ import annotations

import math
from pathlib import Path

from draw_not_digits import drawn  # the same round pen on the same sheet

HERE = Path(__file__).resolve().parent / "digit-forms"


def arc(cx, cy, rx, ry, start, end, n=24):
    """Points on an ellipse from ``start`` to ``end`` degrees (0 = right, 90 = down)."""
    return [(cx + rx * math.cos(math.radians(a)), cy + ry * math.sin(math.radians(a)))
            for a in [start + (end - start) * i / n for i in range(n + 1)]]


HEAD = arc(138, 95, 52, 52, -10, 350)
"""A 9's round head, drawn from its right side round, its tail then going down from there."""

DRAWINGS = {
    "1-flag": [[(92, 112), (158, 40), (156, 242)]],
    "1-flag-and-foot": [[(100, 95), (150, 40), (149, 240)], [(100, 242), (198, 240)]],
    "7-plain": [[(78, 48), (202, 44), (118, 242)]],
    "7-crossbar": [[(78, 48), (202, 44), (118, 242)], [(105, 146), (195, 140)]],
    "9-straight-tail": [HEAD + [(190, 100), (188, 242)]],
    "9-curved-tail": [HEAD + [(190, 100), (186, 180), (166, 228), (130, 244), (100, 232)]],
    "9-hooked-tail": [HEAD + [(190, 100), (192, 200), *arc(158, 206, 34, 36, 0, 160, 10)]],
    "4-open": [[(150, 40), (78, 172), (212, 170)], [(176, 96), (172, 242)]],
    "4-closed": [[(170, 242), (170, 40), (72, 172), (214, 172)]],
    "2-plain": [arc(140, 100, 56, 56, 190, 360, 14) + [(192, 124), (84, 240), (212, 238)]],
    "2-loop": [arc(140, 100, 56, 56, 190, 360, 14)
               + [(192, 124), (104, 222), *arc(104, 222, 22, 18, 90, 360, 10), (214, 236)]],
    "0-slash": [arc(140, 140, 62, 100, -90, 275, 32), [(196, 46), (84, 236)]],
    "6-one-stroke": [[(186, 48), (140, 70), (104, 120), (90, 180)]
                     + arc(140, 188, 52, 50, 180, 530, 24)],
    "6-two-strokes": [[(186, 48), (140, 70), (104, 120), (92, 178)],
                      arc(140, 188, 52, 50, 0, 360, 24)],
    "8-one-stroke": [[(140 + 58 * math.sin(2 * t), 140 - 98 * math.sin(t))
                      for t in [2 * math.pi * i / 40 for i in range(41)]]],
    "8-two-strokes": [arc(140, 88, 46, 46, 0, 360, 24), arc(140, 186, 56, 54, 0, 360, 24)],
}


def main() -> None:
    HERE.mkdir(exist_ok=True)
    for name, strokes in DRAWINGS.items():
        drawn(strokes).save(HERE / f"{name}.png", optimize=True)


if __name__ == "__main__":
    main()
