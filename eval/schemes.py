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

Charge-to-label rule: an outcome of a gold span (correct, incorrect, partial,
missed) is charged to the **gold** label; a spurious prediction to the
**predicted** label. Every outcome is charged exactly once, so per-label rows
add up to the overall row.

Zero-division policy (``precision = (cor + 0.5 par) / actual``,
``recall = (cor + 0.5 par) / possible``): a ratio with a zero denominator is
**1.0 when both possible and actual are 0** (nothing to find and nothing
found is a perfect result) and **0.0 otherwise**. F1 is the harmonic mean, and
0.0 when precision + recall is 0.
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


def _ratio(num: np.ndarray, den: np.ndarray, both_empty: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(den > 0, num / np.where(den > 0, den, 1), 0.0)
    return np.where(both_empty, 1.0, out)


def prf(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Possible, actual, precision, recall, F1 from counts ``(..., 5)`` (vectorised).

    Examples
    --------
    >>> possible, actual, p, r, f = prf(np.array([2, 3, 0, 1, 1]))
    >>> int(possible), int(actual), round(float(p), 4), round(float(r), 4)
    (6, 6, 0.3333, 0.3333)
    >>> [float(x) for x in prf(np.array([0, 0, 0, 0, 0]))[2:]]
    [1.0, 1.0, 1.0]
    """
    counts = np.asarray(counts, dtype=np.float64)
    cor, inc, par, mis, spu = (counts[..., i] for i in range(5))
    possible = cor + inc + par + mis
    actual = cor + inc + par + spu
    credit = cor + 0.5 * par
    both_empty = (possible == 0) & (actual == 0)
    precision = _ratio(credit, actual, both_empty)
    recall = _ratio(credit, possible, both_empty)
    denom = precision + recall
    with np.errstate(divide="ignore", invalid="ignore"):
        f1 = np.where(denom > 0, 2 * precision * recall / np.where(denom > 0, denom, 1), 0.0)
    return possible, actual, precision, recall, f1
