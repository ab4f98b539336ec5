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


def test_wrong_speakers_and_values_are_listed_as_errors():
    pred = SpanDocument(
        "d",
        [
            Span("a", *_at("We have differences"), "QUOTE"),  # right speaker, other mention: no error
            Span("b", *_at("We are ready,"), "QUOTE"),  # wrong speaker
            Span("s1", *_at("Antony Blinken"), "PERSON"),
            Span("s2", *_at("Blinken", 1), "PERSON"),
            Span("t", *_at("Wednesday"), "DATE", value="2021-05-20"),  # wrong value
        ],
        [Relation("a", "s1", "said_by"), Relation("b", "s2", "said_by")],
    )
    errors = score_documents([_gold()], [pred], n_bootstrap=0).errors_frame()
    speaker = errors[errors.kind == "speaker"].to_dict(orient="records")
    assert len(speaker) == 1
    assert (speaker[0]["gold_id"], speaker[0]["pred_id"], speaker[0]["gold_text"]) == ("q2", "b", "We are ready,")
    assert (speaker[0]["gold_speaker_text"], speaker[0]["pred_speaker_text"]) == ("Lavrov", "Blinken")
    assert (speaker[0]["gold_speaker_start"], speaker[0]["gold_speaker_end"]) == _at("Lavrov", 1)
    value = errors[errors.kind == "value"].to_dict(orient="records")
    assert len(value) == 1
    assert (value[0]["gold_text"], value[0]["gold_value"], value[0]["pred_value"]) == (
        "Wednesday",
        "2021-05-19",
        "2021-05-20",
    )
    # the span itself is right: no strict error for the DATE, and the quote's only error is its speaker
    assert set(errors[errors.gold_id == "t1"].kind) == {"value"}
    assert set(errors[errors.gold_id == "q2"].kind) == {"speaker"}


def test_a_quote_with_no_predicted_speaker_is_a_speaker_error():
    pred = SpanDocument("d", [Span("a", *_at("We have differences,"), "QUOTE"), Span("t", *_at("Wednesday"), "DATE")])
    errors = score_documents([_gold()], [pred], labels=["QUOTE", "DATE"], n_bootstrap=0).errors_frame()
    speaker = errors[errors.kind == "speaker"].to_dict(orient="records")
    assert [(e["gold_id"], e["gold_speaker_text"], e["pred_speaker_text"]) for e in speaker] == [
        ("q1", "Blinken", None)
    ]
    value = errors[errors.kind == "value"].to_dict(orient="records")
    assert [(e["gold_value"], e["pred_value"]) for e in value] == [("2021-05-19", None)]


def test_right_speakers_and_values_give_no_attribute_error():
    errors = score_documents([_gold()], [_gold()], n_bootstrap=0).errors_frame()
    assert errors.empty
