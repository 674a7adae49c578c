"""The training loss: cross-entropy for digits, outlier exposure for pictures that are not.

A picture labelled NOT_A_DIGIT (10) is trained towards equal probabilities for all ten
digits: its loss is the cross-entropy against the uniform distribution, the mean of
-log p over the ten digits (Hendrycks et al., "Deep Anomaly Detection with Outlier Exposure",
2019). The network keeps its ten outputs, so everything that shows them (the bars, the
teaching views) is unchanged; the answer rule reads "not a digit" off the flat probabilities.
With no such pictures in the data this is exactly sparse categorical cross-entropy.
"""

from __future__ import annotations

import keras
from keras import ops

from digitgui.core.data.dataset import NOT_A_DIGIT


@keras.saving.register_keras_serializable(package="digitgui")
class DigitOrNotLoss(keras.losses.Loss):
    def __init__(self, not_a_digit_weight: float = 0.5, name: str = "digit_or_not", **kwargs):
        super().__init__(name=name, **kwargs)
        self.not_a_digit_weight = float(not_a_digit_weight)

    def call(self, y_true, y_pred):
        labels = ops.cast(ops.reshape(y_true, (-1,)), "int32")
        log_p = ops.log_softmax(ops.cast(y_pred, "float32"), axis=-1)
        outlier = labels >= NOT_A_DIGIT
        digit = ops.where(outlier, ops.zeros_like(labels), labels)
        picked = ops.take_along_axis(log_p, ops.expand_dims(digit, -1), axis=-1)[:, 0]
        uniform = -ops.mean(log_p, axis=-1)
        return ops.where(outlier, self.not_a_digit_weight * uniform, -picked)

    def get_config(self):
        return {**super().get_config(), "not_a_digit_weight": self.not_a_digit_weight}


@keras.saving.register_keras_serializable(package="digitgui")
class DigitAccuracy(keras.metrics.SparseCategoricalAccuracy):
    """Accuracy over the digits only: a picture that is not a digit has no right digit, so it
    counts in the loss but not here (logged as ``accuracy`` like the usual metric)."""

    def __init__(self, name: str = "accuracy", **kwargs):
        super().__init__(name=name, **kwargs)

    def update_state(self, y_true, y_pred, sample_weight=None):
        labels = ops.cast(ops.reshape(y_true, (-1,)), "int32")
        digit = labels < NOT_A_DIGIT
        weight = ops.cast(digit, "float32")
        if sample_weight is not None:
            weight = weight * ops.cast(ops.reshape(sample_weight, (-1,)), "float32")
        return super().update_state(ops.where(digit, labels, ops.zeros_like(labels)), y_pred,
                                    weight)
