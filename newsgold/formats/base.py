"""What every format reader and writer shares: options, results, and the offset check.

A reader turns a file (or folder) into :class:`~newsgold.spandoc.SpanDocument`
objects whose every span is checked against the document's text before anyone
scores it (:func:`checked_document`). It also says which documents carry a
real ``doc_id`` (taken from the file) and which got a made-up one (a CoNLL
document without an id, a doccano row): only real ids are used to pair gold
and predictions; the others are paired by the SHA-256 of their text.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from newsgold.errors import InputFormatError, UserError
from newsgold.input_files import read_input_bytes
from newsgold.spandoc import Relation, Span, SpanDocument, parse_document


class FormatError(InputFormatError):
    """A file is not valid in the format it was read as (the message names file, line or item)."""


class LossyWrite(UserError):
    """A writer cannot hold something the documents carry (e.g. overlapping spans in BIO)."""


@dataclass
class ReadOptions:
    """Options of the readers; each reader uses the ones that concern it.

    ``side`` says which half of a Label Studio export is read: the annotations
    (``gold``) or the model ``predictions`` (``pred``).
    """

    side: str = "gold"
    annotator: str | None = None
    model_version: str | None = None
    scheme: str | None = None
    corpus_texts: Mapping[str, str] | None = None
    discontinuous: str = "refuse"
    span_key: str | None = None
    text_key: str | None = None


@dataclass
class ReadResult:
    """Documents read from one file or folder, in file order."""

    path: Path
    format: str
    documents: list[SpanDocument]
    synthetic_ids: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    _ids: set[str] = field(default_factory=set, repr=False)

    def has_real_id(self, doc: SpanDocument) -> bool:
        return doc.doc_id not in self.synthetic_ids

    def add(self, doc: SpanDocument, real: bool, where: str) -> None:
        """Append ``doc``; a ``doc_id`` seen before is an error (two versions of one document)."""
        if doc.doc_id in self._ids:
            raise FormatError(f"{where}: document {doc.doc_id!r} appears twice")
        self._ids.add(doc.doc_id)
        self.documents.append(doc)
        if not real:
            self.synthetic_ids.add(doc.doc_id)


Reader = Callable[[Path, ReadOptions], ReadResult]
Writer = Callable[[list[SpanDocument], Path], list[str]]


def checked_document(
    doc_id: str,
    text: str,
    spans: Iterable[Span],
    relations: Iterable[Relation] = (),
    where: str = "",
) -> SpanDocument:
    """A span document built from parts, validated by the span-format rules against ``text``.

    Every span gets its ``text`` (the slice it covers), so the span-format
    loader's checks (offsets inside the text, ``start < end``, unique ids,
    relations between known spans) run on exactly what the reader produced.
    """
    obj = {
        "doc_id": doc_id,
        "text": text,
        "spans": [
            {**s.to_json(), "text": text[s.start : s.end] if 0 <= s.start < s.end <= len(text) else s.text}
            for s in spans
        ],
        "relations": [r.to_json() for r in relations],
    }
    try:
        return parse_document(obj, where or doc_id)
    except InputFormatError as exc:
        raise FormatError(str(exc)) from None


def not_utf8(doc: SpanDocument) -> str | None:
    """The first string of ``doc`` with no UTF-8 form (a lone surrogate read from a ``"\\ud800"`` JSON escape), or None.

    Span JSONL and JSON writers keep such a string as its escape; a writer of
    UTF-8 files or msgpack (BRAT, spaCy) cannot, and refuses the document
    naming what holds it, rather than failing half-way.
    """
    named = [("the doc id", doc.doc_id), ("the text", doc.text or "")]
    named += [(f"span {s.id!r}", x) for s in doc.spans for x in (s.id, s.label, s.value or "")]
    named += [(f"relation {r.from_id!r} -> {r.to_id!r}", x) for r in doc.relations for x in (r.from_id, r.to_id, r.type)]
    for what, text in named:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return what
    return None


MAX_INPUT_BYTES = 512 * 1024 * 1024
"""A whole annotation file read at once (Label Studio export, CoNLL, BRAT): bigger is refused, not swapped in."""


def read_text_file(path: Path) -> str:
    """A text file's exact content (UTF-8, no newline translation): offsets point into it."""
    try:
        data = read_input_bytes(path, "input file", MAX_INPUT_BYTES)  # regular files only, size capped
    except InputFormatError as exc:
        raise FormatError(str(exc)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FormatError(f"{path}:{line}: not valid UTF-8") from None


def files_in(path: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """``path`` itself, or the files of folder ``path`` ending in one of ``suffixes`` (sorted)."""
    if path.is_dir():
        found = sorted(p for p in path.iterdir() if p.is_file() and p.name.lower().endswith(suffixes))
        if not found:
            raise FormatError(f"{path}: folder holds no {' / '.join('*' + s for s in suffixes)} file")
        return found
    if not path.exists():
        raise FormatError(f"{path}: no such file or folder")
    return [path]


def ensure_parent(path: str | os.PathLike[str]) -> Path:
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    return out
