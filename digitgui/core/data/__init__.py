"""Data sources: embedded MNIST subset, full MNIST, the user's folders and .npz files."""

from digitgui.core.data.dataset import (
    NOT_A_DIGIT,
    Dataset,
    concatenate,
    sample_weights,
    split_indices,
    stratified_split,
)
from digitgui.core.data.sources import NAMED, describe, load_source

__all__ = [
    "NAMED",
    "NOT_A_DIGIT",
    "Dataset",
    "concatenate",
    "describe",
    "load_source",
    "sample_weights",
    "split_indices",
    "stratified_split",
]
