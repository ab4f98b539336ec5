"""The example GitHub Actions workflow stays in step with the command it documents."""

from __future__ import annotations

import shlex
from pathlib import Path

import yaml

from newsgold.eval.report_cli import parse_options

PROJECT_ROOT = Path(__file__).resolve().parents[3]

WORKFLOW = PROJECT_ROOT / ".github" / "workflows" / "newsgold-report.yml"


def test_workflow_installs_runs_uploads_and_summarises() -> None:
    flow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    steps = flow["jobs"]["report"]["steps"]
    runs = [s["run"] for s in steps if "run" in s]
    assert any("--require-hashes -r requirements/model.txt" in r for r in runs)
    report = next(r for r in runs if r.strip().startswith("newsgold eval report"))
    args = shlex.split(report.strip())[3:]
    options = parse_options(args, "newsgold eval report")  # every option it uses exists
    upload = next(s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact"))
    assert upload["with"]["path"].rstrip("/") == str(options.out or "reports").rstrip("/")
    assert "cancelled()" in upload["if"]  # the report is kept when a gate fails
    # the summary is written by the command itself from $GITHUB_STEP_SUMMARY (set by Actions)
    assert not any("GITHUB_STEP_SUMMARY" in r for r in runs)


def test_the_workflow_init_writes_runs_the_report_and_uploads_it() -> None:
    from newsgold.scaffold import shipped_data

    flow = yaml.safe_load((shipped_data() / "newsgold-report.yml").read_text(encoding="utf-8"))
    steps = flow["jobs"]["report"]["steps"]
    runs = [s["run"] for s in steps if "run" in s]
    report = next(r for r in runs if r.strip().startswith("newsgold eval report"))
    options = parse_options(shlex.split(report.strip())[3:], "newsgold eval report")
    upload = next(s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact"))
    assert upload["with"]["path"].rstrip("/") == str(options.out).rstrip("/")
    assert any("pip install" in r for r in runs) and not any("requirements/" in r for r in runs)
