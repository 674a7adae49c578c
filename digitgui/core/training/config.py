"""A training request: everything that defines a run, recorded in the bundle's metadata.

One typed request for both front ends. ``digitgui train`` parses its command line into a
:class:`TrainConfig`; the window builds one from its controls and sends it to the training
child as JSON (:meth:`TrainConfig.as_json` / :meth:`TrainConfig.from_json`). The other way,
:meth:`TrainConfig.to_args` is the one place a request becomes command-line arguments.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from digitgui.core.errors import UserError
from digitgui.core.models.network_catalog import (
    CUSTOM_NETWORK,
    DEFAULT_NETWORK,
    NETWORKS,
    network_info,
)
from digitgui.core.models.network_spec import NetworkSpec

OPTIMIZERS = ("adam", "adamw", "sgd", "rmsprop")
MAX_L2 = 1.0
SCHEDULES = ("cosine", "constant")
STRATEGIES = ("auto", "mirrored")
TRAINERS = ("auto", "numpy", "keras")
"""Which of the engine's two paths trains: auto (NumPy for a dense network, else Keras),
numpy (a dense network only) or keras (always)."""

FINE_TUNE_EPOCHS = 8
FINE_TUNE_LEARNING_RATE = 3e-4
"""A fine-tune's defaults: a few epochs at a tenth of a fresh run's rate: adjust the weights,
don't relearn them."""


@dataclass
class TrainConfig:
    """A training run. Fields left None take the chosen network's defaults (see networks).

    A design of the learner's own is ``network="custom"`` with ``spec`` its JSON (a
    :class:`~digitgui.core.models.network_spec.NetworkSpec`'s ``as_json()``): the request
    stays plain JSON on its way to the training child."""

    network: str | None = None
    data: list[str] = field(default_factory=lambda: ["embedded"])
    epochs: int | None = None
    batch_size: int | None = None
    learning_rate: float | None = None
    optimizer: str = "adam"
    schedule: str = "cosine"
    validation_fraction: float = 0.1
    augment: bool | None = None
    seed: int = 0
    init_from: str | None = None
    out: Path | None = None
    name: str | None = None
    strategy: str = "auto"
    equal_weights: bool = False
    """Every image counts the same (by default the user's own files count more than MNIST)."""
    spec: dict[str, Any] | None = None
    """The custom network's design (network 'custom'); None for a built-in network."""
    l2: float = 0.0
    """L2 weight decay: ``l2 * sum(w**2)`` of every Dense and Conv2D kernel joins the loss."""
    momentum: float = 0.9
    """SGD's momentum (Nesterov when above 0); the other optimizers ignore it."""
    trainer: str = "auto"
    """The engine's path (:data:`TRAINERS`); the bundle is the same either way."""

    def as_json(self) -> dict:
        values = asdict(self)
        values["out"] = str(self.out) if self.out else None
        return values

    @classmethod
    def from_json(cls, values: Any) -> TrainConfig:
        """A request read back from JSON; anything malformed is a :class:`UserError`."""
        if not isinstance(values, dict):
            raise UserError("a training request must be a JSON object")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise UserError(f"unknown training option(s): {', '.join(unknown)}")
        config = cls(**values)
        if config.out is not None:
            config.out = Path(config.out)
        _check_types(config)
        return config

    def to_args(self) -> list[str]:
        """The ``digitgui train`` options for this request (defaults left out)."""
        default = TrainConfig()
        args: list[str] = []
        for source in self.data:
            args += ["--data", source]
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "data" or value == getattr(default, f.name):
                continue
            if f.name == "spec":  # --network takes a design inline, as one JSON word
                args += ["--network", json.dumps(value, separators=(",", ":"))]
                continue
            if f.name == "network" and self.spec is not None:
                continue  # 'custom': the spec above says which
            flag = "--" + f.name.replace("_", "-")
            if isinstance(value, bool):
                args.append(flag if value else "--no-augment" if f.name == "augment" else "")
            else:
                args += [flag, f"{value:g}" if isinstance(value, float) else str(value)]
        return [a for a in args if a]

    def with_defaults(self, base_network: str | None = None) -> TrainConfig:
        """The same request with every None filled in as the engine will: the network's own
        defaults, or a fine-tune's when continuing a model (whose network is
        ``base_network``). The window uses it to know the run's length before it starts."""
        fine_tune = self.init_from is not None
        network = self.network or base_network or DEFAULT_NETWORK
        self.network_spec()  # a bad design fails here, before anything starts
        info = network_info(network)
        continues_design = fine_tune and (network == CUSTOM_NETWORK.name
                                          or (info is None and self.network is None))
        if self.spec is not None or continues_design:
            # A design; or a fine-tune of a design's bundle (whose network is the design's
            # name): the engine takes the spec from the bundle.
            network, info = CUSTOM_NETWORK.name, CUSTOM_NETWORK
        elif network == CUSTOM_NETWORK.name:
            raise UserError("the custom network needs its design (--network FILE.json|NAME)")
        if info is None:
            raise UserError(f"unknown network {network!r}; choose {', '.join(NETWORKS)}, or a "
                            "design of your own")
        return replace(
            self,
            network=network,
            epochs=self.epochs or (FINE_TUNE_EPOCHS if fine_tune else info.epochs),
            batch_size=self.batch_size or info.batch_size,
            learning_rate=self.learning_rate
            or (FINE_TUNE_LEARNING_RATE if fine_tune else info.learning_rate),
            augment=info.augment if self.augment is None else self.augment,
        )

    def network_spec(self) -> NetworkSpec | None:
        """The custom design, validated (a :class:`UserError` if it is bad); None if none."""
        if self.spec is None:
            return None
        if self.network not in (None, CUSTOM_NETWORK.name):
            raise UserError(f"a network design goes with network 'custom', not {self.network!r}")
        return NetworkSpec.from_json(self.spec)

    @property
    def label(self) -> str:
        """The network's name for people: the design's name, or the built-in network's."""
        if isinstance(self.spec, dict) and isinstance(self.spec.get("name"), str):
            return self.spec["name"]
        return self.network or DEFAULT_NETWORK


_TYPES: dict[str, tuple[type, ...]] = {
    "network": (str, type(None)), "epochs": (int, type(None)),
    "batch_size": (int, type(None)), "learning_rate": (int, float, type(None)),
    "optimizer": (str,), "schedule": (str,), "validation_fraction": (int, float),
    "augment": (bool, type(None)), "seed": (int,), "init_from": (str, type(None)),
    "name": (str, type(None)), "strategy": (str,), "equal_weights": (bool,),
    "spec": (dict, type(None)), "l2": (int, float), "momentum": (int, float), "trainer": (str,),
}


def _check_types(config: TrainConfig) -> None:
    for name, types in _TYPES.items():
        value = getattr(config, name)
        # JSON has no separate bool: true is not a number of epochs.
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise UserError(f"training option {name} cannot be {value!r}")
    if not isinstance(config.data, list) or not all(isinstance(s, str) for s in config.data):
        raise UserError("training option data must be a list of sources")
