"""Predicting digits with LiteRT from a bundle's ``model.tflite``.

No TensorFlow is imported here: LiteRT's interpreter loads in a few milliseconds and answers
a single drawing in a fraction of a millisecond, which is what lets the window predict on
every pen movement.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from digitgui.core.drawing.preprocess import Prepared, as_network_input, prepare
from digitgui.core.errors import QT_TRANSLATE_NOOP, BundleError
from digitgui.core.models.answer import BLANK_VERDICT, DEFAULT_RULE, AnswerRule, Verdict, decide
from digitgui.core.models.bundle import Bundle
from digitgui.core.models.calibration import softmax, temperature_of
from digitgui.core.quiet import native_output_captured


@dataclass(frozen=True)
class Prediction:
    """What the network thinks of one picture, and what the app answers (see
    :mod:`digitgui.core.models.answer`). For a blank picture the probabilities are all 0."""

    verdict: Verdict
    probabilities: np.ndarray
    prepared: Prepared
    rule: AnswerRule = DEFAULT_RULE
    """The rule that gave the verdict (the model's own, measured)."""

    @property
    def answer(self) -> str:
        return self.verdict.answer.value

    @property
    def digit(self) -> int | None:
        """The digit claimed ("digit" or "not sure"); None for "not a digit" and blank."""
        return self.verdict.digit

    @property
    def likely(self) -> int | None:
        """The most likely digit, even for "not a digit" (None only when blank)."""
        return self.verdict.likely

    @property
    def confidence(self) -> float:
        return self.verdict.confidence

    @property
    def runner_up(self) -> tuple[int, float] | None:
        if self.verdict.runner_up is None:
            return None
        return self.verdict.runner_up, self.verdict.runner_up_confidence

    def with_rule(self, rule: AnswerRule) -> Prediction:
        """The same probabilities answered by another rule (the window's own threshold)."""
        if self.prepared.pixels is None:
            return self
        verdict = decide(self.probabilities, rule, self.prepared.analysis.pieces)
        return Prediction(verdict, self.probabilities, self.prepared, rule)

    def as_json(self) -> dict:
        runner = self.runner_up
        return {
            "digit": self.digit,
            "answer": self.answer,
            "confidence": round(float(self.confidence), 6),
            "runner_up": None if runner is None else runner[0],
            "probabilities": [round(float(p), 6) for p in self.probabilities],
        }


class Predictor:
    """A LiteRT interpreter for one ``model.tflite``, taking (N, 28, 28, 1) float32 batches."""

    def __init__(self, tflite_path: str | Path, num_threads: int | None = 1,
                 temperature: float = 1.0, rule: AnswerRule = DEFAULT_RULE):
        self.temperature = float(temperature) if temperature and temperature > 0 else 1.0
        self.rule = rule
        from ai_edge_litert.interpreter import Interpreter  # noqa: PLC0415  (heavy-ish)

        self.path = Path(tflite_path)
        try:
            with native_output_captured():
                self._interpreter = Interpreter(model_path=str(self.path),
                                                num_threads=num_threads)
                self._interpreter.allocate_tensors()
        except (ValueError, RuntimeError, OSError) as exc:
            raise BundleError(QT_TRANSLATE_NOOP("ModelBundle",
                "model.tflite cannot be loaded ({reason})"), self.path.parent,
                reason=exc) from None
        inputs = self._interpreter.get_input_details()
        outputs = self._interpreter.get_output_details()
        if len(inputs) != 1 or tuple(inputs[0]["shape"][1:]) != (28, 28, 1):
            raise BundleError(QT_TRANSLATE_NOOP("ModelBundle",
                "model.tflite does not take 28x28 images"), self.path.parent)
        if len(outputs) != 1 or int(outputs[0]["shape"][-1]) != 10:
            raise BundleError(QT_TRANSLATE_NOOP("ModelBundle",
                "model.tflite does not give 10 outputs"), self.path.parent)
        self._input = inputs[0]["index"]
        self._output = outputs[0]["index"]
        self._batch = int(inputs[0]["shape"][0])

    @classmethod
    def for_bundle(cls, bundle: Bundle, num_threads: int | None = 1) -> Predictor:
        return cls(bundle.tflite_path, num_threads, temperature_of(bundle.metadata),
                   AnswerRule.from_json(bundle.metadata.get("answer_rule")))

    def logits(self, batch: np.ndarray, chunk: int = 64) -> np.ndarray:
        """Raw logits for a batch, ``chunk`` images an interpreter call. LiteRT keeps Python's
        GIL while it runs: a call on 512 images of the cnn held the window's thread 40 ms
        (100-270 ms on a busy machine) while an evaluation ran in a worker; 64 hold it a few
        ms, and run as fast in all (measured: 1.71 s against 1.86 s for 5,000 images)."""
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
        """Calibrated probabilities: softmax of the logits divided by the bundle's temperature."""
        return softmax(self.logits(batch), self.temperature)

    def predict_prepared(self, prepared: Prepared) -> Prediction:
        if prepared.pixels is None:
            return Prediction(BLANK_VERDICT, np.zeros(10, dtype=np.float32), prepared, self.rule)
        probabilities = self.probabilities(prepared.pixels)[0]
        verdict = decide(probabilities, self.rule, prepared.analysis.pieces)
        return Prediction(verdict, probabilities, prepared, self.rule)

    def predict_image(self, image: np.ndarray) -> Prediction:
        """Any picture of a digit (any size, either polarity, gray or colour)."""
        return self.predict_prepared(prepare(image))
