"""Loading the gold set for a report, fingerprinting it, and matching it to the corpus.

The report records the gold set's SHA-256 so that two reports (or a report and
a baseline) can be checked to describe the same gold. For the usual single
file it is simply ``sha256sum gold/gold.jsonl``.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from pathlib import Path

from newsgold.corpus import Document
from newsgold.errors import UserError
from newsgold.formats.base import ReadOptions, ReadResult
from newsgold.formats.pairing import pair_documents
from newsgold.formats.registry import read_documents
from newsgold.project import default_gold_dir
from newsgold.spandoc import SpanDocument, attach_texts


@dataclass
class GoldSet:
    """The gold documents that lie in the corpus, in corpus order, with their fingerprint."""

    path: Path
    documents: list[SpanDocument]
    files: dict[str, str]  # file name -> sha256 of its bytes
    sha256: str


def _gold_files(path: Path) -> list[Path]:
    """The files whose bytes are the gold set: a folder's ``*.jsonl``, else all its files (a BRAT folder)."""
    if not path.is_dir():
        return [path]
    return sorted(p for p in path.glob("*.jsonl") if p.is_file()) or sorted(p for p in path.iterdir() if p.is_file())


def fingerprint(files: list[Path]) -> tuple[dict[str, str], str]:
    """Per-file SHA-256 and one overall hash (the file's own hash when there is one file)."""
    hashes = {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in files}
    if len(hashes) == 1:
        return hashes, next(iter(hashes.values()))
    combined = hashlib.sha256("".join(f"{n}\t{h}\n" for n, h in sorted(hashes.items())).encode()).hexdigest()
    return hashes, combined


def load_gold(
    path: Path | None, corpus: list[Document], fmt: str | None = None, read_options: ReadOptions | None = None
) -> tuple[GoldSet, list[Document]]:
    """Load the gold set (default: the project's ``gold/``) and the corpus documents it covers.

    A missing default gold set gets a message of its own: it is the first
    thing a newcomer may hit before the gold set is built. Gold documents must
    all be in the corpus with the same text (offsets point into it); corpus
    documents without gold are not scored.
    """
    if path is None:
        folder = default_gold_dir()
        if not (folder / "gold.jsonl").is_file():
            raise UserError(
                f"{folder / 'gold.jsonl'}: no gold set yet; build it (newsgold annotate push, label, newsgold "
                "annotate pull; see docs/annotate.md) or pass --gold PATH"
            )
        path = folder
    if not path.exists():
        raise UserError(f"{path}: gold set not found (pass --gold with a JSONL file or a folder of *.jsonl)")
    texts = {d.doc_id: d.text for d in corpus}
    options = dataclasses.replace(read_options or ReadOptions(), corpus_texts=texts)
    read = read_documents(path, fmt, options)  # any format (newsgold.formats); detected unless fmt is given
    if not read.documents:
        raise UserError(f"{path}: the gold set holds no document")
    # paired with the corpus by doc_id, or by the text's SHA-256 when the format has no ids
    pairing = pair_documents(ReadResult(path, "corpus", [SpanDocument(d.doc_id, text=d.text) for d in corpus]), read)
    documents = pairing.predictions
    unknown = pairing.unpaired_pred
    if unknown:
        raise UserError(f"{path}: gold document(s) not in the corpus: {', '.join(unknown[:5])} (pass --corpus DIR)")
    attach_texts(documents, {d.doc_id: d.text for d in corpus}, where=str(path))
    gold_ids = {d.doc_id for d in documents}
    covered = [d for d in corpus if d.doc_id in gold_ids]
    order = {d.doc_id: i for i, d in enumerate(covered)}
    documents.sort(key=lambda d: order[d.doc_id])
    files, digest = fingerprint(_gold_files(path))
    return GoldSet(path, documents, files, digest), covered
