"""Deferred pieces of the window's work: one a turn of the event loop, in order."""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer

from digitgui.ui import turns


def _busy(seconds: float) -> None:
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        pass


def test_pieces_of_different_views_never_share_a_turn(qtbot):
    """Each piece busy for 10 ms, and a 5 ms timer standing for the window's painting and
    input (as bench/gui_stall.py's): it fires between any two pieces. (Chained with
    ``QTimer.singleShot(0, ...)``, posted events, they ran two by two with no tick between.)"""
    qtbot.waitUntil(lambda: turns.waiting() == 0)  # another test's pieces, in this process
    first, second = QObject(), QObject()
    ran: list[str] = []
    ticks: list[int] = []
    tick = QTimer()
    tick.setTimerType(Qt.TimerType.PreciseTimer)
    tick.timeout.connect(lambda: ticks.append(len(ran)))
    tick.start(5)

    def piece(name: str) -> None:
        ran.append(name)
        _busy(0.010)

    try:
        for name, owner in (("a1", first), ("b1", second), ("a2", first), ("b2", second)):
            turns.later(owner, lambda name=name: piece(name))
        assert turns.waiting() == 4
        qtbot.wait_until(lambda: len(ran) == 4, timeout=5_000)
    finally:
        tick.stop()
    assert ran == ["a1", "b1", "a2", "b2"]  # in the order asked, whoever asked
    assert turns.waiting() == 0
    # Between any two pieces the event loop went round: the timer saw every count 1, 2, 3.
    assert {1, 2, 3} <= set(ticks)


def test_a_piece_whose_view_is_gone_is_skipped_and_a_failure_stops_nothing(qtbot):
    gone, kept = QObject(), QObject()
    ran: list[str] = []

    def fails() -> None:
        ran.append("fails")
        raise RuntimeError("a piece failed")

    with qtbot.capture_exceptions() as exceptions:
        turns.later(gone, lambda: ran.append("gone"))
        turns.later(kept, fails)
        turns.later(kept, lambda: ran.append("after"))
        shiboken6.delete(gone)  # its view closed before its turn came
        qtbot.wait_until(lambda: "after" in ran, timeout=5_000)
    assert ran == ["fails", "after"]
    assert [str(exc) for _, exc, _ in exceptions] == ["a piece failed"]
