"""Small helpers for timing."""

from __future__ import annotations

import time
from collections.abc import Callable

import numpy as np


def percentiles_ms(samples: list[float]) -> dict[str, float]:
    values = np.asarray(samples) * 1000.0
    return {"p50_ms": round(float(np.percentile(values, 50)), 4),
            "p99_ms": round(float(np.percentile(values, 99)), 4)}


def time_each(function: Callable[[object], object], inputs: list, warmup: int = 5) -> list[float]:
    """Seconds per call, one call per input (after a few warm-up calls)."""
    for item in inputs[:warmup]:
        function(item)
    times = []
    for item in inputs:
        started = time.perf_counter()
        function(item)
        times.append(time.perf_counter() - started)
    return times


def ratio(numerator: float, denominator: float) -> float:
    return round(numerator / denominator, 3) if denominator else float("nan")


def peak_kib() -> float:
    """This process's peak resident memory in KiB (VmHWM; getrusage where there is no /proc)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return float(line.split()[1])
    except OSError:
        pass
    import resource  # noqa: PLC0415
    import sys  # noqa: PLC0415

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform == "darwin" else peak  # macOS reports bytes
