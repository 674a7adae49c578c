"""How numbers are written in the window: in its language's way (5,000 and 99.46 % in English,
5.000 and 99,46 % in German).

Each helper writes the number as Python would in English (so the English window is byte for
byte what it always was) and then puts in the separators of the window's language, which
:class:`QLocale` knows: ``,`` groups thousands and ``.`` marks decimals in English, the other
way round in German.
"""

from __future__ import annotations

import numbers
import string
from functools import cache
from typing import Any

from PySide6.QtCore import QLocale

from digitgui.ui.i18n import installed_language


@cache
def _separators(language: str) -> dict[int, str]:
    locale = QLocale(language)
    return str.maketrans({",": locale.groupSeparator(), ".": locale.decimalPoint()})


def localized(english: str) -> str:
    """A number (or a text of numbers: "0.95-1.00") written in English, with the window's
    separators instead."""
    language = installed_language()
    return english if language == "en" else english.translate(_separators(language))


def count_text(n: int) -> str:
    """A whole number with its thousands grouped: 5,000 / 5.000."""
    return localized(f"{int(n):,}")


def percent(probability: float, decimals: int = 1) -> str:
    """A probability as a percentage that never claims certainty it only rounds up to:
    0.99996 is '>99.9 %', not '100.0 %'."""
    top = 100 - 0.5 * 10 ** -decimals
    if 100 * probability >= top:
        return localized(f">{100 - 10 ** -decimals:.{decimals}f} %")
    return localized(f"{100 * probability:.{decimals}f} %")


class _Formatter(string.Formatter):
    """str.format, with every number written in the window's way (its format spec kept)."""

    def format_field(self, value: Any, format_spec: str) -> str:
        text = super().format_field(value, format_spec)
        is_number = isinstance(value, numbers.Number) and not isinstance(value, bool)
        return localized(text) if is_number else text


_FORMATTER = _Formatter()


def formatted(template: str, /, **values: Any) -> str:
    """``template.format(**values)`` with the numbers in the window's way: for a translated
    text with numbers in it ("{value:.1f} % of {count:,} images")."""
    return _FORMATTER.format(template, **values)
