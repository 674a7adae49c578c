"""The mouse wheel scrolls what it is over; it changes a spin box or a list only when the user
chose that control (gave it the keyboard focus).

Qt's spin boxes and combo boxes take the wheel whenever the pointer is over them: scrolling
down the Training options then silently changed Epochs from 40 to 34 as the pointer passed
over it. One filter on the application covers every such control, present and future.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

GUARDED = (QAbstractSpinBox, QComboBox)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            # The default (WheelFocus) lets the wheel itself give the focus, and the value
            # with it: a click or Tab gives it instead.
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif (kind == QEvent.Type.Wheel and isinstance(watched, GUARDED)
              and not watched.hasFocus()):
            # Not handled here: Qt hands an ignored wheel event on to the parent, so the
            # scroll area around the control scrolls.
            event.ignore()
            return True
        return False


_GUARD: WheelGuard | None = None


def install() -> None:
    """Guard every spin box and combo box of the application (once; idempotent)."""
    global _GUARD
    app = QApplication.instance()
    if app is None or _GUARD is not None:
        return
    _GUARD = WheelGuard(app)
    app.installEventFilter(_GUARD)
