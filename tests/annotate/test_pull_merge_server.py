"""Pull as a merge, against the real server: additions are free, deletions need --prune, and a pull
killed (SIGKILL) or interrupted (SIGINT) inside its write phase leaves the old folder byte for byte."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgold.annotate.api import Api
from newsgold.annotate.push import push
from newsgold.annotate.submit import submit
from newsgold.cli import main as newsgold_main
from newsgold.spandoc import Span, SpanDocument, load_documents

pytestmark = pytest.mark.labelstudio


def _quiet(_m: str) -> None:
    pass


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def first_word(doc, label: str = "ORG") -> SpanDocument:
    i = doc.text.index(" ")
    return SpanDocument(doc.doc_id, [Span("s1", 0, i, label, None, doc.text[:i])])


def test_a_pull_that_only_adds_documents_needs_no_force(api: Api, ls_env, title: str, tmp_path: Path,
                                                         shipped_corpus, capsys) -> None:
    a, b = shipped_corpus
    push(api, title, shipped_corpus, progress=False, log=_quiet)
    submit(api, title, "ann@example.com", [first_word(a)], log=_quiet)
    out = tmp_path / "gold"
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out)]) == 0
    (out / "GUIDELINES.md").write_text("our rules\n")
    gold_a = (out / "gold.jsonl").read_bytes()
    submit(api, title, "ann@example.com", [first_word(b)], log=_quiet)
    submit(api, title, "second@example.com", [first_word(b)], log=_quiet)  # a new annotator: also an addition
    capsys.readouterr()
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out)]) == 0
    assert "1 document(s) added" in capsys.readouterr().out
    assert [d.doc_id for d in load_documents(out / "gold.jsonl")] == sorted([a.doc_id, b.doc_id])
    assert (out / "gold.jsonl").read_bytes().startswith(gold_a) or gold_a in (out / "gold.jsonl").read_bytes()
    assert (out / "annotators" / "second@example.com.jsonl").exists()
    assert (out / "GUIDELINES.md").read_text() == "our rules\n"


def test_a_task_deleted_on_the_server_is_kept_unless_prune(api: Api, ls_env, title: str, tmp_path: Path,
                                                            shipped_corpus, capsys) -> None:
    a, b = shipped_corpus
    report = push(api, title, shipped_corpus, progress=False, log=_quiet)
    submit(api, title, "ann@example.com", [first_word(a), first_word(b)], log=_quiet)
    out = tmp_path / "gold"
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out)]) == 0
    api.ls.tasks.delete(id=str(report.task_ids[b.doc_id]))
    capsys.readouterr()
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out)]) == 0
    assert "--prune" in capsys.readouterr().out
    assert len(load_documents(out / "gold.jsonl")) == 2
    assert len(load_documents(out / "annotators" / "ann@example.com.jsonl")) == 2
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out), "--prune"]) == 0
    assert [d.doc_id for d in load_documents(out / "gold.jsonl")] == [a.doc_id]
    assert [d.doc_id for d in load_documents(out / "annotators" / "ann@example.com.jsonl")] == [a.doc_id]


def test_adjudication_needed_keeps_annotators_unless_force(api: Api, ls_env, title: str, tmp_path: Path,
                                                           shipped_corpus, capsys) -> None:
    a = shipped_corpus[0]
    push(api, title, shipped_corpus, progress=False, log=_quiet)
    submit(api, title, "a1@example.com", [first_word(a)], log=_quiet)
    out = tmp_path / "gold"
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out)]) == 0
    before = snapshot(out)
    submit(api, title, "a1@example.com", [first_word(a, "GPE")], log=_quiet)  # a1 changes their mind ...
    submit(api, title, "a2@example.com", [first_word(a, "ORG")], log=_quiet)  # ... and a2 disagrees
    capsys.readouterr()
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out)]) == 2
    assert snapshot(out) == before  # annotators/a1 not rewritten, a2 not half-added
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out), "--force"]) == 1
    said = capsys.readouterr().out
    assert "adjudication" in said and a.doc_id in said
    assert [s.label for s in load_documents(out / "annotators" / "a1@example.com.jsonl")[0].spans] == ["GPE"]
    assert snapshot(out)["gold.jsonl"] == before["gold.jsonl"]  # no gold invented, the old one kept


def _pull_process(title: str, out: Path, pause_at: str, marker: Path, ls_env) -> subprocess.Popen:
    env = dict(os.environ, NEWSGOLD_TEST_PAUSE_AT=pause_at, NEWSGOLD_TEST_PAUSE_FILE=str(marker))
    return subprocess.Popen(
        [sys.executable, "-m", "newsgold", "annotate", "pull", "--project", title, "--out", str(out), "--force"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _wait_for(marker: Path, proc: subprocess.Popen, timeout: float = 180.0) -> None:
    deadline = time.monotonic() + timeout
    while not marker.exists():
        if proc.poll() is not None:
            raise AssertionError(f"pull ended before the pause point: {proc.communicate()}")
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError("pull never reached the pause point")
        time.sleep(0.1)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
def test_interrupted_in_the_write_phase_leaves_the_old_folder(api: Api, ls_env, title: str, tmp_path: Path,
                                                             shipped_corpus, sig) -> None:
    a, b = shipped_corpus
    push(api, title, shipped_corpus, progress=False, log=_quiet)
    submit(api, title, "ann@example.com", [first_word(a)], log=_quiet)
    out = tmp_path / "gold"
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out)]) == 0
    (out / "GUIDELINES.md").write_text("rules\n")
    before = snapshot(out)
    submit(api, title, "ann@example.com", [first_word(a, "GPE"), first_word(b)], log=_quiet)  # a change and an addition
    for point in ("folder-write", "folder-swap"):
        marker = tmp_path / f"paused-{point}"
        proc = _pull_process(title, out, point, marker, ls_env)
        _wait_for(marker, proc)
        proc.send_signal(sig)
        proc.communicate(timeout=60)
        assert proc.returncode == (-9 if sig == signal.SIGKILL else 130), point
        assert snapshot(out) == before, point  # byte for byte the old folder
        if sig == signal.SIGINT:
            assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".gold")) == []
    # killed after the swap, before the old copy was removed: the folder is the complete new one
    marker = tmp_path / "paused-cleanup"
    proc = _pull_process(title, out, "folder-cleanup", marker, ls_env)
    _wait_for(marker, proc)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    after = snapshot(out)
    assert after != before and after["GUIDELINES.md"] == before["GUIDELINES.md"]
    gold = {d.doc_id: d for d in load_documents(out / "gold.jsonl")}
    assert set(gold) == {a.doc_id, b.doc_id} and [s.label for s in gold[a.doc_id].spans] == ["GPE"]
    assert any(p.name.startswith(".gold.new-") for p in tmp_path.iterdir())  # the old copy, left behind ...
    assert newsgold_main(["annotate", "pull", "--project", title, "--out", str(out), "--force"]) == 0
    assert not any(p.name.startswith(".gold.") for p in tmp_path.iterdir())  # ... is cleaned up by the next pull
