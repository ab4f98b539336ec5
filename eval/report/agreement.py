"""Inter-annotator agreement beside the extractor scores: how good the gold set itself is.

``annotate pull`` writes ``agreement.json`` into the gold folder
(:func:`newsgold.agreement.agreement_report`). When it is there, the report
copies a summary into ``report.json`` (``agreement``) and shows it as a table
of annotator pair x label: strict and overlap span F1 and Krippendorff's
unitizing alpha. An extractor scoring above the annotators' own agreement
is fitting the gold set's noise; the table makes that visible. A missing
file means no agreement section; an unreadable one is noted, never fatal
(the scores do not depend on it).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from newsgold.input_files import read_json_file

AGREEMENT_FILE = "agreement.json"
MEASURES = ("a", "b", "both", "f1", "overlap_f1", "alpha_u")


def _number(value: Any) -> float | int | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


def _measures(row: Any) -> dict[str, Any]:
    row = row if isinstance(row, Mapping) else {}
    return {m: _number(row.get(m)) for m in MEASURES}


def load_agreement(gold_path: Path) -> dict[str, Any] | None:
    """The ``agreement`` entry of report.json from the gold folder's agreement.json (None when there is none)."""
    folder = gold_path if gold_path.is_dir() else gold_path.parent
    path = folder / AGREEMENT_FILE
    if not path.is_file():
        return None
    try:
        data: Any = read_json_file(path, "agreement file")  # nesting, size and UTF-8 checked like every input
        pairs = data["pairs"]
        if not isinstance(pairs, list):
            raise TypeError("'pairs' is not a list")
        summary = []
        for pair in pairs:
            labels = pair.get("labels") if isinstance(pair.get("labels"), Mapping) else {}
            summary.append(
                {
                    "a": str(pair["a"]),
                    "b": str(pair["b"]),
                    "documents": _number(pair.get("documents")),
                    "overall": _measures(pair.get("overall")),
                    "labels": {str(label): _measures(row) for label, row in labels.items()},
                    "token_kappa": _number(pair.get("token_kappa")),
                }
            )
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        return {"path": str(path), "error": f"unreadable agreement file ({type(exc).__name__}: {exc})"[:300]}
    annotators = data.get("annotators") if isinstance(data.get("annotators"), Mapping) else {}
    return {"path": str(path), "annotators": {str(k): _number(v) for k, v in annotators.items()}, "pairs": summary}


def _fmt(value: Any) -> str:
    return "" if value is None else (f"{value:.3f}" if isinstance(value, float) else str(value))


def agreement_frame(report: Mapping[str, Any]) -> pd.DataFrame:
    """One row per annotator pair and label (then the pair's overall row): spans, strict/overlap F1, alpha_u."""
    agreement = report.get("agreement") or {}
    rows = []
    for pair in agreement.get("pairs", []):
        for label, m in [*pair["labels"].items(), ("overall", pair["overall"])]:
            rows.append(
                {
                    "annotators": f"{pair['a']} / {pair['b']}",
                    "documents": _fmt(pair["documents"]),
                    "label": label,
                    "spans (a / b)": f"{_fmt(m['a'])} / {_fmt(m['b'])}",
                    "strict F1": _fmt(m["f1"]),
                    "overlap F1": _fmt(m["overlap_f1"]),
                    "alpha_u": _fmt(m["alpha_u"]),
                }
            )
    return pd.DataFrame(rows)


AGREEMENT_HELP = (
    "Agreement of the annotators who made the gold set (agreement.json, written by `newsgold annotate pull`): "
    "strict F1 needs the same ends and label, overlap F1 the same label and a shared character, alpha_u is "
    "Krippendorff's chance-corrected unitizing alpha (1 perfect, 0 chance). An extractor cannot be measured "
    "more precisely than the annotators agree."
)
