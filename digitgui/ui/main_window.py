"""The main window: the canvas and the answer side by side; training and models in docks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import digitgui
from digitgui.core import atomic
from digitgui.core import bundle as bundles
from digitgui.core.errors import UserError
from digitgui.core.images import IMAGE_SUFFIXES, read_image
from digitgui.core.inference import Prediction
from digitgui.ui import settings, theme
from digitgui.ui.canvas_panel import CanvasPanel
from digitgui.ui.prediction_service import NETWORK_SIDE, PredictionService
from digitgui.ui.prediction_view import PredictionView
from digitgui.ui.qimage import from_gray_array, from_rgb_array

IMAGE_FILTER = "Images (" + " ".join(f"*{s}" for s in IMAGE_SUFFIXES) + ")"


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


class MainWindow(QMainWindow):
    shown = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.canvas_panel = CanvasPanel()
        self.canvas = self.canvas_panel.canvas
        self.prediction_view = PredictionView()
        self.banner = Banner()
        self.service = PredictionService(lambda: self.canvas.to_array(NETWORK_SIDE), self)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.canvas_panel)
        splitter.addWidget(self.prediction_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.model_label = QLabel()
        self.statusBar().addPermanentWidget(self.model_label)
        self._build_docks()
        self._build_menus()

        self.canvas.changed.connect(self.service.schedule)
        self.service.predicted.connect(self._show_prediction)
        self.service.modelChanged.connect(self._model_changed)
        self.service.failed.connect(lambda message: self.notify(message, error=True))
        self.service.load_default()
        self.resize(1180, 820)
        self._restore_geometry()
        self._first_show = True

    # ---- layout ----------------------------------------------------------------------------
    def _build_docks(self) -> None:
        from digitgui.ui.evaluation import EvaluationPanel  # noqa: PLC0415
        from digitgui.ui.inside import (  # noqa: PLC0415
            TRAINING_TOOLTIPS,
            ExplanationsPanel,
            ForwardPropagationPanel,
            InsideNetworkView,
        )
        from digitgui.ui.model_picker import ModelPicker  # noqa: PLC0415
        from digitgui.ui.samples.controller import HandwritingController  # noqa: PLC0415
        from digitgui.ui.samples.library_view import SampleLibraryView  # noqa: PLC0415
        from digitgui.ui.training.panel import TrainingPanel  # noqa: PLC0415

        self.training_panel = TrainingPanel()
        self.model_picker = ModelPicker()
        self.samples_view = SampleLibraryView()
        self.evaluation_panel = EvaluationPanel()
        self.inside_view = InsideNetworkView()
        self.forward_panel = ForwardPropagationPanel()
        self.explanations = ExplanationsPanel()
        self.training_dock = self._dock("Training", "training-dock", self.training_panel)
        self.models_dock = self._dock("Models", "models-dock", self.model_picker)
        self.samples_dock = self._dock("My handwriting", "samples-dock", self.samples_view)
        self.evaluation_dock = self._dock("Evaluation", "evaluation-dock", self.evaluation_panel)
        self.inside_dock = self._dock("Inside the network", "inside-dock", self.inside_view)
        self.forward_dock = self._dock("Forward propagation", "forward-dock", self.forward_panel)
        self.explain_dock = self._dock("How it works", "explain-dock", self.explanations)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.training_dock)
        for dock in (self.models_dock, self.samples_dock, self.evaluation_dock,
                     self.inside_dock, self.forward_dock, self.explain_dock):
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            self.tabifyDockWidget(self.training_dock, dock)
        self.training_dock.raise_()
        # The canvas and the answer come first: the docks start at a bit over a third.
        self.resizeDocks([self.training_dock], [330], Qt.Orientation.Vertical)
        self.training_panel.modelTrained.connect(self._model_trained)
        self.training_panel.failed.connect(lambda message: self.notify(message, error=True))
        self.model_picker.activeModelChanged.connect(self.service.load)
        self.model_picker.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.handwriting = HandwritingController(self, self.canvas, self.service,
                                                 self.training_panel, self.samples_view)
        self.handwriting.message.connect(self.notify)
        self.handwriting.fineTuneFinished.connect(lambda *_: self.model_picker.refresh())
        self.canvas.digitPressed.connect(self.handwriting.save_sample)
        self.handwriting.sampleSaved.connect(lambda _: self.evaluation_panel.refresh_sets())
        self.service.modelChanged.connect(self.evaluation_panel.set_bundle)
        # The panel gives MNIST-style images (light ink on black); the sheet is paper.
        self.evaluation_panel.imageChosen.connect(
            lambda image: self.canvas.set_picture(from_gray_array(1.0 - image)))
        self.evaluation_panel.message.connect(
            lambda text: self.statusBar().showMessage(text, 6000))
        self.service.modelChanged.connect(self.inside_view.set_bundle)
        self.service.predicted.connect(self.inside_view.show_prediction)
        # The layer-by-layer view is tall: give it room while it is the tab in front.
        self.inside_dock.visibilityChanged.connect(self._inside_shown)
        panel = self.training_panel
        panel.epochs_spin.setToolTip(TRAINING_TOOLTIPS["epochs"])
        panel.batch_size_spin.setToolTip(TRAINING_TOOLTIPS["batch_size"])
        panel.plot.setToolTip(TRAINING_TOOLTIPS["loss_curve"] + "\n\n"
                              + TRAINING_TOOLTIPS["validation"])
        self.prediction_view.digitClicked.connect(self.handwriting.save_sample)

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        return dock

    def _inside_shown(self, visible: bool) -> None:
        if visible and self.inside_dock.height() < 0.5 * self.height():
            self.resizeDocks([self.inside_dock], [int(0.6 * self.height())],
                             Qt.Orientation.Vertical)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = self._action("&Open image…", self.open_image_dialog,
                                        QKeySequence.StandardKey.Open)
        self.save_action = self._action("&Save drawing as PNG…", self.save_drawing_dialog,
                                        QKeySequence.StandardKey.Save)
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        file_menu.addActions([self.open_action, self.save_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu("&Edit")
        panel = self.canvas_panel
        edit_menu.addActions([panel.undo_action, panel.redo_action, panel.clear_action])
        edit_menu.addSeparator()
        edit_menu.addActions([panel.pen_action, panel.eraser_action])
        edit_menu.addSeparator()
        self.save_sample_action = self._action(
            "Save as a &sample of what it reads", self.handwriting.save_as_predicted,
            QKeySequence("Ctrl+Return"))
        self.save_sample_action.setToolTip("Keep the drawing as a sample of the digit the "
                                           "network reads (press a digit key instead to say "
                                           "it is another digit)")
        edit_menu.addAction(self.save_sample_action)
        self.addActions([panel.undo_action, panel.redo_action, panel.clear_action,
                         panel.pen_action, panel.eraser_action])

        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.training_dock.toggleViewAction())
        view_menu.addAction(self.models_dock.toggleViewAction())
        view_menu.addAction(self.samples_dock.toggleViewAction())
        for dock in (self.evaluation_dock, self.inside_dock, self.forward_dock,
                     self.explain_dock):
            view_menu.addAction(dock.toggleViewAction())

        help_menu = self.menuBar().addMenu("&Help")
        self.about_action = self._action("&About digitgui", self.show_about,
                                         QKeySequence.StandardKey.HelpContents)
        help_menu.addAction(self.about_action)

    def _action(self, text: str, slot, shortcut) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # ---- predictions and models ------------------------------------------------------------
    def _show_prediction(self, prediction: Prediction) -> None:
        self.prediction_view.show_prediction(prediction)
        self.canvas_panel.show_hints(prediction.prepared.analysis.hints)

    def _model_changed(self, bundle: bundles.Bundle) -> None:
        accuracy = bundle.test_accuracy or bundle.validation_accuracy
        where = "test" if bundle.test_accuracy else "validation"
        detail = f" · {100 * accuracy:.1f} % on {where} set" if accuracy else ""
        self.model_label.setText(f"Model: {bundle.name} ({bundle.network}){detail}")
        self.setWindowTitle(f"digitgui — {bundle.name}")

    def _model_trained(self, path: str) -> None:
        self.model_picker.refresh(select=Path(path))
        if self.handwriting.base is not None:
            return  # a fine-tune: the before/after report follows
        self.models_dock.raise_()
        try:
            trained = bundles.load_bundle(path)
        except UserError as exc:
            self.notify(str(exc), error=True)
            return
        accuracy = trained.validation_accuracy
        score = f" ({100 * accuracy:.1f} % on its validation images)" if accuracy else ""
        self.notify(f"Trained “{trained.name}”{score}. It is selected in Models: press Use to "
                    "make it the active model.", error=False)

    # ---- messages, files -------------------------------------------------------------------
    def notify(self, message: str, error: bool = True) -> None:
        self.banner.show_message(message, error)
        self.statusBar().showMessage(message, 8000)
        if not error:
            # The banner as context: the timer dies with the window, never fires into it.
            QTimer.singleShot(8000, self.banner, lambda: self._hide_banner(message))

    def _hide_banner(self, message: str) -> None:
        if self.banner.label.text() == message:  # not replaced by a newer message
            self.banner.hide()

    def open_image(self, path: str | Path) -> bool:
        """Put an image file on the canvas to classify it; a bad file is a message, not a
        crash, and leaves the current drawing as it was."""
        try:
            array = read_image(path)
        except UserError as exc:
            self.notify(str(exc), error=True)
            return False
        image = from_gray_array(array) if array.ndim == 2 else from_rgb_array(array)
        self.canvas.set_picture(image)
        self.banner.hide()
        self.statusBar().showMessage(f"Opened {Path(path).name}", 5000)
        return True

    def open_image_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open an image of a digit",
                                              settings.read("files/last_folder"), IMAGE_FILTER)
        if path:
            settings.write("files/last_folder", str(Path(path).parent))
            self.open_image(path)

    def save_drawing(self, path: str | Path) -> bool:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.canvas.to_image().save(buffer, "PNG")
        buffer.close()
        try:
            atomic.write_bytes(Path(path), bytes(data))
        except OSError as exc:
            self.notify(f"{path}: cannot save ({exc.strerror})", error=True)
            return False
        self.statusBar().showMessage(f"Saved {Path(path).name}", 5000)
        return True

    def save_drawing_dialog(self) -> None:
        start = str(Path(settings.read("files/last_folder") or Path.home()) / "digit.png")
        path, _ = QFileDialog.getSaveFileName(self, "Save the drawing", start, "PNG (*.png)")
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            settings.write("files/last_folder", str(Path(path).parent))
            self.save_drawing(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if not files:
            self.notify("Only files can be dropped here.", error=True)
            return
        event.acceptProposedAction()
        self.open_image(files[0])

    def show_about(self) -> None:
        QMessageBox.about(self, "About digitgui", about_text(self.service.bundle))

    # ---- window state ----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry, state = settings.read("window/geometry"), settings.read("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            QTimer.singleShot(0, self, self.shown.emit)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.training_panel.shutdown()
        self.evaluation_panel.shutdown()
        settings.write("window/geometry", self.saveGeometry())
        settings.write("window/state", self.saveState())
        super().closeEvent(event)
