"""The argument parser every newsgold command uses: a usage error is one line and exit status 2.

argparse's own ``error()`` prints the whole usage block before the message;
in a CI log that is several lines for one mistake. :class:`NewsgoldParser`
prints ``prog: error: message (see 'prog --help')`` instead, bounded in
length, and gives every parser the shared exit status epilog
(:data:`newsgold.exit_codes.EPILOG`) unless it brings its own text, which
the epilog is then appended to.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, NoReturn

from newsgold.exit_codes import BAD_INPUT, EPILOG

MAX_USAGE_ERROR_CHARS = 500


class NewsgoldParser(argparse.ArgumentParser):
    """``argparse.ArgumentParser`` with a one-line usage error and the shared epilog."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        epilog = kwargs.get("epilog")
        if not epilog or EPILOG not in epilog:
            kwargs["epilog"] = f"{epilog}\n\n{EPILOG}" if epilog else EPILOG
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        text = " ".join(message.split())
        if len(text) > MAX_USAGE_ERROR_CHARS:
            text = text[:MAX_USAGE_ERROR_CHARS] + "..."
        sys.stderr.write(f"{self.prog}: error: {text} (see '{self.prog} --help')\n")
        sys.exit(BAD_INPUT)
