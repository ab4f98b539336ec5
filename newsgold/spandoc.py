"""The span document format shared by gold sets and predictions.

One JSON object per line (JSONL)::

    {"doc_id": "a", "text": "...", "text_sha256": "...",
     "spans": [{"id": "s1", "start": 0, "end": 4, "label": "PERSON",
                "value": null, "text": "Biden"}],
     "relations": [{"from": "q1", "to": "s1", "type": "said_by"}]}

Offsets are half-open ``[start, end)`` indices into the Python ``str`` (code
points) of the unmodified text. ``text``, ``text_sha256``, a span's ``value``
and ``text`` are optional. Every rule is checked on load, so that the scorer
never sees an impossible span; a violation is reported as
``file:line: what is wrong`` (an :class:`~newsgold.errors.InputFormatError`).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgold.atomic import atomic_write_text
from newsgold.errors import InputFormatError
from newsgold.jsonl import iter_jsonl


def text_sha256(text: str) -> str:
    """Hex SHA-256 of the UTF-8 bytes of ``text`` (how every hash here is made)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled ``[start, end)`` region of a document's text."""

    id: str
    start: int
    end: int
    label: str
    value: str | None = None
    text: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "start": self.start, "end": self.end, "label": self.label}
        if self.value is not None:
            out["value"] = self.value
        if self.text is not None:
            out["text"] = self.text
        return out


@dataclass(frozen=True, slots=True)
class Relation:
    """A directed relation ``from`` span id -> ``to`` span id (e.g. said_by)."""

    from_id: str
    to_id: str
    type: str

    def to_json(self) -> dict[str, Any]:
        return {"from": self.from_id, "to": self.to_id, "type": self.type}


@dataclass(slots=True)
class SpanDocument:
    """One document's spans and relations, optionally with its text."""

    doc_id: str
    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    text: str | None = None
    text_sha256: str | None = None

    def span_by_id(self) -> dict[str, Span]:
        return {s.id: s for s in self.spans}

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"doc_id": self.doc_id}
        if self.text is not None:
            out["text"] = self.text
        sha = self.text_sha256 or (text_sha256(self.text) if self.text is not None else None)
        if sha is not None:
            out["text_sha256"] = sha
        out["spans"] = [s.to_json() for s in self.spans]
        out["relations"] = [r.to_json() for r in self.relations]
        return out


def _require(cond: bool, where: str, msg: str) -> None:
    if not cond:
        raise InputFormatError(f"{where}: {msg}")


def _is_int(x: object) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def parse_document(obj: object, where: str = "<document>") -> SpanDocument:
    """Validate one decoded JSON object and build a :class:`SpanDocument`.

    ``where`` prefixes every error message (``file:line``).
    """
    _require(isinstance(obj, dict), where, "expected a JSON object")
    assert isinstance(obj, dict)
    doc_id = obj.get("doc_id")
    _require(isinstance(doc_id, str) and doc_id != "", where, "'doc_id' must be a non-empty string")
    text = obj.get("text")
    _require(text is None or isinstance(text, str), where, "'text' must be a string")
    sha = obj.get("text_sha256")
    _require(sha is None or isinstance(sha, str), where, "'text_sha256' must be a string")
    if text is not None and sha is not None:
        _require(text_sha256(text) == sha, where, f"doc {doc_id!r}: text_sha256 does not match the text")
    raw_spans = obj.get("spans", [])
    _require(isinstance(raw_spans, list), where, "'spans' must be a list")
    raw_rels = obj.get("relations", [])
    _require(isinstance(raw_rels, list), where, "'relations' must be a list")

    spans: list[Span] = []
    seen: set[str] = set()
    for i, s in enumerate(raw_spans):
        at = f"{where}: doc {doc_id!r} span {i}"
        _require(isinstance(s, dict), at, "expected a JSON object")
        sid = s.get("id")
        _require(isinstance(sid, str) and sid != "", at, "'id' must be a non-empty string")
        at = f"{where}: doc {doc_id!r} span {sid!r}"
        _require(sid not in seen, at, "duplicate span id")
        seen.add(sid)
        start, end, label = s.get("start"), s.get("end"), s.get("label")
        _require(_is_int(start) and _is_int(end), at, "'start' and 'end' must be integers")
        _require(0 <= start < end, at, f"needs 0 <= start < end, got [{start}, {end})")
        _require(isinstance(label, str) and label != "", at, "'label' must be a non-empty string")
        value, stext = s.get("value"), s.get("text")
        _require(value is None or isinstance(value, str), at, "'value' must be a string")
        _require(stext is None or isinstance(stext, str), at, "'text' must be a string")
        if text is not None:
            _require(end <= len(text), at, f"[{start}, {end}) lies past the end of the text ({len(text)} characters)")
            if stext is not None:
                _require(
                    text[start:end] == stext,
                    at,
                    f"text[{start}:{end}] is {text[start:end]!r} but the span says {stext!r}",
                )
        spans.append(Span(sid, start, end, label, value, stext))

    relations: list[Relation] = []
    for i, r in enumerate(raw_rels):
        at = f"{where}: doc {doc_id!r} relation {i}"
        _require(isinstance(r, dict), at, "expected a JSON object")
        src, dst, rtype = r.get("from"), r.get("to"), r.get("type")
        _require(isinstance(src, str) and isinstance(dst, str), at, "'from' and 'to' must be span ids")
        _require(isinstance(rtype, str) and rtype != "", at, "'type' must be a non-empty string")
        _require(src in seen, at, f"'from' names unknown span {src!r}")
        _require(dst in seen, at, f"'to' names unknown span {dst!r}")
        relations.append(Relation(src, dst, rtype))
    return SpanDocument(doc_id, spans, relations, text, sha)


def _jsonl_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(p for p in path.glob("*.jsonl") if p.is_file())
        if not files:
            raise InputFormatError(f"{path}: folder holds no *.jsonl file")
        return files
    if not path.exists():
        raise InputFormatError(f"{path}: no such file or folder")
    return [path]


def iter_documents(path: str | os.PathLike[str]) -> Iterator[SpanDocument]:
    """Yield validated documents from a JSONL file or a folder of ``*.jsonl``.

    Blank lines are allowed. A ``doc_id`` that appears twice is an error:
    merging two versions of a document silently would change the score.
    """
    seen: dict[str, str] = {}
    for file in _jsonl_files(Path(path)):
        for where, obj in iter_jsonl(file):
            doc = parse_document(obj, where)
            if doc.doc_id in seen:
                raise InputFormatError(f"{where}: doc_id {doc.doc_id!r} already appeared at {seen[doc.doc_id]}")
            seen[doc.doc_id] = where
            yield doc


def load_documents(path: str | os.PathLike[str]) -> list[SpanDocument]:
    """Load and validate every document of a JSONL file or folder (see :func:`iter_documents`)."""
    return list(iter_documents(path))


def attach_texts(docs: Iterable[SpanDocument], texts: Mapping[str, str], where: str = "") -> None:
    """Give documents without a text the corpus text, and check spans against it.

    Predictions files often omit the text; their offsets still have to fit the
    document they claim to describe. A document that carries a hash or a text
    that differs from the corpus text is an error (its offsets point elsewhere).
    """
    prefix = f"{where}: " if where else ""
    for doc in docs:
        corpus_text = texts.get(doc.doc_id)
        if corpus_text is None:
            continue
        if doc.text is not None and doc.text != corpus_text:
            raise InputFormatError(f"{prefix}doc {doc.doc_id!r}: its text differs from the corpus text")
        if doc.text_sha256 is not None and doc.text_sha256 != text_sha256(corpus_text):
            raise InputFormatError(f"{prefix}doc {doc.doc_id!r}: text_sha256 does not match the corpus text")
        for s in doc.spans:
            if s.end > len(corpus_text):
                raise InputFormatError(
                    f"{prefix}doc {doc.doc_id!r} span {s.id!r}: [{s.start}, {s.end}) lies past the end of the text"
                )
            if s.text is not None and corpus_text[s.start : s.end] != s.text:
                raise InputFormatError(
                    f"{prefix}doc {doc.doc_id!r} span {s.id!r}: text[{s.start}:{s.end}] is "
                    f"{corpus_text[s.start:s.end]!r} but the span says {s.text!r}"
                )
        doc.text = corpus_text


def documents_jsonl(docs: Iterable[SpanDocument]) -> str:
    """Documents as JSONL text, one document per line (what :func:`write_documents` writes)."""
    return "".join(json.dumps(doc.to_json(), ensure_ascii=False) + "\n" for doc in docs)


def write_documents(docs: Iterable[SpanDocument], path: str | os.PathLike[str]) -> None:
    """Write documents as JSONL atomically (see :func:`newsgold.atomic.atomic_write_text`)."""
    atomic_write_text(path, documents_jsonl(docs))
