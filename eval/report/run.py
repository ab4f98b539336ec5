"""One report run: inputs checked up front, extractors run (or read from the cache), scored, rendered, gated.

Everything that can be wrong with the input (corpus, gold set, gate keys,
thresholds file, baseline) is checked before any extractor runs, so a typo in
``--fail-under`` costs a second, not a model load.
"""

from __future__ import annotations

import json
import os
import sys
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, TextIO

from newsgold.eval.report.baseline import baseline_record, compare, load_baseline
from newsgold.eval.report.build import build_report
from newsgold.eval.report.cache import PredictionsCache
from newsgold.eval.report.gates import (
    collect_gates,
    evaluate_gates,
    gates_record,
    load_thresholds,
    not_applied_record,
    parse_fail_under,
    thresholds_apply,
    thresholds_file,
)
from newsgold.eval.report.goldset import load_gold
from newsgold.eval.report.options import ReportOptions
from newsgold.eval.report.render_html import render_html
from newsgold.eval.report.render_markdown import render_markdown
from newsgold.eval.report.render_terminal import render_terminal, render_verdict
from newsgold.eval.report.sources import default_registry, obtain_predictions, select_sources
from newsgold.atomic import atomic_write_text
from newsgold.corpus import load_corpus
from newsgold.project import default_corpus_dir, default_reports_dir, require_project

REPORT_FILES = ("report.json", "report.md", "report.html")
REPORT_MODE = 0o644
"""Reports are for everyone (CI artifacts, a web server); the atomic writer's temp files default to 0600."""


def _known_extractor_names(registry: Any) -> set[str]:
    """Every extractor name a gate may mention: declared entry points (installed or not) and the registry's."""
    declared = {ep.name for ep in entry_points(group="newsgold.extractors")}
    return declared | set(registry.available_extractors())


def _shown(path: Path) -> str:
    """``path`` relative to the working directory when it lies inside it (shorter to read and to copy)."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def write_outputs(report: dict[str, Any], texts: dict[str, str], out_dir: Path) -> dict[str, Path]:
    """report.json, report.md and report.html, each written atomically; returns their paths."""
    paths = {name: out_dir / name for name in REPORT_FILES}
    text = json.dumps(report, indent=1, ensure_ascii=False, allow_nan=False) + "\n"
    atomic_write_text(paths["report.json"], text, mode=REPORT_MODE)
    atomic_write_text(paths["report.md"], render_markdown(report), mode=REPORT_MODE)
    atomic_write_text(paths["report.html"], render_html(report, texts), mode=REPORT_MODE)
    return paths


def append_step_summary(markdown: str) -> None:
    """Append the Markdown report to GitHub's job summary when running in GitHub Actions."""
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as handle:
            handle.write(markdown.rstrip("\n") + "\n\n")


def run_report(
    options: ReportOptions,
    *,
    registry: Any = None,
    score_documents: Any = None,
    paired_test: Any = None,
    stdout: TextIO | None = None,
) -> int:
    """Run the report; return 0 (every gate passed) or 1 (a gate failed). Bad input raises UserError (exit 2).

    ``registry`` (default :mod:`newsgold.extractors`), ``score_documents`` and
    ``paired_test`` (default: the scoring engine's) are parameters so that
    tests can count extractor calls; the CLI always uses the real ones.
    """
    stdout = stdout or sys.stdout
    registry = registry if registry is not None else default_registry()
    if score_documents is None:
        from newsgold.eval import score_documents
    if paired_test is None:
        from newsgold.eval import paired_test

    if options.corpus is None and options.gold is None:
        require_project("corpus and gold set", "--corpus DIR and --gold PATH")
    corpus_dir = options.corpus or default_corpus_dir()
    corpus = load_corpus(corpus_dir)
    gold, documents = load_gold(options.gold, corpus)
    toml = thresholds_file(options.thresholds_file) if options.use_thresholds else None
    thresholds = load_thresholds(toml)
    known = _known_extractor_names(registry) | set(options.extractors) | {n for n, _ in options.preds}
    cli_gates = parse_fail_under(options.fail_under)
    gates = collect_gates(thresholds.values, str(toml), cli_gates, known)  # every key checked, applied or not
    not_applied = None
    if thresholds.values and not thresholds_apply(thresholds, gold.sha256, options.apply_thresholds):
        not_applied = not_applied_record(thresholds, gold.sha256)
        gates = collect_gates({}, str(toml), cli_gates, known)
    baseline = load_baseline(options.baseline) if options.baseline is not None else None

    sources = select_sources(options, registry)
    cache = PredictionsCache(options.cache_dir) if options.use_cache else None
    predictions = obtain_predictions(sources, documents, cache)
    out_dir = options.out or default_reports_dir()
    sentence_cache = cache.root.parent / "sentences" if cache is not None else None
    report = build_report(
        predictions, gold, documents, corpus_dir, options, out_dir, score_documents, sentence_cache, paired_test
    )

    results, skipped = evaluate_gates(gates, report["extractors"])
    report["gates"] = gates_record(results, skipped, str(toml) if toml else None, not_applied, thresholds.gold_sha256)
    if baseline is not None and options.baseline is not None:
        report["baseline"] = baseline_record(options.baseline, baseline, report, compare(baseline, report))

    texts = {d.doc_id: d.text for d in documents}
    paths = write_outputs(report, texts, out_dir)
    append_step_summary(paths["report.md"].read_text(encoding="utf-8"))

    passed = report["gates"]["passed"] and (report.get("baseline") or {}).get("passed", True)
    if not options.quiet:
        stdout.write(render_terminal(report))
        stdout.write("\n")
    stdout.write(render_verdict(report))
    stdout.write(f"wrote {', '.join(_shown(p) for p in paths.values())}\n")
    stdout.flush()
    if not passed:
        n_failed = len(report["gates"]["failed"]) + len((report.get("baseline") or {}).get("failed", []))
        print(f"newsgold eval report: {n_failed} gate(s) failed", file=sys.stderr)
    return 0 if passed else 1
