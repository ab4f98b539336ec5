"""Reading JSON Lines files with errors that point at ``file:line``, within limits.

Every JSONL input of newsgold (span documents, corpus manifests, other
formats' JSONL) is read through :func:`iter_jsonl` (or, for span documents,
the fast path of :mod:`newsgold.spandoc`, which falls back to it to word its
errors), so a broken line is always reported the same way: one line naming
the file and line number, never a traceback.

Limits (bad input is an error, never a crash or an unbounded allocation):

* a line longer than :data:`MAX_LINE_BYTES` is an error (read with a bounded
  ``readline``, so ``/dev/zero`` or a file without newlines stops there);
* JSON nested as deep as the interpreter's recursion limit (about 1,000 levels,
  ``sys.getrecursionlimit()``) is an error, not a ``RecursionError``;
* an error message quotes at most :data:`EXCERPT_CHARS` characters of the
  input (:func:`excerpt`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

from newsgold.errors import InputFormatError
from newsgold.input_files import open_input

MAX_LINE_BYTES = 64 * 1024 * 1024
"""Longest accepted line: a news article with every annotation is far below; a 64 MiB line is not a document."""
EXCERPT_CHARS = 60
"""Most characters of an input value an error message quotes."""


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """``repr(value)``, cut to about ``limit`` characters with an ellipsis: safe to put in a one-line message.

    >>> excerpt("x" * 100, 10)
    "'xxxxxxxx…"
    >>> excerpt("ok")
    "'ok'"
    """
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def too_long(where: str) -> InputFormatError:
    """The error for a line over :data:`MAX_LINE_BYTES`."""
    return InputFormatError(f"{where}: line longer than {MAX_LINE_BYTES // (1024 * 1024)} MiB; not a JSONL record")


def without_python_advice(exc: Exception) -> str:
    """An exception's message for a user: Python's advice on a 5000-digit integer (call sys.set_int_max_str_digits) dropped.

    >>> without_python_advice(ValueError("Exceeds the limit (4300 digits); use sys.set_int_max_str_digits() to increase"))
    'Exceeds the limit (4300 digits)'
    """
    return str(exc).partition("; use sys.set_int_max_str_digits()")[0]


def too_deep(where: str) -> InputFormatError:
    """The error for JSON nested beyond the interpreter's recursion limit."""
    return InputFormatError(f"{where}: JSON nested too deeply (the limit is about 1,000 levels)")


def decode_line(raw: bytes, where: str) -> object | None:
    """Decode one JSONL line (UTF-8, strict); ``None`` for a blank line. Raises :class:`InputFormatError`."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputFormatError(f"{where}: not valid UTF-8 (byte {exc.start + 1} of the line)") from None
    if not line.strip():
        return None
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputFormatError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    except ValueError as exc:  # an integer of more digits than Python converts (sys.get_int_max_str_digits)
        raise InputFormatError(f"{where}: not usable JSON ({without_python_advice(exc)})") from None
    except RecursionError:
        raise too_deep(where) from None


def iter_jsonl(file: Path) -> Iterator[tuple[str, object]]:
    """Yield ``("file:line", decoded object)`` for each non-blank line of ``file``.

    Each line is decoded strictly as UTF-8; nothing is normalised.
    Raises :class:`InputFormatError` for an unreadable file, invalid UTF-8,
    invalid JSON, a line over :data:`MAX_LINE_BYTES` or JSON nested too deeply.
    """
    try:
        handle = os.fdopen(open_input(file), "rb")  # a FIFO without a writer reads as empty instead of hanging
    except OSError as exc:
        raise InputFormatError(f"{file}: cannot read: {exc.strerror}") from None
    with handle:
        # Bytes, split on b"\n" and decoded line by line: a text-mode reader decodes in
        # chunks and would blame the wrong line for invalid UTF-8.
        lineno = 0
        while True:
            try:
                raw = handle.readline(MAX_LINE_BYTES + 1)
            except OSError as exc:
                raise InputFormatError(f"{file}: cannot read: {exc.strerror}") from None
            if not raw:
                return
            lineno += 1
            where = f"{file}:{lineno}"
            if len(raw) > MAX_LINE_BYTES:
                raise too_long(where)
            obj = decode_line(raw, where)
            if obj is not None:
                yield where, obj
