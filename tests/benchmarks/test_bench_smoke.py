"""The scorer benchmark and its data generator still run (tiny sizes; benchmarks are not tests)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from newsgold.spandoc import load_documents

REPO = Path(__file__).resolve().parents[2]


def test_synth_is_seeded_and_writes_valid_span_documents(tmp_path):
    cmd = [sys.executable, "-m", "benchmarks.synth", "--docs", "5", "--seed", "3"]
    for out in ("a", "b"):
        proc = subprocess.run([*cmd, str(tmp_path / out)], capture_output=True, text=True, cwd=REPO)
        assert proc.returncode == 0, proc.stderr
    gold = load_documents(tmp_path / "a" / "gold.jsonl")
    assert len(gold) == 5 and sum(len(d.spans) for d in gold) == 100
    for name in ("gold.jsonl", "pred.jsonl"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_bench_score_runs_at_tiny_size_and_peers_agree(tmp_path):
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_score", "--sizes", "400", "--timeout", "120", "--json", str(out),
         "--whole-process-runs", "1"],  # fmt: skip
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert proc.returncode == 0, proc.stderr
    for scorer in ("newsgold ", "newsgold+bootstrap", "nervaluate", "seqeval"):
        assert f"| {scorer}" in proc.stdout, scorer
    assert "nervaluate: overall counts and P/R/F1 of all four schemes AGREE" in proc.stdout
    assert "seqeval: micro P/R/F1 vs our strict P/R/F1 AGREE" in proc.stdout
    whole = [line for line in proc.stdout.splitlines() if line.startswith("|        400 |") and "x (" in line]
    assert len(whole) == 1 and "without intervals" in whole[0]
    data = json.loads(out.read_text())
    assert data["whole_process"][0]["gold_spans"] == 400 and data["in_process"]


def test_bench_cli_times_whole_processes_at_tiny_size():
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_cli", "--sizes", "200", "--runs", "1"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert proc.returncode == 0, proc.stderr
    rows = [line for line in proc.stdout.splitlines() if line.startswith("200 |")]
    assert len(rows) == 2 and all(" MiB" in r and "x |" in r for r in rows)
