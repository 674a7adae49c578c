"""The window probe's stall meter (digitgui.bench.gui_stall): a stall of the GUI thread is
measured, and named with what happened just before it and the code that ran through it."""

from __future__ import annotations

import threading
import time
import weakref

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


class _Painter:
    """Stands for a paint event's QPainter: a local that must die when its function returns."""


def _slot_with_a_local(done: list[float], locals_seen: list[weakref.ref]) -> None:
    painter = _Painter()
    locals_seen.append(weakref.ref(painter))
    time.sleep(STALL_S)  # long enough for the sampler to look at this frame
    done.append(time.perf_counter())


def test_the_sampler_keeps_nothing_of_the_gui_threads_frames_alive(qtbot):
    """A frame object held by the sampler kept its function's locals alive after it returned:
    a paint event's QPainter outlived the paint ("endPaint() called with active painter")
    and, the sampler's reference being its last, was destroyed in the sampler's thread after
    its widget: the probe crashed so (SIGSEGV) once in a few runs."""
    watch = StallWatch(period_ms=5)
    done: list[float] = []
    locals_seen: list[weakref.ref] = []
    watch.start()
    try:
        wait_until(lambda: len(watch.gaps) >= 5, 5, "the first ticks")
        QTimer.singleShot(0, lambda: _slot_with_a_local(done, locals_seen))
        wait_until(lambda: bool(done) and watch.gaps[-1][1] > done[0], 5, "a tick after it")
        assert locals_seen[0]() is None  # gone with its frame, while the sampler still runs
    finally:
        watch.stop()
    assert any("_slot_with_a_local" in stack for _, stack in watch.samples)


def _worker_holding_on(stop: threading.Event) -> None:
    while not stop.is_set():  # Python work in another thread, while the GUI thread waits
        sum(range(1000))


def test_a_stall_names_what_the_other_threads_ran(qtbot):
    """The GUI thread waiting with hardly any CPU of its own (for the interpreter's lock,
    say): the report names what ran elsewhere through the stall."""
    watch = StallWatch(period_ms=5)
    done: list[float] = []
    stop = threading.Event()
    worker = threading.Thread(target=_worker_holding_on, args=(stop,))
    watch.start()
    try:
        wait_until(lambda: len(watch.gaps) >= 5, 5, "the first ticks")
        worker.start()
        QTimer.singleShot(0, lambda: _blocking_slot(done))
        wait_until(lambda: bool(done) and watch.gaps[-1][1] > done[0], 5, "a tick after it")
    finally:
        stop.set()
        worker.join()
        watch.stop()
    worst = watch.report(worst=1)["worst_stalls"][0]
    assert "_blocking_slot" in worst and "elsewhere" in worst
    assert "_worker_holding_on" in worst.split("elsewhere", 1)[1]


def _busy_slot(done: list[float], cpu_s: float) -> None:
    started = time.thread_time()
    while time.thread_time() - started < cpu_s:  # work, not waiting: the GUI thread's CPU
        sum(range(1000))
    done.append(time.perf_counter())


def test_the_gui_threads_own_cpu_tells_its_work_from_waiting(qtbot):
    """A slot that sleeps stalls the window without using the CPU; one that computes uses it:
    the report tells them apart (on a shared machine, a long stall can be others' time)."""
    watch = StallWatch(period_ms=5)
    slept: list[float] = []
    worked: list[float] = []
    watch.start()
    try:
        wait_until(lambda: len(watch.gaps) >= 5, 5, "the first ticks")
        QTimer.singleShot(0, lambda: _blocking_slot(slept))
        wait_until(lambda: bool(slept) and watch.gaps[-1][1] > slept[0], 5, "a tick after it")
        watch.mark("a click that computes")
        QTimer.singleShot(0, lambda: _busy_slot(worked, 0.08))
        wait_until(lambda: bool(worked) and watch.gaps[-1][1] > worked[0], 5, "a tick after")
    finally:
        watch.stop()
    report = watch.report(worst=2)
    assert 80 <= report["longest_stall_cpu_ms"] < 1000
    assert "after 'a click that computes'" in report["worst_by_cpu"][0]
    slept_gap = max(range(len(watch.gaps)), key=lambda i: watch.gaps[i][1] - watch.gaps[i][0]
                    if watch.gaps[i][1] <= worked[0] else 0.0)
    assert watch.cpu[slept_gap] < 0.05  # the sleep's gap: long, but hardly any CPU


def test_a_wait_goes_on_when_what_it_saw_is_undone_as_the_loop_ends(qtbot):
    """Seen once in the bench: the condition held when the poll looked, an event delivered as
    the loop ended undid it, and the wait gave up long before its time limit."""
    started = time.perf_counter()
    calls = []

    def done() -> bool:
        calls.append(time.perf_counter())
        if len(calls) == 2:
            return True  # what the poll sees; undone by the time the wait looks again
        return time.perf_counter() - started > 0.05

    assert wait_until(done, 5, "the condition") >= 0.05
    assert len(calls) > 3
