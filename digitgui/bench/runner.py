"""Runs every measurement and prints a table, or one JSON object with ``--json``."""

from __future__ import annotations

import json
import os
import platform
import sys
from datetime import UTC, datetime

import digitgui
from digitgui.bench import dense, memory, numbers, prediction, training
from digitgui.core.models.network_catalog import DEFAULT_NETWORK


def machine() -> dict:
    return {
        "platform": platform.platform(),
        "processor": platform.machine(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
    }


def run_bench(json_output: bool = False, quick: bool = False) -> int:
    def say(text: str) -> None:
        if not json_output:
            print(text, flush=True)

    results: dict = {"digitgui": digitgui.__version__, "machine": machine(),
                     "when": datetime.now(UTC).isoformat(timespec="seconds"),
                     "quick": quick}
    # Each measurement runs in fresh child processes; training first, on a quiet machine.
    say("Training throughput (engine vs bare fit)…")
    results["training"] = (training.measure("seed", epochs=3, rounds=1) if quick
                           else training.measure(DEFAULT_NETWORK, epochs=4, rounds=3))
    say("Small dense network: engine vs a NumPy training loop…")
    results["dense"] = dense.measure(epochs=3 if quick else 5, rounds=1 if quick else 3)
    say("Retraining the default network (now vs before)…")
    results["retrain"] = training.measure_retrain("seed" if quick else DEFAULT_NETWORK)
    extra = _gui_measurements(quick)
    if extra:
        results["gui"] = extra
    say("Peak memory…")
    results["memory"] = memory.measure()
    say("Prediction latency (single drawing)…")
    results["prediction"] = prediction.measure(count=40 if quick else 300)
    say("Reading written numbers…")
    results["numbers"] = numbers.measure(count=6 if quick else 20)
    if json_output:
        print(json.dumps(results))
    else:
        _print_table(results)
    return 0


def _gui_measurements(quick: bool) -> dict | None:
    """Window start-up, pen-to-bars latency and event-loop stalls (issue 3), when available."""
    try:
        from digitgui.bench import gui  # noqa: PLC0415
    except ImportError:
        return None
    return gui.measure(quick=quick)


def _print_table(results: dict) -> None:
    p = results["prediction"]
    print(f"\nmachine: {results['machine']['platform']}, {results['machine']['cpus']} CPUs")
    print(f"\nSingle-drawing prediction, model '{p['model']}', {p['drawings']} drawings:")
    for key, label in (("litert", "LiteRT"), ("keras_call", "Keras model(x)"),
                       ("keras_predict", "Keras model.predict"),
                       ("preprocess_canvas", "preprocess a 224x224 sheet"),
                       ("canvas_to_prediction", "canvas to prediction (window path)")):
        print(f"  {label:38s} p50 {p[key]['p50_ms']:9.3f} ms   p99 {p[key]['p99_ms']:9.3f} ms")
    print(f"  Keras model.predict / LiteRT (p50): {p['keras_predict_over_litert_p50']}x; "
          f"Keras model(x) / LiteRT: {p['keras_call_over_litert_p50']}x")
    n = results["numbers"]
    print(f"\nReading a written number at the window's size ({n['sheet'][0]}x{n['sheet'][1]}),"
          f" {n['numbers']} numbers each:")
    for key, label in (("fresh_6_gaps", "6 digits with gaps, fresh"),
                       ("fresh_6_touching", "6 digits touching, fresh"),
                       ("fresh_12_gaps", "12 digits, fresh (goal < 20 ms)"),
                       ("pen_to_number_6_gaps", "pen to number, 6 digits (goal p99 <= 16)"),
                       ("pen_to_number_6_touching", "pen to number, 6 touching")):
        print(f"  {label:42s} p50 {n[key]['p50_ms']:8.2f} ms   p99 {n[key]['p99_ms']:8.2f} ms")
    m = results["memory"]
    print(f"\nPeak memory: prediction-only process {m['prediction_process_peak_mib']} MiB "
          f"(TensorFlow loaded: {m['prediction_process_imports_tensorflow']}); the same with "
          f"Keras {m['keras_prediction_process_peak_mib']} MiB "
          f"({m['keras_over_litert_memory']}x)")
    t = results["training"]
    print(f"\nTraining throughput ({t['network']}, {t['epochs_timed']} epochs timed): engine "
          f"{t['engine_images_per_s']} images/s, bare fit {t['bare_fit_images_per_s']} images/s,"
          f" ratio {t['engine_over_bare']} (goal >= 0.95)")
    d = results["dense"]
    print(f"\nSmall dense network ({d['network']}, medians of {d['rounds']} rounds): engine "
          f"{d['engine_images_per_s']} images/s (Adam), {d['engine_sgd_images_per_s']} images/s "
          f"(SGD with momentum, as the loop), a plain NumPy training loop "
          f"{d['numpy_loop_images_per_s']} images/s: ratios {d['engine_over_numpy']} and "
          f"{d['engine_sgd_over_numpy']} (goal >= 1); the engine's Keras path "
          f"{d['keras_path_images_per_s']} images/s (NumPy path / Keras path "
          f"{d['numpy_path_over_keras_path']})")
    r = results["retrain"]
    print(f"\nRetraining {r['network']} with its default settings {r['settings_now']}: "
          f"{r['retrain_now_s']} s from request to saved model (waiting trainer), against "
          f"{r['retrain_before_s']} s before ({r['network_before']}, {r['settings_before']}, "
          f"a fresh process, Keras fed the arrays): "
          f"ratio {r['now_over_before']} (goal <= 0.5); accuracy on the "
          f"{r['accuracy_measured_on']} {100 * r['accuracy_now']:.2f} % vs "
          f"{100 * r['accuracy_before']:.2f} %")
    if "gui" in results:
        _print_window(results["gui"])
    sys.stdout.flush()


def _print_window(g: dict) -> None:
    print("\nWindow:")
    shown = ("launch", "tour", "longest_stall_ms", "train_click_to_first_point_s",
             "training_stall")
    for key, value in g.items():
        if key not in shown:
            print(f"  {key}: {value}")
    if "launch" in g:
        launch = g["launch"]
        print(f"  longest stall from the window's show to its front dock built: "
              f"{launch['longest_stall_ms']} ms in {launch['seconds']} s (the GUI thread's "
              f"own CPU at most {launch['longest_stall_cpu_ms']} ms between two ticks)")
        for line in launch["worst_stalls"]:
            print(f"    {line}")
    if "tour" in g:
        t = g["tour"]
        print(f"  longest stall over a tour of every view: {t['longest_stall_ms']} ms "
              f"(goal <= 50; p99 {t['stall_p99_ms']} ms, {t['stalls_over_50_ms']} over "
              f"50 ms in {t['seconds']} s; the GUI thread's own CPU at most "
              f"{t['longest_stall_cpu_ms']} ms between two ticks)")
        for line in t["worst_stalls"]:
            print(f"    {line}")
    if "train_click_to_first_point_s" in g:
        print("  Train click to the loss curve's first point (trainer ready): "
              + ", ".join(f"{net} {s} s" for net, s in
                          g["train_click_to_first_point_s"].items()) + " (goal <= 1.0 s)")
    if g.get("training_stall"):
        s = g["training_stall"]
        print(f"  longest stall while training ({s['training_seconds']} s): "
              f"{s['longest_stall_ms']} ms (p99 {s['stall_p99_ms']} ms)")
        for line in s["worst_stalls"]:
            print(f"    {line}")
