"""``newsgold annotate submit``: record a person's annotations through the API, as that person.

The gold-making team labels in the browser, or writes span documents by hand
and submits them here; either way the annotation in Label Studio belongs to
the annotator (``completed_by``), so agreement and provenance see who did
what. Re-submitting the same file updates that person's annotation instead
of adding a second one: the existing annotation is found by its author, and
each new one carries ``unique_id = uuid5(project, doc_id, annotator)``, which
Label Studio refuses to store twice.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgold.annotate.api import Api
from newsgold.annotate.convert import to_ls_result
from newsgold.annotate.project import ProjectRef, require_project
from newsgold.errors import UserError
from newsgold.progress import progress
from newsgold.schema import SCHEMA, LabelSchema
from newsgold.spandoc import SpanDocument, load_documents, text_sha256

NAMESPACE = uuid.UUID("6c5b8f52-7f0e-4c44-9d0e-2f1c7d9a3e10")
NO_RETRY = {"max_retries": 0}


def annotation_uid(project_id: int, doc_id: str, annotator: str) -> str:
    """Stable id of one annotator's annotation of one document (Label Studio keeps these unique server-wide)."""
    return str(uuid.uuid5(NAMESPACE, f"{project_id}\x00{doc_id}\x00{annotator.lower()}"))


@dataclass
class SubmitReport:
    project: ProjectRef
    annotator: str
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.annotator} in {self.project.title!r}: {len(self.created)} annotations created, "
            f"{len(self.updated)} updated, {len(self.unchanged)} unchanged"
        )


def ensure_user(api: Api, email: str, log: Callable[[str], None] = print) -> int:
    """The id of the Label Studio user with ``email``; creates the user (random password) if missing."""
    if "@" not in email:
        raise UserError(f"annotator {email!r} must be an email address (Label Studio identifies people by email)")
    users = api.read("listing users", lambda: api.pages(api.ls.users.list(), "listing users"))
    for user in users:
        if (getattr(user, "email", "") or "").lower() == email.lower():
            return int(user.id)
    created = api.write(
        f"creating user {email}",
        api.ls.users.create,
        username=email.split("@")[0][:30] + "-" + secrets.token_hex(3),
        email=email,
        password=secrets.token_urlsafe(18),
        request_options=NO_RETRY,
    )
    log(f"created Label Studio user {email} (id {created.id}); set a password in the UI to let them log in")
    return int(created.id)


def _tasks_by_doc_id(api: Api, project: ProjectRef) -> dict[str, Any]:
    def collect() -> list[Any]:
        return api.pages(api.ls.tasks.list(project=project.id, fields="all", page_size=1000), "listing tasks")

    out: dict[str, Any] = {}
    for task in api.read(f"listing the tasks of {project.title!r}", collect):
        doc_id = (task.data or {}).get("doc_id")
        if isinstance(doc_id, str):
            out[doc_id] = task
    return out


def _author_id(annotation: Any) -> int | None:
    who = annotation.get("completed_by") if isinstance(annotation, dict) else getattr(annotation, "completed_by", None)
    if isinstance(who, dict):
        who = who.get("id")
    return int(who) if who is not None else None


def submit(
    api: Api,
    title: str,
    annotator: str,
    documents: Sequence[SpanDocument],
    *,
    ground_truth: bool = False,
    log: Callable[[str], None] = print,
    show_progress: bool = True,
    schema: LabelSchema = SCHEMA,
) -> SubmitReport:
    """Create or update ``annotator``'s annotation of each document's task (matched by doc_id).

    Every span must carry a label of ``schema`` (the project's ``[schema] labels``):
    a pull would refuse the annotation otherwise, so nothing is written.
    """
    api.whoami()
    project = require_project(api, title)
    user_id = ensure_user(api, annotator, log=log)
    tasks = _tasks_by_doc_id(api, project)
    missing = sorted(d.doc_id for d in documents if d.doc_id not in tasks)
    if missing:
        raise UserError(f"no task in {title!r} for doc_id(s) {missing[:5]}; push the corpus first")
    # check everything before writing anything
    prepared: list[tuple[SpanDocument, Any, list[dict[str, Any]]]] = []
    for doc in documents:
        task = tasks[doc.doc_id]
        text = task.data.get("text")
        if not isinstance(text, str):
            raise UserError(f"task {task.id} ({doc.doc_id!r}) has no text in its data")
        if doc.text is not None and doc.text != text:
            raise UserError(f"{doc.doc_id!r}: the file's text differs from the task's; annotate the pushed text")
        if doc.text_sha256 is not None and doc.text_sha256 != text_sha256(text):
            raise UserError(f"{doc.doc_id!r}: text_sha256 differs from the task's text; annotate the pushed text")
        for s in doc.spans:
            if s.label not in schema.span_labels:
                raise UserError(
                    f"{doc.doc_id!r} span {s.id!r}: label {s.label!r} is not one of the project's labels "
                    f"{', '.join(schema.span_labels)} ([schema] labels in newsgold.toml)"
                )
            if s.end > len(text) or (s.text is not None and text[s.start : s.end] != s.text):
                raise UserError(f"{doc.doc_id!r} span {s.id!r}: [{s.start}, {s.end}) does not fit the task text")
        prepared.append((doc, task, to_ls_result(doc, text, schema)))

    report = SubmitReport(project, annotator)
    for doc, task, result in progress(prepared, desc="submit", unit="doc", enabled=show_progress):
        mine = [a for a in (task.annotations or []) if _author_id(a) == user_id]
        mine_live = [a for a in mine if not _get(a, "was_cancelled")]
        target = (mine_live or mine or [None])[0]
        if target is None:
            api.write(
                f"creating {annotator}'s annotation of {doc.doc_id!r}",
                api.ls.annotations.create,
                id=int(task.id),
                result=result,
                completed_by=user_id,
                ground_truth=ground_truth,
                was_cancelled=False,
                lead_time=0.0,
                unique_id=annotation_uid(project.id, doc.doc_id, annotator),
                request_options=NO_RETRY,
            )
            report.created.append(doc.doc_id)
            continue
        if _get(target, "result") == result and bool(_get(target, "ground_truth")) == ground_truth and not _get(
            target, "was_cancelled"
        ):
            report.unchanged.append(doc.doc_id)
            continue
        api.write(  # PATCH is idempotent: a retry would write the same thing
            f"updating {annotator}'s annotation of {doc.doc_id!r}",
            api.ls.annotations.update,
            id=int(_get(target, "id")),
            result=result,
            ground_truth=ground_truth,
            was_cancelled=False,
        )
        report.updated.append(doc.doc_id)
    return report


def _get(annotation: Any, key: str) -> Any:
    return annotation.get(key) if isinstance(annotation, dict) else getattr(annotation, key, None)


def load_submission(path: str | Path) -> list[SpanDocument]:
    """The span documents of a submission file (validated by :func:`newsgold.spandoc.load_documents`)."""
    docs = load_documents(path)
    if not docs:
        raise UserError(f"{path}: no documents to submit")
    return docs
