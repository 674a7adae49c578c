"""Predicting digits with LiteRT from a bundle's ``model.tflite``.

No TensorFlow is imported here: LiteRT's interpreter loads in a few milliseconds and answers
a single drawing in a fraction of a millisecond, which is what lets the window predict on
every pen movement.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from digitgui.core.bundle import Bundle
from digitgui.core.errors import BundleError
from digitgui.core.preprocess import Prepared, as_network_input, prepare
from digitgui.core.quiet import native_output_captured


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=-1, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=-1, keepdims=True)


@dataclass(frozen=True)
class Prediction:
    """What the network thinks of one picture. For a blank picture ``digit`` is None, the
    confidence 0 and the probabilities all 0: there is nothing to read."""

    digit: int | None
    confidence: float
    probabilities: np.ndarray
    prepared: Prepared

    @property
    def runner_up(self) -> tuple[int, float] | None:
        if self.digit is None:
            return None
        order = np.argsort(self.probabilities)[::-1]
        return int(order[1]), float(self.probabilities[order[1]])

    def as_json(self) -> dict:
        return {
            "digit": self.digit,
            "confidence": round(float(self.confidence), 6),
            "probabilities": [round(float(p), 6) for p in self.probabilities],
        }


class Predictor:
    """A LiteRT interpreter for one ``model.tflite``, taking (N, 28, 28, 1) float32 batches."""

    def __init__(self, tflite_path: str | Path, num_threads: int | None = 1):
        from ai_edge_litert.interpreter import Interpreter  # noqa: PLC0415  (heavy-ish)

        self.path = Path(tflite_path)
        try:
            with native_output_captured():
                self._interpreter = Interpreter(model_path=str(self.path),
                                                num_threads=num_threads)
                self._interpreter.allocate_tensors()
        except (ValueError, RuntimeError, OSError) as exc:
            raise BundleError(f"model.tflite cannot be loaded ({exc})", self.path.parent) from None
        inputs = self._interpreter.get_input_details()
        outputs = self._interpreter.get_output_details()
        if len(inputs) != 1 or tuple(inputs[0]["shape"][1:]) != (28, 28, 1):
            raise BundleError("model.tflite does not take 28x28 images", self.path.parent)
        if len(outputs) != 1 or int(outputs[0]["shape"][-1]) != 10:
            raise BundleError("model.tflite does not give 10 outputs", self.path.parent)
        self._input = inputs[0]["index"]
        self._output = outputs[0]["index"]
        self._batch = int(inputs[0]["shape"][0])

    @classmethod
    def for_bundle(cls, bundle: Bundle, num_threads: int | None = 1) -> Predictor:
        return cls(bundle.tflite_path, num_threads)

    def logits(self, batch: np.ndarray, chunk: int = 512) -> np.ndarray:
        batch = as_network_input(batch)
        if len(batch) > chunk:
            return np.concatenate(
                [self.logits(batch[i : i + chunk], chunk) for i in range(0, len(batch), chunk)]
            )
        if len(batch) != self._batch:
            self._interpreter.resize_tensor_input(self._input, list(batch.shape))
            self._interpreter.allocate_tensors()
            self._batch = len(batch)
        self._interpreter.set_tensor(self._input, np.ascontiguousarray(batch))
        self._interpreter.invoke()
        return self._interpreter.get_tensor(self._output).copy()

    def probabilities(self, batch: np.ndarray) -> np.ndarray:
        return softmax(self.logits(batch))

    def predict_prepared(self, prepared: Prepared) -> Prediction:
        if prepared.pixels is None:
            return Prediction(None, 0.0, np.zeros(10, dtype=np.float32), prepared)
        probabilities = self.probabilities(prepared.pixels)[0]
        digit = int(np.argmax(probabilities))
        return Prediction(digit, float(probabilities[digit]), probabilities, prepared)

    def predict_image(self, image: np.ndarray) -> Prediction:
        """Any picture of a digit (any size, either polarity, gray or colour)."""
        return self.predict_prepared(prepare(image))
