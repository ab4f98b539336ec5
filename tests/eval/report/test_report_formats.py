"""`eval report` with a BRAT gold folder and predictions in CoNLL and Label Studio formats (issue 11)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parents[2] / "newsgold" / "formats" / "data" / "acceptance"


def test_report_reads_any_format_and_applies_the_label_map(tmp_path: Path) -> None:
    cmd = [sys.executable, "-m", "newsgold", "eval", "report", "--corpus", str(DATA / "corpus"),
           "--gold", str(DATA / "brat" / "gold"), "--pred", f"conll={DATA / 'conll' / 'pred.conll'}",
           "--pred", f"ls={DATA / 'label-studio' / 'pred.json'}", "--out", str(tmp_path / "out"),
           "--no-thresholds", "--bootstrap", "0", "--no-cache", "--quiet", "--label-map", "NORP=GPE"]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    for name in ("conll", "ls"):
        strict = report["extractors"][name]["score"]["schemes"]["strict"]["overall"]
        # 10 gold spans; NORP "Norway" mapped to GPE is now right: 8 correct, 2 wrong label/boundary, 1 spurious
        assert (strict["correct"], strict["possible"], strict["actual"]) == (8, 10, 11)
