"""benchmarks/dev_eval.py runs and prints every set it finds (a baseline only: no model needed)."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks import dev_eval


def test_dev_eval_prints_and_writes_the_figures(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "dev.json"
    rc = dev_eval.main(["--extractors", "baseline-dates", "--gum", str(tmp_path / "absent"), "--shipped",
                        "--json", str(out)])  # fmt: skip
    printed = capsys.readouterr().out
    assert rc == 0
    assert "gum-news-dev: not found" in printed and "IN-SAMPLE" in printed
    rows = json.loads(out.read_text())
    shipped = [r for r in rows if r["set"] == "shipped"]
    assert {r.get("no_manifest", False) for r in shipped} == {False, True}
    assert all(r["kind"] == "dates" and 0 <= r["strict"]["recall"] <= 1 for r in rows)
