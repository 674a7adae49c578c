"""``digitgui predict``: read the digit in image files (PNG, JPEG, BMP, ...)."""

from __future__ import annotations

import json
import sys

from digitgui.core.drawing.images import read_image
from digitgui.core.errors import UserError
from digitgui.core.models import bundle as bundles
from digitgui.core.models.answer import Answer
from digitgui.core.models.inference import Prediction, Predictor


def add_parser(commands, add_model_option) -> None:
    parser = commands.add_parser(
        "predict", help="read the digit in image files",
        description="Read the digit in each image (any size, dark on light or light on dark).",
    )
    add_model_option(parser)
    parser.add_argument("--json", action="store_true",
                        help="one JSON object per image: path, digit, answer ('digit', 'not "
                        "sure', 'not a digit' or 'blank'), confidence, runner_up, probabilities")
    parser.add_argument("images", nargs="+", metavar="IMAGE")
    parser.set_defaults(run=run)


def describe(prediction: Prediction) -> str:
    """The answer in words, as the window says it."""
    percent = f"{100 * prediction.confidence:.1f} %"
    if prediction.answer == Answer.BLANK:
        return "no digit (the image looks blank)"
    if prediction.answer == Answer.NOT_A_DIGIT:
        return f"not a digit (no digit stands out; most like {prediction.likely}, {percent})"
    if prediction.answer == Answer.NOT_SURE:
        runner = prediction.runner_up
        return (f"not sure: {prediction.digit} or {runner[0]} ({percent} / "
                f"{100 * runner[1]:.1f} %)")
    return f"{prediction.digit} ({percent})"


def run(args) -> int:
    predictor = Predictor.for_bundle(bundles.resolve(args.model))
    status = 0
    for path in args.images:
        try:
            prediction = predictor.predict_image(read_image(path))
        except UserError as exc:
            print(f"digitgui predict: {exc}", file=sys.stderr)
            status = 2
            continue
        if args.json:
            print(json.dumps({"path": path, **prediction.as_json()}), flush=True)
        else:
            print(f"{path}: {describe(prediction)}", flush=True)
    return status
