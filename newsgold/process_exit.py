"""Ending a console process without freeing its objects one by one.

``newsgold eval score`` on 200,000 gold spans holds about 400,000 span
structs (each with its strings) when it has printed its result. Returning
from the command frees each of them by reference counting (0.037 s CPU per
200,000-span file), and interpreter shutdown then tears down every module:
about 0.07 s of a command that takes about 1 s, for memory the operating
system takes back at once anyway.

So the console entry points (:func:`newsgold.cli.console`, ``python -m
newsgold``) enable :func:`hold`, commands hand their large inputs to it, and
:func:`exit_process` ends the process with :func:`os._exit` *after* doing
what an ordinary exit does that anyone could observe: flush stdout and
stderr, run the ``atexit`` handlers (temporary folders, logging, coverage).
When other threads are still running, a profiler, tracer or debugger is
attached (``python -m cProfile -m newsgold ...``, coverage), or a flush
fails, it falls back to :func:`sys.exit`, the ordinary path. Called in-process (tests, the Python
API), :func:`hold` keeps nothing, so nothing outlives a call.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import NoReturn

_held: list[object] = []
_holding = False


def start_holding() -> None:
    """From now on :func:`hold` keeps what it is given until the process ends (console entry points only)."""
    global _holding
    _holding = True


def holding() -> bool:
    """True in a console process that ends through :func:`exit_process` (after :func:`start_holding`)."""
    return _holding


def hold(*objects: object) -> None:
    """Keep ``objects`` alive until :func:`exit_process` (a no-op unless :func:`start_holding` was called)."""
    if _holding:
        _held.extend(objects)


def exit_process(status: int) -> NoReturn:
    """End the process with ``status`` as :func:`sys.exit` would, minus freeing every object (module docstring)."""
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):  # a closed pipe or stream: let the ordinary exit report or ignore it
        sys.exit(status)
    if threading.active_count() > 1:  # an ordinary exit waits for them
        sys.exit(status)
    if sys.getprofile() is not None or sys.gettrace() is not None:
        sys.exit(status)  # cProfile, coverage, a debugger: they write their results after the program returns
    atexit._run_exitfuncs()  # what Py_Finalize runs first; no public name does the same
    for stream in (sys.stdout, sys.stderr):  # a handler may have printed
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(status)
