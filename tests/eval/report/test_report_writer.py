"""``--out`` is replaced as a whole: interrupted runs leave the old set byte for byte, two runs take turns."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgold.eval.report.writer import check_own_folder, write_report_set
from newsgold.errors import UserError
from newsgold.spandoc import load_documents, write_documents


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _siblings(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.parent.iterdir() if p.name.startswith(f".{folder.name}."))


def test_the_set_is_replaced_whole_stale_predictions_go_user_files_stay(tmp_path: Path) -> None:
    out = tmp_path / "reports"
    write_report_set(out, {"report.json": b"1", "predictions/a.jsonl": b"a", "predictions/b.jsonl": b"b"})
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    paths = write_report_set(out, {"report.json": b"2", "predictions/a.jsonl": b"a2"})
    assert _snapshot(out) == {"notes.txt": b"mine", "predictions/a.jsonl": b"a2", "report.json": b"2"}
    assert paths["report.json"] == out / "report.json"
    assert _siblings(out) == []
    old_umask = os.umask(0o077)
    try:
        write_report_set(out, {"report.json": b"3"})
    finally:
        os.umask(old_umask)
    assert (out / "report.json").stat().st_mode & 0o777 == 0o644  # readable by a web server or CI whatever the umask


def test_a_symlinked_out_keeps_its_link(tmp_path: Path) -> None:
    real = tmp_path / "real-reports"
    write_report_set(real, {"report.json": b"1"})
    link = tmp_path / "reports"
    link.symlink_to(real, target_is_directory=True)
    write_report_set(link, {"report.json": b"2"})
    assert link.is_symlink() and (link / "report.json").read_bytes() == b"2"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["real-reports", "reports"]  # nothing left beside them


def test_out_must_be_a_folder_of_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "gold").mkdir()
    for bad in (Path("."), tmp_path.parent):
        with pytest.raises(UserError, match="cannot be the current folder"):
            check_own_folder(bad, {})
    with pytest.raises(UserError, match="holds the gold set"):
        check_own_folder(tmp_path / "gold", {"gold set": tmp_path / "gold" / "gold.jsonl"})
    check_own_folder(Path("reports"), {"gold set": tmp_path / "gold"})


def _report_cmd(name: str, pred: Path, out: str = "reports") -> list[str]:
    return [sys.executable, "-m", "newsgold.eval", "report", "--pred", f"{name}={pred}", "--out", out,
            "--no-thresholds", "--bootstrap", "0", "-q"]  # fmt: skip


def _env(**extra: str) -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k != "GITHUB_STEP_SUMMARY"} | extra


def _paused(project: Path, name: str, pred: Path) -> tuple[subprocess.Popen, Path]:
    """A report run that pauses inside the write phase (after the first file of the new set is written)."""
    marker = project / f"paused-{name}"
    proc = subprocess.Popen(
        _report_cmd(name, pred),
        cwd=project,
        env=_env(NEWSGOLD_TEST_PAUSE_AT="folder-write", NEWSGOLD_TEST_PAUSE_FILE=str(marker)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 300
    while not marker.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the run never reached its write phase"
        time.sleep(0.2)
    return proc, marker


def _pred(project: Path) -> Path:
    path = project / "pred.jsonl"
    write_documents(load_documents(project / "gold" / "gold.jsonl"), path)
    return path


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_interrupted_in_the_write_phase_the_old_set_stays_byte_for_byte(project: Path, sig: int) -> None:
    pred = _pred(project)
    first = subprocess.run(_report_cmd("old", pred), cwd=project, env=_env(), capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    out = project / "reports"
    before = _snapshot(out)
    assert "predictions/old.jsonl" in before

    proc, _ = _paused(project, "new", pred)
    assert _siblings(out), "the new set is being written beside the old one"
    proc.send_signal(sig)
    proc.communicate(timeout=120)
    assert proc.returncode != 0
    assert _snapshot(out) == before
    if sig == signal.SIGINT:
        assert _siblings(out) == []  # cleaned up on the way out
    assert not list(out.rglob("*.tmp"))

    again = subprocess.run(_report_cmd("new", pred), cwd=project, env=_env(), capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    after = _snapshot(out)
    assert sorted(after) == ["predictions/new.jsonl", "report.html", "report.json", "report.md"]
    assert list(json.loads(after["report.json"])["extractors"]) == ["new"]
    assert _siblings(out) == []  # a killed run's leftover is removed by the next run


def test_two_runs_into_one_out_take_turns(project: Path) -> None:
    pred = _pred(project)
    holder, _ = _paused(project, "first", pred)
    log = project / "second.err"
    with log.open("w", encoding="utf-8") as err:
        second = subprocess.Popen(_report_cmd("second", pred), cwd=project, env=_env(), stdout=err, stderr=err)
        deadline = time.monotonic() + 300
        # the second run reaches the lock and waits, saying so, while the first holds it
        while "waiting for another run writing into reports" not in log.read_text(encoding="utf-8"):
            assert second.poll() is None, log.read_text(encoding="utf-8")
            assert time.monotonic() < deadline
            time.sleep(0.5)
        holder.send_signal(signal.SIGKILL)
        holder.communicate(timeout=60)
        second.wait(timeout=300)
    assert second.returncode == 0, log.read_text(encoding="utf-8")
    out = project / "reports"
    files = _snapshot(out)
    assert sorted(files) == ["predictions/second.jsonl", "report.html", "report.json", "report.md"]
    assert list(json.loads(files["report.json"])["extractors"]) == ["second"]
    assert b"| second |" in files["report.md"] and b"| first |" not in files["report.md"]
    assert _siblings(out) == []

    # two runs started together: each set is whole, the last one wins
    procs = [
        subprocess.Popen(_report_cmd(n, pred), cwd=project, env=_env(), stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE)  # fmt: skip
        for n in ("x", "y")
    ]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
    files = _snapshot(out)
    (name,) = json.loads(files["report.json"])["extractors"]
    assert sorted(files) == [f"predictions/{name}.jsonl", "report.html", "report.json", "report.md"]
    assert f"| {name} |".encode() in files["report.md"]
    assert _siblings(out) == []
