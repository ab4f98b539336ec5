"""One report run: inputs checked up front, extractors run (or read from the cache), scored, rendered, gated.

Everything that can be wrong with the input (corpus, gold set, gate keys,
thresholds file, baseline) is checked before any extractor runs, so a typo in
``--fail-under`` costs a second, not a model load.
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any, TextIO

from newsgold.eval.report.baseline import baseline_record, compare, load_baseline
from newsgold.eval.report.build import build_report
from newsgold.eval.report.cache import PredictionsCache, safe_name
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
from newsgold.eval.report.sources import (
    Predictions,
    default_registry,
    obtain_predictions,
    select_sources,
    unknown_label_warnings,
)
from newsgold.eval.report.writer import PREDICTIONS_DIR, REPORT_FILES, check_own_folder, write_report_set
from newsgold.corpus import load_corpus
from newsgold.outputs import append_step_summary, check_output_dir
from newsgold.project import default_corpus_dir, default_reports_dir, require_project
from newsgold.spandoc import documents_jsonl



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


def report_set(report: dict[str, Any], texts: dict[str, str], predictions: list[Predictions]) -> dict[str, bytes]:
    """Every file of the report set, relative to ``--out``: report.json/md/html and the scored predictions."""
    files = {
        # backslashreplace: a lone surrogate from a "\udc00" label is written as its JSON escape, never a crash
        "report.json": (json.dumps(report, indent=1, ensure_ascii=False, allow_nan=False) + "\n").encode(
            "utf-8", "backslashreplace"
        ),
        "report.md": render_markdown(report).encode("utf-8", "backslashreplace"),
        "report.html": render_html(report, texts).encode("utf-8", "backslashreplace"),
    }
    for pred in predictions:
        name = f"{PREDICTIONS_DIR}/{safe_name(pred.source.name)}.jsonl"
        files[name] = documents_jsonl(pred.documents).encode("utf-8", "backslashreplace")
    return files


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
    gold, documents = load_gold(options.gold, corpus, options.gold_format, options.gold_read)
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
    out_dir = check_output_dir(options.out or default_reports_dir(), "--out")
    check_own_folder(out_dir, {"corpus": corpus_dir, "gold set": gold.path})

    sources = select_sources(options, registry)
    cache = PredictionsCache(options.cache_dir) if options.use_cache else None
    predictions = obtain_predictions(sources, documents, cache, show_progress=options.progress)
    for line in unknown_label_warnings(predictions, gold.documents, options.labels):
        print(f"newsgold eval report: warning: {line}", file=sys.stderr)
    # Inside the cache folder the user named, never beside it; no extractor folder starts with a dot.
    sentence_cache = cache.root / ".sentences" if cache is not None else None
    report = build_report(
        predictions, gold, documents, corpus_dir, options, out_dir, score_documents, sentence_cache, paired_test
    )

    results, skipped = evaluate_gates(gates, report["extractors"])
    report["gates"] = gates_record(results, skipped, str(toml) if toml else None, not_applied, thresholds.gold_sha256)
    if baseline is not None and options.baseline is not None:
        report["baseline"] = baseline_record(options.baseline, baseline, report, compare(baseline, report))

    texts = {d.doc_id: d.text for d in documents}
    files = report_set(report, texts, predictions)
    paths = write_report_set(out_dir, files)
    append_step_summary(files["report.md"].decode("utf-8"))

    passed = report["gates"]["passed"] and (report.get("baseline") or {}).get("passed", True)
    if not options.quiet:
        stdout.write(render_terminal(report))
        stdout.write("\n")
    stdout.write(render_verdict(report))
    stdout.write(f"wrote {', '.join(_shown(paths[name]) for name in REPORT_FILES)}\n")
    stdout.flush()
    if not passed:
        n_failed = len(report["gates"]["failed"]) + len((report.get("baseline") or {}).get("failed", []))
        print(f"newsgold eval report: {n_failed} gate(s) failed", file=sys.stderr)
    return 0 if passed else 1
