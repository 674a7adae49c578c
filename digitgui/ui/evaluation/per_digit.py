"""Accuracy on each digit as a small bar chart, with the percentage on every bar.

A good model is right on 97-100 % of every digit; bars from 0 would all look the same, so the
axis starts a little below the worst digit (the numbers on the bars keep it honest) and a line
marks the overall accuracy, making the digits it finds hard stand out.
"""

from __future__ import annotations

import math
from typing import Any

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter
from PySide6.QtWidgets import QWidget

from digitgui.ui import theme
from digitgui.ui.evaluation.figure import ThemedFigure, is_narrow
from digitgui.ui.formatting import localized
from digitgui.ui.i18n import translate


def axis_floor(values: list[float]) -> float:
    """The bottom of the accuracy axis: 5 points below the worst digit, in steps of 10 %."""
    worst = min(values, default=1.0)
    return max(0.0, math.floor((worst - 0.05) * 10) / 10)


def percent_label(value: float, _position: object = None) -> str:
    """An axis label: "90 %", and "92.5 %" where a whole number would round it away."""
    percent = round(100 * value, 1)
    return localized(f"{percent:.0f} %" if percent == round(percent) else f"{percent:.1f} %")


class PerDigitChart(ThemedFigure):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(figsize=(3.4, 1.8), parent=parent)
        self.per_class: list[float | None] | None = None
        self.overall: float | None = None
        self.axes = None
        self.setAccessibleName(translate("PerDigitChart", "Accuracy per digit"))
        self.setToolTip(translate("PerDigitChart",
                "How often each digit is read right. The line is the accuracy over the whole set; "
                "a digit with no images in the set has no bar."))
        self.finish_setup()

    def set_accuracy(self, per_class: list[float | None] | None,
                     overall: float | None = None) -> None:
        """Show per-digit accuracies (None for a digit with no images); None: empty."""
        self.per_class = None if per_class is None else list(per_class)
        self.overall = overall
        self.render()

    def state(self) -> tuple:
        return None if self.per_class is None else tuple(self.per_class), self.overall

    @staticmethod
    def draw(figure: Figure, state: tuple, c: theme.Colours) -> dict[str, Any]:
        per_class, overall = state
        axes = figure.add_subplot()
        axes.set_title(translate("PerDigitChart", "Accuracy per digit"))
        axes.set_xticks(range(10))
        axes.set_xlim(-0.6, 9.6)
        axes.yaxis.set_major_formatter(FuncFormatter(percent_label))
        axes.tick_params(length=0)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        if per_class is None:
            axes.set_ylim(0, 1)
            return {"axes": axes}
        known = [(d, p) for d, p in enumerate(per_class) if p is not None]
        bottom = axis_floor([p for _, p in known])
        axes.set_ylim(bottom, 1.0)
        axes.grid(True, axis="y", color=c.grid, linewidth=0.5)
        axes.set_axisbelow(True)
        bars = axes.bar([d for d, _ in known], [p - bottom for _, p in known], bottom=bottom,
                        width=0.7, color=c.accent)
        if overall is not None:
            axes.axhline(overall, color=c.muted, linewidth=1.0, linestyle="--")
        # In a narrow chart "100" is wider than its bar: the labels stand on end.
        rotation = 90 if is_narrow(figure) else 0
        for bar, (_, p) in zip(bars, known, strict=True):
            inside = p - bottom > 0.3 * (1.0 - bottom)  # room for the label inside the bar
            axes.text(bar.get_x() + bar.get_width() / 2,
                      p - 0.02 * (1.0 - bottom) if inside else p + 0.01 * (1.0 - bottom),
                      localized(f"{100 * p:.0f}") if p < 0.995 or p == 1.0 else ">99",
                      ha="center", va="top" if inside else "bottom", fontsize=7,
                      color=c.background if inside else c.text, rotation=rotation)
        return {"axes": axes}
