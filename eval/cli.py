"""``newsgold eval``: dispatch to ``score`` (:mod:`newsgold.eval.score_cli`) or ``report`` (:mod:`newsgold.eval.report_cli`).

Each subcommand owns its parser in its own module; this one only picks the
module, so ``newsgold eval score --help`` shows the full help of ``score``.
"""

from __future__ import annotations

import sys

from newsgold.exit_codes import EPILOG
from newsgold.gc_pause import import_paused

SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "score": ("newsgold.eval.score_cli", "score predicted span documents against gold ones (four schemes, intervals)"),
    "report": ("newsgold.eval.report_cli", "run extractors, score them, write the report, apply threshold gates"),
}


def _usage(prog: str) -> str:
    width = max(len(name) for name in SUBCOMMANDS)
    lines = [f"usage: {prog} {{{','.join(SUBCOMMANDS)}}} ...", "", "commands:"]
    lines += [f"  {name.ljust(width)}  {desc}" for name, (_, desc) in SUBCOMMANDS.items()]
    lines += ["", f"Run '{prog} COMMAND --help' for a command's options.", "", EPILOG]
    return "\n".join(lines)


def main(argv: list[str], prog: str) -> int:
    """Run ``score`` or ``report``; exit status 2 for a missing or unknown subcommand."""
    if not argv or argv[0] in {"-h", "--help"}:
        print(_usage(prog), file=sys.stdout if argv else sys.stderr)
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    if name not in SUBCOMMANDS:
        shown = name if len(name) <= 80 else name[:80] + "..."
        print(f"{prog}: error: unknown command {shown!r} (commands: {', '.join(SUBCOMMANDS)}; see '{prog} --help')",
              file=sys.stderr)  # fmt: skip
        return 2
    module = import_paused(SUBCOMMANDS[name][0])  # newsgold.gc_pause: no collector passes over the imports
    return int(module.main(rest, f"{prog} {name}") or 0)
