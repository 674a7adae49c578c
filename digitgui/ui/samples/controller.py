"""Corrections and fine-tuning, wired between the canvas, the prediction, the sample library
and the training panel (kept out of main_window.py so each stays small)."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from digitgui.core.errors import UserError
from digitgui.core.models import bundle as bundles
from digitgui.core.models import model_store
from digitgui.core.training import fine_tune
from digitgui.core.training.fine_tune import MIN_SAMPLES
from digitgui.core.userdata.samples import SampleLibrary
from digitgui.ui.background import BackgroundTask
from digitgui.ui.i18n import translate
from digitgui.ui.messages import error_text
from digitgui.ui.samples.library_view import SampleLibraryView
from digitgui.ui.samples.report_dialog import FineTuneReportDialog


class HandwritingController(QObject):
    message = Signal(str, bool)
    """(text, is_error) for the window's banner and status bar."""
    sampleSaved = Signal(object)
    fineTuneFinished = Signal(object, bool)
    """(the new bundle, kept?) once the user has answered the before/after report."""

    def __init__(self, window: QWidget, canvas, service, process,
                 training_panel: Callable[[], Any], library: SampleLibrary | None = None):
        super().__init__(window)
        self.window = window
        self.canvas = canvas
        self.service = service
        self.library = library if library is not None else SampleLibrary()
        self.view = SampleLibraryView(self.library)
        self._training_panel = training_panel  # made on demand (its dock builds it lazily)
        self._run = None  # the fine-tune's own run, while it trains
        self._base: bundles.Bundle | None = None  # the model it continues
        self._comparing = BackgroundTask(translate("HandwritingController",
                "comparing the new model with the old"), self)
        self._comparing.finished.connect(self._compared)
        self._comparing.failed.connect(lambda text: self.message.emit(text, True))
        # Saving writes and fsyncs files, which can take a while on a busy disk: in a worker.
        # Saves are queued, never replaced: each digit key pressed is a sample kept.
        self._to_save: deque[Callable[[], Any]] = deque()
        self._saving = BackgroundTask(translate("HandwritingController", "saving the sample"), self)
        self._saving.finished.connect(self._saved)
        self._saving.failed.connect(self._save_failed)
        # Making the new model the default, or deleting it: file work, in a worker too.
        self._filing = BackgroundTask(translate("HandwritingController",
                "keeping or discarding the new model"), self)
        self._filing.finished.connect(lambda _none: self._filed())
        self._filing.failed.connect(lambda text: self._filed(text))
        self._decision: tuple[bundles.Bundle, bool] | None = None
        self.ask_to_keep = self._ask_to_keep  # the human's part; tests may answer for them
        process.finished.connect(self._run_finished)
        self.view.fineTuneRequested.connect(self.start_fine_tune)
        self.view.message.connect(lambda text: self.message.emit(text, False))

    @property
    def training_panel(self):
        return self._training_panel()

    # ---- corrections -----------------------------------------------------------------------
    def save_sample(self, digit: int) -> bool:
        """Keep the drawing as a sample of ``digit`` and clear the canvas for the next one.
        The files are written in the background; ``sampleSaved`` says when they are."""
        prediction = self.service.predict_now()
        if prediction is None or prediction.prepared.pixels is None:
            self.message.emit(translate("HandwritingController",
                    "Draw a digit first: there is nothing on the canvas to save."),
                              True)
            return False
        library, pixels, drawing = self.library, prediction.prepared.pixels, \
            self.canvas.to_array()
        self._to_save.append(lambda: _save(library, digit, pixels, drawing, prediction.digit))
        self.canvas.clear()  # ready for the next digit while this one is written
        self._save_next()
        return True

    def save_digit(self, digit: int, pixels, drawing, read: int | None) -> None:
        """Keep one digit of a written number as a sample of ``digit`` (its 28x28 input and
        its part of the sheet); the sheet stays as it is."""
        library = self.library
        self._to_save.append(lambda: _save(library, digit, pixels, drawing, read))
        self._save_next()

    def is_saving(self) -> bool:
        """Samples are still being written."""
        return self._saving.is_busy() or bool(self._to_save)

    def _save_next(self) -> None:
        if self._to_save and not self._saving.is_busy():
            self._saving.start(self._to_save.popleft())

    def _saved(self, result) -> None:
        sample, digit, read, count = result
        verdict = translate("HandwritingController",
                "read right") if read == digit else translate("HandwritingController",
                "read as {read}").format(read=read)
        self.message.emit(translate("HandwritingController",
                "Saved as a {digit} ({verdict}); {count} of them so far.").format(
                digit=digit, verdict=verdict, count=count), False)
        self.view.refresh()
        self.sampleSaved.emit(sample)
        self._save_next()

    def _save_failed(self, text: str) -> None:
        self.message.emit(text, True)
        self._save_next()

    def save_as_predicted(self) -> bool:
        prediction = self.service.predict_now()
        if prediction is None or prediction.digit is None:
            self.message.emit(translate("HandwritingController",
                    "Draw a digit first: there is nothing on the canvas to save."),
                              True)
            return False
        return self.save_sample(prediction.digit)

    # ---- fine-tuning -----------------------------------------------------------------------
    def start_fine_tune(self) -> bool:
        library = self.library
        if len(library) < MIN_SAMPLES:
            self.message.emit(translate("HandwritingController",
                    "Save at least {MIN_SAMPLES} samples first (about 30 of each digit works "
                    "best).").format(MIN_SAMPLES=MIN_SAMPLES), True)
            return False
        base = self.service.bundle
        try:
            base = bundles.load_bundle(base.path, need_keras=True)
        except (UserError, AttributeError) as exc:
            self.message.emit(translate("HandwritingController",
                    "The active model cannot be trained further: {exc}").format(
                    exc=error_text(exc)), True)
            return False
        panel = self.training_panel
        if panel.is_running():
            self.message.emit(translate("HandwritingController",
                    "A training run is going: stop it or wait for it first."), True)
            return False
        run = panel.start_training(fine_tune.request(base, library.root), purpose="fine-tune")
        if run is None:
            return False
        self._run, self._base = run, base
        self.message.emit(translate("HandwritingController",
                "Training “{name}” on your handwriting…").format(name=base.name), False)
        return True

    def is_fine_tuning(self) -> bool:
        """A fine-tune is training, or its before/after report is being made."""
        return self._run is not None or self._comparing.is_busy() or self._filing.is_busy()

    def _run_finished(self, run, kind: str, _message: str, event: dict) -> None:
        if run is not self._run:
            return  # someone else's run (the Train button's)
        base, self._run, self._base = self._base, None, None
        saved = run.saved_path if kind in ("done", "stopped") and event.get("saved", True) \
            else None
        if not saved or base is None:
            return  # failed or stopped early: the training panel has said why
        root = self.library.root
        # Loading both models and measuring them takes a second: never on the GUI thread.
        self._comparing.start(lambda: _report(base, saved, root))
        self.message.emit(translate("HandwritingController",
                "Comparing the new model with the old one…"), False)

    def _compared(self, result) -> None:
        report, new = result
        keep = self.ask_to_keep(report, new)
        self._decision = (new, keep)
        if keep:
            self.service.load(new)  # in the background too
            self._filing.start(lambda: bundles.set_default(new))
        else:
            self._filing.start(lambda: model_store.delete(new))

    def _filed(self, error: str | None = None) -> None:
        """The new model is the default now, or deleted (or ``error`` says why not)."""
        new, keep = self._decision
        if error:
            self.message.emit(error, True)
        if keep:
            self.message.emit(translate("HandwritingController",
                    "“{name}” is now the active model.").format(name=new.name), False)
        else:
            self.message.emit(translate("HandwritingController",
                    "Discarded the new model; the old one stays active."), False)
        self.fineTuneFinished.emit(new, keep)

    def _ask_to_keep(self, report, new: bundles.Bundle) -> bool:
        dialog = FineTuneReportDialog(report, new.name, self.window)
        return dialog.exec() == QDialog.DialogCode.Accepted


def _save(library: SampleLibrary, digit: int, pixels, drawing, read: int | None) -> tuple:
    """In the worker thread: the sample written, and how many of ``digit`` there are now."""
    try:
        sample = library.add(digit, pixels, drawing)
    except (UserError, OSError) as exc:
        raise UserError(translate("Controller",
                "Could not save the sample: {exc}").format(exc=error_text(exc))) from exc
    return sample, digit, read, library.counts()[digit]


def _report(base: bundles.Bundle, path: str, samples: Path):
    """The before/after report and the new bundle (reloaded: the report recorded its
    figure in it). Runs in the worker thread."""
    report = fine_tune.compare(base, bundles.load_bundle(path), samples)
    return report, bundles.load_bundle(path)
