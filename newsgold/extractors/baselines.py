"""Trivial and off-the-shelf baselines, so every score in the report has a floor to beat.

A score means little without a reference point: 0.9 F1 is impressive if a
regular expression gets 0.3 and unremarkable if it gets 0.85. Each built-in
extractor has a baseline scored beside it in ``newsgold eval report``:

* ``baseline-entities``: every run of capitalised words that does not start a
  sentence, labelled GPE (the most frequent entity label in news). No model.
* ``spacy-raw``: spaCy's own entities mapped onto the schema with no
  post-processing, i.e. what the ``spacy`` extractor's convention rules add.
* ``baseline-dates``: month and weekday names (with an optional day and year),
  valued the naive way: a weekday is the next such day after the creation date
  (the mistake the ``dates`` extractor's tense rule avoids), a month is in the
  creation date's year. No ranges, no vague references.
* ``baseline-quotes``: text between two double quotation marks on one line,
  attributed to the nearest PERSON spaCy finds before it (no parse, no
  reporting verb, no pronoun resolution).

These are deliberately simple and have no tuning: they exist to be beaten.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence

from newsgold import schema
from newsgold.corpus import Document
from newsgold.extractors import nlp as nlp_mod
from newsgold.extractors.base import SpanCollector
from newsgold.extractors.date_values import MONTHS, WEEKDAYS
from newsgold.spandoc import Span, SpanDocument

_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)]?\s+|\n\s*)$")
_STOPWORDS = frozenset({"I", "The", "A", "An", "In", "On", "But", "And", "If", "When", "It", "He", "She", "We", "They"})


class CapitalisedBaseline:
    """Capitalised word runs not starting a sentence, all labelled GPE (no model)."""

    name = "baseline-entities"
    labels = schema.ENTITY_LABELS  # scored like `spacy`: missing every non-GPE entity is its failure
    version = "baseline-entities-1"
    description = "trivial baseline: capitalised word runs labelled GPE, no model"

    def extract(self, documents: Sequence[Document]) -> list[SpanDocument]:
        out = []
        for doc in documents:
            spans = SpanCollector(doc)
            for m in _CAPITALISED_RUN.finditer(doc.text):
                start, end = m.start(), m.end()
                while end > start and doc.text[end - 1] in ".’'-":
                    end -= 1
                if _SENTENCE_START.search(doc.text[max(0, start - 4) : start]) or doc.text[start:end] in _STOPWORDS:
                    continue
                if end > start:
                    spans.add(start, end, schema.GPE, prefix="e")
            out.append(spans.build())
        return out


class SpacyRawEntities:
    """spaCy's entities mapped to the schema labels, with none of the convention rules."""

    name = "spacy-raw"
    labels = schema.ENTITY_LABELS
    description = "off-the-shelf baseline: spaCy en_core_web_md entities, labels mapped, no rules"

    @property
    def version(self) -> str:
        return f"spacy-raw-1+{nlp_mod.pipeline_version()}"

    def extract(self, documents: Sequence[Document]) -> list[SpanDocument]:
        from newsgold.extractors.entities import LABEL_MAP

        out = []
        for doc, parsed in nlp_mod.parse_documents(documents):
            spans = SpanCollector(doc)
            for ent in parsed.ents:
                if ent.label_ in LABEL_MAP:
                    spans.add(ent.start_char, ent.end_char, LABEL_MAP[ent.label_], prefix="e")
            out.append(spans.build())
        return out


_DATE_PATTERN = re.compile(
    r"\b(?P<weekday>" + "|".join(calendar.day_name) + r")\b"
    r"|\b(?P<month>" + "|".join(n for n in calendar.month_name if n) + r")"
    r"(?:\s+(?P<day>\d{1,2})\b)?(?:,?\s+(?P<year>\d{4})\b)?"
)


def naive_date_value(match: re.Match[str], dct: dt.date) -> str:
    """Value of a month/weekday match, resolved the naive way (weekday -> the next one after ``dct``)."""
    if match.group("weekday"):
        wanted = WEEKDAYS[match.group("weekday").lower()]
        ahead = (wanted - dct.weekday()) % 7 or 7
        return (dct + dt.timedelta(days=ahead)).isoformat()
    year = int(match.group("year") or dct.year)
    month = MONTHS[match.group("month").lower()]
    if match.group("day"):
        return f"{year:04d}-{month:02d}-{int(match.group('day')):02d}"
    return f"{year:04d}-{month:02d}"


class RegexDateBaseline:
    """Month and weekday names with naive values (weekdays always forward)."""

    name = "baseline-dates"
    labels = (schema.DATE,)
    version = "baseline-dates-1"
    description = "trivial baseline: month/weekday names, weekday = next one after the dct"

    def extract(self, documents: Sequence[Document]) -> list[SpanDocument]:
        out = []
        for doc in documents:
            spans = SpanCollector(doc)
            for m in _DATE_PATTERN.finditer(doc.text):
                spans.add(m.start(), m.end(), schema.DATE, value=naive_date_value(m, doc.dct), prefix="d")
            out.append(spans.build())
        return out


_QUOTED = re.compile(r"[\"“]([^\"“”\r\n]+)[\"”]")


class NearestPersonQuoteBaseline:
    """Text between two double quotation marks; speaker = nearest earlier spaCy PERSON."""

    name = "baseline-quotes"
    labels = (schema.QUOTE,)
    description = "trivial baseline: text between double quotes, speaker = nearest earlier PERSON"

    @property
    def version(self) -> str:
        return f"baseline-quotes-1+{nlp_mod.pipeline_version()}"

    def extract(self, documents: Sequence[Document]) -> list[SpanDocument]:
        out = []
        for doc, parsed in nlp_mod.parse_documents(documents):
            spans = SpanCollector(doc)
            people = [(e.start_char, e.end_char) for e in parsed.ents if e.label_ == "PERSON"]
            for m in _QUOTED.finditer(doc.text):
                quote: Span = spans.add(m.start(1), m.end(1), schema.QUOTE, prefix="q")
                earlier = [p for p in people if p[1] <= m.start()]
                if earlier:
                    speaker = spans.add(*earlier[-1], schema.PERSON, prefix="p")
                    spans.relate(quote, speaker, schema.SAID_BY)
            out.append(spans.build())
        return out
