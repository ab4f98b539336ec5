"""Label Studio exports (``JSON`` and ``JSON_MIN``) from any project, and task JSON with predictions.

Reading an export (a JSON list of tasks, or one task):

* **Text**: the task ``data`` field named by the regions' ``to_name`` (the
  usual ``<Text name="text" value="$text">``), else ``data["text"]``, else the
  only string field; ``--text-key`` names it. The ``doc_id`` is
  ``data["doc_id"]`` when present (newsgold's push sets it), else
  ``task-ID`` (not used for pairing; the text's hash is).
* **Spans**: every ``labels`` region over the text (any ``from_name``), one
  span per label. Offsets go through :class:`newsgold.annotate.offsets.RegionResolver`,
  the path ``annotate pull`` uses: code points kept when the region's text
  matches, UTF-16 / CRLF readings repaired when exactly one fits (a warning
  says so), anything else refused naming the task and region.
* **Values**: a per-region ``textarea`` result (same region id) gives the span's ``value``.
* **Relations**: ``relation`` results; the first relation label is the type
  (``said_by``, or any label: map it with ``--label-map``), direction ``left``
  reversed; an unlabelled one is ``said_by`` when it links a QUOTE and a
  PERSON, else ``related``.
* **Which annotation** (``--gold``): the ground-truth one; else the latest
  (``updated_at``, then id) non-cancelled one; ``--annotator EMAIL`` (or user
  id) picks that annotator's latest instead. **Predictions** (``--pred``):
  the task's ``predictions``, the one of ``--model-version`` when given (an
  error when a task has several versions and none is chosen).
* **JSON_MIN** rows (one per annotation, data fields flattened, no region ids)
  are read the same way; they hold no relations, and a per-region value only
  when the row lists it with its offsets, or when the row has exactly one region and one
  string field whose name ends in ``value`` (JSON_MIN collapses a lone TextArea to its string).

Writing: one task per document, ``data`` = ``{"text", "doc_id"}``, the spans
as ``predictions`` (model version ``newsgold``) with ``from_name`` ``label``
and ``to_name`` ``text`` (newsgold's config; any project whose Labels and Text
tags have these names imports them as pre-annotations), values in a
per-region ``textarea`` named ``LABEL_value``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsgold.annotate.config import TEXT_NAME
from newsgold.atomic import atomic_write_text
from newsgold.formats.base import FormatError, ReadOptions, ReadResult, read_text_file
from newsgold.formats.label_studio_result import from_result, to_result
from newsgold.jsonl import excerpt, without_python_advice
from newsgold.spandoc import SpanDocument

from newsgold.formats.names import LABEL_STUDIO as NAME
MODEL_VERSION = "newsgold"
_MIN_META = {"id", "annotator", "annotation_id", "created_at", "updated_at", "lead_time", "agreement"}


def load_tasks(path: Path) -> list[dict[str, Any]]:
    """The export's task objects; FormatError when it is not a Label Studio export."""
    raw = read_text_file(path)
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise FormatError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    except ValueError as exc:  # an integer of more digits than Python converts (sys.get_int_max_str_digits)
        raise FormatError(f"{path}: not usable JSON ({without_python_advice(exc)})") from None
    except RecursionError:
        raise FormatError(f"{path}: JSON nested too deeply") from None
    tasks = [obj] if isinstance(obj, dict) else obj
    if not isinstance(tasks, list) or not all(isinstance(t, dict) for t in tasks):
        raise FormatError(f"{path}: a Label Studio export is a JSON list of task objects")
    for i, t in enumerate(tasks):
        if not (is_full_task(t) or is_min_row(t)):
            raise FormatError(f"{path}: item {i} has neither 'data' with 'annotations'/'predictions' nor JSON_MIN fields")
    return tasks


def is_full_task(t: dict[str, Any]) -> bool:
    return isinstance(t.get("data"), dict) and any(k in t for k in ("annotations", "predictions", "completions"))


def is_min_row(t: dict[str, Any]) -> bool:
    return "data" not in t and ("annotation_id" in t or "annotator" in t) and "id" in t


def _text_of(data: dict[str, Any], to_names: set[str], options: ReadOptions, where: str) -> tuple[str, str]:
    if options.text_key is not None:
        keys = [options.text_key]
    else:
        keys = [k for k in sorted(to_names) if isinstance(data.get(k), str)] or (
            ["text"] if isinstance(data.get("text"), str) else [k for k, v in data.items() if isinstance(v, str) and k != "doc_id"]
        )
    keys = [k for k in keys if isinstance(data.get(k), str)]
    if len(keys) != 1:
        raise FormatError(
            f"{where}: cannot tell which data field holds the text (fields {sorted(data)}); pass --text-key"
        )
    return keys[0], data[keys[0]]


def _doc_id(data: dict[str, Any], task_id: Any) -> tuple[str, bool]:
    doc_id = data.get("doc_id")
    if isinstance(doc_id, str) and doc_id:
        return doc_id, True
    return f"task-{task_id}", False


def _annotator_matches(completed_by: Any, wanted: str) -> bool:
    if isinstance(completed_by, dict):
        return wanted in (completed_by.get("email"), str(completed_by.get("id")))
    return str(completed_by) == wanted


def _choose_annotation(anns: list[dict[str, Any]], options: ReadOptions) -> dict[str, Any] | None:
    """Ground truth, else the latest non-cancelled; ``--annotator`` restricts to one annotator first."""
    pool = [a for a in anns if isinstance(a, dict) and not a.get("was_cancelled") and not a.get("skipped")]
    if options.annotator is not None:
        pool = [a for a in pool if _annotator_matches(a.get("completed_by", a.get("annotator")), options.annotator)]
    if not pool:
        return None
    truth = [a for a in pool if a.get("ground_truth")]
    latest = sorted(truth or pool, key=lambda a: (str(a.get("updated_at") or a.get("created_at") or ""), _num(a.get("id", a.get("annotation_id")))))
    return latest[-1]


def _num(x: Any) -> int:
    return x if isinstance(x, int) else -1


def _choose_prediction(preds: list[Any], options: ReadOptions, where: str) -> dict[str, Any] | None:
    if any(not isinstance(p, dict) for p in preds):
        raise FormatError(f"{where}: the export lists predictions by id only; export again with the predictions "
                          "included (serialization option predictions.only_id = false)")  # fmt: skip
    if options.model_version is not None:
        preds = [p for p in preds if str(p.get("model_version")) == options.model_version]
    if not preds:
        return None
    versions = sorted({str(p.get("model_version")) for p in preds})
    if len(versions) > 1:
        raise FormatError(f"{where}: predictions of several model versions ({', '.join(versions)}); pick one with --model-version")
    return max(preds, key=lambda p: (str(p.get("updated_at") or p.get("created_at") or ""), _num(p.get("id"))))


def _min_text_fields(data: dict[str, Any]) -> dict[str, str]:
    """A JSON_MIN row's string fields that can be its text: those holding every region's text."""
    regions = [r for v in data.values() if isinstance(v, list) for r in v if isinstance(r, dict) and "labels" in r]
    fields = {k: v for k, v in data.items() if isinstance(v, str)}
    fitting = {k: v for k, v in fields.items() if all(isinstance(r.get("text"), str) and r["text"] in v for r in regions)}
    return fitting if len(fitting) == 1 or "text" not in fitting else {"text": fitting["text"]}


def _int_offsets(item: dict[str, Any]) -> tuple[int, int] | None:
    """A JSON_MIN item's (start, end) when both are integers (the key that pairs a value with its region), else None."""
    start, end = item.get("start"), item.get("end")
    return (start, end) if isinstance(start, int) and isinstance(end, int) else None


def _min_result(row: dict[str, Any], text_key: str) -> tuple[list[dict[str, Any]], list[str]]:
    """A JSON_MIN row's regions as ``labels`` results, with values matched to regions by their offsets."""
    result: list[dict[str, Any]] = []
    loose_values: list[str] = []
    for key, val in row.items():
        if key in _MIN_META or key == text_key:
            continue
        items = val if isinstance(val, list) else [val]
        for item in items:
            if isinstance(item, dict) and "labels" in item and "start" in item:
                result.append({"id": f"m{len(result)}", "type": "labels", "value": item})
    by_offsets = {key: r["id"] for r in result if (key := _int_offsets(r["value"])) is not None}
    for key, val in row.items():
        if key in _MIN_META or key == text_key:
            continue
        items = val if isinstance(val, list) else [val]
        for item in items:
            if isinstance(item, dict) and "labels" not in item and "start" in item and "text" in item:
                rid = by_offsets.get(_int_offsets(item))
                if rid is not None:
                    result.append({"id": rid, "type": "textarea", "value": {"text": item["text"]}})
            elif isinstance(item, str) and not isinstance(val, list) and key.lower().endswith("value"):
                loose_values.append(item)  # a one-region TextArea that JSON_MIN collapsed to its string
    if len(loose_values) == 1 and len(result) == 1:
        result.append({"id": result[0]["id"], "type": "textarea", "value": {"text": loose_values[0]}})
    return result, loose_values


def read(path: Path, options: ReadOptions) -> ReadResult:
    if path.is_dir():
        raise FormatError(f"{path}: a Label Studio export is one .json file, not a folder")
    tasks = load_tasks(path)
    result = ReadResult(path, NAME, [])
    skipped: list[str] = []
    if all(is_min_row(t) for t in tasks):
        if options.side == "pred":
            raise FormatError(f"{path}: a JSON_MIN export holds annotations only; export JSON to read predictions")
        rows_by_task: dict[Any, list[dict[str, Any]]] = {}
        for i, t in enumerate(tasks):
            if not isinstance(t["id"], int | str):
                raise FormatError(f"{path}: JSON_MIN row {i}: 'id' must be a task id (a number), got {excerpt(t['id'])}")
            rows_by_task.setdefault(t["id"], []).append(t)
        for task_id, rows in rows_by_task.items():
            where = f"{path}: task {task_id}"
            chosen = _choose_annotation(rows, options)
            if chosen is None:
                skipped.append(str(task_id))
                continue
            data = {k: v for k, v in chosen.items() if k not in _MIN_META}
            key, text = _text_of(_min_text_fields(data), set(), options, where)
            doc_id, real = _doc_id(data, task_id)
            res, _ = _min_result(chosen, key)
            result.add(_convert(doc_id, text, res, where, result.warnings), real, where)
    else:
        for i, task in enumerate(tasks):
            if not is_full_task(task):
                raise FormatError(f"{path}: item {i} mixes JSON_MIN rows with JSON tasks")
            task_id = task.get("id", i)
            where = f"{path}: task {task_id}"
            field = "predictions" if options.side == "pred" else "annotations" if task.get("annotations") else "completions"
            listed = task.get(field) or []
            if not isinstance(listed, list):
                raise FormatError(f"{where}: '{field}' is not a list")
            if options.side == "pred":
                chosen = _choose_prediction(listed, options, where)
            else:
                chosen = _choose_annotation(listed, options)
            res = (chosen or {}).get("result") or []
            if not isinstance(res, list):
                raise FormatError(f"{where}: 'result' is not a list")
            if chosen is None and options.side != "pred":
                skipped.append(str(task_id))
                continue
            to_names = {str(r.get("to_name")) for r in res if isinstance(r, dict) and r.get("to_name")}
            _, text = _text_of(task["data"], to_names, options, where)
            doc_id, real = _doc_id(task["data"], task_id)
            result.add(_convert(doc_id, text, res, where, result.warnings), real, where)
    if skipped and options.annotator is not None and not result.documents:
        raise FormatError(
            f"{path}: no annotation by {options.annotator!r}; annotators appear in the export as "
            f"{', '.join(sorted(_annotators(tasks))[:10]) or 'nobody'} (an export without user details lists user ids)"
        )
    if skipped:
        who = f" by {options.annotator}" if options.annotator else ""
        result.warnings.append(f"{path}: {len(skipped)} task(s) have no usable annotation{who} and are not gold "
                               f"documents: {', '.join(skipped[:10])}")  # fmt: skip
    return result


def _annotators(tasks: list[dict[str, Any]]) -> set[str]:
    found: set[str] = set()
    for t in tasks:
        annotations = t.get("annotations") or [] if is_full_task(t) else [t]  # a JSON_MIN row is one annotation
        for a in annotations:
            who = a.get("completed_by", a.get("annotator")) if isinstance(a, dict) else None
            if isinstance(who, dict):
                who = who.get("email") or who.get("id")
            if who is not None:
                found.add(str(who))
    return found


def _convert(doc_id: str, text: str, result: list[Any], where: str, warnings: list[str]) -> SpanDocument:
    """One annotation's or prediction's ``result``, read leniently (any project's controls); repairs become warnings."""
    doc, repairs = from_result(doc_id, text, result, where, strict=False)
    warnings.extend(repairs)
    return doc


def write(docs: list[SpanDocument], path: Path) -> list[str]:
    tasks = []
    for doc in docs:
        if doc.text is None:
            raise FormatError(f"doc {doc.doc_id!r}: a Label Studio task needs the text (pass --corpus)")
        tasks.append({"data": {TEXT_NAME: doc.text, "doc_id": doc.doc_id},
                      "predictions": [{"model_version": MODEL_VERSION, "result": to_result(doc, doc.text, every_value=True)}]})  # fmt: skip
    atomic_write_text(path, json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")
    return []
