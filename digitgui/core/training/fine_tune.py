"""Teaching a model the user's handwriting: the training run, and the honest before/after.

Fine-tuning continues training the active model (its ``model.keras``) on the user's samples
mixed with the embedded MNIST images and drawings that are not digits, so that it learns the
person's style without forgetting MNIST or how to say "not a digit"; the engine weights each
of the user's images more (``USER_WEIGHT``) so a few hundred matter next to thousands. A
share of the samples is held out: the report compares the old and the new model on those
held-out samples and on MNIST images neither model trained on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from digitgui.core.data import Dataset, load_source, stratified_split
from digitgui.core.models import bundle as bundles
from digitgui.core.models.evaluation import evaluate
from digitgui.core.models.inference import Predictor
from digitgui.core.training.config import TrainConfig

HELD_OUT = 0.2
"""Share of each digit's samples held out to judge the new model (the engine's validation)."""

BASE_VALIDATION = 0.1
"""The embedded data's validation split: the shipped model never trained on it, and a fine-tune
(holding out ``HELD_OUT`` >= this, with the same fixed split seed) does not either."""

MIN_SAMPLES = 10


def request(base: bundles.Bundle, samples_dir: Path) -> TrainConfig:
    """The training request for a fine-tune of ``base`` on the samples (a few epochs at a
    tenth of the rate: see :data:`~digitgui.core.training.config.FINE_TUNE_EPOCHS`)."""
    return TrainConfig(
        init_from=str(base.path),
        # The user's samples, MNIST, and drawings that are not digits: the last keep
        # "not a digit" an answer the new model can give.
        data=["embedded", str(samples_dir), "not-digits"],
        validation_fraction=HELD_OUT,
        name=f"{base.name} + my handwriting",
    ).with_defaults(base.network)


@dataclass(frozen=True)
class Comparison:
    name: str
    n: int
    before: float
    after: float


@dataclass(frozen=True)
class Report:
    comparisons: list[Comparison]

    @property
    def yours(self) -> Comparison:
        return self.comparisons[0]

    @property
    def base(self) -> Comparison:
        return self.comparisons[1]


def held_out_samples(samples_dir: Path) -> Dataset:
    """The samples the fine-tune did not train on (the same split the engine made)."""
    return stratified_split(load_source(str(samples_dir)), HELD_OUT)[1]


def base_validation() -> Dataset:
    return stratified_split(load_source("embedded"), BASE_VALIDATION)[1]


def compare(old: bundles.Bundle, new: bundles.Bundle, samples_dir: Path) -> Report:
    """Old model beside new, on the held-out samples and on the base validation images."""
    old_predictor = Predictor.for_bundle(old, num_threads=None)
    new_predictor = Predictor.for_bundle(new, num_threads=None)
    rows = []
    for name, data in (("Your held-out digits", held_out_samples(samples_dir)),
                       ("Embedded validation split", base_validation())):
        before = evaluate(old_predictor, data).accuracy
        after = evaluate(new_predictor, data).accuracy
        rows.append(Comparison(name, len(data), before, after))
    report = Report(rows)
    # The Models table shows a recorded figure first: record the report's, so the table, the
    # report and the Evaluation view give the same number under the same name.
    bundles.update_metadata(new, {"test_accuracy": round(report.base.after, 6),
                                  "test_n": report.base.n, "test_data": "embedded"})
    return report
