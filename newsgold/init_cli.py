"""``newsgold init DIR [--example]``: create a project of your own (see :mod:`newsgold.scaffold`)."""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path

from newsgold.cli_parser import NewsgoldParser
from newsgold.outputs import check_output_dir
from newsgold.scaffold import init_project


def build_parser(prog: str) -> argparse.ArgumentParser:
    parser = NewsgoldParser(
        prog=prog,
        description=textwrap.fill(
            "Create a newsgold project: newsgold.toml (paths, label schema, empty thresholds), corpus/ "
            "with a manifest template, gold/GUIDELINES.md, a GitHub Actions workflow and a .gitignore. Every "
            "newsgold command run inside the folder (or below it) uses the project's corpus, gold set, reports "
            "and cache. Exit status: 0 created, 2 the folder already holds a project or one of the files."
        ),
    )
    parser.add_argument("dir", type=Path, metavar="DIR", help="the project folder (created if missing)")
    parser.add_argument(
        "--example",
        action="store_true",
        help="also copy the two shipped articles and their gold set, so `newsgold eval report` runs at once",
    )
    return parser


def main(argv: list[str], prog: str) -> int:
    args = build_parser(prog).parse_args(argv)
    check_output_dir(args.dir, "DIR")
    written = init_project(args.dir, example=args.example)
    print(f"created a newsgold project in {args.dir} ({len(written)} files)")
    if args.example:
        print(f"next: cd {args.dir} && newsgold eval report")
    else:
        print(f"next: put .txt articles in {args.dir / 'corpus'}, cd {args.dir}, then newsgold annotate serve / push / pull")
    return 0
