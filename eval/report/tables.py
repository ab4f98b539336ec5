"""pandas tables built from report.json, shared by the terminal, Markdown and HTML renderers.

The renderers never compute a number: they format what these frames take
from report.json, so the three outputs cannot disagree with each other or
with the JSON.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from newsgold.eval.registry import SCHEME_HELP

METRICS = ("precision", "recall", "f1")
OVERALL = "ALL"


def resampling_unit(report: Mapping[str, Any]) -> str:
    """What the bootstrap resampled ("paragraphs" with fewer than 30 documents, else "documents")."""
    units = {(e["score"].get("intervals") or {}).get("unit") for e in report["extractors"].values()} - {None}
    return f"{units.pop()}s" if len(units) == 1 else "documents or paragraphs"


def _interval(score: Mapping[str, Any], scheme: str, label: str | None, metric: str) -> tuple[float, float] | None:
    schemes = (score.get("intervals") or {}).get("schemes") or {}
    node = schemes.get(scheme) or {}
    node = node.get("overall") if label is None else (node.get("labels") or {}).get(label)
    value = (node or {}).get(metric)
    if isinstance(value, list | tuple) and len(value) == 2 and None not in value:
        return float(value[0]), float(value[1])
    return None


def scores_frame(report: Mapping[str, Any], scheme: str) -> pd.DataFrame:
    """One row per (extractor, label) plus an ``ALL`` row per extractor: counts, P/R/F1 and interval bounds."""
    rows: list[dict[str, Any]] = []
    for name, entry in report["extractors"].items():
        score = entry["score"]
        node_scheme = score["schemes"][scheme]
        for label in [None, *entry["labels"]]:
            node = node_scheme["overall"] if label is None else node_scheme["labels"].get(label, {})
            row: dict[str, Any] = {
                "extractor": name,
                "label": OVERALL if label is None else label,
                "possible": node.get("possible"),
                "actual": node.get("actual"),
            }
            for metric in METRICS:
                row[metric] = node.get(metric)
                iv = _interval(score, scheme, label, metric)
                row[f"{metric}_lo"], row[f"{metric}_hi"] = iv if iv is not None else (None, None)
            rows.append(row)
    return pd.DataFrame(rows)


def fmt(value: Any, lo: Any = None, hi: Any = None, digits: int = 2) -> str:
    """``0.82 [0.70-0.91]``; ``-`` for an undefined value.

    >>> fmt(0.8166, 0.7, 0.911)
    '0.82 [0.70-0.91]'
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "-"
    out = f"{value:.{digits}f}"
    if lo is not None and hi is not None and not (pd.isna(lo) or pd.isna(hi)):
        out += f" [{lo:.{digits}f}-{hi:.{digits}f}]"
    return out


def formatted_scores(report: Mapping[str, Any], scheme: str) -> pd.DataFrame:
    """:func:`scores_frame` with P, R and F1 as display strings with their intervals.

    The ``ALL`` row of an extractor scored on one label repeats that label's row and is left out.
    """
    frame = scores_frame(report, scheme)
    single = {name for name, entry in report["extractors"].items() if len(entry["labels"]) == 1}
    frame = frame[~(frame["extractor"].isin(single) & (frame["label"] == OVERALL))].reset_index(drop=True)
    out = frame[["extractor", "label", "possible", "actual"]].copy()
    for metric, title in zip(METRICS, ("P", "R", "F1"), strict=True):
        out[title] = [
            fmt(v, lo, hi)
            for v, lo, hi in zip(frame[metric], frame[f"{metric}_lo"], frame[f"{metric}_hi"], strict=True)
        ]
    return out


def extras_frame(report: Mapping[str, Any]) -> pd.DataFrame:
    """Quote attribution and date-value accuracy of the extractors scored on QUOTE or DATE."""
    rows: list[dict[str, Any]] = []
    for name, entry in report["extractors"].items():
        score = entry["score"]
        if "QUOTE" in entry["labels"]:
            att = score.get("attribution") or {}
            pairs = att.get("pairs") or {}
            rows.append(
                {
                    "extractor": name,
                    "measure": "quote attribution",
                    "value": att.get("accuracy"),
                    "detail": f"{att.get('correct_speaker')} of {att.get('matched_quotes')} matched quotes have "
                    "the right "
                    f"speaker; (quote, speaker) pair F1 {fmt(pairs.get('f1'))}",
                }
            )
        if "DATE" in entry["labels"]:
            dates = score.get("dates") or {}
            rows.append(
                {
                    "extractor": name,
                    "measure": "date value accuracy",
                    "value": dates.get("value_accuracy"),
                    "detail": f"{dates.get('value_correct')} of {dates.get('matched')} matched DATE spans have "
                    "the right "
                    f"normalised value",
                }
            )
    return pd.DataFrame(rows, columns=["extractor", "measure", "value", "detail"])


def summary_frame(report: Mapping[str, Any], lenient: str) -> pd.DataFrame:
    """One row per extractor: labels, strict P/R/F1, lenient F1, version, whether it came from the cache."""
    rows: list[dict[str, Any]] = []
    for name, entry in report["extractors"].items():
        score = entry["score"]
        strict = score["schemes"]["strict"]["overall"]
        row: dict[str, Any] = {"extractor": name, "labels": " ".join(entry["labels"])}
        for metric, title in zip(METRICS, ("strict P", "strict R", "strict F1"), strict=True):
            iv = _interval(score, "strict", None, metric)
            row[title] = fmt(strict.get(metric), *(iv or (None, None)))
        iv = _interval(score, lenient, None, "f1")
        row[f"{lenient} F1"] = fmt(score["schemes"][lenient]["overall"].get("f1"), *(iv or (None, None)))
        row["run"] = "cached" if entry["cached"] else f"ran {entry['seconds']:.1f}s"
        rows.append(row)
    return pd.DataFrame(rows)


def confusion_frame(entry: Mapping[str, Any]) -> pd.DataFrame:
    """report.json's confusion record back as a DataFrame (rows gold, columns predicted)."""
    conf = entry["confusion"]
    return pd.DataFrame(conf["counts"], index=conf["rows"], columns=conf["columns"])


def error_counts(report: Mapping[str, Any]) -> pd.DataFrame:
    """Errors per extractor and kind."""
    records = [e for entry in report["extractors"].values() for e in entry["errors"]]
    if not records:
        return pd.DataFrame(columns=["extractor"])
    frame = pd.DataFrame(records)
    counts = frame.groupby(["extractor", "kind"]).size().unstack(fill_value=0).reset_index()
    counts.columns.name = None
    return counts


def comparisons_frame(report: Mapping[str, Any]) -> pd.DataFrame:
    """Paired tests between extractors scored on the same labels: F1 of each, difference, p-value."""
    rows = [
        {
            "labels": " ".join(c["labels"]),
            "scheme": c["scheme"],
            "A": c["extractor_a"],
            "B": c["extractor_b"],
            "F1 A": fmt(c["a"]),
            "F1 B": fmt(c["b"]),
            "A - B": f"{c['delta']:+.2f}",
            "p": f"{c['p_value']:.3f}",
        }
        for c in report.get("comparisons", [])
    ]
    return pd.DataFrame(rows, columns=["labels", "scheme", "A", "B", "F1 A", "F1 B", "A - B", "p"])
