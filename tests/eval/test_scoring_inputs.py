"""score_documents' checks of the documents it is given: each names the first offending doc_id."""

from __future__ import annotations

import pytest

from newsgold.errors import UserError
from newsgold.eval import score_documents
from newsgold.spandoc import Span, SpanDocument


def _doc(doc_id: str) -> SpanDocument:
    return SpanDocument(doc_id, [Span("s", 0, 3, "PERSON")])


@pytest.mark.parametrize(
    "gold,pred,message",
    [
        (["a", "b", "a"], ["a"], "gold doc_id 'a' appears twice"),
        (["a", "b"], ["b", "z", "b"], "predicted doc_id 'z' is not in the gold set"),
        (["a", "b"], ["b", "b", "z"], "predicted doc_id 'b' appears twice"),
    ],
)
def test_repeated_and_unknown_doc_ids_are_named(gold, pred, message):
    with pytest.raises(UserError, match=f"^{message}$"):
        score_documents([_doc(i) for i in gold], [_doc(i) for i in pred], n_bootstrap=0)


def test_documents_pair_by_id_in_any_order_and_missing_ones_count_as_missed():
    result = score_documents([_doc("b"), _doc("a"), _doc("c")], [_doc("c"), _doc("a")], n_bootstrap=0)
    assert result.doc_ids == ["a", "b", "c"] and result.missing_predictions == ["b"]
    assert result.to_json()["schemes"]["strict"]["overall"]["missed"] == 1


@pytest.mark.parametrize(
    "gold,pred",
    [
        (["a", "b", "c"], ["a", "b", "c"]),  # the same sorted ids: the dict-free path
        (["c", "a", "b"], ["c", "a", "b"]),  # same order, not sorted
        (["a", "b", "c"], ["c", "b", "a"]),
        (["a", "a"], ["a", "a"]),  # sorted but repeated: not strictly increasing, so checked
        (["a", "b", "c"], ["a", "c"]),
    ],
)
def test_document_order_is_the_sorted_gold_ids_whatever_path_is_taken(gold, pred):
    from newsgold.eval.scoring import _documents_in_order

    gold_docs, pred_docs = [_doc(i) for i in gold], [_doc(i) for i in pred]
    if len(set(gold)) < len(gold):
        with pytest.raises(UserError, match="appears twice"):
            _documents_in_order(gold_docs, pred_docs)
        return
    doc_ids, g, p, missing = _documents_in_order(gold_docs, pred_docs)
    assert doc_ids == sorted(gold) and [d.doc_id for d in g] == doc_ids
    assert all(any(d is x for x in gold_docs) for d in g)  # the caller's objects, not copies
    assert missing == [i for i in doc_ids if i not in pred]
    assert [d.doc_id for d in p] == doc_ids and [len(d.spans) for d in p] == [0 if i in missing else 1 for i in doc_ids]
