"""The zero-division policy: nothing to find and nothing found is 1.0, anything else with a zero denominator 0.0."""

from __future__ import annotations

from newsgold.eval import score_documents


def test_no_gold_and_no_predictions_is_perfect_not_zero(make_doc):
    result = score_documents([make_doc("d", [])], [make_doc("d", [])], n_bootstrap=10).to_json()
    for block in result["schemes"].values():
        row = block["overall"]
        assert (row["precision"], row["recall"], row["f1"]) == (1.0, 1.0, 1.0)
        assert block["labels"] == {}
        assert block["macro"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert result["intervals"]["schemes"] is None  # one resampling unit: no interval, not a zero-width one


def test_predictions_without_gold_and_gold_without_predictions_score_zero(make_doc):
    spurious = score_documents([make_doc("d", [])], [make_doc("d", [("X", 0, 3)])], n_bootstrap=0).to_json()
    row = spurious["schemes"]["strict"]["overall"]
    assert (row["precision"], row["recall"], row["f1"], row["spurious"]) == (0.0, 0.0, 0.0, 1)
    missed = score_documents([make_doc("d", [("X", 0, 3)])], [make_doc("d", [])], n_bootstrap=0).to_json()
    row = missed["schemes"]["strict"]["overall"]
    assert (row["precision"], row["recall"], row["f1"], row["missed"]) == (0.0, 0.0, 0.0, 1)


def test_requested_label_absent_from_both_sides_is_1_and_left_out_of_the_macro_average(make_doc):
    gold = [make_doc("d", [("PER", 0, 3)])]
    pred = [make_doc("d", [("PER", 5, 8)], "p")]
    result = score_documents(gold, pred, labels=["PER", "ORG"], n_bootstrap=0).to_json()
    assert result["schemes"]["strict"]["labels"]["ORG"]["f1"] == 1.0
    assert result["schemes"]["strict"]["labels"]["PER"]["f1"] == 0.0
    assert result["schemes"]["strict"]["macro"]["f1"] == 0.0


def test_attribution_and_dates_are_none_when_nothing_is_measured(make_doc):
    result = score_documents([make_doc("d", [("PER", 0, 3)])], [make_doc("d", [])], n_bootstrap=0).to_json()
    assert result["attribution"]["accuracy"] is None and result["attribution"]["pairs"]["f1"] is None
    assert result["dates"]["value_accuracy"] is None and result["dates"]["attribute_f1"] is None
