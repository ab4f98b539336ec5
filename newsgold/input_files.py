"""Reading a file a user named, safely: regular files only, and no more than a documented size.

``/dev/zero`` given as a thresholds file would be read until memory runs
out; a FIFO would block forever. Every small input that is read whole
(thresholds TOML, a baseline report.json, a connection config, a corpus
article) goes through :func:`read_input_bytes`, which refuses anything that
is not a regular file and anything above its cap, with one line naming the
option. Line-by-line JSONL reading has its own per-line cap in
:mod:`newsgold.jsonl`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from newsgold.errors import InputFormatError

MAX_SMALL_FILE_BYTES = 64 * 1024 * 1024
"""A thresholds file, a baseline report.json or a connection config: far below this; a bigger one is a mistake."""
MAX_ARTICLE_BYTES = 64 * 1024 * 1024
"""One corpus article (a news article is kilobytes; a whole book is a few megabytes)."""


def _shown(path: Path) -> str:
    text = os.fspath(path)
    return text if len(text) <= 200 else text[:200] + "..."


def check_regular_file(path: str | os.PathLike[str], what: str) -> Path:
    """``path`` when it is an existing regular file (symlinks followed); InputFormatError otherwise."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise InputFormatError(f"{what} {_shown(path)}: no such file") from None
    except (OSError, ValueError) as exc:
        raise InputFormatError(f"{what} {_shown(path)}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    if stat.S_ISDIR(mode):
        raise InputFormatError(f"{what} {_shown(path)}: is a folder, not a file")
    if not stat.S_ISREG(mode):
        raise InputFormatError(f"{what} {_shown(path)}: is not a regular file (a device, FIFO or socket)")
    return path


def read_input_bytes(path: str | os.PathLike[str], what: str, max_bytes: int = MAX_SMALL_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``max_bytes`` (one-line InputFormatError otherwise)."""
    path = check_regular_file(path, what)
    try:
        with open(path, "rb") as handle:
            if os.fstat(handle.fileno()).st_size > max_bytes:
                raise InputFormatError(f"{what} {_shown(path)}: larger than the limit of {max_bytes // 2**20} MB")
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputFormatError(f"{what} {_shown(path)}: cannot read ({exc.strerror})") from None
    if len(data) > max_bytes:
        raise InputFormatError(f"{what} {_shown(path)}: larger than the limit of {max_bytes // 2**20} MB")
    return data


def read_input_text(path: str | os.PathLike[str], what: str, max_bytes: int = MAX_SMALL_FILE_BYTES) -> str:
    """:func:`read_input_bytes` decoded as strict UTF-8 (a one-line error names the byte)."""
    data = read_input_bytes(path, what, max_bytes)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputFormatError(f"{what} {_shown(Path(path))}: not valid UTF-8 (byte {exc.start + 1})") from None


def read_json_file(path: str | os.PathLike[str], what: str, max_bytes: int = MAX_SMALL_FILE_BYTES) -> object:
    """A whole JSON document (a baseline report.json, a connection config), read within the same limits as
    every JSONL line (:func:`newsgold.jsonl.decode_line`: strict UTF-8, nesting depth, short messages)."""
    from newsgold.jsonl import decode_line

    data = read_input_bytes(path, what, max_bytes)
    obj = decode_line(data, f"{what} {_shown(Path(path))}")
    if obj is None:
        raise InputFormatError(f"{what} {_shown(Path(path))}: empty file, expected JSON")
    return obj


def open_input(path: str | os.PathLike[str]) -> int:
    """A read-only file descriptor for ``path`` that never blocks on open.

    Opening a FIFO for reading waits for a writer; with no writer that is
    forever. Opened non-blocking and then switched back to blocking reads, a
    FIFO with a writer (``<(command)``) streams as usual and one without reads
    as empty.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        import fcntl

        flags = fcntl.fcntl(fd, fcntl.F_GETFL)
        fcntl.fcntl(fd, fcntl.F_SETFL, flags & ~os.O_NONBLOCK)
    except (ImportError, OSError):
        pass
    return fd
