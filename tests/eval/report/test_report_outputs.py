"""report.json / report.md / report.html / terminal: the numbers are the scoring engine's, the scope is explicit."""

from __future__ import annotations

import json
import re
import xml.dom.minidom
from pathlib import Path

import pytest

from newsgold.eval import score_documents
from newsgold.eval.report.context import sentence_bounds
from newsgold.errors import UserError
from newsgold.spandoc import load_documents, write_documents
from newsgold.eval.registry import SCHEME_HELP


def test_report_json_holds_the_scoring_engines_numbers(run, project: Path) -> None:
    status, report, _ = run(n_bootstrap=60, seed=3)
    assert status == 0
    gold = load_documents(project / "gold")
    for name, entry in report["extractors"].items():
        pred = load_documents(entry["predictions_file"])
        expected = score_documents(gold, pred, labels=entry["labels"], n_bootstrap=60, seed=3).to_json()
        assert entry["score"] == json.loads(json.dumps(expected)), name
    assert (
        report["gold"]["sha256"]
        == __import__("hashlib").sha256((project / "gold" / "gold.jsonl").read_bytes()).hexdigest()
    )
    assert report["versions"]["python"]
    assert report["settings"]["n_bootstrap"] == 60


def test_each_extractor_is_scored_on_the_labels_it_predicts(run) -> None:
    _, report, out = run()
    labels = {n: e["labels"] for n, e in report["extractors"].items()}
    # quotes emits speaker PERSON spans only as said_by targets: scored on QUOTE alone
    assert labels == {"ents": ["PERSON", "ORG", "GPE", "NORP"], "dates": ["DATE"], "quotes": ["QUOTE"]}
    dates = report["extractors"]["dates"]["score"]["schemes"]["strict"]["overall"]
    assert dates["possible"] == 2  # the gold DATE spans only, no PERSON charged to `dates`
    assert "only on the labels it predicts" in Path("reports/report.md").read_text(encoding="utf-8")


def test_labels_option_overrides_the_scope(run) -> None:
    _, report, _ = run(labels={"ents": ("PERSON",)})
    entry = report["extractors"]["ents"]
    assert entry["labels"] == ["PERSON"] and entry["labels_from"] == "--labels"
    assert set(entry["score"]["schemes"]["strict"]["labels"]) == {"PERSON"}


def test_predictions_file_source(run, project: Path) -> None:
    _, first, _ = run(extractors=["ents"])
    write_documents(load_documents(first["extractors"]["ents"]["predictions_file"]), project / "mine.jsonl")
    _, report, _ = run(preds=[("mine", project / "mine.jsonl")])
    assert list(report["extractors"]) == ["mine"]
    assert report["extractors"]["mine"]["kind"] == "predictions"
    assert report["extractors"]["mine"]["score"] == first["extractors"]["ents"]["score"]


def test_terminal_table_has_both_schemes_with_intervals(run) -> None:
    _, report, out = run(quiet=False)
    assert f"strict: {SCHEME_HELP['strict']}" in out  # the help text of the scheme registry
    assert "partial: " in out
    assert re.search(r"ents\s+PERSON\s+4\s+3\s+0\.67 \[\d\.\d\d-\d\.\d\d\]\s+0\.50 \[[-.\d]+\]\s+0\.57 \[", out), out
    assert "quotes: quote attribution 1.00" in out
    assert "dates: date value accuracy 0.50" in out


def test_markdown_and_step_summary(run, project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = project / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run()
    run()
    md = (project / "reports" / "report.md").read_text(encoding="utf-8")
    assert "## Summary" in md and "| ents | PERSON ORG GPE NORP |" in md
    assert "## Per label, strict" in md and "## Per label, partial" in md
    assert summary.read_text(encoding="utf-8").count("# newsgold extractor report") == 2


def test_html_is_self_contained_and_lists_every_error(run, project: Path) -> None:
    _, report, _ = run()
    page = (project / "reports" / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "url(" not in page and "@import" not in page
    assert page.count('<svg class="figure"') == 2
    for svg in re.findall(r'<svg class="figure".*?</svg>', page, re.S):  # well-formed XML, every text escaped
        xml.dom.minidom.parseString(svg)
    n_errors = sum(len(e["errors"]) for e in report["extractors"].values())
    assert n_errors > 0
    assert page.count('<li class="err"') == n_errors
    assert 'data-extractor="ents" data-labels="GPE ORG"' in page  # Reykjavik, GPE predicted as ORG


def test_errors_are_shown_in_their_sentence(run, project: Path) -> None:
    _, report, _ = run()
    text = (project / "corpus" / "a.txt").read_text(encoding="utf-8")
    errors = report["extractors"]["ents"]["errors"]
    label_error = next(e for e in errors if e["kind"] == "label")
    assert (label_error["gold_text"], label_error["pred_text"]) == ("Reykjavik", "Reykjavik")
    assert text[label_error["context_start"] : label_error["context_end"]] == (
        "Antony Blinken met Sergey Lavrov in Reykjavik on Wednesday."
    )
    boundary = next(e for e in errors if e["kind"] == "boundary")
    assert (boundary["gold_text"], boundary["pred_text"]) == ("Sergey Lavrov", "Lavrov")


def test_sentence_bounds_keep_abbreviations_and_split_lines() -> None:
    text = "The U.S. delegation arrived. Talks began.\nNew paragraph"
    assert [text[a:b] for a, b in sentence_bounds(text)] == [
        "The U.S. delegation arrived.",
        "Talks began.",
        "New paragraph",
    ]


def test_missing_default_gold_is_one_clear_error(project: Path) -> None:
    import newsgold.eval.report.goldset as goldset

    (project / "newsgold.toml").write_text('[paths]\ngold = "nothing"\n', encoding="utf-8")
    with pytest.raises(UserError, match=r"gold\.jsonl: no gold set yet; .* pass --gold PATH"):
        goldset.load_gold(None, [])


def test_outside_a_project_the_report_names_the_options_and_init(project: Path, cli) -> None:
    (project / "newsgold.toml").unlink()
    proc = cli("report", "--no-thresholds", cwd=project)
    assert proc.returncode == 2, proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert "--corpus DIR and --gold PATH" in line and "newsgold init" in line


def test_corrupt_gold_exits_2_with_one_line(project: Path, cli) -> None:
    gold = project / "gold" / "gold.jsonl"
    gold.write_text(gold.read_text(encoding="utf-8").replace('"start": 0', '"start": -4', 1), encoding="utf-8")
    proc = cli("report", "--gold", "gold", "--pred", "x=gold/gold.jsonl", "--no-thresholds", cwd=project)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "gold.jsonl:1" in lines[0] and "start" in lines[0], proc.stderr
    assert not (project / "reports").exists()


def test_unknown_gate_key_exits_2_before_running_anything(project: Path, cli) -> None:
    proc = cli(
        "report",
        "--gold",
        "gold",
        "--pred",
        "x=gold/gold.jsonl",
        "--no-thresholds",
        "--fail-under",
        "x.strict.f9=0.5",
        cwd=project,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        line for line in proc.stderr.strip().splitlines() if "unknown gate key 'x.strict.f9'" in line
    ]


def test_impossible_threshold_on_the_command_line_exits_1(project: Path, cli) -> None:
    proc = cli(
        "report",
        "--gold",
        "gold",
        "--pred",
        "x=gold/gold.jsonl",
        "--no-thresholds",
        "--bootstrap",
        "20",
        "--fail-under",
        "x.strict.f1=1",
        "--fail-under",
        "x.GPE.strict.recall=1",
        cwd=project,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr  # the gold scored against itself is perfect
    empty = project / "empty.jsonl"
    empty.write_text('{"doc_id": "a", "spans": []}\n', encoding="utf-8")
    proc = cli(
        "report",
        "--gold",
        "gold",
        "--pred",
        f"x={empty}",
        "--no-thresholds",
        "--bootstrap",
        "0",
        "--labels",
        "x=PERSON",
        "--fail-under",
        "x.PERSON.strict.recall=0.5",
        cwd=project,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "FAILED x: x.PERSON.strict.recall = 0.0000 < 0.5" in proc.stdout
    assert "1 gate(s) failed" in proc.stderr


def test_report_numbers_equal_eval_score_on_the_same_predictions(run, project: Path, cli) -> None:
    """The acceptance check, through both command lines: report.json == `newsgold eval score --json`."""
    _, report, _ = run(n_bootstrap=40, seed=7)
    for name, entry in report["extractors"].items():
        proc = cli(
            "score",
            "--gold",
            "gold",
            "--pred",
            entry["predictions_file"],
            "--labels",
            ",".join(entry["labels"]),
            "--bootstrap",
            "40",
            "--seed",
            "7",
            "--json",
            cwd=project,
        )
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout) == entry["score"], name
        assert entry["reproduce"].startswith("newsgold eval score --gold ")


def test_unknown_extractor_exits_2_naming_the_installed_ones(project: Path, cli) -> None:
    proc = cli("report", "--gold", "gold", "--extractor", "no-such-extractor", "--no-thresholds", cwd=project)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "'no-such-extractor'" in lines[0] and "installed extractors:" in lines[0]


def test_highlight_marks_gold_and_predicted_parts_and_escapes() -> None:
    from newsgold.eval.report.render_html import highlight

    text = "Tom & <Jerry> met.\nBye"
    err = {"context_start": 0, "context_end": 23, "gold_start": 0, "gold_end": 13, "pred_start": 6, "pred_end": 18}
    assert highlight(text, err) == (
        '<span class="g">Tom &amp; </span><span class="g p">&lt;Jerry&gt;</span><span class="p"> met.</span><br>Bye'
    )
    missed = {"context_start": 0, "context_end": 5, "gold_start": 0, "gold_end": 3, "pred_start": None}
    assert highlight(text, missed) == '<span class="g">Tom</span> &amp;'


def test_paired_comparisons_between_extractors_on_the_same_labels(run, project: Path) -> None:
    _, first, _ = run(extractors=["ents"])
    worse = load_documents(first["extractors"]["ents"]["predictions_file"])
    for doc in worse:
        doc.spans = doc.spans[:1]
    write_documents(worse, project / "worse.jsonl")
    _, report, out = run(extractors=["ents", "dates"], preds=[("worse", project / "worse.jsonl")], quiet=False)
    comparisons = report["comparisons"]
    # dates is alone on DATE; ents and worse share PERSON ORG GPE NORP ("worse" emits those labels' first spans,
    # so its labels are given explicitly to match)
    assert {(c["extractor_a"], c["extractor_b"]) for c in comparisons} <= {("ents", "worse")}
    _, report, out = run(
        extractors=["ents"],
        preds=[("worse", project / "worse.jsonl")],
        labels={"worse": ("PERSON", "ORG", "GPE", "NORP")},
        quiet=False,
    )
    by_scheme = {c["scheme"]: c for c in report["comparisons"]}
    assert set(by_scheme) == {"strict", "partial"}
    for scheme, c in by_scheme.items():
        assert (c["extractor_a"], c["extractor_b"], c["labels"]) == ("ents", "worse", ["PERSON", "ORG", "GPE", "NORP"])
        assert c["a"] == pytest.approx(report["extractors"]["ents"]["score"]["schemes"][scheme]["overall"]["f1"])
        assert c["b"] == pytest.approx(report["extractors"]["worse"]["score"]["schemes"][scheme]["overall"]["f1"])
        assert 0 < c["p_value"] <= 1
    assert "paired comparisons" in out
    assert "## Paired comparisons" in (project / "reports" / "report.md").read_text(encoding="utf-8")


def test_wrong_speakers_and_values_are_in_every_output(run, project: Path, wrong_attributes: Path) -> None:
    status, report, _ = run(preds=[("mine", wrong_attributes)])
    assert status == 0
    errors = report["extractors"]["mine"]["errors"]
    speaker = [e for e in errors if e["kind"] == "speaker"]
    value = [e for e in errors if e["kind"] == "value"]
    assert [(e["gold_text"], e["gold_speaker_text"], e["pred_speaker_text"]) for e in speaker] == [
        ('"We have differences,"', "Blinken", "Sergey Lavrov")
    ]
    assert [(e["doc_id"], e["gold_text"], e["gold_value"], e["pred_value"]) for e in value] == [
        ("b", "May 19, 2021", "2021-05-19", "2021-05-20")
    ]
    text = (project / "corpus" / "a.txt").read_text(encoding="utf-8")
    context = text[speaker[0]["context_start"] : speaker[0]["context_end"]]
    assert "Sergey Lavrov" in context and "We have differences" in context  # the wrong speaker is in view
    md = (project / "reports" / "report.md").read_text(encoding="utf-8")
    assert "## Wrong speakers and date values" in md
    assert '| mine | a | speaker | QUOTE "We have differences," | Blinken | Sergey Lavrov |' in md
    assert "| mine | b | value | DATE May 19, 2021 | 2021-05-19 | 2021-05-20 |" in md
    page = (project / "reports" / "report.html").read_text(encoding="utf-8")
    assert page.count('data-kind="speaker"') == 1 and page.count('data-kind="value"') == 1
    assert '<option value="speaker">speaker</option>' in page and '<option value="value">value</option>' in page
    assert '<span class="ps">Sergey Lavrov</span>' in page


def test_the_fake_dates_extractor_lists_its_wrong_value(run) -> None:
    _, report, _ = run(extractors=["dates"])
    value = [e for e in report["extractors"]["dates"]["errors"] if e["kind"] == "value"]
    assert [(e["gold_text"], e["pred_text"], e["gold_value"], e["pred_value"]) for e in value] == [
        ("May 19, 2021", "May 19", "2021-05-19", "2021-05-20")
    ]


def test_progress_moves_per_document_inside_an_extractor_run(run, registry, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from newsgold import progress as progress_module

    stderr = io.StringIO()
    monkeypatch.setattr("sys.stderr", stderr)
    run()
    assert stderr.getvalue() == ""  # stderr is not a terminal here: no bar, no \r
    assert registry.extractors["ents"].batches == [["a"], ["b"]]  # one call per document: the bar can move
    monkeypatch.setattr(progress_module, "is_interactive", lambda: True)
    run(use_cache=False)
    drawn = stderr.getvalue()
    assert "extract ents" in drawn and "/6" in drawn and "score" in drawn
    stderr.truncate(0)
    stderr.seek(0)
    run(use_cache=False, progress=False)
    assert stderr.getvalue() == ""


def test_annotator_agreement_is_shown_when_the_gold_folder_has_it(run, project: Path) -> None:
    from newsgold.agreement import agreement_report

    _, report, _ = run()
    assert report["agreement"] is None
    assert "Annotator agreement" not in (project / "reports" / "report.html").read_text(encoding="utf-8")

    gold = {d.doc_id: d for d in load_documents(project / "gold" / "gold.jsonl")}
    other = {k: d for k, d in gold.items()}
    other["b"] = type(gold["b"])("b", gold["b"].spans[:-1], gold["b"].relations, gold["b"].text)  # one span less
    agreement = agreement_report({"ann-1": gold, "ann-2": other})
    (project / "gold" / "agreement.json").write_text(json.dumps(agreement), encoding="utf-8")
    _, report, _ = run()
    (pair,) = report["agreement"]["pairs"]
    assert (pair["a"], pair["b"], pair["documents"]) == ("ann-1", "ann-2", 2)
    assert pair["labels"]["GPE"]["f1"] == 1.0 and pair["labels"]["PERSON"]["f1"] < 1.0  # Lavrov: only ann-1
    assert pair["overall"]["alpha_u"] == agreement["pairs"][0]["overall"]["alpha_u"]
    page = (project / "reports" / "report.html").read_text(encoding="utf-8")
    assert "<h2>Annotator agreement</h2>" in page and "ann-1 / ann-2" in page and "alpha_u" in page
    md = (project / "reports" / "report.md").read_text(encoding="utf-8")
    assert "## Annotator agreement" in md and "| ann-1 / ann-2 | 2 | PERSON |" in md

    (project / "gold" / "agreement.json").write_text("{not json", encoding="utf-8")
    status, report, _ = run()
    assert status == 0 and "unreadable agreement file" in report["agreement"]["error"]


def test_an_agreement_file_nested_too_deeply_is_reported_unreadable(tmp_path: Path) -> None:
    """Before: json.loads raised RecursionError, which the reader did not catch: eval report exited 3."""
    from newsgold.eval.report.agreement import load_agreement

    (tmp_path / "agreement.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    entry = load_agreement(tmp_path)
    assert entry is not None and "nested too deeply" in entry["error"]
