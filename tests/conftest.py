"""Fixtures shared by several test folders.

``ls_server``: ONE real Label Studio server for the whole test session, used by
the annotate tests and the benchmark smoke test alike (a cold start costs
40-110 s on this 2-core machine, so the suite starts it once).
``outcome_reading_fifo``: runs a call that must not block on a FIFO, without
hanging the suite when it does.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newsgold.annotate.server import LocalServer, ServerError, find_server_binary, free_port
from newsgold.testing import require


@pytest.fixture(scope="session")
def ls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalServer]:
    """A running Label Studio 1.23 (fresh SQLite data folder, free port), stopped at session end."""
    try:
        binary = find_server_binary()
    except ServerError as exc:
        require("label-studio", False, str(exc))
        raise
    base = tmp_path_factory.mktemp("label-studio")
    server = LocalServer(base / "data", port=free_port(), binary=binary, config_path=base / "connection.json")
    try:
        server.start()
    except ServerError as exc:
        require("label-studio", False, f"the server did not start: {exc}")
        raise
    yield server
    server.stop()


@pytest.fixture
def outcome_reading_fifo() -> Callable[[Path, Callable[[], object]], object]:
    """``run(fifo, call)``: ``call()``'s value or exception; the test fails if it blocks on ``fifo`` for 10 s.

    A FIFO without a writer blocks an ordinary open or read forever; the call
    runs in a thread, and a blocked one is released (a writer that opens and
    closes at once gives the reader an end of file) before the test fails.
    """

    def run(fifo: Path, call: Callable[[], object]) -> object:
        outcome: list[object] = []

        def target() -> None:
            try:
                outcome.append(call())
            except Exception as exc:  # noqa: BLE001 - handed to the test
                outcome.append(exc)

        worker = threading.Thread(target=target, daemon=True)
        worker.start()
        worker.join(10)
        if worker.is_alive():
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            worker.join(10)
            pytest.fail(f"reading the FIFO {fifo.name} blocked")
        return outcome[0]

    return run
