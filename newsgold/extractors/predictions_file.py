"""Scoring output produced elsewhere: a span-document file posing as an extractor.

``--pred NAME=path.jsonl`` lets a user score any system (a commercial API, an
LLM, a colleague's model) without writing a plugin: the file is read in any
format :mod:`newsgold.formats` knows (detected, or ``--pred-format``), paired
with the corpus documents (by ``doc_id``, else by the text's SHA-256), label-mapped
when asked, checked against the corpus texts, and served through the same
:class:`~newsgold.extractors.base.Extractor` interface. Its ``version`` is the
SHA-256 of the file's bytes, so a changed file is a new version.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.errors import UserError
from newsgold.formats.base import ReadOptions, ReadResult
from newsgold.formats.labelmap import apply_label_map
from newsgold.formats.pairing import pair_documents
from newsgold.formats.registry import read_documents
from newsgold.input_files import check_regular_file
from newsgold.spandoc import SpanDocument, attach_texts

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
    """SHA-256 of the predictions file (or of a folder's files): the extractor's version, for the cache.

    Regular files only, hashed in chunks: a FIFO would block the read and
    ``/dev/zero`` never end it (it filled memory); a folder's subfolders
    (even one named ``x.jsonl``) are not files.
    """
    digest = hashlib.sha256()
    if path.is_dir():
        files = sorted(p for p in path.glob("*.jsonl") if p.is_file()) or sorted(p for p in path.iterdir() if p.is_file())
    else:
        files = [check_regular_file(path, "--pred")]
    for file in files:
        try:
            with open(file, "rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
        except OSError as exc:
            raise UserError(f"--pred {file}: cannot read ({exc.strerror})") from None
    return digest.hexdigest()


class PredictionsFileExtractor:
    """Serves the span documents of a predictions file (or folder of ``*.jsonl``)."""

    description = "span documents read from a file produced elsewhere"

    def __init__(
        self,
        name: str,
        path: str | os.PathLike[str],
        fmt: str | None = None,
        read_options: ReadOptions | None = None,
        label_map: dict[str, str] | None = None,
        drop_unmapped: bool = False,
    ) -> None:
        self.name = name
        self.path = Path(path)
        self.fmt = fmt
        self.read_options = read_options or ReadOptions(side="pred")
        self.label_map = label_map
        self.drop_unmapped = drop_unmapped
        if not self.path.exists():
            raise UserError(f"predictions {name!r}: {self.path}: no such file or folder")
        self.version = _file_sha256(self.path)

    def extract(self, documents: Sequence[Document]) -> list[SpanDocument]:
        """The file's documents for ``documents``, in their order; an absent one is an empty prediction.

        Offsets are checked against the corpus texts (a file made for another
        version of an article is an error, not a silent mis-score).
        """
        texts = {d.doc_id: d.text for d in documents}
        options = self.read_options
        if options.corpus_texts is None:  # CoNLL tokens are aligned to the corpus articles
            options = dataclasses.replace(options, corpus_texts=texts)
        read = read_documents(self.path, self.fmt, options)
        for warning in read.warnings:
            log.warning("predictions %r: %s", self.name, warning)
        corpus = ReadResult(self.path, "corpus", [SpanDocument(d.doc_id, text=d.text) for d in documents])
        pairing = pair_documents(corpus, read)
        paired = pairing.predictions
        if self.label_map or self.drop_unmapped:
            paired = apply_label_map(paired, self.label_map or {}, self.drop_unmapped)
        docs = {d.doc_id: d for d in paired}
        attach_texts(docs.values(), texts, where=str(self.path))
        extra = sorted(pairing.unpaired_pred)
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


def predictions_file_extractor(name: str, path: str | os.PathLike[str], **options: Any) -> PredictionsFileExtractor:
    """Adapter for ``--pred NAME=PATH``: an Extractor whose version is the file's SHA-256.

    ``options`` go to :class:`PredictionsFileExtractor` (format, reader options, label map).
    """
    return PredictionsFileExtractor(name, path, **options)
