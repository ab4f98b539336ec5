"""Reading and writing the formats users already have: Label Studio exports, spaCy DocBin,
CoNLL/BIO, BRAT standoff, doccano JSONL, and newsgold's own span JSONL.

Every reader returns :class:`~newsgold.spandoc.SpanDocument` objects whose
offsets have been checked against their text; :mod:`newsgold.formats.registry`
detects a file's format; :mod:`newsgold.formats.pairing` pairs gold and
predicted documents; :mod:`newsgold.formats.labelmap` renames labels.
See ``docs/formats.md``.
"""

from newsgold.formats.base import ReadOptions, ReadResult
from newsgold.formats.registry import FORMAT_NAMES, FORMATS, read_documents, write_documents

__all__ = ["FORMATS", "FORMAT_NAMES", "ReadOptions", "ReadResult", "read_documents", "write_documents"]
