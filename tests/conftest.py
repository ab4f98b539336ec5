"""Fixtures shared by several test folders.

``ls_server``: ONE real Label Studio server for the whole test session, used by
the annotate tests and the benchmark smoke test alike (a cold start costs
40-110 s on this 2-core machine, so the suite starts it once).
"""

from __future__ import annotations

from collections.abc import Iterator

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
