"""The window probe's stall meter (digitgui.bench.gui_stall): a stall of the GUI thread is
measured, and named with what happened just before it and the code that ran through it."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

from digitgui.bench.gui_stall import StallWatch, wait_until

STALL_S = 0.12


def _blocking_slot(done: list[float]) -> None:
    time.sleep(STALL_S)  # the stall being measured (a slot that holds the GUI thread)
    done.append(time.perf_counter())


def test_a_stall_is_measured_and_named(qtbot):
    watch = StallWatch(period_ms=5)
    done: list[float] = []
    watch.start()
    try:
        wait_until(lambda: len(watch.gaps) >= 5, 5, "the first ticks")
        watch.mark("click on the slow button")
        QTimer.singleShot(0, lambda: _blocking_slot(done))
        # Until a tick came after the slot: that tick closes the gap.
        wait_until(lambda: bool(done) and watch.gaps[-1][1] > done[0], 5, "a tick after it")
    finally:
        watch.stop()
    report = watch.report(worst=2)
    assert STALL_S * 1000 - 10 < report["longest_stall_ms"] < 1000
    assert report["stalls_over_50_ms"] == 1 and report["ticks"] == len(watch.gaps)
    worst = report["worst_stalls"][0]
    assert "after 'click on the slow button'" in worst
    assert "_blocking_slot" in worst  # the sampler saw the GUI thread in it

