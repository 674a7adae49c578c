"""Save figure…: a chart written as a PNG or SVG file, for every chart in the window.

The dialog (on the GUI thread) and the writing (in a worker: drawing a figure anew and
encoding it takes a tenth of a second and more) are shared by the evaluation charts and the
training curves.
"""

from __future__ import annotations

import io
from pathlib import Path

from matplotlib.figure import Figure
from PySide6.QtWidgets import QFileDialog, QWidget

from digitgui.core import atomic
from digitgui.core.errors import UserError
from digitgui.ui import settings
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate

SUFFIXES = (".png", ".svg")
FILTERS = QT_TRANSLATE_NOOP("FigureFiles", "PNG image (*.png);;SVG drawing (*.svg)")
SAVE_DPI = 200
"""Twice the screen's: a saved PNG stays sharp in a document or on a slide."""


def ask_path(parent: QWidget, stem: str) -> Path | None:
    """Where to save a figure (the dialog asks before replacing a file); None to cancel."""
    start = Path(settings.read("files/last_folder") or Path.home()) / f"{stem}.png"
    path, chosen = QFileDialog.getSaveFileName(parent, translate("FigureFiles", "Save figure"),
                                               str(start),
            translate("FigureFiles", FILTERS))
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in SUFFIXES:
        target = target.with_name(target.name + (".svg" if "svg" in chosen else ".png"))
    settings.write("files/last_folder", str(target.parent))
    return target


def check_suffix(path: Path) -> None:
    if path.suffix.lower() not in SUFFIXES:
        raise UserError(translate("FigureFiles",
                "{name}: save a figure as .png or .svg").format(name=path.name))


def write(figure: Figure, path: Path, facecolor: str) -> Path:
    """In a worker: ``figure`` (drawn by nobody else meanwhile) written to ``path``, whole
    or not at all."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format=path.suffix.lower().lstrip("."), dpi=SAVE_DPI,
                   facecolor=facecolor)
    try:
        atomic.write_bytes(path, buffer.getvalue())
    except OSError as exc:
        raise UserError(translate("FigureFiles", "{path}: cannot save ({value})").format(
                path=path, value=exc.strerror or exc)) from None
    return path
