"""`digitgui bench --json --quick` runs end to end and reports every figure (a smoke test:
the figures themselves are measured by the real bench, not judged here)."""

from __future__ import annotations

import json

import pytest

from tests.helpers import run_cli

pytestmark = pytest.mark.slow


def test_bench_quick_json_has_every_figure():
    result = run_cli("bench", "--json", "--quick", env={"QT_QPA_PLATFORM": "offscreen"},
                     timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    prediction = report["prediction"]
    for key in ("litert", "keras_predict", "keras_call", "canvas_to_prediction"):
        assert prediction[key]["p50_ms"] > 0 and prediction[key]["p99_ms"] > 0
    assert prediction["keras_predict_over_litert_p50"] > 0
    assert report["memory"]["prediction_process_imports_tensorflow"] is False
    assert report["memory"]["prediction_process_peak_mib"] > 0
    assert report["training"]["engine_over_bare"] > 0
    numbers = report["numbers"]
    for key in ("fresh_6_gaps", "fresh_6_touching", "fresh_12_gaps", "pen_to_number_6_gaps",
                "pen_to_number_6_touching"):
        assert numbers[key]["p50_ms"] > 0 and numbers[key]["p99_ms"] > 0
    dense = report["dense"]
    assert dense["numpy_loop_images_per_s"] > 0 and dense["engine_over_numpy"] > 0
    gui = report["gui"]
    assert "probe_error" not in gui, gui.get("probe_error")
    assert gui["launch_over_bare"] > 0 and gui["pen_to_bars"]["p99_ms"] > 0
    assert gui["training_stall"]["ticks"] > 0 and gui["gui_imports_tensorflow"] is False
    assert gui["launch"]["ticks"] > 0 and gui["launch"]["longest_stall_ms"] > 0
    # The tour of every view: its longest stall, with the worst ones explained.
    tour = gui["tour"]
    assert tour["ticks"] > 100 and gui["longest_stall_ms"] == tour["longest_stall_ms"] > 0
    assert tour["worst_stalls"] and all(" ms at " in line for line in tour["worst_stalls"])
    # ... and the GUI thread's own CPU time, which tells its work from a busy machine's.
    assert 0 < tour["longest_stall_cpu_ms"] and len(tour["worst_by_cpu"]) == 3
    assert all("GUI thread CPU" in line for line in tour["worst_by_cpu"])
    clicks = gui["train_click_to_first_point_s"]
    assert set(clicks) == {"seed", "cnn", "cnn-lite"} and all(0 < s < 120 for s in clicks.values())
