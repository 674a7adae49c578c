"""How long the window's event loop stalls, and on what.

A :class:`StallWatch` ticks a precise timer every few milliseconds on the GUI thread: the gap
between two ticks, less the period, is how long nothing could be repainted or clicked. It
keeps what happened when (the steps a probe marks and any signals it is told about), and a
sampler thread looks at the Python stacks whenever a tick is late, so each long stall comes
with what happened just before it, the code the GUI thread was running through it, and what
the other threads ran meanwhile (the GUI thread may be waiting for one of them).
"""

from __future__ import annotations

import faulthandler
import re
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import IO

from PySide6.QtCore import QEventLoop, Qt, QTimer

PACKAGE = Path(__file__).resolve().parent.parent
"""The digitgui package folder: frames in it are named in a stall's cause."""

BENCH = PACKAGE / "bench"


def wait(seconds: float) -> None:
    """Let the event loop run for ``seconds`` (the probe's timers and the window's go on)."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(loop.quit)
    timer.start(max(0, round(seconds * 1000)))
    loop.exec()


def wait_until(done: Callable[[], bool], timeout: float, what: str) -> float:
    """Run the event loop until ``done()`` (checked every 2 ms); the seconds it took. Raises
    TimeoutError naming ``what`` if it takes longer than ``timeout``."""
    started = time.perf_counter()
    loop = QEventLoop()
    poll = QTimer()
    poll.setTimerType(Qt.TimerType.PreciseTimer)
    poll.setInterval(2)
    poll.timeout.connect(lambda: (done() or time.perf_counter() - started > timeout)
                         and loop.quit())
    # Again until it holds: events posted before the quit are still delivered as the loop
    # ends, and one of them can undo what was seen (a model change asking Inside the network
    # for a new update): the probe once gave up here long before its 60 s.
    while not done():
        if time.perf_counter() - started > timeout:
            raise TimeoutError(f"{what} did not happen within {timeout:.0f} s")
        poll.start()
        loop.exec()
        poll.stop()
    return time.perf_counter() - started


def _stacks(dump: IO[str]) -> dict[int, list[tuple[Path, int, str]]]:
    """Every thread's stack as (file, line, function), innermost first, by thread id, read
    from faulthandler's dump into ``dump`` (the calling thread's under the id 0). Never through
    ``sys._current_frames()``: a frame object held here keeps the function's locals alive after
    it returns, a paint event's QPainter among them ("endPaint() called with active painter"),
    and may be the last reference, so that the painter is destroyed in this thread, after its
    widget: the probe crashed so, once in a few runs."""
    dump.seek(0)
    dump.truncate()
    faulthandler.dump_traceback(dump, all_threads=True)
    dump.seek(0)
    stacks: dict[int, list[tuple[Path, int, str]]] = {}
    frames: list[tuple[Path, int, str]] = []
    for line in dump.read().splitlines():
        if line.startswith("Thread 0x"):
            frames = stacks.setdefault(int(line.split("0x", 1)[1].split()[0], 16), [])
        elif line.startswith("Current thread 0x"):
            frames = stacks.setdefault(0, [])
        elif found := _FRAME_LINE.match(line):
            frames.append((Path(found["file"]), int(found["line"]), found["name"]))
    return stacks


_FRAME_LINE = re.compile(r'\s*File "(?P<file>.*)", line (?P<line>\d+) in (?P<name>.*)$')


def _where(stack: list[tuple[Path, int, str]]) -> str:
    """The GUI thread's stack in one line, innermost first: the frame running, up to three
    of digitgui's own, and the one the event loop called (a paint event, a slot), where the
    stack meets the probe's own frames: where the time went, and why."""
    frames = []
    for path, line, function in stack:
        if BENCH in path.parents:
            break  # the probe, waiting in the event loop: what is above was called from it
        ours = PACKAGE in path.parents
        name = path.relative_to(PACKAGE) if ours else path.name
        frames.append((ours, f"{name}:{line} {function}"))
    if not frames:
        return "Qt (layout, painting or C++ code between Python calls)"
    kept = [frames[0][1]] + [text for ours, text in frames[1:] if ours][:3]
    if frames[-1][1] not in kept:
        kept.append(frames[-1][1])
    return " < ".join(kept)


def _elsewhere(stacks: dict[int, list[tuple[Path, int, str]]], gui_thread: int) -> str:
    """What the other threads with Python frames are doing, in a few words: the frame each
    runs and the innermost of digitgui's own. While the GUI thread waits with hardly any CPU
    of its own, one of them holds the interpreter's lock (a long call into C that does not let
    it go): this names it. Threads asleep in ``threading`` (idle pools) are left out."""
    seen = []
    for thread, stack in stacks.items():
        if thread in (0, gui_thread) or not stack or stack[0][0].name == "threading.py":
            continue
        path, line, function = stack[0]
        text = f"{path.name}:{line} {function}"
        ours = next((f"{p.relative_to(PACKAGE)}:{n} {f}" for p, n, f in stack
                     if PACKAGE in p.parents and BENCH not in p.parents), None)
        seen.append(text if ours is None or ours == text else f"{text} < {ours}")
    return " & ".join(sorted(seen))


class StallWatch:
    """Ticks every ``period_ms`` on the GUI thread while started; see the module docstring."""

    def __init__(self, period_ms: int = 5, sample_after_ms: float = 20.0):
        self.period = period_ms / 1000.0
        self.sample_after = sample_after_ms / 1000.0
        self.gaps: list[tuple[float, float]] = []  # (last tick, this tick)
        self.cpu: list[float] = []  # the GUI thread's CPU seconds in each gap
        self.marks: list[tuple[float, str]] = []
        self.samples: list[tuple[float, str]] = []  # (when, the GUI thread's stack)
        self.others: list[tuple[float, str]] = []  # (when, what the other threads ran)
        self._last = 0.0
        self._last_cpu = 0.0
        self._started = 0.0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(period_ms)
        self._timer.timeout.connect(self._tick)
        self._gui_thread = threading.get_ident()
        self._sampling = threading.Event()
        self._sampler: threading.Thread | None = None

    def start(self) -> None:
        self._started = self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._timer.start()
        self._sampling.set()
        self._sampler = threading.Thread(target=self._sample, name="stall-sampler", daemon=True)
        self._sampler.start()

    def stop(self) -> None:
        self._timer.stop()
        self._sampling.clear()
        if self._sampler is not None:
            self._sampler.join()

    def mark(self, what: str) -> None:
        """Note that ``what`` happened now (a step of the probe, a signal)."""
        self.marks.append((time.perf_counter(), what))

    def follow(self, signal, what: str) -> None:
        """Mark ``what`` each time ``signal`` is emitted."""
        signal.connect(lambda *_: self.mark(what))

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.gaps.append((self._last, now))
        self.cpu.append(cpu - self._last_cpu)
        self._last, self._last_cpu = now, cpu

    def _sample(self) -> None:
        # Sleeping releases the GIL; a look costs well under a millisecond, and only while a
        # tick is late.
        with tempfile.TemporaryFile("w+", encoding="utf-8") as dump:
            while self._sampling.is_set():
                time.sleep(0.004)
                now = time.perf_counter()
                if now - self._last > self.sample_after:
                    stacks = _stacks(dump)
                    if stack := stacks.get(self._gui_thread):
                        self.samples.append((now, _where(stack)))
                    if elsewhere := _elsewhere(stacks, self._gui_thread):
                        self.others.append((now, elsewhere))

    # ---- the figures ------------------------------------------------------------------------
    def stalls_ms(self) -> list[float]:
        return [max(0.0, 1000.0 * (end - begin - self.period)) for begin, end in self.gaps]

    def report(self, worst: int = 5) -> dict:
        stalls = self.stalls_ms() or [0.0]
        order = sorted(range(len(self.gaps)), key=stalls.__getitem__, reverse=True)[:worst]
        by_cpu = sorted(range(len(self.cpu)), key=self.cpu.__getitem__, reverse=True)[:3]
        return {"longest_stall_ms": round(max(stalls), 1),
                "stall_p99_ms": round(sorted(stalls)[int(0.99 * (len(stalls) - 1))], 2),
                # The most CPU the GUI thread spent between two ticks: the stall the window
                # itself caused, whatever else the machine ran meanwhile.
                "longest_stall_cpu_ms": round(1000 * max(self.cpu, default=0.0), 1),
                "stalls_over_50_ms": sum(s > 50 for s in stalls),
                "ticks": len(self.gaps),
                "seconds": round(self._last - self._started, 1),
                "worst_stalls": [self.cause(i) for i in order if stalls[i] > 0],
                # On a shared machine the longest stalls can be other processes' time: the
                # gaps in which the window itself worked longest.
                "worst_by_cpu": [self.cause(i) for i in by_cpu]}

    def cause(self, index: int) -> str:
        """One stall in words: how long, when, what happened in it (the probe's own steps run
        between two ticks, so a step that stalled is marked inside its gap) or else the last
        thing before it, the code the GUI thread was running through it and what the other
        threads ran meanwhile, if sampled."""
        begin, end = self.gaps[index]
        during = list(dict.fromkeys(what for t, what in self.marks if begin < t <= end))
        before = [what for t, what in self.marks if t <= begin][-1:] or ["start"]
        # The GUI thread's own CPU time in the gap tells work done from waiting for a core
        # (on a shared machine a stall can be mostly other processes' time).
        text = (f"{1000 * (end - begin - self.period):.0f} ms at {begin - self._started:.1f} s "
                f"(GUI thread CPU {1000 * self.cpu[index]:.0f} ms) "
                f"after {', '.join(repr(what) for what in during or before)}")
        stacks = Counter(stack for t, stack in self.samples if begin < t <= end)
        if stacks:  # the two commonest, the sampler looking every 4 ms or so
            text += "; in " + " | ".join(f"{stack} ({count}x)"
                                         for stack, count in stacks.most_common(2))
        others = Counter(what for t, what in self.others if begin < t <= end)
        if others:
            text += "; elsewhere " + " | ".join(f"{what} ({count}x)"
                                                for what, count in others.most_common(2))
        return text
