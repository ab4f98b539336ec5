"""newsgold from Python: ``newsgold.score`` and ``newsgold.load``.

One call scores predicted spans against gold spans, as seqeval's
``classification_report`` or nervaluate's ``Evaluator`` does, with whatever a
caller has at hand per document:

- a :class:`~newsgold.spandoc.SpanDocument`,
- a dict in the span-document shape (``{"doc_id"?, "text"?, "spans": [{"id"?,
  "start", "end", "label", "value"?}], "relations"?}``),
- a list of ``(start, end, label)`` or ``(start, end, label, value)`` tuples.

Document ids are optional: when neither side has them, documents are paired by
position; when one side has them, the other side takes them by position. Span
ids are made up when missing. Offsets are half-open ``[start, end)`` indices
into the Python string of the text. Bootstrap intervals are opt-in
(``bootstrap=1000``), so the default call costs what the counting costs.

>>> import newsgold
>>> r = newsgold.score([[(0, 5, "PERSON"), (10, 14, "GPE")]], [[(0, 5, "PERSON"), (10, 13, "GPE")]])
>>> r.to_json()["schemes"]["strict"]["overall"]["f1"], r.to_json()["schemes"]["partial"]["overall"]["f1"]
(0.5, 0.75)
>>> r.report().splitlines()[:2]
['strict', 'label        cor    inc    par    mis    spu       P      R     F1']
>>> r
<ScoreResult 1 document(s), labels PERSON GPE: strict F1 0.500, partial F1 0.750; no intervals; .report() for the table>
>>> newsgold.score([[(5, 2, "X")]], [[]])
Traceback (most recent call last):
...
newsgold.errors.InvalidInput: gold[0] span 0: needs 0 <= start < end, got [5, 2)
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgold.errors import InvalidInput
from newsgold.spandoc import Span, SpanDocument, attach_texts, parse_document

if TYPE_CHECKING:
    from newsgold.eval.scoring import ScoreResult

DocumentLike = SpanDocument | Mapping[str, Any] | Sequence[Sequence[Any]]
"""What one document may be (see the module docstring)."""

Documents = Iterable[DocumentLike] | str | os.PathLike[str]
"""A sequence of documents, or a path to span documents (a JSONL file or a folder of them)."""


def load(path: str | os.PathLike[str], format: str | None = None, **options: Any) -> list[SpanDocument]:
    """Read documents from a file or folder in any format :mod:`newsgold.formats` knows.

    The format (span JSONL, Label Studio export, spaCy DocBin, CoNLL/BIO, BRAT,
    doccano) is detected unless ``format`` names it; ``options`` are
    :class:`newsgold.formats.ReadOptions` fields (``side="pred"``,
    ``annotator=``, ``scheme=``...). Every offset is checked against its text;
    InvalidInput names the file and line, or every format tried.
    """
    from dataclasses import fields

    from newsgold.formats import ReadOptions, read_documents

    unknown = sorted(set(options) - {f.name for f in fields(ReadOptions)})
    if unknown:
        raise InvalidInput(f"load(): unknown option(s) {', '.join(unknown)}; see newsgold.formats.ReadOptions")
    return read_documents(path, format, ReadOptions(**options)).documents


def _is_span_tuple(item: object) -> bool:
    return isinstance(item, tuple | list) and len(item) in (3, 4) and isinstance(item[0], int)


def _from_tuples(items: Sequence[Any], where: str) -> SpanDocument:
    spans: list[Span] = []
    for j, item in enumerate(items):
        at = f"{where} span {j}"
        if not isinstance(item, tuple | list) or len(item) not in (3, 4):
            raise InvalidInput(f"{at}: expected (start, end, label) or (start, end, label, value), got {item!r}")
        start, end, label = item[0], item[1], item[2]
        value = item[3] if len(item) == 4 else None
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
            raise InvalidInput(f"{at}: start and end must be integers, got {item!r}")
        if not 0 <= start < end:
            raise InvalidInput(f"{at}: needs 0 <= start < end, got [{start}, {end})")
        if not isinstance(label, str) or not label:
            raise InvalidInput(f"{at}: the label must be a non-empty string, got {label!r}")
        if value is not None and not isinstance(value, str):
            raise InvalidInput(f"{at}: the value must be a string, got {value!r}")
        spans.append(Span(f"s{j}", start, end, label, value))
    return SpanDocument("", spans)


def _from_mapping(obj: Mapping[str, Any], where: str) -> SpanDocument:
    data = dict(obj)
    data.setdefault("doc_id", "")
    raw_spans = data.get("spans", [])
    if isinstance(raw_spans, list):
        data["spans"] = [
            {"id": f"s{j}", **s} if isinstance(s, Mapping) and "id" not in s else s for j, s in enumerate(raw_spans)
        ]
    if data["doc_id"] == "":
        data["doc_id"] = "_"  # parse_document needs one; the caller's pairing replaces it
        doc = parse_document(data, where)
        doc.doc_id = ""
        return doc
    return parse_document(data, where)


def _document(item: object, where: str) -> SpanDocument:
    if isinstance(item, SpanDocument):
        return item
    if isinstance(item, Mapping):
        return _from_mapping(item, where)
    if _is_span_tuple(item):
        raise InvalidInput(
            f"{where}: is one span, not a document; pass one list of spans per document, e.g. score([spans], [spans])"
        )
    if isinstance(item, list | tuple):
        return _from_tuples(item, where)
    raise InvalidInput(
        f"{where}: expected a SpanDocument, a dict in the span-document shape or a list of (start, end, label) "
        f"tuples, got {type(item).__name__}"
    )


def documents(docs: Documents, side: str = "documents") -> list[SpanDocument]:
    """``docs`` as span documents (ids left empty where the caller gave none); a path is loaded."""
    if isinstance(docs, str | os.PathLike):
        return load(Path(docs))
    if isinstance(docs, Mapping | SpanDocument):
        raise InvalidInput(f"{side}: expected a list of documents, got one document; wrap it in a list")
    try:
        items = list(docs)
    except TypeError:
        raise InvalidInput(f"{side}: expected a list of documents, got {type(docs).__name__}") from None
    return [_document(item, f"{side}[{i}]") for i, item in enumerate(items)]


def _has_ids(docs: list[SpanDocument], side: str) -> bool:
    with_ids = [bool(d.doc_id) for d in docs]
    if any(with_ids) and not all(with_ids):
        raise InvalidInput(f"{side}: some documents have a doc_id and some do not; give every document one or none")
    return bool(docs) and all(with_ids)


def pair(gold: list[SpanDocument], pred: list[SpanDocument]) -> None:
    """Give documents without ids the ids of their position (or of the other side's document there)."""
    gold_ids, pred_ids = _has_ids(gold, "gold"), _has_ids(pred, "pred")
    if gold_ids and (pred_ids or not pred):
        return
    if len(gold) != len(pred):
        raise InvalidInput(
            f"gold has {len(gold)} document(s) and pred {len(pred)}: documents without doc_id are paired by "
            "position, so both sides need as many (or give them doc_ids)"
        )
    for i, (g, p) in enumerate(zip(gold, pred, strict=True)):
        doc_id = g.doc_id or p.doc_id or str(i)
        g.doc_id = p.doc_id = doc_id


def score(
    gold: Documents,
    pred: Documents,
    *,
    labels: Sequence[str] | None = None,
    bootstrap: int = 0,
    seed: int = 0,
    confidence: float = 0.95,
    zero_division: str | float = "warn",
    min_overlap: float = 0.0,
) -> ScoreResult:
    """Score ``pred`` against ``gold`` under the four SemEval-2013 schemes; see the module docstring for inputs.

    ``labels``: score only these (both sides filtered before matching).
    ``bootstrap``: resamples for percentile confidence intervals (0: none).
    ``zero_division``: as in scikit-learn (``"warn"``, 0, 1 or ``"nan"``).
    ``min_overlap``: the share of a gold span an overlapping prediction must
    cover to pair with it (nervaluate's ``min_overlap_percentage`` / 100).
    Returns a :class:`~newsgold.eval.scoring.ScoreResult`: ``.report()`` the
    text table, ``.to_json()`` the ``eval score --json`` shape, ``.frame()``
    pandas tables. Bad input raises :class:`~newsgold.errors.InvalidInput`, a
    ``ValueError``.
    """
    from newsgold.eval.scoring import score_documents

    gold_docs, pred_docs = documents(gold, "gold"), documents(pred, "pred")
    pair(gold_docs, pred_docs)
    attach_texts(pred_docs, {d.doc_id: d.text for d in gold_docs if d.text is not None}, where="pred")
    return score_documents(
        gold_docs, pred_docs, labels=labels, n_bootstrap=bootstrap, seed=seed, confidence=confidence,
        zero_division=zero_division, min_overlap=min_overlap,
    )  # fmt: skip
