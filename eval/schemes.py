"""The SemEval-2013 schemes as a table from matching outcomes to counts.

A matching (see :mod:`newsgold.eval.matching`) gives every gold span and every
prediction exactly one *outcome*; each scheme of :mod:`newsgold.eval.registry`
says which matching it reads and which count each outcome adds to (the table is
printed in docs/scoring.md from the registry).

So an *outcome* is one of 6 outcomes in one of the matchings
(``6 * len(MATCHINGS)`` outcomes), and counting reduces to counting outcomes
per (unit, label) and multiplying by a fixed 0/1 table
(:data:`OUTCOME_TO_COUNT`). That is what makes the bootstrap cheap: resampling
only re-weights small count vectors.

Overall and per-label rows: the overall row counts the outcomes of the
matchings of all spans. The row of label L counts the outcomes of a matching
of the gold spans labelled L against the predictions labelled L only (the
conlleval / seqeval / nervaluate definition): a prediction with the wrong
label is a spurious prediction in its own label's row and the gold span a
miss in the gold label's row, so label rows do not add up to the overall row.

Zero division (as scikit-learn's ``zero_division``): ``precision =
(cor + 0.5 par) / actual`` is undefined when nothing was predicted,
``recall = (cor + 0.5 par) / possible`` when there is nothing to find, and
``F1 = 2 (cor + 0.5 par) / (possible + actual)`` (the harmonic mean of the
two) only when both are empty. An undefined value is replaced by the
``zero_division`` value (0 by default, 1, or NaN) and reported as undefined.
"""

from __future__ import annotations

import numpy as np

from newsgold.eval.registry import COUNTS, MATCHINGS, OUTCOME_NAMES, SCHEME_NAMES
from newsgold.eval.registry import SCHEMES as REGISTERED_SCHEMES

__all__ = ["COUNTS", "SCHEMES", "N_OUTCOMES", "OUTCOME_TO_COUNT", "prf", "scheme_counts", "undefined"]

SCHEMES: tuple[str, ...] = SCHEME_NAMES

# Outcomes, in this order: the four matched kinds of newsgold.eval.matching, then missed,
# spurious, in the first matching of MATCHINGS; then the same six in the next one, and so on.
OUTCOMES_PER_MATCHING = len(OUTCOME_NAMES)
MATCHING_NAMES: tuple[str, ...] = tuple(MATCHINGS)
N_OUTCOMES = len(MATCHING_NAMES) * OUTCOMES_PER_MATCHING
OUT_MISSED = 4
OUT_SPURIOUS = 5
MATCHING_OFFSET: dict[str, int] = {name: i * OUTCOMES_PER_MATCHING for i, name in enumerate(MATCHING_NAMES)}
"""Index of each matching's first outcome."""

OUTCOME_TO_COUNT = np.zeros((N_OUTCOMES, len(SCHEMES), len(COUNTS)), dtype=np.int64)
"""``OUTCOME_TO_COUNT[outcome, scheme, count] == 1`` where the outcome adds to that count."""
for _s, _scheme in enumerate(REGISTERED_SCHEMES):
    for _outcome, _count in enumerate(_scheme.outcomes):
        OUTCOME_TO_COUNT[_outcome + MATCHING_OFFSET[_scheme.matching], _s, _count] = 1


def scheme_counts(outcomes: np.ndarray) -> np.ndarray:
    """Map outcome counts ``(..., N_OUTCOMES)`` to scheme counts ``(..., scheme, count)``."""
    return np.tensordot(outcomes, OUTCOME_TO_COUNT, axes=([-1], [0]))


ZERO_DIVISION_CHOICES = ("warn", "0", "1", "nan")
"""Accepted ``zero_division`` spellings (CLI and API); ``"warn"`` is 0 plus a warning."""


def zero_division_value(zero_division: str | float) -> tuple[float, bool]:
    """``(fill value, warn?)`` of a ``zero_division`` setting, like scikit-learn's.

    >>> zero_division_value("warn"), zero_division_value(1)
    ((0.0, True), (1.0, False))
    """
    text = str(zero_division).strip().lower()
    if text == "warn":
        return 0.0, True
    if text in ("0", "0.0"):
        return 0.0, False
    if text in ("1", "1.0"):
        return 1.0, False
    if text == "nan":
        return float("nan"), False
    raise ValueError(f"zero_division must be one of {', '.join(ZERO_DIVISION_CHOICES)}, got {zero_division!r}")


def _ratio(num: np.ndarray, den: np.ndarray, fill: float) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1), fill)


def undefined(possible: np.ndarray, actual: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Masks of undefined precision (nothing predicted), recall (nothing to find), F1 (both)."""
    possible, actual = np.asarray(possible), np.asarray(actual)
    return actual == 0, possible == 0, (possible == 0) & (actual == 0)


def prf(
    counts: np.ndarray, zero_division: float = 0.0
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Possible, actual, precision, recall, F1 from counts ``(..., 5)`` (vectorised).

    An undefined ratio (zero denominator, see :func:`undefined`) is ``zero_division``.

    Examples
    --------
    >>> possible, actual, p, r, f = prf(np.array([2, 3, 0, 1, 1]))
    >>> int(possible), int(actual), round(float(p), 4), round(float(r), 4)
    (6, 6, 0.3333, 0.3333)
    >>> [float(x) for x in prf(np.array([0, 0, 0, 0, 0]))[2:]]
    [0.0, 0.0, 0.0]
    >>> [float(x) for x in prf(np.array([0, 0, 0, 0, 2]), zero_division=1.0)[2:]]
    [0.0, 1.0, 0.0]
    """
    counts = np.asarray(counts, dtype=np.float64)
    cor, inc, par, mis, spu = (counts[..., i] for i in range(5))
    possible = cor + inc + par + mis
    actual = cor + inc + par + spu
    credit = cor + 0.5 * par
    precision = _ratio(credit, actual, zero_division)
    recall = _ratio(credit, possible, zero_division)
    f1 = _ratio(2 * credit, possible + actual, zero_division)
    return possible, actual, precision, recall, f1
