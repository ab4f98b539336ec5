"""Issue 13's acceptance, from outside: a user's own project, their own predictions, no thresholds of theirs.

The project folder holds the user's articles and gold set (built by hand here:
``newsgold init`` scaffolds the same layout). ``newsgold eval report --pred
mine=FILE``, where FILE has every span right but one wrong speaker and one
wrong DATE value, must exit 0, say "no gates" (never "all gates passed": the
newsgold repository's own thresholds were set for another gold set), and list
both mistakes in report.json.
"""

from __future__ import annotations

import json
from pathlib import Path


def test_own_project_wrong_speaker_and_value_no_gates(project: Path, wrong_attributes: Path, cli) -> None:
    proc = cli("report", "--pred", f"mine={wrong_attributes.name}", cwd=project)
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
