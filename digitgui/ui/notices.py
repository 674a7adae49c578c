"""The About text, and the banner that shows errors and notices without a modal dialog."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QToolButton, QWidget

import digitgui
from digitgui.core.models import bundle as bundles
from digitgui.ui import theme
from digitgui.ui.i18n import translate


def about_text(bundle: bundles.Bundle | None) -> str:
    model = "none" if bundle is None else f"{bundle.name} ({bundle.network})"
    return (
        translate("Notices",
                "<h3>digitgui {version}</h3><p>Draw a digit and watch a neural network read it; "
                "train it, teach it your handwriting, look inside it.</p><p><b>Active model:</b> "
                "{model}</p><p>Predictions run on LiteRT; training on TensorFlow/Keras in a "
                "separate process. The window is PySide6 (Qt 6); the charts matplotlib.</p><p>The "
                "embedded training data is 5,000 images of the MNIST database of handwritten "
                "digits by Yann LeCun, Corinna Cortes and Christopher J. C. Burges (CC BY-SA "
                "3.0).</p><p>digitgui is MIT-licensed.</p>").format(
                version=digitgui.__version__, model=model)
    )


class Banner(QWidget):
    """A dismissible line above the answer for errors and notices (never modal)."""

    linkActivated = Signal(str)
    """A notice's link was followed: its target (for example a dock's name)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.label.linkActivated.connect(self.linkActivated)
        self.message = ""
        """The message shown, as plain text."""
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(translate("Banner", "Dismiss"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def show_message(self, text: str, error: bool, link: tuple[str, str] | None = None,
                     ) -> None:
        """Show ``text``; ``link`` (words, target) adds a link after it. The text is shown as
        written, whatever it holds (a file name with a '<' is not markup)."""
        colour = theme.colours().warning if error else theme.colours().accent
        self.label.setStyleSheet(f"color: {colour};")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.message = text
        shown = html.escape(text, quote=False)
        if link is not None:
            words, target = link
            shown += f' <a href="{html.escape(target)}">{html.escape(words)}</a>'
        self.label.setText(shown)
        self.show()


def ask_about_training(parent: QWidget) -> str:
    """Closing while a model trains: "keep" (stop, keep the best epoch so far),
    "discard" or "cancel"."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("MainWindow", "Training is running"),
                      translate("MainWindow", "A network is still training."), parent=parent)
    box.setInformativeText(translate("MainWindow",
            "Stop it and keep the best epoch so far as a model (marked “stopped” in Models), "
            "or discard the run?"))
    keep = box.addButton(translate("MainWindow", "Stop and keep"),
                         QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(translate("MainWindow", "Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    return {keep: "keep", discard: "discard"}.get(box.clickedButton(), "cancel")
