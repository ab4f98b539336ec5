"""The round trip against the real Label Studio server: push -> annotate (API) -> pull."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgold.annotate.api import Api
from newsgold.annotate.pull import pull
from newsgold.annotate.push import push
from newsgold.annotate.submit import submit
from newsgold.cli import main as newsgold_main
from newsgold.corpus import load_corpus
from newsgold.spandoc import Relation, Span, SpanDocument, load_documents, write_documents

pytestmark = pytest.mark.labelstudio


def u16(text: str, i: int) -> int:
    """UTF-16 offset of code point ``i``, computed independently of newsgold.annotate.offsets (the oracle)."""
    return len(text[:i].encode("utf-16-le")) // 2


def span(doc_id_text: str, sid: str, needle: str, label: str, value: str | None = None, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = doc_id_text.index(needle, start + 1)
    return Span(sid, start, start + len(needle), label, value, needle)


def spans_of(doc: SpanDocument) -> list[tuple[int, int, str, str | None]]:
    return sorted((s.start, s.end, s.label, s.value) for s in doc.spans)


def relations_of(doc: SpanDocument) -> set[tuple[tuple[int, int], tuple[int, int], str]]:
    by = {s.id: (s.start, s.end) for s in doc.spans}
    return {(by[r.from_id], by[r.to_id], r.type) for r in doc.relations}


def _project_id(api: Api, title: str) -> int:
    from newsgold.annotate.project import require_project

    return require_project(api, title).id


def annotation_by(api: Api, task_id: int, email: str, result: list[dict], **kw: object) -> None:
    """Create an annotation as a browser user would: raw SDK call, completed_by that user."""
    from newsgold.annotate.submit import ensure_user

    uid = ensure_user(api, email, log=lambda _m: None)
    api.ls.annotations.create(id=task_id, result=result, completed_by=uid, lead_time=1.0, **kw)


def test_two_annotators_round_trip(api: Api, title: str, tmp_path: Path, shipped_corpus) -> None:
    a_doc, b_doc = shipped_corpus
    report = push(api, title, shipped_corpus, progress=False, log=lambda _m: None)
    assert sorted(report.created) == sorted([a_doc.doc_id, b_doc.doc_id])

    ta, tb = a_doc.text, b_doc.text
    alice_a = SpanDocument(
        a_doc.doc_id,
        [
            span(ta, "p1", "Antony Blinken", "PERSON"),
            span(ta, "p2", "Sergei Lavrov", "PERSON"),
            span(ta, "g1", "Iceland", "GPE"),
            span(ta, "o1", "Arctic Council", "ORG"),
            span(ta, "d1", "March 19 and 20", "DATE", "2021-03-19/2021-03-20"),
        ],
    )
    quote = "the differences between the U.S. and Russia are no secret"
    alice_b_spans = [span(tb, "p1", "Blinken", "PERSON"), span(tb, "g1", "Iceland", "GPE")]
    alice_b = SpanDocument(b_doc.doc_id, alice_b_spans)
    bob_b = SpanDocument(b_doc.doc_id, [span(tb, "x1", "Blinken", "PERSON")])
    if quote in tb:  # the shipped article b has this quote; keep the test honest if the corpus changes
        bob_b.spans.append(span(tb, "q1", quote, "QUOTE"))
        bob_b.relations.append(Relation("q1", "x1", "said_by"))
    assert submit(api, title, "alice@example.com", [alice_a, alice_b], log=lambda _m: None).created
    assert submit(api, title, "bob@example.com", [bob_b], ground_truth=True, log=lambda _m: None).created

    out = tmp_path / "gold"
    result = pull(api, title, out, log_fn=lambda _m: None)
    assert not result.needs_adjudication
    gold = {d.doc_id: d for d in load_documents(out / "gold.jsonl")}
    assert spans_of(gold[a_doc.doc_id]) == spans_of(alice_a)  # only annotation
    assert spans_of(gold[b_doc.doc_id]) == spans_of(bob_b)  # ground truth wins over alice
    assert relations_of(gold[b_doc.doc_id]) == relations_of(bob_b)
    for doc in gold.values():
        for s in doc.spans:
            assert doc.text[s.start : s.end] == s.text
    alice = {d.doc_id: d for d in load_documents(out / "annotators" / "alice@example.com.jsonl")}
    assert spans_of(alice[b_doc.doc_id]) == spans_of(alice_b)
    agreement = json.loads((out / "agreement.json").read_text())
    (pair,) = agreement["pairs"]
    assert pair["documents"] == 1 and pair["labels"]["PERSON"]["both"] == 1
    assert pair["token_kappa"] is not None and -1 <= pair["token_kappa"] <= 1
    prov = json.loads((out / "provenance.json").read_text())
    assert prov["project"]["title"] == title and prov["server_url"] == api.conn.safe_url
    assert prov["label_studio_version"].startswith("1.23")
    assert prov["tasks"] == {d: report.task_ids[d] for d in (a_doc.doc_id, b_doc.doc_id)}
    assert {a["email"] for a in prov["annotators"]} == {"alice@example.com", "bob@example.com"}
    assert prov["gold_from"][b_doc.doc_id]["ground_truth"] is True
    assert api.conn.api_key not in json.dumps(prov)


def test_special_characters_survive_with_identical_offsets(
    api: Api, ls_env, title: str, special_corpus: Path, special_text: str, tmp_path: Path, capsys
) -> None:
    assert newsgold_main(["annotate", "push", "--project", title, "--corpus", str(special_corpus), "--no-progress"]) == 0
    (task,) = list(api.ls.tasks.list(project=_project_id(api, title), fields="task_only"))
    assert task.data["text"] == special_text  # CRLF, NBSP, emoji stored byte for byte

    t = special_text
    wanted = [
        span(t, "curly", "\u201ccurly quotes\u201d", "QUOTE"),
        span(t, "ana", "Ana\u00a0Silva", "PERSON"),
        span(t, "date", "5\u00a0March\u00a02021", "DATE", "2021-03-05"),
        span(t, "rvk", "Reykjav\u00edk", "GPE"),
    ]
    # as the Label Studio 1.23 editor writes them (checked in Chromium): code points, CRLF as two, region text
    result = []
    for s in wanted:
        value = {"start": s.start, "end": s.end, "text": s.text, "labels": [s.label]}
        result.append({"id": s.id, "from_name": "label", "to_name": "text", "type": "labels", "value": value})
    result.append({"id": "date", "from_name": "date_value", "to_name": "text", "type": "textarea",
                   "value": {"start": wanted[2].start, "end": wanted[2].end, "text": ["2021-03-05"]}})
    result.append({"from_id": "curly", "to_id": "ana", "type": "relation", "direction": "right", "labels": ["said_by"]})
    assert u16(t, wanted[-1].start) != wanted[-1].start  # the test really crosses astral characters and CRLF
    annotation_by(api, task.id, "browser@example.com", result)

    out = tmp_path / "gold"
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out)]) == 0
    (doc,) = load_documents(out / "gold.jsonl")
    assert doc.text == t
    assert spans_of(doc) == spans_of(SpanDocument("special", wanted))
    assert relations_of(doc) == {((wanted[0].start, wanted[0].end), (wanted[1].start, wanted[1].end), "said_by")}
    assert "repaired" not in capsys.readouterr().out


def test_submit_tool_round_trip_special_text(api: Api, title: str, special_corpus: Path, tmp_path: Path) -> None:
    docs = load_corpus(special_corpus)
    push(api, title, docs, progress=False, log=lambda _m: None)
    t = docs[0].text
    mine = SpanDocument("special", [span(t, "a", "Ana\u00a0Silva", "PERSON"), span(t, "r", "Reykjav\u00edk", "GPE")])
    sub = tmp_path / "mine.jsonl"
    write_documents([mine], sub)
    first = submit(api, title, "carol@example.com", load_documents(sub), log=lambda _m: None)
    again = submit(api, title, "carol@example.com", load_documents(sub), log=lambda _m: None)
    assert (len(first.created), len(again.created), len(again.unchanged)) == (1, 0, 1)
    mine.spans.pop()
    write_documents([mine], sub)
    changed = submit(api, title, "carol@example.com", load_documents(sub), log=lambda _m: None)
    assert changed.updated == ["special"]
    task = next(iter(api.ls.tasks.list(project=_project_id(api, title), fields="all")))
    assert len(task.annotations) == 1  # resubmission updated, never duplicated
    pull(api, title, tmp_path / "gold", log_fn=lambda _m: None)
    (doc,) = load_documents(tmp_path / "gold" / "gold.jsonl")
    assert spans_of(doc) == spans_of(mine)


def test_crlf_as_one_and_utf16_regions_are_repaired(api: Api, title: str, special_corpus: Path, tmp_path: Path, capsys) -> None:
    """An editor that counts \\r\\n as one character: detected, repaired (unambiguous), reported."""
    docs = load_corpus(special_corpus)
    push(api, title, docs, progress=False, log=lambda _m: None)
    t = docs[0].text
    target = span(t, "r", "Reykjav\u00edk", "GPE")
    person = span(t, "a", "Ana\u00a0Silva", "PERSON")
    collapsed = t.replace("\r\n", "\n")
    start = collapsed.index(target.text)  # an editor that counted \r\n as one character
    value = {"start": start, "end": start + len(target.text), "text": target.text, "labels": ["GPE"]}
    utf16 = {"start": u16(t, person.start), "end": u16(t, person.end), "text": person.text, "labels": ["PERSON"]}
    task = next(iter(api.ls.tasks.list(project=_project_id(api, title), fields="task_only")))
    annotation_by(api, task.id, "dave@example.com", [
        {"id": "r", "from_name": "label", "to_name": "text", "type": "labels", "value": value},
        {"id": "a", "from_name": "label", "to_name": "text", "type": "labels", "value": utf16},  # a UTF-16 tool
    ])
    messages: list[str] = []
    pull(api, title, tmp_path / "gold", log_fn=messages.append)
    (doc,) = load_documents(tmp_path / "gold" / "gold.jsonl")
    assert spans_of(doc) == sorted([(target.start, target.end, "GPE", None), (person.start, person.end, "PERSON", None)])
    assert any("repaired" in m and "'r'" in m and "crlf" in m for m in messages)
    assert any("repaired" in m and "'a'" in m and "(utf16)" in m for m in messages)


def test_more_tasks_than_one_page(api: Api, title: str, tmp_path: Path, corpus_writer) -> None:
    """Every annotated task comes back, not the first page (100) of them; skipped ones do not."""
    texts = {f"doc-{i:03d}": f"Person {i} met Maria Lopez in Oslo." for i in range(130)}
    docs = load_corpus(corpus_writer(tmp_path / "corpus", texts))
    report = push(api, title, docs, progress=False, log=lambda _m: None, batch_size=50)
    assert len(report.created) == 130
    wanted = {}
    for doc in docs[:120]:
        s = span(doc.text, "m", "Maria Lopez", "PERSON")
        wanted[doc.doc_id] = s
        value = {"start": s.start, "end": s.end, "text": s.text, "labels": ["PERSON"]}
        annotation_by(api, report.task_ids[doc.doc_id], "erin@example.com",
                      [{"id": "m", "from_name": "label", "to_name": "text", "type": "labels", "value": value}])
    for doc in docs[120:]:  # skipped by the annotator: not gold
        annotation_by(api, report.task_ids[doc.doc_id], "erin@example.com", [], was_cancelled=True)
    result = pull(api, title, tmp_path / "gold", log_fn=lambda _m: None)
    gold = {d.doc_id: d for d in load_documents(tmp_path / "gold" / "gold.jsonl")}
    assert set(gold) == set(wanted)
    assert all(spans_of(gold[k]) == [(s.start, s.end, "PERSON", None)] for k, s in wanted.items())
    assert len(result.annotations) == 120
