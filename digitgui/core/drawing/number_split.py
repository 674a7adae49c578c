"""Splitting a picture of a written number into its digits, left to right, as a person would.

The steps, each judged against the height of a digit (the line's own scale, so any picture
size works):

1. The ink's pieces become blobs (:mod:`~digitgui.core.drawing.number_blobs`); a minus sign
   before the first digit and decimal points (or commas) low between digits are set aside.
2. Strokes of one digit that do not touch are put together: a short stroke over or beside a
   digit's body (a 5's flag, a 7's bar, a 4's hook, a 1's foot) and any blob mostly covered by
   another. Where the geometry cannot tell (two blobs overlapping a little), the network is
   asked: the pair is joined when it reads better as one digit than as two.
3. A blob too wide for one digit (neighbours that touch) is cut: candidate cut columns are the
   minima of its ink's column profile, and the cuts chosen are those that make every piece
   read most surely as a digit (a dynamic programme over the candidates).

The network is reached through a ``score`` callback (28x28 inputs in, probabilities out), so
this layer does not import the models. Without one, steps 2 and 3 use the geometry alone:
in an ambiguous pair a short stroke joins its neighbour, two tall blobs stay apart, and wide
blobs are not cut.

Each digit's crop is prepared as a single digit is (:func:`prepare_ink`: the same steps, its
ink already found).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from digitgui.core.drawing.ink import INK_THRESHOLD, analyse, ink_image
from digitgui.core.drawing.number_blobs import (
    TALL,
    Blob,
    Pieces,
    digit_height,
    find_blobs,
    find_marks,
)
from digitgui.core.drawing.number_cuts import (
    best_spans,
    between,
    cut_paths,
    distinct,
    straight_cuts,
)
from digitgui.core.drawing.number_memo import SplitMemo
from digitgui.core.drawing.number_rules import (
    APART,
    CUT_COST,
    CUTS_EXTRA,
    CUTS_PER_DIGIT,
    DOUBT,
    FULL,
    LOW_COST,
    NEAR,
    NESTED,
    PIECE_WIDTH,
    SURE,
    SURELY_ONE,
    TOO_WIDE,
    WIDE,
    WIDTH_COST,
)
from digitgui.core.drawing.pieces import find_root, mean_pool
from digitgui.core.drawing.preprocess import Prepared, prepare_ink

MAX_DIGITS = 12
"""The longest number read; more pieces than this is scribble, not a number."""

Scorer = Callable[[np.ndarray], np.ndarray]
"""(N, 28, 28) network inputs -> (N, 10) probabilities."""

_SPECK = 2
"""Pooled pieces smaller than this many pixels are dust (a point is a few pooled pixels)."""

_CROP_SIDE = 64
"""A crop at least twice this many pixels on its longer side is shrunk by a whole factor
before it is prepared: the network sees 20 px of it, and preparing it costs about a third less
(a 12-digit number has 12 crops, and more when its cuts are chosen)."""

_MARGIN = 0.15
"""Crops are given a paper margin of this share of their longer side, as a drawn digit has on
its sheet (the margin weighs in prepare's judgement of a dot; the crop is ink already, so its
polarity is not read again)."""


Box = tuple[int, int, int, int]  # (x, y, w, h) in a picture's pixels


@dataclass(frozen=True)
class NumberPiece:
    """One digit or mark of a number. ``box`` is (x, y, w, h) in the picture's pixels;
    ``prepared`` the network's input (digits only); ``probabilities`` the network's reading
    when the split already asked for it (None otherwise)."""

    kind: str  # "digit", "minus" or "point"
    box: Box
    prepared: Prepared | None = None
    probabilities: np.ndarray | None = None


@dataclass(frozen=True)
class NumberSplit:
    """The pieces of a number, left to right; ``blank`` when there is no ink; ``too_many`` when
    the ink falls into more pieces than a number has (scribble: not split further)."""

    pieces: tuple[NumberPiece, ...]
    blank: bool = False
    too_many: bool = False
    digit_height: float = 0.0

    @property
    def digits(self) -> list[NumberPiece]:
        return [p for p in self.pieces if p.kind == "digit"]


def split_number(image: np.ndarray, score: Scorer | None = None,
                 memo: SplitMemo | None = None, writing: Box | None = None) -> NumberSplit:
    """Any picture of a written number (any size, either polarity, gray or colour) -> its
    digits and marks, left to right. ``memo`` (of this ``score``'s network) keeps what was
    found for each group of ink for the next call (:mod:`number_memo`).

    ``writing``: where the pen is writing now (the box of the stroke in progress), if
    anywhere. A group of ink under the pen is a digit being written: it is read whole, not
    tried cut, until the pen is lifted. Its half-written shapes are no touching digits, and
    trying dozens of cuts in them was most of the time a number took to follow the pen."""
    ink = ink_image(image)
    mask = ink > INK_THRESHOLD
    if not mask.any() or analyse(ink).blank:
        return NumberSplit((), blank=True)
    pieces = find_blobs(mask, _SPECK)
    if not pieces.blobs:
        return NumberSplit((), blank=True)
    height = digit_height(pieces.blobs)
    minus, points = find_marks(pieces.blobs, height, pieces.pen)
    marks = set(minus) | set(points)
    rest = [b for b in pieces.blobs if b not in marks and not _dot(b, height)]
    if len(rest) > 3 * MAX_DIGITS:
        # Far more pieces than strokes of a number: scribble. Not worth the network's time.
        return NumberSplit(tuple(NumberPiece("digit", _xywh(b)) for b in rest), too_many=True,
                           digit_height=height)
    splitter = _Splitter(ink, pieces, height, score, memo if score is not None else None,
                         writing)
    digits = splitter.cut(splitter.group(rest))
    found = [*(NumberPiece("minus", _xywh(b)) for b in minus),
             *(NumberPiece("point", _xywh(b)) for b in points), *digits]
    found.sort(key=lambda p: p.box[0] + p.box[2] / 2)
    return NumberSplit(tuple(found), too_many=len(digits) > MAX_DIGITS, digit_height=height)


def _dot(blob: Blob, height: float) -> bool:
    """A dot that is no decimal point (before the first digit, after the last): dropped, as
    single-digit mode drops specks."""
    return max(blob.width, blob.height) <= 0.2 * height


def _xywh(blob: Blob) -> Box:
    return blob.left, blob.top, blob.width, blob.height


def _confidence(probabilities: np.ndarray | None) -> float:
    """How surely an input reads as a digit, as a log: the top probability. The shipped model
    spreads its probability over all ten digits for what is not a digit, so a fragment of a
    digit or two digits at once score low. A blank crop is as unsure as can be."""
    return float(np.log(max(float(probabilities.max()), 1e-6))) if probabilities is not None \
        else float(np.log(1e-6))


class _Splitter:
    def __init__(self, ink: np.ndarray, pieces: Pieces, height: float, score: Scorer | None,
                 memo: SplitMemo | None = None, writing: Box | None = None):
        self.ink, self.pieces, self.height, self.score = ink, pieces, height, score
        self.memo, self.writing = memo, writing

    def under_pen(self, group: Blob) -> bool:
        """Whether the stroke being written reaches into the group's box."""
        if self.writing is None:
            return False
        x, y, w, h = self.writing
        return (x < group.right and group.left < x + w
                and y < group.bottom and group.top < y + h)

    def read_whole(self, blobs: list[Blob],
                   windows: list[np.ndarray] | None = None) -> list[NumberPiece]:
        """Each blob's own ink (``windows``, when known) read as one digit, in one call to
        the network; blobs whose ink the memo knows are not prepared or read again, and the
        same ink given twice (a blob in two doubtful pairs) is read once."""
        windows = windows or [self.pieces.ink_of(self.ink, blob) for blob in blobs]
        keys = [("whole", *SplitMemo.key(w, 0)) if self.memo is not None else None
                for w in windows]
        out: list[NumberPiece | None] = [self.memo.get(k) if k else None for k in keys]
        new = [i for i, piece in enumerate(out) if piece is None]
        ink = {i: _ink_key(windows[i]) for i in new}
        first: dict[tuple, int] = {}  # each ink's first window
        for i in new:
            first.setdefault(ink[i], i)
        made = [self.prepared_crop(windows[i], 0, 0) for i in first.values()]
        readings = self.read([prepared for prepared, _ in made])
        read = {key: NumberPiece("digit", box, prepared, p)
                for key, (prepared, box), p in zip(first, made, readings, strict=True)}
        for i in new:
            out[i] = read[ink[i]]
            if keys[i] is not None:
                self.memo.put(keys[i], out[i])
        return [_moved(piece, blob.left, blob.top) for piece, blob in zip(out, blobs, strict=True)]

    def prepared_crop(self, crop: np.ndarray, x0: int, y0: int) -> tuple[Prepared, Box]:
        """A crop of ink whose top left is (x0, y0) in the picture, prepared, and its box."""
        rows = np.flatnonzero((crop > INK_THRESHOLD).any(axis=1))
        cols = np.flatnonzero((crop > INK_THRESHOLD).any(axis=0))
        if len(rows) == 0:
            return Prepared(None, analyse(crop)), (x0, y0, crop.shape[1], crop.shape[0])
        crop = crop[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
        box = (x0 + int(cols[0]), y0 + int(rows[0]), crop.shape[1], crop.shape[0])
        factor = max(crop.shape) // _CROP_SIDE
        if factor > 1:
            crop = mean_pool(crop, factor)
        pad = max(2, round(_MARGIN * max(crop.shape)))
        padded = np.zeros((crop.shape[0] + 2 * pad, crop.shape[1] + 2 * pad), dtype=np.float32)
        padded[pad:-pad, pad:-pad] = crop
        return prepare_ink(padded), box

    def read(self, prepared: list[Prepared]) -> list[np.ndarray | None]:
        """The network's probabilities for prepared crops (None: blank, or no network)."""
        out: list[np.ndarray | None] = [None] * len(prepared)
        full = [i for i, p in enumerate(prepared) if p.pixels is not None]
        if full and self.score is not None:
            first: dict[int, int] = {}  # each input once: one piece may stand in several spans
            for i in full:
                first.setdefault(id(prepared[i]), i)
            unique = list(first.values())
            probabilities = self.score(np.stack([prepared[i].pixels for i in unique]))
            found = {id(prepared[i]): p for i, p in zip(unique, probabilities, strict=True)}
            for i in full:
                out[i] = found[id(prepared[i])]
        return out

    def group(self, blobs: list[Blob]) -> list[Blob]:
        """Blobs of one digit joined: certain cases by geometry, doubtful ones by the network."""
        parent = list(range(len(blobs)))

        def root(i: int) -> int:
            return find_root(parent, i)

        doubtful = []
        for i, a in enumerate(blobs):
            for j in range(i + 1, len(blobs)):
                b = blobs[j]
                if b.left - a.right > NEAR * self.height:
                    continue  # sorted by left edge; later ones may still reach back
                verdict = self._relation(a, b)
                if verdict == "join":
                    parent[root(i)] = root(j)
                elif verdict == "doubt":
                    doubtful.append((i, j))
        if doubtful and self.score is None:
            # Geometry alone: a short stroke beside a digit is taken as part of it (a 4's
            # hook); two full-height blobs that overlap a little stay two digits.
            for i, j in doubtful:
                if min(blobs[i].height, blobs[j].height) < FULL * self.height:
                    parent[root(i)] = root(j)
        elif doubtful:
            trio = [blob for i, j in doubtful
                    for blob in (blobs[i], blobs[j], blobs[i].joined(blobs[j]))]
            worth = [self._worth(piece.probabilities, _xywh(blob))
                     for piece, blob in zip(self.read_whole(trio), trio, strict=True)]
            for k, (i, j) in enumerate(doubtful):
                # The same measure as the cuts: one digit pays one piece's cost, two pay two.
                alone_a, alone_b, together = worth[3 * k : 3 * k + 3]
                if together >= alone_a + alone_b:
                    parent[root(i)] = root(j)
        groups: dict[int, Blob] = {}
        for i, blob in enumerate(blobs):
            r = root(i)
            groups[r] = groups[r].joined(blob) if r in groups else blob
        return sorted(groups.values(), key=lambda b: b.cx)

    def _relation(self, a: Blob, b: Blob) -> str:
        """"join", "apart" or "doubt" for two blobs, from their boxes alone."""
        shared = a.overlap(b)
        narrower = min(a.width, b.width)
        if shared >= NESTED * narrower:
            return "join"
        tall_a, tall_b = a.height >= TALL * self.height, b.height >= TALL * self.height
        if a.height >= FULL * self.height and b.height >= FULL * self.height:
            return "apart" if shared < APART * narrower else "doubt"
        if not tall_a and not tall_b:
            # Two short strokes side by side: two strokes of one digit or two small digits.
            return "doubt" if shared > -NEAR * self.height else "apart"
        short = b if tall_a else a
        if shared >= 0.5 * short.width:
            return "join"  # a flag, a bar or a foot over a digit's body
        return "doubt" if shared > -NEAR * self.height else "apart"

    def _worth(self, probabilities: np.ndarray | None, box: Box) -> float:
        """What reading a crop as one digit is worth (a log-probability): how surely it reads,
        less one piece's cost, less more for a piece wider than a digit usually is or lower
        than a digit's height (a fragment: the network may read a bit of a 6 surely as a 1)."""
        width, height = box[2] / self.height, box[3] / self.height
        return (_confidence(probabilities) - CUT_COST
                - WIDTH_COST * max(0.0, width - TOO_WIDE)
                - LOW_COST * max(0.0, FULL - height))

    def cut(self, groups: list[Blob]) -> list[NumberPiece]:
        """Each group as one digit, or cut into several where that reads better: tried when a
        group is wider than one digit usually is, or when the network doubts it as one. All
        groups' candidate pieces are read in one call to the network (one call costs about a
        tenth of a millisecond besides its inputs)."""
        windows = [self.pieces.ink_of(self.ink, group) for group in groups]
        keys = [SplitMemo.key(w, self.height) if self.memo is not None else None
                for w in windows]
        known = {i: self.memo.get(k) for i, k in enumerate(keys) if k is not None}
        new = [i for i in range(len(groups)) if known.get(i) is None]
        wholes = dict(zip(new, self.read_whole([groups[i] for i in new],
                                               [windows[i] for i in new]), strict=True))
        # Under the pen: read whole, and not remembered (split for good once it is lifted).
        writing = {i for i in new if self.under_pen(groups[i])}
        tried = [i for i in new if i not in writing and self._worth_cutting(groups[i], wholes[i])]
        candidates = {i: self._candidates(groups[i], windows[i]) for i in tried}
        read = iter(self.read([prepared for i in tried for prepared, _ in candidates[i][1]]))
        out: list[NumberPiece] = []
        for i, group in enumerate(groups):
            if known.get(i) is not None:
                out.extend(_moved(piece, group.left, group.top) for piece in known[i])
                continue
            found = [wholes[i]]
            if i in candidates:
                spans, made_cuts = candidates[i]
                pieces = [NumberPiece("digit", box, prepared, next(read))
                          for prepared, box in made_cuts]
                found = self._best_cuts(spans, pieces, wholes[i])
            if keys[i] is not None and i not in writing:
                self.memo.put(keys[i], [_moved(p, -group.left, -group.top) for p in found])
            out.extend(found)
        return out

    def _worth_cutting(self, group: Blob, whole: NumberPiece) -> bool:
        """Whether cuts of a group are tried: it is read unsurely, or it is wider than one
        digit usually is and not read very surely at a width one digit may have."""
        if self.score is None or group.width < 2 * PIECE_WIDTH[0] * self.height:
            return False
        # A group lower than a digit (a digit half written, a dash): no piece cut from it is
        # taller, so each pays at least what the whole pays for its height (:meth:`_worth`),
        # two or more pieces twice that. When the whole is worth more, no cut can win (the
        # same answer, without reading the cuts: a third of the pen-to-number p99 cases).
        low = LOW_COST * max(0.0, FULL - group.height / self.height)
        if low and self._worth(whole.probabilities, whole.box) >= -2 * low:
            return False
        p = whole.probabilities
        if p is None or p.max() < DOUBT:
            return True
        width = group.width / self.height
        return width > WIDE and not (p.max() >= SURE and width <= SURELY_ONE)

    def _candidates(self, group: Blob,
                    window: np.ndarray) -> tuple[list[tuple[int, int]], list[tuple[Prepared, Box]]]:
        """The candidate pieces of a group: spans between cut paths (:func:`cut_paths`,
        :func:`straight_cuts`) as wide as a digit may be, and each span's prepared crop. The
        last node is the group's right side; the whole group (span 0 to last) is not among
        them."""
        low, high = (s * self.height for s in PIECE_WIDTH)
        most = CUTS_PER_DIGIT * round(group.width / self.height) + CUTS_EXTRA
        paths = distinct([*cut_paths(window, low, most), *straight_cuts(window, low, most)])
        nodes: list[np.ndarray | None] = [None, *paths, None]
        ends = [0.0, *(float(p.mean()) for p in paths), float(group.width)]
        spans = [(i, j) for i in range(len(nodes)) for j in range(i + 1, len(nodes))
                 if low <= ends[j] - ends[i] <= high and (i, j) != (0, len(nodes) - 1)]
        made, known = [], {}
        for i, j in spans:
            piece = between(window, nodes[i], nodes[j])
            # Cuts that part the ink alike (through the same paper, by different ways) give
            # the same piece: prepared once and read once (a fifth of the pieces with gaps).
            key = _ink_key(piece)
            if key not in known:
                known[key] = self.prepared_crop(piece, group.left, group.top)
            made.append(known[key])
        return spans, made

    def _best_cuts(self, spans: list[tuple[int, int]], pieces: list[NumberPiece],
                   whole: NumberPiece) -> list[NumberPiece]:
        """The cuts of a group that make its pieces read best: the candidate spans
        (:meth:`_candidates`) and the whole group, each piece worth :meth:`_worth`."""
        last = max((j for _, j in spans), default=1)
        spans, pieces = [*spans, (0, last)], [*pieces, whole]
        worth = [self._worth(piece.probabilities, piece.box) for piece in pieces]
        return [pieces[k] for k in best_spans(spans, worth, last)]


def _ink_key(window: np.ndarray) -> tuple:
    """Equal for equal windows of ink, whatever their place on the sheet."""
    return window.shape, window.tobytes()


def _moved(piece: NumberPiece, dx: int, dy: int) -> NumberPiece:
    x, y, w, h = piece.box
    return replace(piece, box=(x + dx, y + dy, w, h))
