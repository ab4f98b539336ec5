"""The loader's span columns: used by scoring only while the lists hold what was loaded."""

from __future__ import annotations

import copy
import json
import pickle
from pathlib import Path

import numpy as np

from newsgold.eval import score_documents
from newsgold.eval.matching import LabelCodes, SpanTable
from newsgold.spancolumns import SpanList, gather, loaded_labels
from newsgold.spandoc import Span, SpanDocument, load_documents


def _write(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def _docs(prefix: str, labels: tuple[str, ...]) -> list[dict]:
    docs = [
        {"doc_id": f"{prefix}{i}", "spans": [{"id": f"s{k}", "start": 10 * k, "end": 10 * k + 3 + i,
                                               "label": labels[(i + k) % len(labels)]} for k in range(4)]}
        for i in range(3)
    ]  # fmt: skip
    docs[-1]["spans"].append({"id": "rare", "start": 100, "end": 104, "label": "RARE"})  # in the last document only
    return docs


def _plain(docs: list[SpanDocument]) -> list[SpanDocument]:
    return [SpanDocument(d.doc_id, list(d.spans), list(d.relations), d.text, d.text_sha256) for d in docs]


def _read(per_doc: list[list[Span]]) -> tuple[list, list, list]:
    """What SpanTable.extract gives, as plain Python lists (labels as names)."""
    codes = LabelCodes()
    raw = SpanTable.extract(per_doc, codes)
    names = list(codes)
    return raw.start.tolist(), raw.end.tolist(), [names[c] for c in raw.code.tolist()]


def test_loaded_lists_carry_columns_equal_to_reading_the_spans(tmp_path):
    docs = load_documents(_write(tmp_path / "g.jsonl", _docs("d", ("PER", "ORG", "LOC"))))
    assert all(isinstance(d.spans, SpanList) for d in docs)
    per_doc = [d.spans for d in reversed(docs)]  # any document order
    flat = [s for spans in per_doc for s in spans]
    start, end, label, names, spans = gather(per_doc)
    assert spans == flat and all(a is b for a, b in zip(spans, flat))
    assert start.tolist() == [s.start for s in flat] and end.tolist() == [s.end for s in flat]
    assert [names[i] for i in label.tolist()] == [s.label for s in flat]
    assert _read(per_doc) == _read([list(spans) for spans in per_doc])


def test_changed_lists_are_read_again(tmp_path):
    docs = load_documents(_write(tmp_path / "g.jsonl", _docs("d", ("PER", "ORG"))))
    changed = [d.spans for d in docs]
    changed[0][1] = Span("x", 1, 2, "NEW")  # replaced in place: same length
    changed[1].append(Span("y", 50, 60, "PER"))  # longer: would run into the next document's rows
    del changed[2][0]
    assert gather(changed) is None
    assert _read(changed) == _read([list(spans) for spans in changed])


def test_copies_and_pickles_are_plain_lists(tmp_path):
    docs = load_documents(_write(tmp_path / "g.jsonl", _docs("d", ("PER",))))
    for other in (copy.copy(docs[0].spans), copy.deepcopy(docs[0].spans), pickle.loads(pickle.dumps(docs[0].spans))):
        assert type(other) is list and other == docs[0].spans
    assert gather([list(docs[0].spans)]) is None
    assert gather([SpanList([Span("a", 0, 1, "X")])]) is None  # made by hand: no columns


def test_scores_are_the_same_with_and_without_columns(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    _write(folder / "1.jsonl", _docs("a", ("PER", "ORG")))
    _write(folder / "2.jsonl", _docs("b", ("ORG", "LOC", "DATE")))  # two files: two sets of columns
    gold = load_documents(folder)
    pred_file = _write(tmp_path / "p.jsonl", [dict(d, spans=d["spans"][1:]) for d in _docs("a", ("ORG", "GPE"))])
    pred = load_documents(pred_file)
    with_columns = score_documents(gold, pred, n_bootstrap=50).to_json()
    assert with_columns == score_documents(_plain(gold), _plain(pred), n_bootstrap=50).to_json()
    # a subset of a file's documents: labels found only in the documents left out must not appear
    subset = score_documents(gold[:1], [d for d in pred if d.doc_id == gold[0].doc_id], n_bootstrap=0).to_json()
    assert subset == score_documents(_plain(gold[:1]), _plain(pred[:1]), n_bootstrap=0).to_json()
    assert set(subset["labels"]) == {s.label for d in (gold[0], pred[0]) for s in d.spans} and "RARE" not in subset["labels"]


def test_offsets_past_int32_keep_their_value(tmp_path):
    big = 2**40
    docs = load_documents(_write(tmp_path / "g.jsonl", [{"doc_id": "d", "spans": [
        {"id": "a", "start": big, "end": big + 5, "label": "X"}, {"id": "b", "start": 1, "end": 2, "label": "X"}]}]))  # fmt: skip
    raw = SpanTable.extract([docs[0].spans], LabelCodes())
    assert raw.start.tolist() == [big, 1] and raw.end.dtype == np.int64


def test_every_document_in_file_order_gives_the_file_s_own_columns(tmp_path):
    docs = load_documents(_write(tmp_path / "g.jsonl", _docs("d", ("PER", "ORG"))))
    start, end, label, names, flat = gather([d.spans for d in docs])
    assert flat == [s for d in docs for s in d.spans] and start.tolist() == [s.start for s in flat]
    assert not start.flags.writeable and not label.flags.writeable  # shared with the loader: nobody writes into them
    assert [names[i] for i in label.tolist()] == [s.label for s in flat]


def test_loaded_labels_are_the_labels_the_spans_carry(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    _write(folder / "1.jsonl", _docs("a", ("PER", "ORG")))
    _write(folder / "2.jsonl", _docs("b", ("LOC",)))
    docs = load_documents(folder)

    def read(subset: list[SpanDocument]) -> set[str]:
        return {s.label for d in subset for s in d.spans}

    for subset in (docs, docs[:2], docs[2:4], docs[::-1], [docs[3], docs[0]], [copy.copy(d) for d in docs]):
        assert loaded_labels([d.spans for d in subset]) == read(subset)
    assert "RARE" not in loaded_labels([d.spans for d in docs[:2]])  # only the third document of a file has it
    docs[0].spans[0] = Span("x", 0, 1, "NEW")
    assert loaded_labels([d.spans for d in docs]) is None  # changed: the caller reads the spans
    assert loaded_labels([list(d.spans) for d in docs[1:]]) is None and loaded_labels([]) is None


def test_the_unknown_label_warning_is_the_same_from_columns_and_from_spans(tmp_path):
    from newsgold.formats.labelmap import unknown_label_warning

    gold = load_documents(_write(tmp_path / "g.jsonl", _docs("d", ("PER", "ORG"))))
    pred = load_documents(_write(tmp_path / "p.jsonl", _docs("d", ("ORG", "GPE"))))
    warning = unknown_label_warning(gold, pred)
    assert warning is not None and "GPE (" in warning and "RARE" not in warning
    assert warning == unknown_label_warning(_plain(gold), _plain(pred))
    assert unknown_label_warning(gold, gold) is None
