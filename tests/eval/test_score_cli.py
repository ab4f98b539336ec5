"""`newsgold eval score` from outside: exit codes, one-line errors, the JSON shape, --help."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgold.spandoc import Relation, Span, SpanDocument, text_sha256, write_documents

TEXT = "Antony Blinken met Sergey Lavrov in Reykjavik on Wednesday.\n\n\u201cWe are ready,\u201d said Lavrov.\n"
NEWSGOLD = Path(sys.executable).parent / "newsgold"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsgold.eval", "score", *args], capture_output=True, text=True, cwd=cwd)


def _span(sid: str, s: str, label: str, nth: int = 0, value: str | None = None) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(s, start + 1)
    return Span(sid, start, start + len(s), label, value)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    gold = SpanDocument(
        "a",
        [
            _span("g1", "Antony Blinken", "PERSON"),
            _span("g2", "Sergey Lavrov", "PERSON"),
            _span("g3", "Reykjavik", "GPE"),
            _span("g4", "Wednesday", "DATE", value="2021-05-19"),
            _span("g5", "We are ready,", "QUOTE"),
            _span("g6", "Lavrov", "PERSON", nth=1),
        ],  # fmt: skip
        [Relation("g5", "g6", "said_by")],
        text=TEXT,
    )
    other = SpanDocument("b", [Span("h1", 0, 3, "ORG")], text="Foo bar.\n")
    pred = SpanDocument(
        "a",
        [
            _span("p1", "Blinken", "PERSON"),
            _span("p2", "Sergey Lavrov", "ORG"),
            _span("p3", "Reykjavik", "GPE"),
            _span("p4", "Wednesday", "DATE", value="2021-05-19"),
            _span("p5", "We are ready", "QUOTE"),
            _span("p6", "Lavrov", "PERSON", nth=1),
        ],  # fmt: skip
        [Relation("p5", "p6", "said_by")],
    )
    paths = {"gold": tmp_path / "gold.jsonl", "pred": tmp_path / "pred.jsonl"}
    write_documents([gold, other], paths["gold"])
    write_documents([pred], paths["pred"])
    return paths


def test_json_has_exactly_the_agreed_shape(files):
    proc = run("--gold", str(files["gold"]), "--pred", str(files["pred"]), "--json", "--bootstrap", "50")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data["schemes"]) == {"strict", "exact", "partial", "type"}
    keys = {"correct", "incorrect", "partial", "missed", "spurious", "possible", "actual", "precision", "recall", "f1",
            "undefined"}  # fmt: skip
    for block in data["schemes"].values():
        assert set(block) == {"overall", "labels", "macro", "weighted"}
        assert set(block["overall"]) == keys
        assert all(set(row) == keys for row in block["labels"].values())
        assert set(block["macro"]) == set(block["weighted"]) == {"precision", "recall", "f1", "undefined"}
    assert data["zero_division"] == 0.0
    assert list(data["schemes"]["strict"]["labels"]) == ["PERSON", "ORG", "GPE", "DATE", "QUOTE"]
    strict = data["schemes"]["strict"]["overall"]
    assert (strict["correct"], strict["incorrect"], strict["missed"], strict["spurious"]) == (3, 3, 1, 0)
    assert data["intervals"]["n_bootstrap"] == 50 and data["intervals"]["unit"] == "paragraph"
    assert set(data["intervals"]["schemes"]["type"]["overall"]) == {"precision", "recall", "f1"}
    assert data["attribution"]["accuracy"] == 1.0 and data["dates"]["value_accuracy"] == 1.0
    assert data["n_documents"] == 2
    # gold doc "b" has no predictions: said on stderr, counted as missed
    assert "1 gold document(s) have no predictions" in proc.stderr and "b" in proc.stderr


def test_table_labels_and_console_script(files, tmp_path):
    errors_csv = tmp_path / "errors.csv"
    proc = subprocess.run(
        [
            str(NEWSGOLD),
            "eval",
            "score",
            "--gold",
            str(files["gold"]),
            "--pred",
            str(files["pred"]),
            "--labels",
            "PERSON,GPE",
            "--bootstrap",
            "0",
            "--errors",
            str(errors_csv),
        ],  # fmt: skip
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("strict\n")
    assert "overall" in proc.stdout and "macro" in proc.stdout and "ORG" not in proc.stdout
    assert "interval" not in proc.stdout
    assert errors_csv.read_text().splitlines()[0].startswith("doc_id,kind,gold_id")


def test_predictions_take_the_corpus_text_and_are_checked_against_it(files, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(TEXT.encode())
    (corpus / "b.txt").write_bytes(b"Foo bar.\n")
    (corpus / "manifest.jsonl").write_text(
        '{"file": "a.txt", "doc_id": "a", "dct": "2021-05-19"}\n{"file": "b.txt", "doc_id": "b", "dct": "2021-05-19"}\n'
    )
    ok = run("--gold", str(files["gold"]), "--pred", str(files["pred"]), "--corpus", str(corpus), "--bootstrap", "0")
    assert ok.returncode == 0, ok.stderr
    (corpus / "a.txt").write_bytes(b"short")
    bad = run("--gold", str(files["gold"]), "--pred", str(files["pred"]), "--corpus", str(corpus))
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
    assert "differs from the corpus text" in bad.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"doc_id": "a", "spans": [\n', "not valid JSON"),
        ('{"doc_id": "a", "spans": [{"id": "x", "start": 0, "end": 999, "label": "PERSON"}]}\n', "past the end"),
        ('{"doc_id": "a", "spans": [], "relations": [{"from": "q", "to": "p", "type": "said_by"}]}\n', "unknown span"),
        ('{"doc_id": "zzz", "spans": []}\n', "not in the gold set"),
    ],
)
def test_bad_prediction_files_give_one_line_and_exit_2(files, tmp_path, content, message):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content, encoding="utf-8")
    proc = run("--gold", str(files["gold"]), "--pred", str(bad))
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert message in proc.stderr and "Traceback" not in proc.stderr


def test_bad_gold_and_bad_options(files, tmp_path):
    missing = run("--gold", str(tmp_path / "nope"), "--pred", str(files["pred"]))
    assert missing.returncode == 2 and "no such file" in missing.stderr
    bad_sha = tmp_path / "g.jsonl"
    bad_sha.write_text(json.dumps({"doc_id": "a", "text": "abc", "text_sha256": text_sha256("abd")}) + "\n")
    assert run("--gold", str(bad_sha), "--pred", str(files["pred"])).returncode == 2
    for opts in (["--bootstrap", "-1"], ["--confidence", "1.5"], ["--labels", ","]):
        proc = run("--gold", str(files["gold"]), "--pred", str(files["pred"]), *opts)
        assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_help_explains_every_option():
    proc = run("--help")
    assert proc.returncode == 0
    for option in ("--gold", "--pred", "--labels", "--json", "--bootstrap", "--seed", "--confidence", "--corpus",
                   "--errors", "strict", "exact", "partial", "type"):  # fmt: skip
        assert option in proc.stdout, option
    dispatcher = subprocess.run([sys.executable, "-m", "newsgold.eval", "--help"], capture_output=True, text=True)
    assert dispatcher.returncode == 0 and "score" in dispatcher.stdout and "report" in dispatcher.stdout
    unknown = subprocess.run([sys.executable, "-m", "newsgold.eval", "nope"], capture_output=True, text=True)
    assert unknown.returncode == 2


def test_tokens_option_adds_scikit_learn_token_scores(files):
    proc = run("--gold", str(files["gold"]), "--pred", str(files["pred"]), "--labels", "PERSON,ORG,GPE",
               "--tokens", "--json", "--bootstrap", "0")  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    tokens = json.loads(proc.stdout)["tokens"]
    assert set(tokens["labels"]) == {"PERSON", "ORG", "GPE"}
    # gold PERSON tokens: Antony Blinken, Sergey Lavrov, Lavrov = 5; predicted right: Blinken, Lavrov = 2
    assert tokens["labels"]["PERSON"]["support"] == 5
    assert tokens["labels"]["PERSON"]["recall"] == pytest.approx(2 / 5)
    assert tokens["confusion"]["rows"][-1] == "SPURIOUS" and tokens["confusion"]["columns"][-1] == "MISSED"
    counts = dict(zip(tokens["confusion"]["rows"], tokens["confusion"]["counts"], strict=True))
    assert counts["PERSON"][tokens["confusion"]["columns"].index("ORG")] == 2  # "Sergey Lavrov" as ORG
    table = run("--gold", str(files["gold"]), "--pred", str(files["pred"]), "--tokens", "--bootstrap", "0")
    assert table.returncode == 0 and "tokens (IO labels, scikit-learn)" in table.stdout


def test_errors_csv_has_integer_offsets_span_texts_and_attribute_errors(files, tmp_path):
    import csv

    pred = SpanDocument(
        "a",
        [
            _span("p1", "Sergey Lavrov", "PERSON"),
            _span("p2", "Wednesday", "DATE", value="2021-05-20"),  # right span, wrong value
            _span("p3", "We are ready,", "QUOTE"),
            _span("p4", "Antony Blinken", "PERSON"),  # wrong speaker
        ],
        [Relation("p3", "p4", "said_by")],
    )
    write_documents([pred], files["pred"])
    errors_csv = tmp_path / "errors.csv"
    proc = run("--gold", str(files["gold"]), "--pred", str(files["pred"]), "--bootstrap", "0", "--errors", str(errors_csv))
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.DictReader(errors_csv.open(encoding="utf-8", newline="")))
    kinds = [r["kind"] for r in rows]
    assert "speaker" in kinds and "value" in kinds and "missed" in kinds
    texts = {"a": TEXT, "b": "Foo bar.\n"}
    for row in rows:
        for column in ("gold_start", "gold_end", "pred_start", "pred_end"):
            assert row[column] == "" or row[column].isdigit(), (column, row[column])  # never 99.0
        for side in ("gold", "pred"):
            if row[f"{side}_start"]:
                text = texts[row["doc_id"]]
                assert row[f"{side}_text"] == text[int(row[f"{side}_start"]) : int(row[f"{side}_end"])]
    speaker = next(r for r in rows if r["kind"] == "speaker")
    assert (speaker["gold_text"], speaker["gold_speaker_text"], speaker["pred_speaker_text"]) == (
        "We are ready,",
        "Lavrov",
        "Antony Blinken",
    )
    value = next(r for r in rows if r["kind"] == "value")
    assert (value["gold_text"], value["gold_value"], value["pred_value"]) == ("Wednesday", "2021-05-19", "2021-05-20")


UNNEEDED_BY_SCORE = ("scipy", "pandas", "matplotlib", "spacy", "tempfile", "hashlib", "base64")
"""What ``eval score`` on span files without texts never uses: each is imported where it is needed (docs/performance.md)."""


def test_score_imports_only_what_it_uses(tmp_path: Path) -> None:
    gold, pred = tmp_path / "gold.jsonl", tmp_path / "pred.jsonl"
    gold.write_text('{"doc_id": "a", "spans": [{"id": "g1", "start": 0, "end": 3, "label": "ORG"}]}\n', encoding="utf-8")
    pred.write_text('{"doc_id": "a", "spans": [{"id": "p1", "start": 0, "end": 3, "label": "ORG"}]}\n', encoding="utf-8")
    code = (
        "import atexit, runpy, sys\n"
        f"atexit.register(lambda: print('loaded:', [m for m in {UNNEEDED_BY_SCORE!r} if m in sys.modules], file=sys.stderr))\n"
        f"sys.argv = ['newsgold', 'eval', 'score', '--gold', {str(gold)!r}, '--pred', {str(pred)!r}, '--json']\n"
        "runpy.run_module('newsgold', run_name='__main__')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["schemes"]["strict"]["overall"]["f1"] == 1.0
    assert "loaded: []" in done.stderr.splitlines()  # the handler ran (the process ends through the atexit handlers)
