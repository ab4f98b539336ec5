"""``newsgold convert IN OUT``: rewrite annotations from one format into another.

The input format is detected (or ``--from``), the output format comes from
OUT's extension (or ``--to``): ``.jsonl`` span documents, ``.json`` Label
Studio tasks with the spans as predictions, ``.spacy`` DocBin, ``.conll``
IOB2, a folder (no extension) BRAT. What the output format cannot hold
(overlapping spans in BIO, relations in CoNLL, values in doccano) is said on
stderr, or refused when dropping it would change the spans.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsgold.cli_parser import NewsgoldParser
from newsgold.corpus import load_corpus, texts_by_id
from newsgold.errors import UserError
from newsgold.formats.labelmap import apply_label_map
from newsgold.formats.options import add_format_options, add_label_map_options, read_options
from newsgold.formats import brat
from newsgold.formats.registry import FORMAT_NAMES, guess_output_format, read_documents, write_documents
from newsgold.outputs import check_output_dir, check_output_file, refuse_replacing_inputs
from newsgold.spandoc import attach_texts


def build_parser(prog: str) -> argparse.ArgumentParser:
    parser = NewsgoldParser(
        prog=prog,
        description="Convert annotations between newsgold span JSONL, Label Studio exports/tasks, spaCy DocBin, "
        "CoNLL/BIO, BRAT standoff and doccano JSONL. Offsets are checked against the text on the way in and out.",
        epilog="formats: " + ", ".join(FORMAT_NAMES) + " (docs/formats.md).",
    )
    parser.add_argument("input", type=Path, metavar="IN", help="file or folder to read")
    parser.add_argument("output", type=Path, metavar="OUT", help="file (or folder, for BRAT) to write")
    parser.add_argument("--from", dest="from_format", choices=FORMAT_NAMES, default=None, help="input format (default: detected)")
    parser.add_argument("--to", dest="to_format", choices=FORMAT_NAMES, default=None, help="output format (default: from OUT's extension)")
    parser.add_argument("--side", choices=("gold", "pred"), default="gold",
                        help="Label Studio export: read the annotations (gold, default) or the predictions (pred)")  # fmt: skip
    parser.add_argument("--corpus", type=Path, default=None, metavar="DIR",
                        help="a corpus folder: texts for documents that lack one; CoNLL tokens are aligned to it")  # fmt: skip
    add_format_options(parser, ())
    add_label_map_options(parser)
    return parser


def _project_corpus() -> Path | None:
    """The corpus folder of the project convert runs in, if any (convert needs no project: a broken one is none)."""
    from newsgold.project import find_project

    try:
        project = find_project()
    except UserError:
        return None
    return project.corpus_dir if project is not None else None


def main(argv: list[str], prog: str) -> int:
    """Entry point of ``newsgold convert``."""
    args = build_parser(prog).parse_args(argv)
    fmt = args.to_format or guess_output_format(args.output)
    inputs = {"input": args.input, "corpus": args.corpus}
    if fmt == brat.NAME:
        check_output_dir(args.output, "OUT")
        inputs["project's corpus"] = _project_corpus()  # BRAT writes DOC_ID.txt: over the articles, if pointed there
        refuse_replacing_inputs(args.output, inputs, "OUT", writes=(".txt", ".ann"))
    else:
        check_output_file(args.output, "OUT")
        refuse_replacing_inputs(args.output, inputs, "OUT")
    texts = texts_by_id(load_corpus(args.corpus)) if args.corpus is not None else None
    result = read_documents(args.input, args.from_format, read_options(args, args.side, texts))
    docs = result.documents
    if texts is not None:
        attach_texts(docs, texts, where=str(args.input))
    if args.drop_unmapped and not args.label_map:
        raise UserError("--drop-unmapped needs --label-map (the labels to keep are its keys and values)")
    if args.label_map:
        docs = apply_label_map(docs, args.label_map, args.drop_unmapped)
    for warning in result.warnings + write_documents(docs, args.output, fmt):
        print(f"{prog}: warning: {warning}", file=sys.stderr)
    n_spans = sum(len(d.spans) for d in docs)
    print(f"{prog}: wrote {len(docs)} document(s), {n_spans} span(s) as {fmt} to {args.output} "
          f"(read as {result.format})", file=sys.stderr)  # fmt: skip
    return 0
