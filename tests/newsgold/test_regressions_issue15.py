"""Issue 15: every cause the fuzz run found, as a named reproducer run through the real dispatcher.

Each test runs a command in-process (``newsgold.cli.main``, the console script's
function) and checks the status is the documented one, stderr has no traceback
and at most one error line, and no secret leaks.
"""

from __future__ import annotations

import json
import os
import shlex
import stat
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from newsgold.cli import main
from newsgold.redact import forget_secrets

TEXTS = {
    "a": "Antony Blinken met Sergey Lavrov in Reykjavik on Wednesday.\n",
    "b": "The U.S. and Russia talked in Iceland on May 19, 2021.\n",
}


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSGOLD_CRASH_DIR", str(tmp_path / "crashes"))
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    monkeypatch.delenv("LABEL_STUDIO_URL", raising=False)
    monkeypatch.setenv("NEWSGOLD_LABEL_STUDIO_CONFIG", str(tmp_path / "no-config.json"))
    yield
    forget_secrets()


def _span(doc: str, sid: str, needle: str, label: str, value: str | None = None) -> dict[str, Any]:
    start = TEXTS[doc].index(needle)
    out: dict[str, Any] = {"id": sid, "start": start, "end": start + len(needle), "label": label}
    if value is not None:
        out["value"] = value
    return out


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """corpus/ (two articles and a manifest), gold/gold.jsonl and pred.jsonl in a tmp working folder."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for doc_id, text in TEXTS.items():
        (corpus / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    _write_jsonl(corpus / "manifest.jsonl", [{"file": f"{d}.txt", "doc_id": d, "dct": "2021-05-20"} for d in TEXTS])
    gold = [
        {"doc_id": "a", "text": TEXTS["a"], "spans": [_span("a", "g1", "Antony Blinken", "PERSON"),
                                                       _span("a", "g2", "Wednesday", "DATE", "2021-05-19")]},
        {"doc_id": "b", "text": TEXTS["b"], "spans": [_span("b", "g1", "Iceland", "GPE")]},
    ]  # fmt: skip
    _write_jsonl(tmp_path / "gold" / "gold.jsonl", gold)
    _write_jsonl(tmp_path / "pred.jsonl", [{"doc_id": "a", "spans": [_span("a", "p1", "Antony Blinken", "PERSON")]}])
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``newsgold ARGV`` in-process: (status, stdout, stderr), checked for the error policy of issue 15."""
    status = main(list(argv))
    out, err = capsys.readouterr()
    print(f"status {status}\nstdout: {out[-2000:]}\nstderr: {err[-2000:]}")  # shown when a test fails
    assert "Traceback" not in err and "Traceback" not in out
    assert status in (0, 1, 2), err
    errors = [line for line in err.splitlines() if ": error: " in line or "internal error" in line]
    assert len(errors) <= 1, err
    if status == 2:
        assert len(errors) == 1, err
    return status, out, err


def score(project: Path, *extra: str) -> tuple[str, ...]:
    return ("eval", "score", "--gold", str(project / "gold"), "--pred", str(project / "pred.jsonl"), *extra)


def report(project: Path, *extra: str) -> tuple[str, ...]:
    return ("eval", "report", "--corpus", str(project / "corpus"), "--gold", str(project / "gold"),
            "--pred", f"mine={project / 'pred.jsonl'}", "--bootstrap", "20", "--quiet", *extra)  # fmt: skip


# --- readers ---------------------------------------------------------------------------------------------------
def test_deeply_nested_json_is_bad_input(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "pred.jsonl").write_text('{"doc_id": "a", "spans": ' + "[" * 100_000 + "]" * 100_000 + "}\n")
    status, _, err = run(capsys, *score(project))
    assert status == 2 and "nested too deeply" in err


BIG = "9" * 5000
"""More digits than Python turns into an int (sys.get_int_max_str_digits, 4300): json and tomllib raise a bare ValueError."""


@pytest.mark.parametrize("where", ["span-jsonl", "label-studio", "thresholds", "newsgold.toml"])
def test_a_5000_digit_integer_is_bad_input(project: Path, capsys: pytest.CaptureFixture[str], where: str) -> None:
    """Before: ValueError ('Exceeds the limit (4300 digits) for integer string conversion'), exit 3."""
    argv = score(project, "--bootstrap", "0")
    if where == "span-jsonl":
        (project / "pred.jsonl").write_text('{"doc_id": "a", "spans": [{"id": "p", "start": ' + BIG + "}]}\n")
    elif where == "label-studio":
        (project / "pred.json").write_text('[{"id": ' + BIG + ', "data": {"text": "x"}, "predictions": []}]')
        argv = ("eval", "score", "--gold", "gold", "--pred", "pred.json", "--pred-format", "label-studio")
    elif where == "thresholds":
        (project / "t.toml").write_text("[tool.newsgold.thresholds]\n'strict.f1' = " + BIG + "\n")
        argv = report(project, "--thresholds", str(project / "t.toml"))
    else:
        (project / "newsgold.toml").write_text("[paths]\ncorpus = " + BIG + "\n")
        argv = ("gold", "check", "--gold", "gold")
    status, _, err = run(capsys, *argv)
    assert status == 2 and "4300 digits" in err and "set_int_max_str_digits" not in err


def test_offsets_at_2_63_in_a_gold_set_without_text(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    row = {"doc_id": "a", "spans": [{"id": "s", "start": 2**63, "end": 2**63 + 5, "label": "PERSON"}]}
    _write_jsonl(project / "gold" / "gold.jsonl", [row])
    _write_jsonl(project / "pred.jsonl", [row])
    assert run(capsys, *score(project, "--bootstrap", "0"))[0] == 2


def test_error_message_quotes_only_an_excerpt(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "pred.jsonl").write_text('{"doc_id": "' + "x" * 2_000_000 + '", "spans": 5}\n')
    status, _, err = run(capsys, *score(project))
    assert status == 2 and len(err) < 2000


def test_dev_zero_and_a_fifo_as_input_files(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = project / "fifo.jsonl"
    os.mkfifo(fifo)  # no writer: reads as an empty file instead of hanging
    assert run(capsys, "eval", "score", "--gold", str(project / "gold"), "--pred", str(fifo))[0] in (0, 2)
    assert run(capsys, "eval", "score", "--gold", str(project / "gold"), "--pred", "/dev/zero")[0] == 2
    assert run(capsys, *report(project, "--baseline", "/dev/zero"))[0] == 2
    assert run(capsys, *report(project, "--thresholds", str(fifo)))[0] == 2


# --- numbers ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "extra",
    [("--seed", "-1"), ("--bootstrap", "99999999999"), ("--seed", "9" * 400), ("--confidence", "nan")],
)
def test_numeric_options_of_score(project: Path, capsys: pytest.CaptureFixture[str], extra: tuple[str, str]) -> None:
    assert run(capsys, *score(project, *extra))[0] == 2


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "0"])
def test_timeout_values(capsys: pytest.CaptureFixture[str], value: str) -> None:
    assert run(capsys, "annotate", "pull", "--timeout", value)[0] == 2


def test_serve_port_out_of_range(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "annotate", "serve", "--port", "99999")[0] == 2


def test_threshold_toml_with_a_non_table_tool_and_a_400_digit_threshold(project: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    toml = project / "t.toml"
    for text in ("tool = 1\n", "[tool]\nnewsgold = 'x'\n", "[tool.newsgold]\nthresholds = [1]\n",
                 "[tool.newsgold.thresholds]\n'strict.f1' = " + "9" * 400 + "\n"):  # fmt: skip
        toml.write_text(text)
        status, _, err = run(capsys, *report(project, "--thresholds", str(toml)))
        assert status == 2, text


def test_fail_under_with_a_400_digit_value(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, *report(project, "--fail-under", "strict.f1=" + "1" * 400))[0] == 2


# --- gold check, dates -----------------------------------------------------------------------------------------
def test_gold_check_on_a_whitespace_only_date(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = TEXTS["a"]
    start = text.index(" on ")
    row = {"doc_id": "a", "text": text, "spans": [{"id": "d", "start": start, "end": start + 1, "label": "DATE",
                                                   "value": "2021"}]}  # fmt: skip
    _write_jsonl(project / "gold" / "gold.jsonl", [row])
    status, out, _ = run(capsys, "gold", "check", "--gold", str(project / "gold"), "--corpus", str(project / "corpus"))
    assert status == 1 and "whitespace" in out


def test_dct_at_the_ends_of_the_calendar() -> None:
    import datetime as dt

    from newsgold.extractors.date_values import normalise

    for dct in (dt.date(9999, 12, 31), dt.date(1, 1, 1)):
        for text in ("next week", "last Monday", "next year", "Monday", "this summer", "the weekend"):
            normalise(text, dct, "future")
            normalise(text, dct, "past")


# --- printing --------------------------------------------------------------------------------------------------
def test_lone_surrogate_labels_print(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "pred.jsonl").write_text(
        '{"doc_id": "a", "spans": [{"id": "p", "start": 0, "end": 6, "label": "\\udc00X"}]}\n'
    )
    status, out, _ = run(capsys, *score(project, "--bootstrap", "0"))
    assert status == 0 and "\\udc00X" in out


def test_lone_surrogate_labels_in_the_report(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "pred.jsonl").write_text(
        '{"doc_id": "a", "spans": [{"id": "p", "start": 0, "end": 6, "label": "\\udc00X"}]}\n'
    )
    status, _, _ = run(capsys, *report(project, "--out", str(project / "out")))
    assert status == 0
    assert json.loads((project / "out" / "report.json").read_text())["extractors"]["mine"]["labels"] == ["\udc00X"]


def test_a_lone_surrogate_in_a_text_pairs_by_hash_and_converts(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Documents without ids pair by the SHA-256 of their text, which failed on a "\\ud800" escape (exit 3)."""
    row = '{"id": 1, "text": "Ana \\ud800went.", "entities": [{"id": 1, "label": "PERSON", "start_offset": 0, "end_offset": 3}]}\n'
    (project / "rows.jsonl").write_text(row, encoding="utf-8")
    status, out, _ = run(capsys, "eval", "score", "--gold", "rows.jsonl", "--pred", "rows.jsonl", "--bootstrap", "0")
    assert status == 0 and "documents: 1" in out
    status, _, _ = run(capsys, "convert", "rows.jsonl", "back.jsonl")
    assert status == 0
    assert json.loads((project / "back.jsonl").read_text(encoding="utf-8"))["text"] == "Ana \ud800went."


# --- outputs ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("argv", [
    ("eval", "score", "--gold", "x" * 300, "--pred", "pred.jsonl"),
    ("convert", "ab/" * 1500, "out.jsonl"),
    ("gold", "check", "--gold", "gold", "--corpus", "x" * 300),
    ("extract", "-e", "baseline-dates", "--corpus", "x" * 300, "--out", "x.jsonl"),
    ("eval", "score", "--gold", "gold", "--pred", "pred.jsonl", "--label-map", "x" * 300),
])  # fmt: skip
def test_a_path_longer_than_the_file_system_allows(project: Path, capsys: pytest.CaptureFixture[str], argv) -> None:  # type: ignore[no-untyped-def]
    """Before: OSError [Errno 36] File name too long from the first exists()/is_dir(), exit 3."""
    status, _, err = run(capsys, *argv)
    assert status == 2 and "longer than the file system allows" in err and len(err) < 400


@pytest.mark.parametrize("target", ["gold/gold.jsonl", "pred.jsonl", "corpus/a.txt"])
def test_errors_csv_never_replaces_an_input(project: Path, capsys: pytest.CaptureFixture[str], target: str) -> None:
    """Before: '--errors gold/gold.jsonl' (meant as --gold) replaced the gold set with the CSV, exit 0."""
    before = (project / target).read_bytes()
    status, _, err = run(capsys, *score(project, "--bootstrap", "0", "--corpus", "corpus", "--errors", target))
    assert status == 2 and "would replace the" in err
    assert (project / target).read_bytes() == before


@pytest.mark.parametrize("argv", [
    ("extract", "-e", "baseline-dates", "--corpus", "corpus", "--out", "corpus/manifest.jsonl", "--no-progress"),
    ("convert", "pred.jsonl", "pred.jsonl", "--corpus", "corpus"),
    ("convert", "gold/gold.jsonl", "corpus", "--to", "brat"),
])  # fmt: skip
def test_outputs_never_replace_what_the_command_reads(project: Path, capsys: pytest.CaptureFixture[str], argv) -> None:  # type: ignore[no-untyped-def]
    """Before: the corpus manifest replaced by predictions, convert's input by its own output, and (in a
    project) the corpus articles by a BRAT folder's DOC_ID.txt files, each with exit 0."""
    (project / "newsgold.toml").write_text("", encoding="utf-8")  # a project: its corpus/ is protected from BRAT
    before = {p: p.read_bytes() for p in project.rglob("*") if p.is_file()}
    status, _, err = run(capsys, *argv)
    assert status == 2 and "would replace the" in err
    assert {p: p.read_bytes() for p in project.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize("kind", ["file", "devnull", "proc", "long"])
def test_unwritable_report_out(project: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    target = {"file": str(project / "pred.jsonl"), "devnull": "/dev/null", "proc": "/proc/self/reports",
              "long": str(project / ("x" * 300))}[kind]  # fmt: skip
    before = (project / "pred.jsonl").read_bytes()
    assert run(capsys, *report(project, "--out", target))[0] == 2
    assert (project / "pred.jsonl").read_bytes() == before


def test_errors_csv_that_is_a_folder(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, *score(project, "--errors", str(project / "gold")))[0] == 2


@pytest.mark.parametrize("where", ["folder", "missing"])
def test_step_summary_problems_do_not_change_the_status(project: Path, capsys, monkeypatch, where: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(project / "gold") if where == "folder" else "/no/such/dir/summary")
    status, _, err = run(capsys, *report(project, "--out", str(project / "out")))
    assert status == 0 and "summary" in err.lower()
    assert (project / "out" / "report.md").is_file()


def test_cache_dir_never_writes_beside_itself(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cache = project / "deep" / "cache"
    cache.parent.mkdir()
    assert run(capsys, *report(project, "--out", str(project / "out"), "--cache-dir", str(cache)))[0] == 0
    assert sorted(p.name for p in (project / "deep").iterdir()) in ([], ["cache"])


# --- reports: hostile names and labels ---------------------------------------------------------------------------
def test_mathtext_in_an_extractor_name_and_a_label(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "pred.jsonl").write_text(
        '{"doc_id": "a", "spans": [{"id": "p", "start": 0, "end": 6, "label": "$\\\\frac{$"}]}\n'
    )
    argv = list(report(project, "--out", str(project / "out")))
    argv[argv.index(f"mine={project / 'pred.jsonl'}")] = f"$x^{{2}}$={project / 'pred.jsonl'}"
    assert run(capsys, *argv)[0] == 0
    assert (project / "out" / "report.html").stat().st_size > 0


def test_reproduce_is_shell_quoted_and_report_md_escapes_html(project: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    label = "$(touch${IFS}/tmp/x)"
    (project / "pred.jsonl").write_text(json.dumps(
        {"doc_id": "a", "spans": [{"id": "p", "start": 0, "end": 6, "label": label}]}) + "\n")  # fmt: skip
    name = "<script>alert(1)</script>"
    argv = list(report(project, "--out", str(project / "out")))
    argv[argv.index(f"mine={project / 'pred.jsonl'}")] = f"{name}={project / 'pred.jsonl'}"
    assert run(capsys, *argv)[0] == 0
    data = json.loads((project / "out" / "report.json").read_text())
    command = data["extractors"][name]["reproduce"]
    words = shlex.split(command)
    assert words[words.index("--labels") + 1] == label, "the label stays one literal word"
    assert "<script>" not in (project / "out" / "report.md").read_text()


def test_two_pred_names_with_the_same_file_name(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pred = project / "pred.jsonl"
    argv = list(report(project, "--out", str(project / "out"))) + ["--pred", f"a_b={pred}"]
    argv[argv.index(f"mine={pred}")] = f"a/b={pred}"
    assert run(capsys, *argv)[0] == 0
    entries = json.loads((project / "out" / "report.json").read_text())["extractors"]
    assert entries["a/b"]["predictions_file"] != entries["a_b"]["predictions_file"]


@pytest.mark.parametrize(
    "baseline",
    [
        {"extractors": {"mine": {"labels": "PERSON", "score": {"schemes": {}}}}},
        {"extractors": {"mine": {"labels": ["PERSON"], "score": 0.5}}},
        {"extractors": {"mine": {"labels": ["PERSON"], "score": {"schemes": {"strict": {"overall": {"f1": "hi"}}}}}}},
        {"extractors": {"mine": {"labels": ["PERSON"], "score": {"schemes": {"strict": []}}}}},
        {"extractors": {"mine": {"labels": ["PERSON"], "score": {"schemes": {}, "intervals": 3}}}},
        [1, 2],
    ],
)
def test_baseline_of_the_wrong_shape(project: Path, capsys: pytest.CaptureFixture[str], baseline: object) -> None:
    (project / "old.json").write_text(json.dumps(baseline))
    assert run(capsys, *report(project, "--baseline", str(project / "old.json")))[0] == 2


def test_a_gate_failure_is_the_only_exit_1(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_jsonl(project / "pred.jsonl", [{"doc_id": "a", "spans": [_span("a", "p1", "Antony", "PERSON")]}])
    assert run(capsys, *report(project, "--fail-under", "strict.f1=1.0", "--out", str(project / "out")))[0] == 1


# --- corpus against its manifest ---------------------------------------------------------------------------------
def test_deleted_article_is_an_error_and_an_added_one_a_warning(project: Path, capsys, caplog) -> None:  # type: ignore[no-untyped-def]
    (project / "corpus" / "c.txt").write_text("An added article.\n")
    status, _, err = run(capsys, *report(project, "--out", str(project / "out")))
    assert status == 0 and "c.txt" in err + caplog.text
    (project / "corpus" / "b.txt").unlink()
    status, _, err = run(capsys, *report(project, "--out", str(project / "out")))
    assert status == 2 and "b.txt" in err


# --- Label Studio connection and keys ----------------------------------------------------------------------------
@pytest.mark.parametrize("key", ["abc\ndefghijkl-0123456789", "abc\r\ndefghijkl-0123456789", "kéy-0123456789"])
def test_bad_keys_are_refused_without_printing_them(capsys, monkeypatch, tmp_path: Path, key: str) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LABEL_STUDIO_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", key)
    status, out, err = run(capsys, "annotate", "pull", "--project", "some project", "--out", str(tmp_path / "g"))
    assert status == 2 and "API key" in err
    for piece in ("defghijkl", "0123456789", "kéy", repr(key)[1:-1]):
        assert piece not in err + out


@pytest.mark.parametrize("where", ["environment", "option"])
def test_a_key_holding_a_non_utf8_byte(project: Path, capsys, monkeypatch, where: str) -> None:  # type: ignore[no-untyped-def]
    """Before: a traceback on stderr and exit 1 from every command (even eval score), raised while the key was
    registered for masking, outside the error policy."""
    key = "fake\udc80token-123456"  # the byte 0x80 of a Latin-1 paste, as Python decodes argv and the environment
    argv = ["annotate", "pull", "--url", "http://127.0.0.1:9", "--timeout", "1", "--out", str(project / "g2")]
    if where == "environment":
        monkeypatch.setenv("LABEL_STUDIO_API_KEY", key)
        assert run(capsys, *score(project, "--bootstrap", "0"))[0] == 0
    else:
        argv += ["--api-key", key]
    status, out, err = run(capsys, *argv)
    assert status == 2 and "non-ASCII" in err and "token-123456" not in out + err


def test_credentials_in_the_url_are_dropped_so_the_key_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgold.annotate.connection import resolve_connection

    monkeypatch.setenv("LABEL_STUDIO_URL", "https://user:hunter2@ls.example.org:8443/ls")
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", "0123456789abcdef")
    conn = resolve_connection()
    assert conn.url == "https://ls.example.org:8443/ls" and conn.api_key == "0123456789abcdef"


def test_a_failed_pull_deletes_its_export_snapshot() -> None:
    """The snapshot is deleted in a ``finally``: here the download fails after the export was created."""
    from newsgold.annotate.pull import export_annotated_tasks

    deleted: list[int] = []

    def fail(**_: Any) -> Any:
        raise KeyboardInterrupt  # any failure, even Ctrl-C half-way

    exports = SimpleNamespace(
        create=lambda **_: SimpleNamespace(id=7, status="completed"),
        download=fail,
        delete=lambda id, export_pk: deleted.append(export_pk),  # noqa: A006
    )
    api = SimpleNamespace(
        ls=SimpleNamespace(projects=SimpleNamespace(exports=exports)),
        write=lambda doing, fn, *a, **k: fn(*a, **k),
        read=lambda doing, fn, *a, **k: fn(*a, **k),
    )
    with pytest.raises(KeyboardInterrupt):
        export_annotated_tasks(api, SimpleNamespace(id=1, title="p"))  # type: ignore[arg-type]
    assert deleted == [7]


def test_a_server_answering_200_with_a_malformed_body(capsys, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A proxy's login page (or any JSON that is not Label Studio's) at LABEL_STUDIO_URL: one line, exit 2."""
    import http.server
    import threading

    bodies = [b"<html>login</html>", b"[]", b'{"id": 1, "results": [{"id": 1, "title": "some project"}], '
              b'"next": "/api/projects/?page=2", "count": 9}',
              b"[" * 100_000 + b"]" * 100_000]  # nested past the recursion limit: was a RecursionError, exit 3  # fmt: skip
    for body in bodies:

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_POST = do_GET

            def log_message(self, *args: Any) -> None:
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            monkeypatch.setenv("LABEL_STUDIO_URL", f"http://127.0.0.1:{server.server_port}")
            monkeypatch.setenv("LABEL_STUDIO_API_KEY", "0123456789abcdef0123")
            status, _, err = run(capsys, "annotate", "pull", "--project", "some project", "--timeout", "10",
                                 "--out", str(tmp_path / "g"))  # fmt: skip
            assert status == 2, err
            assert "0123456789abcdef0123" not in err
        finally:
            server.shutdown()
            server.server_close()


def test_crash_files_are_private(project: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import newsgold.gold_cli

    monkeypatch.setattr(newsgold.gold_cli, "main", lambda argv, prog: 1 // 0)
    assert main(["gold", "check"]) == 3
    saved = next((project / "crashes").iterdir())
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
