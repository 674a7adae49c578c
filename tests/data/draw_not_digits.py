"""Draws the committed "not a digit" test pictures (run once; the PNGs are committed).

Each is a list of pen strokes written by hand here, in pixels of a 280x280 sheet, drawn with a
round pen: things people draw that are not digits. They share nothing with the training data's
generator (digitgui.core.data.synthetic) but the idea.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent / "not-digits"


def circle(cx, cy, r, n=24, start=0.0, end=360.0):
    return [(cx + r * math.cos(math.radians(a)), cy + r * math.sin(math.radians(a)))
            for a in [start + (end - start) * i / n for i in range(n + 1)]]


DRAWINGS = {
    "dash": [[(50, 150), (120, 146), (230, 141)]],
    "letter-H": [[(80, 50), (82, 230)], [(200, 48), (196, 232)], [(82, 140), (198, 136)]],
    "letter-M": [[(50, 230), (60, 50), (140, 170), (215, 48), (228, 232)]],
    "letter-K": [[(90, 40), (92, 240)], [(200, 50), (95, 150), (210, 238)]],
    "letter-A": [[(60, 235), (140, 40), (222, 232)], [(95, 160), (190, 158)]],
    "face": [circle(140, 140, 100), circle(105, 110, 8, 8), circle(175, 110, 8, 8),
             circle(140, 150, 50, 10, 30, 150)],
    "house": [[(60, 130), (60, 240), (220, 240), (220, 130), (60, 130), (140, 40), (220, 130)],
              [(120, 240), (120, 185), (160, 185), (160, 240)]],
    "star": [[(140, 30), (175, 240), (40, 105), (240, 105), (105, 240), (140, 30)]],
    "scribble": [[(60, 80), (200, 200), (90, 210), (220, 70), (70, 150), (230, 160), (120, 60),
                  (150, 230), (60, 120)]],
    "hash": [[(110, 40), (95, 240)], [(185, 40), (170, 240)], [(40, 105), (240, 100)],
             [(35, 180), (235, 175)]],
    "wave": [[(30 + 8 * i, 140 + 40 * math.sin(i / 2.5)) for i in range(28)]],
    "sun": [circle(140, 140, 45), *[[(140 + 65 * math.cos(a), 140 + 65 * math.sin(a)),
                                     (140 + 115 * math.cos(a), 140 + 115 * math.sin(a))]
                                    for a in [i * math.pi / 4 for i in range(8)]]],
}


def drawn(strokes) -> Image.Image:
    """The strokes drawn with a round pen 16 pixels wide, black on a white 280x280 sheet (also
    used by draw_digit_forms.py)."""
    sheet = Image.new("L", (280, 280), 255)
    draw = ImageDraw.Draw(sheet)
    for stroke in strokes:
        draw.line(stroke, fill=0, width=16, joint="curve")
        for x, y in (stroke[0], stroke[-1]):
            draw.ellipse((x - 7.5, y - 7.5, x + 7.5, y + 7.5), fill=0)
    return sheet


def main() -> None:
    HERE.mkdir(exist_ok=True)
    for name, strokes in DRAWINGS.items():
        drawn(strokes).save(HERE / f"{name}.png", optimize=True)
    blob = Image.new("L", (280, 280), 255)
    ImageDraw.Draw(blob).ellipse((70, 50, 210, 230), fill=0)  # a solid blob
    blob.save(HERE / "blob.png", optimize=True)


if __name__ == "__main__":
    main()
