"""Label Studio export files (JSON and JSON_MIN) written by hand: the reader refuses what is not an export's shape.

Each case was an exit 3 (a TypeError, KeyError or AttributeError inside the
reader) found by fuzzing exports with one field changed; now it is a
FormatError naming the file and task.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsgold.errors import InvalidInput
from newsgold.formats import ReadOptions, read_documents
from newsgold.formats.base import FormatError

TEXT = "Ana Silva said \u201cno\u201d on Monday.\r\n"
REGION = {"start": 0, "end": 9, "text": "Ana Silva", "labels": ["PERSON"]}


def _task(**changes: Any) -> dict[str, Any]:
    result = [{"id": "r1", "from_name": "label", "to_name": "text", "type": "labels", "value": dict(REGION)}]
    task: dict[str, Any] = {"id": 1, "data": {"text": TEXT, "doc_id": "d1"},
                            "annotations": [{"id": 5, "completed_by": 1, "result": result}],
                            "predictions": [{"model_version": "v1", "result": result}]}  # fmt: skip
    task.update(changes)
    return task


def _min_row(**changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {"id": 1, "text": TEXT, "doc_id": "d1", "label": [dict(REGION)], "annotator": 1,
                           "annotation_id": 5}  # fmt: skip
    row.update(changes)
    return row


def _export(tmp_path: Path, tasks: list[dict[str, Any]]) -> Path:
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks), encoding="utf-8")
    return path


def test_a_valid_export_and_json_min_read(tmp_path: Path) -> None:
    for tasks, side in (([_task()], "gold"), ([_task()], "pred"), ([_min_row()], "gold")):
        (doc,) = read_documents(_export(tmp_path, tasks), "label-studio", ReadOptions(side=side)).documents
        assert [(s.start, s.end, s.label) for s in doc.spans] == [(0, 9, "PERSON")]


@pytest.mark.parametrize(("task", "side", "message"), [
    (_task(annotations={"id": 5}), "gold", "task 1: 'annotations' is not a list"),
    (_task(annotations=7), "gold", "task 1: 'annotations' is not a list"),
    (_task(predictions=True), "pred", "task 1: 'predictions' is not a list"),
    (_task(annotations=[], completions="x"), "gold", "task 1: 'completions' is not a list"),
])  # fmt: skip
def test_annotations_or_predictions_that_are_not_lists(tmp_path: Path, task: dict[str, Any], side: str, message: str) -> None:
    """Before: TypeError ('bool' object is not iterable) or an export read as having no annotation."""
    with pytest.raises(FormatError, match=message):
        read_documents(_export(tmp_path, [task]), "label-studio", ReadOptions(side=side))


def test_a_json_min_row_whose_id_is_not_a_task_id(tmp_path: Path) -> None:
    """Before: TypeError (unhashable type: 'list')."""
    with pytest.raises(FormatError, match="JSON_MIN row 0: 'id' must be a task id"):
        read_documents(_export(tmp_path, [_min_row(id=[1])]), "label-studio")


def test_json_min_regions_without_integer_offsets_are_refused_by_the_offset_check(tmp_path: Path) -> None:
    """Before: KeyError ('end') or TypeError (unhashable list) while pairing values with regions."""
    value = {"start": 0, "end": 9, "text": ["x"]}
    for region in ({"start": 0, "text": "Ana Silva", "labels": ["PERSON"]}, {**REGION, "start": [0]}):
        row = _min_row(label=[region], date_value=[value])
        with pytest.raises(InvalidInput, match=r"task 1 region 'm0': offsets .* are not a non-empty range"):
            read_documents(_export(tmp_path, [row]), "label-studio")


def test_a_textarea_whose_text_is_a_number_is_ignored_leniently(tmp_path: Path) -> None:
    """Before: TypeError ('float' object is not iterable); another project's TextArea with no text gives no value."""
    task = _task()
    task["annotations"][0]["result"].append(
        {"id": "r1", "from_name": "note", "to_name": "text", "type": "textarea", "value": {"text": 1.5}})
    (doc,) = read_documents(_export(tmp_path, [task]), "label-studio").documents
    assert [(s.id, s.value) for s in doc.spans] == [("r1", None)]
