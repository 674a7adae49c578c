"""Data sources: embedded MNIST subset, full MNIST, the user's folders and .npz files."""

from digitgui.core.data.dataset import (
    Dataset,
    concatenate,
    sample_weights,
    stratified_split,
)
from digitgui.core.data.sources import NAMED, describe, load_source

__all__ = [
    "NAMED",
    "Dataset",
    "concatenate",
    "describe",
    "load_source",
    "sample_weights",
    "stratified_split",
]
