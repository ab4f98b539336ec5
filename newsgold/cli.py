"""The ``newsgold`` console script: one entry point, one subcommand per area.

Each area owns its parser in its own module and exposes
``main(argv: list[str] | None, prog: str) -> int``; this module only
dispatches, sets up logging, and turns :class:`~newsgold.errors.NewsgoldError`
into one line on stderr and exit status 2 (never a traceback).
``python -m newsgold.annotate ...`` and ``python -m newsgold.eval ...`` go through
:func:`run_area` as well, so they behave identically.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence

from newsgold.errors import NewsgoldError

AREAS: dict[str, tuple[str, str]] = {
    "init": ("newsgold.init_cli", "create a project of your own: corpus/, gold/, newsgold.toml, a CI workflow"),
    "annotate": ("newsgold.annotate.cli", "Label Studio round trip: serve, push, pull, submit"),
    "extract": ("newsgold.extract_cli", "run extractors over a corpus and write span documents"),
    "eval": ("newsgold.eval.cli", "score predictions against the gold set; write the report"),
    "gold": ("newsgold.gold_cli", "check the gold set against the format and the guidelines"),
    "convert": ("newsgold.convert_cli", "convert between span JSONL, Label Studio, spaCy, CoNLL/BIO, BRAT, doccano"),
}

MainFn = Callable[[list[str], str], int]


def _configure_logging() -> None:
    logging.basicConfig(level=logging.WARNING, format="newsgold: %(levelname)s: %(message)s", stream=sys.stderr)


def run_area(area: str, argv: Sequence[str] | None = None, prog: str | None = None) -> int:
    """Run one area's ``main`` with newsgold's error policy; return the exit status."""
    _configure_logging()
    module_name, _ = AREAS[area]
    args = list(sys.argv[1:] if argv is None else argv)
    prog = prog or f"newsgold {area}"
    try:
        module = importlib.import_module(module_name)
        main: MainFn = module.main
        return int(main(args, prog) or 0)
    except NewsgoldError as exc:
        print(f"{prog}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"{prog}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _usage() -> str:
    width = max(len(a) for a in AREAS)
    lines = [
        "usage: newsgold [--project-dir DIR] {" + ",".join(AREAS) + "} ...",
        "",
        "newsgold turns news articles into a human-made gold set (Label Studio)",
        "and scores information extractors against it.",
        "",
        "commands:",
    ]
    lines += [f"  {name.ljust(width)}  {desc}" for name, (_, desc) in AREAS.items()]
    lines += [
        "",
        "Commands use the project found from the current folder upward (its newsgold.toml);",
        "--project-dir DIR (or $NEWSGOLD_PROJECT) names one instead.",
        "Run 'newsgold COMMAND --help' for a command's options.",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsgold`` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in {"-h", "--help", "help"}:
        print(_usage())
        return 0 if args else 2
    if args[0] == "--project-dir" or args[0].startswith("--project-dir="):
        value = args[0].partition("=")[2] or (args[1] if len(args) > 1 else "")
        rest = args[1:] if "=" in args[0] else args[2:]
        if not value:
            print("newsgold: error: --project-dir needs a folder", file=sys.stderr)
            return 2
        from newsgold.project import ENV_PROJECT

        os.environ[ENV_PROJECT] = value
        return main(rest)
    if args[0] == "--version":
        from importlib.metadata import version

        print(f"newsgold {version('newsgold')}")
        return 0
    if args[0] not in AREAS:
        print(_usage(), file=sys.stderr)
        print(f"\nnewsgold: error: unknown command {args[0]!r}", file=sys.stderr)
        return 2
    return run_area(args[0], args[1:], prog=f"newsgold {args[0]}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
