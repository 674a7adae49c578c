"""The mouse wheel scrolls what it is over; it changes a spin box or a list only when the user
chose that control (gave it the keyboard focus).

Qt's spin boxes and combo boxes take the wheel whenever the pointer is over them: scrolling
down the Training options then silently changed Epochs from 40 to 34 as the pointer passed
over it. :func:`guard` fixes every such control under a widget: the window calls it for
itself and for each dock's content when it is made. (A filter on the whole application did
the same for controls made later too, but ran Python for every event of every widget: it cost
the window tens of milliseconds in each burst of layout and painting.)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox)
_WHEEL = QEvent.Type.Wheel


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == _WHEEL and not watched.hasFocus():
            # Not handled here: Qt hands an ignored wheel event on to the parent, so the
            # scroll area around the control scrolls.
            event.ignore()
            return True
        return False


_GUARD = WheelGuard()


def guard(root: QWidget) -> None:
    """Every spin box and combo box under ``root`` (and ``root`` itself) takes the wheel only
    when focused; the wheel no longer gives them the focus (a click or Tab does)."""
    controls = [w for t in GUARDED for w in root.findChildren(t)]
    if isinstance(root, GUARDED):
        controls.append(root)
    for control in controls:
        if control.property("wheelGuarded"):
            continue
        control.setProperty("wheelGuarded", True)
        control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        control.installEventFilter(_GUARD)
