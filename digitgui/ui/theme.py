"""Light or dark, following the system; colours for custom painting and matplotlib."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


def is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


@dataclass(frozen=True)
class Colours:
    background: str
    text: str
    muted: str
    grid: str
    accent: str
    accent_soft: str
    warning: str
    train: str
    validation: str
    batch: str


LIGHT = Colours("#ffffff", "#1d1d1f", "#6e6e73", "#d9d9de", "#0a64d6", "#b7d3f7",
                "#b25000", "#0a64d6", "#c2410c", "#93b5e1")
DARK = Colours("#1e1e1e", "#f2f2f7", "#a1a1a6", "#3a3a3c", "#4c9bff", "#1f3d63",
               "#ffb454", "#4c9bff", "#ff8a4c", "#31557f")


def colours() -> Colours:
    return DARK if is_dark() else LIGHT


def qcolor(name: str) -> QColor:
    return QColor(getattr(colours(), name))


def matplotlib_style() -> dict:
    """rcParams for figures that match the window: its colours, and its font size (the
    system's, which a user who needs larger text has set larger)."""
    c = colours()
    base = QGuiApplication.font().pointSizeF()
    base = base if base > 0 else 9.0  # a font sized in pixels has no point size
    return {
        "figure.facecolor": c.background,
        "axes.facecolor": c.background,
        "axes.edgecolor": c.grid,
        "axes.labelcolor": c.text,
        "axes.titlecolor": c.text,
        "text.color": c.text,
        "xtick.color": c.muted,
        "ytick.color": c.muted,
        "grid.color": c.grid,
        "legend.facecolor": c.background,
        "legend.edgecolor": c.grid,
        "legend.labelcolor": c.text,
        "font.size": base,
        "axes.titlesize": base * 1.1,
        "axes.labelsize": base,
        "legend.fontsize": base * 0.9,
    }
