"""Loading the gold set for a report, fingerprinting it, and matching it to the corpus.

The report records the gold set's SHA-256 so that two reports (or a report and
a baseline) can be checked to describe the same gold. For the usual single
file it is simply ``sha256sum gold/gold.jsonl``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from newsgold.corpus import Document
from newsgold.errors import UserError
from newsgold.project import default_gold_dir
from newsgold.spandoc import SpanDocument, attach_texts, load_documents


@dataclass
class GoldSet:
    """The gold documents that lie in the corpus, in corpus order, with their fingerprint."""

    path: Path
    documents: list[SpanDocument]
    files: dict[str, str]  # file name -> sha256 of its bytes
    sha256: str


def _gold_files(path: Path) -> list[Path]:
    return sorted(p for p in path.glob("*.jsonl") if p.is_file()) if path.is_dir() else [path]


def fingerprint(files: list[Path]) -> tuple[dict[str, str], str]:
    """Per-file SHA-256 and one overall hash (the file's own hash when there is one file)."""
    hashes = {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in files}
    if len(hashes) == 1:
        return hashes, next(iter(hashes.values()))
    combined = hashlib.sha256("".join(f"{n}\t{h}\n" for n, h in sorted(hashes.items())).encode()).hexdigest()
    return hashes, combined


def load_gold(path: Path | None, corpus: list[Document]) -> tuple[GoldSet, list[Document]]:
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
    documents = load_documents(path)
    if not documents:
        raise UserError(f"{path}: the gold set holds no document")
    by_id = {d.doc_id: d for d in corpus}
    unknown = [d.doc_id for d in documents if d.doc_id not in by_id]
    if unknown:
        raise UserError(f"{path}: gold document(s) not in the corpus: {', '.join(unknown[:5])} (pass --corpus DIR)")
    attach_texts(documents, {d.doc_id: d.text for d in corpus}, where=str(path))
    gold_ids = {d.doc_id for d in documents}
    covered = [d for d in corpus if d.doc_id in gold_ids]
    order = {d.doc_id: i for i, d in enumerate(covered)}
    documents.sort(key=lambda d: order[d.doc_id])
    files, digest = fingerprint(_gold_files(path))
    return GoldSet(path, documents, files, digest), covered
