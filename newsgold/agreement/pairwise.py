"""Inter-annotator agreement: pairwise F1 per label and token-level Cohen's kappa.

Span F1 between two annotators (exact boundaries and label, symmetric, so it
does not matter who is "gold") says *where* they disagree per label; Cohen's
kappa over tokens (each token labelled with the span covering it, ``O``
otherwise) corrects for chance and is the figure annotation guidelines are
usually judged by. Kappa comes from ``sklearn.metrics.cohen_kappa_score``.

Zero-division policy: a label neither annotator used has F1 ``None`` (not 0
and not 1: there is nothing to agree on); kappa is ``None`` when both
annotators gave every token the same single class.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from typing import Any

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


def pair_agreement(
    a_docs: Mapping[str, SpanDocument], b_docs: Mapping[str, SpanDocument], labels: Sequence[str] = SPAN_LABELS
) -> dict[str, Any]:
    """Agreement of two annotators over the documents both annotated."""
    from sklearn.metrics import cohen_kappa_score

    shared = sorted(set(a_docs) & set(b_docs))
    counts = {lab: [0, 0, 0] for lab in labels}
    rel = [0, 0, 0]
    dates = [0, 0]  # DATE spans matched, of which with the same value
    ya: list[str] = []
    yb: list[str] = []
    for doc_id in shared:
        a, b = a_docs[doc_id], b_docs[doc_id]
        ka = {(s.start, s.end, s.label): s for s in a.spans}
        kb = {(s.start, s.end, s.label): s for s in b.spans}
        for lab in labels:
            sa = {k for k in ka if k[2] == lab}
            sb = {k for k in kb if k[2] == lab}
            counts[lab][0] += len(sa)
            counts[lab][1] += len(sb)
            counts[lab][2] += len(sa & sb)
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
    per_label = {
        lab: {"a": c[0], "b": c[1], "both": c[2], "f1": _f1(*c)} for lab, c in counts.items()
    }
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    kappa: float | None = None
    if ya and len(set(ya) | set(yb)) > 1:
        kappa = float(cohen_kappa_score(ya, yb))
    return {
        "documents": len(shared),
        "labels": per_label,
        "overall": {"a": total[0], "b": total[1], "both": total[2], "f1": _f1(*total)},
        "relations": {"a": rel[0], "b": rel[1], "both": rel[2], "f1": _f1(*rel)},
        "date_values": {"matched": dates[0], "same_value": dates[1]},
        "tokens": len(ya),
        "token_kappa": kappa,
    }


def agreement_report(
    annotators: Mapping[str, Mapping[str, SpanDocument]], labels: Sequence[str] = SPAN_LABELS
) -> dict[str, Any]:
    """Pairwise agreement of every pair of annotators (JSON-safe)."""
    names = sorted(annotators)
    pairs = []
    for a, b in itertools.combinations(names, 2):
        result = pair_agreement(annotators[a], annotators[b], labels)
        if result["documents"]:
            pairs.append({"a": a, "b": b, **result})
    return {
        "annotators": {n: len(annotators[n]) for n in names},
        "labels": list(labels),
        "pairs": pairs,
    }


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def agreement_markdown(report: Mapping[str, Any], needs_adjudication: Sequence[Mapping[str, Any]] = ()) -> str:
    """A readable version of :func:`agreement_report` (plus the tasks needing adjudication)."""
    lines = ["# Inter-annotator agreement", ""]
    lines.append("| annotator | documents |")
    lines.append("| --- | ---: |")
    lines += [f"| {name} | {n} |" for name, n in report["annotators"].items()]
    lines.append("")
    if not report["pairs"]:
        lines.append("No two annotators annotated the same document: no agreement to measure.")
    for pair in report["pairs"]:
        lines.append(f"## {pair['a']} vs {pair['b']} ({pair['documents']} documents)")
        lines.append("")
        lines.append(
            f"Token-level Cohen's kappa: **{_fmt(pair['token_kappa'])}** over {pair['tokens']} tokens; "
            f"span F1 (exact): **{_fmt(pair['overall']['f1'])}**; said_by F1: {_fmt(pair['relations']['f1'])}; "
            f"DATE values equal: {pair['date_values']['same_value']} of {pair['date_values']['matched']} matched."
        )
        lines.append("")
        lines.append(f"| label | {pair['a']} | {pair['b']} | both | F1 |")
        lines.append("| --- | ---: | ---: | ---: | ---: |")
        for lab, c in pair["labels"].items():
            lines.append(f"| {lab} | {c['a']} | {c['b']} | {c['both']} | {_fmt(c['f1'])} |")
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
