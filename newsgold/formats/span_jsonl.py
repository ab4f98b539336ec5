"""newsgold's own span JSONL (:mod:`newsgold.spandoc`) as one format among the others."""

from __future__ import annotations

from pathlib import Path

from newsgold.formats.base import ReadOptions, ReadResult
from newsgold.spandoc import SpanDocument, load_documents, write_documents

from newsgold.formats.names import SPAN_JSONL as NAME


def read(path: Path, options: ReadOptions) -> ReadResult:
    """Read with the span-format loader; every ``doc_id`` is real."""
    return ReadResult(path, NAME, load_documents(path))


def write(docs: list[SpanDocument], path: Path) -> list[str]:
    write_documents(docs, path)
    return []
