"""The About text, and the banner that shows errors and notices without a modal dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

import digitgui
from digitgui.core.models import bundle as bundles
from digitgui.ui import theme


def about_text(bundle: bundles.Bundle | None) -> str:
    model = "none" if bundle is None else f"{bundle.name} ({bundle.network})"
    return (
        f"<h3>digitgui {digitgui.__version__}</h3>"
        "<p>Draw a digit and watch a neural network read it; train it, teach it your "
        "handwriting, look inside it.</p>"
        f"<p><b>Active model:</b> {model}</p>"
        "<p>Predictions run on LiteRT; training on TensorFlow/Keras in a separate process. "
        "The window is PySide6 (Qt 6); the charts matplotlib.</p>"
        "<p>The embedded training data is 5,000 images of the MNIST database of handwritten "
        "digits by Yann LeCun, Corinna Cortes and Christopher J. C. Burges "
        "(CC BY-SA 3.0).</p><p>digitgui is MIT-licensed.</p>"
    )


class Banner(QWidget):
    """A dismissible line at the top of the window for errors and notices (never modal)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Dismiss")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def show_message(self, text: str, error: bool) -> None:
        colour = theme.colours().warning if error else theme.colours().accent
        self.label.setStyleSheet(f"color: {colour};")
        self.label.setText(text)
        self.show()
