"""The spans of a loaded file as numpy columns, kept beside its documents so scoring reads them once.

The fast loader (:mod:`newsgold.spandoc`) reads every span's ``start``,
``end`` and ``label`` into arrays to check them; scoring
(:meth:`newsgold.eval.matching.SpanTable.extract`) needs exactly these arrays,
and the unknown-label warning of ``eval score`` the labels that occur.
Reading a Python object per span is the slow part of all three, so the loader
gives each document its spans as a :class:`SpanList`: an ordinary ``list``
that also remembers the file's :class:`SpanColumns` and its document's
position in them, and :func:`gather` and :func:`loaded_labels` answer from
the columns.

The columns are a cache, never the truth. They keep each document's span
list as it was loaded (a list no caller ever sees), and are used only when
every :class:`SpanList` still holds the spans of that list: one C-level
comparison per document, which compares the span objects by identity without
touching them (spans are frozen, so equal spans have equal offsets and
labels). Otherwise the caller reads the spans again. A list that is copied,
pickled, sliced or filtered is a plain list and has no columns.
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
    """Every span of one loaded file, in file order, and its offsets and labels as arrays.

    ``lists`` are the documents' span lists as loaded (what their
    :class:`SpanList` copies are checked against; keeping them also spares the
    loader a pass that would free them), ``first`` the row of each document's
    first span.
    """

    flat: list[Span]
    start: np.ndarray  # int64
    end: np.ndarray  # int64
    label: np.ndarray  # int32, index into labels
    labels: list[str]
    lists: list[list[Span]]
    first: np.ndarray  # int64, one per entry of lists


class SpanList(list):  # type: ignore[type-arg]
    """A document's spans (a plain ``list`` to every reader) that remembers its place in the file's columns.

    Copies, pickles and slices are plain lists (``__reduce__``): the columns
    travel only with the list the loader made.
    """

    __slots__ = ("columns", "index")  # set by attach(); no __init__ of its own: list's C one is 2x faster

    columns: SpanColumns
    index: int  # the document's position in columns.lists

    def __reduce__(self) -> tuple[Any, ...]:
        return (list, (list(self),))


_COLUMNS = attrgetter("columns")
_INDEX = attrgetter("index")


def attach(columns: SpanColumns) -> list[SpanList]:
    """Each document's span list (``columns.lists``) as a :class:`SpanList` pointing into ``columns``."""
    lists = list(map(SpanList, columns.lists))
    for index, spans in enumerate(lists):
        spans.columns, spans.index = columns, index
    return lists


def _rows(per_doc: Sequence[Sequence[Span]]) -> tuple[list[SpanColumns], np.ndarray, np.ndarray | None] | None:
    """``(stores, store_of_row, row)`` of the spans of ``per_doc`` laid end to end, or ``None``.

    ``stores`` are the distinct columns the lists point into; span ``k`` of
    the concatenation is row ``row[k]`` of ``stores[store_of_row[k]]``;
    ``row`` is ``None`` when ``per_doc`` is every document of one file in
    file order (every row, in order: nothing to gather). ``None`` when a list
    has no columns or no longer holds the spans it was loaded with (module
    docstring).
    """
    if not per_doc:
        return None
    try:
        stores = list(map(_COLUMNS, per_doc))
        index = list(map(_INDEX, per_doc))
    except AttributeError:  # a plain list
        return None
    per_doc = per_doc if isinstance(per_doc, list) else list(per_doc)
    first = stores[0]
    if stores.count(first) == len(stores):  # one file (the usual case)
        if list(map(first.lists.__getitem__, index)) != per_doc:  # compares the spans by identity, per document
            return None
        if index == list(range(len(first.lists))):
            return [first], np.zeros(0, dtype=np.int64), None
        distinct, which = [first], np.zeros(len(per_doc), dtype=np.int64)
        doc_first = first.first[np.asarray(index, dtype=np.int64)]
    else:  # a folder of files
        if [s.lists[i] for s, i in zip(stores, index, strict=True)] != per_doc:
            return None
        distinct = list({id(s): s for s in stores}.values())
        number = {id(s): k for k, s in enumerate(distinct)}
        which = np.fromiter((number[id(s)] for s in stores), dtype=np.int64, count=len(stores))
        base = np.cumsum([0] + [len(s.first) for s in distinct[:-1]])
        doc_first = np.concatenate([s.first for s in distinct])[base[which] + np.asarray(index, dtype=np.int64)]
    counts = np.fromiter(map(len, per_doc), dtype=np.int64, count=len(per_doc))
    n = int(counts.sum())
    row = np.arange(n, dtype=np.int64) + np.repeat(doc_first - (np.cumsum(counts) - counts), counts)
    return distinct, np.repeat(which, counts), row


def gather(
    per_doc: Sequence[Sequence[Span]],
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str], list[Span]] | None:
    """``(start, end, label, labels, flat)`` of the spans of ``per_doc`` laid end to end, from the loaded columns.

    ``label`` indexes ``labels``; ``flat`` is the spans themselves in that
    order (the file's own list when ``per_doc`` is every document of one file
    in file order: nothing to build). ``None`` when a list has no columns or
    no longer holds the spans it was loaded with: then read the spans.
    """
    found = _rows(per_doc)
    if found is None:
        return None
    stores, store_of_row, row = found
    if row is None:
        s = stores[0]
        return s.start, s.end, s.label, s.labels, s.flat  # every document, in file order
    if len(stores) == 1:
        s = stores[0]
        return s.start[row], s.end[row], s.label[row], s.labels, list(map(s.flat.__getitem__, row.tolist()))
    names = LabelCodes()
    recode = [np.array([names[lab] for lab in s.labels] or [0], dtype=np.int32) for s in stores]
    start = np.empty(len(row), dtype=np.int64)
    end = np.empty(len(row), dtype=np.int64)
    label = np.empty(len(row), dtype=np.int32)
    for k, s in enumerate(stores):
        mine = store_of_row == k
        start[mine], end[mine] = s.start[row[mine]], s.end[row[mine]]
        label[mine] = recode[k][s.label[row[mine]]]
    flat = [stores[k].flat[r] for k, r in zip(store_of_row.tolist(), row.tolist(), strict=True)]
    return start, end, label, list(names), flat


def loaded_labels(per_doc: Sequence[Sequence[Span]]) -> set[str] | None:
    """The labels that occur among the spans of ``per_doc``, from the loaded columns; ``None``: read the spans."""
    found = _rows(per_doc)
    if found is None:
        return None
    stores, store_of_row, row = found
    out: set[str] = set()
    for k, s in enumerate(stores):
        codes = s.label if row is None else s.label[row[store_of_row == k]] if len(stores) > 1 else s.label[row]
        present = np.bincount(codes, minlength=len(s.labels)) > 0
        out.update(lab for lab, seen in zip(s.labels, present.tolist(), strict=True) if seen)
    return out
