"""``report.html``: one self-contained page (figures as inline SVG, inline CSS and JS, no external URL).

It holds the summary and per-label tables (pandas ``to_html``), the F1 chart
with interval whiskers, the confusion matrices, and the error list: every
missed, spurious, boundary and label error, every wrong quote speaker and
every wrong DATE value, shown in its sentence with the gold span (green), the
predicted span (red underline) and the speakers (outlined) highlighted, filterable by
extractor, label and kind with a few lines of plain JavaScript. The filter is
also read from the address (``report.html#extractor=spacy&label=GPE&kind=label``)
and written back to it, so a filtered view can be linked to.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

import pandas as pd

from newsgold.eval.report.agreement import AGREEMENT_HELP, agreement_frame
from newsgold.eval.report.plots import confusion_matrices, f1_bars
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

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;color:#24292f;
padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
table.frame{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}
table.frame th,table.frame td{border:1px solid #d0d7de;padding:.2rem .5rem;text-align:left}
table.frame th{background:#f6f8fa}
figure.figure{margin:0;overflow-x:auto}svg.figure{max-width:100%;height:auto;border:1px solid #d0d7de}
.verdict-ok{color:#1a7f37;font-weight:600}.verdict-fail{color:#cf222e;font-weight:600}
.verdict-none{color:#57606a;font-weight:600}
pre{background:#f6f8fa;padding:.6rem;overflow-x:auto}
#filters label{margin-right:1rem}
ol#errors{padding-left:1.5rem}
li.err{margin:.6rem 0;padding:.4rem .6rem;border-left:3px solid #d0d7de;background:#fbfbfb}
li.err .head{font-size:.85rem;color:#57606a}
li.err .ctx{margin-top:.25rem;line-height:1.7}
.kind{display:inline-block;padding:0 .4rem;border-radius:.6rem;font-size:.75rem;color:#fff;background:#57606a}
.kind-missed{background:#bf8700}.kind-spurious{background:#cf222e}.kind-boundary{background:#0969da}
.kind-label{background:#8250df}.kind-speaker{background:#1b7c83}.kind-value{background:#9a6700}
.g{background:#ccf2d1}
.p{text-decoration:underline wavy #cf222e;text-decoration-thickness:2px;text-underline-offset:3px}
.gs{outline:2px solid #1a7f37;outline-offset:1px}.ps{outline:2px dashed #cf222e;outline-offset:1px}
.legend span{margin-right:1rem}
"""

JS = """
(function () {
  var selects = document.querySelectorAll("#filters select");
  var items = document.querySelectorAll("#errors li.err");
  var counter = document.getElementById("shown");
  function apply() {
    var want = {};
    selects.forEach(function (s) { want[s.name] = s.value; });
    var shown = 0;
    items.forEach(function (li) {
      var ok = (!want.extractor || li.dataset.extractor === want.extractor) &&
               (!want.kind || li.dataset.kind === want.kind) &&
               (!want.label || li.dataset.labels.split(" ").indexOf(want.label) >= 0);
      li.hidden = !ok;
      if (ok) { shown += 1; }
    });
    counter.textContent = shown + " of " + items.length + " errors shown";
  }
  function fromHash() {
    var params = new URLSearchParams(window.location.hash.slice(1));
    selects.forEach(function (s) {
      var v = params.get(s.name);
      if (v !== null && Array.prototype.some.call(s.options, function (o) { return o.value === v; })) { s.value = v; }
    });
  }
  function toHash() {
    var params = new URLSearchParams();
    selects.forEach(function (s) { if (s.value) { params.set(s.name, s.value); } });
    try { history.replaceState(null, "", "#" + params.toString()); } catch (e) { /* file:// in some browsers */ }
  }
  selects.forEach(function (s) { s.addEventListener("change", function () { apply(); toHash(); }); });
  fromHash();
  apply();
})();
"""


def _e(text: Any) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _table(frame: pd.DataFrame) -> str:
    return frame.to_html(index=False, classes="frame", border=0, escape=True, na_rep="")


def _figure(svg: str, alt: str) -> str:
    """An inline SVG figure (made by :mod:`newsgold.eval.report.plots`, every text escaped there)."""
    return f'<figure class="figure" aria-label="{_e(alt)}">{svg}</figure>'


MARKS = (("g", "gold"), ("p", "pred"), ("gs", "gold_speaker"), ("ps", "pred_speaker"))
"""CSS class of each highlighted span of an error: gold, predicted, gold speaker, predicted speaker."""


def highlight(text: str, err: Mapping[str, Any]) -> str:
    """The error's context with the gold span (``g``), the predicted span (``p``) and the speakers marked."""
    start, end = err["context_start"], err["context_end"]
    marks = [
        (css, (err[f"{side}_start"], err[f"{side}_end"]))
        for css, side in MARKS
        if err.get(f"{side}_start") is not None
    ]
    cuts = {start, end}
    for _, span in marks:
        cuts.update(x for x in span if start <= x <= end)
    points = sorted(cuts)
    parts: list[str] = []
    for a, b in zip(points, points[1:], strict=False):
        classes = [css for css, span in marks if span[0] <= a < span[1]]
        piece = _e(text[a:b]).replace("\n", "<br>")
        parts.append(f'<span class="{" ".join(classes)}">{piece}</span>' if classes else piece)
    return "".join(parts)


def _quoted(text: Any) -> str:
    return f"\u201c{text}\u201d" if text is not None else "none"


def _describe(err: Mapping[str, Any]) -> str:
    if err["kind"] == "speaker":
        return (
            f"{err['gold_label']} {_quoted(err.get('gold_text'))}: gold speaker {_quoted(err.get('gold_speaker_text'))}"
            f" \u2192 predicted speaker {_quoted(err.get('pred_speaker_text'))}"
        )
    if err["kind"] == "value":
        return (
            f"{err['gold_label']} {_quoted(err.get('gold_text'))}: gold value {err.get('gold_value')}"
            f" \u2192 predicted value {err.get('pred_value') if err.get('pred_value') is not None else 'none'}"
        )
    sides = []
    if err.get("gold_label") is not None:
        value = f" value {err['gold_value']}" if err.get("gold_value") else ""
        sides.append(f"gold {err['gold_label']} \u201c{err.get('gold_text', '')}\u201d{value}")
    if err.get("pred_label") is not None:
        value = f" value {err['pred_value']}" if err.get("pred_value") else ""
        sides.append(f"predicted {err['pred_label']} \u201c{err.get('pred_text', '')}\u201d{value}")
    return " \u2192 ".join(sides)


def error_list(report: Mapping[str, Any], texts: Mapping[str, str]) -> str:
    """The filter bar and the ordered list of every error in context."""
    errors = [e for entry in report["extractors"].values() for e in entry["errors"]]
    extractors = list(report["extractors"])
    labels = sorted({lb for e in errors for lb in (e.get("gold_label"), e.get("pred_label")) if lb})
    kinds = sorted({e["kind"] for e in errors})

    def select(name: str, title: str, values: list[str]) -> str:
        options = "".join(f'<option value="{_e(v)}">{_e(v)}</option>' for v in values)
        return f'<label>{title} <select name="{name}"><option value="">all</option>{options}</select></label>'

    items = []
    for e in errors:
        labels_attr = " ".join(lb for lb in (e.get("gold_label"), e.get("pred_label")) if lb)
        kind_class = "kind-" + e["kind"].split("+")[0]
        items.append(
            f'<li class="err" data-extractor="{_e(e["extractor"])}" data-labels="{_e(labels_attr)}" '
            f'data-kind="{_e(e["kind"])}"><div class="head"><span class="kind {kind_class}">{_e(e["kind"])}</span> '
            f"<b>{_e(e['extractor'])}</b> in {_e(e['doc_id'])}: {_e(_describe(e))}</div>"
            f'<div class="ctx">{highlight(texts.get(e["doc_id"], ""), e)}</div></li>'
        )
    body = "".join(items) if items else "<li>No errors.</li>"
    return (
        '<div id="filters">'
        + select("extractor", "extractor", extractors)
        + select("label", "label", labels)
        + select("kind", "kind", kinds)
        + '<span id="shown"></span></div>'
        + '<p class="legend"><span class="g">gold span</span><span class="p">predicted span</span>'
        + '<span class="gs">gold speaker</span><span class="ps">predicted speaker</span></p>'
        + f'<ol id="errors">{body}</ol>'
    )


def agreement_section(report: Mapping[str, Any]) -> list[str]:
    """The annotators' agreement table, when the gold folder has agreement.json (nothing otherwise)."""
    agreement = report.get("agreement")
    if not agreement:
        return []
    head = f"<h2>Annotator agreement</h2><p>{_e(AGREEMENT_HELP)} (<code>{_e(agreement['path'])}</code>)</p>"
    if agreement.get("error"):
        return [head, f"<p>{_e(agreement['error'])}</p>"]
    frame = agreement_frame(report)
    if frame.empty:
        return [head, "<p>No two annotators annotated the same document: no agreement to measure.</p>"]
    return [head, _table(frame)]


def render_html(report: Mapping[str, Any], texts: Mapping[str, str]) -> str:
    """The whole page. ``texts`` maps doc_id to the document text (for the error contexts)."""
    settings, gold = report["settings"], report["gold"]
    lenient = settings["schemes_shown"][-1]
    phrase = verdict_phrase(report)
    verdict_class = {"a gate failed": "verdict-fail", "no gates": "verdict-none"}.get(phrase, "verdict-ok")
    verdict = render_verdict(report).strip()
    sections = [
        "<h1>newsgold extractor report</h1>",
        f"<p>{len(report['extractors'])} extractor(s) scored on {gold['n_documents']} gold document(s) "
        f"(<code>{_e(gold['path'])}</code>, sha256 <code>{_e(gold['sha256'][:12])}</code>), "
        f"{_e(report['generated_at'])}: "
        + f'<span class="{verdict_class}">{_e(phrase)}</span>.</p>',
        "<p>Each extractor is scored <b>only on the labels it predicts</b>; "
        "the gold set is restricted to the same labels. "
        f"Brackets: {int(round(settings['confidence'] * 100))} % bootstrap interval over {resampling_unit(report)} "
        f"({settings['n_bootstrap']} resamples, seed {settings['seed']}).</p>",
        "<h2>Summary</h2>",
        _table(summary_frame(report, lenient)),
    ]
    extras = extras_frame(report)
    if not extras.empty:
        sections += [
            "<h2>Quote attribution and date values</h2>",
            _table(extras.assign(value=[fmt(v) for v in extras["value"]])),
        ]
    sections += [
        "<h2>F1 per label</h2><p>Every extractor scored on the label; whiskers are the 95 % intervals.</p>",
        _figure(f1_bars(report), "F1 per label with 95% interval whiskers"),
    ]
    for scheme in settings["schemes_shown"]:
        sections += [
            f"<h2>Per label, {_e(scheme)}</h2><p>{_e(SCHEME_HELP.get(scheme, scheme))}</p>",
            _table(formatted_scores(report, scheme)),
        ]
    comparisons = comparisons_frame(report)
    if not comparisons.empty:
        sections += [
            "<h2>Paired comparisons</h2><p>Extractors scored on the same labels: F1 of each and a two-sided "
            "approximate-randomisation p-value (a small p: the difference is unlikely to be resampling noise).</p>",
            _table(comparisons),
        ]
    sections += [
        "<h2>Confusion matrices</h2><p>Span level, lenient (overlap) matching: rows are gold labels (SPURIOUS: "
        "predicted spans with no gold), columns predicted labels (MISSED: gold spans with no prediction).</p>",
        _figure(confusion_matrices(report), "label confusion matrices"),
    ]
    counts = error_counts(report)
    if not counts.empty:
        sections += ["<h2>Errors by kind</h2>", _table(counts)]
    sections += ['<h2 id="error-list">Error list</h2>', error_list(report, texts)]
    sections += agreement_section(report)
    if verdict:
        sections += ["<h2>Gates</h2>", f"<pre>{_e(verdict)}</pre>"]
    scope = pd.DataFrame(
        [
            {
                "extractor": n,
                "scored labels": " ".join(e["labels"]),
                "chosen from": e["labels_from"],
                "version": e["version"],
            }
            for n, e in report["extractors"].items()
        ]
    )
    sections += ["<h2>Scope and versions</h2>", _table(scope)]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,">'
        f"<title>newsgold report</title><style>{CSS}</style></head><body>"
        + "\n".join(sections)
        + f"<script>{JS}</script></body></html>\n"
    )
