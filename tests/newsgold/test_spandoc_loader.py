"""The span-document loader: the fast path and the reference path accept the same files, within limits."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

import newsgold.jsonl as jsonl
import newsgold.spandoc as spandoc
from newsgold.errors import InputFormatError
from newsgold.spandoc import SpanDocument, load_documents, text_sha256

TEXT = "Blinken met Lavrov in Reykjavík 🇮🇸 on “Wednesday”.\r\n"


def _good() -> dict:
    return {
        "doc_id": "a",
        "text": TEXT,
        "text_sha256": text_sha256(TEXT),
        "spans": [
            {"id": "s1", "start": 0, "end": 7, "label": "PERSON", "text": "Blinken"},
            {"id": "s2", "start": 12, "end": 18, "label": "PERSON", "value": None},
            {"id": "s3", "start": 38, "end": 49, "label": "DATE", "value": "2021-05-19", "extra": [1, {"x": 2}]},
        ],
        "relations": [{"from": "s1", "to": "s2", "type": "said_by"}],
    }


def _mutations() -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []

    def span(i, **kw):
        d = _good()
        d["spans"][i].update(kw)
        return d

    def doc(**kw):
        d = _good()
        d.update(kw)
        return d

    out += [("start bool", span(0, start=True)), ("start float", span(0, start=1.0)), ("start str", span(0, start="0")),
            ("negative", span(0, start=-1)), ("empty", span(0, start=7)), ("past text", span(2, end=len(TEXT) + 1)),
            ("no label", span(1, label=None)), ("empty label", span(1, label="")), ("empty id", span(1, id="")),
            ("dup id", span(1, id="s1")), ("value int", span(2, value=3)), ("text mismatch", span(0, text="Lavrov")),
            ("huge", span(0, start=2**70, end=2**71)), ("huge no text", doc(text=None, text_sha256=None,
                                                                         spans=[{"id": "x", "start": 2**64, "end": 2**65, "label": "A"}])),
            ("sha", doc(text_sha256="0" * 64)), ("doc_id int", doc(doc_id=3)), ("doc_id empty", doc(doc_id="")),
            ("spans null", doc(spans=None)), ("relations dict", doc(relations={})),
            ("relation unknown", doc(relations=[{"from": "s1", "to": "zz", "type": "said_by"}])),
            ("relation no type", doc(relations=[{"from": "s1", "to": "s2"}])),
            ("relation empty type", doc(relations=[{"from": "s1", "to": "s2", "type": ""}])),
            ("span not object", doc(spans=[1])), ("relation without spans", doc(spans=[])), ("not object", [1, 2]), ("ok", _good()),
            ("ok no text", doc(text=None, text_sha256=None))]  # fmt: skip
    return out


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(lines), encoding="utf-8", newline="")
    return path


def _outcome(path: Path):
    try:
        return ("ok", load_documents(path))
    except InputFormatError as exc:
        return ("error", str(exc))


def _reference(path: Path):
    """The loader with its fast path switched off: every line through parse_document."""
    fast = spandoc._load_file_fast
    spandoc._load_file_fast = lambda file: None
    try:
        return ("ok", load_documents(path))
    except InputFormatError as exc:
        return ("error", str(exc))
    finally:
        spandoc._load_file_fast = fast


@pytest.mark.parametrize("name,obj", _mutations(), ids=[n for n, _ in _mutations()])
def test_fast_and_reference_paths_agree_on_every_single_field_break(name, obj, tmp_path):
    other = dict(_good(), doc_id="b")
    lines = [json.dumps(other) + "\n", "\n", json.dumps(obj, ensure_ascii=False) + "\r\n"]
    path = _write(tmp_path / "d.jsonl", lines)
    assert _outcome(path) == _reference(path)
    assert spandoc._load_file_fast(path) is None or _reference(path)[0] == "ok"


@pytest.mark.parametrize(
    "raw",
    [b'{"doc_id": "a", "x": NaN}\n', b'\xef\xbb\xbf{"doc_id": "a"}\n', b'{"doc_id": "\\udc00"}\n',
     b'{"doc_id": "a"}\n{"doc_id": "a"}\n', b'{"doc_id": "a", "doc_id": "b"}\n', b'{"doc_id": "a"\n',
     b'{"doc_id": "a\xff"}\n', b"\n\n", b""],  # fmt: skip
)
def test_fast_and_reference_paths_agree_on_byte_level_oddities(raw, tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_bytes(raw)
    assert _outcome(path) == _reference(path)


def test_random_byte_mutations_never_differ(tmp_path):
    rng = random.Random(0)
    base = (json.dumps(_good(), ensure_ascii=False) + "\n").encode("utf-8")
    for k in range(150):
        data = bytearray(base * 2)
        for _ in range(rng.randint(1, 3)):
            data[rng.randrange(len(data))] = rng.choice(b'{}[]",:0123456789-eEtfn \\\xff')
        path = tmp_path / f"m{k}.jsonl"
        path.write_bytes(bytes(data))
        assert _outcome(path) == _reference(path), bytes(data)


def test_duplicate_doc_id_across_files_names_the_first_line(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    _write(folder / "1.jsonl", ["\n", json.dumps(dict(_good(), doc_id="x")) + "\n"])
    _write(folder / "2.jsonl", [json.dumps(dict(_good(), doc_id="x")) + "\n"])
    with pytest.raises(InputFormatError, match=r"2\.jsonl:1: doc_id 'x' already appeared at .*1\.jsonl:2$"):
        load_documents(folder)


def test_a_later_file_repeating_a_middle_file_s_id_is_named(tmp_path):
    """The ids of every file but the last are remembered (the last file's are not needed)."""
    folder = tmp_path / "gold"
    folder.mkdir()
    _write(folder / "1.jsonl", [json.dumps(dict(_good(), doc_id="a")) + "\n"])
    _write(folder / "2.jsonl", [json.dumps(dict(_good(), doc_id="b")) + "\n"])
    _write(folder / "3.jsonl", [json.dumps(dict(_good(), doc_id="c")) + "\n", json.dumps(dict(_good(), doc_id="b")) + "\n"])
    with pytest.raises(InputFormatError, match=r"3\.jsonl:2: doc_id 'b' already appeared at .*2\.jsonl:1$"):
        load_documents(folder)
    (folder / "3.jsonl").unlink()
    assert [d.doc_id for d in load_documents(folder)] == ["a", "b"]


def test_deeply_nested_json_is_an_error_not_a_recursion_error(tmp_path):
    deep = '{"doc_id": "a", "x": ' + "[" * 100_000 + "]" * 100_000 + "}\n"
    path = _write(tmp_path / "deep.jsonl", [deep])
    with pytest.raises(InputFormatError, match=r"deep\.jsonl:1: JSON nested too deeply"):
        load_documents(path)
    with pytest.raises(InputFormatError, match="nested too deeply"):
        list(jsonl.iter_jsonl(path))


def test_a_line_over_the_cap_is_an_error_with_its_line_number(tmp_path, monkeypatch):
    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 1000)
    monkeypatch.setattr(spandoc, "MAX_LINE_BYTES", 1000)
    path = _write(tmp_path / "long.jsonl", [json.dumps({"doc_id": "a"}) + "\n", json.dumps({"doc_id": "b", "x": "y" * 2000}) + "\n"])
    with pytest.raises(InputFormatError, match=r"long\.jsonl:2: line longer than"):
        load_documents(path)


def test_a_file_without_newlines_from_a_device_stops_at_the_cap(monkeypatch):
    monkeypatch.setattr(jsonl, "MAX_LINE_BYTES", 4096)
    with pytest.raises(InputFormatError, match=r"/dev/zero:1: line longer than"):
        load_documents("/dev/zero")


def test_error_messages_quote_a_short_excerpt_only(tmp_path):
    bad = _good()
    bad["doc_id"] = "d" * 1_000_000
    bad["spans"][0]["text"] = "x" * 1_000_000
    path = _write(tmp_path / "big.jsonl", [json.dumps(bad) + "\n"])
    with pytest.raises(InputFormatError) as info:
        load_documents(path)
    assert len(str(info.value)) < 400 and "…" in str(info.value)


def test_a_valid_file_takes_the_fast_path_and_gives_the_reference_documents(tmp_path):
    lines = [json.dumps(dict(_good(), doc_id=f"d{i}"), ensure_ascii=False) + "\n" for i in range(5)]
    path = _write(tmp_path / "ok.jsonl", ["\n", *lines, "  \r\n"])
    fast = spandoc._load_file_fast(path)
    assert fast is not None and len(fast) == 5
    assert ("ok", fast) == _reference(path)
    assert fast[0].spans[2].value == "2021-05-19" and fast[0].relations[0].from_id == "s1"


def test_ids_in_same_sorted_order_only_for_equal_strictly_increasing_ids() -> None:
    from newsgold.spandoc import ids_in_same_sorted_order

    docs = [SpanDocument(i) for i in "abc"]
    assert ids_in_same_sorted_order(docs, [SpanDocument(i) for i in "abc"]) == ["a", "b", "c"]
    assert ids_in_same_sorted_order(docs, [SpanDocument(i) for i in "acb"]) is None  # another order
    assert ids_in_same_sorted_order([SpanDocument(i) for i in "aab"], [SpanDocument(i) for i in "aab"]) is None  # a repeat
    assert ids_in_same_sorted_order([], []) is None
