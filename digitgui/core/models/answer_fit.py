"""Choosing a model's answer rule and temperature from held-out pictures (the build's last step).

``scripts/build_default_model.py`` reads the validation split of every training source with the
trained network and hands the logits here. Nothing here may see a measuring set: the lines are
set where the *training* sources' held-out pictures put them, then measured elsewhere.
"""

from __future__ import annotations

import numpy as np

from digitgui.core.data import NOT_A_DIGIT
from digitgui.core.models.answer import AnswerRule
from digitgui.core.models.calibration import fit_temperature, softmax

REAL_DIGITS_NOT_A_DIGIT = 0.005
"""The share of validation digits allowed to fall under the "not a digit" line in *each* real
source (the goal is at most 1 % of real digits; half of it leaves room for writers unlike the
validation set). Each source on its own: pooled, MNIST's many neat digits hid that a line at
0.5 % of all of them called 1.3 % of UNIPEN's real writers "not a digit"."""
RIGHT_ANSWERS_FLAGGED = 0.02
"""The share of right answers allowed to be "not sure" (the goal is at most 3 %)."""

Held = tuple[np.ndarray, np.ndarray]
"""A source's held-out digits: their logits (N, 10) and labels (N,)."""

COPIES = ("-stretched", "-redrawn")
"""What names a training source that is another picture of a source's training split (its
stretched or redrawn copy): its held-out pictures' originals were trained on, so it is never
fitted on."""


def fitted_on(source: str) -> bool:
    """Whether the held-out split of the training source named ``source`` (a file name or
    ``embedded``) takes part in the fit: every source but the copies."""
    return not any(copy in source for copy in COPIES)


def fit_held_out(held: dict[str, Held]) -> dict:
    """:func:`fit` from the held-out split of each training source, by the source's name: its
    logits (N, 10) and labels (N,), pictures that are not digits included (see
    :func:`sort_held_out`)."""
    return fit(*sort_held_out(held))


def sort_held_out(held: dict[str, Held]) -> tuple[dict[str, Held], list[Held], list[np.ndarray]]:
    """The held-out pictures as :func:`fit` takes them: copies are left out; synthetic forms
    ("forms" in the name) are never in the "not a digit" line; each other source's digits hold
    that line on their own; every source's non-digits join the others."""
    real, forms, others = {}, [], []
    for name, (logits, labels) in held.items():
        if not fitted_on(name):
            continue
        digits = labels < NOT_A_DIGIT
        if digits.any():
            if "forms" in name:
                forms.append((logits[digits], labels[digits]))
            else:
                real[name] = (logits[digits], labels[digits])
        others.append(logits[~digits])
    return real, forms, others


def top_two(probabilities: np.ndarray) -> np.ndarray:
    """What the two likeliest digits hold together (the "not a digit" score)."""
    return np.sort(probabilities, axis=1)[:, -2:].sum(axis=1)


def fit(real: dict[str, Held], forms: list[Held], others: list[np.ndarray]) -> dict:
    """Temperature, answer rule and a report of what they do on the held-out pictures.

    ``real``: each real source's digits (each holds the "not a digit" line on its own);
    ``forms``: synthetic digits (in the temperature and, pooled with the real digits, in the
    "not sure" line, never in the "not a digit" line); ``others``: the logits of pictures
    that are not digits.
    """
    all_logits = np.concatenate([z for z, _ in [*real.values(), *forms]])
    all_y = np.concatenate([y for _, y in [*real.values(), *forms]])
    temperature = fit_temperature(all_logits, all_y)
    all_p = softmax(all_logits, temperature)
    tops = {name: top_two(softmax(z, temperature)) for name, (z, _) in real.items()}
    digit_mass = min(float(np.quantile(t, REAL_DIGITS_NOT_A_DIGIT)) for t in tops.values())
    right = all_p.argmax(axis=1) == all_y
    sure = float(np.quantile(all_p[right].max(axis=1), RIGHT_ANSWERS_FLAGGED))
    # Rounded down: a rounded line must not pass more digits than the quantile allows.
    rule = AnswerRule(sure=round(min(sure, 0.95), 3),
                      digit_mass=float(np.floor(digit_mass * 1000) / 1000))
    other_top2 = top_two(softmax(np.concatenate(others), temperature))
    report = {
        "real_digits_n": sum(len(y) for _, y in real.values()),
        "real_digits_not_a_digit": {
            name: round(float(np.mean(t < rule.digit_mass)), 4) for name, t in tops.items()},
        "digits_n": len(all_p),
        "non_digits_n": len(other_top2),
        "non_digits_not_a_digit": round(float(np.mean(other_top2 < rule.digit_mass)), 4)
        if len(other_top2) else None,
        "misreads_flagged": round(float(np.mean(all_p[~right].max(axis=1) < rule.sure)), 4)
        if (~right).any() else None,
    }
    return {"calibration": {"temperature": temperature,
                            "fitted_on": "the validation split of each training source"},
            "answer_rule": rule.as_json(),
            "answer_rule_fitted_on": {"split": "validation (10 %)", **report}}
