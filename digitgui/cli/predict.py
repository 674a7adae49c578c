"""``digitgui predict``: read the digit in image files (PNG, JPEG, BMP, ...)."""

from __future__ import annotations

import json
import sys

from digitgui.core import bundle as bundles
from digitgui.core.errors import UserError
from digitgui.core.images import read_image
from digitgui.core.inference import Predictor


def add_parser(commands, add_model_option) -> None:
    parser = commands.add_parser(
        "predict", help="read the digit in image files",
        description="Read the digit in each image (any size, dark on light or light on dark).",
    )
    add_model_option(parser)
    parser.add_argument("--json", action="store_true",
                        help="one JSON object per image: path, digit, confidence, probabilities")
    parser.add_argument("images", nargs="+", metavar="IMAGE")
    parser.set_defaults(run=run)


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
        elif prediction.digit is None:
            print(f"{path}: no digit (the image looks blank)", flush=True)
        else:
            print(f"{path}: {prediction.digit} ({100 * prediction.confidence:.1f} %)", flush=True)
    return status
