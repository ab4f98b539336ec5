"""Atomic file writes: a reader sees the old file or the new one, never half.

Used for every file newsgold writes that a person relies on (gold sets,
reports, predictions, config): a crash, a dead server or Ctrl-C half-way
leaves the previous version in place.
"""

from __future__ import annotations

import os
from pathlib import Path

from newsgold.errors import UserError


def _default_mode(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, mode: int | None = None) -> None:
    """Write ``data`` to a temp file beside ``path``, fsync it, then rename over ``path``.

    ``mode`` (e.g. ``0o600`` for a file holding a secret) is applied to the
    temp file before any byte is written, so the secret is never readable by
    others, not even for a moment. Without ``mode`` the file keeps the mode of
    the file it replaces, or gets the usual ``0o666 & ~umask`` when new
    (``mkstemp`` alone would leave every gold file and report private).
    """
    import tempfile  # here: commands that only read (eval score) import this module too; tempfile brings shutil, random

    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name[:100]}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        # A full disk, a read-only folder, a name the file system refuses: the environment, not a bug.
        raise UserError(f"{target}: cannot write ({exc.strerror or exc})") from None
    try:
        os.fchmod(fd, mode if mode is not None else _default_mode(target))
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(f"{target}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: str | os.PathLike[str], text: str, mode: int | None = None) -> None:
    """UTF-8 text version of :func:`atomic_write_bytes` (no newline translation).

    A lone surrogate (from a ``"\\udc00"`` escape in an input file) cannot be
    UTF-8; it is written as the six characters ``\\udc00``, which is also its
    JSON escape, so a JSON line stays valid and the same value reads back.
    """
    atomic_write_bytes(path, text.encode("utf-8", "backslashreplace"), mode=mode)
