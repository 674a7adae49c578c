"""The training child process: ``python -m digitgui train --serve --events jsonl`` in a QProcess.

The window never trains on its own thread and never imports TensorFlow: the child does the
work and reports JSON-lines events on stdout, which arrive here through QProcess signals on the
GUI thread's event loop. The child is a waiting trainer (see
:mod:`digitgui.core.training.serve`): it loads TensorFlow, says ``ready`` and takes one
request a line on stdin. Started ahead of time (:meth:`TrainingProcess.prepare`) and kept
between runs, a click on Train starts training at once instead of after seconds of loading.

Every run is a :class:`Run` handle that each of its signals carries, so whoever started a run
can tell its own events from another's. Every run ends with exactly one ``finished(run, kind,
message, event)``, emitted as soon as its outcome is known (the final event, or the child's
death without one), so a slot connected to it may start the next run at once.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

import digitgui
from digitgui.core.training.config import TrainConfig
from digitgui.ui.i18n import translate
from digitgui.ui.messages import end_text, event_text
from digitgui.ui.training.event_lines import EventLineReader

NOT_RUNNING = QProcess.ProcessState.NotRunning

FINAL_EVENTS = ("done", "stopped", "error")
"""The events the engine ends every run with (see digitgui.core.training.events)."""

EXIT_GRACE_MS = 15_000
"""How long a released child may take to exit (TensorFlow's shut-down) before we end it: it
has nothing left to do, and a hung exit must not leave a process behind."""

IDLE_RELEASE_MS = 5 * 60 * 1000
"""A waiting trainer unused this long is released, and its memory with it."""

_RUN_IDS = itertools.count(1)

STDERR_KEEP = 64 * 1024
"""Bytes of the child's stderr kept for the message of a crash (only the end matters)."""


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


@dataclass(eq=False)
class Run:
    """One training run: its request and what became of it. Compared by identity."""

    config: TrainConfig
    purpose: str = "train"
    """What the run is for ("train", "fine-tune"): for its starter's bookkeeping."""
    id: int = field(default_factory=lambda: next(_RUN_IDS))
    saved_path: str | None = None
    saved_name: str | None = None
    """The saved model's name, as Models lists it (its folder's name may differ)."""
    outcome: str | None = None
    """The final kind (done, stopped, error, crashed) once it has ended."""


class TrainingProcess(QObject):
    """One training run at a time, its events as signals carrying the run.

    With ``keep_ready`` on, the child is started ahead of time (:meth:`prepare`), kept between
    runs and released after ``idle_release_ms`` unused; with it off, each run gets a fresh
    child that is released as soon as the run ends.
    """

    status = Signal(object, str)
    """(run, what the child is doing before training starts: "Loading…", "Saving…")."""
    started = Signal(object, dict)
    """The ``start`` event: config, data sizes, steps_per_epoch, epochs, parameters, and the
    first layer's weights as training begins (``first_layer``)."""
    batch = Signal(object, dict)
    """A ``batch`` event (at most one every 50 ms): epoch, epochs, step, steps, loss, accuracy."""
    epoch = Signal(object, dict)
    """An ``epoch`` event: epoch, epochs, loss, accuracy, val_loss, val_accuracy, seconds; for
    the replay, ``layer_changes`` and ``first_layer`` (see the README's event list)."""
    finished = Signal(object, str, str, dict)
    """(run, kind (done, stopped, error or crashed), a message for people, the final event;
    for ``crashed`` a made-up one with exit_code, signal and stderr). Exactly once per run."""
    readyChanged = Signal(bool)
    """Whether a waiting trainer has TensorFlow loaded and nothing to do."""

    def __init__(self, parent: QObject | None = None, keep_ready: bool = True):
        super().__init__(parent)
        self.keep_ready = keep_ready
        self._child: QProcess | None = None
        self._child_ready = False
        self._run: Run | None = None
        self._exiting: list[QProcess] = []  # released children that have not exited yet
        self._reader = EventLineReader()
        self._stderr = bytearray()
        self._killed_by_us = False
        self._pid: int | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_RELEASE_MS)
        self._idle.timeout.connect(self.release)

    @property
    def idle_release_ms(self) -> int:
        return self._idle.interval()

    @idle_release_ms.setter
    def idle_release_ms(self, value: int) -> None:
        self._idle.setInterval(value)

    # -- control ---------------------------------------------------------------------------

    def prepare(self) -> None:
        """Start a waiting trainer now (if keeping one is on and none is there), so that the
        next run starts at once."""
        if self.keep_ready and self._child is None:
            self._spawn()

    def start(self, config: TrainConfig, purpose: str = "train") -> Run:
        """Start a run of ``config``. Raises RuntimeError if one is running."""
        if self.is_running():
            raise RuntimeError("a training run is already going")
        run = Run(config, purpose)
        self._run = run
        self._stderr = bytearray()
        self._killed_by_us = False
        self._idle.stop()
        if self._child is None:
            self._spawn()
        self._set_ready(False)
        request = json.dumps({"train": config.as_json()}, separators=(",", ":"))
        self._child.write(request.encode() + b"\n")  # waits in the pipe while TF loads
        return run

    def stop(self) -> None:
        """Ask the run to end after the current batch, keeping its best finished epoch."""
        if self.is_running():
            self._child.write(b"stop\n")

    def kill(self) -> None:
        """End the child at once (nothing is saved; a bundle being written stays whole)."""
        if self._child is not None and self._child.state() != NOT_RUNNING:
            self._killed_by_us = True
            self._child.kill()

    def release(self) -> None:
        """Let a waiting trainer go (its memory with it); a run in progress is left alone."""
        if self._child is not None and self._run is None:
            self._let_exit()

    def is_running(self) -> bool:
        """True from start() until ``finished`` is emitted."""
        return self._run is not None

    def is_ready(self) -> bool:
        """A waiting trainer has TensorFlow loaded and no run."""
        return self._child_ready and self._run is None

    def current_run(self) -> Run | None:
        return self._run

    def pid(self) -> int | None:
        """The child's process id (kept after it has gone, to check that it has)."""
        return self._pid

    def shutdown(self, timeout_ms: int = 8000) -> None:
        """End everything before the window closes: stop the run (so its finished epochs are
        saved), wait at most ``timeout_ms``, then SIGTERM, then SIGKILL; a waiting trainer
        and children still exiting get the same end. Blocks, boundedly; returns once all
        are gone."""
        self._idle.stop()
        process = self._child
        if process is not None and process.state() != NOT_RUNNING:
            if process.state() == QProcess.ProcessState.Starting:
                process.waitForStarted(3000)
            if self._run is None:
                # A waiting trainer has nothing to save: no reason to wait for it.
                self._killed_by_us = True
                _end(process, 3000, first=process.kill)
            else:
                self.stop()
                _end(process, timeout_ms)
        for lingering in list(self._exiting):
            _end(lingering, 2000)

    # -- the child -------------------------------------------------------------------------

    def _spawn(self) -> None:
        self._reader = EventLineReader()
        self._stderr = bytearray()
        self._pid = None
        process = QProcess(self)
        process.setProcessEnvironment(_child_environment())
        process.readyReadStandardOutput.connect(self._read_stdout)
        process.readyReadStandardError.connect(self._read_stderr)
        process.finished.connect(self._on_exit)
        process.errorOccurred.connect(self._on_error)
        process.started.connect(self._remember_pid)
        self._child = process
        process.start(sys.executable, ["-m", "digitgui", "train", "--serve", "--events", "jsonl"])

    def _remember_pid(self) -> None:
        if self._child is not None:
            self._pid = int(self._child.processId()) or None

    def _set_ready(self, ready: bool) -> None:
        if ready != self._child_ready:
            self._child_ready = ready
            self.readyChanged.emit(ready)

    # -- reading ---------------------------------------------------------------------------

    def _read_stdout(self) -> None:
        process = self._child
        if process is None:
            return
        data = bytes(process.readAllStandardOutput().data())
        for event in self._reader.feed(data):
            self._dispatch(event)
            if self._child is not process:
                return  # released: the rest is not our business

    def _read_stderr(self) -> None:
        if self._child is None:
            return
        self._stderr += bytes(self._child.readAllStandardError().data())
        del self._stderr[:-STDERR_KEEP]

    def _dispatch(self, event: dict[str, Any]) -> None:
        kind, run = event["event"], self._run
        if kind == "ready":
            if run is None:
                self._set_ready(True)
                if self.keep_ready:
                    self._idle.start()
                else:
                    self.release()
            return
        if run is None:
            return  # the waiting trainer's own start-up ("Starting TensorFlow…")
        if kind == "status":
            self.status.emit(run, event_text(event))
        elif kind == "start":
            self.started.emit(run, event)
        elif kind == "batch":
            self.batch.emit(run, event)
        elif kind == "epoch":
            self.epoch.emit(run, event)
        elif kind == "saved":
            run.saved_path = str(event.get("path", ""))
            run.saved_name = event.get("name") or None
        elif kind in FINAL_EVENTS:
            self._finish(run, kind, end_text(kind, event), event)

    def _finish(self, run: Run, kind: str, message: str, event: dict[str, Any]) -> None:
        self._run = None
        run.outcome = kind
        if kind == "error" and str(event.get("message", "")).startswith("internal error"):
            self._let_exit()  # a bug in the child: the next run gets a fresh one
        self.finished.emit(run, kind, message, event)

    # -- the end ---------------------------------------------------------------------------

    def _let_exit(self) -> None:
        """Release the child: close its input (a waiting trainer ends there), and end it if
        it lingers."""
        process, self._child = self._child, None
        self._idle.stop()
        self._set_ready(False)
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
        process.closeWriteChannel()
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
        if error == QProcess.ProcessError.FailedToStart and self._child is not None:
            reason = self._child.errorString()
            self._let_exit()
            if self._run is not None:
                self._finish(self._run, "crashed",
                             translate("TrainingProcess",
                                     "The training process could not start ({reason}).").format(
                                     reason=reason),
                             {"event": "crashed", "exit_code": None, "signal": None,
                              "stderr": ""})

    def _on_exit(self, exit_code: int, exit_status: QProcess.ExitStatus) -> None:
        """The child exited while it was ours (not released)."""
        process = self._child
        self._read_stderr()
        self._read_stdout()  # may hold the final event after all
        if self._child is not process or process is None:
            return
        for event in self._reader.flush():
            self._dispatch(event)
            if self._child is not process:
                return
        self._let_exit()
        run = self._run
        if run is None:
            return  # a waiting trainer went away between runs: the next run starts another
        crashed = exit_status == QProcess.ExitStatus.CrashExit
        stderr = self._stderr_tail()
        message = self._crash_message(exit_code if crashed else None, exit_code, stderr)
        self._finish(run, "crashed", message, {
            "event": "crashed",
            "exit_code": None if crashed else exit_code,
            "signal": _signal_name(exit_code) if crashed else None,
            "stderr": stderr,
        })

    def _stderr_tail(self, lines: int = 6) -> str:
        text = self._stderr.decode("utf-8", errors="replace")
        kept = [line.rstrip() for line in text.splitlines() if line.strip()]
        return "\n".join(kept[-lines:])

    def _crash_message(self, signal_number: int | None, exit_code: int, stderr: str) -> str:
        last = stderr or "\n".join(list(self._reader.noise)[-6:])
        detail = translate("TrainingProcess",
                " Its last output:\n{last}").format(last=last) if last else ""
        if self._killed_by_us:
            how = translate("TrainingProcess", "was killed on request")
        elif signal_number is not None:
            how = translate("TrainingProcess",
                    "was killed by {signal_name} (signal {signal_number})").format(
                    signal_name=_signal_name(signal_number), signal_number=signal_number)
        elif exit_code != 0:
            how = translate("TrainingProcess",
                    "ended with exit status {exit_code}").format(exit_code=exit_code)
        else:
            how = translate("TrainingProcess", "ended without reporting a result")
        return translate("TrainingProcess",
                "The training process {how} before it finished.{detail}").format(
                how=how, detail=detail)


def _end(process: QProcess, grace_ms: int, first=None) -> None:
    """Wait up to ``grace_ms`` for ``process`` to exit (after ``first``, if given), then
    SIGTERM, then SIGKILL."""
    for end, wait_ms in ((first, grace_ms), (process.terminate, 2000), (process.kill, 5000)):
        if end is not None:
            end()
        # waitForFinished also returns False when the process had already finished: the
        # state is what tells.
        process.waitForFinished(wait_ms)
        if process.state() == NOT_RUNNING:
            return
