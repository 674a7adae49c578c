"""Asking a training run to stop: SIGTERM, SIGINT (Ctrl+C) or a line ``stop`` on stdin.

Training ends after the current batch. When the run was started by the window, the window's
death must not leave it running: in event mode a watchdog also stops it when its parent
process goes away.
"""

from __future__ import annotations

import os
import signal
import sys
import threading


class StopRequest:
    def __init__(self) -> None:
        self._event = threading.Event()
        self.reason = ""

    def request(self, reason: str) -> None:
        if not self._event.is_set():
            self.reason = reason
            self._event.set()

    @property
    def requested(self) -> bool:
        return self._event.is_set()

    def install_signal_handlers(self) -> None:
        def handler(signum, _frame):
            self.request(signal.Signals(signum).name)

        signal.signal(signal.SIGTERM, handler)
        signal.signal(signal.SIGINT, handler)

    def watch_stdin(self) -> None:
        """A line 'stop' on stdin stops; end of input alone does not (stdin may be /dev/null)."""

        def read() -> None:
            try:
                for line in sys.stdin:
                    if line.strip().lower() == "stop":
                        self.request("stop requested")
                        return
            except (OSError, ValueError):
                return

        threading.Thread(target=read, name="stdin-stop", daemon=True).start()

    def watch_parent(self, interval: float = 0.5) -> None:
        """Stop if the process that started us dies (we get re-parented)."""
        parent = os.getppid()

        def watch() -> None:
            while not self._event.wait(interval):
                if os.getppid() != parent:
                    self.request("parent process ended")
                    return

        threading.Thread(target=watch, name="parent-watch", daemon=True).start()
