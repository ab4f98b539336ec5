"""One Label Studio annotation ``result`` list <-> one newsgold span document.

A ``result`` is what Label Studio stores per annotation or prediction: one
``labels`` item per region over the text, a per-region ``textarea`` item with
the *same* region id for an attribute (DATE's normalised value; its
``value.text`` is a list of strings and never the span's text) and one
``relation`` item per arrow between two region ids. This module is the only
place that walks such a list. Two callers read it differently:

* ``annotate pull`` reads results made in newsgold's own labeling config and is
  **strict** (``strict=True``): an item from a control the config does not have,
  a region with several labels or a label outside the schema, a value on a label
  that takes none, a relation that fits no schema relation: each is an error
  naming the region, because a silently dropped label would change the gold set.
* ``newsgold convert`` / ``eval score`` read exports of **any** project
  (``strict=False``): regions of any ``Labels`` control are read (one span per
  label; label maps apply later), other controls (choices, ratings) are skipped,
  an unlabelled relation is typed by the schema when it fits, else ``related``.

Offsets are Python code points on both sides (Label Studio 1.23's editor counts
the same way); regions in other units are detected and repaired, or refused, by
:class:`newsgold.annotate.offsets.RegionResolver`, and each repair is returned
as a human-readable line.

>>> from newsgold.spandoc import SpanDocument, Span
>>> doc = SpanDocument("d", [Span("s1", 2, 3, "PERSON")], text="\\U0001F600 Al")
>>> [r["value"]["start"] for r in to_result(doc, doc.text)]
[2]
>>> back, repairs = from_result("d", doc.text, to_result(doc, doc.text), strict=True)
>>> (back.spans[0].start, back.spans[0].text, repairs)
(2, 'A', [])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from newsgold.annotate.config import LABELS_NAME, TEXT_NAME, attribute_control_name
from newsgold.annotate.offsets import RegionResolver, to_label_studio
from newsgold.formats.base import FormatError, checked_document
from newsgold.jsonl import excerpt
from newsgold.schema import SCHEMA, LabelSchema
from newsgold.spandoc import Relation, Span, SpanDocument

UNTYPED_RELATION = "related"
"""The type a lenient read gives an unlabelled relation that fits no schema relation."""


class ResultFormatError(FormatError):
    """An annotation result that newsgold cannot turn into spans (the message names the region)."""


def to_result(
    doc: SpanDocument, text: str, schema: LabelSchema = SCHEMA, *, every_value: bool = False
) -> list[dict[str, Any]]:
    """The Label Studio ``result`` list for ``doc``'s spans, values and relations over ``text``.

    Control names are newsgold's config's (``label`` over ``text``, a
    ``LABEL_value`` textarea per attribute), so any project whose tags carry
    these names takes the list as an annotation or a pre-annotation. A value
    is written for the labels the schema gives an attribute; ``every_value``
    writes any span's value (a file export keeps everything; a push must not
    name a control the project's config lacks).
    """
    out: list[dict[str, Any]] = []
    for span in doc.spans:
        if span.end > len(text):
            raise ResultFormatError(f"doc {doc.doc_id!r} span {span.id!r}: [{span.start}, {span.end}) past the text end")
        start, end = to_label_studio(text, span.start, span.end)
        value = {"start": start, "end": end, "text": text[span.start : span.end], "labels": [span.label]}
        out.append({"id": span.id, "from_name": LABELS_NAME, "to_name": TEXT_NAME, "type": "labels",
                    "origin": "manual", "value": value})  # fmt: skip
        attribute = schema.attributes.get(span.label) or ("value" if every_value else None)
        if attribute and span.value is not None:
            out.append({"id": span.id, "from_name": attribute_control_name(span.label, attribute), "to_name": TEXT_NAME,
                        "type": "textarea", "origin": "manual",
                        "value": {"start": start, "end": end, "text": [span.value]}})  # fmt: skip
    for rel in doc.relations:
        out.append({"from_id": rel.from_id, "to_id": rel.to_id, "type": "relation", "direction": "right", "labels": [rel.type]})
    return out


@dataclass
class _Items:
    """A result list sorted by kind, before any offset or label is interpreted."""

    regions: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (region id, value), in result order
    values: dict[str, str] = field(default_factory=dict)  # region id -> attribute text
    relations: list[dict[str, Any]] = field(default_factory=list)


def _sort_items(result: Sequence[Any], at: str, schema: LabelSchema, strict: bool) -> _Items:
    if not isinstance(result, list):
        raise ResultFormatError(f"{at}: annotation result is not a list")
    attribute_controls = {attribute_control_name(lab, att) for lab, att in schema.attributes.items()}
    items = _Items()
    seen: set[str] = set()
    for i, item in enumerate(result):
        if not isinstance(item, dict):
            raise ResultFormatError(f"{at}: result item {i} is not an object")
        kind, control = item.get("type"), item.get("from_name")
        if kind == "relation":
            items.relations.append(item)
            continue
        rid = item.get("id")
        if strict and (not isinstance(rid, str) or not rid):
            raise ResultFormatError(f"{at}: result item {i} has no region id")
        rid = str(rid or f"r{i}")
        value = item.get("value") or {}
        if not isinstance(value, dict):
            raise ResultFormatError(f"{at}: result item {i}: 'value' is not an object")
        if kind == "labels" and (control == LABELS_NAME if strict else "start" in value):
            if strict and rid in seen:
                raise ResultFormatError(f"{at}: region {rid!r} appears twice")
            seen.add(rid)
            items.regions.append((rid, value))
        elif kind == "textarea" and (not strict or isinstance(control, str) and control in attribute_controls):
            texts = value.get("text")
            texts = [texts] if isinstance(texts, str) else texts if isinstance(texts, list) or strict else []
            if strict and (not isinstance(texts, list) or not all(isinstance(t, str) for t in texts)):
                raise ResultFormatError(f"{at}: region {rid!r}: {control} text must be a list of strings")
            joined = " ".join(t.strip() for t in texts or [] if isinstance(t, str) and t.strip())
            if joined:
                items.values[rid] = joined
        elif strict:
            raise ResultFormatError(f"{at}: result item {i} ({kind} from {control!r}) is not part of the newsgold config")
    return items


def _region_labels(rid: str, value: dict[str, Any], at: str, schema: LabelSchema, strict: bool) -> list[str]:
    labels = value.get("labels")
    if strict:
        if not isinstance(labels, list) or len(labels) != 1:
            raise ResultFormatError(f"{at}: region {rid!r} must carry exactly one label, has {labels!r}")
        if labels[0] not in schema.span_labels:
            raise ResultFormatError(f"{at}: region {rid!r} has label {labels[0]!r}, not one of {list(schema.span_labels)}")
    elif not isinstance(labels, list) or not labels or not all(isinstance(x, str) for x in labels):
        raise ResultFormatError(f"{at} region {rid!r}: 'labels' must be a non-empty list of strings")
    return labels


def _relation_types(src: Span, dst: Span, labels: list[str], at: str, schema: LabelSchema, strict: bool) -> list[str]:
    """The relation's types: its labels (a lenient read keeps the first), else the schema's one relation that fits."""
    if labels:
        return labels if strict else labels[:1]
    fits = [r.name for r in schema.relations
            if {(src.label, dst.label), (dst.label, src.label)} & {(r.source_label, r.target_label)}]  # fmt: skip
    if len(fits) == 1:
        return fits
    if strict:
        raise ResultFormatError(
            f"{at}: relation {src.id!r} -> {dst.id!r} has no label; pick one of "
            f"{[r.name for r in schema.relations]} in Label Studio"
        )
    return [UNTYPED_RELATION]


def _relations(items: list[dict[str, Any]], by_id: dict[str, Span], at: str, schema: LabelSchema, strict: bool) -> list[Relation]:
    """Relations oriented source -> target as the schema says (an arrow drawn either way is read by its ends' labels).

    A lenient read turns only an unlabelled arrow by its ends' labels: another
    project's labelled relation may mean something else by the same name.
    """
    out: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    known = {r.name: r for r in schema.relations}
    for item in items:
        src, dst = item.get("from_id"), item.get("to_id")
        if not strict:
            src, dst = str(src), str(dst)
        if not isinstance(src, str) or not isinstance(dst, str) or src not in by_id or dst not in by_id:
            raise ResultFormatError(f"{at}: relation {excerpt(src)} -> {excerpt(dst)} names a region that is not a span")
        direction = item.get("direction", "right")
        if direction == "left":
            src, dst = dst, src
        raw_labels = item.get("labels") or []
        if not isinstance(raw_labels, list):
            raise ResultFormatError(f"{at}: relation {src!r} -> {dst!r}: 'labels' must be a list")
        labels = [x for x in raw_labels if isinstance(x, str) and x]
        for rel_type in _relation_types(by_id[src], by_id[dst], labels, at, schema, strict):
            rel = known.get(rel_type)
            if rel is None and strict:
                raise ResultFormatError(f"{at}: relation label {rel_type!r} is not in the schema")
            a, b = src, dst
            if rel is not None and (strict or not labels):  # a lenient read keeps a labelled arrow as drawn
                want = (rel.source_label, rel.target_label)
                if (by_id[a].label, by_id[b].label) != want and (direction == "bi" or (by_id[b].label, by_id[a].label) == want):
                    a, b = b, a  # drawn the other way round; the labels say which end is which
                if strict and (by_id[a].label, by_id[b].label) != want:
                    raise ResultFormatError(
                        f"{at}: {rel_type} must link a {rel.source_label} to a {rel.target_label}, "
                        f"not {by_id[src].label} {src!r} and {by_id[dst].label} {dst!r}"
                    )
            if (a, b, rel_type) not in seen:
                seen.add((a, b, rel_type))
                out.append(Relation(a, b, rel_type))
    return out


def from_result(
    doc_id: str,
    text: str,
    result: Sequence[Any],
    where: str = "",
    *,
    strict: bool,
    schema: LabelSchema = SCHEMA,
) -> tuple[SpanDocument, list[str]]:
    """Spans, values and relations of one annotation's or prediction's ``result`` over ``text``.

    Returns the document (spans carry their text) and the repairs made to
    regions whose offsets disagreed with the text (empty when none). Raises
    :class:`ResultFormatError` (or :class:`~newsgold.annotate.offsets.RegionMismatch`)
    naming the region when the result cannot be converted faithfully; see the
    module docstring for what ``strict`` refuses.
    """
    at = f"{where + ': ' if where else ''}doc {doc_id!r}" if strict else where or f"doc {doc_id!r}"
    items = _sort_items(result, at, schema, strict)
    resolver = RegionResolver(text)
    spans: list[Span] = []
    region_of: dict[str, str] = {}  # span id -> region id (a lenient region with two labels gives two spans)
    repairs: list[str] = []
    for rid, value in items.regions:
        labels = _region_labels(rid, value, at, schema, strict)
        resolved = resolver.resolve(value.get("start"), value.get("end"), value.get("text"), where=f"{at} region {rid!r}")
        if resolved.repaired:
            repairs.append(f"{at} region {rid!r}: offsets [{value.get('start')}, {value.get('end')}) repaired to "
                           f"[{resolved.start}, {resolved.end}) ({resolved.reading})")  # fmt: skip
        for k, label in enumerate(labels):
            span_id = rid if k == 0 else f"{rid}-{k}"
            region_of[span_id] = rid
            attr_value = items.values.get(rid)
            if strict and attr_value is not None and label not in schema.attributes:
                raise ResultFormatError(f"{at}: region {rid!r} ({label}) has a value but {label} takes none")
            spans.append(Span(span_id, resolved.start, resolved.end, label, attr_value, text[resolved.start : resolved.end]))
    if strict:
        unknown = sorted(set(items.values) - set(region_of.values()))
        if unknown:
            raise ResultFormatError(f"{at}: value(s) for unknown region(s) {unknown}")
        spans.sort(key=lambda s: (s.start, s.end, s.label, s.id))
    relations = _relations(items.relations, {s.id: s for s in spans}, at, schema, strict)
    if strict:
        return SpanDocument(doc_id, spans, relations, text=text), repairs
    return checked_document(doc_id, text, spans, relations, where=where), repairs


__all__ = ["ResultFormatError", "UNTYPED_RELATION", "from_result", "to_result"]
