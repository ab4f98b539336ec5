"""Push that keeps work and shows the rules, against the real server: merged pre-annotations, a UI-edited
config that annotations use is not overwritten, guidelines as the project's instructions, overlap."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgold.annotate.api import Api
from newsgold.annotate.config import build_label_config
from newsgold.annotate.project import find_project
from newsgold.annotate.push import push
from newsgold.annotate.submit import ensure_user, submit
from newsgold.cli import main as newsgold_main
from newsgold.errors import UserError
from newsgold.spandoc import Span, SpanDocument, write_documents

pytestmark = pytest.mark.labelstudio


def _quiet(_m: str) -> None:
    pass


def _span(text: str, sid: str, needle: str, label: str, value: str | None = None) -> Span:
    i = text.index(needle)
    return Span(sid, i, i + len(needle), label, value, needle)


def test_several_predictions_become_one_per_task_with_each_regions_source(
    api: Api, ls_env, title: str, tmp_path: Path, shipped_corpus, capsys
) -> None:
    doc = shipped_corpus[0]
    t = doc.text
    first, second = tmp_path / "names.jsonl", tmp_path / "places.jsonl"
    write_documents([SpanDocument(doc.doc_id, [_span(t, "s1", "Antony Blinken", "PERSON"), _span(t, "s2", "Iceland", "GPE")])],
                    first)
    write_documents([SpanDocument(doc.doc_id, [_span(t, "s1", "Antony Blinken", "PERSON"),
                                               _span(t, "s9", "Arctic Council", "ORG")])], second)
    argv = ["annotate", "push", "--project", title, "--predictions", str(first), "--predictions", str(second)]
    assert newsgold_main(argv) == 0  # progress on (the default), but stderr is not a terminal here
    out = capsys.readouterr()
    assert "added 1 predictions" in out.out
    assert "\r" not in out.err  # no progress bar drawn into a non-terminal
    project = find_project(api, title)
    (pred,) = api.ls.predictions.list(project=project.id)
    assert pred.model_version == project.model_version
    assert pred.model_version.startswith("names-") and "+places-" in pred.model_version
    regions = {r["value"]["text"]: r for r in pred.result if r["type"] == "labels"}
    assert set(regions) == {"Antony Blinken", "Iceland", "Arctic Council"}  # the union, the shared span once
    meta = {text: r["meta"]["text"][0] for text, r in regions.items()}
    assert meta["Antony Blinken"].count("names-") == 1 and "places-" in meta["Antony Blinken"]
    assert "names-" in meta["Iceland"] and "places-" not in meta["Iceland"]
    assert "places-" in meta["Arctic Council"] and "names-" not in meta["Arctic Council"]
    assert newsgold_main([*argv, "--no-progress"]) == 0  # again: nothing new
    assert len(api.ls.predictions.list(project=project.id)) == 1


def test_a_config_edited_in_label_studio_is_not_overwritten_when_annotations_use_it(
    api: Api, ls_env, title: str, shipped_corpus, capsys
) -> None:
    doc = next(d for d in shipped_corpus if "Wednesday" in d.text)
    report = push(api, title, shipped_corpus, progress=False, log=_quiet)
    project = report.project
    renamed = build_label_config().replace('name="date_value"', 'name="date_norm"')
    api.ls.projects.update(id=project.id, label_config=renamed)  # what someone did in the UI
    date = _span(doc.text, "d1", "Wednesday", "DATE")
    api.ls.annotations.create(
        id=report.task_ids[doc.doc_id], completed_by=ensure_user(api, "ui@example.com", _quiet), lead_time=1.0,
        result=[
            {"id": "d1", "from_name": "label", "to_name": "text", "type": "labels",
             "value": {"start": date.start, "end": date.end, "text": date.text, "labels": ["DATE"]}},
            {"id": "d1", "from_name": "date_norm", "to_name": "text", "type": "textarea",
             "value": {"start": date.start, "end": date.end, "text": ["2021-05-19"]}},
        ],
    )
    capsys.readouterr()
    assert newsgold_main(["annotate", "push", "--project", title, "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert "'date_norm'" in err and "--force-config" in err and "Traceback" not in err
    assert 'name="date_norm"' in api.ls.projects.get(id=project.id).label_config  # untouched


def test_an_unused_difference_is_brought_back_to_the_schema(api: Api, title: str, shipped_corpus) -> None:
    push(api, title, shipped_corpus, progress=False, log=_quiet)
    project = find_project(api, title)
    api.ls.projects.update(id=project.id, label_config=build_label_config().replace('name="date_value"', 'name="x"'))
    push(api, title, shipped_corpus, progress=False, log=_quiet)  # no annotation uses "x": replaced
    assert api.ls.projects.get(id=project.id).label_config.strip() == build_label_config().strip()
    with pytest.raises(UserError, match="force-config"):  # a label the schema lacks is never dropped silently
        api.ls.projects.update(id=project.id, label_config=build_label_config().replace(
            '<Label value="QUOTE"/>', '<Label value="QUOTE"/>\n    <Label value="EVENT"/>'))
        push(api, title, shipped_corpus, progress=False, log=_quiet)
    push(api, title, shipped_corpus, progress=False, log=_quiet, force_config=True)
    assert "EVENT" not in api.ls.projects.get(id=project.id).label_config


def test_guidelines_become_the_instructions_and_annotators_the_overlap(
    api: Api, ls_env, title: str, tmp_path: Path, shipped_corpus, capsys
) -> None:
    guidelines = tmp_path / "GUIDELINES.md"
    guidelines.write_text(
        "# Our rules\n\nMark **every** PERSON.\n\n<script>alert('x')</script>\n\n[bad](javascript:alert(1))\n",
        encoding="utf-8",
    )
    argv = ["annotate", "push", "--project", title, "--guidelines", str(guidelines), "--annotators", "2", "--no-progress"]
    assert newsgold_main(argv) == 0
    assert "set the project's expert_instruction, maximum_annotations, show_instruction" in capsys.readouterr().out
    project = api.ls.projects.get(id=find_project(api, title).id)
    html = project.expert_instruction
    assert "<h1>Our rules</h1>" in html and "<strong>every</strong>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html and "href=\"javascript:" not in html
    assert project.show_instruction is True and project.maximum_annotations == 2
    tasks = list(api.ls.tasks.list(project=project.id, fields="all"))
    assert tasks and all(t.overlap == 2 for t in tasks)  # every task waits for two people
    doc = shipped_corpus[0]
    task_id = next(t.id for t in tasks if t.data["doc_id"] == doc.doc_id)
    one = SpanDocument(doc.doc_id, [_span(doc.text, "s", "Iceland", "GPE")])
    submit(api, title, "first@example.com", [one], log=_quiet)
    assert api.ls.tasks.get(id=str(task_id)).is_labeled is False  # still in the second person's queue
    submit(api, title, "second@example.com", [one], log=_quiet)
    assert api.ls.tasks.get(id=str(task_id)).is_labeled is True
    assert newsgold_main(argv) == 0
    again = capsys.readouterr().out
    assert "nothing to do" in again and "set the project's" not in again
