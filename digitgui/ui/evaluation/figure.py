"""A matplotlib figure inside a widget that follows the window's light or dark theme.

The evaluation charts are redrawn whole from their data (a few dozen artists, drawn once per
evaluation or click), so unlike the live training curves they keep no artists between draws:
``render`` clears the figure and draws it again inside ``theme.matplotlib_style()``, which is
also all a theme change needs.
"""

from __future__ import annotations

import matplotlib
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from digitgui.ui import theme


def readable_on(colour) -> str:
    """The theme's text or background colour, whichever reads better on ``colour``."""
    r, g, b = to_rgb(colour)
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    c = theme.colours()
    dark, light = sorted((c.text, c.background), key=lambda name: sum(to_rgb(name)))
    return dark if luminance > 0.55 else light


class ThemedFigure(QWidget):
    """A figure and its Qt canvas; subclasses draw in ``draw_figure``."""

    def __init__(self, figsize: tuple[float, float], parent: QWidget | None = None):
        super().__init__(parent)
        self._ready = False  # Qt may send a PaletteChange before the subclass is set up
        self.figure = Figure(figsize=figsize, layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumSize(160, 140)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_colour_scheme_changed)

    def finish_setup(self) -> None:
        """Called by subclasses at the end of their ``__init__``: draw for the first time."""
        self._ready = True
        self.render()

    def render(self) -> None:
        """Draw the figure again from the subclass's data, in the current theme's colours."""
        if not self._ready:
            return
        with matplotlib.rc_context(theme.matplotlib_style()):
            self.figure.clear()
            self.figure.set_facecolor(theme.colours().background)
            self.draw_figure()
        self.canvas.draw_idle()

    def draw_figure(self) -> None:  # pragma: no cover - always overridden
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._ready:
            self.render()
        super().changeEvent(event)

    def _on_colour_scheme_changed(self, _scheme) -> None:
        self.render()
