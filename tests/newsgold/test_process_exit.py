"""newsgold.process_exit: the console's exit keeps everything an ordinary exit does that can be observed."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from newsgold import process_exit


def _python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, cwd=cwd)


def test_exit_flushes_output_runs_atexit_handlers_and_gives_the_status(tmp_path: Path) -> None:
    run = _python(
        """
        import atexit, sys
        from pathlib import Path
        from newsgold import process_exit
        atexit.register(lambda: Path("atexit-ran").write_text("yes"))
        process_exit.start_holding()
        process_exit.hold([object() for _ in range(1000)])
        sys.stdout.write("result without a newline")
        sys.stderr.write("a note")
        process_exit.exit_process(3)
        print("never printed")
        """,
        tmp_path,
    )
    assert run.returncode == 3
    assert run.stdout == "result without a newline"
    assert run.stderr == "a note"
    assert (tmp_path / "atexit-ran").read_text() == "yes"


def test_a_running_thread_is_waited_for_as_in_an_ordinary_exit(tmp_path: Path) -> None:
    run = _python(
        """
        import threading, time
        from newsgold import process_exit
        def late():
            time.sleep(0.2)
            print("thread finished", flush=True)
        threading.Thread(target=late).start()
        process_exit.exit_process(0)
        """,
        tmp_path,
    )
    assert run.returncode == 0
    assert run.stdout == "thread finished\n"


def test_hold_keeps_nothing_unless_a_console_entry_point_started_holding() -> None:
    assert not process_exit._holding  # the test process is not a console entry point
    before = len(process_exit._held)
    process_exit.hold(object(), [1, 2, 3])
    assert len(process_exit._held) == before == 0


def test_console_script_output_and_status_are_those_of_main(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc_id": "d", "spans": [{"id": "g", "start": 0, "end": 3, "label": "ORG"}]}\n')
    pred = tmp_path / "pred.jsonl"
    pred.write_text('{"doc_id": "d", "spans": [{"id": "p", "start": 0, "end": 3, "label": "ORG"}]}\n')
    args = ["eval", "score", "--gold", str(gold), "--pred", str(pred), "--json", "--bootstrap", "0"]
    run = subprocess.run([sys.executable, "-m", "newsgold", *args], capture_output=True, text=True, cwd=tmp_path)
    same = subprocess.run([sys.executable, "-c", f"import sys; from newsgold.cli import main; sys.exit(main({args!r}))"],
                          capture_output=True, text=True, cwd=tmp_path)  # fmt: skip
    assert run.returncode == same.returncode == 0
    assert run.stdout == same.stdout and '"f1": 1.0' in run.stdout
    assert run.stderr == same.stderr
    bad = subprocess.run([sys.executable, "-m", "newsgold", "eval", "score", "--gold", str(tmp_path / "missing.jsonl"),
                          "--pred", str(pred)], capture_output=True, text=True, cwd=tmp_path)  # fmt: skip
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and bad.stdout == ""


def test_a_profiler_still_writes_its_results(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc_id": "d", "spans": [{"id": "g", "start": 0, "end": 3, "label": "ORG"}]}\n')
    run = subprocess.run([sys.executable, "-m", "cProfile", "-o", str(tmp_path / "out.prof"), "-m", "newsgold", "eval",
                          "score", "--gold", str(gold), "--pred", str(gold), "--json", "--bootstrap", "0"],
                         capture_output=True, text=True, cwd=tmp_path)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "out.prof").stat().st_size > 0
