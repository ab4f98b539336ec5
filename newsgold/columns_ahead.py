"""Checking one span file's spans on the second core while this process loads another file.

Why: ``newsgold eval score`` reads two span files, gold and predictions, one
after the other, and for each spends about as long building the span structs
(msgspec, in C) as checking every span and reading its offsets and labels into
numpy columns (:func:`newsgold.spandoc._span_columns`: a Python object per
span, ~0.6 us each). On a machine with a second core, the predictions'
checks and columns can be made by a forked child while the parent loads the
gold file; the parent then decodes the predictions itself (it needs the
structs) and takes the child's columns, which are a few numpy arrays, instead
of reading every span again. At 200,000 gold spans that is most of the
second file's checking time off the wall clock (docs/performance.md). The
CPU time grows by one decode of the file (the child's).

What keeps it one behaviour with the serial loader:

* the child works on the very bytes the parent decodes (read once, before the
  fork; the parent does not read the file again), and runs the same
  ``_span_columns`` on the same decoder's output;
* the child answers only "every rule holds, here are the columns" or "no";
  on "no", or if the child fails, dies or its answer does not fit the
  parent's documents, the parent runs the serial checks itself, so every
  message and every refusal is the serial loader's (tested);
* only where it pays and is safe: Linux (``fork``; macOS's system libraries are
  not fork-safe), at least two usable cores, a regular ``.jsonl`` file of at
  least :data:`AHEAD_FROM_BYTES`;
* the child never writes to the terminal, runs no ``atexit`` handler and ends
  with :func:`os._exit`; a child still running when the loading is over
  (the file was read as another format) is killed and reaped.

Why not :mod:`multiprocessing`: its import and its pickling of the task cost
more than the work at the sizes where this starts, and a pool is not needed
for one task.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

AHEAD_FROM_BYTES = 2_000_000
"""Smallest predictions file (bytes) checked in a second process (smaller ones check in a few ms)."""

_pending: dict[Path, ColumnsAhead] = {}


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def _fingerprint(info: os.stat_result) -> tuple[int, int, int, int]:
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


class ColumnsAhead:
    """One file's bytes and the forked child checking its spans; :meth:`columns` waits for the child's answer."""

    def __init__(self, data: bytes, fingerprint: tuple[int, int, int, int], pid: int, read_fd: int) -> None:
        self.data, self.fingerprint = data, fingerprint
        self._pid, self._fd = pid, read_fd

    def columns(self) -> Any:
        """The child's answer (what its ``work`` returned, usually ``None`` or a tuple of arrays), or ``None`` if it failed."""
        if self._pid == 0:
            return None
        chunks = []
        try:
            with os.fdopen(self._fd, "rb", closefd=True) as pipe:
                self._fd = -1
                while chunk := pipe.read(1 << 20):
                    chunks.append(chunk)
        except OSError:
            chunks = []
        status = self._reap()
        if status != 0 or not chunks:
            return None
        try:
            return pickle.loads(b"".join(chunks))
        except Exception:  # a truncated answer: the parent checks the file itself
            return None

    def discard(self) -> None:
        """Stop the child if it still runs, and reap it."""
        if self._pid == 0:
            return
        try:
            os.kill(self._pid, signal.SIGKILL)
        except OSError:
            pass
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        self._reap()

    def _reap(self) -> int:
        pid, self._pid = self._pid, 0
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:
            return -1
        return os.waitstatus_to_exitcode(status)


def start(path: Path, work: Callable[[bytes], Any]) -> None:
    """Fork a child running ``work(data)`` on the bytes of ``path`` if that pays and is safe (module docstring).

    The answer is taken by :func:`take` (the loader of that file) or thrown
    away by :func:`discard_all`. Nothing happens, silently, when a condition
    is not met or anything fails: the file is then checked in this process.
    """
    if sys.platform != "linux" or not hasattr(os, "fork") or _usable_cores() < 2:
        return
    try:
        key = path.resolve()
        info = key.stat()
        if key in _pending or not key.is_file() or key.suffix.lower() != ".jsonl" or info.st_size < AHEAD_FROM_BYTES:
            return
        data = key.read_bytes()
        read_fd, write_fd = os.pipe()
    except OSError:
        return
    sys.stdout.flush()  # nothing buffered may be written twice (the child never flushes, but be sure)
    sys.stderr.flush()
    with warnings.catch_warnings():
        # Python 3.12+ warns on fork with threads running: here only numpy's idle BLAS pool, which the
        # child never calls (it reads attributes and compares arrays), and which registers fork handlers.
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            pid = os.fork()
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            return
    if pid == 0:  # the child: answer and leave, whatever happens
        code = 1
        try:
            os.close(read_fd)
            signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends it quietly; the parent decides what to say
            answer = pickle.dumps(work(data), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_fd, "wb") as pipe:
                pipe.write(answer)
            code = 0
        finally:
            os._exit(code)
    os.close(write_fd)
    _pending[key] = ColumnsAhead(data, _fingerprint(info), pid, read_fd)


def take(path: Path) -> ColumnsAhead | None:
    """The pending child for ``path`` if its bytes are still the file's (same inode, size and mtime), else ``None``."""
    if not _pending:
        return None
    try:
        key = path.resolve()
    except OSError:
        return None
    ahead = _pending.pop(key, None)
    if ahead is None:
        return None
    try:
        unchanged = _fingerprint(key.stat()) == ahead.fingerprint
    except OSError:
        unchanged = False
    if unchanged:
        return ahead
    ahead.discard()
    return None


def discard_all() -> None:
    """Stop and reap every child whose answer nobody took."""
    while _pending:
        _, ahead = _pending.popitem()
        ahead.discard()


@contextmanager
def checked_ahead(path: Path, work: Callable[[bytes], Any]) -> Iterator[None]:
    """``start(path, work)`` for the block; children left unanswered at its end are stopped and reaped."""
    start(path, work)
    try:
        yield
    finally:
        discard_all()
