"""Reading a corpus: a folder of UTF-8 ``.txt`` articles and an optional manifest.

Texts are read as bytes and decoded strictly, with no newline or whitespace
normalisation: every offset in newsgold points into exactly these strings
(a ``\\r\\n`` stays two characters, a non-breaking space stays U+00A0).

The optional ``manifest.jsonl`` in the folder has one row per file::

    {"file": "a.txt", "doc_id": "a", "title": "...", "dct": "2021-05-21",
     "sha256": "<hex sha256 of the file's bytes>"}

``doc_id`` defaults to the file's stem, ``title`` to the first non-blank line,
``dct`` (document creation date, which relative dates resolve against) to the
date the article states in its dateline or byline (:mod:`newsgold.datelines`),
and only without one to the file's modification date with a warning, since a
wrong ``dct`` silently shifts every "Monday" in the text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from newsgold.datelines import infer_dct
from newsgold.errors import InputFormatError, UserError
from newsgold.input_files import MAX_ARTICLE_BYTES, read_input_bytes
from newsgold.jsonl import iter_jsonl
from newsgold.project import default_corpus_dir

log = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.jsonl"


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its stable id, unmodified text and metadata."""

    doc_id: str
    text: str
    title: str
    dct: dt.date
    sha256: str
    path: Path


def _read_manifest(folder: Path) -> dict[str, dict[str, object]]:
    manifest = folder / MANIFEST_NAME
    if not manifest.exists():
        return {}
    rows: dict[str, dict[str, object]] = {}
    for where, row in iter_jsonl(manifest):
        if not isinstance(row, dict) or not isinstance(row.get("file"), str):
            raise InputFormatError(f"{where}: each row needs a 'file' name")
        rows[row["file"]] = row | {"_where": where}
    return rows


def _parse_dct(value: object, where: str) -> dt.date:
    if not isinstance(value, str):
        raise InputFormatError(f"{where}: 'dct' must be an ISO date string like 2021-05-19")
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise InputFormatError(f"{where}: 'dct' {value!r} is not an ISO date like 2021-05-19") from None


MIN_DCT, MAX_DCT = dt.date(2, 1, 1), dt.date(9998, 12, 31)
"""The dcts an article may have: relative dates ("Monday", "last year") are resolved by date arithmetic
around the dct, which a date in the first or last year of Python's calendar (1 to 9999) overflows."""


def _usable_dct(dct: dt.date, where: str, source: str) -> dt.date:
    if not MIN_DCT <= dct <= MAX_DCT:
        raise InputFormatError(f"{where}: {source} {dct.isoformat()} is outside the dates newsgold resolves "
                               f"relative dates around ({MIN_DCT.isoformat()} to {MAX_DCT.isoformat()}); "
                               "give the article's real date as 'dct' in the manifest")  # fmt: skip
    return dct


def _check_manifest_covers(root: Path, manifest: dict[str, dict[str, object]], files: list[Path]) -> None:
    """A manifest row without its file is an error (a deleted article would silently leave the scores);
    a file the manifest does not list is a warning (it gets the default doc_id, title and dct)."""
    if not manifest:
        return
    names = {p.name for p in files}
    missing = sorted(name for name in manifest if name not in names)
    if missing:
        shown = ", ".join(repr(m[:80]) for m in missing[:3]) + (", ..." if len(missing) > 3 else "")
        where = manifest[missing[0]]["_where"]
        raise InputFormatError(
            f"{where}: the manifest lists {len(missing)} file(s) missing from {root}: {shown}; "
            "restore them or remove their rows"
        )
    extra = sorted(names - set(manifest))
    if extra:
        shown = ", ".join(extra[:3]) + (", ..." if len(extra) > 3 else "")
        log.warning("%s: %d .txt file(s) not in %s: %s", root, len(extra), MANIFEST_NAME, shown)


def _file_date(path: Path) -> dt.date:
    """The file's modification date (UTC): the last resort for a dct (a time past year 9999 gives date.max)."""
    mtime = path.stat().st_mtime
    try:
        return dt.datetime.fromtimestamp(mtime, tz=dt.UTC).date()
    except (OverflowError, ValueError, OSError):  # a modification time Python's calendar cannot hold
        return dt.date.max if mtime > 0 else dt.date.min


def load_corpus(folder: str | os.PathLike[str] | None = None) -> list[Document]:
    """Read every ``*.txt`` in ``folder`` (default: the project's ``corpus/``), sorted by name.

    Raises :class:`UserError` for a missing folder, an empty one, a file that
    is not UTF-8, a manifest hash that does not match, or two files with the
    same ``doc_id``.
    """
    root = Path(folder) if folder is not None else default_corpus_dir()
    if not root.is_dir():
        raise UserError(f"{root}: corpus folder not found (pass --corpus DIR, a folder of .txt files)")
    manifest = _read_manifest(root)
    files = sorted(p for p in root.glob("*.txt") if p.is_file())
    if not files:
        raise UserError(f"{root}: corpus folder holds no .txt file")
    _check_manifest_covers(root, manifest, files)
    docs: list[Document] = []
    seen: dict[str, Path] = {}
    for path in files:
        raw = read_input_bytes(path, "corpus file", MAX_ARTICLE_BYTES)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputFormatError(f"{path}: not valid UTF-8 (byte {exc.start})") from None
        if text.startswith("\ufeff"):
            raise InputFormatError(f"{path}: starts with a byte-order mark; remove it so offsets are unambiguous")
        sha = hashlib.sha256(raw).hexdigest()
        row = manifest.get(path.name, {})
        where = str(row.get("_where", path))
        if "sha256" in row and row["sha256"] != sha:
            raise InputFormatError(f"{where}: sha256 does not match {path.name}; the text changed since the manifest")
        doc_id = row.get("doc_id", path.stem)
        if not isinstance(doc_id, str) or not doc_id:
            raise InputFormatError(f"{where}: 'doc_id' must be a non-empty string")
        if doc_id in seen:
            raise UserError(f"{path}: doc_id {doc_id!r} is also used by {seen[doc_id]}")
        seen[doc_id] = path
        if "dct" in row:
            dct = _parse_dct(row["dct"], where)
        elif (stated := infer_dct(text)) is not None:
            dct = stated
            log.info("%s: no 'dct' in a manifest; using the article's dateline %s", path.name, dct.isoformat())
        elif (guessed := infer_dct(text, not_after=_file_date(path))) is not None:
            dct = guessed
            log.warning(
                "%s: no 'dct' in a manifest and a dateline without a year; using %s (its year inferred)",
                path.name,
                dct.isoformat(),
            )
        else:
            dct = _file_date(path)
            log.warning(
                "%s: no 'dct' in a manifest and no dateline in the text; using the file's date %s",
                path.name,
                dct.isoformat(),
            )
        _usable_dct(dct, where, "'dct'" if "dct" in row else "the inferred dct")
        title = row.get("title")
        if not isinstance(title, str):
            title = next((ln.strip() for ln in text.splitlines() if ln.strip()), path.stem)
        docs.append(Document(doc_id, text, title, dct, sha, path))
    return docs


def texts_by_id(docs: list[Document]) -> dict[str, str]:
    """``{doc_id: text}`` for attaching texts to span documents that lack them."""
    return {d.doc_id: d.text for d in docs}
