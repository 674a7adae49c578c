"""One accuracy figure per model, always named with the images it was measured on.

A bundle may carry two figures: ``validation_accuracy``, measured by its training on the images
that run held out (its *own* split: for a fine-tune, a fifth of the embedded images and of the
user's samples), and ``test_accuracy``, recorded by ``digitgui evaluate --record`` on a set the
user named. Shown side by side under loose names they misled: a fine-tuned model showed 96.3 %
"validation" on its own split while the Evaluation view and the fine-tune report said 93.6 % on
the embedded validation split. So the Models table and the status bar show one figure, the
same one, made here, with its set named the way the Evaluation view names sets:

- the recorded figure when there is one: someone measured the model on that set on purpose,
  and it is what ``digitgui evaluate`` prints for it;
- else the training's own figure. When its split *is* the embedded validation split (trained
  on the embedded data alone, a tenth held out: the same images, by the same fixed split
  seed) it gets that name, because it is then the number Evaluation shows for it. Otherwise
  it is "its own validation split", and the tooltip says which images those were and that
  the figure cannot be compared with Evaluation's, the fine-tune report's or other models'.

This module is light (no matplotlib, no TensorFlow): the window's status bar uses it at start.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digitgui.core import paths
from digitgui.core.models.bundle import Bundle
from digitgui.core.models.evaluation import VALIDATION_FRACTION
from digitgui.ui.formatting import count_text, formatted, localized
from digitgui.ui.i18n import QT_TRANSLATE_NOOP, translate

NONE = "—"
EMBEDDED_SPLIT = QT_TRANSLATE_NOOP("ModelFigure", "embedded validation split")
EMBEDDED_SPLIT_N = 500
"""The embedded data's validation split: a tenth of its 5,000 images (the set the Evaluation
view and the fine-tune report measure on)."""
OWN_SPLIT = QT_TRANSLATE_NOOP("ModelFigure", "its own validation split")
NOT_COMPARABLE = QT_TRANSLATE_NOOP(
    "ModelFigure", "Evaluation and the fine-tune report measure on the {split} ({count} images) "
    "instead, so their figure differs; evaluate this model there (or record a test set with "
    "digitgui evaluate --record) to compare it with other models on the same images.")


def not_comparable() -> str:
    return translate("ModelFigure", NOT_COMPARABLE).format(
        split=translate("ModelFigure", EMBEDDED_SPLIT), count=EMBEDDED_SPLIT_N)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def accuracy_text(value: Any) -> str:
    """``0.9912`` → ``99.12 %``; anything that is not a number → a dash."""
    number = _number(value)
    return NONE if number is None else localized(f"{number * 100:.2f} %")


def set_name(spec: str) -> str:
    """A labelled set by name, without article: "embedded validation split", "mine.npz"."""
    names = {"embedded": translate("ModelFigure", EMBEDDED_SPLIT),
             "mnist-test": translate("ModelFigure", "MNIST test set"),
             "mnist": translate("ModelFigure", "MNIST training set")}
    if spec in names:
        return names[spec]
    path = Path(spec).expanduser()
    if path == paths.user_samples_dir():
        return translate("ModelFigure", "your samples")
    return path.name or spec


@dataclass(frozen=True)
class ModelScore:
    accuracy: float
    n: int | None
    on: str
    """The images it was measured on, named: "embedded validation split", "mine.npz"."""
    detail: str
    """How it was measured, for a tooltip."""

    @property
    def where(self) -> str:
        return f"{self.on} ({count_text(self.n)})" if self.n else self.on

    def text(self) -> str:
        """``99.28 % on mnist-test-public.npz (5,000)``: the figure never without its set."""
        return translate("ModelScore", "{accuracy_text} on {where}").format(
                accuracy_text=accuracy_text(self.accuracy), where=self.where)


def _parts(metadata: dict) -> list[dict]:
    return [p for p in metadata.get("data") or [] if isinstance(p, dict)]


def is_embedded_split(metadata: dict) -> bool:
    """Whether the training's own validation split is exactly the embedded validation split."""
    parts = _parts(metadata)
    hyper = metadata.get("hyperparameters")
    fraction = _number(hyper.get("validation_fraction")) if isinstance(hyper, dict) else None
    return (len(parts) == 1 and parts[0].get("source") == "embedded"
            and parts[0].get("validation") == EMBEDDED_SPLIT_N
            and fraction in (None, VALIDATION_FRACTION))


def _recorded(metadata: dict, accuracy: float) -> ModelScore:
    data, n = metadata.get("test_data"), _count(metadata.get("test_n"))
    if not isinstance(data, str) or not data:
        return ModelScore(accuracy, n, translate("ModelFigure", "a recorded test set"),
                          translate("ModelFigure", "Recorded by digitgui evaluate --record."))
    images = formatted(translate("ModelFigure", " ({n:,} images)"), n=n) if n else ""
    return ModelScore(accuracy, n, set_name(data),
                      translate("ModelFigure",
                              "Recorded by digitgui evaluate --record on {data}{images}.").format(
                              data=data, images=images))


def _own_split(metadata: dict, accuracy: float) -> ModelScore:
    n = _count(metadata.get("validation_n"))
    if n is None:
        n = _count(sum(_count(p.get("validation")) or 0 for p in _parts(metadata)))
    if is_embedded_split(metadata):
        return ModelScore(accuracy, n, translate("ModelFigure", EMBEDDED_SPLIT),
                          translate("ModelFigure",
                                  "Measured by its training on the {EMBEDDED_SPLIT_N} embedded "
                                  "images it held out: the same images as Evaluation's embedded "
                                  "validation split.").format(EMBEDDED_SPLIT_N=EMBEDDED_SPLIT_N))
    by_source = metadata.get("validation_by_source")
    by_source = by_source if isinstance(by_source, dict) else {}
    lines = []
    for part in _parts(metadata):
        source = str(part.get("source", "?"))
        count = _count(part.get("validation"))
        figure = by_source.get(source)
        lines.append(formatted(translate("ModelFigure", "  {name}: {count:,} images"),
                name=set_name(source) if source != 'embedded'
                else translate("ModelFigure", "embedded images"),
                count=count or 0)
                     + (f", {accuracy_text(figure)}" if _number(figure) is not None else ""))
    split = ("\n" + "\n".join(lines)) if lines else ""
    return ModelScore(accuracy, n, translate("ModelFigure", OWN_SPLIT),
                      translate("ModelFigure", "Measured by its training on the images it "
                                "held out:{split}\n").format(split=split)
                      + not_comparable())


def model_score(bundle: Bundle) -> ModelScore | None:
    """The one figure to show for a model (None: never measured)."""
    metadata = bundle.metadata
    recorded = _number(metadata.get("test_accuracy"))
    if recorded is not None:
        return _recorded(metadata, recorded)
    own = _number(metadata.get("validation_accuracy"))
    return None if own is None else _own_split(metadata, own)
