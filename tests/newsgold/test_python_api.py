"""The library front door: newsgold.score / newsgold.load, the error hierarchy, a cheap import."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsgold
from newsgold.errors import InvalidInput, NewsgoldError, UserError
from newsgold.spandoc import Span, SpanDocument

ROOT = Path(__file__).resolve().parents[2]
GOLD = [[(0, 5, "PERSON"), (10, 14, "GPE")]]
PRED = [[(0, 5, "PERSON"), (10, 13, "GPE")]]


def test_acceptance_tuples_by_position() -> None:
    r = newsgold.score(GOLD, PRED)
    assert r.to_json()["schemes"]["strict"]["overall"]["f1"] == 0.5
    table = r.report()
    assert isinstance(table, str) and table.startswith("strict\n") and "overall" in table and "GPE" in table
    assert "array" not in repr(r) and "strict F1 0.500" in repr(r)
    assert r.intervals["schemes"] is None  # intervals are opt-in


def test_bad_span_is_a_value_error_and_a_newsgold_error() -> None:
    with pytest.raises(ValueError, match=r"gold\[0\] span 0: needs 0 <= start < end"):
        newsgold.score([[(5, 2, "X")]], [[]])
    with pytest.raises(NewsgoldError):
        newsgold.score(GOLD, [[(0, 5, "PERSON", 7)]])  # a value must be a string
    assert UserError is InvalidInput and issubclass(InvalidInput, ValueError)


@pytest.mark.parametrize(
    "gold, pred, message",
    [
        (GOLD, [], "paired by position"),
        ([(0, 5, "PERSON")], PRED, "is one span, not a document"),
        ([{"doc_id": "a", "spans": []}, {"spans": []}], PRED, "some documents have a doc_id"),
        (GOLD, "no-such-file.jsonl", "no-such-file.jsonl"),
        ({"doc_id": "a"}, PRED, "got one document"),
    ],
)
def test_input_mistakes_are_one_clear_value_error(gold, pred, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        newsgold.score(gold, pred)


def test_dicts_documents_and_tuples_mix_and_match_by_id() -> None:
    gold = [
        {"doc_id": "b", "spans": [{"start": 0, "end": 4, "label": "DATE", "value": "2021-05-19"}]},
        SpanDocument("a", [Span("x", 0, 5, "PERSON")]),
    ]
    pred = [
        {"doc_id": "a", "spans": [{"start": 0, "end": 5, "label": "PERSON"}]},
        {"doc_id": "b", "spans": [{"id": "p", "start": 0, "end": 4, "label": "DATE", "value": "2021-05-20"}]},
    ]
    data = newsgold.score(gold, pred).to_json()
    assert data["schemes"]["strict"]["overall"]["f1"] == 1.0
    assert (data["dates"]["matched"], data["dates"]["value_correct"]) == (1, 0)
    # one side with ids lends them to the other by position
    by_position = newsgold.score(gold, [[(0, 4, "DATE", "2021-05-19")], [(0, 5, "PERSON")]]).to_json()
    assert by_position["dates"]["value_correct"] == 1 and by_position["schemes"]["strict"]["overall"]["f1"] == 1.0


def test_labels_bootstrap_frames_and_the_cli_table(tmp_path: Path) -> None:
    gold = newsgold.load(ROOT / "gold" / "gold.jsonl")
    pred = [SpanDocument(d.doc_id, [s for s in d.spans if s.label != "NORP"], d.relations, d.text) for d in gold]
    r = newsgold.score(gold, pred, labels=["PERSON", "NORP"], bootstrap=50)
    assert r.labels == ["PERSON", "NORP"] and r.intervals["schemes"] is not None
    scores = r.frame()
    assert set(scores["label"]) == {"overall", "PERSON", "NORP"}
    assert set(r.frame("errors")["kind"]) == {"missed"} and r.frame("confusion").loc["NORP", "MISSED"] > 0
    with pytest.raises(ValueError, match="frame kind"):
        r.frame("nope")
    # the CLI prints exactly ScoreResult.report()
    path = tmp_path / "pred.jsonl"
    path.write_text("".join(json.dumps(d.to_json()) + "\n" for d in pred), encoding="utf-8")
    cli = subprocess.run(
        [sys.executable, "-m", "newsgold", "eval", "score", "--gold", str(ROOT / "gold"), "--pred", str(path),
         "--labels", "PERSON,NORP", "--bootstrap", "50"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert cli.stdout.rstrip("\n") == r.report()


def test_import_newsgold_is_cheap() -> None:
    code = (
        "import sys, newsgold; heavy = [m for m in ('numpy', 'pandas', 'scipy', 'spacy') if m in sys.modules];"
        "print(heavy); newsgold.score; print('numpy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == "[]" and out[1] == "False"  # heavy libraries load when something is scored, not before
