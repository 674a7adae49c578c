"""The designer's warnings in the window's language. The core words each
:class:`~digitgui.core.models.network_warnings.DesignWarning` in English for the terminal; here
each kind has its own translatable text, filled in from the warning and the plan."""

from __future__ import annotations

from digitgui.core.models.network_spec import NetworkSpec
from digitgui.core.models.network_warnings import DesignWarning
from digitgui.ui.formatting import formatted
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate

WARNINGS = {
    "vanishing_gradients": QT_TRANSLATE_NOOP(
        "DesignTexts", "Sigmoid or tanh in {count} layers: their slopes multiply layer by "
        "layer on the way back, so the first layers barely learn (vanishing gradients). ReLU "
        "or leaky ReLU learn faster."),
    "linear": QT_TRANSLATE_NOOP(
        "DesignTexts", "No non-linear activation: however many layers, the network is one "
        "linear map of the pixels (about 92 % on MNIST). Give a layer ReLU or tanh."),
    "large_layer": QT_TRANSLATE_NOOP(
        "DesignTexts", "Layer {number}: {parameters:,} parameters in one dense layer: slow to "
        "train and quick to memorise the training images. Pool or shrink it first."),
    "bottleneck": QT_TRANSLATE_NOOP(
        "DesignTexts", "Layer {number}: {units} units, fewer than the 10 digits: everything "
        "later layers know must squeeze through them."),
    "high_dropout": QT_TRANSLATE_NOOP(
        "DesignTexts", "Layer {number}: dropout {rate:g} switches off most of the layer at "
        "each step; 0.2 to 0.5 is usual."),
}


def warning_text(warning: DesignWarning, spec: NetworkSpec) -> str:
    """One warning, for people, in the window's language."""
    text = WARNINGS.get(warning.kind)
    if text is None:
        return warning.message
    number = warning.layers[0] if warning.layers else 0
    layer = next((p for p in spec.plan if p.number == number), None)
    settings = layer.settings if layer is not None else {}
    return formatted(translate("DesignTexts", text),
        count=len(warning.layers), number=number,
        parameters=layer.parameters if layer is not None else 0,
        units=settings.get("units", 0), rate=settings.get("rate", 0.0))
