"""Ways to read a span file's offsets and labels into columns, timed by :mod:`benchmarks.bench_loaders`.

Issue 12 item 5 asks whether a loader that parses the spans of a JSONL file
straight into columns, without a Python object per span, beats newsgold's
loader (msgspec structs checked vectorised, :mod:`newsgold.spandoc`). Each
candidate here is a function ``file -> Columns`` and is made by a
``prepare_*`` function that does its imports, so the two costs are timed apart
(a whole process pays both). They are measurements, not loaders: only
``newsgold`` checks every rule; the others are *lower bounds* of what a
checked column loader built on them would cost, and a smoke test checks that
they read the same columns as newsgold from the same file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

Loader = Callable[[Path], "Columns"]


@dataclass(frozen=True)
class Columns:
    """Every span of a file in file order: offsets, and each span's label as an index into ``labels``."""

    start: np.ndarray
    end: np.ndarray
    label: np.ndarray
    labels: list[str]

    def label_strings(self) -> list[str]:
        """Each span's label (for comparing candidates whose label codes differ)."""
        return [self.labels[i] for i in self.label.tolist()]


def prepare_newsgold() -> Loader:
    """newsgold's own loader: structs, every check, the columns it keeps (:mod:`newsgold.spancolumns`)."""
    from newsgold.spancolumns import SpanList
    from newsgold.spandoc import load_documents

    def load(file: Path) -> Columns:
        docs = load_documents(file)
        first = docs[0].spans if docs else None
        if not isinstance(first, SpanList):
            raise RuntimeError(f"{file}: loaded by the reference path, not the fast one")
        c = first.columns
        return Columns(c.start, c.end, c.label, c.labels)

    return load


def prepare_msgspec_structs() -> Loader:
    """msgspec's decode into newsgold's structs and nothing else: the floor of a design with one object per span."""
    import gc

    from newsgold.spandoc import _DECODER

    def load(file: Path) -> Columns:
        gc.disable()  # as the loader does (newsgold.gc_pause)
        _DECODER.decode_lines(file.read_bytes())
        return Columns(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int32), [])

    return load


def prepare_pyarrow() -> Loader:
    """pyarrow's JSON reader (C++, into Arrow columns), then the span fields as numpy arrays."""
    import pyarrow.json as pj

    def load(file: Path) -> Columns:
        spans = pj.read_json(file).column("spans").combine_chunks().flatten()
        labels = spans.field("label").dictionary_encode()
        return Columns(spans.field("start").to_numpy(), spans.field("end").to_numpy(),
                       labels.indices.to_numpy(), labels.dictionary.to_pylist())  # fmt: skip

    return load


def prepare_polars() -> Loader:
    """polars' NDJSON reader (Rust, into Arrow columns), spans exploded into rows."""
    import polars as pl

    def load(file: Path) -> Columns:
        rows = pl.read_ndjson(file).select(pl.col("spans")).explode("spans").unnest("spans")
        names = rows["label"].unique(maintain_order=True).to_list()
        label = rows["label"].cast(pl.Enum(names)).to_physical().to_numpy()
        return Columns(rows["start"].to_numpy(), rows["end"].to_numpy(), label, names)

    return load


_SPAN = rb'\{"id": "[^"\\\n]+", "start": (0|[1-9][0-9]{0,15}), "end": (0|[1-9][0-9]{0,15}), "label": "([^"\\\n]+)"\}'


def prepare_re_finditer() -> Loader:
    """``re.finditer`` over the bytes for spans in the shape ``json.dumps`` writes (no proof of the shape)."""
    import re
    from operator import methodcaller

    pattern = re.compile(_SPAN)

    def load(file: Path) -> Columns:
        data = file.read_bytes()
        matches = list(pattern.finditer(data))  # one match object per span
        n = len(matches)
        start = np.fromiter(map(int, map(methodcaller("group", 1), matches)), np.int64, n)
        end = np.fromiter(map(int, map(methodcaller("group", 2), matches)), np.int64, n)
        codes: dict[bytes, int] = {}
        label = np.fromiter((codes.setdefault(m.group(3), len(codes)) for m in matches), np.int32, n)
        return Columns(start, end, label, [b.decode() for b in codes])

    return load


def prepare_re_fullmatch() -> Loader:
    """Only the proof that a whole file has the shape ``json.dumps`` writes, one ``re.fullmatch`` (no columns)."""
    import re

    span = rb'\{"id": "[^"\\\n]+", "start": (?:0|[1-9][0-9]{0,15}), "end": (?:0|[1-9][0-9]{0,15}), "label": "[^"\\\n]+"\}'
    line = re.compile(rb'(?:\{"doc_id": "[^"\\\n]+", "spans": \[(?:' + span + rb'(?:, ' + span
                      + rb')*)?\], "relations": \[\]\}\n)*')  # fmt: skip

    def load(file: Path) -> Columns:
        if line.fullmatch(file.read_bytes()) is None:
            raise RuntimeError(f"{file}: not in the canonical shape")
        return Columns(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int32), [])

    return load


def prepare_numpy_bytes() -> Loader:
    """msgspec keeps each document's ``spans`` as raw bytes (one object per document); numpy reads the columns."""
    import gc

    from benchmarks.bytes_columns import RAW_DECODER, columns_from_span_arrays

    def load(file: Path) -> Columns:
        gc.disable()
        docs = RAW_DECODER.decode_lines(file.read_bytes())
        found = columns_from_span_arrays([bytes(d.spans) for d in docs])
        if found is None:
            raise RuntimeError(f"{file}: not in the canonical shape")
        return Columns(*found)

    return load


CANDIDATES: dict[str, Callable[[], Loader]] = {
    "newsgold": prepare_newsgold,
    "msgspec-structs": prepare_msgspec_structs,
    "numpy-bytes": prepare_numpy_bytes,
    "re-finditer": prepare_re_finditer,
    "re-fullmatch": prepare_re_fullmatch,
    "pyarrow": prepare_pyarrow,
    "polars": prepare_polars,
}
"""Name -> ``prepare`` function; ``prepare`` raises ImportError when its library is not installed."""


def available() -> dict[str, Any]:
    """The candidates whose libraries import here (pyarrow and polars are not dependencies of newsgold)."""
    import importlib.util

    missing = {"pyarrow": "pyarrow", "polars": "polars"}
    return {name: prep for name, prep in CANDIDATES.items()
            if name not in missing or importlib.util.find_spec(missing[name]) is not None}  # fmt: skip
