"""CoNLL / BIO token-per-line files (CoNLL-2003 style; tag in the last column).

Reading:

* one token per line, columns separated by whitespace, the **tag in the last
  column** and the token in the first; a blank line ends a sentence;
  ``-DOCSTART-`` starts a new document (``-DOCSTART- ID O``: a second column
  other than ``-X-`` is the document's id, which is how the writer stores it);
* tags in IOB1, IOB2, IOBES or BILOU, detected from the prefixes present or
  forced with ``--scheme``; chunks are read exactly like conlleval
  (:func:`newsgold.eval.tokens.chunk_tags`), never across a sentence end;
* the text is the tokens joined by single spaces and the sentences by
  ``\\n``; with ``--corpus``, the tokens are instead aligned to the real
  article text (whitespace between tokens is skipped, anything else must
  match exactly), and a token that cannot be aligned is an error naming it.

Writing: IOB2 tags, tokens from :func:`newsgold.eval.tokens.tokenize` split
further at every span boundary, one sentence per line of the text. BIO cannot
hold overlapping spans, values or relations: the writer refuses overlapping
spans (naming them) and says what else it dropped.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path

from newsgold.atomic import atomic_write_text
from newsgold.eval.tokens import OUTSIDE, chunk_tags, tokenize
from newsgold.formats.base import FormatError, LossyWrite, ReadOptions, ReadResult, checked_document, files_in, read_text_file
from newsgold.spandoc import Span, SpanDocument

from newsgold.formats.names import CONLL as NAME
from newsgold.formats.names import CONLL_SCHEMES as SCHEMES
from newsgold.formats.names import CONLL_SUFFIXES as SUFFIXES
_PREFIXES = {"IOB1": "BI", "IOB2": "BI", "IOBES": "BIES", "BILOU": "BILU"}
_COLUMNS = re.compile(r"[ \t]+")  # only ASCII blanks: a token may hold a non-breaking space
_TAG = re.compile(r"^(O|[BIESLU]-\S+)$")


@dataclass
class _Doc:
    doc_id: str | None
    first_line: int
    sentences: list[list[tuple[str, str, int]]] = field(default_factory=list)  # (token, tag, line)


def _parse(text: str, where: str) -> list[_Doc]:
    docs: list[_Doc] = []
    sentence: list[tuple[str, str, int]] = []

    def flush() -> None:
        nonlocal sentence
        if sentence:
            if not docs:
                docs.append(_Doc(None, sentence[0][2]))
            docs[-1].sentences.append(sentence)
        sentence = []

    for lineno, line in enumerate(text.split("\n"), start=1):
        cols = _COLUMNS.split(line.strip(" \t\r"))
        cols = [] if cols == [""] else cols
        if not cols:
            flush()
            continue
        if cols[0] == "-DOCSTART-":
            flush()
            doc_id = cols[1] if len(cols) >= 3 and cols[1] != "-X-" else None
            docs.append(_Doc(doc_id, lineno))
            continue
        if len(cols) < 2:
            raise FormatError(f"{where}:{lineno}: expected a token and a tag, got {line.strip()!r}")
        tag = cols[-1]
        if not _TAG.match(tag):
            raise FormatError(f"{where}:{lineno}: last column {tag!r} is not a BIO tag (O, B-X, I-X, E-X, S-X, L-X, U-X)")
        sentence.append((cols[0], tag, lineno))
    flush()
    return [d for d in docs if d.sentences]


def detect_scheme(tags: list[str]) -> str:
    """IOBES or BILOU when their prefixes appear, else IOB2 (IOB1 reads the same under conlleval's rules)."""
    prefixes = {t[0] for t in tags if t != OUTSIDE}
    if prefixes & {"L", "U"}:
        return "BILOU"
    if prefixes & {"E", "S"}:
        return "IOBES"
    return "IOB2"


def _align(tokens: list[tuple[str, int]], text: str, where: str) -> list[tuple[int, int]]:
    """Offsets of each token in ``text``, in order, skipping only whitespace between them."""
    out: list[tuple[int, int]] = []
    pos = 0
    for token, lineno in tokens:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if not text.startswith(token, pos):
            got = text[pos : pos + len(token) + 10]
            raise FormatError(
                f"{where}:{lineno}: token {token!r} cannot be aligned to the corpus text at offset {pos} "
                f"(the text has {got!r} there)"
            )
        out.append((pos, pos + len(token)))
        pos += len(token)
    return out


def _build(doc: _Doc, doc_id: str, where: str, scheme: str, corpus_text: str | None) -> SpanDocument:
    flat = [t for s in doc.sentences for t in s]
    allowed = _PREFIXES[scheme]
    for token, tag, lineno in flat:
        if tag != OUTSIDE and tag[0] not in allowed:
            raise FormatError(f"{where}:{lineno}: tag {tag!r} is not part of the {scheme} scheme")
    if corpus_text is None:
        text = "\n".join(" ".join(t for t, _, _ in s) for s in doc.sentences)
        offsets: list[tuple[int, int]] = []
        pos = 0
        for s in doc.sentences:
            for token, _, _ in s:
                offsets.append((pos, pos + len(token)))
                pos += len(token) + 1
    else:
        text = corpus_text
        offsets = _align([(t, ln) for t, _, ln in flat], text, where)
    spans: list[Span] = []
    base = 0
    for s in doc.sentences:
        for first, last, label in chunk_tags([tag for _, tag, _ in s]):
            spans.append(Span(f"t{len(spans) + 1}", offsets[base + first][0], offsets[base + last][1], label))
        base += len(s)
    return checked_document(doc_id, text, spans, where=f"{where}:{doc.first_line}")


def read(path: Path, options: ReadOptions) -> ReadResult:
    if options.scheme is not None and options.scheme not in SCHEMES:
        raise FormatError(f"--scheme {options.scheme!r}: expected one of {', '.join(SCHEMES)}")
    result = ReadResult(path, NAME, [])
    corpus = options.corpus_texts
    for file in files_in(path, SUFFIXES):
        where = str(file)
        docs = _parse(read_text_file(file), where)
        if not docs:
            raise FormatError(f"{where}: holds no token line")
        for n, doc in enumerate(docs, start=1):
            tags = [tag for s in doc.sentences for _, tag, _ in s]
            scheme = options.scheme or detect_scheme(tags)
            doc_id = doc.doc_id or (file.stem if len(docs) == 1 else f"{file.stem}-{n}")
            corpus_text = None
            if corpus is not None:
                doc_id, corpus_text = _corpus_match(doc, doc_id, corpus, where)
            real = corpus is not None or doc.doc_id is not None
            result.add(_build(doc, doc_id, where, scheme, corpus_text), real, f"{where}:{doc.first_line}")
    return result


def _corpus_match(doc: _Doc, doc_id: str, corpus: dict[str, str] | object, where: str) -> tuple[str, str]:
    """The corpus document the tokens belong to: the one named by the id, else the only one they align with."""
    assert isinstance(corpus, dict)
    tokens = [(t, ln) for s in doc.sentences for t, _, ln in s]
    if doc_id in corpus:
        _align(tokens, corpus[doc_id], where)  # raises naming the first token that does not fit
        return doc_id, corpus[doc_id]
    fits = []
    for cid, text in corpus.items():
        try:
            _align(tokens, text, where)
        except FormatError:
            continue
        fits.append(cid)
    if len(fits) != 1:
        why = "no corpus document" if not fits else f"several corpus documents ({', '.join(fits[:3])})"
        raise FormatError(f"{where}:{doc.first_line}: document {doc_id!r}: its tokens align with {why}; "
                          "name it with '-DOCSTART- DOC_ID O'")  # fmt: skip
    return fits[0], corpus[fits[0]]


def _tokens_for(doc: SpanDocument) -> list[tuple[int, int]]:
    """Tokens of the text, split further at every span boundary so each span is whole tokens."""
    assert doc.text is not None
    cuts = sorted({s.start for s in doc.spans} | {s.end for s in doc.spans})
    out: list[tuple[int, int]] = []
    for a, b in tokenize(doc.text):  # every non-space character is in one token
        inner = cuts[bisect.bisect_right(cuts, a) : bisect.bisect_left(cuts, b)]
        edges = [a, *inner, b]
        out += [(x, y) for x, y in zip(edges, edges[1:], strict=False)]
    return sorted(out)


def write(docs: list[SpanDocument], path: Path) -> list[str]:
    warnings: list[str] = []
    blocks: list[str] = []
    for doc in docs:
        if doc.text is None:
            raise LossyWrite(f"doc {doc.doc_id!r}: CoNLL needs the text (pass --corpus)")
        if any(ch.isspace() for ch in doc.doc_id):
            raise LossyWrite(f"doc {doc.doc_id!r}: a CoNLL document id cannot contain whitespace")
        ordered = sorted(doc.spans, key=lambda s: (s.start, s.end))
        for a, b in zip(ordered, ordered[1:], strict=False):
            if b.start < a.end:
                raise LossyWrite(
                    f"doc {doc.doc_id!r}: spans {a.id!r} [{a.start}, {a.end}) and {b.id!r} [{b.start}, {b.end}) "
                    "overlap; BIO cannot hold overlapping spans (restrict the labels, e.g. --labels without QUOTE)"
                )
        for s in doc.spans:
            covered = doc.text[s.start : s.end]
            if covered != covered.strip():
                raise LossyWrite(
                    f"doc {doc.doc_id!r}: span {s.id!r} [{s.start}, {s.end}) {covered!r} begins or ends with "
                    "whitespace; BIO tokens cannot hold that boundary"
                )
        tokens = _tokens_for(doc)
        tags = [OUTSIDE] * len(tokens)
        starts = [a for a, _ in tokens]
        for s in ordered:  # tokens are cut at every span edge: the span is exactly the tokens starting inside it
            inside = range(bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end))
            for k, i in enumerate(inside):
                tags[i] = ("B-" if k == 0 else "I-") + s.label
        lines = [f"-DOCSTART- {doc.doc_id} O", ""]
        for i, (a, b) in enumerate(tokens):
            lines.append(f"{doc.text[a:b]} {tags[i]}")
            nxt = tokens[i + 1][0] if i + 1 < len(tokens) else None
            if nxt is not None and "\n" in doc.text[b:nxt] and not (
                tags[i] != OUTSIDE and tags[i + 1].startswith("I-")
            ):
                lines.append("")
        blocks.append("\n".join(lines) + "\n")
        if doc.relations:
            warnings.append(f"doc {doc.doc_id!r}: CoNLL cannot hold relations; dropped {len(doc.relations)}")
        if any(s.value is not None for s in doc.spans):
            warnings.append(f"doc {doc.doc_id!r}: CoNLL cannot hold span values; dropped them")
    atomic_write_text(path, "\n".join(blocks))
    return warnings
