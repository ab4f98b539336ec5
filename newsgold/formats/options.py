"""Command-line options shared by ``eval score``, ``eval report`` and ``convert`` for reading formats."""

from __future__ import annotations

import argparse
from collections.abc import Mapping

from newsgold.formats.base import ReadOptions
from newsgold.formats.names import CONLL_SCHEMES as SCHEMES
from newsgold.formats.labelmap import parse_label_map
from newsgold.formats.registry import FORMAT_NAMES


def _label_map(value: str) -> dict[str, str]:
    from newsgold.errors import UserError

    try:
        return parse_label_map(value)
    except UserError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_format_options(parser: argparse.ArgumentParser, format_flags: tuple[str, ...]) -> None:
    """``--gold-format``-style flags (one per name in ``format_flags``) and the readers' options."""
    group = parser.add_argument_group("input formats (docs/formats.md)")
    for flag in format_flags:
        group.add_argument(
            flag,
            choices=FORMAT_NAMES,
            default=None,
            help="force the format instead of detecting it from the extension and content",
        )
    group.add_argument("--annotator", default=None, metavar="EMAIL",
                       help="Label Studio export: take this annotator's latest annotation as gold "
                       "(default: the ground truth, else the latest submitted)")  # fmt: skip
    group.add_argument("--model-version", default=None, metavar="V",
                       help="Label Studio export: the predictions of this model version")  # fmt: skip
    group.add_argument("--scheme", choices=SCHEMES, default=None,
                       help="CoNLL/BIO tag scheme (default: detected from the tags)")  # fmt: skip
    group.add_argument("--discontinuous", choices=("refuse", "hull"), default="refuse",
                       help="BRAT discontinuous spans: refuse (default) or keep as the hull from first start to last end")  # fmt: skip
    group.add_argument("--span-key", default=None, metavar="KEY",
                       help="spaCy DocBin: read doc.ents and doc.spans[KEY] only (default: every span group)")  # fmt: skip
    group.add_argument("--text-key", default=None, metavar="FIELD",
                       help="Label Studio export: the task data field that holds the text")  # fmt: skip


def add_label_map_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("label maps")
    group.add_argument("--label-map", type=_label_map, default=None, metavar="A=B,...|FILE",
                       help="rename predicted labels before matching: A=B,C=D or a TOML/JSON mapping file")  # fmt: skip
    group.add_argument("--drop-unmapped", action="store_true",
                       help="drop predicted spans whose label is neither a key nor a value of --label-map")  # fmt: skip


def read_options(args: argparse.Namespace, side: str, corpus_texts: Mapping[str, str] | None = None) -> ReadOptions:
    """The reader options of ``side`` (``gold`` or ``pred``) from parsed arguments."""
    return ReadOptions(
        side=side,
        annotator=getattr(args, "annotator", None),
        model_version=getattr(args, "model_version", None),
        scheme=getattr(args, "scheme", None),
        corpus_texts=corpus_texts,
        discontinuous=getattr(args, "discontinuous", "refuse"),
        span_key=getattr(args, "span_key", None),
        text_key=getattr(args, "text_key", None),
    )
