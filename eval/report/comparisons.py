"""Which extractor is better, and how sure we are: paired tests between extractors scored on the same labels.

Two extractors are compared only when they are scored on exactly the same
labels (``quotes`` vs ``textacy-quotes`` on QUOTE, ``spacy`` vs ``spacy-raw``
on the entity labels): comparing an F1 over QUOTE with one over DATE means
nothing. Both prediction sets and the gold set are restricted to those labels
(spans of other labels and the relations that touch them are dropped), then
the scoring engine's :func:`newsgold.eval.paired_test` (approximate randomisation over
the same units as the intervals) gives both F1s, their difference and a
two-sided p-value, for each scheme shown in the report.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from typing import Any

from newsgold.spandoc import SpanDocument


def restrict(docs: Sequence[SpanDocument], labels: Sequence[str]) -> list[SpanDocument]:
    """Copies of ``docs`` keeping only spans with one of ``labels`` and relations between kept spans."""
    wanted = set(labels)
    out: list[SpanDocument] = []
    for d in docs:
        spans = [s for s in d.spans if s.label in wanted]
        kept = {s.id for s in spans}
        relations = [r for r in d.relations if r.from_id in kept and r.to_id in kept]
        out.append(SpanDocument(d.doc_id, spans, relations, d.text, d.text_sha256))
    return out


def compare_extractors(
    entries: Mapping[str, Mapping[str, Any]],
    predictions: Mapping[str, Sequence[SpanDocument]],
    gold: Sequence[SpanDocument],
    schemes: Sequence[str],
    n_resamples: int,
    seed: int,
    paired_test: Any,
) -> list[dict[str, Any]]:
    """Every pair of extractors with the same labels, in report order; empty when ``n_resamples`` is 0."""
    if n_resamples <= 0:
        return []
    groups: dict[tuple[str, ...], list[str]] = {}
    for name, entry in entries.items():
        groups.setdefault(tuple(entry["labels"]), []).append(name)
    results: list[dict[str, Any]] = []
    for labels, names in groups.items():
        if len(names) < 2:
            continue
        gold_r = restrict(gold, labels)
        preds = {n: restrict(predictions[n], labels) for n in names}
        for a, b in itertools.combinations(names, 2):
            for scheme in schemes:
                test = paired_test(gold_r, preds[a], preds[b], scheme=scheme, n_resamples=n_resamples, seed=seed)
                results.append({"labels": list(labels), "extractor_a": a, "extractor_b": b, **test})
    return results
