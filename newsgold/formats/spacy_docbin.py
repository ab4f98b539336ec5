"""spaCy ``DocBin`` files (``.spacy``), read and written with spaCy's own ``DocBin``.

Reading: the text is ``doc.text``; spans are ``doc.ents`` plus every span
group ``doc.spans[KEY]`` (only the one named by ``--span-key`` when given),
with spaCy's character offsets (code points, as Python's). The same span in
``ents`` and a span group is read once. The document id is
``doc.user_data["doc_id"]`` when the file stores user data; otherwise
``FILE-N`` (not used for pairing; the text is).

Writing: one ``Doc`` per document with tokens cut at every span boundary (so
no span is lost to tokenisation), every span in ``doc.spans["newsgold"]``,
the spans that do not overlap another in ``doc.ents``, and the document id,
span ids, values and relations in ``doc.user_data`` (DocBin keeps user data),
so reading the file back gives the documents that were written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsgold.atomic import atomic_write_bytes
from newsgold.eval.tokens import tokenize
from newsgold.formats.base import FormatError, LossyWrite, ReadOptions, ReadResult, checked_document, files_in, not_utf8
from newsgold.formats.base import MAX_INPUT_BYTES
from newsgold.input_files import read_input_bytes
from newsgold.jsonl import excerpt
from newsgold.spandoc import Relation, Span, SpanDocument

from newsgold.formats.names import SPACY as NAME
from newsgold.formats.names import SPACY_SUFFIXES as SUFFIXES
SPAN_GROUP = "newsgold"
USER_KEY = "newsgold"


def _docs(file: Path) -> list[Any]:
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    try:
        db = DocBin().from_bytes(read_input_bytes(file, "spaCy DocBin", MAX_INPUT_BYTES))
        return list(db.get_docs(Vocab()))
    except OSError as exc:
        raise FormatError(f"{file}: cannot read: {exc.strerror}") from None
    except Exception as exc:  # noqa: BLE001 - srsly/msgpack/zlib raise many unrelated classes
        raise FormatError(f"{file}: not a spaCy DocBin ({type(exc).__name__})") from None


def _stored_parts(sdoc: Any, where: str, keys: list[str]) -> tuple[str, list[tuple[int, int, str]]]:
    """The text and (start, end, label) of every entity and span of ``keys``, read out of one stored Doc.

    spaCy builds a Doc's spans and label strings from the DocBin's arrays only
    when asked, so a damaged file (a span past the end of the Doc, a label hash
    missing from its string table) fails here, with spaCy's IndexError or
    KeyError: bad input, like a DocBin that does not unpack (:func:`_docs`).
    """
    try:
        found = [(e.start_char, e.end_char, e.label_) for e in sdoc.ents]
        for key in keys:
            found += [(s.start_char, s.end_char, s.label_) for s in sdoc.spans[key]]
        return sdoc.text, found
    except Exception as exc:  # noqa: BLE001 - spaCy raises IndexError (E035), KeyError (E018) and others
        raise FormatError(f"{where}: not a valid spaCy Doc ({type(exc).__name__}: {excerpt(str(exc), 120)})") from None


def _stored_newsgold(user: Any, where: str) -> tuple[dict[tuple[int, int, str], tuple[Any, Any]], list[Relation]]:
    """Span ids and values by (start, end, label), and the relations, that :func:`write` keeps in user data.

    A DocBin is an ordinary file a user can make or damage: anything not of the
    shape :func:`write` gives is refused naming the document, not trusted.
    """
    extra = user.get(USER_KEY) or {}
    if not isinstance(extra, dict):
        raise FormatError(f"{where}: user_data[{USER_KEY!r}] must be a mapping, got {type(extra).__name__}")
    stored, rels = extra.get("spans") or [], extra.get("relations") or []
    if not isinstance(stored, list | tuple) or not isinstance(rels, list | tuple):  # msgpack reads arrays as tuples
        raise FormatError(f"{where}: user_data[{USER_KEY!r}] 'spans' and 'relations' must be lists")
    ids: dict[tuple[int, int, str], tuple[Any, Any]] = {}
    for i, k in enumerate(stored):
        if not (isinstance(k, list | tuple) and len(k) == 5 and all(type(x) is int for x in k[:2]) and isinstance(k[2], str)):
            raise FormatError(f"{where}: user_data[{USER_KEY!r}] span {i} must be [start, end, label, id, value], "
                              f"got {excerpt(k)}")  # fmt: skip
        ids[(k[0], k[1], k[2])] = (k[3], k[4])
    relations = []
    for i, r in enumerate(rels):
        if not (isinstance(r, list | tuple) and len(r) == 3):
            raise FormatError(f"{where}: user_data[{USER_KEY!r}] relation {i} must be [from, to, type], got {excerpt(r)}")
        relations.append(Relation(r[0], r[1], r[2]))
    return ids, relations


def _read_doc(sdoc: Any, fallback_id: str, where: str, span_key: str | None) -> tuple[SpanDocument, bool]:
    user = sdoc.user_data or {}
    if not isinstance(user, dict):
        raise FormatError(f"{where}: user_data must be a mapping, got {type(user).__name__}")
    raw_id = user.get("doc_id")
    real = isinstance(raw_id, str) and raw_id != ""
    doc_id = raw_id if real else fallback_id
    ids, relations = _stored_newsgold(user, where)
    if span_key is not None and span_key not in sdoc.spans:
        raise FormatError(f"{where}: doc {doc_id!r} has no span group {span_key!r} (it has {sorted(sdoc.spans)})")
    text, found = _stored_parts(sdoc, where, [span_key] if span_key is not None else sorted(sdoc.spans))
    spans: list[Span] = []
    seen: set[tuple[int, int, str]] = set()
    for triple in found:
        if triple in seen:
            continue
        seen.add(triple)
        sid, value = ids.get(triple, (f"e{len(spans) + 1}", None))
        spans.append(Span(sid, triple[0], triple[1], triple[2], value))
    return checked_document(doc_id, text, spans, relations, where=where), real


def read(path: Path, options: ReadOptions) -> ReadResult:
    result = ReadResult(path, NAME, [])
    for file in files_in(path, SUFFIXES):
        for n, sdoc in enumerate(_docs(file), start=1):
            doc, real = _read_doc(sdoc, f"{file.stem}-{n}", f"{file} doc {n}", options.span_key)
            result.add(doc, real, f"{file} doc {n}")
    return result


def _words(text: str, cuts: set[int]) -> tuple[list[str], list[bool]]:
    """Words and trailing-space flags whose concatenation is ``text``, with a boundary at every cut."""
    edges = {0, len(text)} | cuts
    for a, b in tokenize(text):
        edges.update((a, b))
    pieces = sorted(edges)
    words: list[str] = []
    spaces: list[bool] = []
    for a, b in zip(pieces, pieces[1:], strict=False):
        piece = text[a:b]
        if piece == " " and words and not spaces[-1] and not words[-1].isspace() and a not in cuts and b not in cuts:
            spaces[-1] = True  # one ordinary space after a word, not a span edge, is spaCy's trailing whitespace
            continue
        words.append(piece)
        spaces.append(False)
    return words, spaces


def write(docs: list[SpanDocument], path: Path) -> list[str]:
    from spacy.tokens import Doc, DocBin, SpanGroup
    from spacy.util import filter_spans
    from spacy.vocab import Vocab

    vocab = Vocab()
    db = DocBin(store_user_data=True)
    for doc in docs:
        if doc.text is None:
            raise FormatError(f"doc {doc.doc_id!r}: a DocBin needs the text (pass --corpus)")
        bad = not_utf8(doc)
        if bad is not None:
            raise LossyWrite(f"doc {excerpt(doc.doc_id)}: {bad} holds a lone surrogate, which a spaCy DocBin cannot hold")
        words, spaces = _words(doc.text, {s.start for s in doc.spans} | {s.end for s in doc.spans})
        sdoc = Doc(vocab, words=words, spaces=spaces)
        assert sdoc.text == doc.text, "tokens must rebuild the text exactly"
        sspans = []
        for s in doc.spans:
            made = sdoc.char_span(s.start, s.end, label=s.label, alignment_mode="strict")
            assert made is not None, f"span {s.id} is cut at token boundaries"
            sspans.append(made)
        sdoc.spans[SPAN_GROUP] = SpanGroup(sdoc, name=SPAN_GROUP, spans=sspans)
        sdoc.ents = filter_spans([x for x in sspans if not any(
            y is not x and y.start_char < x.end_char and x.start_char < y.end_char for y in sspans)])  # fmt: skip
        sdoc.user_data["doc_id"] = doc.doc_id
        sdoc.user_data[USER_KEY] = {
            "spans": [[s.start, s.end, s.label, s.id, s.value] for s in doc.spans],
            "relations": [[r.from_id, r.to_id, r.type] for r in doc.relations],
        }
        db.add(sdoc)
    atomic_write_bytes(path, db.to_bytes())
    return []
