"""The extractor interface: what every entity, date or quote system implements.

An extractor is anything with a ``name``, a ``version`` and a batch
``extract(documents)`` method returning span documents in the project's format
(:mod:`newsgold.spandoc`). Batch, not per-document, so that a model is loaded
once and spaCy's ``nlp.pipe`` can stream a whole corpus.

``version`` must change whenever the output may change (the extractor's own
rules, the spaCy version, the model version), because downstream caches and
reports key on it.

Third-party packages plug in through the entry point group
``newsgold.extractors`` (see :mod:`newsgold.extractors.registry`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from newsgold.corpus import Document
from newsgold.spandoc import Relation, Span, SpanDocument, text_sha256


@runtime_checkable
class Extractor(Protocol):
    """A named, versioned system that turns documents into span documents.

    Examples
    --------
    >>> import datetime as dt
    >>> from pathlib import Path
    >>> from newsgold.extractors import get_extractor
    >>> text = "The talks ended on Monday, May 17."
    >>> doc = Document("d1", text, "t", dt.date(2021, 5, 19), text_sha256(text), Path("d1.txt"))
    >>> ext = get_extractor("baseline-dates")   # a regex baseline: no model to load
    >>> [(text[s.start:s.end], s.label) for s in ext.extract([doc])[0].spans]
    [('Monday', 'DATE'), ('May 17', 'DATE')]
    """

    name: str
    version: str

    def extract(self, documents: Sequence[Document]) -> list[SpanDocument]:
        """Return one span document per input document, in the same order.

        Spans carry ids unique within their document and their ``text``
        (``document.text[start:end]``); the documents carry the text.
        """
        ...


class SpanCollector:
    """Builds one document's spans and relations with unique ids and checked offsets.

    Every built-in extractor goes through this so that spans always carry
    their text, ids are ``<prefix><n>`` and an empty or out-of-range span is a
    bug caught here rather than a file the loader rejects later.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.spans: list[Span] = []
        self.relations: list[Relation] = []
        self._by_offsets: dict[tuple[int, int, str], Span] = {}
        self._counts: dict[str, int] = {}

    def add(self, start: int, end: int, label: str, value: str | None = None, prefix: str = "s") -> Span:
        """Add a span (or return the existing one with the same offsets and label)."""
        if not 0 <= start < end <= len(self.doc.text):
            raise ValueError(f"{self.doc.doc_id}: bad span [{start}, {end}) for {label}")
        key = (start, end, label)
        if key in self._by_offsets:
            return self._by_offsets[key]
        n = self._counts.get(prefix, 0) + 1
        self._counts[prefix] = n
        span = Span(f"{prefix}{n}", start, end, label, value, self.doc.text[start:end])
        self.spans.append(span)
        self._by_offsets[key] = span
        return span

    def relate(self, source: Span, target: Span, rtype: str) -> None:
        rel = Relation(source.id, target.id, rtype)
        if rel not in self.relations:
            self.relations.append(rel)

    def build(self) -> SpanDocument:
        spans = sorted(self.spans, key=lambda s: (s.start, s.end, s.label))
        return SpanDocument(
            doc_id=self.doc.doc_id,
            spans=spans,
            relations=list(self.relations),
            text=self.doc.text,
            text_sha256=text_sha256(self.doc.text),
        )
