"""``newsgold eval report``: run the extractors, score them against the gold set, write the report, apply the gates.

This module only parses the command line into :class:`newsgold.eval.report.options.ReportOptions`;
the work is done by :func:`newsgold.eval.report.run.run_report`. Exit status: 0 every
gate passes, 1 a gate failed (the failing gates are listed), 2 bad input or
usage (raised as :class:`~newsgold.errors.UserError`, one line on stderr).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsgold.eval.report.options import DEFAULT_BOOTSTRAP, ReportOptions, parse_labels_option
from newsgold import numeric_options
from newsgold.errors import UserError
from newsgold.eval.registry import SCHEME_NAMES
from newsgold.formats.options import add_format_options, add_label_map_options, read_options
from newsgold.cli_parser import NewsgoldParser
from newsgold.exit_codes import EPILOG as EPILOG_EXIT
from newsgold.outputs import check_output_dir

EPILOG = """\
gate keys (--fail-under and [thresholds] in the project's newsgold.toml):
  [EXTRACTOR.][LABEL.]SCHEME.METRIC   SCHEME: {schemes}; METRIC: precision recall f1
                                      LABEL: a span label, or 'macro' / 'weighted' for an average
  [EXTRACTOR.]attribution             share of matched quotes given the right speaker
  [EXTRACTOR.]attribution_f1          F1 of (quote, speaker) pairs
  [EXTRACTOR.]date_value              share of matched DATE spans with the right normalised value
  A key without an extractor name applies to every extractor that scores it.
  gold_sha256 = "<sha256>" in the thresholds table records the gold set they were set for; on another
  gold set they are not applied (unless --apply-thresholds). A gate on an undefined score is not applicable.
  e.g. --fail-under spacy.strict.f1=0.6 --fail-under quotes.QUOTE.partial.f1=0.8 --fail-under strict.f1=0.5

""".replace("{schemes}", " ".join(SCHEME_NAMES)) + EPILOG_EXIT


def build_parser(prog: str) -> argparse.ArgumentParser:
    """The argument parser (separate so that the docs and tests can inspect it)."""
    parser = NewsgoldParser(
        prog=prog,
        description=(
            "Run extractors over the corpus, score each against the gold set on the labels it predicts, "
            "and write reports/report.{md,json,html}. Exits 1 when a threshold gate fails."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--extractor",
        action="append",
        default=[],
        metavar="NAME",
        help="an installed extractor to score (repeatable); default: every installed extractor "
        "unless --pred is given (see `newsgold extract --list`)",
    )
    parser.add_argument(
        "--pred",
        action="append",
        default=[],
        metavar="NAME=FILE",
        help="score documents produced elsewhere under the name NAME (any format newsgold reads: span JSONL, Label "
        "Studio export, .spacy, CoNLL/BIO, BRAT folder, doccano; repeatable)",
    )
    parser.add_argument(
        "--labels",
        action="append",
        default=[],
        metavar="NAME=LABEL,...",
        help="the labels extractor NAME is scored on (default: the labels it declares, else the labels it emits "
        "other than speaker spans)",
    )
    parser.add_argument(
        "--gold",
        type=Path,
        default=None,
        metavar="DIR",
        help="gold set in any format newsgold reads (detected, or --gold-format) (default: the project's gold/)",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        default=None,
        metavar="DIR",
        help="corpus folder of .txt articles (default: the project's corpus/)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="DIR",
        help="where report.md, report.json, report.html go (default: the project's reports/, else ./reports)",
    )
    parser.add_argument(
        "--fail-under",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a gate: fail (exit 1) when the score KEY is below VALUE; overrides the same key from newsgold.toml "
        "(repeatable; keys below)",
    )
    parser.add_argument(
        "--thresholds",
        type=Path,
        default=None,
        metavar="TOML",
        help="read gates from [thresholds] of this newsgold.toml (or [tool.newsgold.thresholds] of another TOML "
        "file) instead of the project's newsgold.toml",
    )
    parser.add_argument(
        "--no-thresholds", action="store_true", help="ignore the project's [thresholds]; only --fail-under gates apply"
    )
    parser.add_argument(
        "--apply-thresholds",
        action="store_true",
        help="apply the file's thresholds even when they were set for another gold set (their gold_sha256 differs "
        "from this gold set's); by default they are reported as not applied",
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        default=None,
        metavar="FILE",
        help="an earlier report.json: fail when a score falls below the baseline's confidence interval",
    )
    parser.add_argument(
        "--bootstrap",
        type=numeric_options.bootstrap,
        default=DEFAULT_BOOTSTRAP,
        metavar="N",
        help=f"bootstrap resamples for the 95%% intervals (default {DEFAULT_BOOTSTRAP}; 0: no intervals; "
        f"at most {numeric_options.MAX_BOOTSTRAP:,})",
    )
    parser.add_argument("--seed", type=numeric_options.seed, default=0, metavar="S", help="seed of the bootstrap (default 0)")
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help="predictions cache (default: predictions/ in the project's cache folder, else ./.newsgold-cache/predictions)",
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="run every extractor even if its predictions are cached"
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="do not print the table (files are still written)")
    parser.add_argument(
        "--no-progress",
        action="store_true",
        help="no progress bar (it is drawn on stderr only when stderr is a terminal)",
    )
    add_format_options(parser, ("--gold-format", "--pred-format"))
    add_label_map_options(parser)
    return parser


def parse_options(argv: list[str], prog: str) -> ReportOptions:
    """argv -> validated :class:`ReportOptions` (UserError for bad values)."""
    parser = build_parser(prog)
    args = parser.parse_args(argv)
    if args.out is not None:
        check_output_dir(args.out, "--out")
    if args.cache_dir is not None:
        check_output_dir(args.cache_dir, "--cache-dir")
    from newsgold.extractors import parse_pred_option

    preds = [parse_pred_option(v) for v in args.pred]
    names = list(args.extractor) + [name for name, _ in preds]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise UserError(f"extractor name(s) given twice: {', '.join(duplicates)} (rename with --pred OTHER=FILE)")
    if args.drop_unmapped and not args.label_map:
        raise UserError("--drop-unmapped needs --label-map (the labels to keep are its keys and values)")
    return ReportOptions(
        gold_format=args.gold_format,
        pred_format=args.pred_format,
        gold_read=read_options(args, "gold"),
        pred_read=read_options(args, "pred"),
        label_map=args.label_map,
        drop_unmapped=args.drop_unmapped,
        extractors=list(args.extractor),
        preds=preds,
        labels=parse_labels_option(args.labels),
        gold=args.gold,
        corpus=args.corpus,
        out=args.out,
        fail_under=list(args.fail_under),
        thresholds_file=args.thresholds,
        use_thresholds=not args.no_thresholds,
        apply_thresholds=args.apply_thresholds,
        baseline=args.baseline,
        n_bootstrap=args.bootstrap,
        seed=args.seed,
        cache_dir=args.cache_dir,
        use_cache=not args.no_cache,
        quiet=args.quiet,
        progress=not args.no_progress,
    )


def main(argv: list[str], prog: str) -> int:
    """Entry point used by ``newsgold eval report`` (via ``eval/cli.py``)."""
    from newsgold.eval.report.run import run_report

    return run_report(parse_options(argv, prog))
