"""Pre-annotations for ``annotate push``: one or several sources merged into one prediction per task.

Label Studio's editor shows the predictions of one ``model_version`` only (the
project's), so importing ``--predictions spacy --predictions dates`` as two
predictions would hide one of them. They are merged instead into one
span document per task: the union of the sources' spans (a span given by
several sources, same ``[start, end)``, label and value, becomes one region),
their relations, and for each region the sources that proposed it, which
push writes into the region's ``meta`` (shown as the region's note in the
editor). The merged ``model_version`` names every source.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsgold.corpus import Document
from newsgold.errors import UserError
from newsgold.spandoc import Relation, Span, SpanDocument, attach_texts, load_documents, text_sha256

MAX_VERSION_LENGTH = 200


@dataclass
class Predictions:
    """Span documents to import as predictions, the ``model_version`` they go under, each region's sources."""

    model_version: str
    by_doc: dict[str, SpanDocument]
    origins: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    """``{doc_id: {span id: [model_version of each source that proposed it]}}``."""


def load_predictions(source: str, documents: Sequence[Document]) -> Predictions:
    """``source`` is a span-document JSONL file, else an extractor name (run on ``documents``)."""
    texts = {d.doc_id: d.text for d in documents}
    path = Path(source)
    if path.is_file():
        docs = load_documents(path)
        attach_texts(docs, texts, where=str(path))
        unknown = sorted(d.doc_id for d in docs if d.doc_id not in texts)
        if unknown:
            raise UserError(f"{path}: predictions for documents not in the corpus: {unknown[:5]}")
        digest = text_sha256(path.read_text(encoding="utf-8"))[:12]
        version = f"{path.stem}-{digest}"
    else:
        if path.suffix == ".jsonl" or "/" in source:
            raise UserError(f"{source}: no such predictions file")
        from newsgold.extractors import get_extractor  # lazy: extractors pull in spaCy
        from newsgold.extractors.runner import run_extractor

        extractor = get_extractor(source)
        docs = run_extractor(extractor, documents)
        version = extractor.version if extractor.version.startswith(extractor.name) else f"{extractor.name}-{extractor.version}"
    return Predictions(
        version,
        {d.doc_id: d for d in docs},
        {d.doc_id: {s.id: [version] for s in d.spans} for d in docs},
    )


def merged_version(versions: Sequence[str]) -> str:
    """``a+b`` for several sources; shortened with a hash past Label Studio-friendly lengths."""
    joined = "+".join(versions)
    if len(joined) <= MAX_VERSION_LENGTH:
        return joined
    return joined[: MAX_VERSION_LENGTH - 13] + "-" + hashlib.sha256(joined.encode()).hexdigest()[:12]


def merge_predictions(sources: Sequence[Predictions]) -> Predictions:
    """One prediction per document: the union of every source's spans and relations (see module docstring)."""
    if not sources:
        raise ValueError("no predictions to merge")
    versions = [p.model_version for p in sources]
    if len(set(versions)) != len(versions):
        raise UserError(f"--predictions names the same source twice: {versions}")
    if len(sources) == 1:
        return sources[0]
    merged: dict[str, SpanDocument] = {}
    origins: dict[str, dict[str, list[str]]] = {}
    for n, pred in enumerate(sources):
        for doc_id, doc in pred.by_doc.items():
            out = merged.setdefault(doc_id, SpanDocument(doc_id, [], [], text=doc.text, text_sha256=doc.text_sha256))
            where = origins.setdefault(doc_id, {})
            by_key = {(s.start, s.end, s.label, s.value): s.id for s in out.spans}
            renamed: dict[str, str] = {}
            for s in doc.spans:
                key = (s.start, s.end, s.label, s.value)
                if key in by_key:  # the same span from another source: one region, both origins
                    renamed[s.id] = by_key[key]
                    where[by_key[key]] += [v for v in pred.origins.get(doc_id, {}).get(s.id, [pred.model_version])
                                           if v not in where[by_key[key]]]
                    continue
                new_id = f"p{n}-{s.id}"
                renamed[s.id] = by_key[key] = new_id
                out.spans.append(Span(new_id, s.start, s.end, s.label, s.value, s.text))
                where[new_id] = list(pred.origins.get(doc_id, {}).get(s.id, [pred.model_version]))
            have = {(r.from_id, r.to_id, r.type) for r in out.relations}
            for r in doc.relations:
                rel = Relation(renamed[r.from_id], renamed[r.to_id], r.type)
                if (rel.from_id, rel.to_id, rel.type) not in have:
                    out.relations.append(rel)
    for doc in merged.values():
        doc.spans.sort(key=lambda s: (s.start, s.end, s.label, s.id))
    return Predictions(merged_version(versions), merged, origins)
