"""Atomic writes: old or new content, never half; sane permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from newsgold import atomic
from newsgold.atomic import atomic_write_text
from newsgold.errors import UserError


def test_new_file_gets_umask_mode_and_secret_gets_0600(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "gold.jsonl", "x\n")
        atomic_write_text(tmp_path / "secret.json", "{}", mode=0o600)
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "gold.jsonl").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "secret.json").stat().st_mode) == 0o600


def test_replacing_keeps_mode_and_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "gold.jsonl"
    target.write_text("old\r\n", newline="")
    target.chmod(0o640)
    atomic_write_text(target, "new\r\n")
    assert target.read_bytes() == b"new\r\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640

    def boom(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(atomic.os, "replace", boom)
    with pytest.raises(UserError, match="cannot write"):  # the environment, not a bug: one line, exit 2
        atomic_write_text(target, "half")
    assert target.read_bytes() == b"new\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["gold.jsonl"]
