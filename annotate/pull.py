"""``newsgold annotate pull``: annotated tasks -> validated gold set, all or nothing.

Traps this module avoids, each from the Label Studio tracker:

* **Only the first page**: tasks are not paged through ``/api/tasks``; one
  export snapshot holds every annotated task, and its task count is checked
  against the server's own count of annotated tasks afterwards.
* **The ``ids`` filter silently ignored** by the direct export: no id filter
  is used; the snapshot's own filters select annotated tasks and drop
  skipped annotations (cancelled ones are dropped again here).
* **An export queued forever** when a Redis answers on localhost:6379 with
  no worker: the snapshot is polled with a deadline and the error says so.
* **Offsets in UTF-16, CRLF-as-one or collapsed whitespace** (other tools,
  older editors): every region goes
  through :mod:`newsgold.annotate.offsets` and must slice to its own text.

Everything is fetched and converted in memory first; then the tool-neutral
gold builder (:mod:`newsgold.goldset`) merges it into the folder and replaces
the folder as a whole. A dead server, a bad region, a document that changed
without ``--force`` or an interruption therefore leaves the folder as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgold.annotate.api import Api
from newsgold.annotate.config import TEXT_NAME
from newsgold.annotate.convert import from_ls_result
from newsgold.annotate.project import ProjectRef, require_project
from newsgold.errors import UserError
from newsgold.progress import progress
from newsgold.schema import SCHEMA, LabelSchema
from newsgold.goldset.annotations import Annotation, choose_gold, per_annotator
from newsgold.goldset.build import GOLD_NAME, PulledAnnotations, update_gold_folder
from newsgold.spandoc import SpanDocument, text_sha256

log = logging.getLogger(__name__)

EXPORT_TIMEOUT = 300.0
__all__ = ["GOLD_NAME", "Annotation", "PullResult", "convert_tasks", "pull"]


@dataclass
class PullResult:
    project: ProjectRef
    tasks: list[dict[str, Any]]
    annotations: list[Annotation]
    repairs: list[str] = field(default_factory=list)
    gold: dict[str, SpanDocument] = field(default_factory=dict)
    gold_from: dict[str, Annotation] = field(default_factory=dict)
    needs_adjudication: list[dict[str, Any]] = field(default_factory=list)
    exported_at: str = ""
    server_version: str = ""


# --- talking to the server ---------------------------------------------------------------------------------
def export_annotated_tasks(api: Api, project: ProjectRef, timeout: float = EXPORT_TIMEOUT) -> list[dict[str, Any]]:
    """Every task with at least one non-skipped annotation, from one export snapshot."""
    snap = api.write(
        f"creating an export of {project.title!r}",
        api.ls.projects.exports.create,
        id=project.id,
        title=f"newsgold pull {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}",
        task_filter_options={"annotated": "only"},
        annotation_filter_options={"usual": True, "ground_truth": True, "skipped": False},
        # completed_by stays an id: serializing each user into every annotation doubled the export time
        # at 10,000 tasks; one users.list() maps ids to emails instead
        request_options={"max_retries": 0},
    )
    raw_id = getattr(snap, "id", None)
    if not isinstance(raw_id, int) or isinstance(raw_id, bool):
        raise UserError(f"Label Studio did not create an export of {project.title!r}; see its log and pull again")
    export_id = raw_id
    try:
        return _wait_and_download(api, project, snap, export_id, timeout)
    finally:
        # Every pull creates a snapshot; a failed one (timeout, bad body, Ctrl-C) must not leave it behind.
        try:
            api.ls.projects.exports.delete(id=project.id, export_pk=export_id)
        except Exception:  # noqa: BLE001 - a leftover snapshot costs disk space, not correctness
            log.info("could not delete export snapshot %s", export_id)


def _wait_and_download(api: Api, project: ProjectRef, snap: Any, export_id: int, timeout: float) -> list[dict[str, Any]]:
    """Poll the snapshot until it is built, download it and check it is a list of task objects."""
    status = str(getattr(snap, "status", "") or "")
    deadline = time.monotonic() + timeout
    while status != "completed":
        if status == "failed":
            raise UserError(f"Label Studio failed to build the export of {project.title!r}; see its log and pull again")
        if time.monotonic() > deadline:
            raise UserError(
                f"the export of {project.title!r} is still {status or 'pending'} after {timeout:.0f} s; if a Redis "
                "answers on localhost:6379, Label Studio queues exports for an rqworker: run one or free the port"
            )
        time.sleep(1.0)
        status = str(api.read("waiting for the export", api.ls.projects.exports.get, id=project.id, export_pk=export_id).status)

    def download() -> bytes:
        return b"".join(api.ls.projects.exports.download(id=project.id, export_pk=export_id, export_type="JSON"))

    raw = api.read(f"downloading the export of {project.title!r}", download)
    try:
        tasks = json.loads(raw)
    except ValueError:
        raise UserError(f"the export of {project.title!r} is not valid JSON (truncated download?); pull again") from None
    if not isinstance(tasks, list):
        raise UserError(f"the export of {project.title!r} is not a list of tasks; pull again")
    if not all(isinstance(t, dict) for t in tasks):
        raise UserError(f"the export of {project.title!r} holds an entry that is not a task object; pull again")
    return tasks


def count_annotated_tasks(api: Api, project: ProjectRef) -> int:
    """The server's own count of tasks with a non-skipped annotation (to check the export is complete)."""
    query = {
        "filters": {
            "conjunction": "and",
            "items": [
                {"filter": "filter:tasks:total_annotations", "operator": "greater", "type": "Number", "value": 0}
            ],
        }
    }
    body = api.read(
        f"counting the annotated tasks of {project.title!r}",
        api.get_json,
        "api/tasks/",
        {"project": project.id, "page_size": 1, "fields": "task_only", "query": json.dumps(query)},
    )
    return int(body.get("total", 0)) if isinstance(body, dict) else 0


# --- converting --------------------------------------------------------------------------------------------
def _annotator(completed_by: Any, users: dict[int, str]) -> tuple[str, int | None]:
    if isinstance(completed_by, dict):
        uid = completed_by.get("id")
        email = completed_by.get("email") or users.get(int(uid) if uid is not None else -1)
        return str(email or f"user-{uid}"), (int(uid) if uid is not None else None)
    if completed_by is None:
        return "unknown", None
    return users.get(int(completed_by), f"user-{completed_by}"), int(completed_by)


def convert_tasks(
    tasks: list[dict[str, Any]],
    project: ProjectRef,
    users: dict[int, str] | None = None,
    *,
    show_progress: bool = False,
    schema: LabelSchema = SCHEMA,
) -> PullResult:
    """Convert exported tasks; every region is checked against its task text and ``schema`` (errors name the task)."""
    users = users or {}
    result = PullResult(project, tasks, [])
    seen_docs: dict[str, int] = {}
    for task in progress(tasks, desc="pull", unit="task", enabled=show_progress):
        task_id = int(task.get("id", -1))
        data = task.get("data") or {}
        where = f"task {task_id}"
        text, doc_id = data.get(TEXT_NAME), data.get("doc_id")
        if not isinstance(text, str) or not isinstance(doc_id, str):
            raise UserError(f"{where} has no 'text' and 'doc_id' in its data; it was not pushed by newsgold")
        if data.get("text_sha256") not in (None, text_sha256(text)):
            raise UserError(f"{where} ({doc_id!r}): the task text no longer matches its text_sha256; push it again")
        if doc_id in seen_docs:
            raise UserError(f"tasks {seen_docs[doc_id]} and {task_id} both hold doc_id {doc_id!r}; delete one")
        seen_docs[doc_id] = task_id
        for ann in task.get("annotations") or []:
            if ann.get("was_cancelled"):
                continue  # skipped: no statement about the text
            who, who_id = _annotator(ann.get("completed_by"), users)
            doc, repairs = from_ls_result(
                doc_id, text, ann.get("result") or [], where=f"{where} annotation {ann.get('id')}", schema=schema
            )
            doc.text_sha256 = text_sha256(text)
            result.repairs += repairs
            result.annotations.append(
                Annotation(task_id, int(ann.get("id", -1)), who, who_id, bool(ann.get("ground_truth")), doc,
                           str(ann.get("updated_at") or ""))
            )
    choice = choose_gold(result.annotations)
    result.gold, result.gold_from, result.needs_adjudication = choice.gold, choice.gold_from, choice.needs_adjudication
    return result


def pull(
    api: Api,
    title: str,
    out_dir: Path,
    *,
    force: bool = False,
    prune: bool = False,
    log_fn: Callable[[str], None] = print,
    show_progress: bool = True,
    schema: LabelSchema = SCHEMA,
) -> PullResult:
    """Export, convert, validate, then merge into ``out_dir`` (see module docstring).

    ``schema`` (the project's ``[schema] labels``) is what the annotations may
    use: a region with another label stops the pull, naming it.
    """
    api.whoami()
    project = require_project(api, title)
    exported_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    tasks = export_annotated_tasks(api, project)
    expected = count_annotated_tasks(api, project)
    if len(tasks) < expected:
        raise UserError(
            f"the export holds {len(tasks)} annotated tasks but {title!r} has {expected}; nothing was written, pull again"
        )
    version = api.read("reading the server version", api.get_json, "api/version")
    users = {int(u.id): str(getattr(u, "email", "") or f"user-{u.id}") for u in api.read("listing users", lambda: api.pages(api.ls.users.list(), "listing users"))}
    result = convert_tasks(tasks, project, users, show_progress=show_progress, schema=schema)
    result.exported_at = exported_at
    result.server_version = str(version.get("release", "")) if isinstance(version, dict) else ""
    if not result.annotations:
        raise UserError(f"project {title!r} has no annotations yet (skipped ones do not count); nothing was written")
    pulled = PulledAnnotations(
        result.annotations,
        source={
            "server_url": api.conn.safe_url,
            "label_studio_version": result.server_version,
            "project": {"id": project.id, "title": project.title},
        },
        exported_at=exported_at,
        repairs=result.repairs,
    )
    update = update_gold_folder(out_dir, pulled, force=force, prune=prune, log=log_fn)
    for line in result.repairs:
        log_fn(f"repaired: {line}")
    gold = update.plan.files[GOLD_NAME]
    log_fn(
        f"pulled {len(result.annotations)} annotations of {len(tasks)} tasks by {len(per_annotator(result.annotations))} "
        f"annotator(s) from {title!r} into {out_dir}: gold {len(gold.added)} document(s) added, "
        f"{len(gold.changed)} changed, {len(gold.docs)} in all; annotator files, agreement and provenance updated"
    )
    if result.needs_adjudication:
        items = ", ".join(f"{i['doc_id']} (task {i['task_id']})" for i in result.needs_adjudication)
        log_fn(
            f"no gold taken for {len(result.needs_adjudication)} task(s) that need adjudication: {items}. Mark one "
            "annotation per task as ground truth (star in Label Studio, or 'newsgold annotate submit "
            f"--ground-truth') and pull again; see {out_dir / 'agreement.md'}"
        )
    return result
