"""``newsgold gold check``: validate a gold set before anything is scored against it."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from newsgold.cli_parser import NewsgoldParser
from newsgold.exit_codes import EPILOG
from newsgold.corpus import load_corpus, texts_by_id
from newsgold.gold_check import check_gold
from newsgold.project import current_schema, default_corpus_dir, default_gold_dir
from newsgold.spandoc import load_documents


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = NewsgoldParser(
        prog=prog,
        description="Work with the gold set.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = sub.add_parser(
        "check",
        help="validate the gold set (format, offsets, guideline rules)",
        description=textwrap.fill(
            "Load the gold set with the span-document loader and check the rules of gold/GUIDELINES.md "
            "that code can check: labels from the project's schema ([schema] labels in newsgold.toml), "
            "spans without stray whitespace, punctuation, possessive 's or leading 'the'; no leading "
            "preposition in a DATE and a well-formed value on every DATE; every QUOTE the text right "
            "inside its quotation marks (or running on into the next paragraph) with at most one said_by, "
            "to a PERSON (none when the article never names the speaker); no overlapping spans outside "
            "quotes; texts identical to the corpus. "
            "Exit status: 0 clean, 1 rule violations (each listed), 2 unreadable input."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument(
        "--gold",
        type=Path,
        default=None,
        help="gold JSONL file or folder of *.jsonl (default: the project's gold/)",
    )
    check.add_argument(
        "--corpus",
        type=Path,
        default=None,
        help="corpus folder whose texts the gold must match (default: the project's corpus/)",
    )
    return parser


def main(argv: list[str], prog: str) -> int:
    args = _parser(prog).parse_args(argv)
    gold_path = args.gold or default_gold_dir()
    docs = load_documents(gold_path)
    corpus = load_corpus(args.corpus or default_corpus_dir())
    problems = check_gold(docs, texts_by_id(corpus), current_schema())
    for problem in problems:
        print(f"{gold_path}: {problem}")
    n_spans = sum(len(d.spans) for d in docs)
    status = "FAIL" if problems else "ok"
    print(f"{status}: {len(docs)} documents, {n_spans} spans, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0
