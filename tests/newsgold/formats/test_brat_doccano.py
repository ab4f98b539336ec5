"""Hand-written BRAT and doccano files with emoji, CRLF, curly quotes and non-breaking spaces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgold.formats import ReadOptions, read_documents
from newsgold.formats.base import FormatError

TEXT = "\U0001F600 \u201cWe are ready,\u201d said Ana\u00a0Silva.\r\nOn 5\u00a0March in Reykjav\u00edk.\r\n"


def at(needle: str) -> tuple[int, int]:
    s = TEXT.index(needle)
    return s, s + len(needle)


def brat_folder(tmp_path: Path, ann: str) -> Path:
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "doc1.txt").write_bytes(TEXT.encode("utf-8"))
    (folder / "doc1.ann").write_bytes(ann.encode("utf-8"))
    return folder


def test_brat_spans_relations_values(tmp_path: Path) -> None:
    q, p, d, g = at("We are ready,"), at("Ana\u00a0Silva"), at("5\u00a0March"), at("Reykjav\u00edk")
    ann = (
        f"T1\tQUOTE {q[0]} {q[1]}\tWe are ready,\n"
        f"T2\tPERSON {p[0]} {p[1]}\tAna\u00a0Silva\n"
        f"T3\tDATE {d[0]} {d[1]}\t5\u00a0March\n"
        f"T4\tGPE {g[0]} {g[1]}\tReykjav\u00edk\n"
        "R1\tsaid_by Arg1:T1 Arg2:T2\n"
        "#1\tAnnotatorNotes T3\t2021-03-05\n"
        "E1\tMeet:T4\n"
    )
    res = read_documents(brat_folder(tmp_path, ann))
    assert res.format == "brat"
    (doc,) = res.documents
    assert doc.doc_id == "doc1" and doc.text == TEXT
    assert [(s.id, s.start, s.end, s.label, s.value) for s in doc.spans] == [
        ("T1", *q, "QUOTE", None), ("T2", *p, "PERSON", None), ("T3", *d, "DATE", "2021-03-05"), ("T4", *g, "GPE", None),
    ]  # fmt: skip
    assert [(r.from_id, r.to_id, r.type) for r in doc.relations] == [("T1", "T2", "said_by")]
    assert any("ignored 1 line" in w for w in res.warnings)


def test_brat_offsets_that_disagree_are_refused(tmp_path: Path) -> None:
    q = at("We are ready,")
    folder = brat_folder(tmp_path, f"T1\tQUOTE {q[0] + 1} {q[1] + 1}\tWe are ready,\n")
    with pytest.raises(FormatError, match=r"doc1.ann:1: T1 .* covers 'e are ready,\\u201d'|doc1.ann:1: T1"):
        read_documents(folder)


def test_brat_discontinuous_refused_or_hull(tmp_path: Path) -> None:
    a, b = at("Ana"), at("Silva")
    folder = brat_folder(tmp_path, f"T1\tPERSON {a[0]} {a[1]};{b[0]} {b[1]}\tAna Silva\n")
    with pytest.raises(FormatError, match=r"doc1.ann:1: T1 is discontinuous"):
        read_documents(folder)
    (doc,) = read_documents(folder, options=ReadOptions(discontinuous="hull")).documents
    assert doc.text is not None and doc.text[doc.spans[0].start : doc.spans[0].end] == "Ana\u00a0Silva"


def test_doccano_both_shapes(tmp_path: Path) -> None:
    q, p = at("We are ready,"), at("Ana\u00a0Silva")
    rows = [
        {"id": 1, "text": TEXT, "entities": [{"id": 7, "label": "QUOTE", "start_offset": q[0], "end_offset": q[1]},
                                             {"id": 8, "label": "PERSON", "start_offset": p[0], "end_offset": p[1]}],
         "relations": [{"id": 1, "from_id": 7, "to_id": 8, "type": "said_by"}]},
        {"id": 2, "doc_id": "second", "text": TEXT + "x", "label": [[p[0], p[1], "PER"]]},
    ]  # fmt: skip
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    res = read_documents(path)
    assert res.format == "doccano"
    first, second = res.documents
    assert [(s.start, s.end, s.label) for s in first.spans] == [(*q, "QUOTE"), (*p, "PERSON")]
    assert [(r.from_id, r.to_id, r.type) for r in first.relations] == [("7", "8", "said_by")]
    assert second.doc_id == "second" and res.synthetic_ids == {first.doc_id}


def test_doccano_offset_past_the_text(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text(json.dumps({"id": 1, "text": "abc", "label": [[1, 9, "X"]]}) + "\n", encoding="utf-8")
    with pytest.raises(FormatError, match="lies past the end of the text"):
        read_documents(path, "doccano")


def test_newsgold_load_detects_the_format(tmp_path: Path) -> None:
    import newsgold

    p = at("Ana\u00a0Silva")
    (doc,) = newsgold.load(brat_folder(tmp_path, f"T1\tPERSON {p[0]} {p[1]}\tAna\u00a0Silva\n"))
    assert (doc.doc_id, doc.spans[0].start, doc.spans[0].label) == ("doc1", p[0], "PERSON")
    with pytest.raises(newsgold.InvalidInput, match="unknown option"):
        newsgold.load(tmp_path / "brat", colour="red")


@pytest.mark.parametrize(("doc_id", "text", "message"), [
    ("a\x00b", "Ana went.", "not usable as a BRAT file name"),
    ("d\ud800", "Ana went.", "the doc id holds a lone surrogate"),
    ("d2", "Ana \ud800went.", "the text holds a lone surrogate"),
])  # fmt: skip
def test_brat_writer_refuses_names_and_texts_no_file_can_hold(tmp_path: Path, doc_id: str, text: str, message: str) -> None:
    """Before: ValueError (embedded null byte) or UnicodeEncodeError from the file system, exit 3, after the
    first document's files were written. Now every document is checked before the first file is written."""
    from newsgold.formats import write_documents
    from newsgold.formats.base import LossyWrite
    from newsgold.spandoc import Span, SpanDocument

    good = SpanDocument("d1", [Span("s1", 0, 3, "PERSON")], text="Ana went.")
    bad = SpanDocument(doc_id, [Span("s1", 0, 3, "PERSON")], text=text)
    with pytest.raises(LossyWrite, match=message):
        write_documents([good, bad], tmp_path / "out", "brat")
    assert not (tmp_path / "out").exists()
