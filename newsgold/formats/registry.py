"""Which formats exist, how a file's format is detected, and reading/writing through them.

Detection looks at the extension first and the content second:

* a folder: ``*.ann`` files -> ``brat``; ``*.spacy`` -> ``spacy``; ``*.jsonl``
  -> ``span-jsonl`` or ``doccano`` by the keys of the first row; CoNLL
  suffixes -> ``conll``;
* ``.spacy``/``.docbin`` -> ``spacy``; ``.ann`` -> ``brat``; ``.conll``,
  ``.bio``, ``.iob``... -> ``conll``; ``.json`` -> ``label-studio``, then
  ``doccano``; ``.jsonl`` -> ``doccano`` when the first row has ``text`` and
  ``entities``/``label`` (and no ``spans``), else ``span-jsonl``;
* anything else: every format is tried.

``--gold-format``/``--pred-format``/``--from`` force one format. When no
candidate reads the file, the error names each format tried and why it
failed, one line per format.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsgold.errors import InputFormatError, UserError
from newsgold.formats import brat, conll, doccano, label_studio, span_jsonl, spacy_docbin
from newsgold.formats.base import FormatError, ReadOptions, ReadResult, Reader, Writer


@dataclass(frozen=True)
class Format:
    name: str
    read: Reader
    write: Writer | None
    description: str
    writes_folder: bool = False


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(span_jsonl.NAME, span_jsonl.read, span_jsonl.write, "newsgold span documents (JSONL)"),
        Format(label_studio.NAME, label_studio.read, label_studio.write, "Label Studio export (JSON, JSON_MIN); writes tasks with predictions"),
        Format(spacy_docbin.NAME, spacy_docbin.read, spacy_docbin.write, "spaCy DocBin (.spacy)"),
        Format(conll.NAME, conll.read, conll.write, "CoNLL / BIO tokens, tag in the last column; writes IOB2"),
        Format(brat.NAME, brat.read, brat.write, "BRAT standoff (folder of .txt + .ann)", writes_folder=True),
        Format(doccano.NAME, doccano.read, doccano.write, "doccano JSONL (entities/relations or label triples)"),
    )
}
FORMAT_NAMES = tuple(FORMATS)


class UnknownFormat(UserError):
    """No format could read a file; the message lists each format tried and why it failed."""


def _first_json_row(path: Path) -> object | None:
    """The first non-blank row, read within the JSONL limits (None when there is none or it does not decode)."""
    from newsgold.jsonl import iter_jsonl

    try:
        for _, obj in iter_jsonl(path):
            return obj
    except (OSError, UserError):
        return None
    return None


def _jsonl_kind(path: Path) -> list[str]:
    """doccano when the first row has doccano's keys, else span JSONL (whose loader names the bad line)."""
    return [doccano.NAME] if doccano.looks_like(_first_json_row(path)) else [span_jsonl.NAME]


def candidates(path: Path) -> list[str]:
    """Formats to try for ``path``, most likely first (all of them when nothing hints)."""
    if path.is_dir():
        names = {p.suffix.lower() for p in path.iterdir() if p.is_file()}
        if ".ann" in names:
            return [brat.NAME]
        if names & set(spacy_docbin.SUFFIXES):
            return [spacy_docbin.NAME]
        if ".jsonl" in names:
            first = sorted(p for p in path.iterdir() if p.suffix.lower() == ".jsonl")[0]
            return _jsonl_kind(first)
        if names & set(conll.SUFFIXES) - {".txt"}:
            return [conll.NAME]
        return list(FORMAT_NAMES)
    suffix = path.suffix.lower()
    if suffix in spacy_docbin.SUFFIXES:
        return [spacy_docbin.NAME]
    if suffix == ".ann" or (suffix == ".txt" and path.with_suffix(".ann").exists()):
        return [brat.NAME]
    if suffix in set(conll.SUFFIXES) - {".txt"}:
        return [conll.NAME]
    if suffix == ".json":
        return [label_studio.NAME, doccano.NAME]
    if suffix == ".jsonl":
        return _jsonl_kind(path)
    return list(FORMAT_NAMES)


def read_documents(path: str | Path, fmt: str | None = None, options: ReadOptions | None = None) -> ReadResult:
    """Read ``path`` in format ``fmt`` (detected when None); UserError naming every format tried."""
    path = Path(path)
    options = options or ReadOptions()
    if not path.exists():
        raise UserError(f"{path}: no such file or folder")
    if fmt is not None:
        if fmt not in FORMATS:
            raise UserError(f"unknown format {fmt!r}; formats are {', '.join(FORMAT_NAMES)}")
        return FORMATS[fmt].read(path, options)
    tried = candidates(path)
    if len(tried) == 1:
        try:
            return FORMATS[tried[0]].read(path, options)
        except InputFormatError as exc:  # say which format the file was taken for, and how to choose another
            raise FormatError(f"{exc} (read as {tried[0]}, detected from the name and content; "
                              "--gold-format/--pred-format/--from choose another)") from None  # fmt: skip
    failures: list[str] = []
    for name in tried:
        try:
            return FORMATS[name].read(path, options)
        except UserError as exc:
            first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            failures.append(f"  {name}: {first_line}")
    raise UnknownFormat(
        f"{path}: not readable as any format newsgold knows (force one with --gold-format/--pred-format/--from); "
        "tried:\n" + "\n".join(failures)
    )


def guess_output_format(path: Path) -> str:
    """The format to write ``path`` in, from its extension (a path without one is a BRAT folder)."""
    suffix = path.suffix.lower()
    if suffix in spacy_docbin.SUFFIXES:
        return spacy_docbin.NAME
    if suffix in set(conll.SUFFIXES) - {".txt", ".tsv"} or suffix == ".tsv":
        return conll.NAME
    if suffix == ".json":
        return label_studio.NAME
    if suffix == ".jsonl":
        return span_jsonl.NAME
    if suffix == "":
        return brat.NAME
    raise UserError(f"{path}: cannot tell the output format from the extension; pass --to ({', '.join(FORMAT_NAMES)})")


def write_documents(docs: list, path: str | Path, fmt: str) -> list[str]:
    """Write ``docs`` to ``path`` in ``fmt``; returns warnings about what the format could not hold."""
    if fmt not in FORMATS:
        raise UserError(f"unknown format {fmt!r}; formats are {', '.join(FORMAT_NAMES)}")
    writer = FORMATS[fmt].write
    assert writer is not None
    return writer(docs, Path(path))


__all__ = ["FORMATS", "FORMAT_NAMES", "FormatError", "UnknownFormat", "candidates", "read_documents", "write_documents"]
