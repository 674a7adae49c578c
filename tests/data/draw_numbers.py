"""Draws the committed test pictures of written numbers (run once; the PNGs are committed).

Each number is a list of glyphs, each glyph a list of pen strokes written by hand here in a
100 x 140 box, drawn on a wide white sheet with a round pen as a mouse draws: the digits of a
number in several strokes that do not touch (a 4, a 5), a crossed 7, two 0s that touch, a
decimal point, a minus sign; and a scribble and a blank sheet.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent / "numbers"
PEN = 14
SHEET = (720, 220)
TOP = 40


def ellipse(cx: float, cy: float, rx: float, ry: float, n: int = 28) -> list[tuple]:
    return [(cx + rx * math.sin(2 * math.pi * i / n), cy - ry * math.cos(2 * math.pi * i / n))
            for i in range(n + 1)]


GLYPHS = {
    "0": [ellipse(45, 70, 38, 66)],
    "1": [[(35, 22), (55, 0), (55, 140)]],
    "2": [[(10, 35), (25, 8), (55, 2), (80, 20), (80, 50), (10, 140), (90, 140)]],
    "3": [[(10, 15), (40, 0), (75, 15), (75, 50), (40, 68), (80, 90), (80, 125), (45, 140),
           (8, 125)]],
    # A 4 in two strokes whose bar stops short of the stem.
    "4": [[(55, 0), (5, 95), (52, 95)], [(82, 20), (82, 140)]],
    # A 5 in two strokes: the flag apart from the body.
    "5": [[(30, 0), (88, 0)], [(25, 24), (20, 68), (55, 56), (85, 80), (85, 115), (55, 140),
                                 (10, 130)]],
    "6": [[(70, 0), (20, 60), (12, 105), (40, 140), (75, 120), (70, 80), (35, 78), (15, 100)]],
    # A 7 with a crossbar.
    "7": [[(5, 0), (85, 0), (35, 140)], [(30, 70), (80, 70)]],
    "8": [ellipse(45, 35, 30, 33), ellipse(45, 105, 38, 35)],
    "9": [ellipse(45, 38, 35, 36), [(80, 38), (75, 140)]],
}

POINT = [ellipse(12, 138, 2, 2, 8)]
MINUS = [[(0, 75), (60, 75)]]

NUMBERS = {
    # name: glyphs with their left edges (None: a glyph of GLYPHS by name)
    "four-five": [("4", 60), ("5", 200)],
    "crossed-seven": [("7", 80), ("2", 220)],
    "touching-zeros": [("0", 100), ("0", 180)],
    "three-point-one-four": [("3", 60), (POINT, 170), ("1", 200), ("4", 320)],
    "minus-five": [(MINUS, 60), ("5", 160)],
    "year": [("2", 40), ("0", 180), ("2", 320), ("6", 460)],
}


def _draw(draw: ImageDraw.ImageDraw, strokes: list, left: float) -> None:
    for stroke in strokes:
        points = [(left + x, TOP + y) for x, y in stroke]
        draw.line(points, fill=0, width=PEN, joint="curve")
        for x, y in (points[0], points[-1]):
            draw.ellipse((x - PEN / 2, y - PEN / 2, x + PEN / 2, y + PEN / 2), fill=0)


def main() -> None:
    HERE.mkdir(exist_ok=True)
    for name, glyphs in NUMBERS.items():
        sheet = Image.new("L", SHEET, 255)
        draw = ImageDraw.Draw(sheet)
        for glyph, left in glyphs:
            _draw(draw, GLYPHS[glyph] if isinstance(glyph, str) else glyph, left)
        sheet.save(HERE / f"{name}.png", optimize=True)
    scribble = Image.new("L", SHEET, 255)
    zigzag = [(40 + 13 * i, 50 + 120 * ((i * 7) % 5) / 4) for i in range(50)]
    _draw(ImageDraw.Draw(scribble), [zigzag, [(60, 120), (680, 90)]], 0)
    scribble.save(HERE / "scribble.png", optimize=True)
    Image.new("L", SHEET, 255).save(HERE / "blank.png", optimize=True)


if __name__ == "__main__":
    main()
