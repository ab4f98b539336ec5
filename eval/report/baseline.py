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

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from newsgold.eval.report.options import SHOWN_SCHEMES
from newsgold.errors import UserError
from newsgold.input_files import read_json_file

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
    """Read an earlier report.json (UserError, one line, when it is not one or has the wrong shape)."""
    try:
        data = read_json_file(path, "--baseline")
    except UserError as exc:
        detail = str(exc).rsplit(": ", 1)[-1]
        raise UserError(f"--baseline {path}: not a readable report.json ({detail})") from None
    if not isinstance(data, dict) or not isinstance(data.get("extractors"), dict):
        raise UserError(f"--baseline {path}: not a newsgold report.json (no 'extractors' object)")
    for name, entry in data["extractors"].items():
        problem = _shape_problem(entry)
        if problem:
            raise UserError(f"--baseline {path}: extractor {str(name)[:60]!r}: {problem}; not a newsgold report.json")
    return data


def _shape_problem(entry: Any) -> str | None:
    """What is wrong with one ``extractors[name]`` entry of a baseline (None when compare() can read it)."""
    if not isinstance(entry, dict):
        return "expected an object"
    if "score" not in entry:
        return None  # not comparable; compare() skips it
    labels = entry.get("labels", [])
    if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
        return "'labels' must be a list of label names"
    score = entry["score"]
    if not isinstance(score, dict) or not isinstance(score.get("schemes", {}), dict):
        return "'score' must be an object with a 'schemes' object"
    for scheme, node in score.get("schemes", {}).items():
        if not isinstance(node, dict):
            return f"score scheme {str(scheme)[:40]!r} must be an object"
        by_label = node.get("labels") or {}
        if not isinstance(by_label, dict):
            return f"score scheme {str(scheme)[:40]!r}: 'labels' must be an object"
        for row in [node.get("overall") or {}, *by_label.values()]:
            if not isinstance(row, dict):
                return f"score scheme {str(scheme)[:40]!r}: each row must be an object"
            for metric in METRICS:
                value = row.get(metric)
                if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
                    return f"{metric} scores must be numbers"
    if not isinstance(score.get("intervals") or {}, dict):
        return "'intervals' must be an object"
    return None


def _get(node: Any, key: str) -> Any:
    """``node[key]`` when ``node`` is an object, else None (an interval of the wrong shape is no interval)."""
    return node.get(key) if isinstance(node, Mapping) else None


def _interval(score: Mapping[str, Any], scheme: str, label: str, metric: str) -> list[float] | None:
    node = _get(_get(_get(score, "intervals"), "schemes"), scheme)
    node = _get(node, "overall") if label == "overall" else _get(_get(node, "labels"), label)
    value = _get(node, metric)
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(x, int | float) and not isinstance(x, bool) and x == x for x in value)
    ):
        return [float(value[0]), float(value[1])]
    return None


def _value(score: Mapping[str, Any], scheme: str, label: str, metric: str) -> float | None:
    node = _get(_get(score, "schemes"), scheme)
    node = _get(node, "overall") if label == "overall" else _get(_get(node, "labels"), label)
    value = _get(node, metric)
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        return None
    return float(value)


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
    old_gold = _get(baseline.get("gold"), "sha256")
    return {
        "path": str(path),
        "generated_at": str(baseline.get("generated_at"))[:40] if baseline.get("generated_at") is not None else None,
        "same_gold": old_gold == current["gold"]["sha256"],
        "compared": sorted({c.extractor for c in checks}),
        "passed": all(c.passed for c in checks),
        "failed": [asdict(c) for c in checks if not c.passed],
        "n_checks": len(checks),
    }
