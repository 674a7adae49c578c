"""The Qt bindings installed must not corrupt Python's reference counts.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method that returns
nothing (QPainter.setPen, QPen.setCapStyle, ...), so a long drawing session ends in
"Fatal Python error: none_dealloc". pyproject.toml excludes that release; this test fails
loudly if such a build is ever installed again."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers import REPO, child_env

LOOP = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen
pen = QPen(QColor(0, 0, 0), 3.0)
before = sys.getrefcount(None)
for _ in range(300_000):
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
print(sys.getrefcount(None) - before)
"""


def test_void_calls_keep_none_alive():
    result = subprocess.run([sys.executable, "-c", LOOP], capture_output=True, text=True,
                            cwd=REPO, env=child_env(), timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout.strip())) < 1000
