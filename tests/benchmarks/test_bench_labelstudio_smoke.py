"""The Label Studio benchmark still runs (tiny size, against the session's real server; benchmarks are not tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_synthetic_annotations_fit_their_text() -> None:
    from newsgold.annotate.convert import from_ls_result
    from benchmarks.bench_labelstudio import synth_documents

    for doc, result in synth_documents(20, seed=1):
        converted, repairs = from_ls_result(doc.doc_id, doc.text, result)
        assert not repairs and len(converted.spans) == 4 and len(converted.relations) == 1
    assert [d.text for d, _ in synth_documents(3, 5)] == [d.text for d, _ in synth_documents(3, 5)]


@pytest.mark.labelstudio
def test_bench_labelstudio_runs_at_tiny_size(tmp_path: Path, ls_server) -> None:  # type: ignore[no-untyped-def]
    if not ls_server.running():
        ls_server.start()
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_labelstudio", "--tasks", "12", "--baseline-tasks", "3",
         "--json", str(out), "--url", ls_server.url],
        capture_output=True, text=True, cwd=REPO, timeout=600,
        env={**os.environ, "LABEL_STUDIO_API_KEY": ls_server.api_key},
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    rows = {r["operation"]: r for r in json.loads(out.read_text())["rows"]}
    assert rows["push (newsgold, batched)"]["tasks"] == 12
    assert rows["pull (newsgold, export snapshot)"]["tasks"] == 12
    assert "| push (newsgold, batched) | 12 |" in proc.stdout
