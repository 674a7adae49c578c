"""The main window: the canvas and the answer side by side; training and models in docks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from digitgui.core.drawing.images import read_image
from digitgui.core.errors import UserError
from digitgui.core.models import bundle as bundles
from digitgui.core.models.inference import Prediction
from digitgui.ui import background, chart_process, i18n, settings, wheel_guard
from digitgui.ui import dock_contents as contents
from digitgui.ui.background import BackgroundTask
from digitgui.ui.canvas_panel import CanvasPanel
from digitgui.ui.docks import make_docks
from digitgui.ui.drawing_files import image_filter, write_png
from digitgui.ui.i18n import translate
from digitgui.ui.icon import app_icon
from digitgui.ui.messages import error_text
from digitgui.ui.model_figure import model_score
from digitgui.ui.notices import Banner, about_text, ask_about_training
from digitgui.ui.number_mode import NumberMode
from digitgui.ui.prediction_service import NETWORK_SIDE, PredictionService
from digitgui.ui.prediction_view import PredictionView
from digitgui.ui.preload import Preloader
from digitgui.ui.qimage import from_gray_array, from_rgb_array
from digitgui.ui.training.process import TrainingProcess


class MainWindow(QMainWindow):
    shown = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setWindowIcon(app_icon())
        self.tiny_network = None
        """The small network Forward propagation and Backpropagation share (made with the
        first of them)."""
        self.canvas_panel = CanvasPanel()
        self.canvas = self.canvas_panel.canvas
        self.prediction_view = PredictionView()
        self.banner = Banner()
        self.service = PredictionService(lambda: self.canvas.to_array(NETWORK_SIDE), self,
                                         self.canvas.network_input, self.canvas.live_box)

        # Messages appear above the answer, never above the sheet: the sheet must not move
        # under the pen when a message comes or goes.
        answer_column = QWidget()
        column = QVBoxLayout(answer_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.banner)
        column.addWidget(self.prediction_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.canvas_panel)
        splitter.addWidget(answer_column)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.model_label = QLabel()
        self.statusBar().addPermanentWidget(self.model_label)
        self._build_docks()
        self._build_menus()

        self.canvas.changed.connect(self.service.schedule)
        self.service.predicted.connect(self._show_prediction)
        self.service.modelChanged.connect(self._model_changed)
        self.service.loadingChanged.connect(self._model_loading)
        self.service.failed.connect(lambda message: self.notify(message, error=True))
        self.banner.linkActivated.connect(self.show_dock)
        self.service.compared.connect(self.prediction_view.compare.show_prediction)
        self.prediction_view.compare.closeRequested.connect(
            lambda: self.service.set_compare(None))
        self._reader = BackgroundTask(translate("MainWindow", "Reading the image"), self)
        self._reader.finished.connect(self._picture_read)
        self._reader.failed.connect(lambda message: self.notify(message, error=True))
        self._writer = BackgroundTask(translate("MainWindow", "Saving the drawing"), self)
        self._writer.finished.connect(
            lambda name: self.statusBar().showMessage(
                translate("MainWindow", "Saved {name}").format(name=name), 5000))
        self._writer.failed.connect(lambda message: self.notify(message, error=True))
        self.service.load_default()
        self.resize(1180, 820)
        self._restore_geometry()
        self._first_show = True
        wheel_guard.guard(self)  # the docks' controls are guarded as each dock is made

    WARM_UP_AFTER_MS = 3000
    """After the window has been up this long, a waiting trainer is readied (if kept)."""

    # ---- docks (each built when first shown; see docks.py) ---------------------------------
    def _build_docks(self) -> None:
        from digitgui.ui.samples.controller import HandwritingController  # noqa: PLC0415

        # Training runs in a child the window owns: it can be readied before the Training
        # panel is first built, and the panel and the fine-tune share it.
        self.training_process = TrainingProcess(self, settings.read("training/keep_ready"))
        self.handwriting = HandwritingController(self, self.canvas, self.service,
                                                 self.training_process,
                                                 lambda: self.training_panel)
        self.samples_view = self.handwriting.view
        self.preloader = Preloader(contents.PRELOADED, self)  # started once the window is up
        (self.training_dock, self.models_dock, self.samples_dock, self.evaluation_dock,
         self.inside_dock, self.teach_dock, self.forward_dock, self.backprop_dock,
         self.experiments_dock, self.explain_dock) = make_docks(self, contents.specs(self),
                                                                self.preloader)
        # The canvas and the answer come first: the docks start at a bit over a third.
        self.resizeDocks([self.training_dock], [330], Qt.Orientation.Vertical)
        self.handwriting.message.connect(self.notify)
        self.handwriting.fineTuneFinished.connect(lambda *_: self.model_picker.refresh())
        self.handwriting.sampleSaved.connect(self._sample_saved)
        self.numbers = NumberMode(self)  # the Number toggle; a typed digit corrects one there
        self.canvas.digitPressed.connect(self.numbers.digit_said)
        self.prediction_view.digitClicked.connect(self.numbers.digit_said)
        self.prediction_view.keepRequested.connect(self.handwriting.save_as_predicted)

    @property
    def training_panel(self):
        return self.training_dock.content()

    @property
    def model_picker(self):
        return self.models_dock.content()

    @property
    def evaluation_panel(self):
        return self.evaluation_dock.content()

    @property
    def forward_panel(self):
        return self.forward_dock.content()

    @property
    def explanations(self):
        return self.explain_dock.content()

    def show_dock(self, name: str) -> None:
        """Bring the dock called ``name`` (its object name) to the front."""
        for dock in self.findChildren(QDockWidget):
            if dock.objectName() == name:
                dock.show()
                dock.raise_()
                return

    def _sample_saved(self, _sample) -> None:
        if self.evaluation_dock.is_built:
            self.evaluation_panel.refresh_sets()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        self.open_action = self._action(translate("MainWindow", "&Open image…"),
                                        self.open_image_dialog, QKeySequence.StandardKey.Open)
        self.save_action = self._action(translate("MainWindow", "&Save drawing as PNG…"),
                                        self.save_drawing_dialog, QKeySequence.StandardKey.Save)
        self.quit_action = self._action(translate("MainWindow", "&Quit"), self.close,
                                        QKeySequence.StandardKey.Quit)
        file_menu.addActions([self.open_action, self.save_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(translate("MainWindow", "&Edit"))
        panel = self.canvas_panel
        edit_menu.addActions([panel.undo_action, panel.redo_action, panel.clear_action])
        edit_menu.addSeparator()
        edit_menu.addActions([panel.pen_action, panel.eraser_action])
        edit_menu.addSeparator()
        self.save_sample_action = self._action(
            translate("MainWindow", "Save as a &sample of what it reads"),
            self.handwriting.save_as_predicted,
            QKeySequence("Ctrl+Return"))
        self.save_sample_action.setToolTip(translate("MainWindow",
                "Keep the drawing as a sample of the digit the network reads (press a digit key "
                "instead to say it is another digit)"))
        edit_menu.addAction(self.save_sample_action)
        self.addActions([panel.undo_action, panel.redo_action, panel.clear_action,
                         panel.pen_action, panel.eraser_action])

        view_menu = self.menuBar().addMenu(translate("MainWindow", "&View"))
        view_menu.addAction(self.training_dock.toggleViewAction())
        view_menu.addAction(self.models_dock.toggleViewAction())
        view_menu.addAction(self.samples_dock.toggleViewAction())
        for dock in (self.evaluation_dock, self.inside_dock, self.teach_dock,
                     self.forward_dock, self.backprop_dock, self.experiments_dock,
                     self.explain_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        view_menu.addMenu(i18n.language_menu(self))

        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        self.about_action = self._action(translate("MainWindow", "&About digitgui"),
                                         self.show_about, QKeySequence.StandardKey.HelpContents)
        help_menu.addAction(self.about_action)
        for menu in (file_menu, edit_menu, view_menu, help_menu):
            menu.aboutToHide.connect(self._menu_closed)

    def _menu_closed(self) -> None:
        # A menu closed with Esc leaves the menu bar in keyboard mode, and the next Esc only
        # leaves that mode. Give the keyboard back to the sheet, where Esc clears it.
        QTimer.singleShot(0, self, self._return_keyboard)

    def _return_keyboard(self) -> None:
        focused = QApplication.focusWidget()
        if focused is None or focused is self.menuBar():
            self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

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
        # The Models table's figure, with the same set named (digitgui.ui.model_figure).
        score = model_score(bundle)
        detail = "" if score is None else f" · {score.text()}"
        self.model_label.setText(translate("MainWindow",
                "Model: {name} ({network}){detail}").format(
                name=bundle.name, network=bundle.network, detail=detail))
        self.model_label.setToolTip("" if score is None else score.detail)
        # Ending with the application's name, so the window system does not add it again.
        self.setWindowTitle(f"{bundle.name} — digitgui")

    def _model_loading(self, bundle: bundles.Bundle | None) -> None:
        # The switch happens in the background: say so until the new model answers.
        if bundle is not None:
            self.model_label.setText(translate("MainWindow",
                    "Model: loading {name}…").format(name=bundle.name))
        elif self.service.bundle is not None:
            self._model_changed(self.service.bundle)

    def model_trained(self, run, path: str) -> None:
        self.model_picker.refresh(select=Path(path))
        if run.purpose == "fine-tune":
            return  # its controller shows the before/after report
        try:
            trained = bundles.load_bundle(path)
        except UserError as exc:
            self.notify(error_text(exc), error=True)
            return
        # The curves stay in front (the user is looking at them); the new model is a link.
        score = model_score(trained)
        figure = "" if score is None else f": {score.text()}"
        self.notify(translate("MainWindow",
                "Trained “{name}”{figure}. It is selected in Models, where Use makes it the "
                "active model.").format(name=trained.name, figure=figure), error=False,
                    link=(translate("MainWindow", "Show it in Models"), "models-dock"))

    # ---- messages, files -------------------------------------------------------------------
    def notify(self, message: str, error: bool = True,
               link: tuple[str, str] | None = None) -> None:
        """A message in the banner and the status bar; ``link`` (words, dock name) adds a
        link that brings that dock to the front."""
        self.banner.show_message(message, error, link)
        self.statusBar().showMessage(message, 8000)
        if not error:
            # The banner as context: the timer dies with the window, never fires into it.
            QTimer.singleShot(8000, self.banner, lambda: self._hide_banner(message))

    def _hide_banner(self, message: str) -> None:
        if self.banner.message == message:  # not replaced by a newer message
            self.banner.hide()

    def open_image(self, path: str | Path) -> None:
        """Put an image file on the canvas to classify it, read in the background (a photo
        takes a tenth of a second and more to decode); a bad file is a message, not a crash,
        and leaves the current drawing as it was."""
        path = Path(path)
        self._reader.start(lambda: (path, read_image(path)))

    def _picture_read(self, result) -> None:
        path, array = result
        image = from_gray_array(array) if array.ndim == 2 else from_rgb_array(array)
        self.canvas.set_picture(image)
        self.banner.hide()
        self.statusBar().showMessage(
            translate("MainWindow", "Opened {name}").format(name=path.name), 5000)

    def open_image_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow",
                "Open an image of a digit"),
                                              settings.read("files/last_folder"), image_filter())
        if path:
            settings.write("files/last_folder", str(Path(path).parent))
            self.open_image(path)

    def save_drawing(self, path: str | Path) -> None:
        """Save the drawing as a PNG, in the background (encoding and an fsynced write can
        take a while); the status bar says when it is saved, the banner if it cannot be."""
        image, target = self.canvas.to_image(), Path(path)  # the drawing as it is now
        self._writer.start(lambda: write_png(image, target))

    def save_drawing_dialog(self) -> None:
        start = str(Path(settings.read("files/last_folder") or Path.home()) / "digit.png")
        path, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "Save the drawing"),
                                              start, translate("MainWindow", "PNG (*.png)"))
        if path:
            if not path.lower().endswith(".png"):
                path += ".png"
            settings.write("files/last_folder", str(Path(path).parent))
            self.save_drawing(path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if not files:
            self.notify(translate("MainWindow", "Only files can be dropped here."), error=True)
            return
        event.acceptProposedAction()
        self.open_image(files[0])

    def show_about(self) -> QMessageBox:
        """The About box, with the app's icon (open, not blocking: the window goes on)."""
        box = QMessageBox(QMessageBox.Icon.NoIcon, translate("MainWindow", "About digitgui"),
                          about_text(self.service.bundle), QMessageBox.StandardButton.Ok, self)
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # ---- window state ----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry, state = settings.read("window/geometry"), settings.read("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            QTimer.singleShot(0, self, self.shown.emit)
            self.preloader.start()
            QTimer.singleShot(self.WARM_UP_AFTER_MS, self, self.training_process.prepare)

    def ask_about_training(self) -> str:
        return ask_about_training(self)  # a method: tests answer it for the user

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.training_process.is_running():
            choice = self.ask_about_training()
            if choice == "cancel":
                event.ignore()
                return
            self.hide()  # gone at once; a run being kept may take seconds to save
            if choice == "discard":
                self.training_process.kill()
        self.training_process.shutdown()  # a run or a waiting trainer: none is left behind
        if self.training_dock.is_built:
            self.training_panel.shutdown()  # and the curves' drawing thread
        if self.evaluation_dock.is_built:
            self.evaluation_panel.shutdown()
        background.finish_all()  # no worker left running Python as the program ends
        chart_process.stop()  # nor the charts' helper
        settings.write("window/geometry", self.saveGeometry())
        settings.write("window/state", self.saveState())
        super().closeEvent(event)
