"""The ``textacy-quotes`` peer: textacy's ``direct_quotations`` on the same parse.

Exists so the report can show newsgold's own quote extractor beside an
established rule-based one. It runs on the same spaCy pipeline and the same
entity conventions as ``quotes``; only the quotation finding and attribution
differ, so a difference in the scores is a difference in those rules.

What is adapted, and nothing more:

* textacy's content span includes the quotation marks: they are stripped
  (with surrounding whitespace) to match the gold's convention;
* textacy refuses a whole document with an odd number of quote tokens
  (``ValueError``, e.g. one stray ``’``): the document is then re-run
  paragraph by paragraph, and only a paragraph that still fails is lost;
* the speaker tokens become a PERSON span: the PERSON mention they fall in
  (entity extractor conventions, so "Blinken" and not "Antony"), else the
  speaker tokens themselves. textacy does no coreference, so "he" stays "he":
  that is part of what the comparison measures.

Listed only when textacy is installed (the ``quotes-peer`` extra, ~250 MB).
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import logging
from collections.abc import Sequence

from newsgold import schema
from newsgold.corpus import Document
from newsgold.extractors import nlp as nlp_mod
from newsgold.extractors.base import SpanCollector
from newsgold.extractors.entities import RULES_VERSION as ENTITY_RULES_VERSION
from newsgold.extractors.entities import entity_mentions
from newsgold.extractors.quote_marks import paragraphs
from newsgold.spandoc import SpanDocument

if importlib.util.find_spec("textacy") is None:  # the registry skips an extractor whose module does not import
    raise ImportError("textacy is not installed (pip install 'newsgold[quotes-peer]')")

log = logging.getLogger(__name__)

ADAPTER_VERSION = "1"
QUOTE_CHARS = "\"“”„‘’'«»`"


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in QUOTE_CHARS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in QUOTE_CHARS or text[end - 1].isspace()):
        end -= 1
    return start, end


def _triples(doc):  # noqa: ANN001, ANN202 - spaCy Doc -> list of (speaker_chars, content_chars)
    """textacy's quotations of ``doc`` as character offsets, per paragraph when the whole document fails."""
    from textacy.extract.triples import direct_quotations

    def run(d, offset: int) -> list[tuple[list[tuple[int, int]], tuple[int, int]]]:  # noqa: ANN001
        return [
            (
                [(offset + t.idx, offset + t.idx + len(t.text)) for t in q.speaker],
                (offset + q.content.start_char, offset + q.content.end_char),
            )
            for q in direct_quotations(d)
        ]

    try:
        return run(doc, 0)
    except ValueError as exc:
        log.debug("textacy refused the whole document (%s); retrying per paragraph", exc)
    found = []
    for start, end in paragraphs(doc.text):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        try:
            found.extend(run(span.as_doc(), span.start_char))
        except ValueError as exc:
            log.debug("textacy refused a paragraph at %d: %s", start, exc)
    return found


class TextacyQuoteExtractor:
    """textacy 0.13 direct_quotations as a peer for the quotes extractor (needs the quotes-peer extra)."""

    name = "textacy-quotes"
    labels = (schema.QUOTE,)
    description = "textacy's direct_quotations on the same spaCy parse (peer for comparison; no coreference)"

    def __init__(self) -> None:
        self.version = (
            f"textacy-quotes-{ADAPTER_VERSION}+textacy-{importlib.metadata.version('textacy')}"
            f"+entities-{ENTITY_RULES_VERSION}"
            f"+{nlp_mod.pipeline_version()}"
        )

    def extract(self, documents: Sequence[Document]) -> list[SpanDocument]:
        out = []
        for document, doc in nlp_mod.parse_documents(documents):
            spans = SpanCollector(document)
            persons = [(s, e) for s, e, label in entity_mentions(doc) if label == schema.PERSON]
            for speaker_tokens, (c_start, c_end) in _triples(doc):
                q_start, q_end = _strip(document.text, c_start, c_end)
                if q_start >= q_end:
                    continue
                quote = spans.add(q_start, q_end, schema.QUOTE, prefix="q")
                if not speaker_tokens:
                    continue
                mention = next(
                    ((s, e) for s, e in persons for ts, _ in speaker_tokens if s <= ts < e),
                    (min(s for s, _ in speaker_tokens), max(e for _, e in speaker_tokens)),
                )
                person = spans.add(mention[0], mention[1], schema.PERSON, prefix="p")
                spans.relate(quote, person, schema.SAID_BY)
            out.append(spans.build())
        return out
