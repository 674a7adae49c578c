"""``digitgui predict``: read the digit in image files (PNG, JPEG, BMP, ...)."""

from __future__ import annotations

import json
import sys

from digitgui.core.drawing.images import read_image
from digitgui.core.errors import UserError
from digitgui.core.models import bundle as bundles
from digitgui.core.models.answer import Answer
from digitgui.core.models.inference import Prediction, Predictor
from digitgui.core.models.number_reader import (
    BLANK,
    NOT_A_NUMBER,
    NOT_SURE,
    NumberReading,
    number_predictor,
    read_number,
)


def add_parser(commands, add_model_option) -> None:
    parser = commands.add_parser(
        "predict", help="read the digit in image files",
        description="Read the digit in each image (any size, dark on light or light on dark).",
    )
    add_model_option(parser)
    parser.add_argument("--json", action="store_true",
                        help="one JSON object per image: path, digit, answer ('digit', 'not "
                        "sure', 'not a digit' or 'blank'), confidence, runner_up, probabilities")
    parser.add_argument("--number", action="store_true",
                        help="read a whole number (up to 12 digits, a leading minus, one decimal "
                        "point or comma, written as '.'); with --json: path, number (a string, "
                        "null when none can be read), answer ('number', 'not sure', 'not a "
                        "number' or 'blank') and digits (digit, confidence, answer, box [x, y, "
                        "w, h]) left to right")
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
        shares = f"({percent} / {runner[0]}: {100 * runner[1]:.1f} %)"
        if not prediction.verdict.between_two_digits:
            return f"not sure: {prediction.digit}, or not a digit {shares}"
        return (f"not sure: {prediction.digit} or {runner[0]} ({percent} / "
                f"{100 * runner[1]:.1f} %)")
    return f"{prediction.digit} ({percent})"


def describe_number(reading: NumberReading) -> str:
    """A whole number's answer in words, with each doubtful digit named."""
    if reading.answer == BLANK:
        return "no number (the image looks blank)"
    if reading.answer == NOT_A_NUMBER:
        return f"not a number ({len(reading.digits)} pieces, no number stands out)"
    doubts = [f"digit {i + 1}: {describe(d.prediction)}" for i, d in enumerate(reading.digits)
              if d.prediction.answer != Answer.DIGIT]
    if reading.answer == NOT_SURE:
        return f"not sure: {reading.number} ({'; '.join(doubts)})"
    return reading.number or ""


def run(args) -> int:
    bundle = bundles.resolve(args.model)
    predictor = number_predictor(bundle) if args.number else Predictor.for_bundle(bundle)
    if args.number:
        read, words = (lambda image: read_number(predictor, image)), describe_number
    else:
        read, words = predictor.predict_image, describe
    status = 0
    for path in args.images:
        try:
            answer = read(read_image(path))
        except UserError as exc:
            print(f"digitgui predict: {exc}", file=sys.stderr)
            status = 2
            continue
        if args.json:
            print(json.dumps({"path": path, **answer.as_json()}), flush=True)
        else:
            print(f"{path}: {words(answer)}", flush=True)
    return status
