"""``digitgui train``: the training engine from the terminal (and for the window)."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path

from digitgui.core.errors import UserError
from digitgui.core.models import network_designs
from digitgui.core.models.network_catalog import CUSTOM_NETWORK, NETWORKS
from digitgui.core.models.network_spec import NetworkSpec
from digitgui.core.training.config import (
    OPTIMIZERS,
    SCHEDULES,
    STRATEGIES,
    TRAINERS,
    TrainConfig,
)


def network_option(value: str) -> str | dict:
    """``--network``: a built-in network's name, or a design (a .json file, a saved design's
    name, or the spec itself as JSON, which is how ``TrainConfig.to_args`` writes one) as its
    checked JSON. A bad design is argparse's one-line error, like any bad option."""
    if value in NETWORKS:
        return value
    try:
        if value.lstrip().startswith("{"):
            return NetworkSpec.parse(value).as_json()
        return network_designs.load(value).as_json()
    except network_designs.UnknownDesignError:
        saved = network_designs.saved_names()
        raise argparse.ArgumentTypeError(
            f"invalid choice: {value!r} (choose {', '.join(NETWORKS)}, a .json design or a "
            f"saved design: {', '.join(saved) if saved else 'none is saved yet'})") from None
    except UserError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "train", help="train a network and save it as a model bundle",
        description="Train a network and save it as a model bundle. Stop it with Ctrl+C, "
        "SIGTERM, or a line 'stop' on stdin: it ends after the current batch and keeps the best "
        "finished epoch.",
    )
    parser.add_argument("--network", type=network_option, metavar="NET",
                        help="seed (the course's 25-15-10), mlp, cnn (the shipped model's), "
                        "cnn-lite (default: the cnn, quicker), or a network of your own "
                        "design: a .json spec file or the name of a saved one")
    parser.add_argument("--data", action="append", metavar="SRC",
                        help="embedded (default), mnist (full MNIST, downloaded once), or a path "
                        "to an .npz file or image folder; repeat to mix sources")
    parser.add_argument("--epochs", type=int)
    parser.add_argument("--batch-size", type=int)
    parser.add_argument("--learning-rate", type=float)
    parser.add_argument("--optimizer", choices=OPTIMIZERS, default="adam")
    parser.add_argument("--schedule", choices=SCHEDULES, default="cosine",
                        help="learning-rate schedule: cosine (warm-up, then decay) or constant")
    parser.add_argument("--momentum", type=float, default=0.9,
                        help="SGD's momentum, 0 to below 1 (default 0.9; Nesterov when above 0)")
    parser.add_argument("--l2", type=float, default=0.0,
                        help="L2 weight decay on every Dense and Conv2D kernel (default 0: none; "
                        "try 0.0001)")
    parser.add_argument("--validation-fraction", type=float, default=0.1,
                        help="share of each digit held out for validation (default 0.1)")
    parser.add_argument("--augment", action=argparse.BooleanOptionalAction, default=None,
                        help="handwriting augmentation while training (default: on, off for seed)")
    parser.add_argument("--equal-weights", action="store_true",
                        help="every image counts the same, whatever its source (by default "
                        "your own files count more than MNIST's)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (same seed, same model)")
    parser.add_argument("--init-from", metavar="BUNDLE",
                        help="continue training this bundle ('default' for the default model)")
    parser.add_argument("--out", type=Path, metavar="DIR",
                        help="where to save the bundle (default: a new folder in your models)")
    parser.add_argument("--name", help="the model's name (default: network and time)")
    parser.add_argument("--strategy", choices=STRATEGIES, default="auto",
                        help="auto: every GPU when there are several; mirrored: always mirrored")
    parser.add_argument("--trainer", choices=TRAINERS, default="auto",
                        help="auto (default): NumPy for a network of dense layers, Keras for "
                        "the rest; numpy or keras to choose (the bundle is the same)")
    parser.add_argument("--events", choices=("jsonl",),
                        help="jsonl: stdout carries only JSON-lines events (for programs)")
    parser.add_argument("--serve", action="store_true",
                        help="load TensorFlow, then run the training requests that arrive on "
                        'stdin, one JSON object a line: {"train": {options}} (for the window)')
    parser.set_defaults(run=run)


def run(args) -> int:
    from digitgui.core.training.events import HumanSink, JsonLinesSink  # noqa: PLC0415
    from digitgui.core.training.stop import StopRequest  # noqa: PLC0415

    stop = StopRequest()
    stop.install_signal_handlers()
    if not args.serve:
        stop.watch_stdin()
    if args.events == "jsonl":
        # Events get their own copy of stdout; fd 1 itself now leads to stderr, so nothing
        # else (Python prints, native libraries) can ever mix into the stream.
        stream = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
        sys.stdout.flush()
        os.dup2(2, 1)
        sink = JsonLinesSink(stream)
        stop.watch_parent()
    else:
        sink = HumanSink()
    if args.serve:
        from digitgui.core.training.serve import serve  # noqa: PLC0415

        return _guarded(lambda: serve(sink.emit, stop), sink)
    design = args.network if isinstance(args.network, dict) else None
    config = TrainConfig(
        network=CUSTOM_NETWORK.name if design else args.network, spec=design,
        data=args.data or ["embedded"], epochs=args.epochs,
        batch_size=args.batch_size, learning_rate=args.learning_rate, optimizer=args.optimizer,
        schedule=args.schedule, validation_fraction=args.validation_fraction,
        augment=args.augment, seed=args.seed, init_from=args.init_from, out=args.out,
        name=args.name, strategy=args.strategy, equal_weights=args.equal_weights,
        l2=args.l2, momentum=args.momentum, trainer=args.trainer,
    )
    from digitgui.core.training import engine  # noqa: PLC0415

    return _guarded(lambda: engine.run(config, sink.emit, stop), sink)


def _guarded(work, sink) -> int:
    try:
        return work()
    except Exception as exc:  # noqa: BLE001  (a bug: report it as an event, then the trace)
        sink.emit("error", message=f"internal error: {type(exc).__name__}: {exc}")
        traceback.print_exc()
        return 1
