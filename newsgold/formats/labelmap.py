"""Label maps: renaming predicted labels into the gold set's labels before matching.

``--label-map PER=PERSON,WORK_OF_ART=MISC`` or ``--label-map FILE`` (a TOML
or JSON object ``{"PER": "PERSON"}``; in TOML a ``[labels]`` table may hold
it). ``--drop-unmapped`` drops spans whose label is neither a key nor a value
of the map. Relations whose ends were dropped are dropped with them.
:func:`unknown_label_warning` is the one line that names predicted labels the
gold set never uses (spaCy's ``CARDINAL``, ``WORK_OF_ART``...), with counts.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from itertools import chain
from operator import attrgetter
from collections.abc import Iterable
from pathlib import Path

from newsgold.errors import UserError
from newsgold.input_files import read_input_bytes
from newsgold.spandoc import Span, SpanDocument


def parse_label_map(value: str) -> dict[str, str]:
    """``"A=B,C=D"`` or the path of a TOML/JSON mapping file -> ``{"A": "B", "C": "D"}``.

    >>> parse_label_map("PER=PERSON, LOC=GPE")
    {'PER': 'PERSON', 'LOC': 'GPE'}
    """
    path = Path(value)
    if "=" not in value or path.is_file():
        return _from_file(path)
    out: dict[str, str] = {}
    for part in value.split(","):
        if not part.strip():
            continue
        src, sep, dst = part.partition("=")
        if not sep or not src.strip() or not dst.strip():
            raise UserError(f"--label-map {value!r}: expected A=B[,C=D...] or a TOML/JSON file, e.g. PER=PERSON")
        if src.strip() in out:
            raise UserError(f"--label-map {value!r}: {src.strip()!r} is mapped twice")
        out[src.strip()] = dst.strip()
    return out


def _from_file(path: Path) -> dict[str, str]:
    if not path.exists():
        raise UserError(f"--label-map {path}: no such file (or write A=B,C=D)")
    raw = read_input_bytes(path, "--label-map")
    import tomllib  # imported when a map file is read (~3 ms of every `eval score` start-up otherwise)

    try:
        data = json.loads(raw) if path.suffix.lower() == ".json" else tomllib.loads(raw.decode("utf-8"))
    except RecursionError:
        raise UserError(f"--label-map {path}: nested too deeply") from None
    except (ValueError, UnicodeDecodeError) as exc:
        kind = "JSON" if path.suffix.lower() == ".json" else "TOML"
        raise UserError(f"--label-map {path}: not valid {kind} ({str(exc).splitlines()[0]})") from None
    if isinstance(data, dict) and isinstance(data.get("labels"), dict) and len(data) == 1:
        data = data["labels"]
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) and k and v for k, v in data.items()):
        raise UserError(f"--label-map {path}: expected a mapping of label names to label names, e.g. PER = \"PERSON\"")
    return dict(data)


def apply_label_map(
    docs: Iterable[SpanDocument], mapping: dict[str, str], drop_unmapped: bool = False
) -> list[SpanDocument]:
    """Documents with labels renamed (and, with ``drop_unmapped``, unmentioned labels dropped)."""
    keep = set(mapping) | set(mapping.values())
    out: list[SpanDocument] = []
    for doc in docs:
        spans = [
            Span(s.id, s.start, s.end, mapping.get(s.label, s.label), s.value, s.text)
            for s in doc.spans
            if not drop_unmapped or s.label in keep
        ]
        ids = {s.id for s in spans}
        relations = [r for r in doc.relations if r.from_id in ids and r.to_id in ids]
        out.append(SpanDocument(doc.doc_id, spans, relations, doc.text, doc.text_sha256))
    return out


_LABEL = attrgetter("label")
_SPANS = attrgetter("spans")


def _labels(docs: list[SpanDocument]) -> set[str]:
    """The labels used by the spans of ``docs``.

    From the loader's columns when the documents come from it unchanged
    (:func:`newsgold.spancolumns.loaded_labels`: no span is read, ~0.07 s
    per million spans saved), else read from the spans in C-level passes.
    """
    per_doc = list(map(_SPANS, docs))
    columns = sys.modules.get("newsgold.spancolumns")  # not loaded: no list can carry columns (and no numpy import)
    found = columns.loaded_labels(per_doc) if columns is not None else None
    return found if found is not None else set(map(_LABEL, chain.from_iterable(per_doc)))


def unknown_label_warning(gold: Iterable[SpanDocument], pred: Iterable[SpanDocument], what: str = "predictions") -> str | None:
    """One line naming predicted labels that never occur in gold, with counts and the fix; None if none."""
    # This runs on every span of both sides of `eval score`: label sets from the loaded columns or C-level passes.
    gold_labels = _labels(list(gold))
    pred = list(pred)
    if _labels(pred) <= gold_labels:
        return None  # the usual case: no counting needed
    counts = Counter(lab for lab in map(_LABEL, chain.from_iterable(map(_SPANS, pred))) if lab not in gold_labels)
    if not counts:
        return None
    listed = ", ".join(f"{lab} ({n})" for lab, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])))
    return (
        f"{what}: label(s) never used in the gold set: {listed}; they can only count as spurious. "
        "Map them (--label-map PRED=GOLD), drop them (--drop-unmapped) or restrict the scored labels (--labels)"
    )
