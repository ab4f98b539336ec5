"""The console script: dispatch, usage errors, and `python -m` equivalence."""

from __future__ import annotations

import os
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


def test_eval_gives_numpy_one_blas_thread_unless_the_user_chose(tmp_path):
    from newsgold.cli import BLAS_THREADS_VARIABLE, default_single_blas_thread

    env: dict[str, str] = {}
    default_single_blas_thread(env)
    assert env == {BLAS_THREADS_VARIABLE: "1"}
    mine = {BLAS_THREADS_VARIABLE: "4"}
    default_single_blas_thread(mine)
    assert mine == {BLAS_THREADS_VARIABLE: "4"}
    probe = ("import os, sys; from newsgold.cli import run_area; run_area('eval', ['score', '--help']); "
             "from threadpoolctl import threadpool_info; "
             "sys.stderr.write(str(max(i['num_threads'] for i in threadpool_info() if i['user_api'] == 'blas')))")  # fmt: skip
    base = {k: v for k, v in os.environ.items() if k != BLAS_THREADS_VARIABLE}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=base, cwd=tmp_path)
    assert out.stderr.endswith("1"), out.stderr[-300:]  # numpy's OpenBLAS started with one thread
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         env={**base, BLAS_THREADS_VARIABLE: "2"}, cwd=tmp_path)  # fmt: skip
    assert out.stderr.endswith("2"), out.stderr[-300:]
