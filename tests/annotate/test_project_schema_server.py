"""A project's ``[schema] labels`` decide the labeling config, the pre-annotations and what submit/pull accept."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgold.annotate.api import Api
from newsgold.annotate.config import config_labels
from newsgold.annotate.predictions import Predictions
from newsgold.annotate.project import require_project
from newsgold.annotate.pull import pull
from newsgold.annotate.push import push
from newsgold.annotate.submit import submit
from newsgold.corpus import load_corpus
from newsgold.errors import UserError
from newsgold.schema import SCHEMA
from newsgold.spandoc import Relation, Span, SpanDocument, load_documents

pytestmark = pytest.mark.labelstudio

TEXT = "“We will stay,” said Zoë Brandt in Oslo on Monday."
SCHEMA_PD = SCHEMA.restrict(["PERSON", "DATE"])


def _span(sid: str, needle: str, label: str, value: str | None = None) -> Span:
    start = TEXT.index(needle)
    return Span(sid, start, start + len(needle), label, value, needle)


def test_a_restricted_schema_end_to_end(api: Api, title: str, tmp_path: Path, corpus_writer) -> None:  # type: ignore[no-untyped-def]
    docs = load_corpus(corpus_writer(tmp_path / "corpus", {"d1": TEXT}))
    predicted = SpanDocument(
        "d1",
        [_span("q", "We will stay,", "QUOTE"), _span("p", "Zoë Brandt", "PERSON"), _span("g", "Oslo", "GPE"),
         _span("t", "Monday", "DATE", "2021-05-17")],
        [Relation("q", "p", "said_by")],
        text=TEXT,
    )  # fmt: skip
    push(api, title, docs, predictions=Predictions("m1", {"d1": predicted}), progress=False, log=lambda _m: None,
         schema=SCHEMA_PD)  # fmt: skip
    project = require_project(api, title)
    config = api.ls.projects.get(id=project.id).label_config
    assert config_labels(config) == {"PERSON", "DATE"}
    assert "said_by" not in config and "date_value" in config
    (pred,) = api.ls.predictions.list(project=project.id)
    labels = sorted(r["value"]["labels"][0] for r in pred.result if r["type"] == "labels")
    assert labels == ["DATE", "PERSON"]  # the QUOTE, the GPE and the said_by were left out

    with pytest.raises(UserError, match="label 'GPE' is not one of the project's labels PERSON, DATE"):
        submit(api, title, "a1@newsgold.local", [SpanDocument("d1", [_span("g", "Oslo", "GPE")], text=TEXT)],
               log=lambda _m: None, show_progress=False, schema=SCHEMA_PD)  # fmt: skip
    gold = SpanDocument("d1", [_span("p", "Zoë Brandt", "PERSON"), _span("t", "Monday", "DATE", "2021-05-17")], text=TEXT)
    submit(api, title, "a1@newsgold.local", [gold], log=lambda _m: None, show_progress=False, schema=SCHEMA_PD)
    pull(api, title, tmp_path / "gold", log_fn=lambda _m: None, show_progress=False, schema=SCHEMA_PD)
    (back,) = load_documents(tmp_path / "gold")
    assert [(s.text, s.label, s.value) for s in back.spans] == [("Zoë Brandt", "PERSON", None), ("Monday", "DATE", "2021-05-17")]

    # a narrower schema would orphan the DATE annotation: refused, naming it
    with pytest.raises(UserError, match="DATE"):
        push(api, title, docs, progress=False, log=lambda _m: None, schema=SCHEMA.restrict(["PERSON"]))
