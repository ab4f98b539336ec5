"""The one label schema of newsgold.

Every part of the toolkit (the Label Studio config, the extractors, the gold
checker, the scorer's defaults) imports its labels from here, so that adding a
label is a one-line change that cannot drift between annotation and scoring.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

PERSON = "PERSON"
ORG = "ORG"
GPE = "GPE"
LOC = "LOC"
NORP = "NORP"
DATE = "DATE"
QUOTE = "QUOTE"

SAID_BY = "said_by"
"""Relation from a QUOTE span to the PERSON span that names its speaker."""

_DATE_POINT = r"(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-(?:SP|SU|FA|WI)|\d{4}-W\d{2})"
DATE_VALUE_PATTERN = rf"(?:{_DATE_POINT}(?:/{_DATE_POINT})?|PAST_REF|PRESENT_REF|FUTURE_REF)"
"""The one grammar of a DATE ``value`` (``gold/GUIDELINES.md`` section 6), as a regular expression.

A day ``2021-05-19``, a month ``2021-05``, a year ``2021``, a season
``2021-SU``, an ISO week ``2021-W20``, a range ``START/END`` of any two of
these (a weekend is its two days, a decade ``1990/1999``), or a vague
reference ``PAST_REF`` / ``PRESENT_REF`` / ``FUTURE_REF``. Used by
``gold check``, the normaliser's tests and the Label Studio value box, so the
three cannot disagree.
"""
DATE_VALUE = re.compile(rf"^{DATE_VALUE_PATTERN}$")
""":data:`DATE_VALUE_PATTERN` anchored on a whole value."""


def is_date_value(value: str) -> bool:
    """True when ``value`` is in the DATE value grammar.

    >>> [is_date_value(v) for v in ("2021-05-19", "2021-W20", "1990/1999", "2021-W20-WE", "199")]
    [True, True, True, False, False]
    """
    return DATE_VALUE.fullmatch(value) is not None


ENTITY_LABELS: tuple[str, ...] = (PERSON, ORG, GPE, LOC, NORP)
SPAN_LABELS: tuple[str, ...] = ENTITY_LABELS + (DATE, QUOTE)


@dataclass(frozen=True)
class RelationType:
    """A typed, directed relation between two span labels."""

    name: str
    source_label: str
    target_label: str


@dataclass(frozen=True)
class LabelSchema:
    """Span labels, per-label attributes and relation types.

    ``attributes`` maps a span label to the name of the free-text attribute
    annotators fill for it (DATE -> ``value``, a normalised ISO-8601 /
    TIMEX3-style value such as ``2021-05-19``, ``2021-06``,
    ``2021-05-19/2021-05-20``, ``2021-SU``, ``PAST_REF``).
    """

    span_labels: tuple[str, ...]
    attributes: dict[str, str] = field(default_factory=dict)
    relations: tuple[RelationType, ...] = ()

    def restrict(self, labels: Iterable[str]) -> LabelSchema:
        """The schema of a project that uses only ``labels`` (``[schema] labels`` in ``newsgold.toml``).

        Span labels keep this schema's order; an attribute stays with its
        label; a relation stays only when both its ends do (``said_by`` needs
        QUOTE and PERSON). Unknown labels are a ``ValueError``.

        >>> SCHEMA.restrict(["QUOTE", "DATE"]).span_labels, SCHEMA.restrict(["QUOTE", "DATE"]).relations
        (('DATE', 'QUOTE'), ())
        """
        wanted = set(labels)
        unknown = sorted(wanted - set(self.span_labels))
        if unknown:
            raise ValueError(f"unknown label(s) {', '.join(unknown)}; labels are {', '.join(self.span_labels)}")
        return LabelSchema(
            span_labels=tuple(x for x in self.span_labels if x in wanted),
            attributes={k: v for k, v in self.attributes.items() if k in wanted},
            relations=tuple(r for r in self.relations if {r.source_label, r.target_label} <= wanted),
        )

    def relation(self, name: str) -> RelationType:
        for rel in self.relations:
            if rel.name == name:
                return rel
        raise KeyError(name)


SCHEMA = LabelSchema(
    span_labels=SPAN_LABELS,
    attributes={DATE: "value"},
    relations=(RelationType(SAID_BY, QUOTE, PERSON),),
)
