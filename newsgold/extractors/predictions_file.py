"""Scoring output produced elsewhere: a span-document file posing as an extractor.

``--pred NAME=path.jsonl`` lets a user score any system (a commercial API, an
LLM, a colleague's model) without writing a plugin: the file is read with the
span-format loader, checked against the corpus texts, and served through the
same :class:`~newsgold.extractors.base.Extractor` interface. Its ``version`` is
the file's SHA-256, so a changed file is a new version.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Sequence
from pathlib import Path

from newsgold.corpus import Document
from newsgold.errors import UserError
from newsgold.spandoc import SpanDocument, attach_texts, load_documents

log = logging.getLogger(__name__)


def parse_pred_option(value: str) -> tuple[str, Path]:
    """Split ``NAME=path.jsonl`` (the ``--pred`` option) into name and path.

    >>> parse_pred_option("gpt=out/gpt.jsonl")
    ('gpt', PosixPath('out/gpt.jsonl'))
    """
    name, sep, path = value.partition("=")
    if not sep or not name.strip() or not path.strip():
        raise UserError(f"--pred {value!r}: expected NAME=path.jsonl, e.g. --pred my-model=predictions.jsonl")
    return name.strip(), Path(path.strip())


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    for file in files:
        digest.update(file.read_bytes())
    return digest.hexdigest()


class PredictionsFileExtractor:
    """Serves the span documents of a predictions file (or folder of ``*.jsonl``)."""

    description = "span documents read from a file produced elsewhere"

    def __init__(self, name: str, path: str | os.PathLike[str]) -> None:
        self.name = name
        self.path = Path(path)
        if not self.path.exists():
            raise UserError(f"predictions {name!r}: {self.path}: no such file or folder")
        self.version = _file_sha256(self.path)

    def extract(self, documents: Sequence[Document]) -> list[SpanDocument]:
        """The file's documents for ``documents``, in their order; an absent one is an empty prediction.

        Offsets are checked against the corpus texts (a file made for another
        version of an article is an error, not a silent mis-score).
        """
        docs = {d.doc_id: d for d in load_documents(self.path)}
        texts = {d.doc_id: d.text for d in documents}
        attach_texts(docs.values(), texts, where=str(self.path))
        extra = sorted(set(docs) - set(texts))
        if extra:
            log.warning(
                "predictions %r: ignoring %d document(s) not in the corpus: %s",
                self.name,
                len(extra),
                ", ".join(extra[:5]),
            )
        out: list[SpanDocument] = []
        for d in documents:
            pred = docs.get(d.doc_id)
            if pred is None:
                log.warning("predictions %r: no document %r; scored as predicting nothing", self.name, d.doc_id)
                pred = SpanDocument(doc_id=d.doc_id, text=d.text)
            out.append(pred)
        return out


def predictions_file_extractor(name: str, path: str | os.PathLike[str]) -> PredictionsFileExtractor:
    """Adapter for ``--pred NAME=path.jsonl``: an Extractor whose version is the file's SHA-256."""
    return PredictionsFileExtractor(name, path)
