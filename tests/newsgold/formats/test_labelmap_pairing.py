"""Label maps, the unknown-label warning, pairing by doc_id or text, and the CLI notes about them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgold.errors import UserError
from newsgold.formats.base import ReadResult
from newsgold.formats.labelmap import apply_label_map, parse_label_map, unknown_label_warning
from newsgold.formats.pairing import pair_documents
from newsgold.spandoc import Relation, Span, SpanDocument, write_documents

TEXT = "Ana\u00a0Silva met \U0001F600 Lavrov in Reykjav\u00edk.\r\n"


def test_parse_inline_toml_and_json(tmp_path: Path) -> None:
    assert parse_label_map("PER=PERSON, LOC=GPE") == {"PER": "PERSON", "LOC": "GPE"}
    toml = tmp_path / "map.toml"
    toml.write_text('[labels]\nPER = "PERSON"\nWORK_OF_ART = "ORG"\n', encoding="utf-8")
    assert parse_label_map(str(toml)) == {"PER": "PERSON", "WORK_OF_ART": "ORG"}
    js = tmp_path / "map.json"
    js.write_text('{"PER": "PERSON"}', encoding="utf-8")
    assert parse_label_map(str(js)) == {"PER": "PERSON"}
    for bad in ["PER=", "PER=PERSON,PER=ORG", str(tmp_path / "absent.toml")]:
        with pytest.raises(UserError, match="--label-map"):
            parse_label_map(bad)


def test_apply_and_drop_unmapped_keeps_relations_consistent() -> None:
    doc = SpanDocument("d", [Span("a", 0, 9, "PER"), Span("b", 14, 20, "CARDINAL"), Span("c", 24, 33, "GPE")],
                       [Relation("b", "a", "said_by")], TEXT)  # fmt: skip
    (mapped,) = apply_label_map([doc], {"PER": "PERSON"})
    assert [s.label for s in mapped.spans] == ["PERSON", "CARDINAL", "GPE"] and mapped.relations == doc.relations
    (dropped,) = apply_label_map([doc], {"PER": "PERSON", "LOC": "GPE"}, drop_unmapped=True)
    assert [s.label for s in dropped.spans] == ["PERSON", "GPE"] and dropped.relations == []


def test_unknown_label_warning_is_one_line_with_counts() -> None:
    gold = [SpanDocument("d", [Span("a", 0, 9, "PERSON")], text=TEXT)]
    pred = [SpanDocument("d", [Span("a", 0, 9, "PER"), Span("b", 14, 20, "CARDINAL"), Span("c", 24, 33, "PER")])]
    line = unknown_label_warning(gold, pred)
    assert line is not None and "\n" not in line
    assert "PER (2), CARDINAL (1)" in line and "--label-map" in line
    assert unknown_label_warning(gold, gold) is None


def test_pairing_by_id_then_by_text() -> None:
    g1, g2 = SpanDocument("a", text=TEXT), SpanDocument("b", text="other")
    gold = ReadResult(Path("g"), "x", [g1, g2])
    by_text = SpanDocument("conll-1", [Span("s", 0, 3, "PERSON")], text="other")
    stray = SpanDocument("conll-2", text="nowhere")
    pred = ReadResult(Path("p"), "conll", [SpanDocument("a", text=None), by_text, stray], synthetic_ids={"conll-1", "conll-2"})
    pairing = pair_documents(gold, pred)
    assert [d.doc_id for d in pairing.predictions] == ["a", "b"] and pairing.by_text == 1
    assert pairing.predictions[1].spans == by_text.spans
    assert pairing.unpaired_pred == ["conll-2"] and pairing.unpaired_gold == []


def test_pairing_when_every_id_is_real_equals_the_general_loop() -> None:
    from newsgold.formats.pairing import _all_by_id, _pair_each

    gold = ReadResult(Path("g"), "x", [SpanDocument(i, text=f"text {i}") for i in "cab"])
    spans = [Span("s", 0, 3, "PERSON")]
    pred = ReadResult(Path("p"), "x", [SpanDocument("b", spans, text_sha256="0" * 64), SpanDocument("c")])
    gold_ids = {d.doc_id: d for d in gold.documents}
    fast = _all_by_id(gold, pred, gold_ids)
    assert fast == _pair_each(gold, pred, gold_ids) and fast is not None
    assert fast.unpaired_gold == ["a"] and fast.predictions[0].spans is spans
    assert all(p is not d for p, d in zip(fast.predictions, pred.documents))  # copies: attaching texts leaves the input
    stray = ReadResult(Path("p"), "x", [SpanDocument("z")])
    assert _all_by_id(gold, stray, gold_ids) is None and pair_documents(gold, stray).unpaired_pred == ["z"]


@pytest.mark.parametrize("gold_ids,pred_ids", [("abc", "abc"), ("abc", "acb"), ("cab", "cab"), ("abc", "ab"), ("", "")])
def test_pairing_of_the_same_sorted_ids_equals_the_general_loop(gold_ids: str, pred_ids: str) -> None:
    from newsgold.formats.pairing import _pair_each, _same_ids_in_order

    gold = ReadResult(Path("g"), "x", [SpanDocument(i) for i in gold_ids])
    pred = ReadResult(Path("p"), "x", [SpanDocument(i, [Span("s", 0, 3, "PERSON")]) for i in pred_ids])
    same = _same_ids_in_order(gold, pred)
    # (no documents at all take the general path, which pairs nothing just as well)
    assert (same is not None) == bool(gold_ids and gold_ids == pred_ids and list(gold_ids) == sorted(gold_ids))
    if same is not None:
        assert same == _pair_each(gold, pred, {d.doc_id: d for d in gold.documents})
        assert all(p is not d and p.spans is d.spans for p, d in zip(same.predictions, pred.documents))
    assert pair_documents(gold, pred) == _pair_each(gold, pred, {d.doc_id: d for d in gold.documents})
    if gold_ids:
        synthetic = ReadResult(Path("g"), "x", list(gold.documents), synthetic_ids=set(gold_ids))
        assert _same_ids_in_order(synthetic, pred) is None  # ids made up by a reader: paired by text, not here


def score(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsgold", "eval", "score", "--bootstrap", "0", *args],
                          capture_output=True, text=True)  # fmt: skip


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    gold = SpanDocument("d", [Span("a", 0, 9, "PERSON"), Span("c", 24, 33, "GPE")], text=TEXT)
    pred = SpanDocument("d", [Span("a", 0, 9, "PER"), Span("b", 14, 20, "CARDINAL"), Span("c", 24, 33, "GPE")])
    paths = {"gold": tmp_path / "gold.jsonl", "pred": tmp_path / "pred.jsonl"}
    write_documents([gold], paths["gold"])
    write_documents([pred], paths["pred"])
    return paths


def test_cli_label_map_changes_the_score_and_silences_the_warning(files: dict[str, Path]) -> None:
    plain = score("--gold", str(files["gold"]), "--pred", str(files["pred"]), "--json")
    assert plain.returncode == 0, plain.stderr
    warnings = [line for line in plain.stderr.splitlines() if "never used in the gold set" in line]
    assert len(warnings) == 1 and "CARDINAL (1), PER (1)" in warnings[0]
    mapped = score("--gold", str(files["gold"]), "--pred", str(files["pred"]), "--json",
                   "--label-map", "PER=PERSON,LOC=GPE", "--drop-unmapped")  # GPE kept: a value of the map  # fmt: skip
    assert mapped.returncode == 0, mapped.stderr
    assert "never used" not in mapped.stderr
    f1 = lambda p: json.loads(p.stdout)["schemes"]["strict"]["overall"]["f1"]  # noqa: E731
    assert f1(plain) == pytest.approx(2 * 1 / (2 + 3)) and f1(mapped) == pytest.approx(1.0)


def test_cli_unpaired_prediction_is_named(files: dict[str, Path], tmp_path: Path) -> None:
    stray = tmp_path / "stray.jsonl"
    write_documents([SpanDocument("zzz", [Span("a", 0, 2, "PERSON")], text="elsewhere")], stray)
    proc = score("--gold", str(files["gold"]), "--pred", str(stray))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "1 predicted document(s) are not in the gold set" in proc.stderr and "'zzz'" in proc.stderr


def test_convert_cli_writes_and_warns(files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out.conll"
    proc = subprocess.run([sys.executable, "-m", "newsgold", "convert", str(files["gold"]), str(out)],
                          capture_output=True, text=True)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "Ana B-PERSON" in out.read_text(encoding="utf-8") and "wrote 1 document(s), 2 span(s) as conll" in proc.stderr
