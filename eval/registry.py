"""The one registry of matchings and scoring schemes.

Everything that knows about schemes reads this module: the counting table
(:mod:`newsgold.eval.schemes`), the stage-3 weights of the matching
(:mod:`newsgold.eval.matching`), the gate keys (``eval/report/gates.py``), the
report tables and the ``--help`` texts. Adding a scheme is one
:class:`Scheme` entry in :data:`SCHEMES`; adding a matching one
:class:`Matching` entry in :data:`MATCHINGS`.

A *matching* pairs gold and predicted spans one to one (see
:mod:`newsgold.eval.matching`); every matched pair, unmatched gold span and
unmatched prediction gets one of six *outcomes* (:data:`OUTCOME_NAMES`). A
*scheme* names the matching it reads and the SemEval count each outcome adds
to.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

COUNTS: tuple[str, ...] = ("correct", "incorrect", "partial", "missed", "spurious")
COR, INC, PAR, MIS, SPU = range(5)

OUTCOME_NAMES: tuple[str, ...] = (
    "same boundaries, same label",
    "same boundaries, other label",
    "overlap, same label",
    "overlap, other label",
    "gold span unmatched",
    "prediction unmatched",
)
"""The outcomes, in the order of :data:`newsgold.eval.matching.EXACT` ... ``OVERLAP_OTHER_LABEL``, missed, spurious."""


@dataclass(frozen=True)
class Matching:
    """A stage-3 weighting of overlapping pairs (stages 1 and 2 are shared by every matching).

    ``weight(same_label, k1, iou)`` gives the weight of overlapping pairs, where
    ``k1 = min(#gold, #pred) + 1`` in the component; scaling by powers of ``k1``
    turns the terms into a strict order of priorities.
    """

    name: str
    maximises: str
    weight: Callable[[np.ndarray, float, np.ndarray], np.ndarray]


MATCHINGS: dict[str, Matching] = {
    m.name: m
    for m in (
        Matching(
            "type",
            "same-label pairs, then pairs, then total IoU",
            lambda same, k1, iou: same * k1 * k1 + k1 + iou,
        ),
        Matching(
            "partial",
            "pairs, then same-label pairs, then total IoU",
            lambda same, k1, iou: k1 * k1 + same * k1 + iou,
        ),
    )
}


@dataclass(frozen=True)
class Scheme:
    """A SemEval-style scheme: the matching it reads and the count each outcome adds to."""

    name: str
    matching: str  # a key of MATCHINGS
    outcomes: tuple[int, int, int, int, int, int]  # count (COR..SPU) of each outcome, in OUTCOME_NAMES order
    help: str  # one line for --help, report tables and docs
    nervaluate: str  # the same scheme's name in nervaluate (test reference)


SCHEMES: tuple[Scheme, ...] = (
    Scheme("strict", "type", (COR, INC, INC, INC, MIS, SPU), "same boundaries and the same label", "strict"),
    Scheme("exact", "type", (COR, COR, INC, INC, MIS, SPU), "same boundaries, label ignored", "exact"),
    Scheme("partial", "partial", (COR, COR, PAR, PAR, MIS, SPU),
           "any overlap counts half, same boundaries in full; label ignored", "partial"),  # fmt: skip
    Scheme("type", "type", (COR, INC, COR, INC, MIS, SPU), "any overlap with the same label", "ent_type"),
)
SCHEME_NAMES: tuple[str, ...] = tuple(s.name for s in SCHEMES)
SCHEME_HELP: dict[str, str] = {s.name: s.help for s in SCHEMES}

for _s in SCHEMES:  # a wrong entry fails at import, not in a report
    if _s.matching not in MATCHINGS or len(_s.outcomes) != len(OUTCOME_NAMES):
        raise ValueError(f"scheme {_s.name!r}: unknown matching or wrong outcome table")


def schemes_help(indent: str = "  ") -> str:
    """The schemes, one per line, for ``--help`` epilogs.

    >>> print(schemes_help().splitlines()[0])
      strict   same boundaries and the same label
    """
    width = max(len(s.name) for s in SCHEMES) + 3
    return "\n".join(f"{indent}{s.name:<{width}}{s.help}" for s in SCHEMES)


def outcome_table_markdown() -> str:
    """The outcome -> count table of every scheme, as Markdown (docs/scoring.md shows it)."""
    head = "| outcome | " + " | ".join(s.name for s in SCHEMES) + " |"
    rule = "| --- |" + " --- |" * len(SCHEMES)
    rows = [f"| {o} | " + " | ".join(COUNTS[s.outcomes[i]] for s in SCHEMES) + " |" for i, o in enumerate(OUTCOME_NAMES)]
    return "\n".join([head, rule, *rows])
