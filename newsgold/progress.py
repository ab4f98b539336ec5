"""One progress bar for every long step (push, pull, submit, extract, report).

Everything goes through :func:`progress` so that the policy is written once:
the bar is drawn on stderr only when stderr is a terminal (a CI log or a pipe
gets no ``\\r`` lines), and ``enabled=False`` (``--no-progress``) turns it off.
The bar is tqdm's; newsgold only fixes where it writes and when it is silent.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")


def is_interactive() -> bool:
    """True when stderr is a terminal (where a redrawn bar is readable)."""
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # closed or replaced stderr
        return False


def progress(
    iterable: Iterable[T] | None = None,
    *,
    total: int | None = None,
    desc: str,
    unit: str = "doc",
    enabled: bool = True,
) -> tqdm:
    """A tqdm bar on stderr, silent unless ``enabled`` and stderr is a terminal.

    >>> bar = progress(range(3), desc="demo", enabled=False)
    >>> sum(bar)
    3
    """
    return tqdm(
        iterable,
        total=total,
        desc=desc,
        unit=unit,
        file=sys.stderr,
        disable=not (enabled and is_interactive()),
        leave=False,
        dynamic_ncols=True,
    )
