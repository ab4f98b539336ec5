"""stdout and stderr that never leak a key and never crash on a character they cannot encode.

While a command runs, :func:`guarded_streams` replaces ``sys.stdout`` and
``sys.stderr`` with :class:`SafeStream` wrappers: every write goes through
:func:`newsgold.redact.redact`, and text the terminal cannot encode (a lone
surrogate from a ``"\\udc00"`` label, an emoji on a Latin-1 console) is
written with backslash escapes instead of raising ``UnicodeEncodeError``.
argparse messages, log records, tqdm bars and ``print`` all pass through
here, so none of them can forget.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from newsgold.redact import redact


class SafeStream:
    """A text stream proxy: redacts secrets and backslash-escapes what the underlying stream cannot encode."""

    def __init__(self, inner: TextIO) -> None:
        self._inner = inner

    @property
    def inner(self) -> TextIO:
        return self._inner

    def write(self, text: str) -> int:
        text = redact(text)
        try:
            self._inner.write(text)
        except UnicodeEncodeError:
            encoding = getattr(self._inner, "encoding", None) or "utf-8"
            self._inner.write(text.encode(encoding, "backslashreplace").decode(encoding, "replace"))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


@contextmanager
def guarded_streams() -> Iterator[None]:
    """Wrap ``sys.stdout`` / ``sys.stderr`` in :class:`SafeStream` for the duration (restored after)."""
    saved = sys.stdout, sys.stderr
    sys.stdout = SafeStream(saved[0]) if not isinstance(saved[0], SafeStream) else saved[0]  # type: ignore[assignment]
    sys.stderr = SafeStream(saved[1]) if not isinstance(saved[1], SafeStream) else saved[1]  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
