"""``newsgold annotate push``: one Label Studio task per article, idempotently.

Label Studio has no upsert: importing the same file twice makes every task
twice (a long-standing tracker complaint). push therefore reads the
project's existing tasks first and keys them by the stable ``data.doc_id``:

* a document not in the project is imported (in batches, one request each,
  never retried: a retried import could create the batch twice);
* a document already there with the same text hash is left alone, so a
  second push creates nothing and says so;
* a document whose text changed is an error unless ``--replace`` (its
  existing annotations would point at the wrong characters).

With ``--predictions`` (once or several times), extractor output goes in as
one prediction per task (several sources are merged, see
:mod:`newsgold.annotate.predictions`) tagged with a ``model_version``, and
the project's ``model_version`` is set to it: the editor shows only
predictions of the project's version.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsgold.annotate.api import Api
from newsgold.annotate.config import TEXT_NAME, build_label_config
from newsgold.annotate.convert import to_ls_result
from newsgold.annotate.predictions import Predictions, load_predictions, merge_predictions
from newsgold.annotate.project import ProjectRef, apply_settings, ensure_project
from newsgold.corpus import Document
from newsgold.errors import UserError
from newsgold.progress import progress as progress_bar
from newsgold.schema import SCHEMA, LabelSchema
from newsgold.spandoc import SpanDocument, text_sha256

DEFAULT_BATCH = 500
__all__ = ["Predictions", "PushReport", "load_predictions", "merge_predictions", "push", "task_data"]
NO_RETRY = {"max_retries": 0}


def task_data(doc: Document) -> dict[str, Any]:
    """The task's ``data``: the text plus what identifies it (doc_id, title, dct, text hash)."""
    return {
        TEXT_NAME: doc.text,
        "doc_id": doc.doc_id,
        "title": doc.title,
        "dct": doc.dct.isoformat(),
        "text_sha256": text_sha256(doc.text),
    }


@dataclass
class ExistingTask:
    id: int
    sha: str | None
    annotations: int


@dataclass
class PushReport:
    project: ProjectRef
    created: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    not_in_corpus: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    predictions_added: int = 0
    model_version: str | None = None
    task_ids: dict[str, int] = field(default_factory=dict)
    settings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        p = self.project
        extra = (
            f" ({len(self.not_in_corpus)} task(s) of the project are not in this corpus and were left alone)"
            if self.not_in_corpus
            else ""
        )
        settings = f"; set the project's {', '.join(self.settings)}" if self.settings else ""
        if not self.created and not self.replaced and not self.predictions_added:
            return (
                f"nothing to do: all {len(self.unchanged)} documents are already in project {p.title!r} (id {p.id}) "
                f"with the same text{extra}{settings}"
            )
        parts = [f"project {p.title!r} (id {p.id}): created {len(self.created)} tasks"]
        if self.replaced:
            parts.append(f"replaced the text of {len(self.replaced)}")
        parts.append(f"{len(self.unchanged)} already there")
        if self.model_version:
            parts.append(f"added {self.predictions_added} predictions (model_version {self.model_version!r})")
        return ", ".join(parts) + extra + settings


def _prediction(doc: Document, preds: Predictions, interface: Any, schema: LabelSchema) -> dict[str, Any] | None:
    spans = preds.by_doc.get(doc.doc_id)
    if spans is None:
        return None
    spans = _within_schema(spans, schema)
    result = to_ls_result(spans, doc.text, schema)
    origins = preds.origins.get(doc.doc_id, {})
    for item in result:
        models = origins.get(item.get("id", ""))
        if models and item.get("type") == "labels":  # shown as the region's note in the editor
            item["meta"] = {"text": [f"proposed by {', '.join(models)}"]}
    errors = interface.validate_prediction({"result": result}, return_errors=True)
    if errors:
        raise UserError(f"prediction for {doc.doc_id!r} does not fit the labeling config: {errors[0]}")
    return {"model_version": preds.model_version, "result": result}


def _within_schema(doc: SpanDocument, schema: LabelSchema) -> SpanDocument:
    """The prediction without spans of labels the project does not use (its config has no such label)."""
    if all(s.label in schema.span_labels for s in doc.spans):
        return doc
    kept = [s for s in doc.spans if s.label in schema.span_labels]
    ids = {s.id for s in kept}
    relations = [r for r in doc.relations if r.from_id in ids and r.to_id in ids]
    return SpanDocument(doc.doc_id, kept, relations, doc.text, doc.text_sha256)


def existing_tasks(api: Api, project: ProjectRef) -> dict[str, ExistingTask]:
    """``{doc_id: task}`` of the project; two tasks for one doc_id is an error (not ours to pick)."""

    def collect() -> list[Any]:
        # only what the key needs: the full task serializer is 3-4x slower on large projects
        pager = api.ls.tasks.list(project=project.id, include="id,data,total_annotations", page_size=1000)
        return api.pages(pager, "listing tasks")

    found: dict[str, ExistingTask] = {}
    dupes: dict[str, list[int]] = {}
    for task in api.read(f"listing the tasks of project {project.title!r}", collect):
        data = task.data or {}
        doc_id = data.get("doc_id")
        if not isinstance(doc_id, str):
            continue  # a task someone imported by hand; not ours
        entry = ExistingTask(int(task.id), data.get("text_sha256"), int(getattr(task, "total_annotations", 0) or 0))
        if doc_id in found:
            dupes.setdefault(doc_id, [found[doc_id].id]).append(entry.id)
        found[doc_id] = entry
    if dupes:
        doc_id, ids = next(iter(dupes.items()))
        raise UserError(
            f"project {project.title!r} holds {len(ids)} tasks for doc_id {doc_id!r} (ids {ids}) and "
            f"{len(dupes) - 1} more duplicated documents; delete the extra tasks in Label Studio, then push again"
        )
    return found


def push(
    api: Api,
    title: str,
    documents: Sequence[Document],
    *,
    predictions: Predictions | None = None,
    replace: bool = False,
    batch_size: int = DEFAULT_BATCH,
    progress: bool = True,
    log: Callable[[str], None] = print,
    force_config: bool = False,
    instructions: str | None = None,
    annotators: int | None = None,
    schema: LabelSchema = SCHEMA,
) -> PushReport:
    """Make the project hold exactly one task per document (see module docstring).

    ``instructions`` (HTML) and ``annotators`` (people per task) are set on the
    project before any task is imported, so new tasks get the overlap too.
    ``schema`` decides the labeling config (the project's ``[schema] labels``);
    predicted spans of other labels are left out of the pre-annotations.
    """
    if batch_size < 1:
        raise UserError("--batch-size must be at least 1")
    api.whoami()
    project = ensure_project(api, title, log=log, force_config=force_config, schema=schema)
    settings = apply_settings(api, project, instructions=instructions, annotators=annotators)
    existing = existing_tasks(api, project)
    report = PushReport(project, model_version=predictions.model_version if predictions else None, settings=settings)

    changed = [d for d in documents if d.doc_id in existing and existing[d.doc_id].sha != text_sha256(d.text)]
    if changed and not replace:
        ids = ", ".join(repr(d.doc_id) for d in changed[:5])
        raise UserError(
            f"{len(changed)} document(s) changed since they were pushed to {title!r} ({ids}); their annotations "
            "would point at the wrong characters. Pass --replace to update tasks without annotations"
        )
    annotated = [d.doc_id for d in changed if existing[d.doc_id].annotations]
    if annotated:
        raise UserError(
            f"cannot replace the text of annotated task(s) {annotated[:5]}; their offsets belong to the old text. "
            "Delete their annotations in Label Studio (after pulling them) or use a new --project"
        )

    interface = None
    if predictions is not None:
        from label_studio_sdk.label_interface import LabelInterface

        interface = LabelInterface(build_label_config(schema))

    for doc in changed:
        api.write(f"replacing the text of {doc.doc_id!r}", api.ls.tasks.update, id=str(existing[doc.doc_id].id), data=task_data(doc))
        report.replaced.append(doc.doc_id)

    new_docs = [d for d in documents if d.doc_id not in existing]
    with progress_bar(total=len(new_docs), desc="push", unit="task", enabled=progress) as bar:
        for i in range(0, len(new_docs), batch_size):
            batch = new_docs[i : i + batch_size]
            items = []
            for doc in batch:
                item: dict[str, Any] = {"data": task_data(doc)}
                pred = _prediction(doc, predictions, interface, schema) if predictions else None
                if pred:
                    item["predictions"] = [pred]
                    report.predictions_added += 1
                items.append(item)
            res = api.write(
                f"importing tasks {i + 1}-{i + len(batch)} into {title!r}",
                api.ls.projects.import_tasks,
                id=project.id,
                request=items,
                return_task_ids=True,
                commit_to_project=True,
                request_options=NO_RETRY,
            )
            new_ids: list[int] = getattr(res, "task_ids", None) or (res.model_extra or {}).get("task_ids") or []
            if len(new_ids) != len(batch):
                raise UserError(
                    f"Label Studio imported {len(new_ids)} of {len(batch)} tasks into {title!r}; "
                    "run push again (it only adds what is missing)"
                )
            for doc, tid in zip(batch, new_ids, strict=True):
                report.created.append(doc.doc_id)
                report.task_ids[doc.doc_id] = int(tid)
            bar.update(len(batch))

    kept = [d for d in documents if d.doc_id in existing and d.doc_id not in report.replaced]
    report.unchanged = [d.doc_id for d in kept]
    corpus_ids = {d.doc_id for d in documents}
    report.not_in_corpus = sorted(k for k in existing if k not in corpus_ids)
    for d in documents:
        if d.doc_id in existing:
            report.task_ids[d.doc_id] = existing[d.doc_id].id

    if predictions is not None:
        _add_missing_predictions(api, project, [*kept, *changed], existing, predictions, interface, report, batch_size, schema)
        if project.model_version != predictions.model_version:
            api.write(
                f"setting the model version of {title!r}",
                api.ls.projects.update,
                id=project.id,
                model_version=predictions.model_version,
            )
    return report


def _add_missing_predictions(
    api: Api,
    project: ProjectRef,
    docs: Sequence[Document],
    existing: dict[str, ExistingTask],
    predictions: Predictions,
    interface: Any,
    report: PushReport,
    batch_size: int,
    schema: LabelSchema,
) -> None:
    """Predictions for tasks already in the project that lack this model_version (never twice)."""
    if not docs:
        return
    have = api.read(
        f"listing the predictions of {project.title!r}", api.ls.predictions.list, project=project.id
    )
    done = {(int(p.task), p.model_version) for p in have}
    todo = []
    for doc in docs:
        task_id = existing[doc.doc_id].id
        if (task_id, predictions.model_version) in done:
            continue
        pred = _prediction(doc, predictions, interface, schema)
        if pred:
            todo.append({"task": task_id, **pred})
    for i in range(0, len(todo), batch_size):
        api.write(
            f"importing predictions into {project.title!r}",
            api.ls.projects.import_predictions,
            id=project.id,
            request=todo[i : i + batch_size],
            request_options=NO_RETRY,
        )
    report.predictions_added += len(todo)
