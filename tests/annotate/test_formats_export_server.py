"""Label Studio exports from a real server, read by newsgold.formats (issue 11).

The project is *not* one newsgold pushed: its own tag names (``ner``, ``body``,
``norm``), labels outside the schema, two annotators, a cancelled annotation
and a model prediction. The exports (JSON and JSON_MIN) are downloaded from
the server the suite starts; the text holds an emoji, a flag, CRLF, curly
quotes and non-breaking spaces. A second test imports newsgold's own task JSON
(spans as predictions) into a project and reads them back from the export.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from newsgold.annotate.api import Api
from newsgold.annotate.config import build_label_config
from newsgold.annotate.submit import ensure_user
from newsgold.formats import ReadOptions, read_documents, write_documents
from newsgold.spandoc import Span, SpanDocument

pytestmark = pytest.mark.labelstudio

CONFIG = """<View>
  <Relations><Relation value="said_by"/></Relations>
  <Labels name="ner" toName="body"><Label value="PER"/><Label value="PLACE"/><Label value="QUOTE"/><Label value="WHEN"/></Labels>
  <Text name="body" value="$body" granularity="symbol"/>
  <TextArea name="norm" toName="body" perRegion="true" editable="true"/>
</View>"""


def region(text: str, rid: str, needle: str, label: str) -> dict[str, Any]:
    s = text.index(needle)
    return {"id": rid, "from_name": "ner", "to_name": "body", "type": "labels",
            "value": {"start": s, "end": s + len(needle), "text": needle, "labels": [label]}}  # fmt: skip


def export(api: Api, project_id: int, kind: str, dest: Path) -> Path:
    # as the export dialog offers it: predictions and annotators in full, not as ids
    full = {"predictions": {"only_id": False}, "annotations__completed_by": {"only_id": False}}
    snap = api.ls.projects.exports.create(id=project_id, title=f"test {kind}", serialization_options=full)
    assert snap.id is not None
    deadline = time.monotonic() + 120
    while str(getattr(snap, "status", "")) != "completed":
        assert time.monotonic() < deadline and str(getattr(snap, "status", "")) != "failed"
        time.sleep(0.5)
        snap = api.ls.projects.exports.get(id=project_id, export_pk=snap.id)
    dest.write_bytes(b"".join(api.ls.projects.exports.download(id=project_id, export_pk=snap.id, export_type=kind)))
    return dest


def test_export_of_any_project(api: Api, title: str, tmp_path: Path, special_text: str) -> None:
    text = special_text
    project = api.ls.projects.create(title=title, label_config=CONFIG)
    res = api.ls.projects.import_tasks(
        id=project.id,
        request=[{"data": {"body": text, "doc_id": "special"},
                  "predictions": [{"model_version": "m1", "result": [region(text, "m1", "Ana\u00a0Silva", "PER")]}]}],
        return_task_ids=True,
    )  # fmt: skip
    (task_id,) = getattr(res, "task_ids", None) or (res.model_extra or {}).get("task_ids")
    alice = ensure_user(api, "alice@example.com", log=lambda _m: None)
    bob = ensure_user(api, "bob@example.com", log=lambda _m: None)
    when = region(text, "w1", "5\u00a0March\u00a02021", "WHEN")
    bob_result = [
        region(text, "q1", "curly quotes", "QUOTE"),
        region(text, "p1", "Ana\u00a0Silva", "PER"),
        region(text, "g1", "Reykjav\u00edk", "PLACE"),
        when,
        {"id": "w1", "from_name": "norm", "to_name": "body", "type": "textarea",
         "value": {"start": when["value"]["start"], "end": when["value"]["end"], "text": ["2021-03-05"]}},
        {"from_id": "q1", "to_id": "p1", "type": "relation", "direction": "right", "labels": ["said_by"]},
    ]  # fmt: skip
    api.ls.annotations.create(id=task_id, result=[region(text, "a1", "Emoji", "PER")], completed_by=alice, lead_time=1.0)
    time.sleep(1.1)  # updated_at has one-second resolution in some exports: bob's is the latest
    api.ls.annotations.create(id=task_id, result=bob_result, completed_by=bob, lead_time=1.0)
    api.ls.annotations.create(id=task_id, result=[], completed_by=alice, lead_time=1.0, was_cancelled=True)

    full = export(api, project.id, "JSON", tmp_path / "export.json")
    gold = read_documents(full)
    assert gold.format == "label-studio"
    (doc,) = gold.documents
    assert doc.doc_id == "special" and doc.text == text
    got = sorted((text[s.start : s.end], s.label, s.value) for s in doc.spans)
    assert got == sorted([("curly quotes", "QUOTE", None), ("Ana\u00a0Silva", "PER", None),
                          ("Reykjav\u00edk", "PLACE", None), ("5\u00a0March\u00a02021", "WHEN", "2021-03-05")])  # fmt: skip
    by_id = doc.span_by_id()
    assert [(by_id[r.from_id].label, by_id[r.to_id].label, r.type) for r in doc.relations] == [("QUOTE", "PER", "said_by")]

    for who in ("alice@example.com", str(alice)):
        (alices,) = read_documents(full, options=ReadOptions(annotator=who)).documents
        assert [text[s.start : s.end] for s in alices.spans] == ["Emoji"]
    (pred,) = read_documents(full, options=ReadOptions(side="pred", model_version="m1")).documents
    assert [(text[s.start : s.end], s.label) for s in pred.spans] == [("Ana\u00a0Silva", "PER")]

    minimal = read_documents(export(api, project.id, "JSON_MIN", tmp_path / "export-min.json"))
    (mdoc,) = minimal.documents
    assert mdoc.text == text
    assert sorted((text[s.start : s.end], s.label) for s in mdoc.spans) == sorted((g[0], g[1]) for g in got)


def test_newsgold_tasks_import_as_predictions(api: Api, title: str, tmp_path: Path, special_text: str) -> None:
    text = special_text
    s1, s2 = text.index("Ana\u00a0Silva"), text.index("5\u00a0March")
    doc = SpanDocument("special", [Span("p1", s1, s1 + 9, "PERSON"), Span("d1", s2, s2 + 7, "DATE", "2021-03-05")], text=text)
    tasks = tmp_path / "tasks.json"
    write_documents([doc], tasks, "label-studio")
    project = api.ls.projects.create(title=title, label_config=build_label_config())
    api.ls.projects.import_tasks(id=project.id, request=json.loads(tasks.read_text(encoding="utf-8")), return_task_ids=True)
    (back,) = read_documents(export(api, project.id, "JSON", tmp_path / "export.json"), options=ReadOptions(side="pred")).documents
    assert back.doc_id == "special" and back.text == text
    assert sorted((s.start, s.end, s.label, s.value) for s in back.spans) == [(s1, s1 + 9, "PERSON", None), (s2, s2 + 7, "DATE", "2021-03-05")]
