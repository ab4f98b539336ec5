"""Predictions cache: an extractor is re-run only when its output could change.

The key is a SHA-256 of the extractor's name, its ``version`` (which by
contract changes whenever its output may change: own rules, library and model
versions) and, per document, the doc_id, the text's hash and the document
creation date (relative dates such as "Monday" resolve against it). Anything
else (a new gold set, other gates, other bootstrap settings) reuses the
cache. Entries are span-document JSONL files written atomically, so an
interrupted run leaves either a complete entry or none; an unreadable entry is
treated as a miss and rewritten.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from pathlib import Path

from newsgold.corpus import Document
from newsgold.errors import UserError
from newsgold.outputs import safe_file_name
from newsgold.spandoc import SpanDocument, load_documents, write_documents

log = logging.getLogger(__name__)

PREDICTIONS_FOLDER = "predictions"
"""Sub-folder of the project's cache folder (``[paths] cache`` of newsgold.toml) that holds this cache."""


def cache_key(name: str, version: str, documents: Sequence[Document]) -> str:
    """Hex SHA-256 over name, version and (doc_id, text hash, dct) of every document, in order.

    >>> from datetime import date
    >>> from pathlib import Path
    >>> d = Document("a", "Hi.", "Hi.", date(2021, 5, 19), "0" * 64, Path("a.txt"))
    >>> cache_key("x", "1", [d]) == cache_key("x", "1", [d]), cache_key("x", "1", [d]) == cache_key("x", "2", [d])
    (True, False)
    """
    payload = {
        "name": name,
        "version": str(version),
        "documents": [
            [d.doc_id, hashlib.sha256(d.text.encode("utf-8")).hexdigest(), d.dct.isoformat()] for d in documents
        ],
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode("utf-8")).hexdigest()


safe_name = safe_file_name
"""``name`` as one file name (see :func:`newsgold.outputs.safe_file_name`: distinct names, distinct files)."""


class PredictionsCache:
    """``<root>/<extractor name>/<key>.jsonl``; ``root`` defaults to the project's ``.newsgold-cache/predictions``."""

    def __init__(self, root: Path | None = None) -> None:
        if root is None:
            from newsgold.project import default_cache_dir

            root = default_cache_dir() / PREDICTIONS_FOLDER
        self.root = Path(root)

    def path_for(self, name: str, key: str) -> Path:
        return self.root / safe_name(name) / f"{key}.jsonl"

    def load(self, name: str, key: str, documents: Sequence[Document]) -> list[SpanDocument] | None:
        """The cached predictions in ``documents``' order, or None on a miss or an unreadable entry."""
        path = self.path_for(name, key)
        if not path.is_file():
            return None
        try:
            by_id = {d.doc_id: d for d in load_documents(path)}
        except UserError as exc:
            log.warning("predictions cache: ignoring unreadable entry (%s); re-running %s", exc, name)
            return None
        if set(by_id) != {d.doc_id for d in documents}:
            log.warning("predictions cache: entry %s does not cover the corpus; re-running %s", path, name)
            return None
        return [by_id[d.doc_id] for d in documents]

    def store(self, name: str, key: str, predictions: Sequence[SpanDocument]) -> Path:
        """Write an entry atomically and return its path."""
        path = self.path_for(name, key)
        write_documents(predictions, path)
        return path
