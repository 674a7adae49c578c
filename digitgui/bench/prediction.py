"""Single-drawing prediction latency: LiteRT vs Keras ``model.predict`` vs calling the Keras
model directly, on the same preprocessed drawings of the same model; and the whole per-stroke
path the window runs (preprocess a full canvas, then LiteRT)."""

from __future__ import annotations

import numpy as np

from digitgui.bench.stats import percentiles_ms, ratio, time_each
from digitgui.core import bundle as bundles
from digitgui.core.data import load_source, stratified_split
from digitgui.core.inference import Predictor
from digitgui.core.preprocess import prepare


def canvases(count: int) -> list[np.ndarray]:
    """Validation digits painted large on a 400x400 white canvas, like a drawing."""
    from PIL import Image  # noqa: PLC0415

    val = stratified_split(load_source("embedded"), 0.1)[1]
    pages = []
    for image in val.x[:count, ..., 0]:
        big = Image.fromarray((255 - image * 255).astype(np.uint8)).resize((280, 280))
        page = np.full((400, 400), 255, np.uint8)
        page[60:340, 60:340] = np.asarray(big)
        pages.append(page)
    return pages


def measure(count: int = 300) -> dict:
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
