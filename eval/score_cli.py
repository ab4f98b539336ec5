"""``newsgold eval score``: score a predictions file against the gold set.

Prints a table (default) or the JSON of :meth:`newsgold.eval.scoring.ScoreResult.to_json`
(``--json``). Exit status 0 on success, 2 for bad input (one line on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsgold.eval.inputs import load_scoring_inputs
from newsgold.eval.registry import schemes_help
from newsgold.eval.schemes import ZERO_DIVISION_CHOICES
from newsgold.eval.scoring import UndefinedMetricWarning, score_documents
from newsgold.eval.table import render_table
from newsgold import numeric_options
from newsgold.errors import UserError
from newsgold.gc_pause import paused_gc
from newsgold.formats.options import add_format_options, add_label_map_options
from newsgold.cli_parser import NewsgoldParser
from newsgold.exit_codes import EPILOG as EPILOG_EXIT
from newsgold.outputs import check_output_file, refuse_replacing_inputs
from newsgold.process_exit import hold
from newsgold.project import default_gold_dir
from newsgold.spandoc import attach_texts

if TYPE_CHECKING:
    from newsgold.eval.tokens import TokenResult

EPILOG = f"""\
schemes (SemEval-2013; precision = (correct + 0.5 partial) / actual, recall = (correct + 0.5 partial) / possible):
{schemes_help()}
Gold and predicted spans are paired one-to-one per document by an optimal matching
(exact matches first). The overall row matches all spans together; the row of label L
matches the gold L spans against the predicted L spans only (conlleval/seqeval), so a
wrong label is a miss in one row and a spurious prediction in another. macro = mean
over the labels in gold or predictions; weighted = mean weighted by gold support.
A ratio with a zero denominator takes --zero-division (default: 0 with one warning line)
and is listed as undefined in --json. See docs/scoring.md.

""" + EPILOG_EXIT


def _fraction(value: str) -> float:
    try:
        x = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number between 0 and 1, got {value!r}") from None
    if not 0.0 <= x <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a fraction between 0 and 1, got {value}")
    return x


def parse_labels(value: str) -> list[str]:
    """``"PERSON,ORG"`` -> ``["PERSON", "ORG"]`` (argparse type)."""
    labels = [part.strip() for part in value.split(",") if part.strip()]
    if not labels:
        raise argparse.ArgumentTypeError("expected a comma-separated list of labels, e.g. PERSON,ORG")
    return labels


def build_parser(prog: str) -> argparse.ArgumentParser:
    """The argument parser (separate so that docs and tests can inspect it)."""
    parser = NewsgoldParser(
        prog=prog,
        description="Score predicted span documents against gold span documents: counts and precision/recall/F1 "
        "under four schemes, per label and overall, with bootstrap confidence intervals, quote attribution "
        "and DATE value accuracy.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--gold",
        type=Path,
        default=None,
        metavar="PATH",
        help="gold documents in any format newsgold reads (span JSONL, Label Studio export, spaCy .spacy, "
        "CoNLL/BIO, BRAT folder, doccano JSONL; detected, or --gold-format) (default: the project's gold/ folder)",
    )
    parser.add_argument(
        "--pred",
        type=Path,
        required=True,
        metavar="PATH",
        help="predicted documents in any format newsgold reads (detected, or --pred-format). Documents pair with "
        "gold by doc_id when both sides have one, else by the SHA-256 of their text; a prediction that pairs with "
        "no gold document is an error, a gold document with no predictions counts as all missed (noted on stderr)",
    )
    parser.add_argument(
        "--labels",
        type=parse_labels,
        default=None,
        metavar="L,...",
        help="score only these labels (comma-separated, e.g. PERSON,ORG,GPE); spans with other labels are "
        "removed from both sides before matching. Default: every label seen on either side",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the result as JSON on stdout (schemes, intervals, attribution, dates) instead of a table",
    )
    parser.add_argument(
        "--bootstrap",
        type=numeric_options.bootstrap,
        default=1000,
        metavar="N",
        help=f"bootstrap resamples for the confidence intervals (default 1000; 0 = no intervals; at most "
        f"{numeric_options.MAX_BOOTSTRAP:,}). Resamples documents, or paragraphs when there are fewer than 30 documents",
    )
    parser.add_argument(
        "--seed",
        type=numeric_options.seed,
        default=0,
        metavar="S",
        help="random seed of the bootstrap (default 0; same seed, same intervals)",
    )
    parser.add_argument(
        "--confidence",
        type=numeric_options.confidence,
        default=0.95,
        metavar="C",
        help="confidence level of the intervals (default 0.95)",
    )
    parser.add_argument(
        "--zero-division",
        choices=ZERO_DIVISION_CHOICES,
        default="warn",
        help="value of a precision/recall/F1 whose denominator is zero, as in scikit-learn: warn (default: 0 and "
        "one warning line naming the undefined cells), 0, 1 or nan (null in --json). --json always lists a "
        "row's undefined metrics under 'undefined'",
    )
    parser.add_argument(
        "--min-overlap",
        type=_fraction,
        default=0.0,
        metavar="F",
        help="an overlapping (not exactly matching) prediction pairs with a gold span only when it covers at least "
        "this fraction of the gold span's characters (nervaluate's min_overlap_percentage / 100); affects the "
        "partial and type schemes (and which errors strict/exact call incorrect). Default 0: any overlap",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=None,
        metavar="DIR",
        help="a folder of UTF-8 .txt articles: gives documents without a 'text' their text and checks every "
        "span against it (default: predictions without text take the gold document's text)",
    )
    parser.add_argument(
        "--tokens",
        action="store_true",
        help="also score at token level (scikit-learn precision/recall/F1 per label and a confusion table with "
        "MISSED/SPURIOUS; needs the gold text). In --json output under the key 'tokens'",
    )
    parser.add_argument(
        "--errors",
        type=Path,
        default=None,
        metavar="CSV",
        help="also write one row per strict error (missed, spurious, boundary, label, boundary+label) to this CSV",
    )
    add_format_options(parser, ("--gold-format", "--pred-format"))
    add_label_map_options(parser)
    return parser


def main(argv: list[str], prog: str) -> int:
    """Entry point of ``newsgold eval score``.

    Runs with the cyclic garbage collector paused (:mod:`newsgold.gc_pause`):
    the command builds a few hundred thousand acyclic objects per span file,
    which the collector would otherwise re-scan over and over; reference
    counting frees them, and the process ends right after.
    """
    with paused_gc():
        return _run(argv, prog)


def _run(argv: list[str], prog: str) -> int:
    args = build_parser(prog).parse_args(argv)
    if args.errors is not None:
        check_output_file(args.errors, "--errors")
    gold_path = args.gold if args.gold is not None else default_gold_dir()
    if args.errors is not None:
        refuse_replacing_inputs(args.errors, {"gold set": gold_path, "predictions": args.pred, "corpus": args.corpus},
                                "--errors")  # fmt: skip
    texts = None
    if args.corpus is not None:
        from newsgold.corpus import load_corpus, texts_by_id  # imported when used (its date parsing costs ~20 ms)

        texts = texts_by_id(load_corpus(args.corpus))
    gold, pred, notes = load_scoring_inputs(args, gold_path, args.pred, texts)
    hold(gold, pred)  # freed by the process's end, not one object at a time (newsgold.process_exit)
    for note in notes:
        print(f"{prog}: {note}", file=sys.stderr)
    if texts is not None:
        attach_texts(gold, texts, where=str(gold_path))
        attach_texts(pred, texts, where=str(args.pred))
    attach_texts(pred, {d.doc_id: d.text for d in gold if d.text is not None}, where=str(args.pred))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UndefinedMetricWarning)
        result = score_documents(gold, pred, labels=args.labels, n_bootstrap=args.bootstrap, seed=args.seed,
                                 confidence=args.confidence, zero_division=args.zero_division,
                                 min_overlap=args.min_overlap)  # fmt: skip
    for w in caught:
        if issubclass(w.category, UndefinedMetricWarning):
            print(f"{prog}: warning: {w.message}", file=sys.stderr)
    if result.missing_predictions:
        n = len(result.missing_predictions)
        shown = ", ".join(result.missing_predictions[:5]) + (", ..." if n > 5 else "")
        print(f"{prog}: note: {n} gold document(s) have no predictions and count as all missed: {shown}",
              file=sys.stderr)  # fmt: skip
    if args.errors is not None:
        from newsgold.atomic import atomic_write_text

        atomic_write_text(args.errors, result.errors_frame().to_csv(index=False))
    data = result.to_json()
    tokens = None
    if args.tokens:
        from newsgold.eval.tokens import token_scores  # imported when used: the default scoring needs no tokens

        tokens = token_scores(gold, pred, labels=result.labels, zero_division=result.zero_division)
    if args.json:
        if tokens is not None:
            data["tokens"] = tokens_json(tokens)
        print(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        print(render_table(result))
        if tokens is not None:
            print("\ntokens (IO labels, scikit-learn)")
            print(tokens.scores_frame().to_string(index=False, float_format=lambda x: f"{x:.3f}"))
            print()
            print(tokens.confusion_frame().to_string())
    return 0


def _json_number(x: float) -> float | None:
    return None if x != x else float(x)  # NaN (zero_division=nan) -> null


def tokens_json(tokens: TokenResult) -> dict[str, Any]:
    """Token-level scores and confusion counts as JSON-safe dicts."""
    frame = tokens.scores_frame().set_index("label")
    rows = {
        str(label): {"precision": _json_number(r.precision), "recall": _json_number(r.recall),
                     "f1": _json_number(r.f1), "support": int(r.support)}
        for label, r in frame.iterrows()
    }  # fmt: skip
    confusion = tokens.confusion_frame()
    return {
        "labels": {k: v for k, v in rows.items() if k not in ("micro", "macro")},
        "micro": rows["micro"],
        "macro": rows["macro"],
        "confusion": {
            "rows": [str(x) for x in confusion.index],
            "columns": [str(x) for x in confusion.columns],
            "counts": confusion.to_numpy().tolist(),
        },
    }
