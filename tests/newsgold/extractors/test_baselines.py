"""The baselines do the simple thing they promise (they are floors, not competitors)."""

from __future__ import annotations

from newsgold.extractors.baselines import (
    CapitalisedBaseline,
    NearestPersonQuoteBaseline,
    RegexDateBaseline,
    SpacyRawEntities,
)


def _surfaces(doc) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    return [(doc.text[s.start : s.end], s.label, s.value) for s in doc.spans]


def test_capitalised_runs_skip_sentence_starts(make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("The talks in Reykjavik ended. Russia said Antony Blinken left.\nIceland hosts.")
    (out,) = CapitalisedBaseline().extract([doc])
    assert _surfaces(out) == [("Reykjavik", "GPE", None), ("Antony Blinken", "GPE", None)]


def test_naive_dates_send_weekdays_forward(make_doc) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc("Lavrov spoke on Monday. The summit is in June; talks on May 19, 2021.", dct="2021-05-19")
    (out,) = RegexDateBaseline().extract([doc])
    assert _surfaces(out) == [
        ("Monday", "DATE", "2021-05-24"),  # naive: the next Monday, although the sentence is past tense
        ("June", "DATE", "2021-06"),
        ("May 19, 2021", "DATE", "2021-05-19"),
    ]


def test_quotes_go_to_the_nearest_earlier_person(make_doc, model) -> None:  # type: ignore[no-untyped-def]
    text = 'Sergei Lavrov met Antony Blinken. "We will respond," Lavrov said.'
    (out,) = NearestPersonQuoteBaseline().extract([make_doc(text)])
    quotes = [s for s in out.spans if s.label == "QUOTE"]
    assert [text[q.start : q.end] for q in quotes] == ["We will respond,"]
    (rel,) = out.relations
    speaker = out.span_by_id()[rel.to_id]
    assert text[speaker.start : speaker.end] == "Antony Blinken"  # wrong on purpose: no reporting verb used


def test_spacy_raw_keeps_the_model_spans(make_doc, model) -> None:  # type: ignore[no-untyped-def]
    text = "U.S. Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Reykjavik."
    (out,) = SpacyRawEntities().extract([make_doc(text)])
    labels = {s.label for s in out.spans}
    assert labels <= {"PERSON", "ORG", "GPE", "LOC", "NORP"}
    assert any(text[s.start : s.end].endswith("Lavrov") for s in out.spans)
