"""doccano JSONL exports (sequence labelling and relation projects).

Both shapes doccano writes are read, one JSON object per line:

* ``{"id": 7, "text": "...", "entities": [{"id": 1, "label": "PER", "start_offset": 0, "end_offset": 5}],
  "relations": [{"id": 1, "from_id": 1, "to_id": 2, "type": "said_by"}]}`` (relation projects), and
* ``{"id": 7, "text": "...", "label": [[0, 5, "PER"], ...]}`` (sequence labelling; ``labels`` is accepted too).

Offsets are code-point offsets into ``text`` (doccano's backend is Python).
A ``doc_id`` key (kept by doccano from imported metadata) is the document id;
otherwise the id is ``doccano-<id>`` and is not used for pairing (doccano's
row ids are numbered per export), the text is. The writer produces the
``entities``/``relations`` shape with ``doc_id`` kept as metadata.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsgold.atomic import atomic_write_text
from newsgold.formats.base import FormatError, ReadOptions, ReadResult, checked_document, files_in
from newsgold.jsonl import iter_jsonl
from newsgold.spandoc import Relation, Span, SpanDocument

from newsgold.formats.names import DOCCANO as NAME


def looks_like(obj: object) -> bool:
    """A decoded line is a doccano row (a ``text`` and ``entities`` or ``label``/``labels``, no ``spans``)."""
    return (
        isinstance(obj, dict)
        and isinstance(obj.get("text"), str)
        and "spans" not in obj
        and any(k in obj for k in ("entities", "label", "labels"))
    )


def _int(x: object) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _row(obj: Any, where: str, n: int) -> tuple[SpanDocument, bool]:
    if not looks_like(obj):
        raise FormatError(f"{where}: not a doccano row (needs 'text' and 'entities' or 'label')")
    text: str = obj["text"]
    real = isinstance(obj.get("doc_id"), str) and obj["doc_id"] != ""
    doc_id = obj["doc_id"] if real else f"doccano-{obj.get('id', n)}"
    spans: list[Span] = []
    relations: list[Relation] = []
    if "entities" in obj:
        ents = obj["entities"]
        if not isinstance(ents, list):
            raise FormatError(f"{where}: 'entities' must be a list")
        for i, e in enumerate(ents):
            if not isinstance(e, dict):
                raise FormatError(f"{where}: entity {i} is not an object")
            s, t, lab = e.get("start_offset"), e.get("end_offset"), e.get("label")
            if not (_int(s) and _int(t) and isinstance(lab, str) and lab):
                raise FormatError(f"{where}: entity {i} needs integer start_offset/end_offset and a label")
            spans.append(Span(str(e.get("id", f"e{i}")), s, t, lab))
        rels = obj.get("relations", [])
        if not isinstance(rels, list):
            raise FormatError(f"{where}: 'relations' must be a list")
        for i, r in enumerate(rels):
            if not isinstance(r, dict) or "from_id" not in r or "to_id" not in r:
                raise FormatError(f"{where}: relation {i} needs from_id and to_id")
            rtype = r.get("type") or r.get("label")
            if not isinstance(rtype, str) or not rtype:
                raise FormatError(f"{where}: relation {i} has no type")
            relations.append(Relation(str(r["from_id"]), str(r["to_id"]), rtype))
    else:
        triples = obj.get("label", obj.get("labels"))
        if not isinstance(triples, list):
            raise FormatError(f"{where}: 'label' must be a list of [start, end, label]")
        for i, tr in enumerate(triples):
            if not (isinstance(tr, list) and len(tr) == 3 and _int(tr[0]) and _int(tr[1]) and isinstance(tr[2], str)):
                raise FormatError(f"{where}: label {i} is not [start, end, label]: {tr!r}")
            spans.append(Span(f"e{i}", tr[0], tr[1], tr[2]))
    return checked_document(doc_id, text, spans, relations, where), real


def read(path: Path, options: ReadOptions) -> ReadResult:
    result = ReadResult(path, NAME, [])
    n = 0
    for file in files_in(path, (".jsonl", ".json")):
        for where, obj in iter_jsonl(file):
            n += 1
            doc, real = _row(obj, where, n)
            result.add(doc, real, where)
    return result


def write(docs: list[SpanDocument], path: Path) -> list[str]:
    lines = []
    for i, doc in enumerate(docs, start=1):
        if doc.text is None:
            raise FormatError(f"doc {doc.doc_id!r}: doccano needs the text (pass --corpus)")
        ids = {s.id: n for n, s in enumerate(doc.spans, start=1)}
        row = {
            "id": i,
            "doc_id": doc.doc_id,
            "text": doc.text,
            "entities": [
                {"id": ids[s.id], "label": s.label, "start_offset": s.start, "end_offset": s.end} for s in doc.spans
            ],
            "relations": [
                {"id": n, "from_id": ids[r.from_id], "to_id": ids[r.to_id], "type": r.type}
                for n, r in enumerate(doc.relations, start=1)
            ],
        }
        lines.append(json.dumps(row, ensure_ascii=False) + "\n")
    atomic_write_text(path, "".join(lines))
    lost = [f"{d.doc_id}:{s.id}" for d in docs for s in d.spans if s.value is not None]
    return [f"doccano has no place for span values; dropped the values of {', '.join(lost[:10])}"] if lost else []
