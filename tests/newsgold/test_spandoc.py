"""The span document loader: every rule, one clear line per violation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgold.errors import InputFormatError
from newsgold.spandoc import (
    Relation,
    Span,
    SpanDocument,
    attach_texts,
    load_documents,
    parse_document,
    text_sha256,
    write_documents,
)

TEXT = "Blinken said: \u201cWe\u2019re here \U0001f600.\u201d\r\nLavrov\u00a0agreed."


def _write(tmp_path: Path, *objs: object, raw: str | None = None) -> Path:
    p = tmp_path / "docs.jsonl"
    body = raw if raw is not None else "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)
    p.write_text(body, encoding="utf-8", newline="")
    return p


def test_round_trip_keeps_offsets_into_unnormalised_text(tmp_path: Path) -> None:
    q_start = TEXT.index("We")
    q_end = TEXT.index("\u201d")
    doc = SpanDocument(
        "d1",
        [Span("p1", 0, 7, "PERSON", text="Blinken"), Span("q1", q_start, q_end, "QUOTE", text=TEXT[q_start:q_end])],
        [Relation("q1", "p1", "said_by")],
        text=TEXT,
    )
    path = tmp_path / "out.jsonl"
    write_documents([doc], path)
    (back,) = load_documents(path)
    assert back.text == TEXT  # CRLF, NBSP, emoji, curly quotes untouched
    assert back.text_sha256 == text_sha256(TEXT)
    assert [back.text[s.start : s.end] for s in back.spans] == ["Blinken", "We\u2019re here \U0001f600."]
    assert back.relations == [Relation("q1", "p1", "said_by")]


@pytest.mark.parametrize(
    ("obj", "message"),
    [
        ({"spans": []}, "'doc_id' must be a non-empty string"),
        ({"doc_id": "d", "text": "abc", "spans": [{"id": "a", "start": 0, "end": 9, "label": "X"}]}, "past the end"),
        ({"doc_id": "d", "spans": [{"id": "a", "start": 3, "end": 3, "label": "X"}]}, "start < end"),
        ({"doc_id": "d", "spans": [{"id": "a", "start": -1, "end": 3, "label": "X"}]}, "start < end"),
        ({"doc_id": "d", "spans": [{"id": "a", "start": 0, "end": True, "label": "X"}]}, "must be integers"),
        (
            {"doc_id": "d", "spans": [{"id": "a", "start": 0, "end": 1, "label": "X"}] * 2},
            "duplicate span id",
        ),
        (
            {"doc_id": "d", "spans": [{"id": "a", "start": 0, "end": 1, "label": "X"}],
             "relations": [{"from": "a", "to": "zz", "type": "said_by"}]},
            "unknown span 'zz'",
        ),
        ({"doc_id": "d", "text": "abc", "text_sha256": "00"}, "text_sha256 does not match"),
        (
            {"doc_id": "d", "text": "abc", "spans": [{"id": "a", "start": 0, "end": 2, "label": "X", "text": "bc"}]},
            "text[0:2] is 'ab' but the span says 'bc'",
        ),
        ({"doc_id": "d", "spans": [{"start": 0, "end": 1, "label": "X"}]}, "'id' must be"),
    ],
)
def test_each_violation_is_one_line_with_file_and_line(tmp_path: Path, obj: dict, message: str) -> None:
    path = _write(tmp_path, {"doc_id": "ok"}, obj)
    with pytest.raises(InputFormatError) as info:
        load_documents(path)
    text = str(info.value)
    assert text.startswith(f"{path}:2: ")
    assert message in text
    assert "\n" not in text


def test_broken_json_and_duplicate_docs(tmp_path: Path) -> None:
    with pytest.raises(InputFormatError, match=r":1: not valid JSON"):
        load_documents(_write(tmp_path, raw='{"doc_id": "d",\n'))
    with pytest.raises(InputFormatError, match=r":2: doc_id 'd' already appeared at .*:1"):
        load_documents(_write(tmp_path, {"doc_id": "d"}, {"doc_id": "d"}))


def test_folder_of_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"doc_id": "a"}\n', encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('\n{"doc_id": "b"}\n', encoding="utf-8")
    assert [d.doc_id for d in load_documents(tmp_path)] == ["a", "b"]
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputFormatError, match="no \\*.jsonl"):
        load_documents(tmp_path / "empty")
    with pytest.raises(InputFormatError, match="no such file"):
        load_documents(tmp_path / "missing.jsonl")


def test_attach_texts_checks_offsets_of_textless_predictions() -> None:
    doc = parse_document({"doc_id": "d", "spans": [{"id": "a", "start": 0, "end": 50, "label": "X"}]})
    with pytest.raises(InputFormatError, match="past the end"):
        attach_texts([doc], {"d": "short"})
    ok = parse_document({"doc_id": "d", "spans": [{"id": "a", "start": 0, "end": 5, "label": "X", "text": "short"}]})
    attach_texts([ok], {"d": "short text"})
    assert ok.text == "short text"


_span = st.fixed_dictionaries(
    {
        "id": st.one_of(st.text(max_size=3), st.integers()),
        "start": st.one_of(st.integers(-2, 30), st.booleans(), st.none()),
        "end": st.one_of(st.integers(-2, 30), st.text(max_size=2)),
        "label": st.one_of(st.sampled_from(["PERSON", "DATE", ""]), st.integers()),
    }
)
_doc = st.fixed_dictionaries(
    {"doc_id": st.one_of(st.text(max_size=3), st.none()), "spans": st.lists(_span, max_size=4)},
    optional={
        "text": st.text(max_size=25),
        "relations": st.lists(
            st.fixed_dictionaries({"from": st.text(max_size=2), "to": st.text(max_size=2), "type": st.just("said_by")}),
            max_size=2,
        ),
    },
)


@settings(max_examples=300, deadline=None)
@given(_doc)
def test_loader_either_accepts_a_consistent_document_or_says_why(obj: dict) -> None:
    """Random input never crashes the loader: it raises InputFormatError or returns a valid document."""
    try:
        doc = parse_document(obj, "f.jsonl:1")
    except InputFormatError as exc:
        assert str(exc).startswith("f.jsonl:1: ")
        return
    ids = [s.id for s in doc.spans]
    assert len(ids) == len(set(ids))
    for s in doc.spans:
        assert 0 <= s.start < s.end
        if doc.text is not None:
            assert s.end <= len(doc.text)
    for r in doc.relations:
        assert r.from_id in ids and r.to_id in ids


def test_invalid_utf8_is_one_line_naming_the_line(tmp_path: Path) -> None:
    p = tmp_path / "docs.jsonl"
    p.write_bytes(b'{"doc_id": "a"}\n{"doc_id": "\xff"}\n')
    with pytest.raises(InputFormatError, match=r"docs.jsonl:2: not valid UTF-8"):
        load_documents(p)
