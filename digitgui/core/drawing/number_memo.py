"""What a number's split found for each group of ink, kept for the next reading of the sheet.

In the window a number is read again on every pen movement, and only the digit under the pen
changes: the other groups' ink is the same to the bit (the sheet is drawn and shrunk the same
way each time). Their digits, once chosen (the cuts tried, the pieces prepared and read), are
looked up by their ink instead of being found again: reading a 6-digit number while its last
digit is written costs about what that digit costs alone.

A memo belongs to one network (its readings are that network's) and to one thread.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from typing import Any

import numpy as np

_ENTRIES = 64
"""Groups remembered: a few sheets' worth of 12-digit numbers (each entry a few kilobytes)."""


class SplitMemo:
    """A small least-recently-used map from a group's ink (and the line's digit height) to
    what was found for it."""

    def __init__(self, entries: int = _ENTRIES) -> None:
        self._entries = entries
        self._found: OrderedDict[tuple, Any] = OrderedDict()
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(window: np.ndarray, height: float) -> tuple:
        """The key of a group: its ink to the bit, and the digit height it was judged by
        (rounded: the height moves by a fraction of a pixel as other digits are written)."""
        digest = hashlib.blake2b(np.ascontiguousarray(window).tobytes(), digest_size=16)
        return window.shape, round(height), digest.digest()

    def get(self, key: tuple) -> Any:
        found = self._found.get(key)
        if found is None:
            self.misses += 1
            return None
        self.hits += 1
        self._found.move_to_end(key)
        return found

    def put(self, key: tuple, value: Any) -> None:
        self._found[key] = value
        self._found.move_to_end(key)
        while len(self._found) > self._entries:
            self._found.popitem(last=False)
