"""--baseline: a drop beyond the baseline's interval fails; an unchanged run passes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsgold.eval.report.baseline import compare
from newsgold.errors import UserError


def test_unchanged_run_holds_the_baseline(run, project: Path) -> None:
    run()
    shutil.copy(project / "reports" / "report.json", project / "old.json")
    status, report, out = run(baseline=project / "old.json")
    assert status == 0
    assert report["baseline"]["passed"] is True
    assert report["baseline"]["same_gold"] is True
    assert report["baseline"]["n_checks"] > 0
    assert "scores held" in out


def test_drop_beyond_interval_fails(run, project: Path) -> None:
    run()
    old = json.loads((project / "reports" / "report.json").read_text(encoding="utf-8"))
    # Pretend the baseline was perfect and sure of it: any lower score now is a regression.
    for entry in old["extractors"].values():
        entry["score"]["schemes"]["strict"]["overall"]["f1"] = 1.0
        entry["score"]["intervals"]["schemes"]["strict"]["overall"]["f1"] = [0.99, 1.0]
    (project / "old.json").write_text(json.dumps(old), encoding="utf-8")
    status, report, out = run(baseline=project / "old.json")
    assert status == 1
    failed = {(c["extractor"], c["label"], c["scheme"], c["metric"]) for c in report["baseline"]["failed"]}
    assert ("ents", "overall", "strict", "f1") in failed
    assert "FAILED ents: overall strict f1" in out


def test_without_intervals_the_new_interval_is_used() -> None:
    def report(f1: float, iv: list[float] | None) -> dict:
        overall = {"precision": f1, "recall": f1, "f1": f1}
        intervals = (
            {"schemes": None}
            if iv is None
            else {"schemes": {"strict": {"overall": {m: iv for m in overall}, "labels": {}}}}
        )
        return {
            "extractors": {
                "x": {
                    "labels": [],
                    "score": {"schemes": {"strict": {"overall": overall, "labels": {}}}, "intervals": intervals},
                }
            }
        }

    assert all(c.passed for c in compare(report(0.8, None), report(0.75, [0.6, 0.85])))
    assert not any(c.passed for c in compare(report(0.8, None), report(0.75, [0.6, 0.78])))
    assert not any(c.passed for c in compare(report(0.8, None), report(0.79, None)))


def test_corrupt_baseline_is_bad_input(run, project: Path) -> None:
    (project / "old.json").write_text("[1, 2", encoding="utf-8")
    with pytest.raises(UserError, match="not a readable report.json"):
        run(baseline=project / "old.json")
