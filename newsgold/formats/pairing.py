"""Pairing predicted documents with gold documents.

By ``doc_id`` when both sides carry a real one (from the file), else by the
SHA-256 of the text (a CoNLL file without ids, a doccano export, a Label
Studio export of tasks without ``doc_id``). A paired prediction takes the gold
document's id. Nothing is dropped silently: the documents left unpaired on
either side are returned so the caller can report them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter, methodcaller

from newsgold.formats.base import ReadResult
from newsgold.spandoc import SpanDocument, ids_in_same_sorted_order, text_sha256


@dataclass
class Pairing:
    predictions: list[SpanDocument]  # renamed to their gold document's id
    unpaired_pred: list[str] = field(default_factory=list)
    unpaired_gold: list[str] = field(default_factory=list)
    by_text: int = 0  # how many were paired through their text


_DOC_ID = attrgetter("doc_id")
_COPY = methodcaller("__copy__")


def _sha(doc: SpanDocument) -> str | None:
    if doc.text is not None:
        return text_sha256(doc.text)
    return doc.text_sha256


def pair_documents(gold: ReadResult, pred: ReadResult) -> Pairing:
    """Pair ``pred``'s documents with ``gold``'s (see the module docstring)."""
    same = _same_ids_in_order(gold, pred)
    if same is not None:
        return same
    gold_ids = {d.doc_id: d for d in gold.documents}
    fast = _all_by_id(gold, pred, gold_ids)
    return fast if fast is not None else _pair_each(gold, pred, gold_ids)


def _same_ids_in_order(gold: ReadResult, pred: ReadResult) -> Pairing | None:
    """The pairing when both sides hold the same real ids in the same sorted order; else None.

    The usual case, predictions made from the gold file: what :func:`_all_by_id` gives then, without its dict
    (:func:`newsgold.spandoc.ids_in_same_sorted_order`).
    """
    if gold.synthetic_ids or pred.synthetic_ids or ids_in_same_sorted_order(gold.documents, pred.documents) is None:
        return None
    return Pairing(list(map(_COPY, pred.documents)))  # msgspec's C-level shallow copy; no gold left unpaired


def _pair_each(gold: ReadResult, pred: ReadResult, gold_ids: dict[str, SpanDocument]) -> Pairing:
    """The general pairing, one prediction at a time: by id, else by the text's hash."""
    by_sha: dict[str, list[SpanDocument]] = {}
    for d in gold.documents:
        sha = _sha(d)
        if sha is not None:
            by_sha.setdefault(sha, []).append(d)
    out = Pairing([])
    taken: set[str] = set()
    for doc in pred.documents:
        target: SpanDocument | None = None
        if pred.has_real_id(doc) and doc.doc_id in gold_ids and gold.has_real_id(gold_ids[doc.doc_id]):
            target = gold_ids[doc.doc_id]
        else:
            sha = _sha(doc)
            matches = [g for g in by_sha.get(sha, []) if g.doc_id not in taken] if sha else []
            if matches:
                target = matches[0]
                out.by_text += 1
        if target is None or target.doc_id in taken:
            out.unpaired_pred.append(doc.doc_id)
            continue
        taken.add(target.doc_id)
        out.predictions.append(
            SpanDocument(target.doc_id, doc.spans, doc.relations, doc.text, doc.text_sha256)
        )
    out.unpaired_gold = [d.doc_id for d in gold.documents if d.doc_id not in taken]
    return out


def _all_by_id(gold: ReadResult, pred: ReadResult, gold_ids: dict[str, SpanDocument]) -> Pairing | None:
    """The pairing when every document on both sides has a real id and every prediction's is in gold; else None.

    The common case (span JSONL on both sides), without a Python step per
    document: each prediction is paired with the gold document of its own id,
    as a shallow copy (what the general loop builds), and nothing is paired by text.
    """
    if gold.synthetic_ids or pred.synthetic_ids:
        return None
    ids = list(map(_DOC_ID, pred.documents))
    taken = set(ids)
    if len(taken) != len(ids) or not taken <= gold_ids.keys():
        return None
    out = Pairing(list(map(_COPY, pred.documents)))  # msgspec's C-level shallow copy
    out.unpaired_gold = [i for i in gold_ids if i not in taken]
    return out
