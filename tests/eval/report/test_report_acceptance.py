"""Issue 13's acceptance, from outside: a project made with ``newsgold init``, the user's own articles and gold.

``newsgold eval report --pred mine=FILE``, where FILE has every span right but
one wrong speaker and one wrong DATE value, must exit 0, say "no gates"
(never "all gates passed": the project has no thresholds of its own), and
list both mistakes in report.json.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def _newsgold(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_STEP_SUMMARY", "NEWSGOLD_PROJECT")}
    return subprocess.run(
        [sys.executable, "-m", "newsgold", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )


def test_own_project_wrong_speaker_and_value_no_gates(tmp_path: Path, own_articles: Any) -> None:
    init = _newsgold("init", "proj", cwd=tmp_path)
    assert init.returncode == 0, init.stderr
    project = tmp_path / "proj"
    mine = own_articles(project)

    proc = _newsgold("eval", "report", "--pred", f"mine={mine.name}", cwd=project)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "no gates" in proc.stdout
    assert "all gates passed" not in proc.stdout and "gate(s) passed" not in proc.stdout
    for name in ("report.md", "report.html"):
        text = (project / "reports" / name).read_text(encoding="utf-8")
        assert "no gates" in text and "all gates passed" not in text, name
    report = json.loads((project / "reports" / "report.json").read_text(encoding="utf-8"))
    assert report["gates"]["status"] == "no gates" and report["gates"]["failed"] == []
    kinds = {e["kind"] for e in report["extractors"]["mine"]["errors"]}
    assert {"speaker", "value"} <= kinds, kinds
