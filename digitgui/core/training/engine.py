"""The training engine: data in, a model bundle out, events all the way.

``run`` is what ``digitgui train`` calls, in the terminal or as the window's child process.
It emits ``status`` while it loads, ``start``, then ``batch`` and ``epoch`` events, ``saved``,
and always one final event: ``done``, ``stopped`` or ``error``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from digitgui.core import paths
from digitgui.core.data import (
    NOT_A_DIGIT,
    Dataset,
    concatenate,
    describe,
    load_source,
    sample_weights,
    stratified_split,
)
from digitgui.core.errors import QT_TRANSLATE_NOOP, UserError, message_fields
from digitgui.core.models import bundle as bundles
from digitgui.core.models.network_catalog import CUSTOM_NETWORK, NETWORKS, network_info
from digitgui.core.training.config import (
    MAX_L2,
    OPTIMIZERS,
    SCHEDULES,
    STRATEGIES,
    TRAINERS,
    TrainConfig,
)
from digitgui.core.training.stop import StopRequest

Emit = Callable[..., None]


def _check(config: TrainConfig) -> None:
    if config.network is not None and network_info(config.network) is None:
        raise UserError(f"unknown network {config.network!r}; choose {', '.join(NETWORKS)}")
    if config.network == CUSTOM_NETWORK.name and config.spec is None and not config.init_from:
        raise UserError("the custom network needs its design (--network FILE.json|NAME)")
    config.network_spec()  # a bad design: one line now, not a Keras error later
    if config.epochs is not None and not 1 <= config.epochs <= 10_000:
        raise UserError("--epochs must be between 1 and 10000")
    if config.batch_size is not None and not 1 <= config.batch_size <= 65_536:
        raise UserError("--batch-size must be between 1 and 65536")
    if config.learning_rate is not None and not (0 < config.learning_rate <= 1e6):
        raise UserError("--learning-rate must be a positive number up to 1e6 (e.g. 0.001)")
    if not 0 <= config.validation_fraction < 1:
        raise UserError("--validation-fraction must be at least 0 and below 1")
    if not 0 <= config.l2 <= MAX_L2:
        raise UserError(f"--l2 must be between 0 and {MAX_L2:g} (e.g. 0.0001)")
    if not 0 <= config.momentum < 1:
        raise UserError("--momentum must be at least 0 and below 1 (e.g. 0.9)")
    if config.optimizer not in OPTIMIZERS:
        raise UserError(f"unknown optimizer {config.optimizer!r}; choose {', '.join(OPTIMIZERS)}")
    if config.schedule not in SCHEDULES:
        raise UserError(f"unknown schedule {config.schedule!r}; choose {', '.join(SCHEDULES)}")
    if config.trainer not in TRAINERS:
        raise UserError(f"unknown trainer {config.trainer!r}; choose {', '.join(TRAINERS)}")
    if config.strategy not in STRATEGIES:
        raise UserError(f"unknown strategy {config.strategy!r}; choose {', '.join(STRATEGIES)}")
    if not config.data:
        raise UserError("no training data given")


def _load_data(config: TrainConfig, emit: Emit) -> tuple[list[Dataset], list[Dataset]]:
    train_parts, val_parts = [], []
    for spec in config.data:
        emit("status", **message_fields(QT_TRANSLATE_NOOP("Training", "Loading {source}…"),
                                        source=describe(spec)))
        if spec in ("mnist", "mnist-test"):
            from digitgui.core.training.mnist_download import ensure_downloaded  # noqa: PLC0415

            ensure_downloaded()
        data = load_source(spec)
        if config.equal_weights:
            data.weight = 1.0
        train, val = stratified_split(data, config.validation_fraction)
        train_parts.append(train)
        val_parts.append(val)
    return train_parts, val_parts


STEPS_PER_EXECUTION = 8
"""Batches run per call into TensorFlow: Keras' per-batch overhead (Python, callbacks, a
function call) cost small dense networks half their time (the mlp: 15,000 images/s with 1,
27,500 with 8 on 2 cores); callbacks then see every 8th batch, which still gives a batch event
every 50 ms and a Stop within a few batches."""


def _strategy(name: str):
    import tensorflow as tf  # noqa: PLC0415  (already loaded by import_keras)

    gpus = tf.config.list_logical_devices("GPU")
    if name == "mirrored" or (name == "auto" and len(gpus) > 1):
        return tf.distribute.MirroredStrategy()
    return tf.distribute.get_strategy()


def _optimizer(keras, config: TrainConfig, total_steps: int):
    rate: Any = config.learning_rate
    if config.schedule == "cosine":
        warmup = max(1, total_steps // 20)
        rate = keras.optimizers.schedules.CosineDecay(
            config.learning_rate / 10,
            decay_steps=max(1, total_steps - warmup),
            warmup_target=config.learning_rate,
            warmup_steps=warmup,
        )
    if config.optimizer == "adamw":
        return keras.optimizers.AdamW(rate, weight_decay=1e-4)
    if config.optimizer == "sgd":
        momentum = float(config.momentum)
        return keras.optimizers.SGD(rate, momentum=momentum, nesterov=momentum > 0)
    if config.optimizer == "rmsprop":
        return keras.optimizers.RMSprop(rate)
    return keras.optimizers.Adam(rate)


def compile_network(keras, model, config: TrainConfig, train: Dataset) -> None:
    """Ready ``model`` for Keras' ``fit`` as the engine trains it: the configured optimizer and
    schedule over all of the run's steps, the loss and accuracy that suit ``train`` (outlier
    exposure when it holds pictures that are not digits). Also used by
    ``scripts/seed_study.py``, which trains the shipped model's recipe on any Keras backend."""
    steps = math.ceil(len(train) / config.batch_size)
    model.compile(optimizer=_optimizer(keras, config, steps * config.epochs),
                  loss=_loss(keras, train), metrics=[_accuracy(train)],
                  steps_per_execution=STEPS_PER_EXECUTION)


def new_network(config: TrainConfig):
    """A fresh, untrained network for ``config`` (its defaults resolved)."""
    return _model(config, None)


def _model(config: TrainConfig, base: bundles.Bundle | None):
    """A fresh network, or one carrying the weights of ``base`` (fine-tuning)."""
    from digitgui.core.training import networks  # noqa: PLC0415
    from digitgui.core.training.export import load_keras_model  # noqa: PLC0415

    model = networks.build(config.network, config.augment, config.seed, config.network_spec(),
                           l2=float(config.l2))
    if base is None:
        return model
    source = load_keras_model(base)
    names = {layer.name: layer for layer in source.layers}
    for layer in model.layers:
        if not layer.weights:
            continue
        donor = names.get(layer.name)
        try:
            layer.set_weights(donor.get_weights())
        except (AttributeError, ValueError):
            raise UserError(QT_TRANSLATE_NOOP("Training",
                "cannot continue from it: its layer {layer!r} does not match the {network} "
                "network of this version of digitgui"), base.path, layer=layer.name,
                network=config.label) from None
    return model


def _resolve_defaults(config: TrainConfig, base: bundles.Bundle | None) -> TrainConfig:
    if base is None:
        return config.with_defaults()
    # A custom design's bundle records its spec, and its design's name as its network.
    base_spec = base.metadata.get("spec") if isinstance(base.metadata.get("spec"), dict) else None
    base_kind = CUSTOM_NETWORK.name if base_spec is not None else base.network
    if config.network and config.network != base_kind:
        raise UserError(
            f"--network {config.network} does not match the bundle's network {base.network}",
            base.path,
        )
    if base_kind == CUSTOM_NETWORK.name and config.spec is None:
        if base_spec is None:
            raise UserError(QT_TRANSLATE_NOOP("Training",
                "cannot continue from it: it records no network design"), base.path)
        config = replace(config, network=CUSTOM_NETWORK.name, spec=base_spec)
    return config.with_defaults(base_kind)


def _loss(keras, train: Dataset):
    """Plain cross-entropy on logits; outlier exposure when some pictures are not digits."""
    if not np.any(train.y == NOT_A_DIGIT):
        return keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    from digitgui.core.training.loss import DigitOrNotLoss  # noqa: PLC0415

    return DigitOrNotLoss()


def _accuracy(train: Dataset):
    if not np.any(train.y == NOT_A_DIGIT):
        return "accuracy"
    from digitgui.core.training.loss import DigitAccuracy  # noqa: PLC0415

    return DigitAccuracy()


def _starting_point(emit: Emit, logits_of: Callable, loss_of: Callable, train: Dataset,
                    config: TrainConfig, steps: int) -> None:
    """The curve's first point, at once: the loss (and accuracy) of the network as it starts,
    untrained or the model a fine-tune continues, on one random batch of the training data.
    The first Keras step then takes seconds (TensorFlow traces it); this one forward pass,
    run eagerly with training off (no augmentation, no dropout, nothing updated), does not."""
    rng = np.random.default_rng(config.seed)
    index = np.sort(rng.choice(len(train), min(len(train), config.batch_size), replace=False))
    x, y = train.x[index], train.y[index]
    logits = np.asarray(logits_of(x))
    digits = y < NOT_A_DIGIT
    accuracy = float(np.mean(logits[digits].argmax(1) == y[digits])) if digits.any() else None
    emit("batch", epoch=1, epochs=config.epochs, step=0, steps=steps,
         loss=float(np.asarray(loss_of(y, logits))), accuracy=accuracy)


NUMPY_MAX_PARAMETERS_WITH_GPU = 500_000
"""With a GPU, Keras trains a big dense network faster than NumPy on the CPU; up to about the
mlp's size (235,000 parameters) the per-call costs still dominate and NumPy wins."""


def _trainer(config: TrainConfig, model, replicas: int):
    """Which path trains ``model``: ("numpy", its plan) or ("keras", None).

    NumPy for a network of dense (and dropout) layers, the Keras path for anything else
    (convolutions, batch normalisation, several GPUs); ``--trainer`` may insist on one."""
    if config.trainer == "keras":
        return "keras", None
    from digitgui.core.training.numpy_net import plan  # noqa: PLC0415

    found = plan(model)
    reason = found if isinstance(found, str) else None
    if reason is None and replicas > 1:
        reason = "it is to train on several GPUs"
    if reason is None and config.trainer == "auto" and model.count_params() > \
            NUMPY_MAX_PARAMETERS_WITH_GPU:
        import tensorflow as tf  # noqa: PLC0415  (already loaded by import_keras)

        if tf.config.list_logical_devices("GPU"):
            reason = "a GPU trains it faster"
    if reason is not None:
        if config.trainer == "numpy":
            raise UserError(f"--trainer numpy takes dense networks only: {reason}")
        return "keras", None
    return "numpy", found


def _target(config: TrainConfig, created: datetime) -> Path:
    if config.out is not None:
        return Path(config.out).expanduser()
    stem = bundles.safe_folder_name(config.name or f"{config.label}-{created:%Y%m%d-%H%M%S}")
    folder = paths.user_models_dir()
    target, n = folder / stem, 2
    while target.exists():
        target, n = folder / f"{stem}-{n}", n + 1
    return target


def run(config: TrainConfig, emit: Emit, stop: StopRequest) -> int:
    """Train as configured. Returns the exit status: 0 done or stopped, 2 user error, 1 other."""
    try:
        return _run(config, emit, stop)
    except UserError as exc:
        emit("error", **exc.fields())  # the window says it in its language
        return 2


def _run(config: TrainConfig, emit: Emit, stop: StopRequest) -> int:
    _check(config)
    base = bundles.resolve(config.init_from, need_keras=True) if config.init_from else None
    train_parts, val_parts = _load_data(config, emit)
    if stop.requested:
        emit("stopped", **message_fields(QT_TRANSLATE_NOOP("Training",
             "Stopped before training began; nothing was saved.")), saved=False)
        return 0
    emit("status", **message_fields(QT_TRANSLATE_NOOP("Training", "Starting TensorFlow…")))
    from digitgui.core.training.tf_runtime import import_keras  # noqa: PLC0415

    keras = import_keras()
    from digitgui.core.training import feed, run_metadata  # noqa: PLC0415
    from digitgui.core.training.callback import EngineCallback  # noqa: PLC0415
    from digitgui.core.training.export import save_bundle  # noqa: PLC0415
    from digitgui.core.training.replay import ReplayRecorder  # noqa: PLC0415

    config = _resolve_defaults(config, base)
    spec = config.network_spec()
    if spec is not None:
        emit("status", **message_fields(QT_TRANSLATE_NOOP("Training",
             "Network {name}: {summary} ({count:,} parameters)"), name=spec.name,
             summary=spec.summary, count=spec.parameters))
    keras.utils.set_random_seed(config.seed)
    train = concatenate(train_parts)
    weights = sample_weights(train_parts)
    val = concatenate(val_parts) if sum(len(v) for v in val_parts) else None
    steps = math.ceil(len(train) / config.batch_size)

    strategy = _strategy(config.strategy)
    with strategy.scope():
        model = _model(config, base)
    trainer, plan = _trainer(config, model, int(strategy.num_replicas_in_sync))
    if trainer == "keras":
        with strategy.scope():
            compile_network(keras, model, config, train)
    recorder = ReplayRecorder.for_model(model)
    sources = [
        {"source": describe(spec), "train": len(t), "validation": len(v), "weight": t.weight}
        for spec, t, v in zip(config.data, train_parts, val_parts, strict=True)
    ]
    emit(
        "start",
        config=config.as_json(),
        data={"train": len(train), "validation": 0 if val is None else len(val),
              "sources": sources},
        steps_per_epoch=steps,
        epochs=config.epochs,
        parameters=int(model.count_params()),
        replicas=int(strategy.num_replicas_in_sync),
        trainer=trainer,
        **({} if recorder is None else recorder.start_fields()),
    )
    started = time.monotonic()
    sample_weight = weights if np.ptp(weights) > 0 else None
    if plan is not None:
        from digitgui.core.training.numpy_fit import NumpyFit  # noqa: PLC0415

        callback = NumpyFit(plan, config, emit, stop, steps, recorder=recorder)
        _starting_point(emit, callback.logits, callback.loss, train, config, steps)
        callback.fit(train.x, train.y, sample_weight, None if val is None else (val.x, val.y))
    else:
        callback = EngineCallback(emit, stop, config.epochs, steps, recorder=recorder)
        _starting_point(emit, lambda x: model(x, training=False), model.loss, train, config,
                        steps)
        if feed.feeds_arrays():  # the feed before (the benchmark's side-by-side baseline)
            model.fit(train.x, train.y, sample_weight=sample_weight,
                      batch_size=config.batch_size, epochs=config.epochs,
                      validation_data=None if val is None else (val.x, val.y),
                      shuffle=True, verbose=0, callbacks=[callback])
        else:
            model.fit(feed.training_batches(train, sample_weight, config.batch_size),
                      epochs=config.epochs, shuffle=False,  # the feed shuffles each epoch
                      validation_data=None if val is None else
                      feed.validation_batches(val, config.batch_size),
                      verbose=0, callbacks=[callback])
    if callback.failure:
        emit("error", **callback.failure)
        return 1
    stopped = stop.requested
    if callback.best_weights is None:
        emit("stopped", **message_fields(QT_TRANSLATE_NOOP("Training",
             "Stopped before the first epoch finished; nothing was saved.")), saved=False)
        return 0
    if isinstance(callback, EngineCallback):
        model.set_weights(callback.best_weights)
    else:
        callback.apply_to(model)
    created = datetime.now(UTC).astimezone()
    metadata = run_metadata.metadata(model, config, callback, val_parts, sources, stopped,
                                     created, time.monotonic() - started, base, trainer)
    replay = None if recorder is None else run_metadata.replay_bytes(recorder, metadata)
    target = _target(config, created)
    emit("status", **message_fields(QT_TRANSLATE_NOOP("Training", "Saving the model…")))
    path = save_bundle(model, metadata, target, replay)
    emit("saved", path=str(path), name=metadata["name"])
    summary = {"path": str(path), "val_accuracy": metadata["validation_accuracy"],
               "best_epoch": callback.best_epoch, "epochs_finished": callback.finished_epochs}
    if stopped:
        emit("stopped", **message_fields(QT_TRANSLATE_NOOP("Training",
             "Stopped after {epochs} epochs; kept the best finished epoch ({best})."),
             epochs=callback.finished_epochs, best=callback.best_epoch), saved=True, **summary)
    else:
        emit("done", **summary)
    return 0
