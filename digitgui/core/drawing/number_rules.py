"""How a written number's ink is judged while it is split into digits: each value with what
it means and, where it was chosen by measurement, what it was chosen on (the tuning sets of
``scripts/make_number_sets.py --tuning``, built from the embedded training digits; never the
measuring sets). Lengths are shares of a digit's height; worths are log-probabilities (see
:mod:`digitgui.core.drawing.number_split`)."""

from __future__ import annotations

NESTED = 0.8
"""A blob sharing at least this share of its columns with another is part of it."""

APART = 0.25
"""Two tall blobs sharing less than this share of the narrower's columns are two digits."""

NEAR = 0.3
"""A short blob is weighed against a neighbour at most this share of a digit's height away."""

WIDE = 0.9
"""A blob wider than this share of a digit's height may be touching digits: cuts are tried."""

PIECE_WIDTH = (0.15, 1.15)
"""A cut piece is between these shares of a digit's height wide (a 1 to a sprawling 0). (Up
to 1.3 read no number more right on the tuning sets and read 7 % more pieces: a piece wider
than :data:`TOO_WIDE` pays for it, and one this wide almost never wins.)"""

FULL = 0.85
"""Two blobs at least this share of a digit's height high, side by side, are two digits; a
lower one may be part of a digit broken in two (judged by the network), and a piece lower
than this pays for it (see :data:`LOW_COST`)."""

DOUBT = 0.9
"""A group the network reads less surely than this as one digit is tried cut as well."""

CUT_COST = 0.0
"""The log-probability each piece pays: no prior on how many digits a group holds, the cuts
whose pieces read best win. (A cost of 0.05 to 0.1 kept fewer digits whole on the MNIST-built
touching numbers and gained nothing on the others; fragments are held off by the costs of
pieces too low or too wide instead.)"""

WIDTH_COST = 6.0
"""Log-probability lost per digit height a piece is wider than :data:`TOO_WIDE`."""

LOW_COST = 4.0
"""Log-probability lost per digit height a piece is lower than :data:`FULL`."""

TOO_WIDE = 1.0
"""A piece wider than this share of a digit's height is penalised: one digit is rarely wider
than high, two digits side by side nearly always are (MNIST's widest digits are about 1:1)."""

SURE = 0.99
"""A group wider than :data:`WIDE` but read at least this surely is kept whole (not tried
cut) when it is no wider than :data:`SURELY_ONE` digit heights: most single digits are 0.9 to
1.1 heights wide, and trying cuts in each of them was most of the time a number with gaps
took. (Chosen on the tuning sets, built from the embedded training digits: cuts were chosen in
under 2 % of such groups, and as many numbers were read right without trying them.)"""

SURELY_ONE = 2.0
"""Since the shipped model learned that two touching digits are "not a digit" (it reads none
of them as one digit, against 12 % before), a group it reads surely may be this wide: on the
1,500 + 1,500 tuning numbers 1.1 to 3.0 read the same (+3 and -1 numbers against 1.1), and
1.1 tried cuts in wide digits the network had read surely, most of the time a 12-digit
number took (p99 42 against 29 ms in ``digitgui bench``)."""

CUTS_PER_DIGIT = 3
"""Candidate cut paths of each kind (bent and straight) tried per digit height of a group's
width, and :data:`CUTS_EXTRA` more. (Their spacing, a narrow digit's width, limits them more
than this: 2 a digit height read as many pieces and one number less right.)"""

CUTS_EXTRA = 2
