"""Single-drawing prediction latency: LiteRT vs Keras ``model.predict`` vs calling the Keras
model directly, on the same preprocessed drawings of the same model; and the whole per-stroke
path the window runs (preprocess the sheet, then LiteRT).

Runs in a child process (``python -m digitgui.bench.prediction COUNT``), so that the bench's
own process never loads TensorFlow, whose threads would disturb the other measurements."""

from __future__ import annotations

import numpy as np

from digitgui.bench.stats import percentiles_ms, ratio, time_each
from digitgui.core.data import load_source, stratified_split
from digitgui.core.drawing.preprocess import prepare
from digitgui.core.models import bundle as bundles
from digitgui.core.models.inference import Predictor


def canvases(count: int, side: int = 224) -> list[np.ndarray]:
    """Validation digits painted large on a white sheet the size the window predicts from."""
    from PIL import Image  # noqa: PLC0415

    val = stratified_split(load_source("embedded"), 0.1)[1]
    pages = []
    inner = int(side * 0.7)
    margin = (side - inner) // 2
    for image in val.x[:count, ..., 0]:
        big = Image.fromarray((255 - image * 255).astype(np.uint8)).resize((inner, inner))
        page = np.full((side, side), 255, np.uint8)
        page[margin:margin + inner, margin:margin + inner] = np.asarray(big)
        pages.append(page)
    return pages


def measure(count: int = 300) -> dict:
    """Runs :func:`measure_here` in a fresh child process."""
    import json  # noqa: PLC0415
    import subprocess  # noqa: PLC0415
    import sys  # noqa: PLC0415

    result = subprocess.run([sys.executable, "-m", "digitgui.bench.prediction", str(count)],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_here(count: int = 300) -> dict:
    bundle = bundles.resolve("default")
    pages = canvases(count)
    inputs = [prepare(page).pixels[None, ..., None] for page in pages]
    predictor = Predictor.for_bundle(bundle)

    litert = time_each(predictor.logits, inputs)
    path = time_each(predictor.predict_image, pages)
    preprocess = time_each(prepare, pages)

    from digitgui.core.training.export import load_keras_model  # noqa: PLC0415

    model = load_keras_model(bundles.load_bundle(bundle.path, need_keras=True))
    keras_predict = time_each(lambda x: model.predict(x, verbose=0), inputs)
    keras_call = time_each(lambda x: model(x, training=False), inputs)

    results = {
        "model": bundle.name,
        "drawings": count,
        "litert": percentiles_ms(litert),
        "keras_predict": percentiles_ms(keras_predict),
        "keras_call": percentiles_ms(keras_call),
        "preprocess_canvas": percentiles_ms(preprocess),
        "canvas_to_prediction": percentiles_ms(path),
    }
    results["keras_predict_over_litert_p50"] = ratio(results["keras_predict"]["p50_ms"],
                                                     results["litert"]["p50_ms"])
    results["keras_call_over_litert_p50"] = ratio(results["keras_call"]["p50_ms"],
                                                  results["litert"]["p50_ms"])
    return results


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(measure_here(int(sys.argv[1]) if len(sys.argv) > 1 else 300)))
