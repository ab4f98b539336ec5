"""One-to-one matching of gold and predicted spans, for every document at once.

The strict, exact and type schemes, the error list, the confusion table,
quote attribution and date values all read ONE matching, so their numbers
cannot contradict each other; the partial scheme reads a second one that
differs only in stage 3 below. Each is an optimal assignment with
lexicographic priorities:

1. **Exact boundaries and label** (same ``doc, start, end, label``) always
   pair first.
2. Then **exact boundaries** with a different label.
3. Then, among the spans left, a maximum-weight bipartite matching over
   overlapping pairs (``a.start < b.end and b.start < a.end``). Two weightings
   exist, one per lenient scheme, because the best matching for one is not
   always the best for the other::

       prefer="type":    w(g, p) = same_label * (K+1)**2 + (K+1)              + IoU(g, p)
       prefer="partial": w(g, p) = (K+1)**2              + same_label * (K+1) + IoU(g, p)

   where ``K = min(#gold, #pred)`` in the overlap component. The terms are
   scaled so that they act as a strict order of priorities. ``type``: first
   as many same-label overlaps as possible, then as many overlapping pairs as
   possible, then the largest total intersection-over-union (IoU).
   ``partial``: first as many overlapping pairs as possible, then as many
   same-label ones, then the largest IoU. Pairs that do not overlap are never
   matched. The strict, exact and type schemes, the error list, attribution
   and dates use the ``type`` matching; the partial scheme its own.

Stages 1 and 2 are optimal on their own (equal keys form disjoint classes in
which any pairing is as good as any other), so the staged result is the
optimum of the lexicographic objective.

Determinism: spans are put in a canonical order (``doc, start, end, label``,
then ``value`` and ``id`` for duplicates) before anything else, so shuffling
the input never changes the result.

Speed: everything but the few non-trivial overlap components is vectorised
with numpy. Spans are sorted once, components are found with a running
maximum of end offsets, and the common cases (one gold and one prediction,
or one side only) are resolved without a Python loop. Only components with at
least two spans on one side and one on the other go through an assignment
(:func:`best_assignment`: exhaustive for the small components news text has,
:func:`scipy.optimize.linear_sum_assignment` beyond).
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from operator import attrgetter

import numpy as np

from newsgold.eval.registry import MATCHINGS
from newsgold.spancolumns import LabelCodes, gather
from newsgold.spandoc import Span

__all__ = [
    "LabelCodes", "MatchResult", "RawSpans", "SpanTable", "best_assignment", "match_spans", "match_spans_multi",
    "match_within_labels",
]  # fmt: skip

# Kinds of matched pair (values of MatchResult.kind).
EXACT = 0
"""Same boundaries and label."""
BOUNDARY_ONLY = 1
"""Same boundaries, different label."""
OVERLAP_SAME_LABEL = 2
"""Overlapping, different boundaries, same label."""
OVERLAP_OTHER_LABEL = 3
"""Overlapping, different boundaries, different label."""
KIND_NAMES = ("exact", "boundary_only", "overlap_same_label", "overlap_other_label")


@dataclass(frozen=True)
class RawSpans:
    """Spans of one side flattened in input order (before canonical sorting)."""

    flat: list[Span]
    doc: np.ndarray
    start: np.ndarray
    end: np.ndarray
    code: np.ndarray  # LabelCodes codes


@dataclass(frozen=True)
class SpanTable:
    """All spans of one side (gold or predicted) as flat numpy arrays in canonical order.

    ``doc`` indexes the list of documents given to :meth:`build`; ``label``
    indexes the label list. :meth:`span` gives the original object of row
    ``i`` (for error listings, speakers, date values).
    """

    doc: np.ndarray  # int32, document index
    start: np.ndarray  # int32 (int64 for offsets past 2**31 - 1)
    end: np.ndarray  # same dtype as start
    label: np.ndarray  # int32, label index
    flat: list[Span]  # spans in input order
    source: np.ndarray  # int64, row -> index into flat

    def __len__(self) -> int:
        return len(self.source)

    def span(self, i: int | np.integer) -> Span:
        """The span object of row ``i``."""
        return self.flat[self.source[i]]

    @property
    def spans(self) -> list[Span]:
        """All span objects in row order (builds a list: prefer :meth:`span` in loops)."""
        return [self.flat[i] for i in self.source]

    @staticmethod
    def extract(per_doc: Sequence[Sequence[Span]], codes: dict[str, int]) -> RawSpans:
        """Flatten spans into arrays in input order; labels are coded with ``codes``.

        Reading a million Python objects is the slow part of scoring. Lists
        the fast loader made carry the columns it read while checking them
        (:mod:`newsgold.spancolumns`): those are taken as they are. Other lists
        are read in exactly two C-level passes: one for ``(start, end)`` pairs
        and one for labels.
        """
        counts = np.fromiter(map(len, per_doc), dtype=np.int64, count=len(per_doc))
        n = int(counts.sum())
        doc = np.repeat(np.arange(len(per_doc), dtype=np.int32), counts)
        loaded = gather(per_doc)
        if loaded is not None:
            start, end, label, names, flat = loaded
            present = np.bincount(label, minlength=len(names)) > 0  # only labels of these spans get a code
            remap = np.array([codes[lab] if seen else -1 for lab, seen in zip(names, present.tolist(), strict=True)]
                             or [0], dtype=np.int32)  # fmt: skip
            # int32 halves the memory (and the page faults) of a million-span table; past 2**31 - 1, int64.
            if n == 0 or int(end.max()) < 2**31:
                start, end = start.astype(np.int32), end.astype(np.int32)
            return RawSpans(flat, doc, start, end, remap[label])
        flat = list(chain.from_iterable(per_doc))
        try:
            bounds = np.fromiter(chain.from_iterable(map(attrgetter("start", "end"), flat)), np.int32, 2 * n)
        except OverflowError:
            bounds = np.fromiter(chain.from_iterable(map(attrgetter("start", "end"), flat)), np.int64, 2 * n)
        code = np.fromiter(map(codes.__getitem__, map(attrgetter("label"), flat)), dtype=np.int32, count=n)
        return RawSpans(flat, doc, bounds[0::2], bounds[1::2], code)

    @classmethod
    def from_raw(cls, raw: RawSpans, code_to_label_index: np.ndarray) -> SpanTable:
        """Sort extracted spans canonically, with label codes mapped to label indices."""
        label = code_to_label_index[raw.code] if len(raw.code) else raw.code
        cols = (raw.doc, raw.start, raw.end, label)
        key = _packed_key(*cols) if len(label) else None
        if key is not None and bool(np.all(key[1:] >= key[:-1])):
            # Already in canonical order (extractors usually emit spans sorted): no gather needed.
            same_as_prev = key[1:] == key[:-1]
            order = _break_ties(np.arange(len(key)), same_as_prev, raw.flat)
            if not same_as_prev.any():
                cont = np.ascontiguousarray
                return cls(raw.doc, cont(raw.start), cont(raw.end), label, raw.flat, order)
            return cls(raw.doc[order], raw.start[order], raw.end[order], label[order], raw.flat, order)
        if key is not None:
            order = np.argsort(key, kind="stable")
            sorted_key = key[order]
            same_as_prev = sorted_key[1:] == sorted_key[:-1]
        else:
            order = np.lexsort(tuple(reversed(cols)))
            same_as_prev = np.ones(max(len(order) - 1, 0), dtype=bool)
            for c in cols:
                sc = c[order]
                same_as_prev &= sc[1:] == sc[:-1]
        order = _break_ties(order, same_as_prev, raw.flat)
        return cls(raw.doc[order], raw.start[order], raw.end[order], label[order], raw.flat, order)

    @classmethod
    def build(cls, per_doc: Sequence[Sequence[Span]], label_index: dict[str, int]) -> SpanTable:
        """Flatten the spans of each document and sort them canonically.

        ``per_doc[i]`` are the spans of document ``i``; every label must be in
        ``label_index``. The order inside the input lists does not matter.
        """
        raw = cls.extract(per_doc, label_index)
        return cls.from_raw(raw, np.arange(max(len(label_index), 1), dtype=np.int32))


def _break_ties(order: np.ndarray, same_as_prev: np.ndarray, flat: list[Span]) -> np.ndarray:
    """Order identical ``(doc, start, end, label)`` spans by ``(value, id)``.

    Duplicates are rare, so only their runs are re-sorted in Python; this
    makes the canonical order independent of the input order.
    """
    if len(order) < 2 or not same_as_prev.any():
        return order
    order = order.copy()
    run_starts = np.flatnonzero(~np.concatenate(([False], same_as_prev)))
    run_ends = np.append(run_starts[1:], len(order))
    for a, b in zip(run_starts[(run_ends - run_starts) > 1], run_ends[(run_ends - run_starts) > 1], strict=True):
        block = sorted(order[a:b], key=lambda i: (flat[i].value or "", flat[i].id))
        order[a:b] = block
    return order


@dataclass(frozen=True)
class MatchResult:
    """Matched pairs and leftovers, as indices into the two :class:`SpanTable` s."""

    gold_index: np.ndarray  # int64, matched gold rows
    pred_index: np.ndarray  # int64, matched pred rows (same length)
    kind: np.ndarray  # int64, EXACT / BOUNDARY_ONLY / OVERLAP_SAME_LABEL / OVERLAP_OTHER_LABEL
    missed: np.ndarray  # int64, unmatched gold rows
    spurious: np.ndarray  # int64, unmatched pred rows


def _packed_key(*cols: np.ndarray) -> np.ndarray | None:
    """One int64 per row ordering like the tuple of ``cols``, or None if they do not fit in 62 bits."""
    widths = []
    for c in cols:
        if c.min() < 0:
            return None
        widths.append(int(c.max()).bit_length())
    if sum(widths) > 62:
        return None
    key = np.zeros(len(cols[0]), dtype=np.int64)
    for c, w in zip(cols, widths, strict=True):
        key <<= w
        key |= c
    return key


def sort_rows(*cols: np.ndarray) -> np.ndarray:
    """Stable order of rows by ``cols`` (first column most significant).

    Non-negative integer columns whose value ranges fit in 62 bits together are
    packed into one int64 key and sorted once (several times faster than
    :func:`numpy.lexsort` on a million rows); otherwise ``lexsort``.
    """
    if len(cols[0]) == 0:
        return np.zeros(0, dtype=np.int64)
    key = _packed_key(*cols)
    if key is None:
        return np.lexsort(tuple(reversed(cols)))
    return np.argsort(key, kind="stable")


def _group_keys(*cols: np.ndarray) -> np.ndarray:
    """Dense group number of each row for equal tuples of ``cols`` (rows already sorted by them)."""
    n = len(cols[0])
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    new = np.zeros(n, dtype=bool)
    new[0] = True
    for c in cols:
        new[1:] |= c[1:] != c[:-1]
    return np.cumsum(new) - 1


def _rank_in_group(group: np.ndarray) -> np.ndarray:
    """0, 1, 2, ... inside each run of equal consecutive ``group`` values."""
    n = len(group)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    first = np.flatnonzero(np.concatenate(([True], group[1:] != group[:-1])))
    run_len = np.diff(np.append(first, n))
    return np.arange(n) - np.repeat(first, run_len)


def _pair_equal_keys(
    g_rows: np.ndarray, p_rows: np.ndarray, g_cols: Sequence[np.ndarray], p_cols: Sequence[np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """Pair the k-th gold with the k-th prediction of every class of equal keys.

    ``g_rows``/``p_rows`` are candidate rows in canonical order; ``*_cols``
    their key columns. Returns matched (gold rows, pred rows).
    """
    if len(g_rows) == 0 or len(p_rows) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    packed = _pack_keys(g_cols, p_cols)
    if packed is not None:
        g_key, p_key = packed
        if np.all(g_key[1:] >= g_key[:-1]) and np.all(p_key[1:] >= p_key[:-1]):
            # Both sides already sorted by key (rows are in canonical order): one binary search.
            pos = np.searchsorted(p_key, g_key, side="left") + _rank_in_group(g_key)
            ok = pos < len(p_key)
            ok[ok] = p_key[pos[ok]] == g_key[ok]
            return g_rows[ok], p_rows[pos[ok]]
    # General case: stable sort of both sides together by key: gold and pred rows of a class become adjacent.
    cols = [np.concatenate((a, b)) for a, b in zip(g_cols, p_cols, strict=True)]
    side = np.concatenate((np.zeros(len(g_rows), np.int64), np.ones(len(p_rows), np.int64)))
    order = sort_rows(*cols, side)  # stable: canonical order kept inside each (class, side)
    sorted_cols = [c[order] for c in cols]
    group = _group_keys(*sorted_cols)
    side_s = side[order]
    # rank within (group, side)
    rank = _rank_in_group(group * 2 + side_s)
    key = group * (len(side) + 1) + rank
    g_mask = side_s == 0
    g_key, p_key = key[g_mask], key[~g_mask]
    _, gi, pi = np.intersect1d(g_key, p_key, assume_unique=True, return_indices=True)
    g_pos = order[g_mask][gi]
    p_pos = order[~g_mask][pi] - len(g_rows)
    return g_rows[g_pos], p_rows[p_pos]


def _pack_keys(g_cols: Sequence[np.ndarray], p_cols: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray] | None:
    """One int64 key per row for each side (same packing on both), or None if it does not fit."""
    widths = []
    for g, p in zip(g_cols, p_cols, strict=True):
        if min(int(g.min()), int(p.min())) < 0:
            return None
        widths.append(max(int(g.max()), int(p.max())).bit_length())
    if sum(widths) > 62:
        return None
    keys = []
    for cols in (g_cols, p_cols):
        key = np.zeros(len(cols[0]), dtype=np.int64)
        for c, w in zip(cols, widths, strict=True):
            key <<= w
            key |= c
        keys.append(key)
    return keys[0], keys[1]


def _remaining(n: int, used: np.ndarray) -> np.ndarray:
    mask = np.ones(n, dtype=bool)
    mask[used] = False
    return np.flatnonzero(mask)


PREFERENCES: tuple[str, ...] = tuple(MATCHINGS)


def match_spans(gold: SpanTable, pred: SpanTable, prefer: str = "type", min_overlap: float = 0.0) -> MatchResult:
    """Optimal one-to-one matching of ``gold`` and ``pred`` within each document.

    ``prefer`` picks the stage-3 weighting (see the module docstring).

    Examples
    --------
    >>> from newsgold.spandoc import Span
    >>> idx = {"A": 0, "B": 1}
    >>> g = SpanTable.build([[Span("g1", 0, 13, "A"), Span("g2", 14, 18, "B")]], idx)
    >>> p = SpanTable.build([[Span("p1", 0, 18, "A")]], idx)
    >>> m = match_spans(g, p)
    >>> [g.span(i).id for i in m.gold_index], [KIND_NAMES[k] for k in m.kind], [g.span(i).id for i in m.missed]
    (['g1'], ['overlap_same_label'], ['g2'])
    """
    return match_spans_multi(gold, pred, (prefer,), min_overlap)[prefer]


def match_spans_multi(
    gold: SpanTable, pred: SpanTable, prefers: Sequence[str], min_overlap: float = 0.0
) -> dict[str, MatchResult]:
    """:func:`match_spans` for several preferences, sharing stages 1 and 2 and the components.

    ``min_overlap``: in stage 3, a pair is a candidate only when the overlap
    covers at least this fraction of the gold span's characters
    (``|g ∩ p| / |g| >= min_overlap``; nervaluate 1.2's ``min_overlap_percentage``
    / 100). 0 (default): any overlap.
    """
    for prefer in prefers:
        if prefer not in PREFERENCES:
            raise ValueError(f"prefer must be one of {PREFERENCES}, got {prefer!r}")
    ng, npred = len(gold), len(pred)
    g_all, p_all = np.arange(ng), np.arange(npred)

    # Stage 1: exact boundaries and label.
    g1, p1 = _pair_equal_keys(
        g_all, p_all, (gold.doc, gold.start, gold.end, gold.label), (pred.doc, pred.start, pred.end, pred.label)
    )
    g_left, p_left = _remaining(ng, g1), _remaining(npred, p1)

    # Stage 2: exact boundaries, different label.
    g2, p2 = _pair_equal_keys(
        g_left,
        p_left,
        (gold.doc[g_left], gold.start[g_left], gold.end[g_left]),
        (pred.doc[p_left], pred.start[p_left], pred.end[p_left]),
    )
    g_left = np.setdiff1d(g_left, g2, assume_unique=True)
    p_left = np.setdiff1d(p_left, p2, assume_unique=True)

    # Stage 3: overlap components of what is left.
    return {
        prefer: _result(gold, pred, (g1, p1), (g2, p2), stage3)
        for prefer, stage3 in _match_overlaps(gold, pred, g_left, p_left, tuple(prefers), min_overlap).items()
    }


def match_within_labels(
    gold: SpanTable, pred: SpanTable, overall: MatchResult, n_labels: int, min_overlap: float = 0.0
) -> MatchResult:
    """Each label's spans matched alone: gold L against predicted L (the per-label rows of conlleval/seqeval).

    The same result as :func:`match_spans_multi` on tables whose documents are
    the (document, label) pairs, with less work: stage 1 pairs equal
    ``(doc, start, end, label)`` keys, so its pairs are those of ``overall``
    (any matching of the same tables); stage 2 (same boundaries, another label)
    can pair nothing inside one label; so only stage 3 runs, on the
    (document, label) groups. Alone among its label, a span's ``type`` and
    ``partial`` weightings coincide. Row numbers are those of ``gold`` and ``pred``.
    """
    exact = overall.kind == EXACT
    g1, p1 = overall.gold_index[exact], overall.pred_index[exact]
    g_left, p_left = _remaining(len(gold), g1), _remaining(len(pred), p1)
    g3, p3 = _match_overlaps(_by_label(gold, n_labels), _by_label(pred, n_labels), g_left, p_left, ("type",),
                             min_overlap)["type"]  # fmt: skip
    empty = np.zeros(0, dtype=np.int64)
    return _result(gold, pred, (g1, p1), (empty, empty), (g3, p3))


def _by_label(table: SpanTable, n_labels: int) -> SpanTable:
    """The same rows with every (document, label) pair as a document of its own."""
    doc = table.doc.astype(np.int64) * max(n_labels, 1) + table.label
    return SpanTable(doc, table.start, table.end, table.label, table.flat, table.source)


def _result(
    gold: SpanTable,
    pred: SpanTable,
    stage1: tuple[np.ndarray, np.ndarray],
    stage2: tuple[np.ndarray, np.ndarray],
    stage3: tuple[np.ndarray, np.ndarray],
) -> MatchResult:
    """The pairs of the three stages as one :class:`MatchResult`, ordered by gold row."""
    (g1, p1), (g2, p2), (g3, p3) = stage1, stage2, stage3
    gi = np.concatenate((g1, g2, g3)).astype(np.int64)
    pi = np.concatenate((p1, p2, p3)).astype(np.int64)
    same = gold.label[g3] == pred.label[p3]
    kind = np.concatenate(
        (
            np.full(len(g1), EXACT, np.int64),
            np.full(len(g2), BOUNDARY_ONLY, np.int64),
            np.where(same, OVERLAP_SAME_LABEL, OVERLAP_OTHER_LABEL).astype(np.int64),
        )
    )
    order = np.argsort(gi, kind="stable")
    gi, pi, kind = gi[order], pi[order], kind[order]
    return MatchResult(gi, pi, kind, _remaining(len(gold), gi), _remaining(len(pred), pi))


EXHAUSTIVE_MAX = 5040
"""Largest number of assignments :func:`best_assignment` tries one by one (7 spans against 7); beyond, scipy."""


@functools.lru_cache(maxsize=64)
def _injections(n_rows: int, n_cols: int) -> np.ndarray:
    """Every one-to-one map of ``n_rows`` rows into ``n_cols`` columns, ``(maps, n_rows)``, in lexicographic order."""
    return np.array(list(itertools.permutations(range(n_cols), n_rows)), dtype=np.intp).reshape(-1, n_rows)


def best_assignment(weight: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(rows, cols)`` of a maximum-weight one-to-one assignment covering the smaller side of ``weight``.

    What ``scipy.optimize.linear_sum_assignment(weight, maximize=True)``
    returns (rows ascending); among equal optima, the first in lexicographic
    order. Overlap components are small (2 spans against 1 to 3 in news), so
    the assignments are tried exhaustively, as one numpy sum: scipy.optimize
    costs 0.5-1 s to import, more than a whole ``eval report`` otherwise takes.
    Larger components (over :data:`EXHAUSTIVE_MAX` assignments) go to scipy.
    """
    n_rows, n_cols = weight.shape
    if n_rows > n_cols:
        cols, rows = best_assignment(weight.T)
        order = np.argsort(rows, kind="stable")
        return rows[order], cols[order]
    if math.perm(n_cols, n_rows) > EXHAUSTIVE_MAX:
        from scipy.optimize import linear_sum_assignment  # imported only for a large component

        rows, cols = linear_sum_assignment(weight, maximize=True)
        return np.asarray(rows, dtype=np.intp), np.asarray(cols, dtype=np.intp)
    maps = _injections(n_rows, n_cols)
    rows = np.arange(n_rows)
    totals = weight[rows, maps].sum(axis=1)
    return rows, maps[int(np.argmax(totals))]


def _enough(inter: np.ndarray, gold_len: np.ndarray, min_overlap: float) -> np.ndarray:
    """Overlapping pairs whose overlap covers at least ``min_overlap`` of the gold span."""
    if min_overlap <= 0.0:
        return inter > 0
    return (inter > 0) & (inter >= min_overlap * gold_len * (1 - 1e-12))


def _match_overlaps(
    gold: SpanTable,
    pred: SpanTable,
    g_rows: np.ndarray,
    p_rows: np.ndarray,
    prefers: tuple[str, ...],
    min_overlap: float = 0.0,
) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Stage 3: maximum-weight matching inside each overlap component, per preference."""
    empty = np.zeros(0, dtype=np.int64)
    if len(g_rows) == 0 or len(p_rows) == 0:
        return {prefer: (empty, empty) for prefer in prefers}
    doc = np.concatenate((gold.doc[g_rows], pred.doc[p_rows]))
    start = np.concatenate((gold.start[g_rows], pred.start[p_rows]))
    end = np.concatenate((gold.end[g_rows], pred.end[p_rows]))
    is_pred = np.concatenate((np.zeros(len(g_rows), bool), np.ones(len(p_rows), bool)))
    row = np.concatenate((g_rows, p_rows))
    order = sort_rows(doc, start, end, is_pred.astype(np.int64))
    doc, start, end, is_pred, row = doc[order], start[order], end[order], is_pred[order], row[order]

    # Shift each document onto its own stretch of one number line, so a single
    # running maximum of end offsets finds the components of all documents.
    # Rows are sorted by document: each document's last end is the maximum of its run (reduceat, not ufunc.at).
    first = np.flatnonzero(np.concatenate(([True], doc[1:] != doc[:-1])))
    doc_len = np.maximum.reduceat(end.astype(np.int64), first)
    run_shift = np.concatenate(([0], np.cumsum(doc_len + 1)[:-1]))
    shift = np.repeat(run_shift, np.diff(np.append(first, len(doc))))
    gstart, gend = start + shift, end + shift
    reach = np.maximum.accumulate(gend)
    new_comp = np.concatenate(([True], gstart[1:] >= reach[:-1]))
    comp = np.cumsum(new_comp) - 1
    n_comp = int(comp[-1]) + 1
    n_pred = np.bincount(comp, weights=is_pred, minlength=n_comp).astype(np.int64)
    n_all = np.bincount(comp, minlength=n_comp)
    n_gold = n_all - n_pred

    # Trivial components: exactly one gold and one prediction (they overlap,
    # or they would be two components).
    one_one = (n_gold == 1) & (n_pred == 1)
    in_one_one = one_one[comp]
    g_pos = np.flatnonzero(in_one_one & ~is_pred)
    p_pos = np.flatnonzero(in_one_one & is_pred)
    if min_overlap > 0.0 and len(g_pos):
        inter = np.minimum(end[g_pos], end[p_pos]) - np.maximum(start[g_pos], start[p_pos])
        ok = _enough(inter, end[g_pos] - start[g_pos], min_overlap)
        g_pos, p_pos = g_pos[ok], p_pos[ok]
    # Both lists are ordered by component, one entry each.
    out_g = {prefer: [row[g_pos]] for prefer in prefers}
    out_p = {prefer: [row[p_pos]] for prefer in prefers}

    hard = np.flatnonzero((n_gold >= 1) & (n_pred >= 1) & ~one_one)
    if len(hard):
        comp_start = np.flatnonzero(new_comp)
        comp_end = np.append(comp_start[1:], len(comp))
        for c in hard:
            a, b = comp_start[c], comp_end[c]
            sl_pred = is_pred[a:b]
            gs, ge = start[a:b][~sl_pred], end[a:b][~sl_pred]
            ps, pe = start[a:b][sl_pred], end[a:b][sl_pred]
            grow, prow = row[a:b][~sl_pred], row[a:b][sl_pred]
            inter = np.minimum(ge[:, None], pe[None, :]) - np.maximum(gs[:, None], ps[None, :])
            overlap = _enough(inter, (ge - gs)[:, None], min_overlap)
            union = np.maximum(ge[:, None], pe[None, :]) - np.minimum(gs[:, None], ps[None, :])
            iou = np.where(overlap, inter / union, 0.0)
            same = gold.label[grow][:, None] == pred.label[prow][None, :]
            k1 = min(len(grow), len(prow)) + 1.0
            for prefer in prefers:
                weight = np.where(overlap, MATCHINGS[prefer].weight(same, k1, iou), 0.0)
                ri, ci = best_assignment(weight)
                keep = overlap[ri, ci]
                out_g[prefer].append(grow[ri[keep]])
                out_p[prefer].append(prow[ci[keep]])
    return {prefer: (np.concatenate(out_g[prefer]), np.concatenate(out_p[prefer])) for prefer in prefers}
