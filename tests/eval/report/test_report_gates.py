"""Gates: keys, thresholds from the project's newsgold.toml and --fail-under, exit status 1 naming the failed gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgold.eval.report.gates import parse_key, read_thresholds
from newsgold.errors import UserError


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("spacy.strict.f1", ("spacy", None, "strict", "f1")),
        ("quotes.QUOTE.partial.f1", ("quotes", "QUOTE", "partial", "f1")),
        ("strict.f1", (None, None, "strict", "f1")),
        ("PERSON.type.recall", (None, "PERSON", "type", "recall")),
        ("spacy.macro.exact.precision", ("spacy", "macro", "exact", "precision")),
        ("quotes.attribution", ("quotes", None, None, "attribution")),
        ("date_value", (None, None, None, "date_value")),
    ],
)
def test_parse_key(key: str, expected: tuple) -> None:
    gate = parse_key(key, ["spacy", "quotes"])
    assert (gate.extractor, gate.label, gate.scheme, gate.metric) == expected


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("strict.f2", "unknown gate key"),
        ("spacy.lenient.f1", "unknown gate key"),
        ("nope.strict.f1", "no extractor named 'nope'"),
        ("spacy.PLACE.strict.f1", "unknown label 'PLACE'"),
        ("a.b.c.strict.f1", "unknown gate key"),
        ("spacy..f1", "unknown gate key"),
    ],
)
def test_bad_keys_are_user_errors(key: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        parse_key(key, ["spacy"])


def test_impossible_fail_under_exits_1_naming_the_gate(run) -> None:
    status, report, out = run(fail_under=["ents.strict.f1=1.0"])
    assert status == 1
    assert "FAILED ents: ents.strict.f1" in out
    assert [g["key"] for g in report["gates"]["failed"]] == ["ents.strict.f1"]
    assert report["gates"]["passed"] is False


def test_global_key_applies_to_every_extractor(run) -> None:
    status, report, _ = run(fail_under=["strict.f1=0"])
    assert status == 0
    assert sorted(g["extractor"] for g in report["gates"]["results"]) == ["dates", "ents", "quotes"]


def test_label_key_applies_to_extractors_scored_on_it(run) -> None:
    status, report, _ = run(fail_under=["DATE.strict.recall=0.1", "attribution=1.0", "date_value=0.5"])
    results = {(g["key"], g["extractor"]): g for g in report["gates"]["results"]}
    assert set(results) == {("DATE.strict.recall", "dates"), ("attribution", "quotes"), ("date_value", "dates")}
    # one of two dates is exact (Wednesday); the quote's speaker is right; one of two date values is right
    assert results[("DATE.strict.recall", "dates")]["value"] == pytest.approx(0.5)
    assert results[("attribution", "quotes")]["value"] == pytest.approx(1.0)
    assert results[("date_value", "dates")]["value"] == pytest.approx(0.5)
    assert status == 0


def test_gate_on_a_label_the_extractor_is_not_scored_on_is_bad_input(run) -> None:
    with pytest.raises(UserError, match="'dates' is scored on DATE, not PERSON"):
        run(fail_under=["dates.PERSON.strict.f1=0.5"])


def test_threshold_outside_unit_interval_is_bad_input(run) -> None:
    with pytest.raises(UserError, match="must lie in"):
        run(fail_under=["strict.f1=60"])


def test_gate_for_an_extractor_not_in_this_run_is_skipped(run) -> None:
    status, report, out = run(extractors=["ents"], fail_under=["dates.strict.f1=1.0"])
    assert status == 0
    assert report["gates"]["skipped"][0]["key"] == "dates.strict.f1"
    assert "skipped dates.strict.f1" in out


def test_thresholds_from_the_project_config_nested_or_quoted(run, project: Path) -> None:
    (project / "newsgold.toml").write_text(
        '[thresholds]\n"ents.strict.f1" = 0.99\nquotes.QUOTE.strict.f1 = 0.5\n', encoding="utf-8"
    )
    assert read_thresholds(project / "newsgold.toml") == {"ents.strict.f1": 0.99, "quotes.QUOTE.strict.f1": 0.5}
    status, report, _ = run(use_thresholds=True)
    assert status == 1
    assert [g["key"] for g in report["gates"]["failed"]] == ["ents.strict.f1"]
    assert report["gates"]["thresholds_file"] == str((project / "newsgold.toml").resolve())
    # --fail-under replaces the same key from the file
    status, report, _ = run(use_thresholds=True, fail_under=["ents.strict.f1=0.1"])
    assert status == 0


def test_thresholds_file_option_reads_a_pyproject_table(run, project: Path) -> None:
    other = project / "pyproject.toml"
    other.write_text('[tool.newsgold.thresholds]\n"ents.strict.f1" = 0.99\n', encoding="utf-8")
    status, report, _ = run(use_thresholds=True, thresholds_file=other)
    assert status == 1 and report["gates"]["thresholds_file"] == str(other)


def test_empty_thresholds_or_no_project_mean_no_threshold_gates(run, project: Path) -> None:
    status, report, _ = run(use_thresholds=True)  # a new project's [thresholds] is empty
    assert status == 0 and report["gates"]["results"] == []
    (project / "newsgold.toml").unlink()
    status, report, _ = run(use_thresholds=True)
    assert status == 0 and report["gates"]["thresholds_file"] is None and report["gates"]["results"] == []


def test_corrupt_thresholds_file_is_bad_input(run, project: Path) -> None:
    (project / "newsgold.toml").write_text("[thresholds\n", encoding="utf-8")
    with pytest.raises(UserError, match="cannot read the project config"):
        run(use_thresholds=True)


def test_gate_on_an_undefined_value_is_not_applicable_rather_than_passed_or_failed(make_doc) -> None:
    from newsgold.eval import score_documents
    from newsgold.eval.report.gates import evaluate_gates

    gold = [make_doc("d", [("PERSON", 0, 3), ("ORG", 5, 8)])]
    pred = [make_doc("d", [("PERSON", 0, 3)], "p")]
    score = score_documents(gold, pred, n_bootstrap=0, zero_division=0).to_json()
    entry = {"labels": ["PERSON", "ORG"], "score": score}
    gates = [(parse_key("ORG.strict.precision", []), 0.5, "test"), (parse_key("ORG.strict.recall", []), 0.5, "test")]
    results, skipped = evaluate_gates(gates, {"x": entry})
    assert [(r.key, r.status, r.passed) for r in results] == [
        ("ORG.strict.precision", "not applicable", None),  # no ORG predicted: precision is 0/0
        ("ORG.strict.recall", "failed", False),
    ]
    assert skipped == []


def _gold_sha256(project: Path) -> str:
    import hashlib

    return hashlib.sha256((project / "gold" / "gold.jsonl").read_bytes()).hexdigest()


def test_no_thresholds_says_no_gates_everywhere(run, project: Path) -> None:
    status, report, out = run(quiet=False)
    assert status == 0
    assert report["gates"]["status"] == "no gates" and report["gates"]["results"] == []
    verdict = out[out.index("gates:") :]
    assert verdict.startswith("gates: no gates") and "passed" not in verdict
    for name in ("report.md", "report.html"):
        text = (project / "reports" / name).read_text(encoding="utf-8")
        assert "no gates" in text, name
        assert "all gates passed" not in text and "gate(s) passed" not in text, name
    page = (project / "reports" / "report.html").read_text(encoding="utf-8")
    assert '<span class="verdict-none">no gates</span>' in page


def test_passing_gates_are_counted_in_the_headline(run, project: Path) -> None:
    status, report, out = run(fail_under=["strict.f1=0"])
    assert status == 0 and report["gates"]["status"] == "passed"
    assert "gates: 3 of 3 passed" in out
    assert "all 3 gate(s) passed" in (project / "reports" / "report.md").read_text(encoding="utf-8")


def test_thresholds_set_for_another_gold_set_are_not_applied(run, project: Path) -> None:
    other = "ab" * 32
    (project / "newsgold.toml").write_text(
        f'[thresholds]\ngold_sha256 = "{other}"\n"ents.strict.f1" = 0.99\n', encoding="utf-8"
    )
    status, report, out = run(use_thresholds=True)
    assert status == 0  # the impossible gate was set for other gold: not applied, not failed
    gates = report["gates"]
    assert gates["status"] == "no gates" and gates["results"] == []
    assert gates["not_applied"]["keys"] == ["ents.strict.f1"]
    assert gates["not_applied"]["set_for_gold"] == other
    assert f"not applied: set for gold {other[:12]}" in out
    for name in ("report.md", "report.html"):
        text = (project / "reports" / name).read_text(encoding="utf-8")
        assert f"not applied: set for gold {other[:12]}" in text and "no gates" in text, name
    # --apply-thresholds applies them anyway; an unknown key is still bad input when not applied
    status, report, _ = run(use_thresholds=True, apply_thresholds=True)
    assert status == 1 and [g["key"] for g in report["gates"]["failed"]] == ["ents.strict.f1"]
    (project / "newsgold.toml").write_text(
        f'[thresholds]\ngold_sha256 = "{other}"\n"ents.strict.f9" = 0.99\n', encoding="utf-8"
    )
    with pytest.raises(UserError, match="unknown gate key"):
        run(use_thresholds=True)


def test_thresholds_set_for_this_gold_set_apply(run, project: Path) -> None:
    (project / "newsgold.toml").write_text(
        f'[thresholds]\ngold_sha256 = "{_gold_sha256(project)}"\n"ents.strict.f1" = 0.99\n', encoding="utf-8"
    )
    status, report, _ = run(use_thresholds=True)
    assert status == 1 and report["gates"]["not_applied"] is None
    assert report["gates"]["thresholds_set_for_gold"] == _gold_sha256(project)


def test_gate_on_an_undefined_score_is_not_applicable(run, project: Path) -> None:
    # doc "a" has one gold QUOTE; a prediction with no QUOTE at all leaves attribution undefined (no matched quote)
    from newsgold.spandoc import SpanDocument, write_documents

    none = project / "none.jsonl"
    write_documents([SpanDocument("a", []), SpanDocument("b", [])], none)
    status, report, out = run(preds=[("none", none)], labels={"none": ("QUOTE",)}, fail_under=["none.attribution=0.9"])
    assert status == 0
    gates = report["gates"]
    assert gates["status"] == "no gates" and gates["failed"] == []
    assert [(g["key"], g["status"], g["passed"]) for g in gates["not_applicable"]] == [
        ("none.attribution", "not applicable", None)
    ]
    assert "not applicable none: none.attribution" in out
    assert "gate(s) passed" not in (project / "reports" / "report.md").read_text(encoding="utf-8")


def test_repository_thresholds_record_the_fingerprint_of_its_gold_set() -> None:
    import hashlib

    from newsgold.eval.report.gates import load_thresholds

    repo = Path(__file__).resolve().parents[3]
    thresholds = load_thresholds(repo / "newsgold.toml")
    assert thresholds.values, "the repository gates its own extractors"
    assert thresholds.gold_sha256 == hashlib.sha256((repo / "gold" / "gold.jsonl").read_bytes()).hexdigest()
