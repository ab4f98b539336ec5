"""Span columns read from the raw bytes of each document's ``spans`` array with numpy, no object per span.

The ``numpy-bytes`` candidate of :mod:`benchmarks.column_candidates`: a
prototype of the column path issue 12 item 5 asked to try, kept so that its
figures in docs/performance.md can be measured again. It accepts only spans in
the shape ``json.dumps`` writes them (``{"id": "g0", "start": 35, "end": 40,
"label": "DATE"}``, separators ``", "`` and ``": "``, no escapes) and proves that
shape from the positions of the quote characters and the bytes between them;
anything else gives ``None`` (a loader would fall back). The input arrays must
be valid JSON (msgspec checked them when it kept them raw).
"""

from __future__ import annotations

import msgspec
import numpy as np


class RawDocument(msgspec.Struct, gc=False):
    """A span document whose ``spans`` and ``relations`` msgspec checks as JSON but keeps as bytes."""

    doc_id: str
    spans: msgspec.Raw = msgspec.Raw(b"[]")
    relations: msgspec.Raw = msgspec.Raw(b"[]")
    text: str | None = None
    text_sha256: str | None = None


RAW_DECODER = msgspec.json.Decoder(RawDocument)

QUOTES_PER_SPAN = 12  # "id": "<id>", "start": D, "end": D, "label": "<label>"
MAX_DIGITS = 16  # 2**53, newsgold's largest offset, has 16


def _is(a: np.ndarray, pos: np.ndarray, literal: bytes) -> bool:
    """Whether ``literal`` starts at every position ``pos`` of ``a`` (one gather per byte)."""
    return all(bool((a[pos + k] == b).all()) for k, b in enumerate(literal))


def _integers(a: np.ndarray, first: np.ndarray, stop: np.ndarray) -> np.ndarray | None:
    """The JSON integers written in ``a[first:stop]`` (one per row), or ``None`` if one is not a plain one."""
    length = stop - first
    if len(length) and (int(length.min()) < 1 or int(length.max()) > MAX_DIGITS):
        return None
    if bool(((a[first] == ord("0")) & (length > 1)).any()):
        return None  # a leading zero (not JSON)
    value = np.zeros(len(first), dtype=np.int64)
    for k in range(int(length.max()) if len(length) else 0):
        live = k < length
        digit = a[np.where(live, first + k, first)].astype(np.int64) - ord("0")
        if bool(((digit < 0) | (digit > 9))[live].any()):
            return None
        value = np.where(live, value * 10 + digit, value)
    return value


def _fixed_width(a: np.ndarray, first: np.ndarray, stop: np.ndarray, prefix: np.ndarray | None = None) -> np.ndarray:
    """Each ``a[first:stop]`` as one fixed-width row (zero-padded), ``prefix`` bytes in front: comparable as a whole."""
    length = stop - first
    width = int(length.max()) if len(length) else 0
    head = 0 if prefix is None else prefix.shape[1]
    rows = np.zeros((len(first), head + width), dtype=np.uint8)
    if prefix is not None:
        rows[:, :head] = prefix
    for k in range(width):
        live = k < length
        rows[:, head + k] = np.where(live, a[np.where(live, first + k, first)], 0)
    return rows


def columns_from_span_arrays(arrays: list[bytes]) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]] | None:
    """``(start, end, label, labels)`` of every span of ``arrays`` (one JSON array per document), or ``None``.

    ``None`` unless every array is in the shape of the module docstring, every
    span has ``0 <= start < end``, a non-empty id and label, and no document
    repeats a span id.
    """
    blob = b"".join(arrays)
    if b"\\" in blob:
        return None  # an escape: strings would need decoding
    a = np.frombuffer(blob, dtype=np.uint8)
    size = np.fromiter(map(len, arrays), dtype=np.int64, count=len(arrays))
    begin = np.cumsum(size) - size
    quotes = np.flatnonzero(a == ord('"'))
    per_doc = np.diff(np.searchsorted(quotes, np.append(begin, len(a))))  # quotes of each document
    if bool((per_doc % QUOTES_PER_SPAN).any()):
        return None
    spans = per_doc // QUOTES_PER_SPAN
    q = quotes.reshape(-1, QUOTES_PER_SPAN)
    n = len(q)
    if not (_is(a, begin, b"[") and _is(a, begin + size - 1, b"]")):
        return None
    empty = spans == 0
    if bool((size[empty] != 2).any()):
        return None  # "[]" is the only array without spans
    doc = np.repeat(np.arange(len(arrays), dtype=np.int32), spans)
    first_of_doc = np.cumsum(spans) - spans
    is_first = np.zeros(n, dtype=bool)
    is_first[first_of_doc[~empty]] = True
    is_last = np.zeros(n, dtype=bool)
    is_last[(first_of_doc + spans - 1)[~empty]] = True
    gaps = np.diff(q, axis=1)
    for col, gap in ((0, 3), (1, 3), (3, 3), (4, 6), (6, 4), (8, 6), (9, 3)):
        if bool((gaps[:, col] != gap).any()):
            return None
    if bool((gaps[:, 2] < 2).any()) or bool((gaps[:, 10] < 2).any()):
        return None  # an empty id or label
    literals = ((q[:, 0] - 1, b'{"id": "'), (q[:, 3], b'", "start": '), (q[:, 6] - 2, b', "end": '),
                (q[:, 8] - 2, b', "label": "'), (q[:, 11], b'"}'))  # fmt: skip
    if not all(_is(a, pos, lit) for pos, lit in literals):
        return None
    if bool((q[is_first, 0] - 2 != begin[~empty]).any()) or bool((q[is_last, 11] + 3 != (begin + size)[~empty]).any()):
        return None  # "[{" opens and "}]" closes a document's array
    if bool((q[1:, 0][~is_last[:-1]] - q[:-1, 11][~is_last[:-1]] != 5).any()) or not _is(a, q[~is_last, 11] + 2, b", "):
        return None  # '"}, {"' between two spans
    start = _integers(a, q[:, 5] + 3, q[:, 6] - 2)
    end = _integers(a, q[:, 7] + 3, q[:, 8] - 2)
    if start is None or end is None or bool((start >= end).any()) or bool((end > 2**53).any()):
        return None
    label_rows = _fixed_width(a, q[:, 10] + 1, q[:, 11])
    names, label = np.unique(label_rows.view(f"S{label_rows.shape[1]}").ravel(), return_inverse=True)
    id_rows = _fixed_width(a, q[:, 2] + 1, q[:, 3], doc.view(np.uint8).reshape(n, 4))
    if len(np.unique(id_rows.view(f"V{id_rows.shape[1]}").ravel())) != n:
        return None  # a span id twice in one document
    return start, end, label.astype(np.int32).ravel(), [bytes(x).decode("utf-8") for x in names.tolist()]
