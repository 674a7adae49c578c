"""Peak memory of processes, measured in fresh children.

The peak is read from /proc/self/status (VmHWM) where there is one: getrusage's ru_maxrss
survives exec on Linux, so a child started by a big parent would report the parent's peak.
"""

from __future__ import annotations

import json
import subprocess
import sys

PREDICT_ONLY = r"""
import json, sys
import numpy as np
from digitgui.core.models.bundle import resolve
from digitgui.core.models.inference import Predictor
predictor = Predictor.for_bundle(resolve("default"))
page = np.full((400, 400), 255, np.uint8)
page[100:300, 190:210] = 0
for _ in range(100):
    predictor.predict_image(page)
from digitgui.bench.stats import peak_kib
print(json.dumps({"peak_kib": peak_kib(), "tensorflow_loaded": "tensorflow" in sys.modules}))
"""

KERAS_PREDICT = r"""
import json
import numpy as np
from digitgui.core.models.bundle import resolve
from digitgui.core.training.export import load_keras_model
model = load_keras_model(resolve("default", need_keras=True))
x = np.zeros((1, 28, 28, 1), np.float32)
for _ in range(100):
    model(x, training=False)
from digitgui.bench.stats import peak_kib
print(json.dumps({"peak_kib": peak_kib()}))
"""


def _peak_mib(code: str) -> tuple[float, dict]:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    return round(report["peak_kib"] / 1024, 1), report


def measure() -> dict:
    litert, report = _peak_mib(PREDICT_ONLY)
    keras, _ = _peak_mib(KERAS_PREDICT)
    return {
        "prediction_process_peak_mib": litert,
        "prediction_process_imports_tensorflow": report["tensorflow_loaded"],
        "keras_prediction_process_peak_mib": keras,
        "keras_over_litert_memory": round(keras / litert, 2),
    }
