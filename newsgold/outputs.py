"""One check for every path newsgold writes to, run before any work.

``--out`` that is a file or ``/dev/null``, ``--errors`` that is a folder, a
path under ``/proc``, a name longer than the file system allows: each is
refused up front with one line naming the option (exit 2), instead of an
``OSError`` after minutes of scoring. Every writer calls
:func:`check_output_file` or :func:`check_output_dir`; ``$GITHUB_STEP_SUMMARY``
goes through :func:`append_step_summary`, which only warns, because the job
summary is a courtesy and must never change the exit status.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from pathlib import Path

from newsgold.errors import UserError

log = logging.getLogger(__name__)

SYSTEM_TREES = (Path("/proc"), Path("/sys"), Path("/dev"))
"""Pseudo file systems: a report written there is lost or refused, never a file."""
MAX_PATH_CHARS = 4096


def _name_max(folder: Path) -> int:
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError):
        return 255


def _existing_ancestor(path: Path) -> Path:
    for candidate in (path, *path.parents):
        try:
            if candidate.exists() or candidate.is_symlink():
                return candidate
        except OSError:
            continue
    return Path("/")


def _common_checks(path: Path, option: str, kind: str) -> tuple[Path, Path]:
    text = os.fspath(path)
    shown = text if len(text) <= 120 else text[:100] + "..."
    if not text or "\0" in text:
        raise UserError(f"{option} {shown!r}: not a usable path")
    if len(text) > MAX_PATH_CHARS:
        raise UserError(f"{option} {shown}: path longer than {MAX_PATH_CHARS} characters")
    absolute = Path(os.path.abspath(text))
    for part in absolute.parts:
        if len(os.fsencode(part)) > _name_max(_existing_ancestor(absolute)):
            raise UserError(f"{option} {shown}: a name in this path is longer than the file system allows")
    resolved = absolute.resolve()
    for tree in SYSTEM_TREES:
        if resolved == tree or tree in resolved.parents:
            raise UserError(f"{option} {shown}: {tree} is a system folder, not a place for {kind}")
    anchor = _existing_ancestor(resolved)
    if anchor != resolved and not anchor.is_dir():
        raise UserError(f"{option} {shown}: {anchor} is a file, so no folder can be made inside it")
    return resolved, anchor


def _check_writable(folder: Path, option: str, shown: str) -> None:
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(f"{option} {shown}: no permission to write in {folder}")


def check_output_file(path: str | os.PathLike[str], option: str) -> Path:
    """Refuse an output *file* path that cannot be written (a folder, a device, /proc, ...); returns it as a Path.

    The folders leading to it may be missing (writers create them).
    """
    path = Path(path)
    resolved, anchor = _common_checks(path, option, "output files")
    shown = os.fspath(path)[:120]
    if anchor == resolved:
        if resolved.is_dir():
            raise UserError(f"{option} {shown}: is a folder; give a file name")
        if not resolved.is_file():
            raise UserError(f"{option} {shown}: exists and is not a regular file")
        _check_writable(resolved.parent, option, shown)
    else:
        _check_writable(anchor, option, shown)
    return path


def check_output_dir(path: str | os.PathLike[str], option: str) -> Path:
    """Refuse an output *folder* that cannot be one (an existing file, /dev/null, /proc, ...); returns it as a Path."""
    path = Path(path)
    resolved, anchor = _common_checks(path, option, "output folders")
    shown = os.fspath(path)[:120]
    if anchor == resolved and not resolved.is_dir():
        raise UserError(f"{option} {shown}: is a file, not a folder")
    _check_writable(anchor, option, shown)
    return path


def _resolved(path: str | os.PathLike[str]) -> Path:
    return Path(os.path.abspath(path)).resolve()


def refuse_replacing_inputs(
    out: str | os.PathLike[str],
    inputs: Mapping[str, str | os.PathLike[str] | None],
    option: str,
    writes: tuple[str, ...] | None = None,
) -> None:
    """Refuse an output that would replace a file the same command reads.

    ``--errors gold.jsonl`` (meant as ``--gold``), ``extract --out
    corpus/manifest.jsonl``, ``convert g.jsonl g.jsonl``: the write is atomic,
    but what it replaces is an input a typo named, gone without a word.
    ``inputs`` maps what each input is (``"gold set"``) to its file or folder
    (None: not given); a folder stands for the files in it a reader takes
    (span JSONL, JSON, text, BRAT, and the suffixes :mod:`newsgold.formats.names` gives spaCy and CoNLL) that exist. ``out`` is a file, or, with
    ``writes`` (the suffixes of the files written into it), a folder.
    """
    from newsgold.formats.names import CONLL_SUFFIXES, SPACY_SUFFIXES  # here: the formats package costs ~35 ms to import

    read_suffixes = {".jsonl", ".json", ".txt", ".ann", *SPACY_SUFFIXES, *CONLL_SUFFIXES}  # what the readers take
    target = _resolved(out)
    for what, given in inputs.items():
        if given is None:
            continue
        source = _resolved(given)
        if target == source:
            clash = True
        elif writes is None:
            clash = source.is_dir() and target.parent == source and target.suffix.lower() in read_suffixes and target.exists()
        else:
            clash = source.is_file() and source.parent == target and source.suffix.lower() in writes
        if clash:
            shown = os.fspath(out)[:120]
            raise UserError(f"{option} {shown}: would replace the {what} ({os.fspath(given)[:120]}); write the output elsewhere")


def step_summary_path() -> Path | None:
    """``$GITHUB_STEP_SUMMARY`` when it names a writable file (a warning and None otherwise)."""
    value = os.environ.get("GITHUB_STEP_SUMMARY")
    if not value:
        return None
    try:
        return check_output_file(value, "GITHUB_STEP_SUMMARY")
    except UserError as exc:
        log.warning("%s; the job summary is not written", exc)
        return None


def append_step_summary(markdown: str) -> bool:
    """Append ``markdown`` to GitHub's job summary when running in GitHub Actions; True when written.

    Any failure is a warning: the reports and the exit status do not depend on the summary.
    """
    path = step_summary_path()
    if path is None:
        return False
    try:
        with open(path, "a", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(markdown.rstrip("\n") + "\n\n")
    except OSError as exc:
        log.warning("GITHUB_STEP_SUMMARY %s: cannot append (%s); the job summary is not written", path, exc.strerror)
        return False
    return True


_PLAIN_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}")


def safe_file_name(name: str) -> str:
    """``name`` as one file name inside an output folder: no separator, no leading dot, never ``..``.

    A plain name (letters, digits, ``_.-``) is kept; any other gets its unsafe
    characters replaced *and* a short hash of the original appended, so two
    different names (``a/b`` and ``a_b``) never map to the same file.

    >>> safe_file_name("spacy"), safe_file_name("a/b") != safe_file_name("a_b"), safe_file_name("..")[:1] != "."
    ('spacy', True, True)
    """
    if _PLAIN_NAME.fullmatch(name) and name not in (".", ".."):
        return name
    import hashlib  # here: most names are plain, and loading OpenSSL costs every command ~2.5 ms

    cleaned = re.sub(r"[^A-Za-z0-9_.-]", "_", name).lstrip(".")[:80] or "_"
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{cleaned}-{digest}"
