"""Background work runs below the window: its worker threads and the waiting trainer.

On two cores, an evaluation's LiteRT threads or a chart drawn in a worker took the cores from
the GUI thread: the window stalled 40-100 ms while using almost no CPU itself. Lower (Unix
nice steps), background work yields to the window whenever it has work, and still takes
every core the window leaves idle.
"""

from __future__ import annotations

import os
import sys

NICENESS = 5
"""How many nice steps below the window background work runs."""


def lower_thread(native_id: int) -> None:
    """Run thread ``native_id`` (and the threads it starts, e.g. LiteRT's) below the window.
    Linux only: there ``setpriority`` on a thread id changes that thread alone; elsewhere it
    would be the whole process, the window included."""
    if sys.platform == "linux":
        _lower(native_id)


def lower_process() -> None:
    """Run this whole process below the window (the waiting trainer: a run of the ``cnn``
    takes both cores for minutes). ``digitgui train`` in a terminal keeps its priority."""
    if hasattr(os, "setpriority"):  # not on Windows: as it was
        _lower(0)


def _lower(who: int) -> None:
    try:
        os.setpriority(os.PRIO_PROCESS, who,
                       min(19, os.getpriority(os.PRIO_PROCESS, who) + NICENESS))
    except OSError:  # not allowed here (a sandbox): the work runs as before
        pass
