"""Corrections and fine-tuning, wired between the canvas, the prediction, the sample library
and the training panel (kept out of main_window.py so each stays small)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from digitgui.core import bundle as bundles
from digitgui.core import model_store
from digitgui.core.errors import UserError
from digitgui.core.fine_tune import MIN_SAMPLES, compare, training_args
from digitgui.ui.samples.library_view import SampleLibraryView
from digitgui.ui.samples.report_dialog import FineTuneReportDialog


class HandwritingController(QObject):
    message = Signal(str, bool)
    """(text, is_error) for the window's banner and status bar."""
    sampleSaved = Signal(object)  # noqa: N815
    fineTuneFinished = Signal(object, bool)  # noqa: N815
    """(the new bundle, kept?) once the user has answered the before/after report."""

    def __init__(self, window: QWidget, canvas, service, training_panel: Callable[[], Any],
                 library_view: SampleLibraryView):
        super().__init__(window)
        self.window = window
        self.canvas = canvas
        self.service = service
        self._training_panel = training_panel  # made on demand (its dock builds it lazily)
        self._listening = False
        self.view = library_view
        self.base: bundles.Bundle | None = None  # set while a fine-tune runs
        self.ask_to_keep = self._ask_to_keep  # the human's part; tests may answer for them
        library_view.fineTuneRequested.connect(self.start_fine_tune)
        library_view.message.connect(lambda text: self.message.emit(text, False))

    @property
    def training_panel(self):
        panel = self._training_panel()
        if not self._listening:
            panel.modelTrained.connect(self._trained)
            panel.runningChanged.connect(self._running_changed)
            self._listening = True
        return panel

    # ---- corrections -----------------------------------------------------------------------
    def save_sample(self, digit: int) -> bool:
        """Keep the drawing as a sample of ``digit`` and clear the canvas for the next one."""
        prediction = self.service.predict_now()
        if prediction is None or prediction.prepared.pixels is None:
            self.message.emit("Draw a digit first: there is nothing on the canvas to save.",
                              True)
            return False
        try:
            sample = self.view.library.add(digit, prediction.prepared.pixels,
                                           self.canvas.to_array())
        except (UserError, OSError) as exc:
            self.message.emit(f"Could not save the sample: {exc}", True)
            return False
        read = prediction.digit
        verdict = "read right" if read == digit else f"read as {read}"
        count = self.view.library.counts()[digit]
        self.message.emit(f"Saved as a {digit} ({verdict}); {count} of them so far.", False)
        self.canvas.clear()
        self.view.refresh()
        self.sampleSaved.emit(sample)
        return True

    def save_as_predicted(self) -> bool:
        prediction = self.service.predict_now()
        if prediction is None or prediction.digit is None:
            self.message.emit("Draw a digit first: there is nothing on the canvas to save.",
                              True)
            return False
        return self.save_sample(prediction.digit)

    # ---- fine-tuning -----------------------------------------------------------------------
    def start_fine_tune(self) -> bool:
        library = self.view.library
        if len(library) < MIN_SAMPLES:
            self.message.emit(f"Save at least {MIN_SAMPLES} samples first (about 30 of each "
                              "digit works best).", True)
            return False
        base = self.service.bundle
        try:
            base = bundles.load_bundle(base.path, need_keras=True)
        except (UserError, AttributeError) as exc:
            self.message.emit(f"The active model cannot be trained further: {exc}", True)
            return False
        if self.training_panel.is_running():
            self.message.emit("A training run is going: stop it or wait for it first.", True)
            return False
        if not self.training_panel.start_training(training_args(base, library.root)):
            return False
        self.base = base
        self.message.emit(f"Training “{base.name}” on your handwriting…", False)
        return True

    def _running_changed(self, running: bool) -> None:
        if not running:
            # modelTrained (if the run saved a model) comes right after this signal; forget
            # the fine-tune only once that had its chance.
            QTimer.singleShot(0, self, self._forget_base)

    def _forget_base(self) -> None:
        if not self.training_panel.is_running():
            self.base = None

    def _trained(self, path: str) -> None:
        base, self.base = self.base, None
        if base is None:
            return  # an ordinary training run: the window handles it
        try:
            new = bundles.load_bundle(path)
            report = compare(base, new, self.view.library.root)
            new = bundles.load_bundle(path)  # compare recorded the report's figure in it
        except UserError as exc:
            self.message.emit(str(exc), True)
            return
        keep = self.ask_to_keep(report, new)
        if keep:
            bundles.set_default(new)
            self.service.load(new)
            self.message.emit(f"“{new.name}” is now the active model.", False)
        else:
            try:
                model_store.delete(new)
            except UserError as exc:
                self.message.emit(str(exc), True)
            self.message.emit("Discarded the new model; the old one stays active.", False)
        self.fineTuneFinished.emit(new, keep)

    def _ask_to_keep(self, report, new: bundles.Bundle) -> bool:
        dialog = FineTuneReportDialog(report, new.name, self.window)
        return dialog.exec() == QDialog.DialogCode.Accepted
