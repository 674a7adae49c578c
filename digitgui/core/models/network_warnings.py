"""Designs that will train, but badly: the warnings the designer and the command line show
under a valid :class:`~digitgui.core.models.network_spec.NetworkSpec` (its ``warnings``)."""

from __future__ import annotations

from dataclasses import dataclass

from digitgui.core.models.network_spec import OUTPUTS, NetworkSpec


@dataclass(frozen=True)
class DesignWarning:
    """A design that will train, but badly. ``kind`` is one of vanishing_gradients, linear,
    large_layer, bottleneck, high_dropout; ``layers`` the spec's layer numbers it is about;
    ``topic`` the How it works topic that explains it."""

    kind: str
    message: str
    layers: tuple[int, ...]
    topic: str


SATURATING = ("sigmoid", "tanh")
LARGE_LAYER = 1_000_000


def design_warnings(spec: NetworkSpec) -> tuple[DesignWarning, ...]:
    found: list[DesignWarning] = []
    weighted = [p for p in spec.plan if p.type in ("dense", "conv2d") and not p.implicit]
    saturating = [p for p in weighted if p.settings["activation"] in SATURATING]
    if len(saturating) >= 3:
        found.append(DesignWarning(
            "vanishing_gradients",
            f"sigmoid or tanh in {len(saturating)} layers: their slopes (at most 0.25 and 1) "
            "multiply layer by layer on the way back, so the first layers barely learn "
            "(vanishing gradients); relu or leaky_relu learn faster",
            tuple(p.number for p in saturating if p.number), "relu_sigmoid"))
    # Max pooling is not linear either; batch norm and dropout at inference are.
    if not any(p.settings["activation"] != "linear" for p in weighted) and not any(
            p.type == "maxpool" for p in spec.plan):
        found.append(DesignWarning(
            "linear",
            "no non-linear activation: however many layers, the network is one linear map of "
            "the pixels (a linear classifier, about 92 % on MNIST); give a layer relu or tanh",
            tuple(p.number for p in weighted if p.number), "nonlinear"))
    for p in spec.plan:
        if p.type == "dense" and p.parameters > LARGE_LAYER and p.number:
            found.append(DesignWarning(
                "large_layer",
                f"layer {p.number}: {p.parameters:,} parameters in one dense layer ("
                f"{p.input_shape[0]:,} inputs x {p.settings['units']:,} units): slow to train "
                "and quick to memorise the training images; pool or shrink it first",
                (p.number,), "overfitting"))
    for p in weighted:
        if p.type == "dense" and p.settings["units"] < OUTPUTS and p.number:
            found.append(DesignWarning(
                "bottleneck",
                f"layer {p.number}: {p.settings['units']} units, fewer than the 10 digits: "
                "everything later layers know must squeeze through them",
                (p.number,), "layer"))
    for p in spec.plan:
        if p.type == "dropout" and p.settings["rate"] >= 0.6 and p.number:
            found.append(DesignWarning(
                "high_dropout",
                f"layer {p.number}: dropout {p.settings['rate']:g} switches off most of the "
                "layer at each step; 0.2 to 0.5 is usual",
                (p.number,), "overfitting"))
    return tuple(found)
