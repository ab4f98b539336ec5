"""BRAT standoff: a folder of ``NAME.txt`` (the text) and ``NAME.ann`` (the annotations).

Read from the ``.ann`` file (tab-separated, one annotation per line):

* ``T1<TAB>PERSON 0 5<TAB>Biden``: a span, code-point offsets into the
  ``.txt`` read byte for byte (no newline translation, so CRLF counts two
  characters, as BRAT counts them). The text after the second tab must equal
  the slice (line breaks inside it may appear as spaces, as BRAT writes them).
* A **discontinuous** span ``T2<TAB>LOC 0 5;10 15<TAB>...`` is refused, naming
  the line, unless ``--discontinuous hull`` keeps it as the one span from its
  first start to its last end (the hull, which also covers the gap).
* ``R1<TAB>said_by Arg1:T3 Arg2:T1``: a relation from Arg1 to Arg2.
* A span's ``value``: ``#1<TAB>AnnotatorNotes T1<TAB>2021-05-19``, or an
  attribute named ``value`` (any case): ``A1<TAB>Value T1 2021-05-19``.
  Other lines (events, normalisations, other attributes) are ignored and
  counted in a warning.

The document id is the file name without ``.txt``/``.ann``. The writer
writes the text byte for byte, ``T``/``R`` lines and the values as
``AnnotatorNotes``; span ids become ``T1``, ``T2``, ... as BRAT requires.
"""

from __future__ import annotations

import re
from pathlib import Path

from newsgold.atomic import atomic_write_bytes, atomic_write_text
from newsgold.formats.base import FormatError, LossyWrite, ReadOptions, ReadResult, checked_document, not_utf8, read_text_file
from newsgold.jsonl import excerpt
from newsgold.spandoc import Relation, Span, SpanDocument

from newsgold.formats.names import BRAT as NAME
_FRAGMENT = re.compile(r"^(\d+) (\d+)$")


def _same(covered: str, written: str) -> bool:
    return covered == written or re.sub(r"\r\n|[\r\n]", " ", covered) == written


def _ann_pairs(path: Path) -> list[tuple[Path, Path]]:
    if path.is_dir():
        anns = sorted(p for p in path.iterdir() if p.suffix == ".ann" and p.is_file())
        if not anns:
            raise FormatError(f"{path}: folder holds no *.ann file")
    elif path.suffix == ".ann":
        anns = [path]
    elif path.suffix == ".txt" and path.with_suffix(".ann").exists():
        anns = [path.with_suffix(".ann")]
    else:
        raise FormatError(f"{path}: not a BRAT .ann file or a folder of .txt + .ann")
    out = []
    for ann in anns:
        txt = ann.with_suffix(".txt")
        if not txt.is_file():
            raise FormatError(f"{ann}: its text {txt.name} is missing")
        out.append((txt, ann))
    return out


def _read_one(txt: Path, ann: Path, options: ReadOptions, warnings: list[str]) -> SpanDocument:
    text = read_text_file(txt)
    spans: dict[str, Span] = {}
    values: dict[str, str] = {}
    relations: list[Relation] = []
    ignored = 0
    raw_relations: list[tuple[str, str, str, str]] = []
    for lineno, line in enumerate(read_text_file(ann).splitlines(), start=1):
        where = f"{ann}:{lineno}"
        if not line.strip():
            continue
        parts = line.split("\t")
        ident = parts[0]
        if ident.startswith("T"):
            if len(parts) < 3:
                raise FormatError(f"{where}: a T line needs ID<TAB>LABEL START END<TAB>TEXT")
            label, _, frag_text = parts[1].partition(" ")
            frags = []
            for frag in frag_text.split(";"):
                m = _FRAGMENT.match(frag.strip())
                if not m:
                    raise FormatError(f"{where}: {frag!r} is not 'START END'")
                frags.append((int(m.group(1)), int(m.group(2))))
            if len(frags) > 1 and options.discontinuous != "hull":
                raise FormatError(
                    f"{where}: {ident} is discontinuous ({frag_text}); newsgold spans are contiguous "
                    "(pass --discontinuous hull to keep it as one span from its first start to its last end)"
                )
            start, end = frags[0][0], frags[-1][1]
            if not 0 <= start < end <= len(text):
                raise FormatError(f"{where}: [{start}, {end}) does not fit the text ({len(text)} characters)")
            written = "\t".join(parts[2:])
            covered = " ".join(text[a:b] for a, b in frags)
            if not _same(covered, written):
                raise FormatError(f"{where}: {ident} [{start}, {end}) covers {covered!r} but the line says {written!r}")
            if ident in spans:
                raise FormatError(f"{where}: {ident} appears twice")
            spans[ident] = Span(ident, start, end, label)
        elif ident.startswith("R"):
            fields = parts[1].split() if len(parts) > 1 else []
            args = dict(f.split(":", 1) for f in fields[1:] if ":" in f)
            if len(fields) != 3 or set(args) != {"Arg1", "Arg2"}:
                raise FormatError(f"{where}: an R line needs ID<TAB>TYPE Arg1:T.. Arg2:T..")
            raw_relations.append((where, fields[0], args["Arg1"], args["Arg2"]))
        elif ident.startswith("#") and len(parts) >= 3 and parts[1].split(" ")[0] == "AnnotatorNotes":
            values[parts[1].split(" ")[1]] = parts[2].strip()
        elif ident.startswith(("A", "M")) and len(parts) >= 2 and len(parts[1].split()) == 3 and parts[1].split()[0].lower() == "value":
            _, target, value = parts[1].split()
            values[target] = value
        else:
            ignored += 1
    for where, rtype, a, b in raw_relations:
        if a not in spans or b not in spans:
            raise FormatError(f"{where}: relation between {a} and {b} names a span that is not a T line")
        relations.append(Relation(a, b, rtype))
    unknown = sorted(set(values) - set(spans))
    if unknown:
        raise FormatError(f"{ann}: values for {', '.join(unknown)}, which are not T lines")
    if ignored:
        warnings.append(f"{ann}: ignored {ignored} line(s) that are not spans, relations or values")
    final = [Span(s.id, s.start, s.end, s.label, values.get(s.id)) for s in spans.values()]
    return checked_document(txt.stem, text, final, relations, where=str(ann))


def read(path: Path, options: ReadOptions) -> ReadResult:
    result = ReadResult(path, NAME, [])
    for txt, ann in _ann_pairs(path):
        result.add(_read_one(txt, ann, options, result.warnings), True, str(ann))
    return result


def _usable_file_name(doc_id: str) -> bool:
    """Whether ``DOC_ID.txt`` names a file in the output folder: no '/', no NUL (the file system takes none), not hidden."""
    return "/" not in doc_id and "\0" not in doc_id and not doc_id.startswith(".")


def write(docs: list[SpanDocument], path: Path) -> list[str]:
    """Write ``DOC_ID.txt`` and ``DOC_ID.ann`` per document into folder ``path``."""
    for doc in docs:  # every document checked before the first file is written
        if doc.text is None:
            raise LossyWrite(f"doc {excerpt(doc.doc_id)}: BRAT needs the text (pass --corpus)")
        if not _usable_file_name(doc.doc_id):
            raise LossyWrite(f"doc {excerpt(doc.doc_id)}: not usable as a BRAT file name")
        bad = not_utf8(doc)
        if bad is not None:
            raise LossyWrite(f"doc {excerpt(doc.doc_id)}: {bad} holds a lone surrogate, which a BRAT (UTF-8) file cannot hold")
    path.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        assert doc.text is not None
        ids = {s.id: f"T{n}" for n, s in enumerate(doc.spans, start=1)}
        lines = []
        for s in doc.spans:
            covered = re.sub(r"\r\n|[\r\n]", " ", doc.text[s.start : s.end])
            lines.append(f"{ids[s.id]}\t{s.label} {s.start} {s.end}\t{covered}")
        for n, r in enumerate(doc.relations, start=1):
            lines.append(f"R{n}\t{r.type} Arg1:{ids[r.from_id]} Arg2:{ids[r.to_id]}")
        notes = [s for s in doc.spans if s.value is not None]
        for n, s in enumerate(notes, start=1):
            if "\n" in s.value or "\r" in s.value:  # type: ignore[operator]
                raise LossyWrite(f"doc {doc.doc_id!r} span {s.id!r}: a BRAT note cannot hold a line break")
            lines.append(f"#{n}\tAnnotatorNotes {ids[s.id]}\t{s.value}")
        atomic_write_bytes(path / f"{doc.doc_id}.txt", doc.text.encode("utf-8"))
        atomic_write_text(path / f"{doc.doc_id}.ann", "".join(line + "\n" for line in lines))
    return []
