"""``digitgui evaluate``: accuracy, per-digit accuracy and confusion matrix on a labelled set,
and how honest the answers are: the share of misreads the app flags with doubt, the share of
right answers it doubts needlessly, and the calibration error of its confidence."""

from __future__ import annotations

import json

from digitgui.core.data import describe
from digitgui.core.errors import UserError
from digitgui.core.models import bundle as bundles
from digitgui.core.models import robustness
from digitgui.core.models.evaluation import Evaluation, evaluate, load_evaluation_set
from digitgui.core.models.inference import Predictor
from digitgui.core.models.number_evaluation import (
    evaluate_numbers,
    load_number_set,
    number_set_files,
)
from digitgui.core.models.number_reader import number_predictor


def add_parser(commands, add_model_option) -> None:
    parser = commands.add_parser(
        "evaluate", help="measure a model on a labelled set",
        description="Measure a model on a labelled set: an .npz file (x, y) or an image folder "
        "(root/0/*.png ... root/9/*.png); also 'embedded' (the embedded data's validation "
        "split) or 'mnist-test' (full MNIST's test set, once downloaded).",
    )
    add_model_option(parser)
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--data", metavar="SRC", help="the labelled set (with --robustness: "
                      "'embedded' unless given)")
    what.add_argument("--numbers", metavar="PATH",
                      help="read whole numbers instead: a number set (.npz with x and labels) or "
                      "a folder of them, as scripts/make_number_sets.py writes; prints the share "
                      "read whole (every digit right)")
    parser.add_argument("--robustness", action="store_true",
                        help="accuracy curves instead, as the images are rotated (0-45 "
                        "degrees), made noisy, drawn thinner or thicker, and moved off centre")
    parser.add_argument("--json", action="store_true",
                        help="one JSON line: accuracy, n, per_class, confusion, "
                        "misreads_flagged, right_flagged, not_a_digit, ece, reliability")
    parser.add_argument("--record", action="store_true",
                        help="write the accuracy, the set and its size into the bundle's "
                        "metadata: the figure the window's Models table and status bar then show "
                        "for it, named by that set")
    parser.set_defaults(run=run)


def run_numbers(args) -> int:
    bundle = bundles.resolve(args.model)
    predictor = number_predictor(bundle)
    for path in number_set_files(args.numbers):
        pictures, labels = load_number_set(path)
        result = evaluate_numbers(predictor, pictures, labels, path.stem)
        if args.json:
            print(json.dumps(result.as_json()), flush=True)
            continue
        flagged = "-" if result.flagged_wrong is None else f"{100 * result.flagged_wrong:.1f} %"
        print(f"{bundle.name} on {path.name}: read whole {100 * result.whole:.1f} % of "
              f"{result.n} numbers (answered sure and right {100 * result.sure_right:.1f} %; "
              f"misreads flagged {flagged}; digit count right "
              f"{100 * result.digit_count_right:.1f} %)", flush=True)
    return 0


def run_robustness(args) -> int:
    bundle = bundles.resolve(args.model)
    data = load_evaluation_set(args.data or "embedded")
    found = robustness.curves(Predictor.for_bundle(bundle, num_threads=None), data)
    if args.json:
        print(json.dumps({"model": bundle.name, "data": describe(args.data or "embedded"),
                          "curves": [c.as_json() for c in found]}))
        return 0
    print(f"{bundle.name} on {describe(args.data or 'embedded')}: accuracy as the images "
          "change more and more")
    for curve in found:
        points = "  ".join(f"{level:g}: {100 * a:.1f}"
                           for level, a in zip(curve.levels, curve.accuracy, strict=True))
        print(f"  {curve.name} ({curve.unit}): {points}")
    return 0


def run(args) -> int:
    if args.numbers:
        if args.robustness:
            raise UserError("--robustness measures digits: give --data (or nothing), not "
                            "--numbers")
        return run_numbers(args)
    if args.robustness:
        return run_robustness(args)
    if not args.data:
        raise UserError("give --data SRC (the labelled set), --numbers PATH or --robustness")
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
    others = result.non_digits
    if others is not None:  # pictures labelled 10: how often the app said "not a digit"
        print(f"{bundle.name} on {others.n} pictures that are not digits in "
              f"{describe(args.data)}: answered \"not a digit\" {100 * others.not_a_digit:.1f} %, "
              f"\"not sure\" {100 * others.not_sure:.1f} %, read as a digit "
              f"{100 * others.digit:.1f} %")
        if result.n == 0:
            return 0
    print(f"{bundle.name} on {describe(args.data)}: accuracy {100 * result.accuracy:.2f} % "
          f"of {result.n} images")
    print(honesty_line(result))
    print("per digit: " + "  ".join(
        f"{d}: {'-' if p is None else f'{100 * p:.1f}'}" for d, p in enumerate(result.per_class)))
    print("confusion (rows: true digit, columns: predicted):")
    for digit, row in enumerate(result.confusion):
        print(f"  {digit} " + " ".join(f"{c:5d}" for c in row))
    return 0


def _share(value: float | None, of: int) -> str:
    return "- (none)" if value is None else f"{100 * value:.1f} % of {of}"


def honesty_line(result: Evaluation) -> str:
    """Flagged shares and calibration error in one line; "not a digit" only when some image
    got that answer (on a set of digits it is a misjudgement worth seeing, and noise when 0)."""
    right = int(result.correct.sum())
    parts = [
        "misreads flagged (not sure / not a digit): "
        + _share(result.misreads_flagged, result.n - right),
        "right answers flagged: " + _share(result.right_flagged, right),
        f"calibration error (ECE): {100 * result.reliability.ece:.1f} %",
    ]
    if result.not_a_digit > 0:
        parts.append("not a digit: " + _share(result.not_a_digit, result.n))
    return "; ".join(parts)
