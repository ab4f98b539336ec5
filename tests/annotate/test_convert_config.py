"""Result JSON <-> span documents, and the generated labeling config (no server)."""

from __future__ import annotations

import pytest

from newsgold.annotate.config import build_label_config, config_labels, validate_label_config
from newsgold.annotate.convert import ResultFormatError, from_ls_result, to_ls_result
from newsgold.errors import UserError
from newsgold.schema import SCHEMA, SPAN_LABELS, LabelSchema
from newsgold.spandoc import Relation, Span, SpanDocument

TEXT = "\U0001F600 \u201cWe will respond,\u201d said Antony Blinken on 20\u00a0May.\r\n"


def _doc() -> SpanDocument:
    q = TEXT.index("\u201cWe")
    p = TEXT.index("Antony")
    d = TEXT.index("20\u00a0May")
    return SpanDocument(
        "d1",
        [
            Span("q", q, TEXT.index("\u201d") + 1, "QUOTE", None, TEXT[q : TEXT.index("\u201d") + 1]),
            Span("p", p, p + 14, "PERSON", None, "Antony Blinken"),
            Span("d", d, d + 6, "DATE", "2021-05-20", "20\u00a0May"),
        ],
        [Relation("q", "p", "said_by")],
        text=TEXT,
    )


def test_round_trip_keeps_spans_values_relations() -> None:
    doc = _doc()
    result = to_ls_result(doc, TEXT)
    labels = [r for r in result if r["type"] == "labels"]
    assert labels[1]["value"]["start"] == doc.spans[1].start  # code points, as the 1.23 editor stores them
    (area,) = [r for r in result if r["type"] == "textarea"]
    assert area["id"] == "d" and area["value"]["text"] == ["2021-05-20"] and area["from_name"] == "date_value"
    back, repairs = from_ls_result("d1", TEXT, result)
    assert repairs == []
    assert sorted(s.to_json().items() for s in back.spans) == sorted(s.to_json().items() for s in doc.spans)
    assert back.relations == doc.relations


def test_result_validates_with_label_interface() -> None:
    from label_studio_sdk.label_interface import LabelInterface

    li = LabelInterface(build_label_config())
    assert li.validate_prediction({"result": to_ls_result(_doc(), TEXT)}, return_errors=True) == []


def test_relation_drawn_backwards_or_unlabelled_is_oriented_by_the_schema() -> None:
    result = [r for r in to_ls_result(_doc(), TEXT) if r["type"] != "relation"]
    backwards = {"from_id": "p", "to_id": "q", "type": "relation", "direction": "right", "labels": ["said_by"]}
    unlabelled = {"from_id": "q", "to_id": "p", "type": "relation", "direction": "right", "labels": []}
    for rel in (backwards, unlabelled):
        back, _ = from_ls_result("d1", TEXT, [*result, rel])
        assert back.relations == [Relation("q", "p", "said_by")]


def test_bad_results_are_clear_errors() -> None:
    base = to_ls_result(_doc(), TEXT)
    bad_label = [dict(base[0], value=dict(base[0]["value"], labels=["EVENT"]))]
    with pytest.raises(ResultFormatError, match="'EVENT'"):
        from_ls_result("d1", TEXT, bad_label, where="task 3")
    two_labels = [dict(base[0], value=dict(base[0]["value"], labels=["PERSON", "ORG"]))]
    with pytest.raises(ResultFormatError, match="exactly one label"):
        from_ls_result("d1", TEXT, two_labels)
    dangling = [*base, {"from_id": "q", "to_id": "nope", "type": "relation", "labels": ["said_by"]}]
    with pytest.raises(ResultFormatError, match="not a span"):
        from_ls_result("d1", TEXT, dangling)
    wrong_ends = [r for r in base if r["type"] != "relation"] + [
        {"from_id": "d", "to_id": "p", "type": "relation", "labels": ["said_by"]}
    ]
    with pytest.raises(ResultFormatError, match="must link a QUOTE to a PERSON"):
        from_ls_result("d1", TEXT, wrong_ends)
    foreign = [{"id": "c", "from_name": "sentiment", "to_name": "text", "type": "choices", "value": {"choices": ["x"]}}]
    with pytest.raises(ResultFormatError, match="not part of the newsgold config"):
        from_ls_result("d1", TEXT, foreign)


def test_config_has_every_schema_label_and_validates() -> None:
    xml = build_label_config()
    assert config_labels(xml) == set(SPAN_LABELS)
    assert '<Relation value="said_by"/>' in xml
    assert 'perRegion="true"' in xml and 'whenLabelValue="DATE"' in xml
    validate_label_config(xml)


def test_config_escapes_labels() -> None:
    odd = LabelSchema(span_labels=(*SCHEMA.span_labels, 'A&B "x" <y>'), attributes=SCHEMA.attributes,
                      relations=SCHEMA.relations)
    xml = build_label_config(odd)
    assert 'A&B "x" <y>' in config_labels(xml)
    assert "A&amp;B" in xml and "&lt;y&gt;" in xml


def test_config_validation_rejects_broken_configs() -> None:
    xml = build_label_config()
    with pytest.raises(UserError, match="lacks the labels"):
        validate_label_config(xml.replace('<Label value="NORP"/>', ""))
    with pytest.raises(UserError, match="said_by"):
        validate_label_config(xml.replace('<Relation value="said_by"/>', '<Relation value="other"/>'))
    with pytest.raises(UserError, match="does not parse"):
        validate_label_config("<View><Labels")
