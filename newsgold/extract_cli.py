"""``newsgold extract``: run extractors over a corpus and write span documents.

    newsgold extract --extractor spacy --out predictions/spacy.jsonl
    newsgold extract --extractor spacy --extractor dates --out predictions/
    newsgold extract --all --out predictions/
    newsgold extract --list

The corpus is processed in batches (one spaCy ``nlp.pipe`` parse per batch,
shared by every extractor), with a progress bar on a terminal. Output files
are written atomically once everything succeeded, in the span document format
(they load with :func:`newsgold.spandoc.load_documents`).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from newsgold.corpus import load_corpus
from newsgold import numeric_options
from newsgold.cli_parser import NewsgoldParser
from newsgold.errors import UserError
from newsgold.exit_codes import EPILOG
from newsgold.outputs import check_output_dir, check_output_file, refuse_replacing_inputs, safe_file_name
from newsgold.extractors import available_extractors, get_extractor
from newsgold.extractors.nlp import BATCH_SIZE
from newsgold.extractors.runner import run_extractor
from newsgold.spandoc import SpanDocument, write_documents


def _parser(prog: str) -> argparse.ArgumentParser:
    p = NewsgoldParser(
        prog=prog,
        description="Run extractors over a corpus and write their output as span documents (JSONL).",
        epilog="Third-party extractors appear here once installed: they register under the Python entry point "
        "group 'newsgold.extractors' (see docs/extractors.md).\n\n" + EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--extractor",
        "-e",
        action="append",
        metavar="NAME",
        default=[],
        help="extractor to run (repeatable); see --list for the installed ones",
    )
    p.add_argument("--all", action="store_true", help="run every installed extractor (--out is then a folder)")
    p.add_argument("--list", action="store_true", help="list the installed extractors with their versions and exit")
    p.add_argument(
        "--corpus",
        metavar="DIR",
        default=None,
        help="folder of UTF-8 .txt articles with an optional manifest.jsonl (default: the project's corpus/)",
    )
    p.add_argument(
        "--out",
        metavar="PATH",
        help="output: a .jsonl file for one extractor; a folder (NAME.jsonl per extractor) for several, "
        "or when PATH is an existing folder or ends with '/'",
    )
    p.add_argument(
        "--batch-size",
        type=numeric_options.positive_int,
        default=BATCH_SIZE,
        metavar="N",
        help=f"documents per batch (one shared spaCy parse per batch; default {BATCH_SIZE})",
    )
    p.add_argument("--no-progress", action="store_true", help="do not show a progress bar")
    return p


def _list() -> int:
    extractors = available_extractors()
    if not extractors:
        print("no extractor installed (entry point group 'newsgold.extractors' is empty)")
        return 0
    width = max(len(n) for n in extractors)
    for name, description in extractors.items():
        try:
            version = get_extractor(name).version
        except UserError as exc:
            version = f"unavailable: {exc}"
        print(f"{name.ljust(width)}  {version}\n{' ' * width}  {description}")
    return 0


def _outputs(names: list[str], out: str) -> dict[str, Path]:
    path = Path(out)
    folder = len(names) > 1 or path.is_dir() or out.endswith(("/", "\\"))
    if not folder:
        if path.suffix != ".jsonl":
            raise UserError(f"--out {out}: a single extractor writes a .jsonl file (or give a folder ending with '/')")
        return {names[0]: check_output_file(path, "--out")}
    if path.exists() and not path.is_dir():
        raise UserError(f"--out {out}: several extractors write a folder, but this is a file")
    check_output_dir(path, "--out")
    outputs = {name: path / f"{safe_file_name(name)}.jsonl" for name in names}
    clash = _first_clash(outputs)
    if clash:
        raise UserError(f"--out {out}: extractors {clash[0]!r} and {clash[1]!r} would write the same file")
    for file in outputs.values():
        check_output_file(file, "--out")
    return outputs


def _first_clash(outputs: dict[str, Path]) -> tuple[str, str] | None:
    seen: dict[str, str] = {}
    for name, file in outputs.items():
        key = file.name.casefold()
        if key in seen:
            return seen[key], name
        seen[key] = name
    return None


def main(argv: list[str], prog: str = "newsgold extract") -> int:
    args = _parser(prog).parse_args(argv)
    if args.list:
        return _list()
    names = list(dict.fromkeys(args.extractor))
    if args.all:
        names = list(dict.fromkeys(names + list(available_extractors())))
    if not names:
        raise UserError("name at least one --extractor NAME (or --all); --list shows the installed ones")
    if not args.out:
        raise UserError("--out PATH is required (a .jsonl file, or a folder for several extractors)")
    if args.batch_size < 1:
        raise UserError(f"--batch-size must be at least 1, got {args.batch_size}")
    extractors = [get_extractor(n) for n in names]  # fail on an unknown name before any work
    outputs = _outputs(names, args.out)
    documents = load_corpus(args.corpus)
    for file in outputs.values():  # load_corpus refuses an empty corpus: documents[0] exists
        refuse_replacing_inputs(file, {"corpus": documents[0].path.parent}, "--out")

    from newsgold.progress import progress

    started = time.perf_counter()
    results: dict[str, list[SpanDocument]] = {e.name: [] for e in extractors}
    with progress(total=len(documents), desc="extract", enabled=not args.no_progress) as bar:
        for i in range(0, len(documents), args.batch_size):
            batch = documents[i : i + args.batch_size]
            for name, extractor in zip(names, extractors, strict=True):
                results[name].extend(run_extractor(extractor, batch))
            bar.update(len(batch))
    elapsed = time.perf_counter() - started
    for name, extractor in zip(names, extractors, strict=True):
        write_documents(results[name], outputs[name])
        n_spans = sum(len(d.spans) for d in results[name])
        n_rels = sum(len(d.relations) for d in results[name])
        print(
            f"{name}: {len(results[name])} documents, {n_spans} spans, {n_rels} relations -> {outputs[name]}"
            f"  [{extractor.version}]",
            file=sys.stderr,
        )
    print(f"extracted {len(documents)} documents with {len(names)} extractor(s) in {elapsed:.1f} s", file=sys.stderr)
    return 0
