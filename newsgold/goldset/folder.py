"""Replacing a folder as a whole: readers and interruptions see the old folder or the new one, never a mix.

Per-file atomic writes are not enough for a gold folder: ``gold.jsonl``,
``annotators/``, ``agreement.*`` and ``provenance.json`` describe one pull,
and a Ctrl-C between two of them left a new annotators file beside the old
gold. So the new folder is built complete beside the old one (a copy of it,
then the changes, every file fsynced) and swapped in:

* on Linux with ``renameat2(RENAME_EXCHANGE)``, one system call that swaps
  the two names: at every instant the path is the old folder or the new one;
* elsewhere (or on a file system without it) with two renames; if the process
  dies between them the path is briefly missing, and the next
  :func:`replace_folder` (under the same lock) puts the old folder back
  before doing anything else.

A lock on the parent folder (``flock``) keeps two writers from interleaving;
the second waits. Leftover ``.NAME.new-*`` / ``.NAME.old-*`` folders of an
interrupted run are removed (or, for the two-rename case, restored) on the
next run.
"""

from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import secrets
import shutil
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from newsgold.testing_hooks import checkpoint

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically with ``renameat2``; False when the OS or file system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(a))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(root: Path) -> None:
    for folder, _dirs, files in os.walk(root):
        for name in files:
            fd = os.open(os.path.join(folder, name), os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        _fsync_dir(Path(folder))


def _siblings(target: Path, kind: str) -> list[Path]:
    return sorted(target.parent.glob(f".{target.name}.{kind}-*"))


@contextmanager
def folder_lock(target: Path, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``target``'s parent folder (waits for another writer).

    ``on_wait`` is called once when another process holds the lock, before
    waiting for it (to say why nothing happens).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target.parent, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None:
                on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        recover(target)
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the lock


def recover(target: Path) -> list[str]:
    """Undo what an interrupted :func:`replace_folder` left behind; returns what was done."""
    done = []
    old = _siblings(target, "old")
    if not target.exists() and old:
        os.rename(old[-1], target)  # died between the two renames: the old folder comes back untouched
        done.append(f"restored {target} from {old[-1].name}")
        old = old[:-1]
    for leftover in [*_siblings(target, "new"), *old]:
        shutil.rmtree(leftover, ignore_errors=True)
        done.append(f"removed {leftover.name}")
    return done


def replace_folder(target: Path, changes: Mapping[Path, bytes | None], file_mode: int | None = None) -> None:
    """Make ``target`` its current content plus ``changes`` (``None`` deletes), all at once.

    Call under :func:`folder_lock`. ``changes`` maps paths relative to
    ``target`` to their new bytes. Files not named are carried over byte for
    byte (``shutil.copy2``). Empty sub-folders left by deletions are removed.
    ``file_mode`` (e.g. ``0o644`` for reports others must read whatever the
    umask) is set on every file written.
    """
    new = target.parent / f".{target.name}.new-{secrets.token_hex(4)}"
    try:
        if target.exists():
            shutil.copytree(target, new, symlinks=True)
        else:
            new.mkdir(parents=True)
        for i, (rel, data) in enumerate(sorted(changes.items())):
            path = new / rel
            if data is None:
                path.unlink(missing_ok=True)
                parent = path.parent
                while parent != new and parent.exists() and not any(parent.iterdir()):
                    parent.rmdir()
                    parent = parent.parent
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                if file_mode is not None:
                    os.chmod(path, file_mode)
            if i == 0:
                checkpoint("folder-write")  # inside the write phase: some files new, some not yet
        _fsync_tree(new)
        checkpoint("folder-swap")
    except BaseException:
        shutil.rmtree(new, ignore_errors=True)
        raise
    if not target.exists():
        os.rename(new, target)
    elif _exchange(new, target):
        checkpoint("folder-cleanup")  # swapped: ``new`` now holds the old folder
        shutil.rmtree(new, ignore_errors=True)
    else:
        old = target.parent / f".{target.name}.old-{secrets.token_hex(4)}"
        os.rename(target, old)
        checkpoint("folder-half-swapped")
        os.rename(new, target)
        shutil.rmtree(old, ignore_errors=True)
    _fsync_dir(target.parent)
