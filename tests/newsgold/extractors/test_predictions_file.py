"""The predictions-file adapter behind `--pred NAME=path.jsonl`."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import pytest

from newsgold.errors import InputFormatError, UserError
from newsgold.extractors import Extractor, parse_pred_option, predictions_file_extractor


def write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_parse_pred_option() -> None:
    assert parse_pred_option("gpt=out/gpt.jsonl") == ("gpt", Path("out/gpt.jsonl"))
    assert parse_pred_option("a=b=c.jsonl") == ("a", Path("b=c.jsonl"))
    for bad in ["gpt", "=x.jsonl", "gpt="]:
        with pytest.raises(UserError, match="NAME=path.jsonl"):
            parse_pred_option(bad)


def test_serves_the_file_in_corpus_order_with_texts_attached(
    tmp_path: Path,
    make_doc,
    caplog: pytest.LogCaptureFixture,  # noqa: ANN001
) -> None:
    a, b = make_doc("Blinken spoke.", doc_id="a"), make_doc("Lavrov replied.", doc_id="b")
    path = write(
        tmp_path / "p.jsonl",
        [
            {"doc_id": "b", "spans": [{"id": "x", "start": 0, "end": 6, "label": "PERSON", "text": "Lavrov"}]},
            {"doc_id": "zzz", "spans": []},
        ],
    )
    ext = predictions_file_extractor("mine", path)
    assert isinstance(ext, Extractor) and ext.name == "mine"
    assert ext.version == hashlib.sha256(path.read_bytes()).hexdigest()
    with caplog.at_level(logging.WARNING):
        out = ext.extract([a, b])
    assert [d.doc_id for d in out] == ["a", "b"]
    assert out[0].spans == [] and out[0].text == a.text  # absent: predicts nothing
    assert out[1].text == b.text and out[1].spans[0].text == "Lavrov"
    assert "zzz" in caplog.text and "no document 'a'" in caplog.text


def test_offsets_that_do_not_fit_the_corpus_text_are_an_error(tmp_path: Path, make_doc) -> None:  # noqa: ANN001
    path = write(
        tmp_path / "p.jsonl",
        [{"doc_id": "a", "spans": [{"id": "x", "start": 0, "end": 6, "label": "PERSON", "text": "Lavrov"}]}],
    )
    with pytest.raises(InputFormatError, match="text\\[0:6\\] is 'Blinke'"):
        predictions_file_extractor("mine", path).extract([make_doc("Blinken spoke.", doc_id="a")])


def test_missing_file_and_changed_file(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="no such file"):
        predictions_file_extractor("mine", tmp_path / "absent.jsonl")
    path = write(tmp_path / "p.jsonl", [{"doc_id": "a"}])
    v1 = predictions_file_extractor("mine", path).version
    write(path, [{"doc_id": "a", "spans": []}])
    assert predictions_file_extractor("mine", path).version != v1


def test_a_fifo_or_a_device_is_refused_and_a_subfolder_is_not_a_file(tmp_path: Path, outcome_reading_fifo) -> None:  # type: ignore[no-untyped-def]
    """Before: the version hash read the whole path: a FIFO blocked eval report forever, /dev/zero filled the
    memory (the kernel killed the process), a subfolder named x.jsonl raised IsADirectoryError (exit 3)."""
    import os

    fifo = tmp_path / "fifo.jsonl"
    os.mkfifo(fifo)
    refused = outcome_reading_fifo(fifo, lambda: predictions_file_extractor("m", fifo))
    assert isinstance(refused, InputFormatError) and "not a regular file" in str(refused)
    with pytest.raises(InputFormatError, match="not a regular file"):
        predictions_file_extractor("m", Path("/dev/null"))  # a device: refused before any read (/dev/zero alike)
    folder = tmp_path / "preds"
    (folder / "sub.jsonl").mkdir(parents=True)
    write(folder / "a.jsonl", [{"doc_id": "a", "spans": []}])
    plain = tmp_path / "plain"
    plain.mkdir()
    write(plain / "a.jsonl", [{"doc_id": "a", "spans": []}])
    assert predictions_file_extractor("m", folder).version == predictions_file_extractor("m", plain).version
