"""Zero division as scikit-learn's ``zero_division``: 0 (warn), 0, 1 or NaN, and always marked undefined."""

from __future__ import annotations

import json
import math
import subprocess
import sys
import warnings

import pytest
from sklearn.metrics import precision_recall_fscore_support

from newsgold.errors import UserError
from newsgold.eval import score_documents
from newsgold.eval.scoring import UndefinedMetricWarning


def test_no_gold_and_no_predictions_is_undefined_not_perfect(make_doc):
    with pytest.warns(UndefinedMetricWarning, match=r"overall P/R/F1 \(no gold and no predicted span\)"):
        result = score_documents([make_doc("d", [])], [make_doc("d", [])], n_bootstrap=10).to_json()
    for block in result["schemes"].values():
        row = block["overall"]
        assert (row["precision"], row["recall"], row["f1"]) == (0.0, 0.0, 0.0)
        assert row["undefined"] == ["precision", "recall", "f1"]
        assert block["labels"] == {}
        assert block["macro"]["undefined"] == ["precision", "recall", "f1"]
    assert result["intervals"]["schemes"] is None  # one resampling unit: no interval, not a zero-width one


def test_predictions_without_gold_and_gold_without_predictions(make_doc):
    spurious = score_documents([make_doc("d", [])], [make_doc("d", [("X", 0, 3)])], n_bootstrap=0).to_json()
    row = spurious["schemes"]["strict"]["overall"]
    assert (row["precision"], row["recall"], row["f1"], row["spurious"]) == (0.0, 0.0, 0.0, 1)
    assert row["undefined"] == ["recall"]
    missed = score_documents([make_doc("d", [("X", 0, 3)])], [make_doc("d", [])], n_bootstrap=0).to_json()
    row = missed["schemes"]["strict"]["overall"]
    assert (row["precision"], row["recall"], row["f1"], row["missed"]) == (0.0, 0.0, 0.0, 1)
    assert row["undefined"] == ["precision"]


@pytest.mark.parametrize("zero_division", [0, 1, "nan"])
def test_label_rows_equal_scikit_learn_for_every_zero_division(zero_division, make_doc):
    """Exact-match label rows are scikit-learn's P/R/F1 over the same items, zero_division included."""
    gold = [make_doc("d", [("A", 0, 3), ("B", 5, 8)])]
    pred = [make_doc("d", [("A", 0, 3), ("C", 10, 12)], "p")]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # an explicit setting never warns
        result = score_documents(gold, pred, labels=["A", "B", "C", "D"], n_bootstrap=0,
                                 zero_division=zero_division).to_json()["schemes"]["strict"]  # fmt: skip
    # the same spans as items: gold label (or "-") vs predicted label (or "-") per position
    y_true = ["A", "B", "-"]
    y_pred = ["A", "-", "C"]
    zd = float("nan") if zero_division == "nan" else float(zero_division)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p, r, f, _ = precision_recall_fscore_support(y_true, y_pred, labels=["A", "B", "C", "D"], zero_division=zd)
    for i, label in enumerate("ABCD"):
        row = result["labels"][label]
        for ours, theirs in ((row["precision"], p[i]), (row["recall"], r[i]), (row["f1"], f[i])):
            if math.isnan(theirs):
                assert ours is None
            else:
                assert ours == pytest.approx(theirs), (label, zero_division)
    assert result["labels"]["B"]["undefined"] == ["precision"]
    assert result["labels"]["C"]["undefined"] == ["recall"]
    assert result["labels"]["D"]["undefined"] == ["precision", "recall", "f1"]
    # macro over A, B, C (D is in neither gold nor predictions); NaN values leave the mean
    expected = {0: (1 / 3, 1 / 3), 1: (2 / 3, 2 / 3), "nan": (1 / 2, 1 / 2)}[zero_division]
    assert (result["macro"]["precision"], result["macro"]["recall"]) == pytest.approx(expected)


def test_unknown_zero_division_is_a_user_error(make_doc):
    with pytest.raises(UserError, match="zero_division must be one of"):
        score_documents([make_doc("d", [])], [make_doc("d", [])], zero_division=0.5)


def test_bootstrap_intervals_take_the_zero_division_value(make_doc):
    gold = [make_doc(f"d{i}", [("A", 0, 3)]) for i in range(4)] + [make_doc("e", [("B", 0, 3)])]
    pred = [make_doc(f"d{i}", [("A", 0, 3)], "p") for i in range(4)]
    ones = score_documents(gold, pred, n_bootstrap=200, zero_division=1).to_json()["intervals"]["schemes"]
    assert ones["strict"]["labels"]["B"]["precision"] == [1.0, 1.0]
    nans = score_documents(gold, pred, n_bootstrap=200, zero_division="nan").to_json()["intervals"]["schemes"]
    assert nans["strict"]["labels"]["B"]["precision"] == [None, None]
    assert nans["strict"]["labels"]["A"]["f1"] == [1.0, 1.0]


def test_cli_warns_in_one_line_and_json_marks_undefined(tmp_path):
    gold = tmp_path / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    gold.write_text(json.dumps({"doc_id": "d", "spans": [{"id": "g", "start": 0, "end": 1, "label": "LOC"}]}) + "\n")
    pred.write_text(json.dumps({"doc_id": "d", "spans": [{"id": "p", "start": 0, "end": 1, "label": "PER"}]}) + "\n")
    cmd = [sys.executable, "-m", "newsgold", "eval", "score", "--gold", str(gold), "--pred", str(pred), "--json"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=True)
    lines = [line for line in proc.stderr.splitlines() if "undefined" in line]
    assert len(lines) == 1 and "warning: undefined, set to 0" in lines[0]
    assert "precision of LOC" in lines[0] and "recall of PER" in lines[0]
    data = json.loads(proc.stdout)
    assert data["schemes"]["strict"]["labels"]["PER"]["undefined"] == ["recall"]
    proc = subprocess.run([*cmd, "--zero-division", "nan"], capture_output=True, text=True, check=True)
    assert "undefined" not in proc.stderr
    assert json.loads(proc.stdout)["schemes"]["strict"]["labels"]["PER"]["recall"] is None


def test_attribution_and_dates_are_none_when_nothing_is_measured(make_doc):
    result = score_documents([make_doc("d", [("PER", 0, 3)])], [make_doc("d", [])], n_bootstrap=0).to_json()
    assert result["attribution"]["accuracy"] is None and result["attribution"]["pairs"]["f1"] is None
    assert result["dates"]["value_accuracy"] is None and result["dates"]["attribute_f1"] is None
