"""``report.md``: the report as GitHub-flavoured Markdown, made for a CI job summary.

``DataFrame.to_markdown`` needs the optional ``tabulate`` package, which
newsgold does not otherwise depend on; :func:`markdown_table` is the few lines
it takes to write a pipe table from a frame (see docs/report.md, "Where we did
not use a library").
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

import pandas as pd

from newsgold.eval.report.agreement import AGREEMENT_HELP, agreement_frame
from newsgold.eval.report.render_terminal import render_verdict, verdict_phrase
from newsgold.eval.report.tables import (
    SCHEME_HELP,
    comparisons_frame,
    error_counts,
    extras_frame,
    fmt,
    formatted_scores,
    resampling_unit,
    summary_frame,
)


def _cell(value: Any) -> str:
    """Table cell text: HTML escaped (extractor names and labels come from anyone's files), one line, no ``|``."""
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    return html.escape(" ".join(text.splitlines()), quote=False).replace("|", "\\|")


def _code(value: Any) -> str:
    """``value`` as an inline code span that its own text cannot end (backticks and line breaks removed)."""
    text = " ".join(str(value).replace("`", "'").splitlines()) or " "
    return f"`{text}`"


def _fence(text: str) -> str:
    """A fenced block around ``text`` whose fence is longer than any backtick run inside it."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{text}\n{fence}"


def markdown_table(frame: pd.DataFrame) -> str:
    """A GitHub pipe table of ``frame`` (index dropped).

    >>> print(markdown_table(pd.DataFrame({"a": [1], "b": ["x|y"]})))
    | a | b |
    | --- | --- |
    | 1 | x\\|y |
    """
    header = "| " + " | ".join(_cell(c) for c in frame.columns) + " |"
    rule = "| " + " | ".join("---" for _ in frame.columns) + " |"
    body = ["| " + " | ".join(_cell(v) for v in row) + " |" for row in frame.itertuples(index=False)]
    return "\n".join([header, rule, *body])


ATTRIBUTE_ERRORS_SHOWN = 100
"""At most this many wrong speakers and values are listed in report.md (all of them are in report.html/json)."""


def attribute_errors_frame(report: Mapping[str, Any]) -> pd.DataFrame:
    """Wrong quote speakers and DATE values: the errors a span score does not show, one row each."""
    rows = []
    for name, entry in report["extractors"].items():
        for e in entry["errors"]:
            if e["kind"] == "speaker":
                gold, pred = e.get("gold_speaker_text"), e.get("pred_speaker_text")
            elif e["kind"] == "value":
                gold, pred = e.get("gold_value"), e.get("pred_value")
            else:
                continue
            rows.append(
                {
                    "extractor": name,
                    "document": e["doc_id"],
                    "kind": e["kind"],
                    "span": f"{e['gold_label']} {e.get('gold_text') or ''}".strip(),
                    "gold": gold if gold is not None else "(none)",
                    "predicted": pred if pred is not None else "(none)",
                }
            )
    return pd.DataFrame(rows, columns=["extractor", "document", "kind", "span", "gold", "predicted"])


def render_markdown(report: Mapping[str, Any]) -> str:
    """The whole report.md."""
    settings, gold = report["settings"], report["gold"]
    lenient = settings["schemes_shown"][-1]
    verdict = verdict_phrase(report)
    verdict = f"**{verdict}**" if verdict == "a gate failed" else verdict
    intervals = (
        f"{int(round(settings['confidence'] * 100))} % bootstrap intervals over {resampling_unit(report)} "
        f"({settings['n_bootstrap']} resamples, seed {settings['seed']}) in brackets"
        if settings["n_bootstrap"]
        else "no intervals (--bootstrap 0)"
    )
    out = [
        "# newsgold extractor report",
        "",
        f"{len(report['extractors'])} extractor(s) scored on {gold['n_documents']} gold document(s) "
        f"({_code(gold['path'])}, sha256 {_code(str(gold['sha256'])[:12])}), {_cell(report['generated_at'])}: {verdict}.",
        "",
        f"Each extractor is scored **only on the labels it predicts**; the gold set is restricted to the same "
        f"labels. {intervals}.",
        "",
        "## Summary",
        "",
        markdown_table(summary_frame(report, lenient)),
        "",
    ]
    extras = extras_frame(report)
    if not extras.empty:
        extras = extras.assign(value=[fmt(v) for v in extras["value"]])
        out += ["## Quote attribution and date values", "", markdown_table(extras), ""]
    for scheme in settings["schemes_shown"]:
        out += [
            f"## Per label, {scheme} ({SCHEME_HELP.get(scheme, scheme)})",
            "",
            markdown_table(formatted_scores(report, scheme)),
            "",
        ]
    comparisons = comparisons_frame(report)
    if not comparisons.empty:
        out += [
            "## Paired comparisons",
            "",
            "Extractors scored on the same labels, F1 of each and a two-sided approximate-randomisation p-value "
            "(a small p: the difference is unlikely to be resampling noise).",
            "",
            markdown_table(comparisons),
            "",
        ]
    counts = error_counts(report)
    if not counts.empty:
        out += ["## Errors by kind", "", markdown_table(counts), "", "Every error, in its sentence: `report.html`.", ""]
    wrong = attribute_errors_frame(report)
    if not wrong.empty:
        out += [
            "## Wrong speakers and date values",
            "",
            "Quotes and DATE spans that were found (leniently matched) but given the wrong speaker or value.",
            "",
            markdown_table(wrong.head(ATTRIBUTE_ERRORS_SHOWN)),
            "",
        ]
        if len(wrong) > ATTRIBUTE_ERRORS_SHOWN:
            out += [f"... and {len(wrong) - ATTRIBUTE_ERRORS_SHOWN} more in `report.json` and `report.html`.", ""]
    agreement = report.get("agreement")
    if agreement:
        out += ["## Annotator agreement", "", f"{AGREEMENT_HELP} (`{agreement['path']}`)", ""]
        frame = agreement_frame(report)
        if agreement.get("error"):
            out += [agreement["error"], ""]
        elif frame.empty:
            out += ["No two annotators annotated the same document: no agreement to measure.", ""]
        else:
            out += [markdown_table(frame), ""]
    verdict_text = render_verdict(report).rstrip()
    if verdict_text:
        out += ["## Gates", "", _fence(verdict_text), ""]
    scope = [
        f"| {_cell(name)} | {_cell(' '.join(e['labels']))} | {_cell(e['labels_from'])} | {_code(str(e['version'])[:40])} |"
        for name, e in report["extractors"].items()
    ]
    out += [
        "## Scope and versions",
        "",
        "| extractor | scored labels | chosen from | version |",
        "| --- | --- | --- | --- |",
        *scope,
        "",
    ]
    return "\n".join(out)
