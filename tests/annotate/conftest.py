"""Shared fixtures of the annotate tests: ONE real Label Studio server per test session.

The server is started through ``newsgold.annotate.server.LocalServer``, the code path
of ``newsgold annotate serve``, on a free loopback port with a fresh data
folder. A missing binary or a server that cannot start goes through
``newsgold.testing.require``: skipped locally, a failure in CI.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from newsgold.annotate.api import Api
from newsgold.annotate.connection import Connection
from newsgold.annotate.server import LocalServer
from newsgold.corpus import Document, load_corpus

SPECIAL_TEXT = (
    "Emoji first \U0001F600 then \u201ccurly quotes\u201d said Ana\u00a0Silva.\r\n"
    "Second line \U0001F1EE\U0001F1F8 on 5\u00a0March\u00a02021 in Reykjav\u00edk.\r\n"
)


@pytest.fixture
def ls(ls_server: LocalServer) -> LocalServer:
    """The session server, restarted (warm, same data) if an earlier test killed it."""
    if not ls_server.running():
        ls_server.start()
    return ls_server


@pytest.fixture
def api(ls: LocalServer) -> Api:
    return Api(Connection(ls.url, ls.api_key, "test"))


@pytest.fixture
def ls_env(ls: LocalServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> LocalServer:
    """Environment for CLI calls: URL and key in the environment, no user config file."""
    monkeypatch.setenv("LABEL_STUDIO_URL", ls.url)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", ls.api_key)
    monkeypatch.setenv("NEWSGOLD_LABEL_STUDIO_CONFIG", str(tmp_path / "no-config.json"))
    return ls


@pytest.fixture
def title() -> str:
    """A fresh project title per test, so tests never see each other's tasks."""
    return f"t-{uuid.uuid4().hex[:10]}"


def write_corpus(folder: Path, docs: dict[str, str], dct: str = "2021-05-19") -> Path:
    """A corpus folder (byte-exact texts + manifest) for tests."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for doc_id, text in docs.items():
        (folder / f"{doc_id}.txt").write_bytes(text.encode("utf-8"))
        rows.append(json.dumps({"file": f"{doc_id}.txt", "doc_id": doc_id, "title": doc_id, "dct": dct}))
    (folder / "manifest.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def corpus_writer():  # type: ignore[no-untyped-def]
    """``write_corpus(folder, {doc_id: text})`` for tests (test modules cannot import each other)."""
    return write_corpus


@pytest.fixture
def special_corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus", {"special": SPECIAL_TEXT})


@pytest.fixture(scope="session")
def shipped_corpus() -> list[Document]:
    return load_corpus()


@pytest.fixture
def special_text() -> str:
    return SPECIAL_TEXT
