"""The console script: dispatch, usage errors, and `python -m` equivalence."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsgold.cli import AREAS, main


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True)


def test_no_command_prints_usage_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "commands:" in capsys.readouterr().out


def test_unknown_command_is_one_error_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bogus"]) == 2
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsgold: error: unknown command 'bogus' (commands: ")


@pytest.mark.parametrize("area", sorted(AREAS))
def test_every_area_has_help(area: str) -> None:
    run = _run("-m", "newsgold.cli", area, "--help")
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith(f"usage: newsgold {area}")


@pytest.mark.parametrize("module", ["eval", "annotate"])
def test_python_dash_m_is_the_same_command(module: str) -> None:
    direct = _run("-m", f"newsgold.{module}", "--help")
    via = _run("-m", "newsgold", module, "--help")
    assert direct.returncode == via.returncode == 0
    assert direct.stdout.replace(f"python -m newsgold.{module}", f"newsgold {module}") == via.stdout


def test_user_error_is_one_line_without_traceback(tmp_path) -> None:  # type: ignore[no-untyped-def]
    run = _run("-m", "newsgold.eval", "score", "--gold", str(tmp_path / "missing.jsonl"), "--pred", str(tmp_path / "p.jsonl"))
    assert run.returncode == 2
    assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1
