"""How robust is a model: its accuracy as the images are rotated, blurred by noise, drawn
thicker or thinner, or moved off centre, further and further.

Each perturbation works on the network's own 28x28 inputs (ink bright on black, in [0, 1]),
in NumPy and PIL, so the window can compute the curves without TensorFlow. The perturbations
are seeded: the same model on the same set gives the same curves. ``digitgui evaluate
--robustness`` prints them; the window draws them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image

from digitgui.core.data import Dataset
from digitgui.core.drawing.morphology import dilate, erode
from digitgui.core.models.inference import Predictor

SEED = 11


def turn(image: np.ndarray, degrees: float) -> np.ndarray:
    """One (28, 28) image turned ``degrees`` anticlockwise about its centre."""
    if degrees == 0:
        return image
    return np.asarray(Image.fromarray(image).rotate(degrees, Image.Resampling.BILINEAR))


def rotate(images: np.ndarray, degrees: float, rng: np.random.Generator) -> np.ndarray:
    """Each image turned by ``degrees``, clockwise or anticlockwise at random."""
    if degrees == 0:
        return images
    signs = rng.choice((-1.0, 1.0), size=len(images))
    return np.stack([turn(image, sign * degrees)
                     for image, sign in zip(images, signs, strict=True)])


def noise(images: np.ndarray, sigma: float, rng: np.random.Generator) -> np.ndarray:
    """Gaussian noise of standard deviation ``sigma`` on every pixel (clipped to [0, 1])."""
    if sigma == 0:
        return images
    noisy = images + rng.normal(0.0, sigma, images.shape).astype(np.float32)
    return np.clip(noisy, 0.0, 1.0)


def stroke(images: np.ndarray, steps: float, _rng: np.random.Generator) -> np.ndarray:
    """The ink made thicker (``steps`` > 0) or thinner (< 0) by that many pixel steps."""
    change = dilate if steps > 0 else erode
    out = []
    for image in images:
        for step in range(int(abs(steps))):
            image = change(image, step + 1)
        out.append(image)
    return np.stack(out).astype(np.float32)


def shift(images: np.ndarray, pixels: float, rng: np.random.Generator) -> np.ndarray:
    """Each image moved ``pixels`` away from the centre in a random direction (the edge
    filled with black; ink pushed past it is lost)."""
    if pixels == 0:
        return images
    angles = rng.uniform(0, 2 * np.pi, size=len(images))
    out = np.zeros_like(images)
    for i, (image, angle) in enumerate(zip(images, angles, strict=True)):
        dy, dx = round(pixels * np.sin(angle)), round(pixels * np.cos(angle))
        moved = np.roll(image, (dy, dx), axis=(0, 1))
        if dy > 0:
            moved[:dy] = 0
        elif dy < 0:
            moved[dy:] = 0
        if dx > 0:
            moved[:, :dx] = 0
        elif dx < 0:
            moved[:, dx:] = 0
        out[i] = moved
    return out


Perturbation = Callable[[np.ndarray, float, np.random.Generator], np.ndarray]

PERTURBATIONS: dict[str, tuple[Perturbation, tuple[float, ...], str]] = {
    "rotation": (rotate, (0, 5, 10, 15, 20, 25, 30, 35, 40, 45), "degrees"),
    "noise": (noise, (0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5), "standard deviation"),
    "stroke": (stroke, (-2, -1, 0, 1, 2, 3), "pixel steps thinner (-) or thicker (+)"),
    "shift": (shift, (0, 1, 2, 3, 4, 5, 6, 7, 8), "pixels off centre"),
}
"""Each perturbation, the levels it is measured at (from none to a lot), and its unit."""


@dataclass(frozen=True)
class Curve:
    """Accuracy at each level of one perturbation."""

    name: str
    unit: str
    levels: tuple[float, ...]
    accuracy: tuple[float, ...]

    def as_json(self) -> dict:
        return {"name": self.name, "unit": self.unit, "levels": list(self.levels),
                "accuracy": [round(a, 6) for a in self.accuracy]}


def curves(predictor: Predictor, data: Dataset, names: tuple[str, ...] | None = None,
           limit: int = 1000) -> list[Curve]:
    """The accuracy curves of ``predictor`` on (up to ``limit`` of) ``data``'s digits."""
    keep = np.flatnonzero(data.y < 10)[:limit]  # digits only: "not a digit" has no accuracy
    images = data.x[keep, :, :, 0].astype(np.float32)
    labels = data.y[keep]
    found = []
    for name in names or tuple(PERTURBATIONS):
        perturb, levels, unit = PERTURBATIONS[name]
        accuracy = []
        for level in levels:
            rng = np.random.default_rng(SEED)
            changed = perturb(images, level, rng)
            predicted = predictor.logits(changed[..., None]).argmax(axis=1)
            accuracy.append(float(np.mean(predicted == labels)) if len(labels) else 0.0)
        found.append(Curve(name, unit, tuple(float(v) for v in levels), tuple(accuracy)))
    return found
