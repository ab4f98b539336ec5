"""The four SemEval-2013 schemes as a table from matching outcomes to counts.

A matching (see :mod:`newsgold.eval.matching`) gives every gold span and every
prediction exactly one *outcome*:

=====================  ========  ========  ========  ========
outcome                strict    exact     partial   type
=====================  ========  ========  ========  ========
exact (bounds+label)   correct   correct   correct   correct
same bounds, other     incorrect correct   correct   incorrect
label
overlap, same label    incorrect incorrect partial   correct
overlap, other label   incorrect incorrect partial   incorrect
gold unmatched         missed    missed    missed    missed
pred unmatched         spurious  spurious  spurious  spurious
=====================  ========  ========  ========  ========

The partial scheme reads its own matching (the one that maximises the number
of overlapping pairs, see :mod:`newsgold.eval.matching`); the other three read the
``type`` matching. So an *outcome* is one of 6 rows above in one of the two
matchings (12 outcomes), and counting reduces to counting outcomes per
(unit, label) and multiplying by a fixed 0/1 table (:data:`OUTCOME_TO_COUNT`). That is what makes the
bootstrap cheap: resampling only re-weights small count vectors.

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

SCHEMES: tuple[str, ...] = ("strict", "exact", "partial", "type")
COUNTS: tuple[str, ...] = ("correct", "incorrect", "partial", "missed", "spurious")
COR, INC, PAR, MIS, SPU = range(5)

# Outcomes, in this order: the four matched kinds of newsgold.eval.matching, then missed,
# spurious, all in the type matching; then the same six in the partial matching.
OUTCOMES_PER_MATCHING = 6
N_OUTCOMES = 2 * OUTCOMES_PER_MATCHING
OUT_MISSED = 4
OUT_SPURIOUS = 5
PARTIAL_MATCHING = OUTCOMES_PER_MATCHING  # offset of the partial matching's outcomes
_READS_PARTIAL_MATCHING = ("partial",)

_TABLE = {
    # outcome: (strict, exact, partial, type)
    0: (COR, COR, COR, COR),
    1: (INC, COR, COR, INC),
    2: (INC, INC, PAR, COR),
    3: (INC, INC, PAR, INC),
    OUT_MISSED: (MIS, MIS, MIS, MIS),
    OUT_SPURIOUS: (SPU, SPU, SPU, SPU),
}

OUTCOME_TO_COUNT = np.zeros((N_OUTCOMES, len(SCHEMES), len(COUNTS)), dtype=np.int64)
"""``OUTCOME_TO_COUNT[outcome, scheme, count] == 1`` where the outcome adds to that count."""
for _outcome, _cats in _TABLE.items():
    for _s, _c in enumerate(_cats):
        _offset = PARTIAL_MATCHING if SCHEMES[_s] in _READS_PARTIAL_MATCHING else 0
        OUTCOME_TO_COUNT[_outcome + _offset, _s, _c] = 1


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
