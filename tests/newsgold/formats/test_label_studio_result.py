"""The one Label Studio result walker, read strictly (pull) and leniently (any project's export)."""

from __future__ import annotations

import pytest

from newsgold.formats.label_studio_result import UNTYPED_RELATION, ResultFormatError, from_result, to_result
from newsgold.spandoc import Relation, Span, SpanDocument

TEXT = "“Ça va,” said Zoë 😀 on\r\nMonday\u00a0night."


def _doc() -> SpanDocument:
    spans = [Span("q", 1, 6, "QUOTE"), Span("p", 14, 17, "PERSON"), Span("d", 24, 30, "DATE", "2021-05-17")]
    return SpanDocument("d1", spans, [Relation("q", "p", "said_by")], text=TEXT)


@pytest.mark.parametrize("strict", [True, False])
def test_round_trip_keeps_offsets_values_and_relations(strict: bool) -> None:
    back, repairs = from_result("d1", TEXT, to_result(_doc(), TEXT), strict=strict)
    assert repairs == []
    assert [(s.start, s.end, s.label, s.value, s.text) for s in back.spans] == [
        (1, 6, "QUOTE", None, "Ça va"), (14, 17, "PERSON", None, "Zoë"), (24, 30, "DATE", "2021-05-17", "Monday")
    ]  # fmt: skip
    assert [(r.from_id, r.to_id, r.type) for r in back.relations] == [("q", "p", "said_by")]


def test_a_region_with_two_labels_is_two_spans_leniently_and_an_error_strictly() -> None:
    item = {"id": "r", "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": 14, "end": 17, "text": "Zoë", "labels": ["PERSON", "ORG"]}}  # fmt: skip
    doc, _ = from_result("d1", TEXT, [item], strict=False)
    assert [(s.id, s.label) for s in doc.spans] == [("r", "PERSON"), ("r-1", "ORG")]
    with pytest.raises(ResultFormatError, match="exactly one label"):
        from_result("d1", TEXT, [item], strict=True)


def test_other_controls_are_skipped_leniently_and_refused_strictly() -> None:
    choice = {"id": "c", "from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["pos"]}}
    doc, _ = from_result("d1", TEXT, [*to_result(_doc(), TEXT), choice], strict=False)
    assert len(doc.spans) == 3
    with pytest.raises(ResultFormatError, match="not part of the newsgold config"):
        from_result("d1", TEXT, [*to_result(_doc(), TEXT), choice], strict=True)


def test_unlabelled_relations_are_typed_by_the_schema_or_related() -> None:
    regions = [r for r in to_result(_doc(), TEXT) if r["type"] != "relation"]
    drawn_backwards = {"from_id": "p", "to_id": "q", "type": "relation", "direction": "bi", "labels": []}
    for strict in (True, False):
        doc, _ = from_result("d1", TEXT, [*regions, drawn_backwards], strict=strict)
        assert [(r.from_id, r.to_id, r.type) for r in doc.relations] == [("q", "p", "said_by")]
    person_to_date = {"from_id": "p", "to_id": "d", "type": "relation", "direction": "right", "labels": []}
    doc, _ = from_result("d1", TEXT, [*regions, person_to_date], strict=False)
    assert [(r.from_id, r.to_id, r.type) for r in doc.relations] == [("p", "d", UNTYPED_RELATION)]
    with pytest.raises(ResultFormatError, match="has no label"):
        from_result("d1", TEXT, [*regions, person_to_date], strict=True)


def test_utf16_offsets_are_repaired_and_reported() -> None:
    # Label Studio front ends that count UTF-16 units put "Monday" one unit later (the emoji is two units)
    item = {"id": "d", "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": 25, "end": 31, "text": "Monday", "labels": ["DATE"]}}  # fmt: skip
    for strict in (True, False):
        doc, repairs = from_result("d1", TEXT, [item], strict=strict)
        assert (doc.spans[0].start, doc.spans[0].end) == (24, 30)
        assert len(repairs) == 1 and "repaired to [24, 30)" in repairs[0]


def test_every_value_writes_values_the_schema_does_not_give_an_attribute() -> None:
    doc = SpanDocument("d1", [Span("p", 14, 17, "PERSON", "Q42")], text=TEXT)
    assert [r["type"] for r in to_result(doc, TEXT)] == ["labels"]
    assert [r["type"] for r in to_result(doc, TEXT, every_value=True)] == ["labels", "textarea"]


@pytest.mark.parametrize("strict", [True, False])
@pytest.mark.parametrize(("item", "message"), [
    ({"id": "r", "from_name": "label", "type": "labels", "value": 1.5}, "result item 0: 'value' is not an object"),
    ({"id": "r", "from_name": "label", "type": "labels", "value": [14, 17]}, "result item 0: 'value' is not an object"),
    ({"from_id": ["q"], "to_id": "p", "type": "relation"}, "names a region that is not a span"),
    ({"from_id": "q", "to_id": "p", "type": "relation", "labels": 7}, "'labels' must be a list"),
])  # fmt: skip
def test_result_items_of_the_wrong_shape_are_refused(item: dict, message: str, strict: bool) -> None:  # type: ignore[type-arg]
    """Before: AttributeError, TypeError ('in' on a float, an unhashable list) out of an export's reader (exit 3)."""
    regions = [r for r in to_result(_doc(), TEXT) if r["type"] != "relation"]
    with pytest.raises(ResultFormatError, match=message):
        from_result("d1", TEXT, [*regions[:2], item] if item["type"] == "relation" else [item], strict=strict)


def test_a_textarea_from_a_list_named_control_is_read_leniently_and_refused_strictly() -> None:
    """Before: 'unhashable type: list' when from_name was a list (exit 3)."""
    regions = [r for r in to_result(_doc(), TEXT) if r["type"] == "labels"]
    odd = {"id": "d", "from_name": ["date_value"], "to_name": "text", "type": "textarea", "value": {"text": ["2021"]}}
    doc, _ = from_result("d1", TEXT, [*regions, odd], strict=False)
    assert {s.id: s.value for s in doc.spans}["d"] == "2021"
    with pytest.raises(ResultFormatError, match="not part of the newsgold config"):
        from_result("d1", TEXT, [*regions, odd], strict=True)
