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

import importlib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from newsgold.errors import InputFormatError, UserError
from newsgold.formats import names
from newsgold.formats.base import FormatError, ReadOptions, ReadResult, Reader, Writer


@dataclass(frozen=True)
class Format:
    """A format and the module (under ``newsgold.formats``) whose ``read`` and ``write`` implement it.

    The module is imported when the format is first read or written, not
    when the registry is: a command that reads span JSONL does not import
    the other readers (:mod:`newsgold.formats.names`).
    """

    name: str
    module: str
    description: str
    writes_folder: bool = False

    def _implementation(self) -> ModuleType:
        return importlib.import_module(f"newsgold.formats.{self.module}")

    @property
    def read(self) -> Reader:
        reader: Reader = self._implementation().read
        return reader

    @property
    def write(self) -> Writer | None:
        writer: Writer | None = getattr(self._implementation(), "write", None)
        return writer


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(names.SPAN_JSONL, "span_jsonl", "newsgold span documents (JSONL)"),
        Format(names.LABEL_STUDIO, "label_studio", "Label Studio export (JSON, JSON_MIN); writes tasks with predictions"),
        Format(names.SPACY, "spacy_docbin", "spaCy DocBin (.spacy)"),
        Format(names.CONLL, "conll", "CoNLL / BIO tokens, tag in the last column; writes IOB2"),
        Format(names.BRAT, "brat", "BRAT standoff (folder of .txt + .ann)", writes_folder=True),
        Format(names.DOCCANO, "doccano", "doccano JSONL (entities/relations or label triples)"),
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
    from newsgold.formats.doccano import looks_like

    return [names.DOCCANO] if looks_like(_first_json_row(path)) else [names.SPAN_JSONL]


def candidates(path: Path) -> list[str]:
    """Formats to try for ``path``, most likely first (all of them when nothing hints)."""
    if path.is_dir():
        suffixes = {p.suffix.lower() for p in path.iterdir() if p.is_file()}
        if ".ann" in suffixes:
            return [names.BRAT]
        if suffixes & set(names.SPACY_SUFFIXES):
            return [names.SPACY]
        if ".jsonl" in suffixes:
            first = sorted(p for p in path.iterdir() if p.suffix.lower() == ".jsonl")[0]
            return _jsonl_kind(first)
        if suffixes & set(names.CONLL_SUFFIXES) - {".txt"}:
            return [names.CONLL]
        return list(FORMAT_NAMES)
    suffix = path.suffix.lower()
    if suffix in names.SPACY_SUFFIXES:
        return [names.SPACY]
    if suffix == ".ann" or (suffix == ".txt" and path.with_suffix(".ann").exists()):
        return [names.BRAT]
    if suffix in set(names.CONLL_SUFFIXES) - {".txt"}:
        return [names.CONLL]
    if suffix == ".json":
        return [names.LABEL_STUDIO, names.DOCCANO]
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
    if suffix in names.SPACY_SUFFIXES:
        return names.SPACY
    if suffix in set(names.CONLL_SUFFIXES) - {".txt"}:
        return names.CONLL
    if suffix == ".json":
        return names.LABEL_STUDIO
    if suffix == ".jsonl":
        return names.SPAN_JSONL
    if suffix == "":
        return names.BRAT
    raise UserError(f"{path}: cannot tell the output format from the extension; pass --to ({', '.join(FORMAT_NAMES)})")


def write_documents(docs: list, path: str | Path, fmt: str) -> list[str]:
    """Write ``docs`` to ``path`` in ``fmt``; returns warnings about what the format could not hold."""
    if fmt not in FORMATS:
        raise UserError(f"unknown format {fmt!r}; formats are {', '.join(FORMAT_NAMES)}")
    writer = FORMATS[fmt].write
    assert writer is not None
    return writer(docs, Path(path))


__all__ = ["FORMATS", "FORMAT_NAMES", "FormatError", "UnknownFormat", "candidates", "read_documents", "write_documents"]
