"""The training child process: ``python -m digitgui train ... --events jsonl`` run with QProcess.

The window never trains on its own thread and never imports TensorFlow: the child does the
work and reports JSON-lines events on stdout, which arrive here through QProcess signals on the
GUI thread's event loop. Each event becomes a Qt signal; every run ends with exactly one
``finished(kind, message, event)``, emitted as soon as its outcome is known (the final event,
or the child's death without one), so a slot connected to it may start the next run at once.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections import deque
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

import digitgui

NOT_RUNNING = QProcess.ProcessState.NotRunning

FINAL_EVENTS = ("done", "stopped", "error")
"""The events the engine ends every run with (see digitgui.core.training.events)."""

EXIT_GRACE_MS = 15_000
"""How long a child may linger after its final event (TensorFlow's shut-down) before we end
it: the result is already known, and a hung exit must not leave a process behind."""

MAX_LINE = 1024 * 1024
"""Longer stdout lines are not events (the longest, ``start``, is about a kilobyte)."""

STDERR_KEEP = 64 * 1024
"""Bytes of the child's stderr kept for the message of a crash (only the end matters)."""


class EventLineReader:
    """Splits the child's stdout into JSON events, however the bytes are chunked.

    Lines that are not JSON objects with an ``"event"`` key (which the engine never writes, but a
    stray print in a native library might) are kept apart for error messages, never raised.
    """

    def __init__(self, keep_noise: int = 20):
        self._partial = b""
        self.noise: deque[str] = deque(maxlen=keep_noise)

    def feed(self, data: bytes) -> list[dict[str, Any]]:
        """The complete events in ``data`` (with what was left over from the previous call)."""
        lines = (self._partial + data).split(b"\n")
        self._partial = lines.pop()  # an unfinished line waits for the rest of its bytes
        if len(self._partial) > MAX_LINE:  # no event is this long: noise that never ends
            self.noise.append(self._partial[:500].decode("utf-8", errors="replace"))
            self._partial = b""
        return [event for line in lines if (event := self._parse(line)) is not None]

    def flush(self) -> list[dict[str, Any]]:
        """Whatever is left once the stream has ended (a last line without a newline)."""
        rest, self._partial = self._partial, b""
        event = self._parse(rest)
        return [] if event is None else [event]

    def _parse(self, raw: bytes) -> dict[str, Any] | None:
        text = raw.decode("utf-8", errors="replace").strip()
        if not text:
            return None
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if isinstance(value, dict) and isinstance(value.get("event"), str):
            return value
        self.noise.append(text[:500])
        return None


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _child_environment() -> QProcessEnvironment:
    """Our own environment (DIGITGUI_HOME, KERAS_HOME, ...), so the child saves where the user's
    models are, plus what makes ``python -m digitgui`` find this very copy of digitgui."""
    env = QProcessEnvironment()
    for key, value in os.environ.items():
        env.insert(key, value)
    env.insert("PYTHONUNBUFFERED", "1")
    package_root = Path(digitgui.__file__).resolve().parent.parent
    # Only a source checkout needs this: an installed digitgui is on the path already, and
    # putting site-packages ahead of the standard library would be asking for trouble.
    if package_root.name not in ("site-packages", "dist-packages"):
        paths = [str(package_root), *filter(None, [os.environ.get("PYTHONPATH")])]
        env.insert("PYTHONPATH", os.pathsep.join(paths))
    return env


class TrainingProcess(QObject):
    """One training run at a time, its events as signals.

    A run is over when its final event arrives (or the child dies without one): ``finished``
    is emitted then and a new run may start at once. The old child is left to exit on its own
    (TensorFlow takes a second or two to shut down) and is ended if it lingers.
    """

    status = Signal(str)
    """What the child is doing before training starts ("Starting TensorFlow…", "Saving…")."""
    started = Signal(dict)
    """The ``start`` event: config, data sizes, steps_per_epoch, epochs, parameters."""
    batch = Signal(dict)
    """A ``batch`` event (at most one every 50 ms): epoch, epochs, step, steps, loss, accuracy."""
    epoch = Signal(dict)
    """An ``epoch`` event: epoch, epochs, loss, accuracy, val_loss, val_accuracy, seconds."""
    saved = Signal(str)
    """The path of the bundle the child has just saved."""
    finished = Signal(str, str, dict)
    """kind (done, stopped, error or crashed), a message for people, and the final event (for
    ``crashed`` a made-up one with exit_code, signal and stderr). Exactly once per run."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._process: QProcess | None = None
        self._exiting: list[QProcess] = []  # finished runs whose child has not exited yet
        self._reader = EventLineReader()
        self._stderr = bytearray()
        self._killed_by_us = False
        self._pid: int | None = None
        self.saved_path: str | None = None

    # -- control ---------------------------------------------------------------------------

    def start(self, args: list[str]) -> None:
        """Start ``digitgui train ARGS --events jsonl``. Raises RuntimeError if one is running."""
        if self.is_running():
            raise RuntimeError("a training run is already going")
        self._reader = EventLineReader()
        self._stderr = bytearray()
        self._killed_by_us = False
        self._pid = None
        self.saved_path = None
        process = QProcess(self)
        process.setProcessEnvironment(_child_environment())
        process.readyReadStandardOutput.connect(self._read_stdout)
        process.readyReadStandardError.connect(self._read_stderr)
        process.finished.connect(self._on_exit)
        process.errorOccurred.connect(self._on_error)
        process.started.connect(self._remember_pid)
        self._process = process
        process.start(sys.executable, ["-m", "digitgui", "train", *args, "--events", "jsonl"])

    def stop(self) -> None:
        """Ask the child to end after the current batch, keeping its best finished epoch."""
        if self.is_running():
            self._process.write(b"stop\n")

    def kill(self) -> None:
        """End the child at once (nothing is saved; a bundle being written stays whole)."""
        if self.is_running():
            self._killed_by_us = True
            self._process.kill()

    def is_running(self) -> bool:
        """True from start() until ``finished`` is emitted."""
        return self._process is not None and self._process.state() != NOT_RUNNING

    def pid(self) -> int | None:
        """The child's process id (kept after the run, to check that it has gone)."""
        return self._pid

    def shutdown(self, timeout_ms: int = 8000) -> None:
        """End everything before the window closes: stop the run (so its finished epochs are
        saved), wait at most ``timeout_ms``, then SIGTERM, then SIGKILL; children still exiting
        after an earlier run get the same end. Blocks, boundedly; returns once all are gone."""
        process = self._process
        if process is not None and process.state() != NOT_RUNNING:
            if process.state() == QProcess.ProcessState.Starting:
                process.waitForStarted(3000)
            self.stop()
            _end(process, timeout_ms)
        for lingering in list(self._exiting):
            _end(lingering, 2000)

    def _remember_pid(self) -> None:
        if self._process is not None:
            self._pid = int(self._process.processId()) or None

    # -- reading ---------------------------------------------------------------------------

    def _read_stdout(self) -> None:
        process = self._process
        if process is None:
            return
        data = bytes(process.readAllStandardOutput().data())
        for event in self._reader.feed(data):
            self._dispatch(event)
            if self._process is not process:
                return  # that was the final event: the rest is not this run's business

    def _read_stderr(self) -> None:
        if self._process is None:
            return
        self._stderr += bytes(self._process.readAllStandardError().data())
        del self._stderr[:-STDERR_KEEP]

    def _dispatch(self, event: dict[str, Any]) -> None:
        kind = event["event"]
        if kind == "status":
            self.status.emit(str(event.get("message", "")))
        elif kind == "start":
            self.started.emit(event)
        elif kind == "batch":
            self.batch.emit(event)
        elif kind == "epoch":
            self.epoch.emit(event)
        elif kind == "saved":
            self.saved_path = str(event.get("path", ""))
            self.saved.emit(self.saved_path)
        elif kind in FINAL_EVENTS:
            self._let_exit()
            self.finished.emit(kind, self._final_message(kind, event), event)

    # -- the end ---------------------------------------------------------------------------

    def _let_exit(self) -> None:
        """The run has reported its result: leave its child to exit, ending it if it lingers."""
        process, self._process = self._process, None
        if process is None:
            return
        for signal_, slot in ((process.readyReadStandardOutput, self._read_stdout),
                              (process.readyReadStandardError, self._read_stderr),
                              (process.finished, self._on_exit),
                              (process.errorOccurred, self._on_error),
                              (process.started, self._remember_pid)):
            signal_.disconnect(slot)
        # Keep draining its pipes, so a chatty exit can never block on a full pipe.
        process.readyReadStandardOutput.connect(process.readAllStandardOutput)
        process.readyReadStandardError.connect(process.readAllStandardError)
        if process.state() == NOT_RUNNING:
            process.deleteLater()
            return
        self._exiting.append(process)
        process.finished.connect(lambda *_: self._forget(process))
        QTimer.singleShot(EXIT_GRACE_MS, process, process.terminate)
        QTimer.singleShot(EXIT_GRACE_MS + 3000, process, process.kill)

    def _forget(self, process: QProcess) -> None:
        if process in self._exiting:
            self._exiting.remove(process)
            process.deleteLater()

    def _on_error(self, error: QProcess.ProcessError) -> None:
        # Only a failed start has no finished() after it; every other error is followed by it.
        if error == QProcess.ProcessError.FailedToStart and self._process is not None:
            reason = self._process.errorString()
            self._let_exit()
            self.finished.emit("crashed", f"The training process could not start ({reason}).",
                               {"event": "crashed", "exit_code": None, "signal": None,
                                "stderr": ""})

    def _on_exit(self, exit_code: int, exit_status: QProcess.ExitStatus) -> None:
        """The child exited before its final event had been handled."""
        process = self._process
        self._read_stderr()
        self._read_stdout()  # may hold the final event after all
        if self._process is not process or process is None:
            return
        for event in self._reader.flush():
            self._dispatch(event)
            if self._process is not process:
                return
        crashed = exit_status == QProcess.ExitStatus.CrashExit
        stderr = self._stderr_tail()
        message = self._crash_message(exit_code if crashed else None, exit_code, stderr)
        self._let_exit()
        self.finished.emit("crashed", message, {
            "event": "crashed",
            "exit_code": None if crashed else exit_code,
            "signal": _signal_name(exit_code) if crashed else None,
            "stderr": stderr,
        })

    @staticmethod
    def _final_message(kind: str, event: dict[str, Any]) -> str:
        if event.get("message"):
            return str(event["message"])
        if kind == "done":
            accuracy = event.get("val_accuracy")
            shown = "" if accuracy is None else f": validation accuracy {100 * accuracy:.1f} %"
            return f"Training finished{shown}."
        return f"Training ended ({kind})."

    def _stderr_tail(self, lines: int = 6) -> str:
        text = self._stderr.decode("utf-8", errors="replace")
        kept = [line.rstrip() for line in text.splitlines() if line.strip()]
        return "\n".join(kept[-lines:])

    def _crash_message(self, signal_number: int | None, exit_code: int, stderr: str) -> str:
        last = stderr or "\n".join(list(self._reader.noise)[-6:])
        detail = f" Its last output:\n{last}" if last else ""
        if self._killed_by_us:
            how = "was killed on request"
        elif signal_number is not None:
            how = f"was killed by {_signal_name(signal_number)} (signal {signal_number})"
        elif exit_code != 0:
            how = f"ended with exit status {exit_code}"
        else:
            how = "ended without reporting a result"
        return f"The training process {how} before it finished.{detail}"


def _end(process: QProcess, grace_ms: int) -> None:
    """Wait up to ``grace_ms`` for ``process`` to exit, then SIGTERM, then SIGKILL."""
    for end, wait_ms in ((None, grace_ms), (process.terminate, 2000), (process.kill, 5000)):
        if end is not None:
            end()
        # waitForFinished also returns False when the process had already finished: the
        # state is what tells.
        process.waitForFinished(wait_ms)
        if process.state() == NOT_RUNNING:
            return
