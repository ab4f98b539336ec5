"""Inter-annotator agreement per annotator pair: per label and overall, per document, and what to adjudicate.

For every pair of annotators, over the documents both annotated:

* span F1, **strict** (same ends and label) and **overlap** (boundary-tolerant,
  one-to-one), per label, so overlapping labels never halve agreement, and
  independent of region order (:mod:`newsgold.agreement.spans`);
* Krippendorff's **unitizing alpha** per label and over all labels, the
  chance-corrected figure (:mod:`newsgold.agreement.unitizing`);
* token-level Cohen's kappa (``sklearn.metrics.cohen_kappa_score``; each token
  labelled with the span covering it, ``O`` otherwise), said_by F1, DATE values;
* the same strict / overlap F1 and alpha per document;
* every disagreement, by kind, for the adjudicator.

Zero-division policy: a label neither annotator used has F1 and alpha
``None`` (not 0 and not 1: there is nothing to agree on); kappa is ``None``
when both annotators gave every token the same single class.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from typing import Any

from newsgold.agreement.spans import KINDS, LabelCounts, compare_documents
from newsgold.agreement.unitizing import unitizing_alpha
from newsgold.schema import SPAN_LABELS
from newsgold.spandoc import SpanDocument

OUTSIDE = "O"
_TOKEN = re.compile(r"\w+|[^\w\s]")


def _f1(a: int, b: int, both: int) -> float | None:
    return None if a + b == 0 else 2 * both / (a + b)


def span_key(doc: SpanDocument) -> dict[str, tuple[int, int, str]]:
    return {s.id: (s.start, s.end, s.label) for s in doc.spans}


def content_key(doc: SpanDocument) -> tuple[frozenset[Any], frozenset[Any]]:
    """What an annotation says, independent of region ids: spans (with values) and relations."""
    keys = span_key(doc)
    spans = frozenset((s.start, s.end, s.label, s.value) for s in doc.spans)
    rels = frozenset((keys[r.from_id], keys[r.to_id], r.type) for r in doc.relations)
    return spans, rels


def token_labels(doc: SpanDocument, text: str) -> list[str]:
    """One label per token of ``text``: the first-starting, then longest, span covering the token's start."""
    spans = sorted(doc.spans, key=lambda s: (s.start, -(s.end - s.start)))
    out = []
    for m in _TOKEN.finditer(text):
        label = OUTSIDE
        for s in spans:
            if s.start <= m.start() < s.end:
                label = s.label
                break
            if s.start > m.start():
                break
        out.append(label)
    return out


def _alpha_inputs(
    docs: Mapping[str, SpanDocument], shared: Sequence[str], labels: Sequence[str]
) -> dict[str, dict[str, list[tuple[int, int]]]]:
    return {lab: {d: [(x.start, x.end) for x in docs[d].spans if x.label == lab] for d in shared} for lab in labels}


def _lengths(a_docs: Mapping[str, SpanDocument], b_docs: Mapping[str, SpanDocument], shared: Sequence[str]) -> dict[str, int]:
    out = {}
    for d in shared:
        text = a_docs[d].text if a_docs[d].text is not None else b_docs[d].text
        if text is not None:
            out[d] = len(text)
    return out


def pair_agreement(
    a_docs: Mapping[str, SpanDocument],
    b_docs: Mapping[str, SpanDocument],
    labels: Sequence[str] = SPAN_LABELS,
    names: tuple[str, str] = ("a", "b"),
) -> dict[str, Any]:
    """Agreement of two annotators over the documents both annotated (JSON-safe; see module docstring)."""
    from sklearn.metrics import cohen_kappa_score

    shared = sorted(set(a_docs) & set(b_docs))
    totals = {lab: LabelCounts() for lab in labels}
    rel = [0, 0, 0]
    dates = [0, 0]  # DATE spans matched, of which with the same value
    ya: list[str] = []
    yb: list[str] = []
    per_document: dict[str, Any] = {}
    disagreements: list[dict[str, Any]] = []
    lengths = _lengths(a_docs, b_docs, shared)
    for doc_id in shared:
        a, b = a_docs[doc_id], b_docs[doc_id]
        cmp = compare_documents(a, b, labels, names)
        doc_total = LabelCounts()
        for lab in labels:
            totals[lab].add(cmp.counts[lab])
            doc_total.add(cmp.counts[lab])
        ka = {(s.start, s.end, s.label): s for s in a.spans}
        kb = {(s.start, s.end, s.label): s for s in b.spans}
        for k in ka.keys() & kb.keys():
            if ka[k].value is not None or kb[k].value is not None:
                dates[0] += 1
                dates[1] += ka[k].value == kb[k].value
        ra, rb = content_key(a)[1], content_key(b)[1]
        rel[0] += len(ra)
        rel[1] += len(rb)
        rel[2] += len(ra & rb)
        text = a.text if a.text is not None else b.text
        if text is not None:
            ya += token_labels(a, text)
            yb += token_labels(b, text)
        doc_alpha = None
        if doc_id in lengths:
            _, doc_alpha = unitizing_alpha(
                [_alpha_inputs(a_docs, [doc_id], labels), _alpha_inputs(b_docs, [doc_id], labels)],
                {doc_id: lengths[doc_id]},
            )
        per_document[doc_id] = {
            "strict_f1": LabelCounts.f1(doc_total.strict, doc_total.a, doc_total.b),
            "overlap_f1": LabelCounts.f1(doc_total.overlap, doc_total.a, doc_total.b),
            "alpha_u": doc_alpha,
            "disagreements": len(cmp.disagreements),
        }
        disagreements += [{"doc_id": doc_id, **d} for d in cmp.disagreements]
    per_label = {lab: c.to_json() for lab, c in totals.items()}
    alpha_shared = [d for d in shared if d in lengths]
    alpha_overall = None
    if alpha_shared:
        alpha_labels, alpha_overall = unitizing_alpha(
            [_alpha_inputs(a_docs, alpha_shared, labels), _alpha_inputs(b_docs, alpha_shared, labels)],
            {d: lengths[d] for d in alpha_shared},
        )
        for lab in labels:
            per_label[lab]["alpha_u"] = alpha_labels[lab].alpha
    total = LabelCounts()
    for c in totals.values():
        total.add(c)
    kappa: float | None = None
    if ya and len(set(ya) | set(yb)) > 1:
        kappa = float(cohen_kappa_score(ya, yb))
    return {
        "documents": len(shared),
        "labels": per_label,
        "overall": {**total.to_json(), "alpha_u": alpha_overall},
        "relations": {"a": rel[0], "b": rel[1], "both": rel[2], "f1": _f1(*rel)},
        "date_values": {"matched": dates[0], "same_value": dates[1]},
        "tokens": len(ya),
        "token_kappa": kappa,
        "per_document": per_document,
        "disagreements": disagreements,
    }


def agreement_report(
    annotators: Mapping[str, Mapping[str, SpanDocument]], labels: Sequence[str] = SPAN_LABELS
) -> dict[str, Any]:
    """Pairwise agreement of every pair of annotators, and the disagreements grouped by kind (JSON-safe)."""
    names = sorted(annotators)
    pairs = []
    to_adjudicate: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
    for a, b in itertools.combinations(names, 2):
        result = pair_agreement(annotators[a], annotators[b], labels, names=(a, b))
        if result["documents"]:
            for item in result.pop("disagreements"):
                to_adjudicate[item["kind"]].append({"pair": [a, b], **item})
            pairs.append({"a": a, "b": b, **result})
    return {
        "annotators": {n: len(annotators[n]) for n in names},
        "labels": list(labels),
        "pairs": pairs,
        "to_adjudicate": to_adjudicate,
    }


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


_KIND_TITLES = {
    "boundary": "Boundaries (same label, overlapping, different ends)",
    "label": "Labels (same ends, different label)",
    "missing": "Marked by one annotator only",
    "value": "DATE values",
    "said_by": "Speakers (said_by)",
}


def _show(span: Mapping[str, Any] | None) -> str:
    if not span:
        return "none"
    text = str(span.get("text") or "").replace("|", "\\|").replace("\n", " ")
    value = f" = {span['value']}" if span.get("value") is not None else ""
    return f"{span['label']} [{span['start']}, {span['end']}) \"{text}\"{value}"


def agreement_markdown(report: Mapping[str, Any], needs_adjudication: Sequence[Mapping[str, Any]] = ()) -> str:
    """A readable version of :func:`agreement_report` (plus the tasks needing adjudication)."""
    lines = ["# Inter-annotator agreement", ""]
    lines.append(
        "Strict: same ends and label. Overlap: same label, sharing at least one character (one-to-one). "
        "αu: Krippendorff's unitizing alpha, chance-corrected (1 = perfect, 0 = chance). All per label, "
        "independent of region order; see docs/annotate.md."
    )
    lines.append("")
    lines.append("| annotator | documents |")
    lines.append("| --- | ---: |")
    lines += [f"| {name} | {n} |" for name, n in report["annotators"].items()]
    lines.append("")
    if not report["pairs"]:
        lines.append("No two annotators annotated the same document: no agreement to measure.")
        lines.append("")
    for pair in report["pairs"]:
        o = pair["overall"]
        lines.append(f"## {pair['a']} vs {pair['b']} ({pair['documents']} documents)")
        lines.append("")
        lines.append(
            f"Overall: αu **{_fmt(o.get('alpha_u'))}**, span F1 strict **{_fmt(o['f1'])}**, overlap "
            f"**{_fmt(o.get('overlap_f1'))}**; token-level Cohen's kappa {_fmt(pair['token_kappa'])} over "
            f"{pair['tokens']} tokens; said_by F1 {_fmt(pair['relations']['f1'])}; DATE values equal: "
            f"{pair['date_values']['same_value']} of {pair['date_values']['matched']} matched."
        )
        lines.append("")
        lines.append(f"| label | {pair['a']} | {pair['b']} | strict | strict F1 | overlap | overlap F1 | αu |")
        lines.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for lab, c in pair["labels"].items():
            lines.append(
                f"| {lab} | {c['a']} | {c['b']} | {c['both']} | {_fmt(c['f1'])} | {c.get('overlap_both', '')} | "
                f"{_fmt(c.get('overlap_f1'))} | {_fmt(c.get('alpha_u'))} |"
            )
        lines.append("")
        if pair.get("per_document"):
            lines.append("| document | strict F1 | overlap F1 | αu | disagreements |")
            lines.append("| --- | ---: | ---: | ---: | ---: |")
            for doc_id, d in pair["per_document"].items():
                lines.append(
                    f"| {doc_id} | {_fmt(d['strict_f1'])} | {_fmt(d['overlap_f1'])} | {_fmt(d['alpha_u'])} | "
                    f"{d['disagreements']} |"
                )
            lines.append("")
    groups = report.get("to_adjudicate") or {}
    if any(groups.values()):
        lines.append("## Spans to adjudicate")
        lines.append("")
        for kind in KINDS:
            items = groups.get(kind) or []
            if not items:
                continue
            lines.append(f"### {_KIND_TITLES[kind]} ({len(items)})")
            lines.append("")
            for it in items:
                a, b = it["pair"]
                if kind == "missing":
                    lines.append(f"- `{it['doc_id']}`: {_show(it['span'])}, marked by {it['marked_by']} only")
                elif kind == "said_by":
                    lines.append(
                        f"- `{it['doc_id']}`: quote {_show(it['quote'])}: {a} {_show(it.get(a))}; {b} {_show(it.get(b))}"
                    )
                else:
                    lines.append(f"- `{it['doc_id']}`: {a} {_show(it[a])}; {b} {_show(it[b])}")
            lines.append("")
    if needs_adjudication:
        lines.append("## Tasks that need adjudication")
        lines.append("")
        lines.append("Annotators disagree and none of their annotations is marked ground truth:")
        lines.append("")
        for item in needs_adjudication:
            lines.append(f"- `{item['doc_id']}` (task {item['task_id']}): {', '.join(item['annotators'])}")
        lines.append("")
    return "\n".join(lines)
