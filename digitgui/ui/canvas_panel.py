"""The canvas with its tools (pen, eraser, width, undo, redo, clear) and drawing hints."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from digitgui.ui import settings, theme
from digitgui.ui.canvas import DrawingCanvas
from digitgui.ui.i18n import translate


class CanvasPanel(QWidget):
    """Owns the editing actions so the window's Edit menu and the tool row share them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.canvas = DrawingCanvas()
        self.canvas.pen_width = float(settings.read("canvas/pen_width"))

        self.undo_action = QAction(translate("CanvasPanel", "&Undo stroke"), self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.canvas.undo)
        self.redo_action = QAction(translate("CanvasPanel", "&Redo stroke"), self)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")):
            if extra not in redo_keys:
                redo_keys.append(extra)
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(self.canvas.redo)
        self.clear_action = QAction(translate("CanvasPanel", "&Clear"), self)
        self.clear_action.setToolTip(translate("CanvasPanel",
                "Clear the sheet (Esc, or Delete on the canvas)"))
        self.clear_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.clear_action.triggered.connect(self.canvas.clear)
        # Delete and Backspace clear too, but only here: elsewhere (the model list) they
        # delete other things, and a window-wide shortcut would make the key ambiguous.
        for key in (QKeySequence.StandardKey.Delete, QKeySequence.StandardKey.Backspace):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.canvas.clear)
        self.pen_action = QAction(translate("CanvasPanel", "&Pen"),
                                  self, checkable=True, checked=True)
        self.pen_action.setShortcut(QKeySequence("P"))
        self.eraser_action = QAction(translate("CanvasPanel", "&Eraser"), self, checkable=True)
        self.eraser_action.setShortcut(QKeySequence("E"))
        tools = QActionGroup(self)
        tools.addAction(self.pen_action)
        tools.addAction(self.eraser_action)
        self.eraser_action.toggled.connect(self._eraser_toggled)
        for action in (self.undo_action, self.redo_action, self.clear_action, self.pen_action,
                       self.eraser_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

        self.number_action = QAction(translate("CanvasPanel", "&Number"), self, checkable=True)
        self.number_action.setShortcut(QKeySequence("N"))
        self.number_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.number_action.setToolTip(translate(
            "CanvasPanel", "Write a whole number (up to 12 digits, a minus sign, a decimal "
            "point) on a wide sheet instead of one digit (N)"))
        self.number_action.toggled.connect(self._number_toggled)

        self.width_slider = QSlider(Qt.Orientation.Horizontal)
        self.width_slider.setRange(4, 60)
        self.width_slider.setValue(round(self.canvas.pen_width))
        self.width_slider.setToolTip(translate("CanvasPanel", "Pen width"))
        self.width_slider.setAccessibleName(translate("CanvasPanel", "Pen width"))
        self.width_slider.valueChanged.connect(self._width_changed)

        row = QHBoxLayout()
        for action in (self.pen_action, self.eraser_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
        number_button = QToolButton()
        number_button.setDefaultAction(self.number_action)
        row.addWidget(number_button)
        row.addWidget(QLabel(translate("CanvasPanel", "Width")))
        row.addWidget(self.width_slider, 1)
        for action in (self.undo_action, self.redo_action, self.clear_action):
            button = QToolButton()
            button.setDefaultAction(action)
            row.addWidget(button)

        self.hint_label = QLabel("")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(f"color: {theme.colours().warning};")
        self.hint_label.setAccessibleName(translate("CanvasPanel", "Drawing hints"))
        # Room for two lines, kept when empty: a hint coming or going must not resize the
        # sheet under the pen.
        self.hint_label.setFixedHeight(2 * self.hint_label.fontMetrics().lineSpacing() + 4)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.hint_label)

        self.canvas.historyChanged.connect(self._update_actions)
        self._update_actions()

    def _eraser_toggled(self, on: bool) -> None:
        self.canvas.eraser = on

    def _width_changed(self, value: int) -> None:
        self.canvas.pen_width = float(value)
        settings.write("canvas/pen_width", value)
        self.canvas.update()

    def _update_actions(self) -> None:
        self.undo_action.setEnabled(self.canvas.can_undo())
        self.redo_action.setEnabled(self.canvas.can_redo())

    def _number_toggled(self, on: bool) -> None:
        # A number is written on a sheet three times as wide as tall; each shape keeps its
        # own drawing (see DrawingCanvas.set_aspect).
        self.canvas.set_aspect(3.0 if on else 1.0)
        settings.write("canvas/number_mode", on)

    def show_hints(self, hints: list[str]) -> None:
        self.hint_label.setText(" ".join(hints))
