"""A finished run's ``metadata.json`` (everything but the files themselves), for both of the
engine's paths: the model it describes is the Keras model either way."""

from __future__ import annotations

import platform
from typing import Any

import numpy as np

import digitgui
from digitgui.core.data import NOT_A_DIGIT, concatenate, describe
from digitgui.core.models import bundle as bundles
from digitgui.core.models.calibration import fit_temperature
from digitgui.core.models.evaluation import score
from digitgui.core.models.network_catalog import NETWORKS


def replay_bytes(recorder, metadata: dict[str, Any]) -> bytes | None:
    """The replay file, its summary in the metadata; never the reason a model is lost."""
    try:
        data, metadata["replay"] = recorder.replay_bytes()
    except Exception:  # noqa: BLE001  (a bug here must not cost the trained model)
        return None
    return data


def metadata(model, config, callback, val_parts, sources, stopped, created, seconds, base,
             trainer: str = "keras") -> dict[str, Any]:
    """``callback`` is what trained it (an EngineCallback or a NumpyFit): its history and
    best epoch; ``trainer`` which path that was."""
    import tensorflow as tf  # noqa: PLC0415

    from digitgui.core.training.networks import keras  # noqa: PLC0415

    validation = None
    by_source = {}
    temperature = 1.0
    # Pictures that are not digits have no accuracy: the figures are the digits'.
    non_empty = [d for d in (v.subset(np.flatnonzero(v.y < NOT_A_DIGIT)) for v in val_parts)
                 if len(d)]
    if non_empty:
        val = concatenate(non_empty)
        logits = model.predict(val.x, batch_size=512, verbose=0)
        temperature = fit_temperature(logits, val.y)
        validation = score(val.y, logits, temperature)
        start = 0
        for part in non_empty:
            end = start + len(part)
            by_source[describe(part.name)] = round(score(part.y, logits[start:end]).accuracy, 6)
            start = end
    name = config.name or f"{config.label}-{created:%Y%m%d-%H%M%S}"
    spec = config.network_spec()
    return {
        "format": bundles.FORMAT_VERSION,
        "name": name,
        # A design's own name (the Models table's column), never 'custom' alone; the spec
        # beside it says it is one (and lets a fine-tune rebuild it).
        "network": config.label,
        "description": NETWORKS[config.network].summary if spec is None else spec.description,
        **({} if spec is None else {"spec": spec.as_json()}),
        "parameters": int(model.count_params()),
        "hyperparameters": {k: v for k, v in config.as_json().items()
                            if k not in ("out", "data", "spec")},
        "data": sources,
        "history": callback.history,
        "best_epoch": callback.best_epoch,
        "epochs_finished": callback.finished_epochs,
        "stopped": stopped,
        "training_seconds": round(seconds, 3),  # a small NumPy run: hundredths of a second
        "trainer": trainer,
        "validation_accuracy": None if validation is None else round(validation.accuracy, 6),
        "validation_n": 0 if validation is None else validation.n,
        "validation_by_source": by_source,
        "confusion_matrix": None if validation is None else validation.confusion,
        "calibration": {"temperature": temperature,
                        "fitted_on": "the validation split" if validation else None},
        "test_accuracy": None,
        "test_data": None,
        "init_from": None if base is None else {"name": base.name, "path": str(base.path)},
        # A fine-tune keeps the answer rule measured for the model it continues (its own
        # validation split is mostly the base data's, too small to measure a new one).
        **({"answer_rule": base.metadata["answer_rule"],
            "answer_rule_fitted_on": {"inherited_from": base.name}}
           if base is not None and isinstance(base.metadata.get("answer_rule"), dict) else {}),
        "created": created.isoformat(timespec="seconds"),
        "versions": {
            "digitgui": digitgui.__version__,
            "tensorflow": tf.__version__,
            "keras": keras.__version__,
            "python": platform.python_version(),
        },
    }
