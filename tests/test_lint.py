"""The code stays as the README promises: ruff clean, and no module past 400 lines."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.helpers import REPO

LONGEST_MODULE = 400


def test_ruff_is_clean():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    result = subprocess.run([ruff, "check", "--no-cache", "."], capture_output=True, text=True,
                            cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_is_past_400_lines():
    too_long = {}
    for path in [*REPO.glob("digitgui/**/*.py"), *REPO.glob("scripts/*.py")]:
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > LONGEST_MODULE:
            too_long[str(path.relative_to(REPO))] = lines
    assert not too_long, too_long
