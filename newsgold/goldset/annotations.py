"""Annotations as every annotation tool hands them over, and the choice of the gold one.

The rule (documented in docs/annotate.md) is per document: the annotation
marked ground truth, else the only one, else the one every annotator agrees on;
otherwise the document needs adjudication and no gold is invented for it.
Only each annotator's latest annotation of a document counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from newsgold.agreement.pairwise import content_key
from newsgold.spandoc import SpanDocument


@dataclass
class Annotation:
    """One annotator's annotation of one document, converted to a span document.

    ``task_id`` / ``annotation_id`` are the tool's own ids (kept for
    provenance); ``updated_at`` is an ISO time used to pick an annotator's
    latest annotation.
    """

    task_id: int
    annotation_id: int
    annotator: str
    annotator_id: int | None
    ground_truth: bool
    doc: SpanDocument
    updated_at: str = ""


@dataclass
class GoldChoice:
    """The gold annotation of each document that has one, and the documents that need adjudication."""

    gold: dict[str, SpanDocument] = field(default_factory=dict)
    gold_from: dict[str, Annotation] = field(default_factory=dict)
    needs_adjudication: list[dict[str, Any]] = field(default_factory=list)


def latest_per_annotator(anns: Iterable[Annotation]) -> list[Annotation]:
    """Each annotator's most recent annotation (ties: the higher annotation id)."""
    latest: dict[str, Annotation] = {}
    for a in sorted(anns, key=lambda a: (a.updated_at, a.annotation_id)):
        latest[a.annotator] = a
    return list(latest.values())


def choose_gold(annotations: Iterable[Annotation]) -> GoldChoice:
    """Gold per document: the ground-truth annotation, else the only one, else agreement of all; else adjudicate."""
    by_doc: dict[str, list[Annotation]] = {}
    for ann in annotations:
        by_doc.setdefault(ann.doc.doc_id, []).append(ann)
    choice = GoldChoice()
    for doc_id, anns in sorted(by_doc.items()):
        anns = latest_per_annotator(anns)
        truth = [a for a in anns if a.ground_truth]
        pool = truth or anns
        if len({content_key(a.doc) for a in pool}) == 1:
            chosen = min(pool, key=lambda a: a.annotation_id)
            choice.gold[doc_id] = chosen.doc
            choice.gold_from[doc_id] = chosen
        else:
            choice.needs_adjudication.append(
                {
                    "doc_id": doc_id,
                    "task_id": anns[0].task_id,
                    "annotators": sorted(a.annotator for a in pool),
                    "reason": "ground-truth annotations disagree" if truth else "annotators disagree, none is ground truth",
                }
            )
    return choice


def per_annotator(annotations: Iterable[Annotation]) -> dict[str, dict[str, SpanDocument]]:
    """``{annotator: {doc_id: latest document}}``."""
    out: dict[str, dict[str, SpanDocument]] = {}
    for ann in sorted(annotations, key=lambda a: (a.updated_at, a.annotation_id)):
        out.setdefault(ann.annotator, {})[ann.doc.doc_id] = ann.doc
    return out


_UNSAFE = re.compile(r"[^A-Za-z0-9@._+-]")


def annotator_file_name(annotator: str) -> str:
    """The file of an annotator in ``annotators/``: the name with unsafe characters replaced."""
    return _UNSAFE.sub("_", annotator) + ".jsonl"
