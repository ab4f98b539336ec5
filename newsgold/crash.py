"""What the command line does with an exception nobody expected: exit 3, one line, the traceback in a file.

A traceback on stderr would look like any other failure in a CI log, and
exit status 1 means "a gate failed". So an unexpected exception becomes one
line naming the bug (type and a short, redacted message), the path of a file
holding the full traceback (also redacted), and how to report it; the
status is 3 (:data:`newsgold.exit_codes.INTERNAL_ERROR`).
"""

from __future__ import annotations

import os
from pathlib import Path

from newsgold.redact import redact

MAX_MESSAGE_CHARS = 200
"""The exception's message as quoted on the one line; the file has all of it."""
ENV_CRASH_DIR = "NEWSGOLD_CRASH_DIR"
REPORT_HOW = "please report this bug to the newsgold maintainers with that file attached"


def crash_dir() -> Path:
    """``$NEWSGOLD_CRASH_DIR``, else ``<system temp>/newsgold-crashes``."""
    import tempfile  # here: every command imports this module, few crash (tempfile brings shutil, random, bz2, lzma)

    return Path(os.environ.get(ENV_CRASH_DIR) or Path(tempfile.gettempdir()) / "newsgold-crashes")


def short_message(exc: BaseException, limit: int = MAX_MESSAGE_CHARS) -> str:
    """``Type: message`` on one line, at most ``limit`` characters of message, secrets masked."""
    message = " ".join(redact(str(exc)).split())
    if len(message) > limit:
        message = message[:limit] + "..."
    name = type(exc).__name__
    return f"{name}: {message}" if message else name


def save_traceback(exc: BaseException, prog: str, argv: list[str]) -> Path | None:
    """Write the redacted traceback to a new 0600 file under :func:`crash_dir`; None when that fails."""
    import datetime as dt  # imported on a crash only, as tempfile in crash_dir
    import tempfile
    import traceback

    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    text = "".join(traceback.format_exception(exc))
    body = f"newsgold crash report\ncommand: {prog} {' '.join(argv)}\ntime: {stamp}\n\n{text}"
    body = redact(body).encode("utf-8", "backslashreplace")
    try:
        folder = crash_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, name = tempfile.mkstemp(prefix=f"crash-{stamp}-", suffix=".txt", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(body)
    except OSError:
        return None
    return Path(name)


def crash_line(exc: BaseException, prog: str, argv: list[str]) -> str:
    """The one stderr line for an internal error (saves the traceback as a side effect)."""
    saved = save_traceback(exc, prog, argv)
    where = f"traceback saved to {saved}" if saved else f"the traceback could not be saved (set {ENV_CRASH_DIR})"
    return redact(f"{prog}: internal error (a bug in newsgold): {short_message(exc)}; {where}; {REPORT_HOW}")
