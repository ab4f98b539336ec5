"""Scores beyond span boundaries: quote attribution and DATE values.

Both read the span matching of :mod:`newsgold.eval.matching` and only look at pairs
matched *leniently*: a gold and a predicted span that overlap and carry the
same label (``type``-correct). A quote whose boundaries are a little off still
says who spoke; a date whose boundaries are off still has a value.

**Speaker identity rule.** A predicted speaker (the target of a predicted
``said_by`` relation) is right for a gold quote when it overlaps a gold
PERSON span that is the quote's gold speaker, or another gold PERSON mention
of the same person. Two mentions name the same person when their normalised
surfaces are equal, or one of them is a single token equal to the last token
of the other ("Blinken" ~ "Antony Blinken"). Normalisation: Unicode NFKC,
case folding, curly apostrophes made straight, a trailing possessive 's
dropped, then word tokens. Surfaces come from the gold text (or a span's
``text`` field when the document has no text); without either, only the gold
speaker span itself counts.

**Dates** follow TempEval-3: value accuracy over leniently matched DATE pairs
whose gold span has a value (exact string match of the values after
stripping whitespace, case-insensitive), relaxed F1 = F1 of DATE spans where
any overlap counts as a match, and attribute F1 = value accuracy x relaxed F1.

Figures with nothing to measure (no quotes, no dates) are ``None`` rather
than 0 or 1: "not measured" must not look like a score.

**Errors.** Both functions take an optional ``errors`` list and append one
row per matched quote whose speaker is wrong or missing (kind ``speaker``)
and per matched DATE whose value is wrong or missing (kind ``value``), in the
shape of :meth:`newsgold.eval.scoring.ScoreResult.errors_frame`: these are the
mistakes a span score cannot show (a quote found with the wrong speaker is a
correct span).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from operator import attrgetter
from typing import Any

import numpy as np

from newsgold.eval.matching import EXACT, OVERLAP_SAME_LABEL, MatchResult, SpanTable
from newsgold.schema import PERSON, SAID_BY
from newsgold.spandoc import Span, SpanDocument

_TOKEN = re.compile(r"\w+(?:[-']\w+)*")
_POSSESSIVE = re.compile(r"'s?$")


def normalise_name(surface: str) -> tuple[str, ...]:
    """Word tokens of a person mention, for comparing mentions.

    >>> normalise_name("Antony  Blinken\u2019s")
    ('antony', 'blinken')
    """
    s = unicodedata.normalize("NFKC", surface).casefold().replace("\u2019", "'").replace("\u2018", "'").strip()
    s = _POSSESSIVE.sub("", s)
    return tuple(_TOKEN.findall(s))


def same_person(a: str, b: str) -> bool:
    """Whether two mentions name the same person (see the module docstring).

    >>> same_person("Blinken", "Antony Blinken"), same_person("Mr Lavrov", "Sergey Lavrov")
    (True, False)
    """
    na, nb = normalise_name(a), normalise_name(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    return (len(na) == 1 and na[0] == nb[-1]) or (len(nb) == 1 and nb[0] == na[-1])


def _surface(span: Span, text: str | None) -> str | None:
    if text is not None:
        return text[span.start : span.end]
    return span.text


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def _f1(tp: int, n_pred: int, n_gold: int) -> tuple[float | None, float | None, float | None]:
    """P, R, F1; ``None`` with nothing on either side, 0.0 for an empty side against a non-empty one."""
    if n_pred == 0 and n_gold == 0:
        return None, None, None
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return p, r, f


def _lenient_pairs(gold: SpanTable, match: MatchResult, label_index: int | None) -> np.ndarray:
    """Indices into the match arrays of same-label overlapping pairs of one label."""
    if label_index is None:
        return np.zeros(0, dtype=np.int64)
    lenient = (match.kind == EXACT) | (match.kind == OVERLAP_SAME_LABEL)
    return np.flatnonzero(lenient & (gold.label[match.gold_index] == label_index))


def _speakers(doc: SpanDocument) -> dict[str, list[Span]]:
    """Quote span id -> its speaker spans (targets of said_by relations)."""
    by_id = doc.span_by_id()
    out: dict[str, list[Span]] = {}
    for rel in doc.relations:
        if rel.type == SAID_BY and rel.from_id in by_id and rel.to_id in by_id:
            out.setdefault(rel.from_id, []).append(by_id[rel.to_id])
    return out


def _pair_row(kind: str, doc_id: str, g: Span, p: Span) -> dict[str, Any]:
    """An error row of a leniently matched pair (the columns of ``errors_frame``)."""
    return {
        "doc_id": doc_id,
        "kind": kind,
        "gold_id": g.id,
        "gold_start": g.start,
        "gold_end": g.end,
        "gold_label": g.label,
        "gold_value": g.value,
        "pred_id": p.id,
        "pred_start": p.start,
        "pred_end": p.end,
        "pred_label": p.label,
        "pred_value": p.value,
    }


def _speaker_columns(side: str, speaker: Span | None, text: str | None) -> dict[str, Any]:
    if speaker is None:
        return {f"{side}_speaker_start": None, f"{side}_speaker_end": None, f"{side}_speaker_text": None}
    return {
        f"{side}_speaker_start": speaker.start,
        f"{side}_speaker_end": speaker.end,
        f"{side}_speaker_text": _surface(speaker, text),
    }


def quote_attribution(
    gold_docs: Sequence[SpanDocument],
    pred_docs: Sequence[SpanDocument],
    gold: SpanTable,
    pred: SpanTable,
    match: MatchResult,
    quote_index: int | None,
    errors: list[dict[str, Any]] | None = None,
) -> dict[str, object]:
    """Speaker accuracy on matched quotes and end-to-end (quote, speaker) P/R/F1.

    ``gold_docs``/``pred_docs`` are the unfiltered documents (speakers may be
    PERSON spans outside a ``labels=`` restriction), aligned by index with the
    tables' ``doc`` numbers; ``quote_index`` is the QUOTE label's index in the
    tables (None when quotes are not scored). Pairs are ``said_by`` relations
    from a scored QUOTE span. Each matched quote given a wrong speaker, or
    none, is appended to ``errors`` (kind ``speaker``) with the gold speaker's
    and the first predicted speaker's offsets and text.
    """
    empty_pairs = {"tp": 0, "fp": 0, "fn": 0, "precision": None, "recall": None, "f1": None}
    if quote_index is None:
        return {"matched_quotes": 0, "correct_speaker": 0, "accuracy": None, "pairs": empty_pairs}
    gold_speakers: dict[int, dict[str, list[Span]]] = {}
    pred_speakers: dict[int, dict[str, list[Span]]] = {}

    def speakers(cache: dict[int, dict[str, list[Span]]], docs: Sequence[SpanDocument], d: int) -> dict:
        if d not in cache:
            cache[d] = _speakers(docs[d])
        return cache[d]

    def right(doc: int, gold_quote: Span, pred_speaker: Span) -> bool:
        truth = speakers(gold_speakers, gold_docs, doc).get(gold_quote.id, [])
        text = gold_docs[doc].text
        for g in gold_docs[doc].spans:
            if g.label != PERSON or not (g.start < pred_speaker.end and pred_speaker.start < g.end):
                continue
            for t in truth:
                if g.id == t.id:
                    return True
                sg, st = _surface(g, text), _surface(t, text)
                if sg is not None and st is not None and same_person(sg, st):
                    return True
        return False

    matched = correct = 0
    for k in _lenient_pairs(gold, match, quote_index):
        gq, pq = gold.span(match.gold_index[k]), pred.span(match.pred_index[k])
        doc = int(gold.doc[match.gold_index[k]])
        if not speakers(gold_speakers, gold_docs, doc).get(gq.id):
            continue
        matched += 1
        predicted = speakers(pred_speakers, pred_docs, doc).get(pq.id, [])
        if any(right(doc, gq, sp) for sp in predicted):
            correct += 1
        elif errors is not None:
            text = gold_docs[doc].text
            truth = speakers(gold_speakers, gold_docs, doc)[gq.id]
            errors.append(
                _pair_row("speaker", gold_docs[doc].doc_id, gq, pq)
                | _speaker_columns("gold", truth[0], text)
                | _speaker_columns("pred", predicted[0] if predicted else None, text)
            )

    def n_pairs(table: SpanTable, docs: Sequence[SpanDocument], cache: dict[int, dict[str, list[Span]]]) -> int:
        rows = np.flatnonzero(table.label == quote_index)
        return sum(len(speakers(cache, docs, int(table.doc[i])).get(table.span(i).id, [])) for i in rows)

    n_gold_pairs = n_pairs(gold, gold_docs, gold_speakers)
    n_pred_pairs = n_pairs(pred, pred_docs, pred_speakers)
    tp = min(correct, n_pred_pairs)
    p, r, f = _f1(tp, n_pred_pairs, n_gold_pairs)
    return {
        "matched_quotes": matched,
        "correct_speaker": correct,
        "accuracy": _ratio(correct, matched),
        "pairs": {"tp": tp, "fp": n_pred_pairs - tp, "fn": n_gold_pairs - tp, "precision": p, "recall": r, "f1": f},
    }


def _values(table: SpanTable, rows: np.ndarray) -> list[str | None]:
    """``value`` of the spans of ``rows`` (one C-level pass; there can be 10^5 of them)."""
    return list(map(attrgetter("value"), map(table.flat.__getitem__, table.source[rows].tolist())))


def date_values(
    gold: SpanTable,
    pred: SpanTable,
    match: MatchResult,
    date_index: int | None,
    errors: list[dict[str, Any]] | None = None,
    doc_ids: Sequence[str] = (),
) -> dict[str, object]:
    """TempEval-3 value accuracy, relaxed F1 and attribute F1 of DATE spans.

    Each matched DATE with a gold value and a wrong (or no) predicted value is
    appended to ``errors`` (kind ``value``); ``doc_ids`` names the tables'
    document numbers.
    """
    if date_index is None:
        return {"matched": 0, "value_correct": 0, "value_accuracy": None, "relaxed_f1": None, "attribute_f1": None}
    pairs = _lenient_pairs(gold, match, date_index)
    gold_values = _values(gold, match.gold_index[pairs])
    valued = [i for i, gv in enumerate(gold_values) if gv is not None]  # pairs without a gold value do not count:
    with_value = pairs[valued]  # their predictions are not read (~10 ms at 200,000 spans without values)
    pred_values = _values(pred, match.pred_index[with_value])
    matched = correct = 0
    for k, gv, pv in zip(with_value.tolist(), map(gold_values.__getitem__, valued), pred_values, strict=True):
        matched += 1
        right = pv is not None and gv.strip().upper() == pv.strip().upper()
        correct += int(right)
        if not right and errors is not None:
            gi = match.gold_index[k]
            errors.append(_pair_row("value", doc_ids[int(gold.doc[gi])], gold.span(gi), pred.span(match.pred_index[k])))
    n_gold = int(np.count_nonzero(gold.label == date_index))
    n_pred = int(np.count_nonzero(pred.label == date_index))
    _, _, relaxed = _f1(len(pairs), n_pred, n_gold)
    accuracy = _ratio(correct, matched)
    attribute = accuracy * relaxed if accuracy is not None and relaxed is not None else None
    return {
        "matched": matched,
        "value_correct": correct,
        "value_accuracy": accuracy,
        "relaxed_f1": relaxed,
        "attribute_f1": attribute,
    }
