"""The progress bar is silent off a terminal and when disabled."""

from __future__ import annotations

import io

import pytest

from newsgold import progress as progress_module
from newsgold.progress import progress


def test_silent_when_stderr_is_not_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.StringIO()
    monkeypatch.setattr("sys.stderr", fake)
    assert list(progress(range(5), desc="x")) == [0, 1, 2, 3, 4]
    assert fake.getvalue() == ""


def test_draws_on_a_terminal_unless_disabled(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.StringIO()
    monkeypatch.setattr("sys.stderr", fake)
    monkeypatch.setattr(progress_module, "is_interactive", lambda: True)
    list(progress(range(5), desc="work"))
    assert "work" in fake.getvalue()
    fake.truncate(0)
    fake.seek(0)
    list(progress(range(5), desc="work", enabled=False))
    assert fake.getvalue() == ""
