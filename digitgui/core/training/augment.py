"""Training-only augmentation that imitates how handwriting varies.

MNIST's 5,000 embedded images are few; what makes a small network read *drawn* digits well is
seeing each training digit written many slightly different ways: slanted, rotated, squeezed,
wobbly, with a thinner or heavier pen. These layers do that on the fly, inside the model, and
only while training: at inference (and so in the exported ``model.tflite``) they pass the input
through untouched.

Everything is written with ``keras.ops`` so the layers serialise into ``model.keras`` and
run on any Keras backend.
"""

from __future__ import annotations

import math

import keras
from keras import ops

from digitgui.core.training.as_before import as_before

_OUTSIDE = -3.0e38
"""Padding that no pixel's value reaches, so a maximum ignores the outside of the picture."""


def _max3x3(images):
    """Each pixel's maximum over its 3x3 neighbourhood, the outside ignored: exactly
    ``max_pool(pool_size=3, strides=1, padding="same")``, as two passes of three shifted
    maxima. TensorFlow's pooling of a one-channel picture is slow on a CPU: a batch of 64's
    three dilations took 10.5 ms by pooling, 0.8 ms this way (BENCHMARKS.md, 2026-11-27)."""
    if as_before():  # the benchmark's baseline: pooling, as before
        return ops.max_pool(images, pool_size=3, strides=1, padding="same")
    rows = ops.pad(images, [[0, 0], [1, 1], [0, 0], [0, 0]], constant_values=_OUTSIDE)
    images = ops.maximum(ops.maximum(rows[:, :-2], rows[:, 1:-1]), rows[:, 2:])
    columns = ops.pad(images, [[0, 0], [0, 0], [1, 1], [0, 0]], constant_values=_OUTSIDE)
    return ops.maximum(ops.maximum(columns[:, :, :-2], columns[:, :, 1:-1]), columns[:, :, 2:])


def _bilinear_sample(images: keras.KerasTensor, src_y, src_x):
    """Sample ``images`` (B, H, W) at float pixel coordinates; outside reads as 0 (paper)."""
    shape = ops.shape(images)
    batch, height, width = shape[0], shape[1], shape[2]
    y0 = ops.floor(src_y)
    x0 = ops.floor(src_x)
    wy = src_y - y0
    wx = src_x - x0
    flat = ops.reshape(images, (-1,))
    base = ops.reshape(ops.arange(batch, dtype="int32") * (height * width), (-1, 1, 1))

    def corner(yy, xx):
        inside = (yy >= 0) & (yy <= ops.cast(height - 1, yy.dtype)) & (xx >= 0)
        inside = inside & (xx <= ops.cast(width - 1, xx.dtype))
        yi = ops.cast(ops.clip(yy, 0, ops.cast(height - 1, yy.dtype)), "int32")
        xi = ops.cast(ops.clip(xx, 0, ops.cast(width - 1, xx.dtype)), "int32")
        values = ops.take(flat, base + yi * width + xi)
        return ops.where(inside, values, ops.zeros_like(values))

    top = corner(y0, x0) * (1 - wx) + corner(y0, x0 + 1) * wx
    bottom = corner(y0 + 1, x0) * (1 - wx) + corner(y0 + 1, x0 + 1) * wx
    return top * (1 - wy) + bottom * wy


@keras.saving.register_keras_serializable(package="digitgui")
class RandomStrokeWidth(keras.layers.Layer):
    """Make each training digit's pen thinner or heavier (grey-level morphology).

    Half the images get a heavier pen, up to ``heavier`` pixels of dilation (1.5: up to one
    and a half pixels all round, enough to fill small loops as a felt pen does); the other half
    a thinner one, up to ``thinner`` of a pixel of erosion.
    """

    def __init__(self, thinner: float = 0.6, heavier: float = 1.5, seed: int | None = None,
                 **kwargs):
        super().__init__(**kwargs)
        self.thinner = float(thinner)
        self.heavier = float(heavier)
        self.seed = seed
        self._seed_generator = keras.random.SeedGenerator(seed)

    def call(self, images, training=None):
        if not training or (self.thinner <= 0 and self.heavier <= 0):
            return images
        once = _max3x3(images)
        twice = _max3x3(once)
        eroded = -_max3x3(-images)
        batch = ops.shape(images)[0]
        size = keras.random.uniform((batch, 1, 1, 1), 0.0, 1.0, seed=self._seed_generator)
        heavy = keras.random.uniform((batch, 1, 1, 1), 0.0, 1.0, seed=self._seed_generator) < 0.5
        t = ops.where(heavy, size * self.heavier, -size * self.thinner)
        first = ops.clip(t, 0.0, 1.0)
        second = ops.clip(t - 1.0, 0.0, 1.0)
        thin = ops.clip(-t, 0.0, 1.0)
        return (images + first * (once - images) + second * (twice - once)
                + thin * (eroded - images))

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self):
        return {**super().get_config(), "thinner": self.thinner, "heavier": self.heavier,
                "seed": self.seed}


@keras.saving.register_keras_serializable(package="digitgui")
class RandomHandwriting(keras.layers.Layer):
    """One resampling per image: random rotation, slant (shear), zoom, shift and a smooth
    elastic wobble, filling with blank paper (constant 0) at the borders.

    Doing all of it in one bilinear resample (instead of one per Keras layer) keeps thin strokes
    sharp. Sizes are in pixels and degrees of a 28x28 input.
    """

    def __init__(
        self,
        rotation_degrees: float = 12.0,
        shear: float = 0.25,
        zoom: float = 0.12,
        shift_pixels: float = 2.5,
        elastic_pixels: float = 1.6,
        seed: int | None = None,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self.rotation_degrees = float(rotation_degrees)
        self.shear = float(shear)
        self.zoom = float(zoom)
        self.shift_pixels = float(shift_pixels)
        self.elastic_pixels = float(elastic_pixels)
        self.seed = seed
        self._seed_generator = keras.random.SeedGenerator(seed)

    def _uniform(self, shape, limit):
        return keras.random.uniform(shape, -limit, limit, seed=self._seed_generator)

    def call(self, images, training=None):
        if not training:
            return images
        shape = ops.shape(images)
        batch, height, width = shape[0], shape[1], shape[2]
        per_image = (batch, 1, 1)

        angle = self._uniform(per_image, math.radians(self.rotation_degrees))
        shear = self._uniform(per_image, self.shear)
        zoom_y = 1.0 + self._uniform(per_image, self.zoom)
        zoom_x = zoom_y * (1.0 + self._uniform(per_image, self.zoom / 2))
        shift_y = self._uniform(per_image, self.shift_pixels)
        shift_x = self._uniform(per_image, self.shift_pixels)

        cy = (ops.cast(height, "float32") - 1) / 2
        cx = (ops.cast(width, "float32") - 1) / 2
        grid_y, grid_x = ops.meshgrid(
            ops.arange(height, dtype="float32"), ops.arange(width, dtype="float32"), indexing="ij"
        )
        py = grid_y[None] - cy - shift_y
        px = grid_x[None] - cx - shift_x
        # Inverse map: output pixel -> source pixel (rotate, slant, then un-zoom).
        cos, sin = ops.cos(angle), ops.sin(angle)
        ry = cos * py - sin * px
        rx = sin * py + cos * px
        rx = rx + shear * ry
        src_y = ry / zoom_y + cy
        src_x = rx / zoom_x + cx

        if self.elastic_pixels > 0:
            # A smooth random displacement field: coarse 4x4 noise, upsampled bilinearly.
            coarse = self._uniform((batch, 4, 4, 2), 1.0)
            field = ops.image.resize(coarse, (height, width), interpolation="bilinear")
            strength = keras.random.uniform(
                per_image, 0.0, self.elastic_pixels, seed=self._seed_generator
            )
            src_y = src_y + field[..., 0] * strength
            src_x = src_x + field[..., 1] * strength

        out = _bilinear_sample(images[..., 0], src_y, src_x)
        return ops.expand_dims(out, -1)

    def compute_output_shape(self, input_shape):
        return input_shape

    def get_config(self):
        return {
            **super().get_config(),
            "rotation_degrees": self.rotation_degrees,
            "shear": self.shear,
            "zoom": self.zoom,
            "shift_pixels": self.shift_pixels,
            "elastic_pixels": self.elastic_pixels,
            "seed": self.seed,
        }
