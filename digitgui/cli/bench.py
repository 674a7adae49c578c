"""``digitgui bench``: the benchmark (see digitgui.bench)."""

from __future__ import annotations


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "bench", help="measure prediction latency, training throughput and memory",
        description="Measure, in one run: prediction latency (LiteRT vs Keras), training "
        "throughput (the engine vs a bare fit), memory. Ratios are the figures to compare.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run)")
    parser.set_defaults(run=run)


def run(args) -> int:
    from digitgui.bench.runner import run_bench  # noqa: PLC0415

    return run_bench(json_output=args.json, quick=args.quick)
