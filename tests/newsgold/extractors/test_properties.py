"""Whatever the text, every built-in extractor returns loadable, in-range, well-formed span documents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgold.corpus import Document
from newsgold.extractors.dates import DateExtractor
from newsgold.extractors.entities import SpacyEntityExtractor
from newsgold.extractors.quote_marks import find_quotations
from newsgold.extractors.quotes import QuoteExtractor
from newsgold.spandoc import parse_document, text_sha256

FRAGMENTS = [  # fmt: skip
    "Antony Blinken",
    "Lavrov",
    "he said",
    "she",
    " said ",
    "Biden-Putin",
    "Russia’s",
    "the ministers’ ",
    "'s",
    '"',
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    ",",
    ".",
    " ",
    "\n",
    "\r\n",
    "\n\n",
    "on Monday",
    "May 19 and 20, 2021",
    "Wednesday and Thursday",
    "in April",
    "this summer",
    "the next few weeks",
    "\u00a0",
    "\U0001f600",
    "Zürich",
    "told reporters:",
    "insisted",
    "accused Norway of",
    "The White House",
    "U.S. Secretary of State",
    "-",
    "...",
]

texts = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)


@given(texts)
@settings(max_examples=200, deadline=None)
def test_quotation_pairs_lie_inside_the_text_and_do_not_overlap(text: str) -> None:
    previous_end = -1
    for q in find_quotations(text):
        assert 0 <= q.open_mark < q.start < q.end <= len(text)
        assert q.close_mark is None or q.end <= q.close_mark
        assert not text[q.start].isspace() and not text[q.end - 1].isspace()
        assert q.open_mark > previous_end
        previous_end = q.close_mark if q.close_mark is not None else q.end


@pytest.mark.usefixtures("model")
@given(texts, st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_built_in_extractors_emit_valid_documents(text: str, dct: dt.date) -> None:
    doc = Document("p", text, "", dct, text_sha256(text), Path("p.txt"))
    for extractor in (SpacyEntityExtractor(), DateExtractor(), QuoteExtractor()):
        (out,) = extractor.extract([doc])
        parsed = parse_document(out.to_json(), where=extractor.name)  # offsets, texts, ids, relations
        assert parsed.text == text
        for s in parsed.spans:
            assert s.text == text[s.start : s.end] and s.text.strip() == s.text
        if extractor.name in ("spacy", "dates"):
            spans = sorted(parsed.spans, key=lambda s: s.start)
            assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False)), "spans must be flat"
