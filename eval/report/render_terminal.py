"""The table printed at the end of ``newsgold eval report``: extractor x label, strict and lenient, with intervals."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsgold.eval.report.tables import SCHEME_HELP, comparisons_frame, extras_frame, fmt, formatted_scores, resampling_unit


def render_terminal(report: Mapping[str, Any]) -> str:
    """Plain text for stdout (pandas ``to_string``), ending with the gate verdict."""
    settings = report["settings"]
    gold = report["gold"]
    confidence = int(round(settings["confidence"] * 100))
    lines = [
        f"newsgold report: {len(report['extractors'])} extractor(s) on {gold['n_documents']} gold document(s) "
        f"(gold sha256 {gold['sha256'][:12]})",
        "Each extractor is scored only on the labels it predicts (gold restricted to the same labels).",
    ]
    interval_note = (
        f"[{confidence}% bootstrap interval over {resampling_unit(report)}, "
        f"{settings['n_bootstrap']} resamples, seed {settings['seed']}]"
        if settings["n_bootstrap"]
        else "(no intervals: --bootstrap 0)"
    )
    for scheme in settings["schemes_shown"]:
        lines += ["", f"{scheme}: {SCHEME_HELP.get(scheme, scheme)}   P / R / F1 {interval_note}"]
        lines.append(formatted_scores(report, scheme).to_string(index=False))
    extras = extras_frame(report)
    if not extras.empty:
        lines.append("")
        for row in extras.itertuples(index=False):
            lines.append(f"{row.extractor}: {row.measure} {fmt(row.value)}  ({row.detail})")
    comparisons = comparisons_frame(report)
    if not comparisons.empty:
        lines += ["", "paired comparisons (same labels; approximate randomisation, two-sided p):"]
        lines.append(comparisons.to_string(index=False))
    return "\n".join(lines) + "\n"


def verdict_phrase(report: Mapping[str, Any]) -> str:
    """The one-phrase verdict of the headline: "no gates", "all N gates passed" or "a gate failed".

    Never "passed" when nothing was checked: with no threshold, or thresholds
    not applied to this gold set, or gates whose scores are undefined, it is
    "no gates".
    """
    gates = report.get("gates") or {}
    base = report.get("baseline") or {}
    if gates.get("passed") is False or base.get("passed") is False:
        return "a gate failed"
    evaluated = [r for r in gates.get("results", []) if r.get("status", "passed") != "not applicable"]
    n_base = base.get("n_checks", 0) if base else 0
    if not evaluated and not n_base:
        return "no gates"
    parts = []
    if evaluated:
        parts.append(f"all {len(evaluated)} gate(s) passed")
    if n_base:
        parts.append(f"all {n_base} baseline check(s) held")
    return ", ".join(parts)


def render_verdict(report: Mapping[str, Any]) -> str:
    """Gate and baseline results: every failure, the count of passes, what was not applied or not applicable."""
    lines: list[str] = []
    gates = report.get("gates") or {}
    results = gates.get("results", [])
    failed = gates.get("failed", [])
    not_applicable = [r for r in results if r.get("status") == "not applicable"]
    evaluated = len(results) - len(not_applicable)
    if evaluated:
        lines.append(f"gates: {evaluated - len(failed)} of {evaluated} passed")
    elif not report.get("baseline"):
        lines.append("gates: no gates")
    for r in failed:
        shown = "undefined" if r["value"] is None else f"{r['value']:.4f}"
        lines.append(f"  FAILED {r['extractor']}: {r['key']} = {shown} < {r['threshold']:g} (from {r['origin']})")
    for r in not_applicable:
        lines.append(
            f"  not applicable {r['extractor']}: {r['key']} (the score is undefined: nothing to measure; "
            f"from {r['origin']})"
        )
    not_applied = gates.get("not_applied")
    if not_applied:
        lines.append(
            f"  {len(not_applied['keys'])} threshold(s) of {not_applied['thresholds_file']} {not_applied['reason']}"
        )
    for s in gates.get("skipped", []):
        lines.append(f"  skipped {s['key']}: {s['reason']}")
    base = report.get("baseline")
    if base:
        lines.append(
            f"baseline {base['path']}: {base['n_checks'] - len(base['failed'])} of {base['n_checks']} scores held"
            + ("" if base["same_gold"] else " (WARNING: the baseline was made on a different gold set)")
        )
        for c in base["failed"]:
            lines.append(
                f"  FAILED {c['extractor']}: {c['label']} {c['scheme']} {c['metric']} = {c['value']:.4f}, "
                f"baseline {c['baseline']:.4f}, lowest allowed {c['allowed_from']:.4f}"
            )
    return "\n".join(lines) + ("\n" if lines else "")
