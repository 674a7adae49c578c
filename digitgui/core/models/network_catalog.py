"""The networks one can train, by name, with their default hyper-parameters.

Kept apart from :mod:`digitgui.core.training.networks` (which builds them and needs Keras) so
that the window can list them without importing TensorFlow.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NetworkInfo:
    name: str
    summary: str
    epochs: int
    batch_size: int
    learning_rate: float
    augment: bool


NETWORKS: dict[str, NetworkInfo] = {
    "seed": NetworkInfo(
        "seed",
        "The course network: 784 inputs, Dense 25 ReLU, Dense 15 ReLU, Dense 10 (logits)",
        epochs=40, batch_size=32, learning_rate=3e-3, augment=False,
    ),
    "mlp": NetworkInfo(
        "mlp",
        "A wider dense network: Dense 256 ReLU, Dense 128 ReLU with dropout, Dense 10",
        epochs=30, batch_size=64, learning_rate=2e-3, augment=True,
    ),
    "cnn": NetworkInfo(
        "cnn",
        "A small convolutional network (3x3 convolutions with batch normalisation, max "
        "pooling, dropout) with handwriting augmentation while training",
        epochs=15, batch_size=64, learning_rate=3e-3, augment=True,
    ),
    "cnn-lite": NetworkInfo(
        "cnn-lite",
        "The cnn with one 5x5 convolution where it has two 3x3 on the full picture: trains "
        "in about 0.65 of its time, nearly as accurate (the default for retraining)",
        epochs=15, batch_size=64, learning_rate=3e-3, augment=True,
    ),
}

DEFAULT_NETWORK = "cnn-lite"
"""What a retrain starts from unless told otherwise: the quickest network that is as accurate
on MNIST as the cnn within 0.2 points (issue 10). The shipped model is a cnn, trained far
longer on far more data (scripts/build_default_model.py)."""

CUSTOM_NETWORK = NetworkInfo(
    "custom",
    "A network of your own design",
    epochs=30, batch_size=64, learning_rate=2e-3, augment=True,
)
"""A design from a JSON spec (:mod:`digitgui.core.models.network_spec`), with the mlp's
defaults: a learner's design is most often a dense network of about its size. Not in
:data:`NETWORKS`: it cannot be chosen without a spec."""


def network_info(name: str) -> NetworkInfo | None:
    """A built-in network's description and defaults, the custom one's, or None."""
    return CUSTOM_NETWORK if name == CUSTOM_NETWORK.name else NETWORKS.get(name)
