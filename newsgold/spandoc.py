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
``file:line: what is wrong`` (an :class:`~newsgold.errors.InputFormatError`),
quoting at most a short excerpt of the input.

Loading is in two paths with one behaviour. The fast path
(:func:`_load_file_fast`) decodes a whole file with msgspec straight into
:class:`Span` / :class:`SpanDocument` structs (made in C, no Python code per
span, with the cyclic garbage collector paused) and runs every check vectorised
with numpy or C-level ``map``. The offsets and labels it reads to check them
stay with the documents (:mod:`newsgold.spancolumns`), so scoring does not read
every span again. If anything fails there, the file is read again by the
reference path (:func:`parse_document` on each line of
:func:`newsgold.jsonl.iter_jsonl`), which finds the first bad line and words
the error; so both paths accept the same files and give the same documents and
messages (tested).
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import chain, count, islice, repeat
from operator import attrgetter, lt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from newsgold.atomic import atomic_write_text
from newsgold.errors import InputFormatError
from newsgold.gc_pause import paused_gc
from newsgold.jsonl import MAX_LINE_BYTES, excerpt, iter_jsonl

if TYPE_CHECKING:
    from newsgold.spancolumns import SpanColumns


def text_sha256(text: str) -> str:
    """Hex SHA-256 of the UTF-8 bytes of ``text`` (how every hash here is made).

    A lone surrogate (a ``"\\ud800"`` escape in a JSON text) has no UTF-8 form;
    it is hashed as its surrogatepass bytes, so such a text still pairs with
    itself (every other text hashes as plain UTF-8).
    """
    import hashlib  # here: loading OpenSSL costs ~2.5 ms of every command, and most span files carry no hash

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Span(msgspec.Struct, frozen=True, gc=False):
    """A labelled ``[start, end)`` region of a document's text.

    A msgspec struct (immutable, slots, compared by value) so that the loader
    can build it in C; it holds only strings and integers, so the garbage
    collector need not track it (``gc=False``).
    """

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


class Relation(msgspec.Struct, frozen=True, gc=False):
    """A directed relation ``from`` span id -> ``to`` span id (e.g. said_by)."""

    from_id: str = msgspec.field(name="from")
    to_id: str = msgspec.field(name="to")
    type: str

    def to_json(self) -> dict[str, Any]:
        return {"from": self.from_id, "to": self.to_id, "type": self.type}


class SpanDocument(msgspec.Struct):
    """One document's spans and relations, optionally with its text (a mutable msgspec struct)."""

    doc_id: str
    spans: list[Span] = msgspec.field(default_factory=list)
    relations: list[Relation] = msgspec.field(default_factory=list)
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


MAX_OFFSET = 2**53
"""Largest accepted offset: far beyond any text, small enough for int64 arithmetic and exact floats in the scorer
(a gold set without text could otherwise carry 2**63 and overflow numpy)."""


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
        _require(text_sha256(text) == sha, where, f"doc {excerpt(doc_id)}: text_sha256 does not match the text")
    raw_spans = obj.get("spans", [])
    _require(isinstance(raw_spans, list), where, "'spans' must be a list")
    raw_rels = obj.get("relations", [])
    _require(isinstance(raw_rels, list), where, "'relations' must be a list")

    spans: list[Span] = []
    seen: set[str] = set()
    for i, s in enumerate(raw_spans):
        at = f"{where}: doc {excerpt(doc_id)} span {i}"
        _require(isinstance(s, dict), at, "expected a JSON object")
        sid = s.get("id")
        _require(isinstance(sid, str) and sid != "", at, "'id' must be a non-empty string")
        at = f"{where}: doc {excerpt(doc_id)} span {excerpt(sid)}"
        _require(sid not in seen, at, "duplicate span id")
        seen.add(sid)
        start, end, label = s.get("start"), s.get("end"), s.get("label")
        _require(_is_int(start) and _is_int(end), at, "'start' and 'end' must be integers")
        _require(0 <= start < end, at, f"needs 0 <= start < end, got [{excerpt(start, 24)}, {excerpt(end, 24)})")
        _require(end <= MAX_OFFSET, at, f"offsets must be at most 2**53 (no text is that long), got end {excerpt(end, 24)}")
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
                    f"text[{start}:{end}] is {excerpt(text[start:end])} but the span says {excerpt(stext)}",
                )
        spans.append(Span(sid, start, end, label, value, stext))

    relations: list[Relation] = []
    for i, r in enumerate(raw_rels):
        at = f"{where}: doc {excerpt(doc_id)} relation {i}"
        _require(isinstance(r, dict), at, "expected a JSON object")
        src, dst, rtype = r.get("from"), r.get("to"), r.get("type")
        _require(isinstance(src, str) and isinstance(dst, str), at, "'from' and 'to' must be span ids")
        _require(isinstance(rtype, str) and rtype != "", at, "'type' must be a non-empty string")
        _require(src in seen, at, f"'from' names unknown span {excerpt(src)}")
        _require(dst in seen, at, f"'to' names unknown span {excerpt(dst)}")
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


_DECODER = msgspec.json.Decoder(SpanDocument)
_ID = attrgetter("id")
_LABEL = attrgetter("label")
_START = attrgetter("start")
_END = attrgetter("end")
_SPANS = attrgetter("spans")
_DOC_ID = attrgetter("doc_id")
_RELATIONS = attrgetter("relations")


def _line_lengths_ok(data: bytes) -> bool:
    """No line longer than :data:`~newsgold.jsonl.MAX_LINE_BYTES` (the reference path words the error)."""
    if len(data) <= MAX_LINE_BYTES:
        return True
    import numpy as np
    ends = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 10)
    bounds = np.concatenate(([-1], ends, [len(data)]))
    return bool(np.diff(bounds).max() <= MAX_LINE_BYTES + 1)


def _span_columns(docs: list[SpanDocument]) -> SpanColumns | None:
    """Every span rule of :func:`parse_document`, vectorised over all documents, and the columns it read.

    ``None`` when a rule fails (the reference path words the error). The
    columns (offsets and label codes, :mod:`newsgold.spancolumns`) are what
    scoring reads, so it does not read the spans a second time.
    """
    import numpy as np  # here, not at module level: `import newsgold` and its API stay free of numpy

    from newsgold.spancolumns import LabelCodes, SpanColumns

    flat = list(chain.from_iterable(map(_SPANS, docs)))
    n = len(flat)
    if n == 0 and any(map(_RELATIONS, docs)):
        return None  # a relation needs spans to point at
    try:
        start = np.fromiter(map(_START, flat), dtype=np.int64, count=n)
        end = np.fromiter(map(_END, flat), dtype=np.int64, count=n)
    except OverflowError:  # offsets past int64: rare; the reference path checks them with Python ints
        return None
    if not (bool((start >= 0).all()) and bool((start < end).all()) and bool((end <= MAX_OFFSET).all())):
        return None
    codes = LabelCodes()
    label = np.fromiter(map(codes.__getitem__, map(_LABEL, flat)), dtype=np.int32, count=n)
    if "" in codes:  # an empty label (empty ids: below, with the duplicates)
        return None
    per_doc = list(map(_SPANS, docs))
    counts = np.fromiter(map(len, per_doc), dtype=np.int64, count=len(docs))
    if any(d.text is not None for d in docs):
        text_len = np.fromiter((-1 if d.text is None else len(d.text) for d in docs), dtype=np.int64, count=len(docs))
        limit = np.repeat(text_len, counts)
        if bool(((limit >= 0) & (end > limit)).any()):
            return None
    for d in docs:  # per document, C-level inside: empty and duplicate ids, span texts, relations
        ids = set(map(_ID, d.spans))
        if len(ids) != len(d.spans) or "" in ids:
            return None
        if d.text is not None:
            text = d.text
            if any(s.text is not None and text[s.start : s.end] != s.text for s in d.spans):
                return None
        if d.relations and any(not r.type or r.from_id not in ids or r.to_id not in ids for r in d.relations):
            return None
    for column in (start, end, label):
        column.flags.writeable = False  # scoring may take them as they are: a cache nobody may write into
    return SpanColumns(flat, start, end, label, list(codes), per_doc, np.cumsum(counts) - counts)


def _load_file_fast(file: Path) -> list[SpanDocument] | None:
    """All documents of ``file`` if every rule holds, else ``None`` (the caller re-reads it to word the error).

    Each document's spans come as a :class:`~newsgold.spancolumns.SpanList`
    that carries the columns read while checking them.
    """
    try:
        info = file.stat()
        if not stat.S_ISREG(info.st_mode):
            return None  # FIFOs, devices: the reference path reads them line by line, within its limits
        data = file.read_bytes()
    except OSError:
        return None
    if not _line_lengths_ok(data):
        return None
    with paused_gc():  # hundreds of thousands of acyclic objects (newsgold.gc_pause)
        try:
            docs = _DECODER.decode_lines(data)
        except (msgspec.DecodeError, RecursionError, UnicodeDecodeError, ValueError):
            return None
        if not all(map(len, map(_DOC_ID, docs))):
            return None
        for d in docs:
            if d.text is not None and d.text_sha256 is not None and text_sha256(d.text) != d.text_sha256:
                return None
        if len(set(map(_DOC_ID, docs))) != len(docs):
            return None
        columns = _span_columns(docs)
        if columns is None:
            return None
        from newsgold.spancolumns import attach

        for d, spans in zip(docs, attach(columns), strict=True):
            d.spans = spans  # the list it replaces stays in the columns (not freed span by span)
    return docs


def _iter_file_reference(file: Path) -> Iterator[tuple[str, SpanDocument]]:
    for where, obj in iter_jsonl(file):
        yield where, parse_document(obj, where)


def _where_of(file: Path, index: int) -> str:
    """``file:line`` of the ``index``-th document of a file that loaded (for a later duplicate's message)."""
    for i, (where, _) in enumerate(iter_jsonl(file)):
        if i == index:
            return where
    return str(file)


def ids_in_same_sorted_order(gold: Sequence[SpanDocument], pred: Sequence[SpanDocument]) -> list[str] | None:
    """The gold ids when both sides hold the same ids in the same strictly increasing order, else None.

    The usual input (a file and the predictions made from it) recognised by
    comparing the id lists in C, without building and probing an id dict
    (~0.1 s at 50,000 documents, each id a cache miss among a million spans);
    strictly increasing ids are sorted and distinct. The pairing of formats and
    the scorer both take this path before their general one.
    """
    ids = list(map(_DOC_ID, gold))
    if ids and all(map(lt, ids, islice(ids, 1, None))) and list(map(_DOC_ID, pred)) == ids:
        return ids
    return None


def iter_documents(path: str | os.PathLike[str]) -> Iterator[SpanDocument]:
    """Yield validated documents from a JSONL file or a folder of ``*.jsonl``.

    Blank lines are allowed. A ``doc_id`` that appears twice is an error:
    merging two versions of a document silently would change the score.
    Each file is loaded by the fast path when it is valid, else read by the
    reference path, which raises the ``file:line`` error (module docstring).
    """
    seen: dict[str, tuple[Path, int] | str] = {}
    files = _jsonl_files(Path(path))
    for file in files:
        docs = _load_file_fast(file)
        if docs is not None and seen.keys().isdisjoint(map(_DOC_ID, docs)):
            if file is not files[-1]:  # the last file's ids are never looked up (~0.04 s at 50,000 documents)
                seen.update(zip(map(_DOC_ID, docs), zip(repeat(file), count()), strict=False))  # (file, index): for a later duplicate
            yield from docs
            continue
        for where, doc in _iter_file_reference(file):
            if doc.doc_id in seen:
                first = seen[doc.doc_id]
                first_where = first if isinstance(first, str) else _where_of(*first)
                raise InputFormatError(f"{where}: doc_id {excerpt(doc.doc_id)} already appeared at {first_where}")
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
            raise InputFormatError(f"{prefix}doc {excerpt(doc.doc_id)}: its text differs from the corpus text")
        if doc.text_sha256 is not None and doc.text_sha256 != text_sha256(corpus_text):
            raise InputFormatError(f"{prefix}doc {excerpt(doc.doc_id)}: text_sha256 does not match the corpus text")
        for s in doc.spans:
            if s.end > len(corpus_text):
                raise InputFormatError(
                    f"{prefix}doc {excerpt(doc.doc_id)} span {excerpt(s.id)}: [{s.start}, {s.end}) lies past the end of the text"
                )
            if s.text is not None and corpus_text[s.start : s.end] != s.text:
                raise InputFormatError(
                    f"{prefix}doc {excerpt(doc.doc_id)} span {excerpt(s.id)}: text[{s.start}:{s.end}] is "
                    f"{excerpt(corpus_text[s.start:s.end])} but the span says {excerpt(s.text)}"
                )
        doc.text = corpus_text


def documents_jsonl(docs: Iterable[SpanDocument]) -> str:
    """Documents as JSONL text, one document per line (what :func:`write_documents` writes)."""
    return "".join(json.dumps(doc.to_json(), ensure_ascii=False) + "\n" for doc in docs)


def write_documents(docs: Iterable[SpanDocument], path: str | os.PathLike[str]) -> None:
    """Write documents as JSONL atomically (see :func:`newsgold.atomic.atomic_write_text`)."""
    atomic_write_text(path, documents_jsonl(docs))
