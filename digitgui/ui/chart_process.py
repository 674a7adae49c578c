"""The charts' own process: matplotlib draws there, never beside the window's thread.

A chart drawn in a worker thread of the window's process (0.3-0.7 s of matplotlib for
Evaluation's three) held Python's lock nearly all that time: a dock opened meanwhile waited
its turn at every step of its own making, the window's longest pauses (60 ms and more in the
bench's tour). So :class:`~digitgui.ui.evaluation.figure.ThemedFigure` hands its drawing to
one helper process, started in the background once the window is up, as the trainer is:
the window's worker sends it what to draw (the chart's plain state, its draw function, the
theme) and waits on the pipe without the lock; the helper sends back the picture's pixels
and the drawn figure, pickled (about 10 ms to read back, against 300 to draw), whose artists
the views use for clicks and hover.

The helper speaks the window's language (its translators, as the window's), runs below the
window (``core/priority.py``), and ends when the window closes (:func:`stop`), when the
window's side of the pipe closes, or after :data:`IDLE_EXIT_S` without a request; the next
chart starts another. Whatever goes wrong with it (it cannot start, it died), the chart is
drawn in the worker thread as before.
"""

from __future__ import annotations

import atexit
import os
import pickle
import select
import struct
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import Any, BinaryIO

from PySide6.QtCore import QCoreApplication

from digitgui.core.errors import UserError
from digitgui.core.priority import lower_process
from digitgui.ui import i18n

IDLE_EXIT_S = 300.0
"""The helper ends after this long without a chart to draw (its memory back to the system:
about 130 MB); the next chart starts it again, which costs that chart 1-2 s."""

_HEADER = struct.Struct("!Q")

EXCHANGE_LOCK = threading.Lock()
"""One request at a time goes to the helper (every chart's worker shares it)."""

_HELPER_MAIN = ("import sys; from digitgui.ui.chart_process import serve; "
                "serve(sys.argv[1], float(sys.argv[2]))")

_helper: subprocess.Popen | None = None
_helper_language = "en"
_exit_hooked = False
# The helper cannot start here (a frozen app has no interpreter to run it with): charts are
# drawn in the window's process.
_broken = bool(getattr(sys, "frozen", False))


def start() -> None:
    """Start the helper in the background if it is not running (the preloader calls it once
    the window is up, so that the first chart does not wait for its imports)."""
    with EXCHANGE_LOCK:
        _running_helper()


def ask(request: tuple) -> Any | None:
    """In a worker thread, holding :data:`EXCHANGE_LOCK`: ``request`` (see :func:`request`)
    done by the helper, its answer; None if the helper cannot do it (do it here instead). A
    failure of the chart's own code is raised here: a
    :class:`~digitgui.core.errors.UserError` as one, anything else as RuntimeError."""
    global _broken
    try:
        payload = pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, AttributeError, TypeError):  # a chart made in a function
        return None
    for _attempt in range(2):  # once more with a new helper: the old one may have just ended
        was_running = _helper is not None and _helper.poll() is None
        helper = _running_helper()
        if helper is None:
            return None
        try:
            _send(helper.stdin, payload)
            status, answer = pickle.loads(_receive(helper.stdout))
        except (OSError, ValueError, EOFError, pickle.UnpicklingError):  # ended, or closed
            _forget(helper)
            if not was_running:  # a new helper that never answered: none will here
                _broken = True
                return None
            continue
        if status == "ok":
            return answer
        if status == "not_here":
            return None
        raise (UserError if status == "user_error" else RuntimeError)(answer)
    return None


def stop() -> None:
    """End the helper (the window closes, the window's process ends)."""
    global _helper
    locked = EXCHANGE_LOCK.acquire(timeout=2)  # a chart being drawn: let it come back first
    try:
        helper, _helper = _helper, None
        if helper is not None:
            _forget(helper)
    finally:
        if locked:
            EXCHANGE_LOCK.release()


def _running_helper() -> subprocess.Popen | None:
    global _helper, _helper_language, _broken, _exit_hooked
    language = i18n.installed_language()
    if _helper is not None and _helper.poll() is None:
        if _helper_language == language:
            return _helper
        _forget(_helper)  # the window's language changed (tests): charts speak the new one
    if _broken:
        return None
    if not _exit_hooked:
        atexit.register(stop)
        _exit_hooked = True
    try:
        _helper = subprocess.Popen(
                [sys.executable, "-c", _HELPER_MAIN, language, str(IDLE_EXIT_S)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, close_fds=True)
    except OSError:  # no interpreter to run (a frozen app): draw in the window's process
        _broken = True
        return None
    _helper_language = language
    return _helper


def _forget(helper: subprocess.Popen) -> None:
    global _helper
    if _helper is helper:
        _helper = None
    for pipe in (helper.stdin, helper.stdout):
        try:
            pipe.close()
        except OSError:
            pass
    try:
        helper.wait(timeout=2)
    except subprocess.TimeoutExpired:
        helper.kill()


def _send(pipe: BinaryIO, payload: bytes) -> None:
    pipe.write(_HEADER.pack(len(payload)) + payload)
    pipe.flush()


def _receive(pipe: BinaryIO) -> bytes:
    header = pipe.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise EOFError("the chart helper ended")
    (size,) = _HEADER.unpack(header)
    payload = pipe.read(size)
    if len(payload) < size:
        raise EOFError("the chart helper ended")
    return payload


# ---- the helper's side ----------------------------------------------------------------------
def serve(language: str, idle_exit_s: float = IDLE_EXIT_S) -> None:
    """The helper's loop: requests from stdin, answers to stdout, until the window's side
    closes or none came for ``idle_exit_s``."""
    requests = sys.stdin.buffer
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything printed goes to the terminal, not into the answers
    lower_process()
    app = QCoreApplication([sys.argv[0]])  # the translators live on an application
    i18n.install(language)
    while select.select([requests], [], [], idle_exit_s)[0]:
        try:
            request = _receive(requests)
        except EOFError:
            break  # the window closed its side
        try:
            work, arguments = pickle.loads(request)  # the window's own request
            answer: tuple = ("ok", work(*arguments))
        except UserError as error:
            answer = ("user_error", str(error))
        except (pickle.UnpicklingError, ImportError, AttributeError) as error:
            answer = ("not_here", str(error))  # the window's process draws it
        except Exception as error:  # noqa: BLE001 - a bug in a chart: the window says so
            answer = ("error", f"{type(error).__name__}: {error}")
        _send(answers, pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))
    del app


def request(work: Callable[..., Any], *arguments: Any) -> tuple:
    """A request for :func:`ask`: ``work(*arguments)`` in the helper (``work`` a module-level
    function, ``arguments`` plain data: both are pickled)."""
    return work, arguments
