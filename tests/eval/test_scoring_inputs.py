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
