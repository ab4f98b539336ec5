"""The text table of a :class:`~newsgold.eval.scoring.ScoreResult`: what ``newsgold eval score`` prints.

A library module, not a CLI one, so that ``ScoreResult.report()`` (and anyone
scoring from Python) gets the same table as the command line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from newsgold.eval.schemes import SCHEMES

if TYPE_CHECKING:
    from newsgold.eval.scoring import ScoreResult


def _fmt(x: float | None) -> str:
    return "   -  " if x is None else f"{x:6.3f}"  # None: undefined under zero_division=nan, or not measured


def render_table(result: ScoreResult) -> str:
    """Human-readable tables: one block per scheme, then attribution and dates."""
    data = result.to_json()
    ivals = data["intervals"]
    has_ci = ivals["schemes"] is not None
    lines: list[str] = []
    width = max([len(lab) for lab in result.labels] + [len("weighted")])
    pct = f"{ivals['confidence']:.0%}"
    head = f"{'label':<{width}}  {'cor':>6} {'inc':>6} {'par':>6} {'mis':>6} {'spu':>6}  {'P':>6} {'R':>6} {'F1':>6}"
    if has_ci:
        head += f"  F1 {pct} interval"
    for scheme in SCHEMES:
        block = data["schemes"][scheme]
        lines += [f"{scheme}", head, "-" * len(head)]
        rows: list[tuple[str, dict[str, Any], list[float] | None]] = []
        for lab, row in block["labels"].items():
            rows.append((lab, row, ivals["schemes"][scheme]["labels"][lab]["f1"] if has_ci else None))
        rows.append(("overall", block["overall"], ivals["schemes"][scheme]["overall"]["f1"] if has_ci else None))
        for lab, row, ci in rows:
            line = (
                f"{lab:<{width}}  {row['correct']:>6} {row['incorrect']:>6} {row['partial']:>6} {row['missed']:>6} "
                f"{row['spurious']:>6}  {_fmt(row['precision'])} {_fmt(row['recall'])} {_fmt(row['f1'])}"
            )
            if ci is not None:
                line += f"  [{ci[0]:.3f}, {ci[1]:.3f}]"
            lines.append(line)
        for name in ("macro", "weighted"):
            m = block[name]
            lines.append(f"{name:<{width}}  {'':>34}  {_fmt(m['precision'])} {_fmt(m['recall'])} {_fmt(m['f1'])}")
        lines.append("")
    att, pairs = data["attribution"], data["attribution"]["pairs"]
    lines.append(
        f"quote attribution: {att['correct_speaker']}/{att['matched_quotes']} matched quotes with the right speaker "
        f"(accuracy {_fmt(att['accuracy']).strip()}); (quote, speaker) pairs P {_fmt(pairs['precision']).strip()} "
        f"R {_fmt(pairs['recall']).strip()} F1 {_fmt(pairs['f1']).strip()}"
    )
    d = data["dates"]
    lines.append(
        f"date values: {d['value_correct']}/{d['matched']} matched DATE spans with the right value "
        f"(accuracy {_fmt(d['value_accuracy']).strip()}); relaxed F1 {_fmt(d['relaxed_f1']).strip()}; "
        f"attribute F1 {_fmt(d['attribute_f1']).strip()}"
    )
    if has_ci:
        lines.append(
            f"intervals: {pct} percentile bootstrap, {ivals['n_bootstrap']} resamples of {ivals['n_units']} "
            f"{ivals['unit']}s (seed {ivals['seed']})"
        )
    elif ivals.get("note"):
        lines.append(f"intervals: {ivals['note']}")
    lines.append(f"documents: {data['n_documents']}")
    return "\n".join(lines)
