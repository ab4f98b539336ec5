"""``--baseline old-report.json``: fail when a score drops by more than its interval allows.

For every extractor present in both reports, and every precision, recall and
F1 (overall and per label, under the schemes shown in the report), the new
score fails when it lies **below the lower end of the baseline's 95 %
interval**: a drop smaller than the baseline's own resampling spread is noise
on a corpus this size, a larger one is a regression. When the baseline has no
intervals (``--bootstrap 0``), the new run's interval is used instead (fail
when the old score lies above it); when neither has one, any drop fails.
Scores without intervals (attribution, date values) are compared only by the
threshold gates. A baseline made on another gold set (different hash) is
still compared, with a warning in the report, because that is exactly the
case of a gold set that was corrected.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from newsgold.eval.report.options import SHOWN_SCHEMES
from newsgold.errors import UserError

METRICS = ("precision", "recall", "f1")
EPSILON = 1e-12


@dataclass
class Regression:
    """One score checked against the baseline."""

    extractor: str
    scheme: str
    label: str  # "overall" or a span label
    metric: str
    baseline: float
    value: float
    allowed_from: float  # the lowest value that still passes
    passed: bool

    def line(self) -> str:
        verdict = "ok" if self.passed else "FAILED"
        return (
            f"{verdict:6} {self.extractor}: {self.label} {self.scheme} {self.metric} = {self.value:.4f}, "
            f"baseline {self.baseline:.4f} (must stay >= {self.allowed_from:.4f})"
        )


def load_baseline(path: Path) -> dict[str, Any]:
    """Read an earlier report.json (UserError when it is not one)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UserError(f"--baseline {path}: no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(f"--baseline {path}: not a readable report.json ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("extractors"), dict):
        raise UserError(f"--baseline {path}: not a newsgold report.json (no 'extractors' object)")
    return data


def _interval(score: Mapping[str, Any], scheme: str, label: str, metric: str) -> list[float] | None:
    intervals = (score.get("intervals") or {}).get("schemes") or {}
    node = intervals.get(scheme) or {}
    node = node.get("overall") if label == "overall" else (node.get("labels") or {}).get(label)
    value = (node or {}).get(metric)
    if isinstance(value, list) and len(value) == 2 and all(isinstance(x, int | float) for x in value):
        return [float(value[0]), float(value[1])]
    return None


def _value(score: Mapping[str, Any], scheme: str, label: str, metric: str) -> float | None:
    node = score["schemes"][scheme]
    node = node["overall"] if label == "overall" else node["labels"].get(label)
    value = None if node is None else node.get(metric)
    return float(value) if isinstance(value, int | float) else None


def compare(baseline: Mapping[str, Any], current: Mapping[str, Any]) -> list[Regression]:
    """Check every shared score of ``current`` (report.json) against ``baseline``."""
    checks: list[Regression] = []
    for name, entry in current["extractors"].items():
        old_entry = baseline["extractors"].get(name)
        if not isinstance(old_entry, dict) or "score" not in old_entry:
            continue
        old, new = old_entry["score"], entry["score"]
        same_scope = list(old_entry.get("labels", [])) == list(entry["labels"])
        labels = [lb for lb in entry["labels"] if lb in old_entry.get("labels", [])]
        for scheme in SHOWN_SCHEMES:
            if scheme not in old.get("schemes", {}):
                continue
            for label in (["overall"] if same_scope else []) + labels:
                for metric in METRICS:
                    before, after = _value(old, scheme, label, metric), _value(new, scheme, label, metric)
                    if before is None or after is None:
                        continue
                    old_iv, new_iv = _interval(old, scheme, label, metric), _interval(new, scheme, label, metric)
                    if old_iv is not None:
                        floor = old_iv[0]
                    elif new_iv is not None:
                        floor = before - (new_iv[1] - after)
                    else:
                        floor = before
                    checks.append(
                        Regression(name, scheme, label, metric, before, after, floor, after + EPSILON >= floor)
                    )
    return checks


def baseline_record(
    path: Path, baseline: Mapping[str, Any], current: Mapping[str, Any], checks: list[Regression]
) -> dict:
    """The ``baseline`` entry of report.json."""
    old_gold = (baseline.get("gold") or {}).get("sha256")
    return {
        "path": str(path),
        "generated_at": baseline.get("generated_at"),
        "same_gold": old_gold == current["gold"]["sha256"],
        "compared": sorted({c.extractor for c in checks}),
        "passed": all(c.passed for c in checks),
        "failed": [asdict(c) for c in checks if not c.passed],
        "n_checks": len(checks),
    }
