"""Span agreement between two annotators that does not depend on region order, and the disagreements to adjudicate.

Two annotators' spans of one document are compared **per label** (so a
QUOTE over a PERSON, or two labels on one stretch, never halve anything):

* *strict*: the same ``[start, end)`` and label;
* *overlap* (boundary-tolerant): a one-to-one matching of same-label spans that
  share at least one character, maximal in the number of pairs and then in the
  characters they share (``scipy.optimize.linear_sum_assignment``); a strict
  match is always an overlap match.

Both are F1 = 2·matched / (spans of a + spans of b), symmetric in a and b,
and computed from sets, so the order of the regions cannot change them.

Disagreements left after the matching are sorted into the kinds an
adjudicator works through: ``boundary`` (same label, overlapping, different
ends), ``label`` (same ends, different label), ``missing`` (marked by one
annotator only), ``value`` (a matched DATE with different values) and
``said_by`` (a quote attributed differently).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.optimize import linear_sum_assignment

from newsgold.spandoc import Span, SpanDocument

KINDS = ("boundary", "label", "missing", "value", "said_by")


@dataclass
class LabelCounts:
    """Per label: spans of a, of b, strict matches, overlap matches."""

    a: int = 0
    b: int = 0
    strict: int = 0
    overlap: int = 0

    def add(self, other: LabelCounts) -> None:
        self.a += other.a
        self.b += other.b
        self.strict += other.strict
        self.overlap += other.overlap

    @staticmethod
    def f1(n: int, a: int, b: int) -> float | None:
        return None if a + b == 0 else 2 * n / (a + b)

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a, "b": self.b, "both": self.strict, "f1": self.f1(self.strict, self.a, self.b),
            "overlap_both": self.overlap, "overlap_f1": self.f1(self.overlap, self.a, self.b),
        }


@dataclass
class DocumentComparison:
    """One document, two annotators: counts per label and the disagreements found."""

    counts: dict[str, LabelCounts] = field(default_factory=dict)
    disagreements: list[dict[str, Any]] = field(default_factory=list)


def _overlap_pairs(xs: Sequence[Span], ys: Sequence[Span]) -> list[tuple[int, int]]:
    """Maximum one-to-one matching of overlapping spans, preferring more pairs, then more shared characters."""
    if not xs or not ys:
        return []
    shared = np.zeros((len(xs), len(ys)))
    for i, x in enumerate(xs):
        for j, y in enumerate(ys):
            common = min(x.end, y.end) - max(x.start, y.start)
            if common > 0:
                shared[i, j] = common
    if not shared.any():
        return []
    weight = np.where(shared > 0, 1e6 + shared, 0.0)  # every pair counts more than any amount of characters
    rows, cols = linear_sum_assignment(weight, maximize=True)
    return [(int(r), int(c)) for r, c in zip(rows, cols, strict=True) if shared[r, c] > 0]


def _span(s: Span) -> dict[str, Any]:
    out: dict[str, Any] = {"start": s.start, "end": s.end, "label": s.label, "text": s.text}
    if s.value is not None:
        out["value"] = s.value
    return out


def compare_documents(a: SpanDocument, b: SpanDocument, labels: Sequence[str], names: tuple[str, str]) -> DocumentComparison:
    """Strict and overlap matches per label, and every disagreement (see module docstring)."""
    out = DocumentComparison()
    left_a: list[Span] = []
    left_b: list[Span] = []
    matched_a: dict[str, Span] = {}  # a's span id -> b's span it matched (for values and said_by)
    for lab in labels:
        sa = sorted((s for s in a.spans if s.label == lab), key=lambda s: (s.start, s.end, s.id))
        sb = sorted((s for s in b.spans if s.label == lab), key=lambda s: (s.start, s.end, s.id))
        counts = LabelCounts(len(sa), len(sb))
        free_b = list(sb)
        rest_a = []
        for s in sa:
            twin = next((t for t in free_b if (t.start, t.end) == (s.start, s.end)), None)
            if twin is None:
                rest_a.append(s)
            else:
                free_b.remove(twin)
                matched_a[s.id] = twin
                counts.strict += 1
        pairs = _overlap_pairs(rest_a, free_b)
        counts.overlap = counts.strict + len(pairs)
        for i, j in pairs:
            x, y = rest_a[i], free_b[j]
            matched_a[x.id] = y
            out.disagreements.append({"kind": "boundary", names[0]: _span(x), names[1]: _span(y)})
        paired_a = {i for i, _ in pairs}
        paired_b = {j for _, j in pairs}
        left_a += [s for i, s in enumerate(rest_a) if i not in paired_a]
        left_b += [s for j, s in enumerate(free_b) if j not in paired_b]
        out.counts[lab] = counts
    for s in list(left_a):  # same place, another label
        twin = next((t for t in left_b if (t.start, t.end) == (s.start, s.end)), None)
        if twin is not None:
            left_a.remove(s)
            left_b.remove(twin)
            matched_a[s.id] = twin
            out.disagreements.append({"kind": "label", names[0]: _span(s), names[1]: _span(twin)})
    for who, spans in ((names[0], left_a), (names[1], left_b)):
        for s in spans:
            out.disagreements.append({"kind": "missing", "marked_by": who, "span": _span(s)})
    for s in a.spans:
        t = matched_a.get(s.id)
        if t is not None and s.label == t.label and (s.value is not None or t.value is not None) and s.value != t.value:
            out.disagreements.append({"kind": "value", names[0]: _span(s), names[1]: _span(t)})
    by_a, by_b = a.span_by_id(), b.span_by_id()
    speakers_a = {r.from_id: by_a[r.to_id] for r in a.relations if r.from_id in by_a and r.to_id in by_a}
    speakers_b = {r.from_id: by_b[r.to_id] for r in b.relations if r.from_id in by_b and r.to_id in by_b}
    for qid, speaker in speakers_a.items():
        twin = matched_a.get(qid)
        other = speakers_b.get(twin.id) if twin is not None else None
        if twin is not None and (other is None or (other.start, other.end) != (speaker.start, speaker.end)):
            out.disagreements.append({
                "kind": "said_by", "quote": _span(by_a[qid]),
                names[0]: _span(speaker), names[1]: _span(other) if other is not None else None,
            })
    matched_b = {t.id for t in matched_a.values()}
    for qid, speaker in speakers_b.items():
        if qid in matched_b and not any(t.id == qid and sid in speakers_a for sid, t in matched_a.items()):
            out.disagreements.append({"kind": "said_by", "quote": _span(by_b[qid]), names[0]: None, names[1]: _span(speaker)})
    return out
