"""Everything that defines a training run; recorded in the bundle's metadata."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

OPTIMIZERS = ("adam", "adamw", "sgd", "rmsprop")
SCHEDULES = ("cosine", "constant")
STRATEGIES = ("auto", "mirrored")


@dataclass
class TrainConfig:
    """A training run. Fields left None take the chosen network's defaults (see networks)."""

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

    def as_json(self) -> dict:
        values = asdict(self)
        values["out"] = str(self.out) if self.out else None
        return values
