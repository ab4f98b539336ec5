"""Krippendorff's unitizing alpha (αu): chance-corrected agreement on where spans are and what they are.

Implemented from the published definition for two observers (Krippendorff,
*Content Analysis*, 2nd ed., 2004, section 12.4, after Krippendorff 1995, "On
the reliability of unitizing continuous data", *Sociological Methodology*
25:47-76), one value (label) ``c`` at a time:

* Each observer's annotation divides the continuum (here: the characters of
  the documents) into *units* of ``c`` and the *gaps* between them. A document
  boundary always ends a gap, so a gap never spans two documents.
* Observed disagreement sums, over every ordered pair of observers ``i != j``
  and every segment ``g`` of ``i`` and ``h`` of ``j`` that overlap, the
  squared distance

  - two units: ``(b_g - b_h)² + (e_g - e_h)²`` (start and end offsets);
  - a unit lying entirely inside a gap of the other observer: ``l_unit²``;
  - anything else (two gaps, a unit partly over a gap): 0;

  divided by ``m(m-1)L²`` (``m`` observers, ``L`` the continuum length).
* Expected disagreement is that of units placed by chance in the pooled gaps:

  ``De = 2/L · Σ_units [ (N-1)/3 · (2l³ - 3l² + l) + l² · Σ_gaps (l_gap - l + 1)·[l_gap ≥ l] ]
  / ( mL(mL - 1) - Σ_units l(l - 1) )``

  with ``N`` the number of ``c`` units of all observers.
* ``αu_c = 1 - Do_c / De_c``; over all labels ``αu = 1 - Σ_c Do_c / Σ_c De_c``.

The tests reproduce the worked examples printed in the 2004 book (p. 254:
``Do = .0144, De = .0532, αu = .7286`` for its value c) and the 1995 paper's
examples (section 4); see tests/newsgold/test_agreement_unitizing.py.

Krippendorff, Mathet, Bouvry and Widlöcher (2016, "On the reliability of
unitizing textual continua: Further developments", *Quality & Quantity*
50:2347-2364) revised the coefficient for *more than two* observers; that
revision is not implemented here, so newsgold reports αu per pair of
annotators only. Overlapping spans of one label by one annotator (which the
definition does not allow: a label's units partition nothing twice) are
merged into one unit first.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

Unit = tuple[int, int]
"""A unit as half-open ``[start, end)`` offsets into one document."""


@dataclass(frozen=True)
class Disagreement:
    """Observed and expected disagreement of one label; ``alpha`` is None when nothing can be expected."""

    observed: float
    expected: float

    @property
    def alpha(self) -> float | None:
        return None if self.expected == 0 else 1.0 - self.observed / self.expected


def _merged(units: Sequence[Unit]) -> list[Unit]:
    out: list[list[int]] = []
    for s, e in sorted(units):
        if e <= s:
            continue
        if out and s < out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def segments(units: Sequence[Unit], length: int) -> list[tuple[int, int, bool]]:
    """``[(start, end, is_unit)]`` covering ``[0, length)``: the units and the gaps between them."""
    out = []
    pos = 0
    for s, e in _merged(units):
        if s < 0 or e > length:
            raise ValueError(f"unit [{s}, {e}) outside the continuum [0, {length})")
        if s > pos:
            out.append((pos, s, False))
        out.append((s, e, True))
        pos = e
    if pos < length:
        out.append((pos, length, False))
    return out


def _distance(g: tuple[int, int, bool], h: tuple[int, int, bool]) -> float:
    (bg, eg, ug), (bh, eh, uh) = g, h
    if eg <= bh or eh <= bg:  # no overlap
        return 0.0
    if ug and uh:
        return float((bg - bh) ** 2 + (eg - eh) ** 2)
    if ug and not uh and bh <= bg and eg <= eh:
        return float((eg - bg) ** 2)
    if uh and not ug and bg <= bh and eh <= eg:
        return float((eh - bh) ** 2)
    return 0.0


def _observed_sum(a: list[tuple[int, int, bool]], b: list[tuple[int, int, bool]]) -> float:
    """Σ δ² over overlapping segment pairs of two observers (both lists sorted, covering the same stretch)."""
    total = 0.0
    j = 0
    for g in a:
        while j < len(b) and b[j][1] <= g[0]:
            j += 1
        k = j
        while k < len(b) and b[k][0] < g[1]:
            total += _distance(g, b[k])
            k += 1
    return total


def label_disagreement(observers: Sequence[Mapping[str, Sequence[Unit]]], lengths: Mapping[str, int]) -> Disagreement:
    """Do and De of one label; ``observers[i][doc_id]`` are observer i's units in that document."""
    m = len(observers)
    if m < 2:
        raise ValueError("unitizing alpha needs at least two observers")
    total_length = sum(lengths.values())
    if total_length <= 0:
        return Disagreement(0.0, 0.0)
    segs = [{doc: segments(obs.get(doc, ()), n) for doc, n in lengths.items()} for obs in observers]
    observed = 0.0
    for i, j in itertools.permutations(range(m), 2):
        for doc in lengths:
            observed += _observed_sum(segs[i][doc], segs[j][doc])
    observed /= m * (m - 1) * total_length**2

    units = [e - s for obs in segs for doc in obs.values() for s, e, u in doc if u]
    gaps = sorted(e - s for obs in segs for doc in obs.values() for s, e, u in doc if not u)
    suffix = [0] * (len(gaps) + 1)  # suffix[k] = Σ gaps[k:]
    for k in range(len(gaps) - 1, -1, -1):
        suffix[k] = suffix[k + 1] + gaps[k]
    n = len(units)
    numerator = 0.0
    for ln in units:
        k = bisect.bisect_left(gaps, ln)  # gaps at least as long as the unit
        fitting = suffix[k] - (ln - 1) * (len(gaps) - k)
        numerator += (n - 1) / 3 * (2 * ln**3 - 3 * ln**2 + ln) + ln**2 * fitting
    denominator = m * total_length * (m * total_length - 1) - sum(ln * (ln - 1) for ln in units)
    expected = 0.0 if n == 0 or denominator <= 0 else 2 / total_length * numerator / denominator
    return Disagreement(observed, expected)


def unitizing_alpha(
    observers: Sequence[Mapping[str, Mapping[str, Sequence[Unit]]]], lengths: Mapping[str, int]
) -> tuple[dict[str, Disagreement], float | None]:
    """Per label and overall αu; ``observers[i][label][doc_id]`` are observer i's units.

    Returns ``({label: Disagreement}, overall alpha)``; the overall alpha is
    ``1 - ΣDo/ΣDe`` over the labels (None when no label has expected disagreement).
    """
    labels = sorted({lab for obs in observers for lab in obs})
    per_label = {lab: label_disagreement([obs.get(lab, {}) for obs in observers], lengths) for lab in labels}
    do = sum(d.observed for d in per_label.values())
    de = sum(d.expected for d in per_label.values())
    return per_label, (None if de == 0 else 1.0 - do / de)
