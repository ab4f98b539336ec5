"""Which systems a report scores, how their predictions are obtained, and on which labels each is scored.

A *source* is an installed extractor (``--extractor NAME``, default: all of
them) or a predictions file (``--pred NAME=FILE``). Each is scored only on the
labels it predicts, with the gold set restricted to the same labels: the
``dates`` extractor is not charged for every PERSON it was never meant to
find, and ``quotes`` is not scored on the speaker PERSON spans it emits only
as the targets of ``said_by`` relations. The labels come from, in order:
``--labels NAME=...``, the extractor's own ``labels`` attribute, or the labels
of the spans it emitted that are not merely relation targets.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from newsgold.eval.report.cache import PredictionsCache, cache_key
from newsgold.eval.report.options import ReportOptions
from newsgold.corpus import Document
from newsgold.errors import UserError
from newsgold.extractors.runner import run_extractor
from newsgold.progress import progress
from newsgold.schema import SPAN_LABELS
from newsgold.spandoc import SpanDocument, attach_texts


@dataclass
class Source:
    """One system to score."""

    name: str
    extractor: Any  # newsgold.extractors.Extractor
    kind: str  # "extractor" | "predictions"
    description: str = ""
    path: Path | None = None


@dataclass
class Predictions:
    """A source's predictions for the scored documents, and how they were obtained."""

    source: Source
    version: str
    documents: list[SpanDocument]
    cached: bool
    seconds: float
    cache_key: str | None = None


def default_registry() -> ModuleType:
    """The real extractor registry (imported late: it is another area's package)."""
    import newsgold.extractors as registry

    return registry


def select_sources(options: ReportOptions, registry: Any) -> list[Source]:
    """``--extractor`` and ``--pred`` sources; every installed extractor when neither is given."""
    names = list(options.extractors)
    descriptions = registry.available_extractors()  # once: each call scans every installed package's entry points
    if not names and not options.preds:
        names = list(descriptions)
        if not names:
            raise UserError(
                "no extractor is installed (see `newsgold extract --list`); pass --pred NAME=FILE to score a file"
            )
    sources = [Source(n, registry.get_extractor(n), "extractor", descriptions.get(n, "")) for n in names]
    for name, path in options.preds:
        sources.append(
            Source(
                name,
                registry.predictions_file_extractor(name, path, **options.pred_file_options()),
                "predictions",
                f"predictions file {path}",
                Path(path),
            )
        )
    return sources


def progress_batch_size(n_documents: int) -> int:
    """Documents per extractor call: about 20 progress steps per extractor, at most 32 documents a call.

    An extractor run is one call per batch, so a bar can move inside it (two
    documents: two steps) while spaCy still parses each batch in one ``pipe``.

    >>> progress_batch_size(2), progress_batch_size(200), progress_batch_size(10_000)
    (1, 10, 32)
    """
    return max(1, min(32, n_documents // 20))


def obtain_predictions(
    sources: Sequence[Source],
    documents: Sequence[Document],
    cache: PredictionsCache | None,
    show_progress: bool = True,
) -> list[Predictions]:
    """Run each source (or read its cached predictions), with one bar on a terminal counting documents.

    Predictions files are read directly (reading them is as cheap as reading a
    cache entry); extractors go through ``cache`` unless it is None. An
    extractor runs in batches of :func:`progress_batch_size` documents, so the
    bar moves per document batch, not per extractor.
    """
    results: list[Predictions] = []
    batch_size = progress_batch_size(len(documents))
    texts = {d.doc_id: d.text for d in documents}
    with progress(total=len(sources) * len(documents), desc="extract", enabled=show_progress) as bar:
        for source in sources:
            bar.set_description(f"extract {source.name}")
            version = str(source.extractor.version)
            use_cache = cache is not None and source.kind == "extractor"
            key = cache_key(source.name, version, documents) if use_cache else None
            started = time.perf_counter()
            cached_docs = cache.load(source.name, key, documents) if key is not None and cache is not None else None
            if cached_docs is not None:
                attach_texts(cached_docs, texts, where=f"cached {source.name!r}")
                results.append(Predictions(source, version, cached_docs, True, time.perf_counter() - started, key))
                bar.update(len(documents))
                continue
            if source.kind == "predictions":
                docs = run_extractor(source.extractor, documents)
                bar.update(len(documents))
            else:
                docs = []
                for i in range(0, len(documents), batch_size):
                    batch = documents[i : i + batch_size]
                    docs.extend(run_extractor(source.extractor, batch))
                    bar.update(len(batch))
            if key is not None and cache is not None:
                cache.store(source.name, key, docs)
            results.append(Predictions(source, version, docs, False, time.perf_counter() - started, key))
    return results


def emitted_labels(predictions: Sequence[SpanDocument]) -> tuple[str, ...]:
    """Labels of predicted spans that are not only relation targets (e.g. not speaker-only PERSON spans)."""
    found: set[str] = set()
    for doc in predictions:
        targets = {r.to_id for r in doc.relations}
        found.update(s.label for s in doc.spans if s.id not in targets)
    return tuple(label for label in SPAN_LABELS if label in found) + tuple(sorted(found - set(SPAN_LABELS)))


def scored_labels(pred: Predictions, override: dict[str, tuple[str, ...]]) -> tuple[tuple[str, ...], str]:
    """The labels ``pred`` is scored on, and where that choice came from (shown in the report)."""
    if pred.source.name in override:
        return override[pred.source.name], "--labels"
    declared = getattr(pred.source.extractor, "labels", None)
    if declared:
        return tuple(declared), "declared by the extractor"
    labels = emitted_labels(pred.documents)
    if not labels:
        raise UserError(
            f"{pred.source.name!r} predicted no span, so its labels are unknown; "
            f"pass --labels {pred.source.name}=LABEL,..."
        )
    return labels, "labels it emitted (speaker-only spans excluded)"


def unknown_label_warnings(
    predictions: Sequence[Predictions], gold: Sequence[SpanDocument], labels: dict[str, tuple[str, ...]]
) -> list[str]:
    """One line per predictions file whose labels never occur in the gold set (see newsgold.formats.labelmap)."""
    from newsgold.formats.labelmap import unknown_label_warning

    out = []
    for pred in predictions:
        if pred.source.kind != "predictions":
            continue
        keep = labels.get(pred.source.name)
        docs = [SpanDocument(d.doc_id, [s for s in d.spans if keep is None or s.label in keep]) for d in pred.documents]
        line = unknown_label_warning(gold, docs, what=f"--pred {pred.source.name}")
        if line:
            out.append(line)
    return out
