"""The issue's known cases, number for number (offsets are half-open)."""

from __future__ import annotations

import doctest
import importlib

import pytest

from newsgold.eval import score_documents

GOLD_1 = [("PER", 59, 70), ("LOC", 127, 135), ("LOC", 164, 175), ("LOC", 197, 206), ("LOC", 208, 220),
          ("MISC", 230, 241)]  # fmt: skip
PRED_1 = [("PER", 24, 31), ("LOC", 124, 135), ("PER", 164, 175), ("LOC", 197, 206), ("LOC", 208, 220),
          ("LOC", 225, 244)]  # fmt: skip
EXPECTED_1 = {"strict": 1 / 3, "exact": 1 / 2, "partial": 2 / 3, "type": 1 / 2}


@pytest.mark.parametrize("n_copies", [1, 2, 3])
def test_semeval_example_gives_the_known_ratios_for_one_or_more_documents(make_doc, n_copies):
    gold = [make_doc(f"d{i}", GOLD_1) for i in range(n_copies)]
    pred = [make_doc(f"d{i}", PRED_1, "p") for i in range(n_copies)]
    result = score_documents(gold, pred, n_bootstrap=0).to_json()
    for scheme, value in EXPECTED_1.items():
        row = result["schemes"][scheme]["overall"]
        assert row["precision"] == pytest.approx(value), scheme
        assert row["recall"] == pytest.approx(value), scheme
        assert row["possible"] == row["actual"] == 6 * n_copies


def test_semeval_example_counts(make_doc, overall):
    result = score_documents([make_doc("d", GOLD_1)], [make_doc("d", PRED_1, "p")], n_bootstrap=0).to_json()
    assert overall(result, "strict")[:5] == (2, 3, 0, 1, 1)
    assert overall(result, "exact")[:5] == (3, 2, 0, 1, 1)
    assert overall(result, "partial")[:5] == (3, 0, 2, 1, 1)
    assert overall(result, "type")[:5] == (3, 2, 0, 1, 1)


def test_token_index_spans_in_two_documents(make_doc, overall):
    gold = [make_doc("a", [("PER", 1, 3), ("ORG", 6, 8)]),
            make_doc("b", [("LOC", 1, 2), ("PER", 2, 4), ("DATE", 6, 7)])]  # fmt: skip
    pred = [make_doc("a", [("PER", 2, 4), ("ORG", 6, 8)], "p"),
            make_doc("b", [("LOC", 1, 3), ("PER", 3, 4), ("DATE", 6, 7)], "p")]  # fmt: skip
    result = score_documents(gold, pred, n_bootstrap=0).to_json()
    for scheme, value in {"strict": 0.4, "exact": 0.4, "partial": 0.7, "type": 1.0}.items():
        _, _, _, _, _, p, r, f = overall(result, scheme)
        assert (p, r, f) == pytest.approx((value, value, value)), scheme


def test_one_prediction_over_two_gold_spans(make_doc, overall):
    gold = [make_doc("d", [("A", 0, 13), ("B", 14, 18)])]
    pred = [make_doc("d", [("A", 0, 18)], "p")]
    result = score_documents(gold, pred, n_bootstrap=0).to_json()
    assert overall(result, "strict")[:5] == (0, 1, 0, 1, 0)
    _, _, _, _, _, p, r, _ = overall(result, "type")
    assert (p, r) == (1.0, 0.5)


@pytest.mark.parametrize(
    "module", ["newsgold.eval.matching", "newsgold.eval.schemes", "newsgold.eval.scoring", "newsgold.eval.bootstrap", "newsgold.eval.attributes", "newsgold.eval.tokens"]
)
def test_docstring_examples(module):
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted > 0 and result.failed == 0
