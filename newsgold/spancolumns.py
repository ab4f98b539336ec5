"""The spans of a loaded file as numpy columns, kept beside its documents so scoring reads them once.

The fast loader (:mod:`newsgold.spandoc`) reads every span's ``start``,
``end`` and ``label`` into arrays to check them; scoring
(:meth:`newsgold.eval.matching.SpanTable.extract`) needs exactly these arrays.
Reading a Python object per span is the slow part of both, so the loader gives
each document its spans as a :class:`SpanList`: an ordinary ``list`` that also
remembers the file's :class:`SpanColumns` and where the document's spans begin
in them, and :func:`gather` hands the columns to scoring.

The columns are a cache, never the truth. :func:`gather` uses them only when
every list still holds spans equal to those it was loaded with (one C-level
list comparison; spans are frozen, so equal spans have equal offsets and
labels), otherwise it returns ``None`` and the caller reads the spans again. A
list that is copied, pickled, sliced or filtered is a plain list and has no
columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from newsgold.spandoc import Span


class LabelCodes(dict[str, int]):
    """Label -> code, assigning the next code to a label seen for the first time.

    Lets a label column be read in one C-level ``map`` pass
    (``map(codes.__getitem__, labels)``).
    """

    def __missing__(self, key: str) -> int:
        code = self[key] = len(self)
        return code


@dataclass(frozen=True, eq=False)
class SpanColumns:
    """Every span of one loaded file, in file order, and its offsets and labels as arrays."""

    flat: list[Span]
    start: np.ndarray  # int64
    end: np.ndarray  # int64
    label: np.ndarray  # int32, index into labels
    labels: list[str]


class SpanList(list):  # type: ignore[type-arg]
    """A document's spans (a plain ``list`` to every reader) that remembers its rows in the file's columns.

    Copies, pickles and slices are plain lists (``__reduce__``): the columns
    travel only with the list the loader made.
    """

    __slots__ = ("columns", "offset")  # set by attach(); no __init__ of its own: list's C one is 2x faster

    columns: SpanColumns
    offset: int

    def __reduce__(self) -> tuple[Any, ...]:
        return (list, (list(self),))


_COLUMNS = attrgetter("columns")
_OFFSET = attrgetter("offset")


def attach(per_doc: Sequence[list[Span]], columns: SpanColumns) -> list[SpanList]:
    """Each document's span list as a :class:`SpanList` pointing into ``columns`` (in file order)."""
    lists = list(map(SpanList, per_doc))
    offset = 0
    for spans in lists:
        spans.columns, spans.offset = columns, offset
        offset += len(spans)
    return lists


def _combined(stores: list[SpanColumns]) -> tuple[SpanColumns, dict[int, int]]:
    """Several files' columns as one (labels unified), and each file's first row in it."""
    if len(stores) == 1:
        return stores[0], {id(stores[0]): 0}
    names = LabelCodes()
    base: dict[int, int] = {}
    row = 0
    labels = []
    for s in stores:
        base[id(s)] = row
        row += len(s.flat)
        labels.append(np.array([names[lab] for lab in s.labels] or [0], dtype=np.int32)[s.label])
    flat = [span for s in stores for span in s.flat]
    cat = np.concatenate
    combined = SpanColumns(flat, cat([s.start for s in stores]), cat([s.end for s in stores]), cat(labels), list(names))
    return combined, base


def gather(
    per_doc: Sequence[Sequence[Span]], flat: list[Span]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]] | None:
    """``(start, end, label, labels)`` of the spans of ``per_doc`` laid end to end, from the loaded columns.

    ``flat`` is that concatenation (the caller has it). ``label`` indexes
    ``labels``. ``None`` when a list has no columns or no longer holds the
    spans it was loaded with: then read the spans themselves.
    """
    if not per_doc:
        return None
    try:
        stores = list(map(_COLUMNS, per_doc))
        offsets = np.fromiter(map(_OFFSET, per_doc), dtype=np.int64, count=len(per_doc))
    except AttributeError:  # a plain list
        return None
    first = stores[0]
    distinct = [first] if stores.count(first) == len(stores) else list({id(s): s for s in stores}.values())
    columns, base = _combined(distinct)
    if len(distinct) > 1:
        offsets += np.fromiter((base[id(s)] for s in stores), dtype=np.int64, count=len(stores))
    counts = np.fromiter(map(len, per_doc), dtype=np.int64, count=len(per_doc))
    n = int(counts.sum())
    src = np.arange(n, dtype=np.int64) + np.repeat(offsets - (np.cumsum(counts) - counts), counts)
    if n and (int(src.min()) < 0 or int(src.max()) >= len(columns.flat)):
        return None
    if n == len(columns.flat) and np.array_equal(src, np.arange(n)):
        loaded: list[Span] = columns.flat  # every document, in file order: no gather
    else:
        loaded = list(map(columns.flat.__getitem__, src.tolist()))
    if flat != loaded:  # identical objects compare in C without a call; equal spans have equal columns
        return None
    return columns.start[src], columns.end[src], columns.label[src], columns.labels
