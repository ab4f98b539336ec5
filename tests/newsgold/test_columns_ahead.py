"""A predictions file checked by a forked child: the same documents, columns, results and messages as serially."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from newsgold import columns_ahead, spandoc
from newsgold.spancolumns import gather

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the child is forked on Linux only (by design)")


@pytest.fixture(autouse=True)
def _always_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file is checked ahead, on any Linux machine (one core forks too; it only does not pay there)."""
    monkeypatch.setattr(columns_ahead, "AHEAD_FROM_BYTES", 0)
    monkeypatch.setattr(columns_ahead, "_usable_cores", lambda: 2)


def _docs(n: int, prefix: str = "d") -> list[dict]:
    labels = ("PERSON", "ORG", "GPE", "DATE", "QUOTE")
    out = []
    for i in range(n):
        spans = [{"id": f"s{k}", "start": 10 * k, "end": 10 * k + 2 + (i + k) % 5, "label": labels[(i + k) % 5]}
                 for k in range(1 + i % 7)]  # fmt: skip
        out.append({"doc_id": f"{prefix}{i:04d}", "spans": spans})
    return out


def _write(path: Path, docs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def _columns(docs: list[spandoc.SpanDocument]) -> tuple[list, list, list]:
    start, end, label, names, _ = gather([d.spans for d in docs])
    return start.tolist(), end.tolist(), [names[i] for i in label.tolist()]


def _used_child(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Record every answer the parent took from a child (so a test fails if nothing was forked)."""
    taken: list[object] = []
    original = spandoc._columns_from_child

    def spy(answer, docs):  # noqa: ANN001, ANN202
        taken.append(answer)
        return original(answer, docs)

    monkeypatch.setattr(spandoc, "_columns_from_child", spy)
    return taken


def test_the_childs_columns_are_the_serial_ones(tmp_path, monkeypatch):
    path = _write(tmp_path / "pred.jsonl", _docs(300))
    serial = spandoc.load_documents(path)
    taken = _used_child(monkeypatch)
    with columns_ahead.checked_ahead(path, spandoc.checked_columns):
        assert len(columns_ahead._pending) == 1
        ahead = spandoc.load_documents(path)
    assert len(taken) == 1 and taken[0] is not None  # forked, answered, used
    assert ahead == serial and _columns(ahead) == _columns(serial)
    store = ahead[0].spans.columns
    assert all(not c.flags.writeable for c in (store.start, store.end, store.label))
    assert all(a is b for a, b in zip(store.flat, [s for d in ahead for s in d.spans], strict=True))


@pytest.mark.parametrize(
    "bad",
    [
        {"id": "x", "start": 5, "end": 5, "label": "ORG"},  # empty span
        {"id": "x", "start": 1, "end": 2, "label": ""},  # empty label
        {"id": "s0", "start": 1, "end": 2, "label": "ORG"},  # repeated id
    ],
)
def test_a_bad_span_gets_the_serial_message(tmp_path, monkeypatch, bad):
    docs = _docs(50)
    docs[37]["spans"].append(bad)
    path = _write(tmp_path / "pred.jsonl", docs)
    with pytest.raises(spandoc.InputFormatError) as serial:
        spandoc.load_documents(path)
    taken = _used_child(monkeypatch)
    with columns_ahead.checked_ahead(path, spandoc.checked_columns), pytest.raises(spandoc.InputFormatError) as ahead:
        spandoc.load_documents(path)
    assert taken == [None]  # the child said no; the parent checked and worded it itself
    assert str(ahead.value) == str(serial.value) and ":38:" in str(serial.value)


def test_a_failing_child_leaves_the_parent_to_check(tmp_path, monkeypatch):
    path = _write(tmp_path / "pred.jsonl", _docs(40))
    taken = _used_child(monkeypatch)

    def broken(data: bytes) -> None:
        raise RuntimeError("the child fails")

    with columns_ahead.checked_ahead(path, broken):
        docs = spandoc.load_documents(path)
    assert taken == [None] and docs == spandoc.load_documents(path)


def test_a_file_changed_after_the_fork_is_read_again(tmp_path, monkeypatch):
    path = _write(tmp_path / "pred.jsonl", _docs(40))
    taken = _used_child(monkeypatch)
    with columns_ahead.checked_ahead(path, spandoc.checked_columns):
        _write(path, _docs(45, prefix="e"))
        os.utime(path, ns=(1, 1))  # a different mtime, whatever the clock's resolution
        docs = spandoc.load_documents(path)
    assert taken == [] and [d.doc_id for d in docs][:1] == ["e0000"] and len(docs) == 45


def test_an_unused_child_is_stopped_and_reaped(tmp_path):
    path = _write(tmp_path / "pred.jsonl", _docs(40))
    with columns_ahead.checked_ahead(path, spandoc.checked_columns):
        pid = columns_ahead._pending[path.resolve()]._pid
    assert columns_ahead._pending == {}
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # already reaped: no zombie left


def test_nothing_is_forked_where_it_does_not_pay(tmp_path, monkeypatch):
    path = _write(tmp_path / "pred.jsonl", _docs(40))
    monkeypatch.setattr(columns_ahead, "_usable_cores", lambda: 1)
    columns_ahead.start(path, spandoc.checked_columns)
    assert columns_ahead._pending == {}
    monkeypatch.setattr(columns_ahead, "_usable_cores", lambda: 2)
    monkeypatch.setattr(columns_ahead, "AHEAD_FROM_BYTES", path.stat().st_size + 1)
    columns_ahead.start(path, spandoc.checked_columns)
    assert columns_ahead._pending == {}
    columns_ahead.start(tmp_path, spandoc.checked_columns)  # a folder
    assert columns_ahead._pending == {}


def test_eval_score_prints_the_same_with_and_without_the_child(tmp_path):
    """Whole processes: the JSON (four schemes, per label, intervals, dates, quotes) is the same byte for byte."""
    gold = _docs(400)
    for d in gold:
        for s in d["spans"]:
            if s["label"] == "DATE":
                s["value"] = "2020-01-0" + str(1 + s["start"] % 9)
    pred = [dict(d, spans=[dict(s, end=s["end"] + (k % 3 == 0)) for k, s in enumerate(d["spans"])]) for d in gold[5:]]
    for d in pred[::4]:
        d["spans"] = d["spans"][1:] + [{"id": "extra", "start": 200, "end": 205, "label": "LOC"}]
    for d in pred[::7]:
        for s in d["spans"]:
            if s["label"] == "DATE":
                s["value"] = "2021"
    g, p = _write(tmp_path / "gold.jsonl", gold), _write(tmp_path / "pred.jsonl", pred)
    outputs = []
    for threshold in (0, 10**15):
        code = (
            "import runpy, sys\n"
            "import newsgold.columns_ahead as ca\n"
            f"ca.AHEAD_FROM_BYTES = {threshold}\n"
            "ca._usable_cores = lambda: 2\n"
            "import newsgold.spandoc as sd\n"
            "orig = sd._columns_from_child\n"
            "def spy(answer, docs):\n"
            "    print('child answered', answer is not None, file=sys.stderr)\n"
            "    return orig(answer, docs)\n"
            "sd._columns_from_child = spy\n"
            f"sys.argv = ['newsgold', 'eval', 'score', '--gold', {str(g)!r}, '--pred', {str(p)!r}, '--json']\n"
            "runpy.run_module('newsgold', run_name='__main__')\n"
        )
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        outputs.append((done.stdout, done.stderr))
    (with_child, err_child), (serial, err_serial) = outputs
    assert "child answered True" in err_child and "child answered" not in err_serial
    assert with_child == serial
    result = json.loads(with_child)
    assert result["schemes"]["strict"]["overall"]["missed"] > 0 and result["dates"]
    assert np.isfinite(result["schemes"]["strict"]["overall"]["f1"])
