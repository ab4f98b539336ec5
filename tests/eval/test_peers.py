"""newsgold against nervaluate 1.2.1 and seqeval 1.2.2.

Where a peer is right we must agree with it number for number; where it is
wrong, the test pins the peer's actual wrong number next to ours, so the test
documents the bug (and fails, asking for a look, if a new peer version fixes it).

nervaluate's dict input uses *inclusive* end offsets (its overlap test is
``pred.start > true.end``), so half-open ``[start, end)`` spans are given to
it as ``end - 1``.
"""

from __future__ import annotations

import warnings

import pytest
from nervaluate import Evaluator
from seqeval.metrics import classification_report, f1_score, precision_score, recall_score
from seqeval.scheme import IOB2

from newsgold.eval import score_documents
from newsgold.eval.tokens import spans_to_tags, tags_to_spans
from newsgold.spandoc import Span, SpanDocument

NV_SCHEME = {"strict": "strict", "exact": "exact", "partial": "partial", "type": "ent_type"}
LABELS = ["PER", "ORG", "LOC", "DATE"]


def _nv_docs(docs):
    return [[{"label": s.label, "start": s.start, "end": s.end - 1} for s in d.spans] for d in docs]


def _nervaluate(gold, pred, tags):
    return Evaluator(_nv_docs(gold), _nv_docs(pred), tags=tags, loader="dict").evaluate()


def _nv_counts(res):
    return (res.correct, res.incorrect, res.partial, res.missed, res.spurious)


def _ours(row):
    return (row["correct"], row["incorrect"], row["partial"], row["missed"], row["spurious"])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_agrees_with_nervaluate_overall_where_matching_is_unambiguous(seed, separable_corpus):
    gold, pred = separable_corpus(seed, LABELS)
    ours = score_documents(gold, pred, n_bootstrap=0).to_json()["schemes"]
    theirs = _nervaluate(gold, pred, LABELS)["overall"]
    partial = ours["partial"]["overall"]
    assert min(partial["correct"], partial["partial"], partial["missed"], partial["spurious"]) > 10
    assert ours["exact"]["overall"]["incorrect"] > 10 and ours["type"]["overall"]["incorrect"] > 10
    for scheme, nv_name in NV_SCHEME.items():
        assert _ours(ours[scheme]["overall"]) == _nv_counts(theirs[nv_name]), scheme
        for metric in ("precision", "recall", "f1"):
            assert ours[scheme]["overall"][metric] == pytest.approx(getattr(theirs[nv_name], metric)), scheme


def test_nervaluate_keeps_partial_credit_across_documents_in_1_2_1(make_doc):
    """The issue reports nervaluate losing the 0.5 partial credit with several documents.

    nervaluate 1.2.1 does not (it recomputes with the partial formula when merging documents);
    this test records that we checked, on the issue's own example scored as two documents.
    """
    gold_spans = [("PER", 59, 70), ("LOC", 127, 135), ("LOC", 164, 175), ("LOC", 197, 206), ("LOC", 208, 220),
                  ("MISC", 230, 241)]  # fmt: skip
    pred_spans = [("PER", 24, 31), ("LOC", 124, 135), ("PER", 164, 175), ("LOC", 197, 206), ("LOC", 208, 220),
                  ("LOC", 225, 244)]  # fmt: skip
    gold = [make_doc("a", gold_spans), make_doc("b", gold_spans)]
    pred = [make_doc("a", pred_spans, "p"), make_doc("b", pred_spans, "p")]
    theirs = _nervaluate(gold, pred, ["PER", "LOC", "MISC"])["overall"]
    ours = score_documents(gold, pred, n_bootstrap=0).to_json()["schemes"]
    assert theirs["partial"].precision == pytest.approx(2 / 3) == ours["partial"]["overall"]["precision"]
    assert theirs["ent_type"].precision == pytest.approx(1 / 2) == ours["type"]["overall"]["precision"]


def test_pin_nervaluate_greedy_matching_depends_on_span_order(make_doc):
    # gold A[0,10) and A[5,15); predictions A[0,6) and A[0,10) (an exact match).
    gold = [make_doc("d", [("A", 0, 10), ("A", 5, 15)])]
    pred_1 = [make_doc("d", [("A", 0, 6), ("A", 0, 10)], "p")]
    pred_2 = [make_doc("d", [("A", 0, 10), ("A", 0, 6)], "p")]
    nv_1 = _nervaluate(gold, pred_1, ["A"])["overall"]["strict"]
    nv_2 = _nervaluate(gold, pred_2, ["A"])["overall"]["strict"]
    # nervaluate: the first prediction grabs the gold span the second matches exactly.
    assert (nv_1.correct, nv_1.f1) == (0, 0.0)
    assert (nv_2.correct, nv_2.f1) == (1, 0.5)
    for pred in (pred_1, pred_2):
        strict = score_documents(gold, pred, n_bootstrap=0).to_json()["schemes"]["strict"]["overall"]
        assert (strict["correct"], strict["f1"]) == (1, 0.5)


def test_label_rows_and_overall_row_both_agree_with_nervaluate(make_doc):
    gold = [make_doc("d", [("PER", 59, 70), ("LOC", 127, 135), ("LOC", 164, 175), ("MISC", 230, 241)])]
    pred = [make_doc("d", [("PER", 24, 31), ("LOC", 124, 135), ("PER", 164, 175), ("LOC", 225, 244)], "p")]
    res = _nervaluate(gold, pred, ["PER", "LOC", "MISC"])
    ours = score_documents(gold, pred, n_bootstrap=0).to_json()["schemes"]["strict"]
    # Each label scored on its own (both peers' definition): a wrong label is a miss in one row and a
    # spurious prediction in another, so 4 gold spans give 6 misses + incorrects across the label rows.
    assert _ours(ours["overall"]) == _nv_counts(res["overall"]["strict"]) == (0, 3, 0, 1, 1)
    for label in ("PER", "LOC", "MISC"):
        assert _ours(ours["labels"][label]) == _nv_counts(res["entities"][label]["strict"]), label
    summed = tuple(map(sum, zip(*(_ours(r) for r in ours["labels"].values()), strict=True)))
    assert summed == (0, 1, 0, 3, 3)


def _tokens(n):
    return [(i, i + 1) for i in range(n)]


def test_agrees_with_seqeval_default_mode_on_well_formed_tags(separable_corpus):
    """Strict span scores = seqeval's entity-level micro P/R/F1 on the BIO tags of the same spans."""
    gold, pred = separable_corpus(7, LABELS)
    y_true, y_pred = [], []
    for g, p in zip(gold, pred, strict=True):
        n = max([s.end for s in g.spans + p.spans] + [1]) + 1
        tokens = _tokens(n)
        y_true.append(spans_to_tags(tokens, g.spans))
        # predictions here may overlap each other (a spurious span next to a shifted one); keep only
        # those BIO can hold so both scorers see the same predictions
        y_pred.append(spans_to_tags(tokens, p.spans))
        p.spans = tags_to_spans(tokens, y_pred[-1], prefix="p")
    ours = score_documents(gold, pred, n_bootstrap=0).to_json()["schemes"]["strict"]
    assert ours["overall"]["precision"] == pytest.approx(precision_score(y_true, y_pred))
    assert ours["overall"]["recall"] == pytest.approx(recall_score(y_true, y_pred))
    assert ours["overall"]["f1"] == pytest.approx(f1_score(y_true, y_pred))
    report = classification_report(y_true, y_pred, output_dict=True)
    for label in LABELS:  # per-label rows: each label's chunks alone, as seqeval
        for metric, key in (("precision", "precision"), ("recall", "recall"), ("f1", "f1-score")):
            assert ours["labels"][label][metric] == pytest.approx(report[label][key]), (label, metric)


def test_pin_seqeval_strict_mode_drops_ill_formed_predicted_entities():
    tokens = _tokens(4)
    y_true = [["B-PER", "I-PER", "O", "B-LOC"]]
    y_pred = [["I-PER", "I-PER", "O", "B-LOC"]]  # PER entity without its B- tag
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        strict_f1 = f1_score(y_true, y_pred, mode="strict", scheme=IOB2)
        strict_p = precision_score(y_true, y_pred, mode="strict", scheme=IOB2)
        strict_r = recall_score(y_true, y_pred, mode="strict", scheme=IOB2)
    # seqeval strict: the PER prediction silently vanishes (1 predicted entity, not 2).
    assert (strict_p, strict_r, strict_f1) == pytest.approx((1.0, 0.5, 2 / 3))
    # default (conlleval) mode reads it as an entity, as we do
    assert f1_score(y_true, y_pred) == 1.0
    gold = [SpanDocument("d", tags_to_spans(tokens, y_true[0], prefix="g"))]
    pred = [SpanDocument("d", tags_to_spans(tokens, y_pred[0], prefix="p"))]
    ours = score_documents(gold, pred, n_bootstrap=0).to_json()["schemes"]["strict"]["overall"]
    assert (ours["precision"], ours["recall"], ours["f1"]) == (1.0, 1.0, 1.0)
