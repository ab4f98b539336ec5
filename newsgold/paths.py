"""Where newsgold finds its embedded defaults (corpus, gold set, reports).

The defaults are the project's own folders: the current directory's if it has
them (a user's checkout), otherwise the ones beside the installed package (an
editable install of this repository).
"""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _project_dir(name: str) -> Path:
    here = Path.cwd() / name
    return here if here.exists() else PROJECT_ROOT / name


def default_corpus_dir() -> Path:
    """``./corpus`` if present, else the repository's ``corpus/``."""
    return _project_dir("corpus")


def default_gold_dir() -> Path:
    """``./gold`` if present, else the repository's ``gold/``."""
    return _project_dir("gold")


def default_reports_dir() -> Path:
    """``./reports`` (created on demand); reports belong to the current run."""
    return Path.cwd() / "reports"
