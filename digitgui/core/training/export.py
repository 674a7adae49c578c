"""Saving a trained Keras model as a bundle: ``model.keras``, ``model.tflite``, metadata, and
the run's ``replay.npz`` when there is one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from digitgui.core.errors import QT_TRANSLATE_NOOP
from digitgui.core.models import bundle as bundles
from digitgui.core.quiet import native_output_captured


def save_bundle(model, metadata: dict[str, Any], target: Path,
                replay: bytes | None = None) -> Path:
    """Write the bundle atomically (see :func:`digitgui.core.models.bundle.write_atomically`);
    the replay, if given, is written inside the same all-or-nothing write."""

    def fill(folder: Path) -> None:
        _without_optimizer(model).save(folder / bundles.KERAS_FILE)
        with native_output_captured():  # the exporter prints "Saved artifact at ..."
            model.export(str(folder / bundles.TFLITE_FILE), format="litert")
        text = json.dumps(metadata, indent=2) + "\n"
        if replay is not None:
            (folder / bundles.REPLAY_FILE).write_bytes(replay)
        (folder / bundles.METADATA_FILE).write_text(text, encoding="utf-8")

    return bundles.write_atomically(target, fill)


def _without_optimizer(model):
    """A copy with the same weights and no optimizer state: fine-tuning compiles afresh, so the
    optimizer's moments would only triple the file's size."""
    from digitgui.core.training.networks import keras  # noqa: PLC0415

    # clone_model would copy the compiled state too; a model rebuilt from its config has none.
    copy = keras.Model.from_config(model.get_config())
    copy.set_weights(model.get_weights())
    return copy


def load_keras_model(bundle: bundles.Bundle):
    """The bundle's Keras model, loaded with ``safe_mode`` (no arbitrary code from the file)."""
    from digitgui.core.training import networks  # noqa: PLC0415  (registers our layers)

    keras = networks.keras
    try:
        return keras.saving.load_model(bundle.keras_path, safe_mode=True, compile=False)
    except Exception as exc:  # noqa: BLE001  (Keras raises many kinds for a bad file)
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise bundles.BundleError(QT_TRANSLATE_NOOP("ModelBundle",
            "model.keras cannot be loaded ({reason})"), bundle.path, reason=first[:200]) from None
