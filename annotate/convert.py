"""Label Studio result JSON <-> newsgold span documents.

One span = one ``labels`` region over the ``text`` object. A DATE span's
normalised value travels in a separate ``textarea`` item with the *same*
region id (Label Studio's per-region TextArea); its ``value.text`` is a list of
strings and is never read as the span's text. ``said_by`` travels as a
``relation`` item between two region ids. Offsets are Python code points on
both sides (Label Studio 1.23's editor counts the same way); regions in other
units are detected and repaired or refused by :mod:`newsgold.annotate.offsets`.

>>> from newsgold.spandoc import SpanDocument, Span
>>> doc = SpanDocument("d", [Span("s1", 2, 3, "PERSON")], text="\\U0001F600 Al")
>>> [r["value"]["start"] for r in to_ls_result(doc, doc.text)]
[2]
>>> back, repairs = from_ls_result("d", doc.text, to_ls_result(doc, doc.text))
>>> back.spans[0].start, repairs
(2, [])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsgold.annotate.config import LABELS_NAME, TEXT_NAME, attribute_control_name
from newsgold.annotate.offsets import RegionMismatch, RegionResolver, to_label_studio
from newsgold.errors import UserError
from newsgold.schema import SCHEMA, LabelSchema
from newsgold.spandoc import Relation, Span, SpanDocument


class ResultFormatError(UserError):
    """An annotation result that newsgold cannot turn into spans."""


def to_ls_result(doc: SpanDocument, text: str, schema: LabelSchema = SCHEMA) -> list[dict[str, Any]]:
    """The Label Studio ``result`` list for ``doc``'s spans and relations over ``text``."""
    out: list[dict[str, Any]] = []
    for span in doc.spans:
        if span.end > len(text):
            raise ResultFormatError(f"doc {doc.doc_id!r} span {span.id!r}: [{span.start}, {span.end}) past the text end")
        start, end = to_label_studio(text, span.start, span.end)
        out.append(
            {
                "id": span.id,
                "from_name": LABELS_NAME,
                "to_name": TEXT_NAME,
                "type": "labels",
                "origin": "manual",
                "value": {"start": start, "end": end, "text": text[span.start : span.end], "labels": [span.label]},
            }
        )
        attribute = schema.attributes.get(span.label)
        if attribute and span.value is not None:
            out.append(
                {
                    "id": span.id,
                    "from_name": attribute_control_name(span.label, attribute),
                    "to_name": TEXT_NAME,
                    "type": "textarea",
                    "origin": "manual",
                    "value": {"start": start, "end": end, "text": [span.value]},
                }
            )
    for rel in doc.relations:
        out.append(
            {"from_id": rel.from_id, "to_id": rel.to_id, "type": "relation", "direction": "right", "labels": [rel.type]}
        )
    return out


def _attribute_controls(schema: LabelSchema) -> dict[str, tuple[str, str]]:
    return {attribute_control_name(lab, att): (lab, att) for lab, att in schema.attributes.items()}


def from_ls_result(
    doc_id: str, text: str, result: Sequence[dict[str, Any]], where: str = "", schema: LabelSchema = SCHEMA
) -> tuple[SpanDocument, list[str]]:
    """Spans and relations of one annotation's ``result`` over the task ``text``.

    Returns the document (with ``text``) and a list of human-readable repairs
    made to regions whose offsets disagreed with the text (empty when none).
    Raises :class:`ResultFormatError` / :class:`~newsgold.annotate.offsets.RegionMismatch`
    naming the region when a result cannot be converted faithfully.
    """
    at = f"{where + ': ' if where else ''}doc {doc_id!r}"
    if not isinstance(result, list):
        raise ResultFormatError(f"{at}: annotation result is not a list")
    resolver = RegionResolver(text)
    attributes = _attribute_controls(schema)
    regions: dict[str, dict[str, Any]] = {}
    values: dict[str, str] = {}
    relations_raw: list[dict[str, Any]] = []
    for i, item in enumerate(result):
        if not isinstance(item, dict):
            raise ResultFormatError(f"{at}: result item {i} is not an object")
        kind = item.get("type")
        if kind == "relation":
            relations_raw.append(item)
            continue
        rid = item.get("id")
        if not isinstance(rid, str) or not rid:
            raise ResultFormatError(f"{at}: result item {i} has no region id")
        value = item.get("value") or {}
        if kind == "labels" and item.get("from_name") == LABELS_NAME:
            if rid in regions:
                raise ResultFormatError(f"{at}: region {rid!r} appears twice")
            regions[rid] = value
        elif kind == "textarea" and item.get("from_name") in attributes:
            texts = value.get("text")
            if isinstance(texts, str):
                texts = [texts]
            if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
                raise ResultFormatError(f"{at}: region {rid!r}: {item.get('from_name')} text must be a list of strings")
            joined = " ".join(t.strip() for t in texts if t.strip())
            if joined:
                values[rid] = joined
        else:
            raise ResultFormatError(
                f"{at}: result item {i} ({kind} from {item.get('from_name')!r}) is not part of the newsgold config"
            )

    spans: list[Span] = []
    repairs: list[str] = []
    for rid, value in regions.items():
        labels = value.get("labels")
        if not isinstance(labels, list) or len(labels) != 1:
            raise ResultFormatError(f"{at}: region {rid!r} must carry exactly one label, has {labels!r}")
        label = labels[0]
        if label not in schema.span_labels:
            raise ResultFormatError(f"{at}: region {rid!r} has label {label!r}, not one of {list(schema.span_labels)}")
        resolved = resolver.resolve(value.get("start"), value.get("end"), value.get("text"), where=f"{at} region {rid!r}")
        if resolved.repaired:
            repairs.append(
                f"{at} region {rid!r}: offsets [{value.get('start')}, {value.get('end')}) repaired to "
                f"[{resolved.start}, {resolved.end}) ({resolved.reading})"
            )
        attr_value = values.pop(rid, None)
        if attr_value is not None and label not in schema.attributes:
            raise ResultFormatError(f"{at}: region {rid!r} ({label}) has a value but {label} takes none")
        spans.append(Span(rid, resolved.start, resolved.end, label, attr_value, text[resolved.start : resolved.end]))
    if values:
        raise ResultFormatError(f"{at}: value(s) for unknown region(s) {sorted(values)}")
    spans.sort(key=lambda s: (s.start, s.end, s.label, s.id))

    by_id = {s.id: s for s in spans}
    relations: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    for item in relations_raw:
        src, dst = item.get("from_id"), item.get("to_id")
        if src not in by_id or dst not in by_id:
            raise ResultFormatError(f"{at}: relation {src!r} -> {dst!r} names a region that is not a span")
        labels = item.get("labels") or []
        direction = item.get("direction", "right")
        if direction == "left":
            src, dst = dst, src
        for rel_type in labels or _infer_relation(by_id[src], by_id[dst], schema, at):
            try:
                rel_schema = schema.relation(rel_type)
            except KeyError:
                raise ResultFormatError(f"{at}: relation label {rel_type!r} is not in the schema") from None
            a, b = src, dst
            if (by_id[a].label, by_id[b].label) != (rel_schema.source_label, rel_schema.target_label):
                if direction == "bi" or (by_id[b].label, by_id[a].label) == (
                    rel_schema.source_label,
                    rel_schema.target_label,
                ):
                    a, b = b, a  # drawn the other way round; the labels say which end is which
            if (by_id[a].label, by_id[b].label) != (rel_schema.source_label, rel_schema.target_label):
                raise ResultFormatError(
                    f"{at}: {rel_type} must link a {rel_schema.source_label} to a {rel_schema.target_label}, "
                    f"not {by_id[src].label} {src!r} and {by_id[dst].label} {dst!r}"
                )
            key = (a, b, rel_type)
            if key not in seen:
                seen.add(key)
                relations.append(Relation(a, b, rel_type))
    return SpanDocument(doc_id, spans, relations, text=text), repairs


def _infer_relation(src: Span, dst: Span, schema: LabelSchema, at: str) -> list[str]:
    """A relation drawn without a label: the schema's only type that fits both ends, else an error."""
    fits = [
        r.name
        for r in schema.relations
        if {(src.label, dst.label), (dst.label, src.label)} & {(r.source_label, r.target_label)}
    ]
    if len(fits) != 1:
        raise ResultFormatError(
            f"{at}: relation {src.id!r} -> {dst.id!r} has no label; pick one of "
            f"{[r.name for r in schema.relations]} in Label Studio"
        )
    return fits


__all__ = ["ResultFormatError", "RegionMismatch", "from_ls_result", "to_ls_result"]
