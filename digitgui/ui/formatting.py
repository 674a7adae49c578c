"""How numbers are written in the window."""

from __future__ import annotations


def percent(probability: float, decimals: int = 1) -> str:
    """A probability as a percentage that never claims certainty it only rounds up to:
    0.99996 is '>99.9 %', not '100.0 %'."""
    top = 100 - 0.5 * 10 ** -decimals
    if 100 * probability >= top:
        return f">{100 - 10 ** -decimals:.{decimals}f} %"
    return f"{100 * probability:.{decimals}f} %"
