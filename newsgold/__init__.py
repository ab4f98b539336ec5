"""newsgold: a human-made gold set for news articles, and extractors scored against it.

From Python (every name is imported on first use, so ``import newsgold`` is cheap)::

    import newsgold
    result = newsgold.score(gold, pred)        # SpanDocuments, dicts or (start, end, label) tuples
    print(result.report())                     # the table `newsgold eval score` prints
    result.to_json(); result.frame()           # every number; pandas tables
    docs = newsgold.load("gold/gold.jsonl")    # span documents from JSONL

Errors: :class:`NewsgoldError`; bad input raises :class:`InvalidInput`, also a
``ValueError``. Projects: :func:`find_project`, :func:`init_project`. The
areas are :mod:`newsgold.annotate` (Label Studio) and :mod:`newsgold.eval`
(scoring, reports).
"""

from __future__ import annotations

import importlib
from typing import Any

from newsgold.errors import InputFormatError, InvalidInput, NewsgoldError, UserError

_LAZY: dict[str, str] = {
    "score": "newsgold.python_api",
    "load": "newsgold.python_api",
    "ScoreResult": "newsgold.eval.scoring",
    "SpanDocument": "newsgold.spandoc",
    "Span": "newsgold.spandoc",
    "Relation": "newsgold.spandoc",
    "Project": "newsgold.project",
    "find_project": "newsgold.project",
    "init_project": "newsgold.scaffold",
}

__all__ = ["InputFormatError", "InvalidInput", "NewsgoldError", "UserError", *_LAZY]


def __getattr__(name: str) -> Any:
    """Import a public name (or a subpackage such as ``newsgold.eval``) the first time it is used."""
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    if name in {"annotate", "eval", "extractors", "formats", "goldset", "agreement"}:
        return importlib.import_module(f"newsgold.{name}")
    raise AttributeError(f"module 'newsgold' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
