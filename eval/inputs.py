"""Reading the gold and predicted documents of ``eval score`` in any format, paired and label-mapped.

Kept apart from the command module so that the loading path (formats,
pairing, label maps, the notes printed about them) is one function.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from pathlib import Path

from newsgold.errors import UserError
from newsgold.formats.labelmap import apply_label_map, unknown_label_warning
from newsgold.formats.options import read_options
from newsgold.formats.pairing import pair_documents
from newsgold.formats.registry import read_documents
from newsgold.spandoc import SpanDocument

MAX_NOTES = 5


def reader_notes(warnings: list[str]) -> list[str]:
    """At most :data:`MAX_NOTES` reader warnings, then a count of the rest."""
    notes = [f"warning: {w}" for w in warnings[:MAX_NOTES]]
    if len(warnings) > MAX_NOTES:
        notes.append(f"warning: ... and {len(warnings) - MAX_NOTES} more reader warning(s)")
    return notes


def load_scoring_inputs(
    args: argparse.Namespace, gold_path: Path, pred_path: Path, texts: Mapping[str, str] | None
) -> tuple[list[SpanDocument], list[SpanDocument], list[str]]:
    """Gold and predictions (renamed to their gold ids, label map applied) and the notes to print."""
    gold_res = read_documents(gold_path, args.gold_format, read_options(args, "gold", texts))
    if not gold_res.documents:
        raise UserError(f"{gold_path}: holds no gold document")
    pred_res = read_documents(pred_path, args.pred_format, read_options(args, "pred", texts))
    notes = reader_notes(gold_res.warnings + pred_res.warnings)
    pairing = pair_documents(gold_res, pred_res)
    if pairing.unpaired_pred:
        n = len(pairing.unpaired_pred)
        shown = ", ".join(repr(x) for x in pairing.unpaired_pred[:5]) + (", ..." if n > 5 else "")
        raise UserError(
            f"{pred_path}: {n} predicted document(s) are not in the gold set {gold_path} (paired by doc_id, else by "
            f"the text's SHA-256): doc_id {shown}"
        )
    if pairing.by_text:
        notes.append(f"note: {pairing.by_text} predicted document(s) paired with gold by their text (no shared doc_id)")
    pred = pairing.predictions
    if args.drop_unmapped and not args.label_map:
        raise UserError("--drop-unmapped needs --label-map (the labels to keep are its keys and values)")
    if args.label_map or args.drop_unmapped:
        pred = apply_label_map(pred, args.label_map or {}, args.drop_unmapped)
    scored = set(args.labels) if args.labels else None
    shown_pred = pred if scored is None else [SpanDocument(d.doc_id, [s for s in d.spans if s.label in scored]) for d in pred]
    warning = unknown_label_warning(gold_res.documents, shown_pred, what=str(pred_path))
    if warning:
        notes.append(f"warning: {warning}")
    return gold_res.documents, pred, notes
