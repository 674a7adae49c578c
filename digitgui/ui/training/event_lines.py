"""Reading the training child's stdout: JSON-lines events, however the bytes are chunked."""

from __future__ import annotations

import json
from collections import deque
from typing import Any

MAX_LINE = 1024 * 1024
"""Longer stdout lines are not events (the longest, the mlp's ``start`` and ``epoch`` with its
256 neurons' first-layer weights, are about 0.3 MB)."""


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
