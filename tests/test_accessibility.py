"""Accessibility: every control can be named by a screen reader and reached without a mouse,
the colours stay apart for colour-blind users, and the charts follow the system's font size."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollBar,
    QWidget,
)

CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QAbstractSlider, QLineEdit,
            QAbstractItemView)


def _name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    return ""


def _controls(window) -> list[QWidget]:
    for dock in window.findChildren(QWidget):
        if hasattr(dock, "content") and hasattr(dock, "is_built"):
            dock.content()
    QApplication.processEvents()
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS):
            continue
        if widget.window() is not window and not hasattr(widget.window(), "is_built"):
            continue  # in a popup (a combo box's list): reached through its owner
        if isinstance(widget, (QScrollBar, QHeaderView)):
            continue  # parts of a scroll area or table, which is named itself
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(),
                                                         (QAbstractSpinBox, QComboBox)):
            continue  # the editor inside a spin box or combo box: named through its owner
        if type(widget).__module__.startswith("PySide6") and widget.objectName().startswith(
                "qt_"):
            continue  # Qt's own parts (scroll bar buttons, dock title buttons, ...)
        found.append(widget)
    return found


def test_every_control_has_a_name_and_a_keyboard_path(window):
    nameless, unreachable = [], []
    controls = _controls(window)
    # A form's label names its field (its buddy), as screen readers read it.
    labelled = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy()}
    for widget in controls:
        label = f"{type(widget).__name__} in {type(widget.parent()).__name__}"
        if not _name(widget) and not widget.toolTip() and id(widget) not in labelled:
            nameless.append(label)
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(
                widget, QAbstractButton):
            unreachable.append(label)  # buttons are reachable by their shortcuts or menus
    assert nameless == [], nameless
    assert unreachable == [], unreachable


# Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB.
DEUTERANOPIA = np.array([[0.367322, 0.860646, -0.227968],
                         [0.280085, 0.672501, 0.047413],
                         [-0.011820, 0.042940, 0.968881]])
PROTANOPIA = np.array([[0.152286, 1.052583, -0.204868],
                       [0.114503, 0.786281, 0.099216],
                       [-0.003882, -0.048116, 1.051998]])


def _linear(hex_colour: str) -> np.ndarray:
    srgb = np.array([int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def _lab(linear: np.ndarray) -> np.ndarray:
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                    [0.0193, 0.1192, 0.9505]]) @ np.clip(linear, 0, 1)
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("vision", ["deuteranopia", "protanopia", "normal"])
def test_colours_that_mean_different_things_stay_apart(scheme, vision):
    from digitgui.ui import theme

    colours = theme.LIGHT if scheme == "light" else theme.DARK
    matrix = {"deuteranopia": DEUTERANOPIA, "protanopia": PROTANOPIA,
              "normal": np.eye(3)}[vision]
    pairs = [("accent", "warning"), ("train", "validation"), ("accent", "muted"),
             ("validation", "batch")]
    for a, b in pairs:
        lab_a = _lab(matrix @ _linear(getattr(colours, a)))
        lab_b = _lab(matrix @ _linear(getattr(colours, b)))
        distance = float(np.linalg.norm(lab_a - lab_b))
        assert distance > 20, f"{scheme} {a}/{b} under {vision}: ΔE {distance:.1f}"


def test_charts_follow_the_system_font_size(qapp):
    from digitgui.ui import theme

    font = qapp.font()
    try:
        larger = qapp.font()
        larger.setPointSizeF(16)
        qapp.setFont(larger)
        style = theme.matplotlib_style()
        assert style["font.size"] == 16 and style["axes.titlesize"] > 16
    finally:
        qapp.setFont(font)
