"""``digitgui evaluate``: accuracy, per-digit accuracy and confusion matrix on a labelled set."""

from __future__ import annotations

import json

from digitgui.core import bundle as bundles
from digitgui.core.data import describe
from digitgui.core.evaluation import evaluate, load_evaluation_set
from digitgui.core.inference import Predictor


def add_parser(commands, add_model_option) -> None:
    parser = commands.add_parser(
        "evaluate", help="measure a model on a labelled set",
        description="Measure a model on a labelled set: an .npz file (x, y) or an image folder "
        "(root/0/*.png ... root/9/*.png); also 'embedded' (the embedded data's validation "
        "split) or 'mnist-test' (full MNIST's test set, once downloaded).",
    )
    add_model_option(parser)
    parser.add_argument("--data", required=True, metavar="SRC", help="the labelled set")
    parser.add_argument("--json", action="store_true",
                        help="one JSON line: accuracy, n, per_class, confusion")
    parser.add_argument("--record", action="store_true",
                        help="write the accuracy into the bundle's metadata as its test accuracy")
    parser.set_defaults(run=run)


def run(args) -> int:
    bundle = bundles.resolve(args.model)
    data = load_evaluation_set(args.data)
    # All cores for a whole set: batch throughput, not single-drawing latency, matters here.
    result = evaluate(Predictor.for_bundle(bundle, num_threads=None), data)
    if args.record:
        bundles.update_metadata(bundle, {"test_accuracy": round(result.accuracy, 6),
                                         "test_n": result.n, "test_data": describe(args.data)})
    if args.json:
        print(json.dumps(result.as_json()))
        return 0
    print(f"{bundle.name} on {describe(args.data)}: accuracy {100 * result.accuracy:.2f} % "
          f"of {result.n} images")
    print("per digit: " + "  ".join(
        f"{d}: {'-' if p is None else f'{100 * p:.1f}'}" for d, p in enumerate(result.per_class)))
    print("confusion (rows: true digit, columns: predicted):")
    for digit, row in enumerate(result.confusion):
        print(f"  {digit} " + " ".join(f"{c:5d}" for c in row))
    return 0
