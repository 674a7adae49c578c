"""The shipped model's recipe trained with several seeds, and what each (and their average) does.

One build varies more between two training seeds than between most changes worth trying
(BENCHMARKS.md, 2026-11-28 night), so a change to the build is judged over several seeds.
On 2 cores a build takes 37 minutes; this trains the same recipe on any Keras backend, so a
lent GPU without TensorFlow (JAX there) takes 85 s a seed:

    python scripts/seed_study.py prepare STUDY --work ~/.cache/digitgui-build [--measure DIR]
    python scripts/seed_study.py train STUDY NAME:SEED[:EPOCHS] ... [--average-from EPOCH]
                                                    # KERAS_BACKEND=jax on a GPU
    python scripts/seed_study.py report STUDY/NAME.npz ...
    python scripts/seed_study.py lines STUDY/NAME.npz ...

``prepare`` copies the build's training sources (`.npz` in --work, as the build leaves them)
into STUDY/data and writes the measuring sets (MNIST's public half, world-dev's three, and
--measure's Swiss writers and not-digit sets; absent ones left out) as STUDY/data/measure.npz.
``train`` trains as ``scripts/build_default_model.py`` does (the engine's own network,
optimizer, loss and held-out tenth; the best epoch by validation loss) and keeps each run's
logits on every source's held-out tenth and every measuring set (with ``--average-from``, also
those of the run's weights averaged from that epoch on, as NAME-averaged). ``report`` fits the
answer rule on the held-out logits exactly as the build does and prints the measured figures,
of each run and of the first k runs' logits averaged. ``lines`` asks where else the "not sure" line
could sit, each placement chosen on the held-out logits as the build's is: what each does on
the measuring sets, over the runs (mean, lowest, highest). Nothing is fitted on a measuring set.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

import numpy as np

from digitgui.core.data import concatenate, load_source, stratified_split
from digitgui.core.models import answer_fit
from digitgui.core.models.answer import AnswerRule
from digitgui.core.models.calibration import softmax
from digitgui.core.models.evaluation import load_evaluation_set, score

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_default_model import SOURCE_FILES  # the build's sources, in its order

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
MEASURING = {"mnist": DATA / "mnist-test-public.npz", "semeion": DATA / "world-dev" / "semeion",
             "optdigits": DATA / "world-dev" / "optdigits",
             "hwd1000": DATA / "world-dev" / "hwd1000"}
MEASURED_ELSEWHERE = {"swiss": "swiss-held-out.npz", "omniglot": "omniglot.npz",
                      "omniglot-no-digit-shapes": "omniglot-no-digit-shapes.npz",
                      "quickdraw": "quickdraw-unseen.npz"}


def prepare(study: Path, work: Path, measure: Path | None) -> None:
    data = study / "data"
    data.mkdir(parents=True, exist_ok=True)
    for name in sorted(path.name for path in work.glob("*.npz")):
        shutil.copyfile(work / name, data / name)
    sets = dict(MEASURING)
    if measure is not None:
        sets.update({name: measure / file for name, file in MEASURED_ELSEWHERE.items()})
    arrays = {}
    for name, path in sets.items():
        if path.exists():
            found = load_evaluation_set(str(path))
            arrays[f"{name}/x"] = np.rint(found.x[..., 0] * 255).astype(np.uint8)
            arrays[f"{name}/y"] = found.y
    np.savez_compressed(data / "measure.npz", **arrays)
    print(f"{study}: {len(list(data.glob('*.npz'))) - 1} sources, "
          f"{len(arrays) // 2} measuring sets")


def sources(study: Path) -> list[str]:
    files = {path.name for path in (study / "data").glob("*.npz")} - {"measure.npz"}
    ordered = [name for name in SOURCE_FILES if name in files] + sorted(files - set(SOURCE_FILES))
    return ["embedded", *(str(study / "data" / name) for name in ordered)]


def train(study: Path, runs: list[str], small: int | None, deadline: float,
          average_from: int | None = None) -> None:
    from digitgui.core.training import engine, weight_average  # Keras: only when training
    from digitgui.core.training.config import TrainConfig
    from digitgui.core.training.tf_runtime import import_keras

    keras = import_keras()
    specs = sources(study)
    parts = [stratified_split(load_source(spec), 0.1) for spec in specs]
    train_set = concatenate([t for t, _ in parts])
    val = concatenate([v for _, v in parts])
    if small:  # a quick check of the study itself, not a measurement
        pick = np.random.default_rng(0)
        train_set = train_set.subset(pick.choice(len(train_set), small, replace=False))
        val = val.subset(pick.choice(len(val), max(small // 4, 1), replace=False))
    measure = np.load(study / "data" / "measure.npz")
    print(f"Keras {keras.__version__} on {keras.backend.backend()}: {len(train_set)} training "
          f"pictures, {len(val)} held out", flush=True)
    ends = time.monotonic() + deadline
    for run in runs:
        name, seed, epochs = (run.split(":") + ["12"])[:3]
        started = time.monotonic()
        config = TrainConfig(network="cnn", data=specs, epochs=int(epochs), optimizer="adamw",
                             seed=int(seed), equal_weights=True).with_defaults()
        keras.utils.set_random_seed(config.seed)
        model = engine.new_network(config)
        engine.compile_network(keras, model, config, train_set)
        best = _best_epoch(keras)
        averaged = weight_average.averaging(keras, average_from or config.epochs + 1)
        model.fit(train_set.x, train_set.y, batch_size=config.batch_size, epochs=config.epochs,
                  shuffle=True, verbose=0, validation_data=(val.x, val.y),
                  callbacks=[best, averaged])
        if averaged.snapshots:
            averaged.apply(model, train_set.x, config.batch_size)
            _save_logits(study / f"{name}-averaged.npz", model, specs, parts, measure,
                         snapshots=averaged.snapshots)
            print(f"{name}-averaged: {averaged.snapshots} snapshots from epoch {average_from}",
                  flush=True)
        model.set_weights(best.weights)
        _save_logits(study / f"{name}.npz", model, specs, parts, measure, best_epoch=best.epoch)
        took = time.monotonic() - started
        print(f"{name}: seed {seed}, {epochs} epochs, best {best.epoch}, {took:.0f} s", flush=True)
        if time.monotonic() + took > ends:
            print("no time left for another run", flush=True)
            return


def _save_logits(path: Path, model, specs: list[str], parts: list, measure,
                 **kept: int) -> None:
    """A run's logits on every source's held-out tenth and every measuring set, and which
    weights gave them (``best_epoch``, or the ``snapshots`` averaged)."""
    logits = {}
    for spec, (_, held) in zip(specs, parts, strict=True):
        logits[f"held/{Path(spec).name}/z"] = model.predict(held.x, 1024, verbose=0)
        logits[f"held/{Path(spec).name}/y"] = held.y
    for key in measure.files:
        if key.endswith("/x"):
            x = (measure[key].astype(np.float32) / 255.0)[..., None]
            logits[f"set/{key[:-2]}/z"] = model.predict(x, 1024, verbose=0)
            logits[f"set/{key[:-2]}/y"] = measure[key[:-2] + "/y"]
    np.savez_compressed(path, **kept, **logits)


def _best_epoch(keras):
    """A callback that keeps the weights of the epoch with the lowest validation loss, as the
    engine does (Keras is imported only when training)."""

    class BestEpoch(keras.callbacks.Callback):
        def __init__(self):
            super().__init__()
            self.loss, self.weights, self.epoch = np.inf, None, 0

        def on_epoch_end(self, epoch, logs=None):
            if logs["val_loss"] <= self.loss:
                self.loss, self.weights, self.epoch = logs["val_loss"], self.model.get_weights(), \
                    epoch + 1

    return BestEpoch()


def report(files: list[Path]) -> None:
    runs = [dict(np.load(path)) for path in files]
    sets = sorted({key.split("/")[1] for key in runs[0] if key.startswith("set/")})
    print("| run | T / not sure below / not a digit below | " + " | ".join(sets) + " |")
    print("| --- " * (len(sets) + 2) + "|")
    for path, run in zip(files, runs, strict=True):
        kept = f"{int(run['snapshots'])} snapshots" if "snapshots" in run else \
            f"best epoch {int(run['best_epoch'])}"
        _row(f"{path.stem} ({kept})", run, sets)
    for k in range(2, len(runs) + 1):
        averaged = {key: np.mean([run[key] for run in runs[:k]], axis=0) if key.endswith("/z")
                    else runs[0][key] for key in runs[0]}
        _row(f"first {k} averaged", averaged, sets)
    print("\nDigits: read right / misreads flagged / right answers flagged / \"not a digit\"; "
          "not digits: not read as a digit / \"not a digit\".")


def _held(run: dict) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """A run's held-out logits and labels, by training source."""
    return {key.split("/")[1]: (run[key], run[key[:-1] + "y"])
            for key in run if key.startswith("held/") and key.endswith("/z")}


def _row(label: str, run: dict, sets: list[str]) -> None:
    fitted = answer_fit.fit_held_out(_held(run))
    temperature = fitted["calibration"]["temperature"]
    rule = AnswerRule.from_json(fitted["answer_rule"])
    cells = [label, f"{temperature:.3f} / {100 * rule.sure:.1f} / {100 * rule.digit_mass:.1f} %"]
    for name in sets:
        result = score(run[f"set/{name}/y"], run[f"set/{name}/z"], temperature, rule)
        if result.non_digits is not None and result.n == 0:
            others = result.non_digits
            cells.append(f"{100 * (1 - others.digit):.1f} / {100 * others.not_a_digit:.1f} %")
        else:
            flagged = "-" if result.misreads_flagged is None else \
                f"{100 * result.misreads_flagged:.0f}"
            cells.append(f"{100 * result.accuracy:.2f} / {flagged} / "
                         f"{100 * result.right_flagged:.1f} / {100 * result.not_a_digit:.1f} %")
    print("| " + " | ".join(cells) + " |", flush=True)


PLACEMENTS = (("the build's: 2 % of the pooled held-out right answers under it", None, False),
              ("1 % of them", 0.01, False), ("3 % of them", 0.03, False),
              ("4 % of them", 0.04, False),
              ("2 % of each real source's right answers (the lowest line)", 0.02, True))
"""Where ``lines`` puts the "not sure" line: a share of the held-out right answers left under
it, pooled as the build pools them or in each real source on its own (as the "not a digit"
line is held)."""


def lines(files: list[Path]) -> None:
    runs = [dict(np.load(path)) for path in files]
    sets = sorted({key.split("/")[1] for key in runs[0] if key.startswith("set/")})
    print("| \"not sure\" below | " + " | ".join(sets) + " |")
    print("| --- " * (len(sets) + 1) + "|")
    for label, share, each in PLACEMENTS:
        placed = [_placed(run, sets, share, each) for run in runs]
        figures = np.array([set_figures for _, set_figures in placed])  # (runs, sets, 2)
        cells = [f"{label}: {_spread(np.array([sure for sure, _ in placed]), 3)}"]
        for column in range(len(sets)):
            digits = not np.isnan(figures[:, column, 1]).all()  # not digits: one figure
            cells.append(" / ".join(_spread(figures[:, column, part], 1)
                                    for part in range(2 if digits else 1)))
        print("| " + " | ".join(cells) + " |", flush=True)
    print(f"\nMean (lowest-highest) over {len(runs)} runs. Digits: misreads flagged / right "
          "answers flagged (%); not digits: not read as a digit (%). The line itself in "
          "the first column; the \"not a digit\" line stays the build's.")


def _placed(run: dict, sets: list[str], share: float | None,
            each: bool) -> tuple[float, list[tuple[float, float]]]:
    """One run's "not sure" line (``share`` None: the build's own) and each measuring set's
    two figures (NaN where a set has no such figure)."""
    real, forms, others = answer_fit.sort_held_out(_held(run))
    fitted = answer_fit.fit(real, forms, others)
    temperature = fitted["calibration"]["temperature"]

    def tops_of(digits: list) -> np.ndarray:  # the top probability of each right answer
        p = softmax(np.concatenate([z for z, _ in digits]), temperature)
        return p.max(axis=1)[p.argmax(axis=1) == np.concatenate([y for _, y in digits])]

    rule = AnswerRule.from_json(fitted["answer_rule"])
    if share is not None:
        groups = [[source] for source in real.values()] if each else [[*real.values(), *forms]]
        tops = [t for t in map(tops_of, groups) if len(t)]  # a source read all wrong: no line
        rule = rule.with_sure(min(float(np.quantile(t, share)) for t in tops))
    figures = []
    for name in sets:
        result = score(run[f"set/{name}/y"], run[f"set/{name}/z"], temperature, rule)
        if result.non_digits is not None and result.n == 0:
            figures.append((100 * (1 - result.non_digits.digit), np.nan))
        else:
            flagged = np.nan if result.misreads_flagged is None else result.misreads_flagged
            figures.append((100 * flagged, 100 * result.right_flagged))
    return rule.sure, figures


def _spread(values: np.ndarray, digits: int) -> str:
    values = values[~np.isnan(values)]
    if not len(values):
        return "-"
    return f"{values.mean():.{digits}f} ({values.min():.{digits}f}-{values.max():.{digits}f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    made = commands.add_parser("prepare")
    made.add_argument("study", type=Path)
    made.add_argument("--work", type=Path, required=True)
    made.add_argument("--measure", type=Path)
    trained = commands.add_parser("train")
    trained.add_argument("study", type=Path)
    trained.add_argument("runs", nargs="+", help="NAME:SEED[:EPOCHS] (12 epochs unless given)")
    trained.add_argument("--small", type=int, help="train on this many pictures (a check)")
    trained.add_argument("--deadline", type=float, default=float("inf"),
                         help="seconds after which no further run starts")
    trained.add_argument("--average-from", type=int, metavar="EPOCH",
                         help="also keep NAME-averaged.npz: the weights averaged four times an "
                              "epoch from this epoch on (stochastic weight averaging)")
    for command in ("report", "lines"):
        commands.add_parser(command).add_argument("files", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "prepare":
        prepare(args.study, args.work, args.measure)
    elif args.command == "train":
        train(args.study, args.runs, args.small, args.deadline, args.average_from)
    elif args.command == "report":
        report(args.files)
    else:
        lines(args.files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
