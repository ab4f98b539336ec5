"""Pausing Python's cyclic garbage collector while building many acyclic objects.

Loading a span file makes hundreds of thousands of small objects (structs,
lists, strings) and scoring makes millions more, none of them in a reference
cycle. The collector does not know that: every 700 allocations it scans a
generation, and the ever-growing oldest one again and again, so time grows
faster than linearly (decoding 200,000 spans took twice as long with it on).
Reference counting still frees everything; the collector is restored afterwards.
"""

from __future__ import annotations

import gc
import importlib
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

from newsgold.process_exit import holding


@contextmanager
def paused_gc() -> Iterator[None]:
    """Disable the cyclic collector inside the block; re-enable it after only if it was enabled before.

    Re-enabled, the collector's next pass walks every object made during
    the pause (they are all in its youngest generation): ~0.05 s after
    ``eval score`` on 200,000 spans, right before the process ends. In a
    console process (:func:`newsgold.process_exit.holding`) they are first
    moved out of its reach with :func:`gc.freeze`, as one does after a
    program's start-up: they are freed by reference counting all the same,
    and the process ends soon. Called from Python, nothing is frozen.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if holding():
                gc.freeze()
            gc.enable()


def import_paused(name: str) -> ModuleType:
    """``importlib.import_module(name)`` with the collector paused (:func:`paused_gc`).

    Importing a command's modules (numpy among them) makes tens of thousands
    of objects that live as long as the process, and the collector scanned
    them ~50 times while ``eval score`` imported them (~12 ms CPU, measured
    with ``gc.callbacks``). Paused, it does not; in a console process what
    the imports made is then frozen (as one does after a program's
    start-up), so later passes skip it too.
    """
    with paused_gc():
        return importlib.import_module(name)
