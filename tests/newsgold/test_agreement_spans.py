"""Span agreement people can trust: order-independent, boundary-tolerant, per label, and what to adjudicate."""

from __future__ import annotations

import random

import pytest

from newsgold.agreement import agreement_markdown, agreement_report, pair_agreement
from newsgold.spandoc import Relation, Span, SpanDocument

TEXT = '"We will meet," said Ana Silva in Oslo on 5 May 2021. Bo Li agreed in Bergen.'


def _s(sid: str, needle: str, label: str, value: str | None = None, pad: tuple[int, int] = (0, 0)) -> Span:
    i = TEXT.index(needle)
    start, end = i + pad[0], i + len(needle) + pad[1]
    return Span(sid, start, end, label, value, TEXT[start:end])


def _doc(spans: list[Span], relations: list[Relation] | None = None) -> SpanDocument:
    return SpanDocument("d", spans, relations or [], text=TEXT)


def test_region_order_never_changes_any_figure() -> None:
    spans = [_s("q", '"We will meet,"', "QUOTE"), _s("p", "Ana Silva", "PERSON"), _s("g", "Oslo", "GPE"),
             _s("d", "5 May 2021", "DATE", "2021-05-05"), _s("g2", "Bergen", "GPE")]
    other = [_s("p", "Ana Silva", "PERSON"), _s("g", "Oslo", "LOC"), _s("d", "5 May", "DATE", "2021-05-05")]
    base = pair_agreement({"d": _doc(spans)}, {"d": _doc(other)})
    for seed in range(5):
        random.Random(seed).shuffle(spans)
        random.Random(seed + 10).shuffle(other)
        again = pair_agreement({"d": _doc(list(spans))}, {"d": _doc(list(other))})
        assert again["labels"] == base["labels"] and again["overall"] == base["overall"]


def test_a_boundary_off_by_one_space_is_an_overlap_match_not_a_total_disagreement() -> None:
    a = _doc([_s("p", "Ana Silva", "PERSON")])
    b = _doc([_s("p", "Ana Silva", "PERSON", pad=(-1, 0))])  # one leading space more
    res = pair_agreement({"d": a}, {"d": b})
    person = res["labels"]["PERSON"]
    assert person["f1"] == 0.0 and person["overlap_f1"] == 1.0
    assert 0.9 < person["alpha_u"] < 1.0  # chance-corrected, and it barely moves
    (item,) = res["disagreements"]
    assert item["kind"] == "boundary" and item["b"]["text"] == " Ana Silva"


def test_overlapping_labels_are_compared_per_label_and_never_halve_agreement() -> None:
    quote = _s("q", '"We will meet," said Ana Silva', "QUOTE")  # a span over a PERSON span
    person = _s("p", "Ana Silva", "PERSON")
    both = pair_agreement({"d": _doc([quote, person])}, {"d": _doc([person, quote])})
    assert both["overall"]["f1"] == 1.0 and both["overall"]["overlap_f1"] == 1.0 and both["overall"]["alpha_u"] == 1.0
    only_person = pair_agreement({"d": _doc([quote, person])}, {"d": _doc([person])})
    assert only_person["labels"]["PERSON"]["f1"] == 1.0 and only_person["labels"]["PERSON"]["alpha_u"] == 1.0
    assert only_person["labels"]["QUOTE"]["f1"] == 0.0


def test_overlap_matching_is_one_to_one() -> None:
    a = _doc([_s("x", "Ana Silva", "PERSON")])
    b = _doc([_s("y", "Ana", "PERSON"), _s("z", "Silva", "PERSON")])
    res = pair_agreement({"d": a}, {"d": b})["labels"]["PERSON"]
    assert res["overlap_both"] == 1 and res["overlap_f1"] == pytest.approx(2 / 3)


def test_disagreements_are_grouped_by_kind_for_the_adjudicator() -> None:
    ann = _doc(
        [_s("q", '"We will meet,"', "QUOTE"), _s("p", "Ana Silva", "PERSON"), _s("g", "Oslo", "GPE"),
         _s("d", "5 May 2021", "DATE", "2021-05-05"), _s("b", "Bo Li", "PERSON")],
        [Relation("q", "p", "said_by")],
    )
    bob = _doc(
        [_s("q", '"We will meet,"', "QUOTE"), _s("p", "Ana Silva", "PERSON"), _s("g", "Oslo", "LOC"),
         _s("d", "5 May 2021", "DATE", "2021-05"), _s("b", "Bo Li", "PERSON", pad=(0, 1)), _s("x", "Bergen", "GPE")],
        [Relation("q", "b", "said_by")],
    )
    report = agreement_report({"ann": {"d": ann}, "bob": {"d": bob}})
    groups = report["to_adjudicate"]
    assert [(i["ann"]["text"], i["bob"]["text"]) for i in groups["boundary"]] == [("Bo Li", "Bo Li ")]
    assert [(i["ann"]["label"], i["bob"]["label"]) for i in groups["label"]] == [("GPE", "LOC")]
    assert [(i["marked_by"], i["span"]["text"]) for i in groups["missing"]] == [("bob", "Bergen")]
    assert [(i["ann"]["value"], i["bob"]["value"]) for i in groups["value"]] == [("2021-05-05", "2021-05")]
    assert [(i["ann"]["text"], i["bob"]["text"]) for i in groups["said_by"]] == [("Ana Silva", "Bo Li ")]
    md = agreement_markdown(report)
    assert "## Spans to adjudicate" in md and "### DATE values (1)" in md and "| d |" in md
    assert report["pairs"][0]["per_document"]["d"]["disagreements"] == 5
