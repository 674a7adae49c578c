"""Asking a training run to stop: SIGTERM, SIGINT (Ctrl+C) or a line ``stop`` on stdin.

Training ends after the current batch. When the run was started by the window, the window's
death must not leave it running: in event mode a watchdog also stops it when its parent
process goes away. A waiting trainer (``digitgui train --serve``) also reads its requests
from stdin, so the same reader hands those on.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable


class StopRequest:
    def __init__(self) -> None:
        self._event = threading.Event()
        self.parent_gone = False

    def request(self) -> None:
        self._event.set()

    def reset(self) -> None:
        """Ready for the next run of a waiting trainer (unless its parent has gone)."""
        if not self.parent_gone:
            self._event.clear()

    @property
    def requested(self) -> bool:
        return self._event.is_set()

    def install_signal_handlers(self) -> None:
        def handler(_signum, _frame):
            self.request()

        signal.signal(signal.SIGTERM, handler)
        signal.signal(signal.SIGINT, handler)

    def watch_stdin(self, on_line: Callable[[str | None], None] | None = None) -> None:
        """A line 'stop' on stdin stops. Other lines, and then None at the end of input, go to
        ``on_line`` where one is given; without one, the end of input alone does not stop
        (stdin may be /dev/null)."""

        def read() -> None:
            try:
                for line in sys.stdin:
                    text = line.strip()
                    if text.lower() == "stop":
                        self.request()
                    elif text and on_line is not None:
                        on_line(text)
            except (OSError, ValueError):
                pass
            if on_line is not None:
                on_line(None)

        threading.Thread(target=read, name="stdin-reader", daemon=True).start()

    def watch_parent(self, interval: float = 0.5) -> None:
        """Stop if the process that started us dies (we get re-parented)."""
        parent = os.getppid()

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(interval)
            self.parent_gone = True
            self.request()

        threading.Thread(target=watch, name="parent-watch", daemon=True).start()
