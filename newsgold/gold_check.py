"""Checks a gold set against the format and the guideline rules code can check.

The loader (:mod:`newsgold.spandoc`) guarantees the format; this module adds
the conventions of ``gold/GUIDELINES.md`` that a program can verify, so that a
slip made in Label Studio (a DATE that starts with "on", a QUOTE that swallowed
its quotation mark, a quote without a speaker) is caught before it turns into
a wrong score for every extractor.

Each rule returns :class:`Problem` rows instead of raising, so that one run
lists every problem at once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from newsgold.brackets import closes_own_bracket
from newsgold.schema import DATE, QUOTE, SAID_BY, SCHEMA, LabelSchema, is_date_value
from newsgold.spandoc import SpanDocument

QUOTE_MARKS = frozenset("\"“”„«»")
"""Double quotation marks: never part of a QUOTE's own text at its ends."""

SINGLE_MARKS = frozenset("‘’'")
"""Single quotation marks (British style, guidelines 7a). They may enclose a QUOTE, but a QUOTE may
also end with one of them as an apostrophe ("the ministers’"), so they are not refused at its ends."""

LEADING_PREPOSITIONS = frozenset(
    "on in at by since for during until till from before after of to around about within".split()
)

_EDGE_PUNCT = " \t\r\n\u00a0.,;:!?()[]{}-–—'\"“”‘’"


def _excerpt(covered: str, limit: int = 80) -> str:
    """A span's text as quoted in a problem line: at most ``limit`` characters of it."""
    return repr(covered if len(covered) <= limit else covered[:limit] + "...")


@dataclass(frozen=True, slots=True)
class Problem:
    """One guideline violation, located by document and span."""

    doc_id: str
    span_id: str | None
    rule: str
    message: str

    def __str__(self) -> str:
        where = self.doc_id if self.span_id is None else f"{self.doc_id} span {self.span_id}"
        return f"{where}: [{self.rule}] {self.message}"


def _check_labels(doc: SpanDocument, schema: LabelSchema) -> Iterable[Problem]:
    for s in doc.spans:
        if s.label not in schema.span_labels:
            yield Problem(doc.doc_id, s.id, "label", f"{_excerpt(s.label)} is not a schema label {schema.span_labels}")
    names = [r.name for r in schema.relations]
    for r in doc.relations:
        if r.type not in names:
            allowed = f"one of {names}" if names else "allowed: the schema has no relation"
            yield Problem(doc.doc_id, r.from_id, "relation", f"relation type {_excerpt(r.type)} is not {allowed}")


def _closed_inside(covered: str) -> bool:
    """A final mark that belongs to the name: an abbreviation's period ("Jr."), or a bracket opened
    inside the span ("CPI(M)", a party's name); a bracket opened before the span is an edge."""
    return covered[-1] == "." or closes_own_bracket(covered)


def _check_edges(doc: SpanDocument, text: str) -> Iterable[Problem]:
    for s in doc.spans:
        covered = text[s.start : s.end]
        if covered != covered.strip():
            yield Problem(doc.doc_id, s.id, "edges", f"{_excerpt(covered)} has leading or trailing whitespace")
        if s.label == QUOTE or not covered.strip():
            continue
        if covered[0] in _EDGE_PUNCT or (covered[-1] in _EDGE_PUNCT and not _closed_inside(covered)):
            yield Problem(doc.doc_id, s.id, "edges", f"{_excerpt(covered)} starts or ends with punctuation")
        if covered.endswith(("'s", "’s")):
            yield Problem(doc.doc_id, s.id, "possessive", f"{_excerpt(covered)} includes the possessive 's")
        if s.label != DATE and covered.lower().startswith("the "):
            yield Problem(doc.doc_id, s.id, "determiner", f"{_excerpt(covered)} starts with a determiner")


def _check_dates(doc: SpanDocument, text: str) -> Iterable[Problem]:
    for s in doc.spans:
        if s.label != DATE:
            continue
        words = text[s.start : s.end].split(maxsplit=1)
        first = words[0].lower() if words else ""  # a whitespace-only DATE is reported by the edges rule
        if first in LEADING_PREPOSITIONS:
            yield Problem(doc.doc_id, s.id, "date-preposition", f"DATE starts with the preposition {first!r}")
        if not s.value:
            yield Problem(doc.doc_id, s.id, "date-value", "DATE has no value")
        elif not is_date_value(s.value):
            yield Problem(doc.doc_id, s.id, "date-value", f"value {_excerpt(s.value)} is not in the guidelines' format")


def _check_quotes(doc: SpanDocument, text: str) -> Iterable[Problem]:
    by_id = doc.span_by_id()
    speakers: dict[str, list[str]] = defaultdict(list)
    for r in doc.relations:
        if r.type != SAID_BY:
            continue
        speakers[r.from_id].append(r.to_id)
        if by_id[r.from_id].label != QUOTE:
            yield Problem(doc.doc_id, r.from_id, "said_by", "said_by starts at a span that is not a QUOTE")
        target = SCHEMA.relation(SAID_BY).target_label  # the relation's meaning; whether it is allowed: _check_labels
        if by_id[r.to_id].label != target:
            yield Problem(doc.doc_id, r.from_id, "said_by", f"said_by points at a {by_id[r.to_id].label}, not {target}")
    for s in doc.spans:
        if s.label != QUOTE:
            continue
        covered = text[s.start : s.end]
        if covered and (covered[0] in QUOTE_MARKS or covered[-1] in QUOTE_MARKS):
            yield Problem(doc.doc_id, s.id, "quote-marks", "QUOTE includes a quotation mark at its ends")
        before = text[s.start - 1] if s.start > 0 else ""
        after = text[s.end] if s.end < len(text) else ""
        enclosing = QUOTE_MARKS | SINGLE_MARKS
        if before not in enclosing or not (after in enclosing or _continues_next_paragraph(text, s.end)):
            yield Problem(doc.doc_id, s.id, "quote-marks", "QUOTE is not the text right inside a pair of quotation marks")
        n = len(speakers.get(s.id, []))
        if n > 1:
            # None is allowed: a speaker the article never names has no said_by (guidelines 7a).
            yield Problem(doc.doc_id, s.id, "said_by", f"QUOTE has {n} said_by relations; it needs one at most")


def _continues_next_paragraph(text: str, end: int) -> bool:
    """True at a paragraph end whose next paragraph reopens the quotation (press style, guidelines 7a)."""
    rest = text[end:]
    stripped = rest.lstrip(" \t\u00a0")
    if not stripped.startswith(("\n", "\r")):
        return False
    following = stripped.lstrip("\r\n \t\u00a0")
    return bool(following) and following[0] in QUOTE_MARKS | SINGLE_MARKS and stripped[: len(stripped) - len(following)].count("\n") >= 2


def _check_overlaps(doc: SpanDocument) -> Iterable[Problem]:
    """Spans are flat, except that entities and dates may lie inside a QUOTE."""
    ordered = sorted((s for s in doc.spans if s.label != QUOTE), key=lambda s: (s.start, s.end))
    for prev, cur in zip(ordered, ordered[1:], strict=False):
        if cur.start < prev.end:
            yield Problem(doc.doc_id, cur.id, "overlap", f"overlaps span {prev.id} [{prev.start}, {prev.end})")
    quotes = sorted((s for s in doc.spans if s.label == QUOTE), key=lambda s: s.start)
    for prev, cur in zip(quotes, quotes[1:], strict=False):
        if cur.start < prev.end:
            yield Problem(doc.doc_id, cur.id, "overlap", f"overlaps QUOTE {prev.id}")
    starts = Counter((s.start, s.end) for s in doc.spans)
    for s in doc.spans:
        if starts[(s.start, s.end)] > 1:
            yield Problem(doc.doc_id, s.id, "overlap", f"another span has the same offsets [{s.start}, {s.end})")


def check_gold(
    docs: Iterable[SpanDocument], corpus_texts: Mapping[str, str] | None = None, schema: LabelSchema = SCHEMA
) -> list[Problem]:
    """Every guideline problem in ``docs``; an empty list means the gold set passes.

    ``schema`` is the label schema in use (a project's ``[schema] labels``):
    a span of another label, or a relation the schema lacks, is a problem.

    ``corpus_texts`` (``{doc_id: text}``) additionally checks that each gold
    document is the corpus's text, byte for byte, so offsets cannot point into a
    different version of an article.
    """
    problems: list[Problem] = []
    for doc in docs:
        if doc.text is None:
            problems.append(Problem(doc.doc_id, None, "text", "gold documents must carry their text"))
            continue
        if corpus_texts is not None:
            expected = corpus_texts.get(doc.doc_id)
            if expected is None:
                problems.append(Problem(doc.doc_id, None, "corpus", "no corpus document has this doc_id"))
            elif expected != doc.text:
                problems.append(Problem(doc.doc_id, None, "corpus", "text differs from the corpus file"))
        for rule in (_check_labels(doc, schema), _check_edges(doc, doc.text), _check_dates(doc, doc.text),
                     _check_quotes(doc, doc.text), _check_overlaps(doc)):
            problems.extend(rule)
    return problems
