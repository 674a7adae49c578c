"""The reliability diagram: how often the network is right at each level of confidence.

Images are grouped by the confidence of their answer (0-10 %, ... 90-100 %); each bar is how
many of a group were read right, drawn against the diagonal of perfect calibration (of the
answers given with 80 % confidence, 80 % right). Where a bar stops short of the diagonal the
model is surer than it is right, and the shaded gap shows by how much. The number on each bar
is how many images it holds: a bin of two images says little, and the calibration error (ECE,
in the title) weighs every gap by its count, so the few uncertain answers of a good model do
not dominate it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter
from PySide6.QtWidgets import QWidget

from digitgui.core.models.calibration import Reliability
from digitgui.ui import theme
from digitgui.ui.evaluation.figure import ThemedFigure, is_narrow, readable_on
from digitgui.ui.formatting import count_text, formatted
from digitgui.ui.i18n import translate

GAP_ALPHA = 0.35
"""The gap to the diagonal is a pale shade of the warning colour: it is there to be noticed
beside the bars, not to compete with them."""


def title_text(ece: float | None, narrow: bool = False) -> str:
    """The diagram's title; ``narrow``: broken after "·" to fit a narrow chart."""
    if ece is None:
        return translate("Reliability", "Reliability")
    text = formatted(translate("Reliability",
            "Reliability · calibration error (ECE) {value:.1f} %"), value=100 * ece)
    return text.replace("· ", "·\n", 1) if narrow else text


class ReliabilityDiagram(ThemedFigure):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(figsize=(3.4, 1.8), parent=parent)
        self.reliability: Reliability | None = None
        self.axes = None
        self.accuracy_bars: list = []
        """One bar per bin that holds images, in bin order (tests read their heights)."""
        self.count_labels: list = []
        """The count written on each of those bars, in the same order."""
        self.setAccessibleName(translate("ReliabilityDiagram", "Reliability diagram"))
        self.setToolTip(
            translate("ReliabilityDiagram",
                    "Each bar gathers the answers given with a confidence in its range and shows "
                    "how many of them were right; the number on it is how many images it holds. A "
                    "well calibrated model's bars reach the dashed diagonal: of the answers given "
                    "with 80 % confidence, 80 % are right. The shaded gap is how far off it is; "
                    "the calibration error (ECE) is the mean gap, weighted by the number of "
                    "images."))
        self.finish_setup()

    def set_reliability(self, reliability: Reliability | None) -> None:
        """Show an evaluation's per-bin confidence and accuracy (None: empty)."""
        self.reliability = reliability
        self.render()

    def state(self) -> Reliability | None:
        return self.reliability  # never changed once made: the worker may read it

    @staticmethod
    def draw(figure: Figure, r: Reliability | None, c: theme.Colours) -> dict[str, Any]:
        axes = figure.add_subplot()
        axes.set_xlim(0, 1)
        axes.set_ylim(0, 1.0)
        axes.set_xlabel(translate("ReliabilityDiagram", "confidence"))
        axes.set_ylabel(translate("ReliabilityDiagram", "read right"))
        for axis in (axes.xaxis, axes.yaxis):
            axis.set_major_formatter(PercentFormatter(xmax=1.0, decimals=0))
        narrow = is_narrow(figure)
        axes.set_xticks(np.linspace(0, 1, 3 if narrow else 6))  # 0 %, 50 %, 100 % when narrow
        axes.set_yticks(np.linspace(0, 1, 6))
        axes.tick_params(length=0)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        axes.grid(True, axis="y", color=c.grid, linewidth=0.5)
        axes.set_axisbelow(True)
        # Above the bars (zorder): the bars are read against it, so it must never hide.
        axes.plot([0, 1], [0, 1], color=c.muted, linewidth=1.0, linestyle="--", zorder=3,
                  label=translate("ReliabilityDiagram", "perfectly calibrated"))
        axes.set_title(title_text(None if r is None else r.ece, narrow),
                       fontsize=8 if narrow else None)
        artists: dict[str, Any] = {"axes": axes, "accuracy_bars": [], "count_labels": []}
        if r is None or int(np.sum(r.counts)) == 0:
            return artists
        filled = np.flatnonzero(r.counts > 0)
        lefts, widths = r.edges[:-1][filled], np.diff(r.edges)[filled]
        accuracy, confidence = r.accuracy[filled], r.confidence[filled]
        # The gap between what the model claimed (mean confidence) and how often it was right.
        axes.bar(lefts, confidence - accuracy, bottom=accuracy, width=widths, align="edge",
                 color=c.warning, alpha=GAP_ALPHA, linewidth=0)
        bars = axes.bar(lefts, accuracy, width=widths, align="edge", color=c.accent,
                        edgecolor=c.background, linewidth=0.8)
        artists["accuracy_bars"] = list(bars)
        label_colour = readable_on(c.accent, c)
        for bar, count, height in zip(bars, r.counts[filled], accuracy, strict=True):
            inside = height > 0.2  # room for the count inside the bar's top
            artists["count_labels"].append(axes.text(
                bar.get_x() + bar.get_width() / 2, height - 0.02 if inside else height + 0.02,
                count_text(int(count)), ha="center", va="top" if inside else "bottom", fontsize=7,
                color=label_colour if inside else c.text, zorder=4))
        return artists
