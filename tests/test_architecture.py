"""The shape of the system, enforced: the core knows no Qt or matplotlib; prediction, data,
bundles and the window never import TensorFlow."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from tests.helpers import REPO, child_env


def test_import_contracts_hold():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run([lint], capture_output=True, text=True, cwd=REPO, env=child_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_core_modules_load_without_heavy_frameworks():
    code = (
        "import sys, json\n"
        "import digitgui.core.models, digitgui.core.drawing, digitgui.core.teaching\n"
        "import digitgui.core.userdata, digitgui.core.data, digitgui.core.training.fine_tune\n"
        "import digitgui.core.models.inference, digitgui.core.models.evaluation\n"
        "import digitgui.core.models.model_store, digitgui.core.models.network_catalog\n"
        "import digitgui.core.drawing.preprocess, digitgui.core.drawing.images\n"
        "import digitgui.core.teaching.introspection, digitgui.core.teaching.neuron_details\n"
        "import digitgui.core.teaching.tiny_network, digitgui.core.userdata.samples\n"
        "print(json.dumps([m for m in ('tensorflow', 'keras', 'PySide6', 'matplotlib')"
        " if m in sys.modules]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=REPO, env=child_env())
    assert json.loads(result.stdout) == []
