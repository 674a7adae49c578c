"""Data sources by name, as the command line and the training panel give them.

A source is ``embedded`` (the shipped 5,000 MNIST images), ``mnist`` (full MNIST, downloaded
once on request), ``mnist-test`` (its test set, for evaluation), ``not-digits`` (drawings that
are not digits, made on the spot) or a path to an ``.npz`` file or an image folder.
"""

from __future__ import annotations

from pathlib import Path

from digitgui.core.data import synthetic
from digitgui.core.data.dataset import Dataset, from_uint8
from digitgui.core.data.embedded import load_embedded
from digitgui.core.data.folder import load_folder
from digitgui.core.data.mnist import load_cached
from digitgui.core.data.npz import load_npz
from digitgui.core.errors import QT_TRANSLATE_NOOP, DataError

NAMED = ("embedded", "mnist", "mnist-test", "not-digits")

NOT_DIGITS_COUNT = 1500
"""How many drawings the ``not-digits`` source makes (letters, dashes, scribbles, shapes,
blobs; about 2 s). A fine-tune mixes them in so the model keeps answering "not a digit"."""

USER_WEIGHT = 4.0
"""How much more one of the user's own images counts than one base (MNIST) image when they
are mixed: a few hundred of a person's digits should matter next to thousands of MNIST's."""


def describe(spec: str) -> str:
    return spec if spec in NAMED else str(Path(spec).expanduser())


def load_source(spec: str) -> Dataset:
    """Load one source. Full MNIST must be in Keras' cache already: the training engine
    downloads it first when asked to (mnist_download), the window never does."""
    if spec in ("mnist", "mnist-test"):
        return load_cached("train" if spec == "mnist" else "test")
    if spec == "embedded":
        return load_embedded()
    if spec == "not-digits":
        # Fixed seed: the same drawings each time, so a validation split stays held out.
        return from_uint8(*synthetic.non_digits(NOT_DIGITS_COUNT, seed=7), "not-digits")
    path = Path(spec).expanduser()
    if not path.exists():
        raise DataError(QT_TRANSLATE_NOOP("DataFiles",
            "no such file or folder (sources are {named} or a path)"), path,
            named=", ".join(NAMED))
    if path.is_dir():
        data = load_folder(path)
    elif path.suffix.lower() == ".npz":
        data = load_npz(path)
    else:
        raise DataError(QT_TRANSLATE_NOOP("DataFiles", "not an .npz file or an image folder"), path)
    data.weight = USER_WEIGHT
    return data
