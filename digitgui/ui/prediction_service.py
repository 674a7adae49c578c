"""Predicting while the user draws, without ever lagging behind the pen.

Every pen movement marks the drawing dirty; a prediction runs on the newest drawing at most
once every quarter of a screen refresh (a single-shot timer). Changes that arrive in between
are coalesced, never queued. A quarter frame, not a whole one: a pen movement then waits at most
~4 ms for its turn, and with a prediction (shrinking the sheet, preprocessing, LiteRT) taking
about 2 ms on the GUI thread, the bars are repainted within the frame the pen moved in.

Switching models is not that quick (LiteRT reads the file and plans the interpreter: tens of
milliseconds for the cnn, more on a cold disk), so :meth:`PredictionService.load` makes the
new :class:`Predictor` in a worker thread and hands it over; the old model answers until then.
The predictor is only ever used on the GUI thread once handed over: a LiteRT interpreter must
not be shared between threads.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from digitgui.core.drawing.number_memo import SplitMemo
from digitgui.core.drawing.preprocess import taken_as_is
from digitgui.core.errors import UserError
from digitgui.core.models import bundle as bundles
from digitgui.core.models.inference import Prediction, Predictor
from digitgui.core.models.number_reader import number_predictor, read_number
from digitgui.ui.background import BackgroundTask
from digitgui.ui.i18n import translate
from digitgui.ui.messages import error_text

NETWORK_SIDE = 224
_BLANK = np.full((28, 28), 255, dtype=np.uint8)  # white paper: no digit
"""The canvas is shrunk to at most this many pixels a side before preprocessing: the digit
ends up 20 px tall anyway, and big screens would otherwise cost time on every pen movement."""


def refresh_interval_ms() -> float:
    screen = QGuiApplication.primaryScreen()
    rate = screen.refreshRate() if screen is not None else 60.0
    return 1000.0 / (rate if 20.0 <= rate <= 500.0 else 60.0)


class PredictionService(QObject):
    predicted = Signal(object)
    """A :class:`~digitgui.core.models.inference.Prediction` for the newest drawing."""
    modelChanged = Signal(object)
    """The active :class:`~digitgui.core.models.bundle.Bundle` changed: predictions come from
    it now."""
    loadingChanged = Signal(object)
    """The bundle being loaded (:meth:`load`), or None once it is in use or failed."""
    failed = Signal(str)
    compared = Signal(object, object)
    """(the second model's :class:`Prediction` of the same input, its Bundle), after each
    prediction while a model is compared; (None, None) when comparing ends."""
    numberRead = Signal(object)
    """In number mode: the :class:`~digitgui.core.models.number_reader.NumberReading` of the
    newest drawing (``predicted`` then carries its chosen digit's prediction)."""

    def __init__(self, source: Callable[[], np.ndarray], parent: QObject | None = None,
                 network_input: Callable[[], np.ndarray | None] = lambda: None,
                 writing: Callable[[], tuple[float, ...] | None] = lambda: None):
        """``source``: the drawing as a picture; ``network_input``: the drawing as a network
        input when it already is one (read as it is), else None; ``writing``: the box of the
        stroke being drawn (x, y, w, h in shares of the sheet), None while the pen is up."""
        super().__init__(parent)
        self._source = source
        self._network_input = network_input
        self._writing = writing
        self.number_mode = False
        self.last_number = None
        """The newest number reading (number mode)."""
        self.chosen_digit = 0
        """Which of the number's digits the bars, Inside and Teach show."""
        self.number_image: np.ndarray | None = None
        """The picture the newest number was read from (its digits' boxes are in it)."""
        self._predictor: Predictor | None = None
        self.bundle: bundles.Bundle | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # coarse timers may fire 5 % late
        self._timer.timeout.connect(self.predict_now)
        self._interval = refresh_interval_ms() / 4
        self._last_run = 0.0
        self.last_prediction: Prediction | None = None
        self.loading: bundles.Bundle | None = None
        """The bundle :meth:`load` is making a predictor for, if any."""
        self._loader = BackgroundTask(translate("PredictionService", "Loading the model"), self)
        self._loader.finished.connect(self._loaded)
        self._loader.failed.connect(self._load_failed)
        self.compare_bundle: bundles.Bundle | None = None
        self._compare: Predictor | None = None
        self._compare_loader = BackgroundTask(translate("PredictionService", "Loading the model"),
                                              self)
        self._compare_loader.finished.connect(self._compare_loaded)
        self._compare_loader.failed.connect(self.failed)
        self._numbers = BackgroundTask(translate("PredictionService", "Reading the number"), self)
        self._number_predictors: dict = {}  # touched by the number worker only
        self._numbers.finished.connect(self._number_read)
        self._numbers.failed.connect(self.failed)

    def load(self, bundle: bundles.Bundle) -> None:
        """Switch to another model (no restart), in the background: once its predictor is
        made, ``modelChanged`` is emitted and the current drawing is predicted again. Only the
        model asked for last is switched to."""
        self._loader.start(lambda: (bundle, Predictor.for_bundle(bundle)))
        self._set_loading(bundle)

    def load_now(self, bundle: bundles.Bundle) -> None:
        """Switch to another model here and now (before the window is shown: nothing to
        keep responsive yet, and it opens with its model)."""
        self._loader.cancel()
        self._use(bundle, Predictor.for_bundle(bundle))

    def load_default(self) -> None:
        try:
            self.load_now(bundles.resolve("default"))
        except UserError as exc:
            self.failed.emit(error_text(exc))

    def _loaded(self, result: tuple[bundles.Bundle, Predictor]) -> None:
        self._use(*result)

    def _load_failed(self, message: str) -> None:
        self._set_loading(None)
        self.failed.emit(message)

    def _use(self, bundle: bundles.Bundle, predictor: Predictor) -> None:
        self._predictor, self.bundle = predictor, bundle
        self._set_loading(None)
        self.modelChanged.emit(bundle)
        self.predict_now()

    def _set_loading(self, bundle: bundles.Bundle | None) -> None:
        if bundle is not self.loading:
            self.loading = bundle
            self.loadingChanged.emit(bundle)

    def schedule(self) -> None:
        """The drawing changed: predict on the next frame (once, however many changes)."""
        if self._timer.isActive():
            return
        since = (time.perf_counter() - self._last_run) * 1000.0
        self._timer.start(max(0, round(self._interval - since)))

    def set_compare(self, bundle: bundles.Bundle | None) -> None:
        """Read each drawing with this second model too (None: stop), for the bars side by
        side; its predictor is made in the background."""
        if bundle is None:
            self._compare_loader.cancel()
            self.compare_bundle, self._compare = None, None
            self.compared.emit(None, None)
            return
        self._compare_loader.start(lambda: (bundle, Predictor.for_bundle(bundle)))

    def _compare_loaded(self, result) -> None:
        self.compare_bundle, self._compare = result
        if self.last_prediction is not None:
            self._emit_compared(self.last_prediction)

    def _emit_compared(self, prediction: Prediction) -> None:
        # The same 28x28 input the active model read: the comparison is of the networks.
        if self._compare is not None:
            self.compared.emit(self._compare.predict_prepared(prediction.prepared),
                               self.compare_bundle)

    def set_number_mode(self, on: bool) -> None:
        """Read the sheet as a number (several digits) or as one digit."""
        if on != self.number_mode:
            self.number_mode, self.last_number, self.chosen_digit = on, None, 0
            self.predict_now()

    def is_reading(self) -> bool:
        """A number reading is under way (number mode)."""
        return self._numbers.is_busy()

    @property
    def number_shape(self) -> tuple[int, int]:
        """(height, width) of :attr:`number_image`."""
        return (1, 1) if self.number_image is None else self.number_image.shape[:2]

    def choose_digit(self, index: int) -> None:
        """Show the number's digit ``index`` in the bars and the views that follow them."""
        reading = self.last_number
        if reading is not None and 0 <= index < len(reading.digits):
            self.chosen_digit = index
            self.last_prediction = reading.digits[index].prediction
            self.predicted.emit(self.last_prediction)
            self._emit_compared(self.last_prediction)

    def predict_now(self) -> Prediction | None:
        self._timer.stop()
        if self._predictor is None:
            return None
        if self.number_mode:
            self._read_number()  # its answer comes with numberRead and predicted
            return None
        try:
            exact = self._network_input()
            prediction = (self._predictor.predict_image(self._source()) if exact is None
                          else self._predictor.predict_prepared(taken_as_is(exact)))
        except (UserError, ValueError) as exc:
            self.failed.emit(error_text(exc))
            return None
        self._last_run = time.perf_counter()
        self.last_prediction = prediction
        self.predicted.emit(prediction)
        self._emit_compared(prediction)
        return prediction

    def _read_number(self) -> None:
        """Read the sheet as a number in the worker: trying where to cut touching digits
        apart reads dozens of candidate pieces (a few ms for digits with gaps, 30 to 90 ms when
        a whole number touches), too long for the GUI thread.
        Only the newest drawing's reading is shown (see BackgroundTask)."""
        image, bundle, cache = self._source(), self.bundle, self._number_predictors
        pen = _in_pixels(self._writing(), image.shape)

        def read() -> tuple:
            # A predictor of the worker's own: a LiteRT interpreter is not to be shared
            # between threads, and the GUI thread reads single digits with the other one.
            # With it, the worker's memo of the groups of ink already read: on each pen
            # movement only the digit under the pen is read again (and split once the pen
            # is lifted).
            if bundle.path not in cache:
                cache.clear()
                cache[bundle.path] = number_predictor(bundle), SplitMemo()
            predictor, memo = cache[bundle.path]
            return image, read_number(predictor, image, memo, pen)

        self._numbers.start(read)
        self._last_run = time.perf_counter()

    def _number_read(self, result) -> None:
        image, reading = result
        if not self.number_mode:
            return
        self.last_number, self.number_image = reading, image
        self.chosen_digit = min(self.chosen_digit, max(0, len(reading.digits) - 1))
        self.numberRead.emit(reading)
        prediction = (reading.digits[self.chosen_digit].prediction if reading.digits
                      else self._predictor.predict_image(_BLANK))
        self.last_prediction = prediction
        self.predicted.emit(prediction)
        self._emit_compared(prediction)


def _in_pixels(box: tuple[float, ...] | None,
               shape: tuple[int, ...]) -> tuple[int, int, int, int] | None:
    """A box in shares of the sheet as whole pixels of a picture of it, rounded outwards."""
    if box is None:
        return None
    height, width = shape[:2]
    x, y, w, h = box
    left, top = math.floor(x * width), math.floor(y * height)
    return left, top, math.ceil((x + w) * width) - left, math.ceil((y + h) * height) - top
