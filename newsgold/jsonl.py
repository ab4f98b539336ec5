"""Reading JSON Lines files with errors that point at ``file:line``.

Every JSONL input of newsgold (span documents, corpus manifests) is read
through :func:`iter_jsonl`, so a broken line is always reported the same way:
one line naming the file and line number, never a traceback.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from newsgold.errors import InputFormatError


def iter_jsonl(file: Path) -> Iterator[tuple[str, object]]:
    """Yield ``("file:line", decoded object)`` for each non-blank line of ``file``.

    Each line is decoded strictly as UTF-8; nothing is normalised.
    Raises :class:`InputFormatError` for an unreadable file, invalid UTF-8 or
    invalid JSON.
    """
    try:
        handle = file.open("rb")
    except OSError as exc:
        raise InputFormatError(f"{file}: cannot read: {exc.strerror}") from None
    with handle:
        # Bytes, split on b"\n" and decoded line by line: a text-mode reader decodes in
        # chunks and would blame the wrong line for invalid UTF-8.
        for lineno, raw in enumerate(handle, start=1):
            where = f"{file}:{lineno}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputFormatError(f"{where}: not valid UTF-8 (byte {exc.start + 1} of the line)") from None
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputFormatError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from None
            yield where, obj
