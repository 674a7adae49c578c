"""The one pattern for work off the GUI thread (digitgui.ui.background): a real worker thread,
real queued signals."""

from __future__ import annotations

import gc
import threading
import time
import weakref

import pytest
from PySide6.QtWidgets import QApplication

from digitgui.core.errors import UserError
from digitgui.ui import background
from digitgui.ui.background import BackgroundTask


class _Held:
    """Stands for what a request holds: a network, a drawing, a data set."""


def _blocked(gate: threading.Event, value):
    def work():
        gate.wait(10)
        return value
    return work


def test_only_the_newest_request_answers_and_a_replaced_one_never_runs(qtbot):
    task = BackgroundTask("a test")
    answers: list[str] = []
    ran: list[str] = []
    task.finished.connect(answers.append)
    gate = threading.Event()
    task.start(_blocked(gate, "first"))  # running, held at the gate
    task.start(lambda: ran.append("second") or "second")  # waiting...
    task.start(lambda: ran.append("third") or "third")  # ... and replaced by this one
    assert task.is_busy()
    gate.set()
    qtbot.wait_until(lambda: not task.is_busy(), timeout=5000)
    assert task.wait(5000)
    assert answers == ["third"] and ran == ["third"]  # "first" ran, but its answer was late


def test_what_a_request_held_is_let_go_once_it_is_done(qtbot):
    """PySide6's QThreadPool kept some of the jobs it was given referenced (and what they
    held) for as long as the pool lived: 0, 28 and 41 of 200 requests like these in three runs
    of the window's application (a race); the worker now lets each go once it has run."""
    task = BackgroundTask("a test")
    answers: list[str] = []
    task.finished.connect(answers.append)
    held: list[weakref.ref] = []

    def request():
        thing = _Held()
        held.append(weakref.ref(thing))
        return lambda: type(thing).__name__

    deadline = time.monotonic() + 30
    for _ in range(200):  # each asked as soon as the last answered, as a view following a pen
        task.start(request())
        while task.is_busy() and time.monotonic() < deadline:
            QApplication.processEvents()
    gate = threading.Event()
    task.start(_blocked(gate, None))
    task.start(request())  # replaced before it ran
    task.start(request())
    gate.set()
    qtbot.wait_until(lambda: not task.is_busy(), timeout=5000)
    assert task.wait(5000)
    gc.collect()
    assert len(answers) == 201 and sum(ref() is not None for ref in held) == 0


def test_failures_come_back_as_one_line(qtbot):
    task = BackgroundTask("Reading the file")

    def broken():
        raise ValueError("bad header")

    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start(broken)
    assert blocker.args == ["Reading the file failed (ValueError: bad header)"]
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start(lambda: (_ for _ in ()).throw(UserError("The file is empty.")))
    assert blocker.args == ["The file is empty."]
    assert not task.is_busy()


def test_a_cancelled_request_never_answers(qtbot):
    task = BackgroundTask("a test")
    answers: list = []
    task.finished.connect(answers.append)
    gate = threading.Event()
    task.start(_blocked(gate, "late"))
    task.cancel()
    assert not task.is_busy()
    gate.set()
    assert task.wait(5000)
    with qtbot.waitSignal(task.finished, timeout=5000):  # a later request still answers
        task.start(lambda: "next")
    assert answers == ["next"]


def test_an_idle_worker_thread_ends_and_the_next_request_starts_another(qtbot, monkeypatch):
    monkeypatch.setattr(background, "IDLE_EXIT_S", 0.05)
    task = BackgroundTask("a test")
    with qtbot.waitSignal(task.finished, timeout=5000) as first:
        task.start(threading.get_ident)
    qtbot.wait_until(lambda: task._worker.thread is None, timeout=5000)
    with qtbot.waitSignal(task.finished, timeout=5000) as second:
        task.start(threading.get_ident)
    assert threading.get_ident() not in (first.args[0], second.args[0])


@pytest.fixture(autouse=True)
def _no_worker_left_running():
    yield
    background.finish_all()
