"""The one label schema of newsgold.

Every part of the toolkit (the Label Studio config, the extractors, the gold
checker, the scorer's defaults) imports its labels from here, so that adding a
label is a one-line change that cannot drift between annotation and scoring.
"""

from __future__ import annotations

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
