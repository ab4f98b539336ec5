"""Exit statuses CI can trust: a crash is 3 with one line and a saved traceback, never 1, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import newsgold.gold_cli
from newsgold.cli import run_area
from newsgold.exit_codes import EPILOG
from newsgold.redact import forget_secrets


@pytest.fixture(autouse=True)
def _crash_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "crashes"
    monkeypatch.setenv("NEWSGOLD_CRASH_DIR", str(folder))
    yield folder
    forget_secrets()


def _boom(message: str, exc_type: type[BaseException] = RuntimeError):  # type: ignore[no-untyped-def]
    def main(argv: list[str], prog: str) -> int:
        raise exc_type(message)

    return main


def test_unexpected_exception_is_exit_3_with_one_line_and_a_saved_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], _crash_dir: Path
) -> None:
    monkeypatch.setattr(newsgold.gold_cli, "main", _boom("x" * 5000))
    assert run_area("gold", ["check"]) == 3
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in captured.err
    assert "internal error" in lines[0] and "RuntimeError" in lines[0] and "report" in lines[0]
    assert len(lines[0]) < 600, "the message is quoted only as an excerpt"
    saved = list(_crash_dir.iterdir())
    assert len(saved) == 1 and str(saved[0]) in lines[0]
    assert "Traceback (most recent call last)" in saved[0].read_text()
    assert saved[0].stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("exc_type", [RecursionError, MemoryError, OverflowError, KeyError])
def test_every_kind_of_bug_is_3(monkeypatch: pytest.MonkeyPatch, exc_type: type[BaseException]) -> None:
    monkeypatch.setattr(newsgold.gold_cli, "main", _boom("bug", exc_type))
    assert run_area("gold", ["check"]) == 3


def test_a_stray_sys_exit_1_is_not_a_failed_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsgold.gold_cli, "main", _boom("", SystemExit))
    monkeypatch.setattr(newsgold.gold_cli, "main", lambda argv, prog: sys.exit(1))
    assert run_area("gold", ["check"]) == 3


def test_argparse_usage_error_is_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_area("eval", ["score", "--bogus"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_the_key_never_appears_in_a_crash(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                          _crash_dir: Path) -> None:  # fmt: skip
    key = "k3y-\nsecret-\r\nvalue-0123456789"
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", key)
    monkeypatch.setattr(newsgold.gold_cli, "main", _boom(f"failed with {key!r} and {key}"))
    assert run_area("gold", ["check"]) == 3
    err = capsys.readouterr().err
    saved = next(_crash_dir.iterdir()).read_text()
    for piece in ("k3y-", "secret-", "value-0123456789", "0123456789"):
        assert piece not in err and piece not in saved


def test_lone_surrogates_print_without_crashing(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    def main(argv: list[str], prog: str) -> int:
        print("label \udc00 here")
        print("err \ud800", file=sys.stderr)
        return 0

    monkeypatch.setattr(newsgold.gold_cli, "main", main)
    assert run_area("gold", ["check"]) == 0
    assert "\\udc00" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [["eval", "score"], ["eval", "report"], ["gold", "check"], ["extract"], ["annotate"], ["annotate", "pull"],
     ["annotate", "serve"], ["annotate", "push"], ["annotate", "submit"]],
)
def test_every_help_has_the_shared_epilog(argv: list[str]) -> None:
    run = subprocess.run([sys.executable, "-m", "newsgold", *argv, "--help"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert EPILOG.splitlines()[1] in run.stdout and "3  internal error" in run.stdout


def test_a_name_too_long_is_bad_input_and_other_os_errors_are_bugs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], _crash_dir: Path
) -> None:
    """ENAMETOOLONG comes from a path the user gave, whichever exists()/is_dir() met it first: exit 2, one line."""
    import errno

    def too_long(argv: list[str], prog: str) -> int:
        raise OSError(errno.ENAMETOOLONG, "File name too long", "x" * 5000)

    monkeypatch.setattr(newsgold.gold_cli, "main", too_long)
    assert run_area("gold", ["check"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "longer than the file system allows" in err and len(err) < 300
    assert not _crash_dir.exists()
    monkeypatch.setattr(newsgold.gold_cli, "main", _boom("disk on fire", PermissionError))
    assert run_area("gold", ["check"]) == 3
    assert "internal error" in capsys.readouterr().err
