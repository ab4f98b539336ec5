"""The ``newsgold`` console script: one entry point, one subcommand per area.

Each area owns its parser in its own module and exposes
``main(argv: list[str] | None, prog: str) -> int``; this module only
dispatches, sets up logging and applies the exit status policy
(:mod:`newsgold.exit_codes`): :class:`~newsgold.errors.NewsgoldError` becomes one
line on stderr and its ``exit_code`` (2), as does an ``OSError`` "file name too long"
(a path the user gave, whichever check met it first); any other exception is a bug, reported by
:mod:`newsgold.crash` as one line naming it and the file holding its
traceback, status 3 (never a traceback on stderr, never status 1). Output
goes through :mod:`newsgold.safe_streams`, which masks the API key in any
form and never fails on a character the terminal cannot encode.
``python -m newsgold.annotate ...`` and ``python -m newsgold.eval ...`` go through
:func:`run_area` as well, so they behave identically.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
from collections.abc import Callable, MutableMapping, Sequence
from typing import NoReturn

from newsgold import exit_codes
from newsgold.crash import crash_line
from newsgold.errors import NewsgoldError
from newsgold.gc_pause import import_paused
from newsgold.redact import redact, register_secret
from newsgold.safe_streams import guarded_streams

KEY_OPTION = "--api-key"
ENV_KEY = "LABEL_STUDIO_API_KEY"

AREAS: dict[str, tuple[str, str]] = {
    "init": ("newsgold.init_cli", "create a project of your own: corpus/, gold/, newsgold.toml, a CI workflow"),
    "annotate": ("newsgold.annotate.cli", "Label Studio round trip: serve, push, pull, submit"),
    "extract": ("newsgold.extract_cli", "run extractors over a corpus and write span documents"),
    "eval": ("newsgold.eval.cli", "score predictions against the gold set; write the report"),
    "gold": ("newsgold.gold_cli", "check the gold set against the format and the guidelines"),
    "convert": ("newsgold.convert_cli", "convert between span JSONL, Label Studio, spaCy, CoNLL/BIO, BRAT, doccano"),
}

MainFn = Callable[[list[str], str], int]


MAX_ERROR_CHARS = 1000
"""An error line quotes at most this much: a message built from a 50 MB line must not be 50 MB."""


class _CurrentStderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever ``sys.stderr`` is at the time (the guarded stream while a command runs)."""

    def __init__(self) -> None:
        super().__init__()

    @property  # type: ignore[override]
    def stream(self):  # type: ignore[no-untyped-def]
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:  # type: ignore[no-untyped-def]
        pass


def _configure_logging() -> None:
    root = logging.getLogger()
    if not any(isinstance(h, _CurrentStderrHandler) for h in root.handlers):
        handler = _CurrentStderrHandler()
        handler.setLevel(logging.WARNING)  # a test or library raising the root level to DEBUG must not flood stderr
        handler.setFormatter(logging.Formatter("newsgold: %(levelname)s: %(message)s"))
        root.addHandler(handler)
        if root.level == logging.NOTSET or root.level > logging.WARNING:
            root.setLevel(logging.WARNING)


def _register_secrets(args: Sequence[str]) -> None:
    """Mask the API key from the environment and ``--api-key`` before anything (argparse included) can print it."""
    register_secret(os.environ.get(ENV_KEY))
    for i, arg in enumerate(args):
        if arg == KEY_OPTION and i + 1 < len(args):
            register_secret(args[i + 1])
        elif arg.startswith(KEY_OPTION + "="):
            register_secret(arg.partition("=")[2])


def one_line(text: str) -> str:
    """A message's lines as one line: ``a:`` + ``b`` -> ``a: b``, ``a`` + ``b`` -> ``a; b`` (a listing stays readable)."""
    out = ""
    for line in (ln.strip() for ln in text.splitlines()):
        if line:
            out = line if not out else f"{out} {line}" if out.endswith(":") else f"{out}; {line}"
    return out


def error_line(prog: str, message: object) -> str:
    """``prog: error: message`` on one line, bounded in length, secrets masked."""
    text = one_line(redact(str(message))) or "error"
    if len(text) > MAX_ERROR_CHARS:
        text = text[:MAX_ERROR_CHARS] + "..."
    return f"{prog}: error: {text}"


def _exit_status(code: object) -> int | None:
    """The status of a ``SystemExit`` (argparse: 0 after --help, 2 for usage); None when it is not one we give."""
    if code is None:
        return 0
    if isinstance(code, int) and not isinstance(code, bool) and code in (0, 2):
        return code
    return None


BLAS_THREADS_VARIABLE = "OPENBLAS_NUM_THREADS"
"""Set to 1 for ``newsgold eval`` unless the user set it (:func:`default_single_blas_thread`)."""


def default_single_blas_thread(environ: MutableMapping[str, str]) -> None:
    """Give numpy's OpenBLAS one thread unless ``environ`` already says how many (before numpy is imported).

    ``eval``'s matrix products are small (the largest, the bootstrap's, is
    1000 resamples x units x a few dozen outcome columns, already run on one
    thread); OpenBLAS's extra threads only cost CPU: started when numpy is
    imported and spinning between calls, on a machine whose cores other work
    needs too (docs/performance.md). A value the user set wins.
    """
    environ.setdefault(BLAS_THREADS_VARIABLE, "1")


def run_area(area: str, argv: Sequence[str] | None = None, prog: str | None = None) -> int:
    """Run one area's ``main`` with newsgold's error policy; return the exit status (0, 1, 2, 3 or 130)."""
    _configure_logging()
    if area == "eval" and "numpy" not in sys.modules:
        default_single_blas_thread(os.environ)
    module_name, _ = AREAS[area]
    args = list(sys.argv[1:] if argv is None else argv)
    prog = prog or f"newsgold {area}"
    with guarded_streams():
        try:
            _register_secrets(args)  # inside the policy: whatever it meets ends in one line, never a traceback
            module = import_paused(module_name)  # newsgold.gc_pause: no collector passes over the imports
            main: MainFn = module.main
            status = main(args, prog)
            return int(status or 0)
        except NewsgoldError as exc:
            print(error_line(prog, exc), file=sys.stderr)
            return exc.exit_code
        except KeyboardInterrupt:
            print(f"{prog}: interrupted", file=sys.stderr)
            return exit_codes.INTERRUPTED
        except BrokenPipeError:
            _silence_stdout()
            return exit_codes.OK
        except OSError as exc:
            if exc.errno != errno.ENAMETOOLONG:
                print(crash_line(exc, prog, args), file=sys.stderr)
                return exit_codes.INTERNAL_ERROR
            print(error_line(prog, _name_too_long(exc)), file=sys.stderr)
            return exit_codes.BAD_INPUT
        except SystemExit as exc:
            status = _exit_status(exc.code)
            if status is not None:
                return status
            print(crash_line(exc, prog, args), file=sys.stderr)
            return exit_codes.INTERNAL_ERROR
        except BaseException as exc:  # noqa: BLE001 - every other exception is a bug: report it, exit 3
            print(crash_line(exc, prog, args), file=sys.stderr)
            return exit_codes.INTERNAL_ERROR


def _name_too_long(exc: OSError) -> str:
    """The message for ENAMETOOLONG: a path the user gave (an option, a manifest row) that no file system holds.

    Every path option would otherwise need its own length check before its
    first ``exists()``; the error is bad input wherever it is raised.
    """
    from newsgold.jsonl import excerpt  # imported on this error only

    name = os.fsdecode(exc.filename) if isinstance(exc.filename, str | bytes) else "a path"
    return f"{excerpt(name, 80)}: a path, or a name in it, is longer than the file system allows"


def _silence_stdout() -> None:
    """After a closed pipe (``newsgold ... | head``), point stdout at /dev/null so the exit flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno())  # type: ignore[union-attr]
    except (OSError, AttributeError, ValueError):
        pass


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
        "",
        exit_codes.EPILOG,
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
        print(error_line("newsgold", f"unknown command {args[0][:80]!r} (commands: {', '.join(AREAS)}; see 'newsgold --help')"),
              file=sys.stderr)  # fmt: skip
        return exit_codes.BAD_INPUT
    return run_area(args[0], args[1:], prog=f"newsgold {args[0]}")


def console() -> NoReturn:
    """The ``newsgold`` console script and ``python -m newsgold``: :func:`main`, then end the process.

    Ends through :func:`newsgold.process_exit.exit_process`: what a command
    held (its loaded documents) is not freed object by object before the
    process ends.
    """
    from newsgold import process_exit

    process_exit.start_holding()
    process_exit.exit_process(main())


if __name__ == "__main__":  # pragma: no cover
    console()
