"""``score_documents``: one call from span documents to every number newsgold reports.

Pipeline (each step its own module):

1. input checks and the ``labels=`` restriction (both sides, before matching);
2. :mod:`newsgold.eval.matching` — optimal one-to-one matchings per document (one
   for strict/exact/type, one for partial; they differ only in how overlaps pair)
   for the overall row, and one of each label's spans alone for the label rows;
3. :mod:`newsgold.eval.schemes` — outcome counts -> strict / exact / partial / type,
   with the zero-division policy;
4. :mod:`newsgold.eval.bootstrap` — confidence intervals and the paired test;
5. :mod:`newsgold.eval.attributes` — quote attribution and DATE values.

Documents are processed in ``doc_id`` order and spans in a canonical order,
so the result (intervals included) does not depend on input order.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import numpy as np

from newsgold.eval.attributes import date_values, quote_attribution
from newsgold.eval.bootstrap import (
    approximate_randomisation,
    assign_units,
    bootstrap_intervals,
    choose_unit,
    unit_starts,
)
from newsgold.eval.matching import (
    BOUNDARY_ONLY,
    EXACT,
    OVERLAP_SAME_LABEL,
    LabelCodes,
    MatchResult,
    SpanTable,
    match_spans_multi,
    match_within_labels,
)
from newsgold.eval.resample_counts import CountsAhead
from newsgold.eval.schemes import (
    COUNTS,
    MATCHING_NAMES,
    MATCHING_OFFSET,
    N_OUTCOMES,
    OUT_MISSED,
    OUT_SPURIOUS,
    SCHEMES,
    prf,
    scheme_counts,
    undefined,
    zero_division_value,
)
from newsgold.errors import UserError
from newsgold.gc_pause import paused_gc
from newsgold.schema import DATE, QUOTE, SPAN_LABELS
from newsgold.spandoc import SpanDocument, ids_in_same_sorted_order

if TYPE_CHECKING:  # pandas costs ~0.5 s to import; only the *_frame methods need it
    import pandas as pd

MISSED = "MISSED"
SPURIOUS = "SPURIOUS"
METRICS = ("precision", "recall", "f1")


class UndefinedMetricWarning(UserWarning):
    """A precision, recall or F1 had a zero denominator and took the ``zero_division`` value."""

SPAN_ERROR_KINDS = ("missed", "spurious", "boundary", "label", "boundary+label")
ATTRIBUTE_ERROR_KINDS = ("speaker", "value")
"""Errors of a matched pair that span scores cannot show: a wrong quote speaker, a wrong DATE value."""

ERROR_COLUMNS = (
    "doc_id", "kind",
    "gold_id", "gold_start", "gold_end", "gold_label", "gold_value", "gold_text",
    "pred_id", "pred_start", "pred_end", "pred_label", "pred_value", "pred_text",
    "gold_speaker_start", "gold_speaker_end", "gold_speaker_text",
    "pred_speaker_start", "pred_speaker_end", "pred_speaker_text",
)  # fmt: skip
"""Columns of :meth:`ScoreResult.errors_frame` (and of ``eval score --errors``)."""


def _ordered_labels(found: set[str]) -> list[str]:
    """Schema labels in schema order, then any other label alphabetically."""
    known = [lab for lab in SPAN_LABELS if lab in found]
    return known + sorted(found - set(SPAN_LABELS))


@dataclass
class _Prepared:
    """Inputs after checks: aligned documents, tables, matching."""

    doc_ids: list[str]
    gold_docs: list[SpanDocument]
    pred_docs: list[SpanDocument]
    labels: list[str]
    gold: SpanTable
    pred: SpanTable
    matches: dict[str, MatchResult]  # every matching of the registry, all spans together (overall rows)
    label_match: MatchResult  # each label's spans matched alone (every per-label row)
    missing_predictions: list[str]

    @property
    def match(self) -> MatchResult:
        """The ``type`` matching: strict, exact and type schemes, errors, attribution, dates."""
        return self.matches["type"]


def check_min_overlap(value: float) -> float:
    """``min_overlap`` as a float in [0, 1], or :class:`UserError`."""
    try:
        x = float(value)
    except (TypeError, ValueError):
        raise UserError(f"min_overlap must be a number between 0 and 1, got {value!r}") from None
    if not 0.0 <= x <= 1.0:
        raise UserError(f"min_overlap must lie between 0 and 1 (a fraction of the gold span), got {value!r}")
    return x


def _check_labels(labels: Sequence[str] | None) -> list[str] | None:
    if labels is None:
        return None
    if isinstance(labels, str):
        raise TypeError("labels must be a sequence of label strings, not one string")
    out: list[str] = []
    for lab in labels:
        if not isinstance(lab, str) or not lab:
            raise UserError(f"labels must be non-empty strings, got {lab!r}")
        if lab not in out:
            out.append(lab)
    if not out:
        raise UserError("labels is empty: name at least one label")
    return out


def _prepare(
    gold: Sequence[SpanDocument], pred: Sequence[SpanDocument], labels: Sequence[str] | None, min_overlap: float = 0.0
) -> _Prepared:
    wanted = _check_labels(labels)
    doc_ids, gold_docs, pred_docs, missing = _documents_in_order(gold, pred)

    if wanted is None:
        g_spans = [d.spans for d in gold_docs]
        p_spans = [d.spans for d in pred_docs]
    else:
        keep = set(wanted)
        g_spans = [[s for s in d.spans if s.label in keep] for d in gold_docs]
        p_spans = [[s for s in d.spans if s.label in keep] for d in pred_docs]
    codes = LabelCodes()
    g_raw = SpanTable.extract(g_spans, codes)
    p_raw = SpanTable.extract(p_spans, codes)
    label_list = wanted if wanted is not None else _ordered_labels(set(codes))
    index = {lab: i for i, lab in enumerate(label_list)}
    code_to_index = np.array([index[lab] for lab in codes] or [0], dtype=np.int32)
    g_table = SpanTable.from_raw(g_raw, code_to_index)
    p_table = SpanTable.from_raw(p_raw, code_to_index)
    matches = match_spans_multi(g_table, p_table, MATCHING_NAMES, min_overlap=min_overlap)
    label_match = match_within_labels(g_table, p_table, matches["type"], len(label_list), min_overlap=min_overlap)
    return _Prepared(doc_ids, gold_docs, pred_docs, label_list, g_table, p_table, matches, label_match, missing)


_DOC_ID = attrgetter("doc_id")


def _documents_in_order(
    gold: Sequence[SpanDocument], pred: Sequence[SpanDocument]
) -> tuple[list[str], list[SpanDocument], list[SpanDocument], list[str]]:
    """``(doc_ids, gold_docs, pred_docs, missing)``: the gold ids sorted, and both sides' documents in that order.

    A gold document without a prediction is paired with an empty one and its
    id listed in ``missing``. The usual input, both sides holding the same ids
    in the same sorted order, takes :func:`newsgold.spandoc.ids_in_same_sorted_order`
    without a dict; anything else takes :func:`_by_id`, which also words the errors.
    """
    if (gold_ids := ids_in_same_sorted_order(gold, pred)) is not None:
        return gold_ids, list(gold), list(pred), []
    gold_by_id, pred_by_id = _by_id(gold, pred)
    doc_ids = sorted(gold_by_id)
    missing = [i for i in doc_ids if i not in pred_by_id]
    gold_docs = list(map(gold_by_id.__getitem__, doc_ids))
    if missing:
        pred_docs = [pred_by_id[i] if i in pred_by_id else SpanDocument(i) for i in doc_ids]
    else:
        pred_docs = list(map(pred_by_id.__getitem__, doc_ids))
    return doc_ids, gold_docs, pred_docs, missing


def _by_id(
    gold: Sequence[SpanDocument], pred: Sequence[SpanDocument]
) -> tuple[dict[str, SpanDocument], dict[str, SpanDocument]]:
    """Gold and predicted documents by ``doc_id``; :class:`UserError` for a repeated or unknown id.

    Built in C-level passes; only when a check fails are the documents walked
    one by one, to name the first offending id.
    """
    gold_by_id = dict(zip(map(_DOC_ID, gold), gold))
    pred_by_id = dict(zip(map(_DOC_ID, pred), pred))
    if len(gold_by_id) == len(gold) and len(pred_by_id) == len(pred) and pred_by_id.keys() <= gold_by_id.keys():
        return gold_by_id, pred_by_id
    gold_by_id = {}
    for d in gold:
        if d.doc_id in gold_by_id:
            raise UserError(f"gold doc_id {d.doc_id!r} appears twice")
        gold_by_id[d.doc_id] = d
    pred_by_id = {}
    for d in pred:
        if d.doc_id in pred_by_id:
            raise UserError(f"predicted doc_id {d.doc_id!r} appears twice")
        if d.doc_id not in gold_by_id:
            raise UserError(f"predicted doc_id {d.doc_id!r} is not in the gold set")
        pred_by_id[d.doc_id] = d
    return gold_by_id, pred_by_id


@dataclass(frozen=True)
class _UnitOutcomes:
    """Outcome counts per resampling unit: overall ``(units, N_OUTCOMES)``, per label ``(units, labels, N_OUTCOMES)``."""

    overall: np.ndarray
    labels: np.ndarray
    n_units: int


def _outcome_cells(
    m: MatchResult, base: int, g_cell: np.ndarray, p_cell: np.ndarray
) -> list[np.ndarray]:
    """Flat bincount cells of one matching's outcomes (gold side at the gold span's cell, spurious at the prediction's)."""
    return [g_cell[m.gold_index] + (m.kind + base), g_cell[m.missed] + (OUT_MISSED + base),
            p_cell[m.spurious] + (OUT_SPURIOUS + base)]  # fmt: skip


def _unit_outcomes(prep: _Prepared, unit: str) -> _UnitOutcomes:
    """Outcome counts per unit of the overall matchings and of the per-label matching.

    A matched pair and a missed gold span go to the gold span's unit, a
    spurious prediction to its own. The per-label matching fills the outcome
    slots of both matchings (alone among its label, a span's type and partial
    matchings are the same).
    """
    g, p = prep.gold, prep.pred
    starts = unit_starts([d.text for d in prep.gold_docs], unit)
    g_unit, n_units = assign_units(g.doc, g.start, starts, len(prep.doc_ids))
    p_unit, _ = assign_units(p.doc, p.start, starts, len(prep.doc_ids))
    rows = max(n_units, 1)
    parts = []
    for name, m in prep.matches.items():
        parts += _outcome_cells(m, MATCHING_OFFSET[name], g_unit * N_OUTCOMES, p_unit * N_OUTCOMES)
    overall = np.bincount(np.concatenate(parts), minlength=rows * N_OUTCOMES).reshape(rows, N_OUTCOMES)
    n_labels = len(prep.labels)
    g_cell = (g_unit * n_labels + g.label) * N_OUTCOMES
    p_cell = (p_unit * n_labels + p.label) * N_OUTCOMES
    parts = []
    for offset in MATCHING_OFFSET.values():  # alone among its label, a span's matchings coincide
        parts += _outcome_cells(prep.label_match, offset, g_cell, p_cell)
    size = rows * n_labels * N_OUTCOMES
    per_label = np.bincount(np.concatenate(parts), minlength=size) if size else np.zeros(0, dtype=np.int64)
    return _UnitOutcomes(overall, per_label.reshape(rows, n_labels, N_OUTCOMES), n_units)


def _json_number(x: float) -> float | None:
    return None if math.isnan(x) else float(x)


def _row(counts: np.ndarray, zero_division: float) -> dict[str, Any]:
    possible, actual, p, r, f = prf(counts, zero_division)
    out: dict[str, Any] = {name: int(counts[i]) for i, name in enumerate(COUNTS)}
    out.update(possible=int(possible), actual=int(actual), precision=_json_number(float(p)),
               recall=_json_number(float(r)), f1=_json_number(float(f)))  # fmt: skip
    out["undefined"] = [m for m, bad in zip(METRICS, undefined(possible, actual), strict=True) if bool(bad)]
    return out


@dataclass
class ScoreResult:
    """Everything :func:`score_documents` measured. Use :meth:`to_json` or the ``*_frame`` methods."""

    labels: list[str]
    label_counts: np.ndarray  # (labels, scheme, 5), each label's spans matched alone
    overall_scheme_counts: np.ndarray  # (scheme, 5), all spans matched together
    zero_division: float  # the value of an undefined ratio (0.0, 1.0 or nan)
    min_overlap: float  # share of a gold span an overlapping prediction must cover to pair with it
    intervals: dict[str, Any]
    attribution: dict[str, Any]
    dates: dict[str, Any]
    n_documents: int
    unit: str
    doc_ids: list[str]
    missing_predictions: list[str]
    _gold: SpanTable = field(repr=False)
    _pred: SpanTable = field(repr=False)
    _match: MatchResult = field(repr=False)
    _attribute_errors: list[dict[str, Any]] = field(default_factory=list, repr=False)  # speaker and value errors
    _texts: list[str | None] = field(default_factory=list, repr=False)  # gold text per doc_ids entry

    # --- numbers ---------------------------------------------------------
    def overall_counts(self) -> np.ndarray:
        """``(scheme, 5)`` counts of the overall row (not the sum of the label rows)."""
        return self.overall_scheme_counts

    def _average(self, scheme: str, weighted: bool) -> dict[str, Any]:
        s = SCHEMES.index(scheme)
        possible, actual, p, r, f = prf(self.label_counts[:, s, :], self.zero_division)
        seen = (possible + actual) > 0
        weights = possible[seen] if weighted else np.ones(int(seen.sum()))
        out: dict[str, Any] = {}
        for name, values in zip(METRICS, (p, r, f), strict=True):
            v = values[seen]
            keep = ~np.isnan(v) & (weights > 0)  # zero_division=nan: undefined labels leave the average
            out[name] = float(np.average(v[keep], weights=weights[keep])) if keep.any() else self.zero_division
            out[name] = _json_number(out[name])
        out["undefined"] = [] if (weights > 0).any() else list(METRICS)
        return out

    def macro(self, scheme: str) -> dict[str, Any]:
        """Unweighted mean of the label rows' P/R/F1 over the labels in gold or predictions.

        A label requested with ``labels=`` but absent from both sides is left
        out (as seqeval and scikit-learn's default label set do). With
        ``zero_division="nan"`` an undefined label value leaves the mean, as in
        scikit-learn. Undefined (``undefined`` lists every metric) when no
        label occurs at all.
        """
        return self._average(scheme, weighted=False)

    def weighted(self, scheme: str) -> dict[str, Any]:
        """Mean of the label rows' P/R/F1 weighted by gold support (scikit-learn's and seqeval's ``weighted avg``).

        Undefined when there is no gold span (total support 0).
        """
        return self._average(scheme, weighted=True)

    def undefined_cells(self) -> list[str]:
        """Human-readable list of the rows with a zero denominator (the same in every scheme)."""
        possible, actual, *_ = prf(self.overall_scheme_counts[0])
        out: list[str] = []
        if possible == 0 and actual == 0:
            out.append("overall P/R/F1 (no gold and no predicted span)")
        elif actual == 0:
            out.append("overall precision (no predicted span)")
        elif possible == 0:
            out.append("overall recall (no gold span)")
        possible, actual, *_ = prf(self.label_counts[:, 0, :])
        no_pred = [lab for lab, a, g in zip(self.labels, actual, possible, strict=True) if a == 0 and g > 0]
        no_gold = [lab for lab, a, g in zip(self.labels, actual, possible, strict=True) if g == 0 and a > 0]
        neither = [lab for lab, a, g in zip(self.labels, actual, possible, strict=True) if g == 0 and a == 0]
        if no_pred:
            out.append(f"precision of {', '.join(no_pred)} (no predicted span)")
        if no_gold:
            out.append(f"recall of {', '.join(no_gold)} (no gold span)")
        if neither:
            out.append(f"P/R/F1 of {', '.join(neither)} (no gold and no predicted span)")
        return out

    def to_json(self) -> dict[str, Any]:
        """JSON-safe dict in the agreed shape (see ``docs/scoring.md``).

        Every row has ``undefined``: the metrics among precision/recall/f1 whose
        denominator was zero; their value is the ``zero_division`` value
        (``null`` for NaN), and gates treat them as not applicable.
        """
        overall = self.overall_counts()
        schemes: dict[str, Any] = {}
        for s, scheme in enumerate(SCHEMES):
            schemes[scheme] = {
                "overall": _row(overall[s], self.zero_division),
                "labels": {lab: _row(self.label_counts[i, s], self.zero_division) for i, lab in enumerate(self.labels)},
                "macro": self.macro(scheme),
                "weighted": self.weighted(scheme),
            }
        zd = self.zero_division
        return {
            "zero_division": "nan" if math.isnan(zd) else zd,
            "min_overlap": self.min_overlap,
            "schemes": schemes,
            "intervals": self.intervals,
            "attribution": self.attribution,
            "dates": self.dates,
            "n_documents": self.n_documents,
            "labels": list(self.labels),
            "gold_documents_without_predictions": list(self.missing_predictions),
        }

    # --- frames ----------------------------------------------------------
    def scores_frame(self) -> pd.DataFrame:
        """One row per (scheme, label) plus ``label == "overall"`` rows, with counts, P/R/F1 and intervals."""
        import pandas as pd

        rows = []
        data = self.to_json()
        for scheme in SCHEMES:
            block = data["schemes"][scheme]
            ivals = self.intervals.get("schemes") or {}
            for lab, row in [("overall", block["overall"]), *block["labels"].items()]:
                out = {"scheme": scheme, "label": lab, **row}
                if ivals:
                    iv = ivals[scheme]["overall"] if lab == "overall" else ivals[scheme]["labels"][lab]
                    for m in ("precision", "recall", "f1"):
                        out[f"{m}_lo"], out[f"{m}_hi"] = iv[m]
                rows.append(out)
        return pd.DataFrame(rows)

    def errors_frame(self) -> pd.DataFrame:
        """:meth:`errors_records` as a pandas table (columns :data:`ERROR_COLUMNS`; absent values None, never NaN)."""
        import pandas as pd

        frame = pd.DataFrame(self.errors_records(), columns=list(ERROR_COLUMNS), dtype=object)
        return frame.astype(object).where(frame.notna(), None)

    def errors_records(self) -> list[dict[str, Any]]:
        """One row per error: the strict span errors and the attribute errors of matched spans.

        Span errors (:data:`SPAN_ERROR_KINDS`): ``missed``, ``spurious``,
        ``boundary``, ``label``, ``boundary+label``. Attribute errors of a
        leniently matched pair (see :mod:`newsgold.eval.attributes`): ``speaker``
        (a quote attributed to the wrong person, or to no one; the speakers are
        in the ``*_speaker_*`` columns) and ``value`` (a DATE with the wrong
        normalised value). Offsets are ints (an absent side is None, never NaN),
        and ``*_text`` is the span's text when the document text is known.
        Each row has every key of :data:`ERROR_COLUMNS`; rows are ordered by
        document and start (of the gold span, else of the prediction).
        """
        g, p, m = self._gold, self._pred, self._match
        kind_names = {BOUNDARY_ONLY: "label", OVERLAP_SAME_LABEL: "boundary"}
        texts = dict(zip(self.doc_ids, self._texts, strict=False))
        rows: list[dict[str, Any]] = []

        def cols(side: str, table: SpanTable, i: int | None, doc_id: str) -> dict[str, Any]:
            if i is None:
                return {f"{side}_{c}": None for c in ("id", "start", "end", "label", "value", "text")}
            s = table.span(i)
            text = texts.get(doc_id)
            return {
                f"{side}_id": s.id,
                f"{side}_start": s.start,
                f"{side}_end": s.end,
                f"{side}_label": s.label,
                f"{side}_value": s.value,
                f"{side}_text": text[s.start : s.end] if text is not None else s.text,
            }

        for gi, pi, k in zip(m.gold_index, m.pred_index, m.kind, strict=True):
            if k == EXACT:
                continue
            doc_id = self.doc_ids[g.doc[gi]]
            kind = kind_names.get(int(k), "boundary+label")
            head = {"doc_id": doc_id, "kind": kind}
            rows.append(head | cols("gold", g, int(gi), doc_id) | cols("pred", p, int(pi), doc_id))
        for gi in m.missed:
            doc_id = self.doc_ids[g.doc[gi]]
            head = {"doc_id": doc_id, "kind": "missed"}
            rows.append(head | cols("gold", g, int(gi), doc_id) | cols("pred", p, None, doc_id))
        for pi in m.spurious:
            doc_id = self.doc_ids[p.doc[pi]]
            head = {"doc_id": doc_id, "kind": "spurious"}
            rows.append(head | cols("gold", g, None, doc_id) | cols("pred", p, int(pi), doc_id))
        for err in self._attribute_errors:
            text = texts.get(err["doc_id"])
            row = dict(err)
            for side in ("gold", "pred"):
                row[f"{side}_text"] = text[err[f"{side}_start"] : err[f"{side}_end"]] if text is not None else None
            rows.append(row)
        records = [{c: row.get(c) for c in ERROR_COLUMNS} for row in rows]
        records.sort(key=lambda r: (r["doc_id"], r["gold_start"] if r["gold_start"] is not None else r["pred_start"]))
        return records

    def confusion_counts(self) -> np.ndarray:
        """Span-level confusion counts ``(labels + 1, labels + 1)``: rows gold labels + SPURIOUS, columns predicted + MISSED."""
        g, p, m = self._gold, self._pred, self._match
        n = len(self.labels)
        table = np.zeros((n + 1, n + 1), dtype=np.int64)
        np.add.at(table, (g.label[m.gold_index], p.label[m.pred_index]), 1)
        np.add.at(table, (g.label[m.missed], np.full(len(m.missed), n)), 1)
        np.add.at(table, (np.full(len(m.spurious), n), p.label[m.spurious]), 1)
        return table

    def confusion_frame(self) -> pd.DataFrame:
        """:meth:`confusion_counts` as a pandas table (index ``gold``: labels + SPURIOUS, columns ``predicted``: labels + MISSED)."""
        import pandas as pd

        frame = pd.DataFrame(self.confusion_counts(), index=[*self.labels, SPURIOUS], columns=[*self.labels, MISSED])
        frame.index.name, frame.columns.name = "gold", "predicted"
        return frame

    def frame(self, kind: str = "scores") -> pd.DataFrame:
        """A pandas table: ``"scores"`` (:meth:`scores_frame`), ``"errors"`` or ``"confusion"``."""
        frames = {"scores": self.scores_frame, "errors": self.errors_frame, "confusion": self.confusion_frame}
        if kind not in frames:
            raise UserError(f"frame kind {kind!r}: expected one of {', '.join(frames)}")
        return frames[kind]()

    # --- text ------------------------------------------------------------
    def report(self) -> str:
        """The text table ``newsgold eval score`` prints (one block per scheme, attribution, dates)."""
        from newsgold.eval.table import render_table

        return render_table(self)

    def __repr__(self) -> str:
        """One readable line: documents, labels, strict and partial F1 (no arrays)."""
        data = self.to_json()["schemes"]

        def f1(scheme: str) -> str:
            value = data[scheme]["overall"]["f1"]
            return "undefined" if value is None else f"{value:.3f}"

        ci = "with" if self.intervals.get("schemes") else "no"
        return (
            f"<ScoreResult {self.n_documents} document(s), labels {' '.join(self.labels) or '-'}: "
            f"strict F1 {f1('strict')}, partial F1 {f1('partial')}; {ci} intervals; .report() for the table>"
        )


def score_documents(
    gold: Sequence[SpanDocument],
    pred: Sequence[SpanDocument],
    *,
    labels: Sequence[str] | None = None,
    n_bootstrap: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
    zero_division: str | float = "warn",
    min_overlap: float = 0.0,
) -> ScoreResult:
    """Score predicted span documents against gold ones.

    Parameters
    ----------
    gold, pred:
        Span documents. Every predicted ``doc_id`` must be in ``gold``; a gold
        document without predictions counts as all missed (listed in
        ``result.missing_predictions``).
    labels:
        Score only these labels; spans with other labels are removed from both
        sides *before* matching. Default: every label seen on either side.
    n_bootstrap, seed, confidence:
        Percentile bootstrap over documents (or paragraphs with fewer than 30
        documents); ``n_bootstrap=0`` skips intervals.
    zero_division:
        Value of a precision, recall or F1 whose denominator is zero, as in
        scikit-learn: ``"warn"`` (default: 0 and one
        :class:`UndefinedMetricWarning` naming the undefined cells), ``0``,
        ``1`` or ``"nan"``. Every row of :meth:`ScoreResult.to_json` lists its
        undefined metrics under ``undefined`` whatever the setting.
    min_overlap:
        Fraction of a gold span's characters that an overlapping prediction
        must cover to pair with it in the overlap stage of the matching
        (nervaluate 1.2's ``min_overlap_percentage / 100``); default 0: any
        overlap. Spans with the same boundaries always qualify.

    Examples
    --------
    >>> from newsgold.spandoc import Span, SpanDocument
    >>> g = [SpanDocument("d", [Span("g1", 0, 13, "A"), Span("g2", 14, 18, "B")])]
    >>> p = [SpanDocument("d", [Span("p1", 0, 18, "A")])]
    >>> r = score_documents(g, p, n_bootstrap=0).to_json()["schemes"]
    >>> r["strict"]["overall"]["incorrect"], r["strict"]["overall"]["missed"]
    (1, 1)
    >>> r["type"]["overall"]["precision"], r["type"]["overall"]["recall"]
    (1.0, 0.5)
    """
    if not isinstance(n_bootstrap, int) or n_bootstrap < 0:
        raise UserError(f"n_bootstrap must be a non-negative integer, got {n_bootstrap!r}")
    if not 0.0 < confidence < 1.0:
        raise UserError(f"confidence must lie strictly between 0 and 1, got {confidence!r}")
    try:
        fill, warn = zero_division_value(zero_division)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    min_overlap = check_min_overlap(min_overlap)
    with paused_gc():  # scoring allocates many objects, none in a cycle (newsgold.gc_pause)
        result = _score(gold, pred, labels, n_bootstrap, seed, confidence, fill, min_overlap)
    cells = result.undefined_cells() if warn else []
    if cells:
        warnings.warn(
            f"undefined, set to 0 (zero_division): {'; '.join(cells)}", UndefinedMetricWarning, stacklevel=2
        )
    return result


DRAW_AHEAD_FROM = 1_000
"""Gold documents from which the bootstrap's counts are drawn on a second thread while matching (below: ~1 ms)."""


def _draw_ahead(n_gold: int, n_bootstrap: int, seed: int) -> CountsAhead | None:
    """Start drawing the resamples' counts while the documents are matched (:mod:`newsgold.eval.resample_counts`).

    Only for document units (paragraph units need the matching's documents
    and texts, and come with few documents). ``n_gold`` is the number of
    units: every gold document is one (a repeated ``doc_id`` fails in
    :func:`_prepare`, and the draws are then stopped).
    """
    if n_bootstrap <= 0 or n_gold < DRAW_AHEAD_FROM or choose_unit(n_gold) != "document":
        return None
    return CountsAhead(n_bootstrap, seed, n_gold)


def _score(
    gold: Sequence[SpanDocument],
    pred: Sequence[SpanDocument],
    labels: Sequence[str] | None,
    n_bootstrap: int,
    seed: int,
    confidence: float,
    zero_division: float,
    min_overlap: float,
) -> ScoreResult:
    drawn = _draw_ahead(len(gold), n_bootstrap, seed)
    try:
        prep = _prepare(gold, pred, labels, min_overlap)
    except BaseException:
        if drawn is not None:
            drawn.stop()
        raise
    unit = choose_unit(len(prep.doc_ids))
    outcomes = _unit_outcomes(prep, unit)
    n_units = outcomes.n_units
    label_counts = scheme_counts(outcomes.labels.sum(axis=0))  # (labels, scheme, 5)
    intervals: dict[str, Any] = {
        "confidence": confidence,
        "n_bootstrap": n_bootstrap,
        "seed": seed,
        "unit": unit,
        "n_units": n_units,
        "schemes": None,
        "note": None,
    }
    if drawn is not None and drawn.n_units != n_units:  # cannot happen (see _draw_ahead); never score with them
        drawn.stop()
        drawn = None
    if n_bootstrap > 0 and n_units < 2:
        # Resampling one unit always redraws that unit: a zero-width "interval" would
        # claim a certainty the data cannot give. Say so instead of printing it.
        intervals["note"] = f"no interval: only {n_units} resampling unit ({unit}); give texts or more documents"
    elif n_bootstrap > 0:
        intervals["schemes"] = bootstrap_intervals(
            outcomes.overall, outcomes.labels, prep.labels, n_bootstrap=n_bootstrap, seed=seed,
            confidence=confidence, zero_division=zero_division, drawn=drawn,
        )  # fmt: skip
    index = {lab: i for i, lab in enumerate(prep.labels)}
    attribute_errors: list[dict[str, Any]] = []
    attribution = quote_attribution(
        prep.gold_docs, prep.pred_docs, prep.gold, prep.pred, prep.match, index.get(QUOTE), attribute_errors
    )
    dates = date_values(prep.gold, prep.pred, prep.match, index.get(DATE), attribute_errors, prep.doc_ids)
    return ScoreResult(
        labels=prep.labels,
        label_counts=label_counts,
        overall_scheme_counts=scheme_counts(outcomes.overall.sum(axis=0)),
        zero_division=zero_division,
        min_overlap=min_overlap,
        intervals=intervals,
        attribution=attribution,
        dates=dates,
        n_documents=len(prep.doc_ids),
        unit=unit,
        doc_ids=prep.doc_ids,
        missing_predictions=prep.missing_predictions,
        _gold=prep.gold,
        _pred=prep.pred,
        _match=prep.match,
        _attribute_errors=attribute_errors,
        _texts=[d.text for d in prep.gold_docs],
    )


def paired_test(
    gold: Sequence[SpanDocument],
    pred_a: Sequence[SpanDocument],
    pred_b: Sequence[SpanDocument],
    *,
    scheme: str = "strict",
    n_resamples: int = 1000,
    seed: int = 0,
    labels: Sequence[str] | None = None,
    min_overlap: float = 0.0,
) -> dict[str, Any]:
    """Is A's micro F1 different from B's? Two-sided approximate randomisation.

    Both systems are matched against the same gold; units (documents, or
    paragraphs with fewer than 30 documents) are the same for both, and each
    resample swaps the two systems' outcome counts in a random subset of them
    (:func:`newsgold.eval.bootstrap.approximate_randomisation`: the p-value of
    :func:`scipy.stats.permutation_test` with ``permutation_type="samples"``,
    without importing scipy.stats).

    ``labels`` restricts both systems and the gold set as in :func:`score_documents`.
    Returns ``{"scheme", "metric": "f1", "a", "b", "delta": a - b, "p_value", "method"}``.
    """
    if scheme not in SCHEMES:
        raise UserError(f"unknown scheme {scheme!r}; choose one of {', '.join(SCHEMES)}")
    if not isinstance(n_resamples, int) or n_resamples < 1:
        raise UserError(f"n_resamples must be a positive integer, got {n_resamples!r}")
    min_overlap = check_min_overlap(min_overlap)
    prep_a = _prepare(gold, pred_a, labels, min_overlap)
    prep_b = _prepare(gold, pred_b, labels, min_overlap)
    unit = choose_unit(len(prep_a.doc_ids))
    out_a = _unit_outcomes(prep_a, unit).overall
    out_b = _unit_outcomes(prep_b, unit).overall
    f_a, f_b, p_value = approximate_randomisation(out_a, out_b, scheme=scheme, n_resamples=n_resamples, seed=seed)
    return {
        "scheme": scheme,
        "metric": "f1",
        "a": f_a,
        "b": f_b,
        "delta": f_a - f_b,
        "p_value": p_value,
        "method": f"approximate randomisation (units swapped at random; p-value as scipy.stats.permutation_test), two-sided, "
        f"{n_resamples} resamples, unit={unit}, seed={seed}",
    }
