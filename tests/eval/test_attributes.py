"""Quote attribution (speaker identity rule) and DATE values (TempEval-3 attribute F1)."""

from __future__ import annotations

import pytest

from newsgold.eval import score_documents
from newsgold.eval.attributes import normalise_name, same_person
from newsgold.spandoc import Relation, Span, SpanDocument

TEXT = (
    "Antony Blinken met Sergey Lavrov on Wednesday.\n\n"
    "\u201cWe have differences,\u201d Blinken said. \u201cWe are ready,\u201d said Lavrov.\n"
)


def _at(s: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(s, start + 1)
    return start, start + len(s)


def _gold() -> SpanDocument:
    spans = [
        Span("p_blinken_full", *_at("Antony Blinken"), "PERSON"),
        Span("p_lavrov_full", *_at("Sergey Lavrov"), "PERSON"),
        Span("p_blinken", *_at("Blinken", 1), "PERSON"),
        Span("p_lavrov", *_at("Lavrov", 1), "PERSON"),
        Span("q1", *_at("We have differences,"), "QUOTE"),
        Span("q2", *_at("We are ready,"), "QUOTE"),
        Span("t1", *_at("Wednesday"), "DATE", value="2021-05-19"),
    ]
    rels = [Relation("q1", "p_blinken", "said_by"), Relation("q2", "p_lavrov", "said_by")]
    return SpanDocument("d", spans, rels, text=TEXT)


def test_name_rule():
    assert normalise_name("Antony Blinken\u2019s") == ("antony", "blinken")
    assert same_person("Blinken", "Antony Blinken") and same_person("antony blinken", "Antony  BLINKEN")
    assert not same_person("Antony", "Antony Blinken")  # a first name alone is not the rule
    assert not same_person("Lavrov", "Antony Blinken")
    assert not same_person("", "Blinken")


def test_speaker_is_right_as_the_gold_mention_or_another_mention_of_the_same_person():
    pred = SpanDocument(
        "d",
        [
            Span("a", *_at("We have differences"), "QUOTE"),  # boundaries a little off: still matched
            Span("b", *_at("We are ready,"), "QUOTE"),
            Span("s1", *_at("Antony Blinken"), "PERSON"),  # the full-name mention, not the gold one
            Span("s2", *_at("Blinken", 1), "PERSON"),  # wrong person for q2
            Span("t", *_at("on Wednesday"), "DATE", value="2021-05-19"),
        ],
        [Relation("a", "s1", "said_by"), Relation("b", "s2", "said_by")],
    )
    result = score_documents([_gold()], [pred], n_bootstrap=0).to_json()
    att = result["attribution"]
    assert (att["matched_quotes"], att["correct_speaker"], att["accuracy"]) == (2, 1, 0.5)
    assert att["pairs"] == {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    dates = result["dates"]
    assert (dates["matched"], dates["value_correct"], dates["value_accuracy"]) == (1, 1, 1.0)
    assert dates["relaxed_f1"] == 1.0 and dates["attribute_f1"] == 1.0


def test_quote_without_speaker_and_wrong_date_value():
    pred = SpanDocument(
        "d",
        [
            Span("a", *_at("We have differences,"), "QUOTE"),
            Span("t", *_at("Wednesday"), "DATE", value="2021-05-20"),
            Span("t2", *_at("Sergey"), "DATE", value="2021"),
        ],
    )
    result = score_documents([_gold()], [pred], n_bootstrap=0).to_json()
    att = result["attribution"]
    assert (att["matched_quotes"], att["correct_speaker"], att["accuracy"]) == (1, 0, 0.0)
    assert att["pairs"]["tp"] == 0 and att["pairs"]["fn"] == 2 and att["pairs"]["precision"] == 0.0
    dates = result["dates"]
    assert (dates["matched"], dates["value_correct"]) == (1, 0)
    # relaxed: 1 of 2 predicted DATEs overlaps the one gold DATE -> P 0.5, R 1
    assert dates["relaxed_f1"] == pytest.approx(2 / 3)
    assert dates["attribute_f1"] == 0.0


def test_labels_without_quote_or_date_measure_neither():
    result = score_documents([_gold()], [_gold()], labels=["PERSON"], n_bootstrap=0).to_json()
    assert result["attribution"]["accuracy"] is None and result["dates"]["relaxed_f1"] is None
    full = score_documents([_gold()], [_gold()], n_bootstrap=0).to_json()
    assert full["attribution"]["accuracy"] == 1.0 and full["attribution"]["pairs"]["f1"] == 1.0
    assert full["dates"]["attribute_f1"] == 1.0
