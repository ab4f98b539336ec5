"""Fuzzing every reader and command line entry point (issue 15), within a fixed budget.

Inputs are valid documents with one field broken (structure-aware) and
byte-level mutations of valid files, plus hostile option values. Every
command runs in-process through ``newsgold.cli.main`` (the console script's
function) and must: exit with a documented status (0, 1, 2; never 3, the
internal error), print no traceback, print at most one error line, and change
no file outside its ``--out``. The budget is ``max_examples`` per test,
derandomised so CI runs the same cases every time (set ``NEWSGOLD_FUZZ_EXAMPLES``
to explore more locally); the module takes well under two minutes.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgold.cli import main
from newsgold.redact import forget_secrets

EXAMPLES = int(os.environ.get("NEWSGOLD_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)

TEXTS = {
    "a": 'Antony Blinken met Sergey Lavrov in Reykjavik on Wednesday.\n"We differ," Blinken said.\n',
    "b": "The U.S. and Russia talked in Iceland on May 19, 2021.\n",
}


def _span(doc: str, sid: str, needle: str, label: str, value: str | None = None) -> dict[str, Any]:
    start = TEXTS[doc].index(needle)
    out: dict[str, Any] = {"id": sid, "start": start, "end": start + len(needle), "label": label,
                           "text": needle}  # fmt: skip
    if value is not None:
        out["value"] = value
    return out


GOLD = [
    {"doc_id": "a", "text": TEXTS["a"], "spans": [
        _span("a", "g1", "Antony Blinken", "PERSON"), _span("a", "g2", "Sergey Lavrov", "PERSON"),
        _span("a", "g3", "Reykjavik", "GPE"), _span("a", "g4", "Wednesday", "DATE", "2021-05-19"),
        _span("a", "g5", "We differ,", "QUOTE"), _span("a", "g6", "Blinken", "PERSON")],
     "relations": [{"from": "g5", "to": "g6", "type": "said_by"}]},
    {"doc_id": "b", "text": TEXTS["b"], "spans": [
        _span("b", "g1", "U.S.", "GPE"), _span("b", "g2", "Iceland", "GPE"),
        _span("b", "g3", "May 19, 2021", "DATE", "2021-05-19")], "relations": []},
]  # fmt: skip
PRED = [
    {"doc_id": "a", "spans": [_span("a", "p1", "Antony Blinken", "PERSON"), _span("a", "p2", "Lavrov", "PERSON"),
                              _span("a", "p3", "Wednesday", "DATE", "2021-05-20")], "relations": []},
    {"doc_id": "b", "spans": [_span("b", "p1", "Iceland", "LOC")], "relations": []},
]  # fmt: skip
MANIFEST = [{"file": f"{d}.txt", "doc_id": d, "title": d, "dct": "2021-05-20"} for d in TEXTS]

# Raw JSON fragments put in place of one value (text, so that NaN, 2**64 and deep nesting are expressible).
HOSTILE = [
    "null", "true", "-1", "0", "1.5", "NaN", "Infinity", "-Infinity", str(2**63), str(2**64), "9" * 400, "9" * 5000,
    '""', '" "', '"\\udc00"', '"\\ud800x"', '"$(touch${IFS}/tmp/pwned)"', '"<script>alert(1)</script>"',
    '"$x^{2}$"', '"a\\nb"', '"' + "x" * 5000 + '"', "[]", "{}", "[1, 2]", '{"a": 1}',
    "[" * 3000 + "]" * 3000, '{"a":' * 3000 + "1" + "}" * 3000, '"9999-12-31"', '"0001-01-01"', '"2021-02-30"',
]  # fmt: skip
SPAN_FIELDS = ["id", "start", "end", "label", "value", "text", None]
DOC_FIELDS = ["doc_id", "text", "text_sha256", "spans", "relations", "dct", "file", None]  # the last two: manifest rows
REL_FIELDS = ["from", "to", "type"]
MARK = "__newsgold_fuzz__"


@st.composite
def broken_jsonl(draw: st.DrawFn, documents: list[dict[str, Any]]) -> bytes:
    """Valid documents with exactly one field replaced by a hostile value, removed, or added."""
    docs = json.loads(json.dumps(documents))
    doc = docs[draw(st.integers(0, len(docs) - 1))]
    fragment = draw(st.sampled_from(HOSTILE))
    where = draw(st.sampled_from(["doc", "span", "relation"]))
    if where == "span" and doc.get("spans"):
        node, fields = doc["spans"][draw(st.integers(0, len(doc["spans"]) - 1))], SPAN_FIELDS
    elif where == "relation" and doc.get("relations"):
        node, fields = doc["relations"][0], REL_FIELDS
    else:
        node, fields = doc, DOC_FIELDS
    field = draw(st.sampled_from(fields)) or "extra"
    if draw(st.booleans()) and field in node:
        del node[field]
    else:
        node[field] = MARK
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).replace(f'"{MARK}"', fragment).encode(
        "utf-8", "surrogatepass"
    )


@st.composite
def mutated_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    """Byte-level mutation: flips, insertions, deletions, truncation, duplicated slices."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate", "nul"]))
        pos = draw(st.integers(0, max(len(out) - 1, 0)))
        if op == "flip" and out:
            out[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "insert":
            out[pos:pos] = draw(st.binary(min_size=1, max_size=8))
        elif op == "delete" and out:
            del out[pos : pos + draw(st.integers(1, 16))]
        elif op == "truncate":
            del out[pos:]
        elif op == "duplicate":
            out[pos:pos] = out[pos : pos + draw(st.integers(1, 64))]
        elif op == "nul":
            out[pos:pos] = b"\x00"
    return bytes(out)


def _jsonl(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def hostile_file(documents: list[dict[str, Any]]) -> st.SearchStrategy[bytes]:
    return st.one_of(broken_jsonl(documents), mutated_bytes(_jsonl(documents)))


NUMBERS = st.sampled_from(["0", "1", "-1", "7", "nan", "inf", "-inf", "1e308", "0.5", "99999999999", "9" * 400,
                           "", " ", "0x10", "1_000", "\udc80", "1" * 50])  # fmt: skip


def _snapshot(root: Path, skip: tuple[Path, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        if any(path == s or s in path.parents for s in skip) or not path.is_file():
            continue
        out[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


class Workspace:
    """A fresh folder: corpus/ with a manifest, gold/gold.jsonl, pred.jsonl; ``out/`` is the only writable place."""

    def __init__(self, root: Path) -> None:
        self.root = root
        (root / "corpus").mkdir()
        for doc_id, text in TEXTS.items():
            (root / "corpus" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (root / "corpus" / "manifest.jsonl").write_bytes(_jsonl(MANIFEST))
        (root / "gold").mkdir()
        (root / "gold" / "gold.jsonl").write_bytes(_jsonl(GOLD))
        (root / "pred.jsonl").write_bytes(_jsonl(PRED))
        self.out = root / "out"
        self.crashes = root / "crashes"

    def run(self, argv: list[str], capsys: pytest.CaptureFixture[str]) -> int:
        before = _snapshot(self.root, (self.out, self.crashes))
        status = main(argv)
        out, err = capsys.readouterr()
        shown = f"argv={[a[:80] for a in argv]}\nstatus={status}\nstderr={err[-3000:]}"
        assert status in (0, 1, 2), shown
        assert "Traceback" not in err and "Traceback" not in out, shown
        errors = [ln for ln in err.splitlines() if ": error: " in ln]
        assert len(errors) <= 1, shown
        assert status != 2 or len(errors) == 1, shown
        assert all(len(ln) <= 2000 for ln in err.splitlines()), shown
        assert not self.crashes.exists() or not any(self.crashes.iterdir()), shown
        assert _snapshot(self.root, (self.out, self.crashes)) == before, shown
        return status


@pytest.fixture
def workspace(monkeypatch: pytest.MonkeyPatch) -> Callable[[], Workspace]:
    """A factory: one fresh Workspace per hypothesis example (the fixture itself lives for the whole test)."""
    made: list[tempfile.TemporaryDirectory[str]] = []
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    for name in ("LABEL_STUDIO_URL", "LABEL_STUDIO_API_KEY"):
        monkeypatch.delenv(name, raising=False)

    def make() -> Workspace:
        tmp = tempfile.TemporaryDirectory(prefix="newsgold-fuzz-")
        made.append(tmp)
        root = Path(tmp.name)
        monkeypatch.chdir(root)
        monkeypatch.setenv("NEWSGOLD_CRASH_DIR", str(root / "crashes"))
        monkeypatch.setenv("NEWSGOLD_LABEL_STUDIO_CONFIG", str(root / "no-config.json"))
        return Workspace(root)

    yield make
    for tmp in made:
        tmp.cleanup()
    forget_secrets()


@FUZZ
@given(pred=hostile_file(PRED), gold=st.one_of(st.none(), hostile_file(GOLD)),
       options=st.lists(st.tuples(st.sampled_from(["--bootstrap", "--seed", "--confidence"]), NUMBERS), max_size=2),
       tokens=st.booleans())  # fmt: skip
def test_fuzz_eval_score(workspace, capsys, pred: bytes, gold: bytes | None, options, tokens: bool) -> None:  # type: ignore[no-untyped-def]
    ws = workspace()
    (ws.root / "pred.jsonl").write_bytes(pred)
    if gold is not None:
        (ws.root / "gold" / "gold.jsonl").write_bytes(gold)
    argv = ["eval", "score", "--gold", "gold", "--pred", "pred.jsonl", "--bootstrap", "20",
            "--errors", str(ws.out / "errors.csv")]  # fmt: skip
    for name, value in options:
        argv += [name, value]
    ws.run(argv + (["--tokens"] if tokens else []), capsys)


@settings(parent=FUZZ, max_examples=max(EXAMPLES // 2, 5))
@given(pred=hostile_file(PRED), name=st.sampled_from(["mine", "$x^{2}$", "<b>x</b>", "a/b", "..", "\u00e9\u2603"]),
       baseline=st.one_of(st.none(), st.sampled_from(HOSTILE), st.just('{"extractors": {"mine": ' + "[" * 5 + "]" * 5
                                                                         + "}}")),
       fail_under=st.one_of(st.none(), NUMBERS))  # fmt: skip
def test_fuzz_eval_report(workspace, capsys, pred: bytes, name: str, baseline: str | None, fail_under) -> None:  # type: ignore[no-untyped-def]
    ws = workspace()
    (ws.root / "pred.jsonl").write_bytes(pred)
    argv = ["eval", "report", "--corpus", "corpus", "--gold", "gold", "--pred", f"{name}=pred.jsonl",
            "--out", str(ws.out), "--bootstrap", "10", "--no-cache", "--quiet"]  # fmt: skip
    if baseline is not None:
        (ws.root / "old.json").write_text(baseline, encoding="utf-8", errors="surrogatepass")
        argv += ["--baseline", "old.json"]
    if fail_under is not None:
        argv += ["--fail-under", f"strict.f1={fail_under}"]
    status = ws.run(argv, capsys)
    if status == 1:
        report = json.loads((ws.out / "report.json").read_text(encoding="utf-8"))
        assert not report["gates"]["passed"] or not (report.get("baseline") or {}).get("passed", True)


@FUZZ
@given(gold=hostile_file(GOLD))
def test_fuzz_gold_check(workspace, capsys, gold: bytes) -> None:  # type: ignore[no-untyped-def]
    ws = workspace()
    (ws.root / "gold" / "gold.jsonl").write_bytes(gold)
    ws.run(["gold", "check", "--gold", "gold", "--corpus", "corpus"], capsys)


@FUZZ
@given(manifest=hostile_file(MANIFEST), article=st.one_of(st.none(), mutated_bytes(TEXTS["a"].encode())),
       batch=st.one_of(st.none(), NUMBERS))  # fmt: skip
def test_fuzz_extract(workspace, capsys, manifest: bytes, article: bytes | None, batch: str | None) -> None:  # type: ignore[no-untyped-def]
    ws = workspace()
    (ws.root / "corpus" / "manifest.jsonl").write_bytes(manifest)
    if article is not None:
        (ws.root / "corpus" / "a.txt").write_bytes(article)
    argv = ["extract", "-e", "baseline-dates", "--corpus", "corpus", "--out", str(ws.out / "dates.jsonl"), "--no-progress"]
    ws.run(argv + (["--batch-size", batch] if batch is not None else []), capsys)


@FUZZ
@given(source=hostile_file(PRED), to=st.sampled_from(["x.jsonl", "x.json", "x.conll", "brat"]))
def test_fuzz_convert(workspace, capsys, source: bytes, to: str) -> None:  # type: ignore[no-untyped-def]
    ws = workspace()
    (ws.root / "pred.jsonl").write_bytes(source)
    ws.run(["convert", "pred.jsonl", str(ws.out / to), "--corpus", "corpus"], capsys)


@FUZZ
@given(command=st.sampled_from(["push", "pull", "submit", "serve"]),
       option=st.sampled_from(["--timeout", "--port", "--batch-size", "--startup-timeout", "--annotators"]),
       value=NUMBERS, source=hostile_file(PRED))  # fmt: skip
def test_fuzz_annotate_options_and_loaders(workspace, capsys, command: str, option: str, value: str, source: bytes) -> None:  # type: ignore[no-untyped-def]
    """Option values and the submit loader; no server is reachable, so anything that parses ends in one line."""
    ws = workspace()
    (ws.root / "pred.jsonl").write_bytes(source)
    argv = ["annotate", command, option, value]
    if command == "serve":
        from newsgold import numeric_options

        parse = numeric_options.port if option == "--port" else numeric_options.timeout
        try:
            parse(value)
        except Exception:  # noqa: BLE001 - refused: the command must refuse it in one line
            pass
        else:
            return  # a valid value would start a real server; parsing is what is fuzzed here
    if command == "submit":
        argv += ["--annotator", "a@example.org", "--from", "pred.jsonl"]
    if command == "pull":
        argv += ["--out", str(ws.out / "gold")]
    ws.run(argv, capsys)


@FUZZ
@given(key=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
                   | st.characters(min_codepoint=0xDC80, max_codepoint=0xDCFF), min_size=1, max_size=40),
       url=st.sampled_from(["http://127.0.0.1:9", "https://u:p@h.example:1/x", "ftp://x", "http://[::1", "not a url",
                            "http://256.1.1.1"]))
def test_fuzz_api_keys_are_never_printed(workspace, capsys, key: str, url: str) -> None:  # type: ignore[no-untyped-def]
    """Any key text (an environment variable holds no NUL; its non-UTF-8 bytes arrive as \\udc80-\\udcff): refused or accepted, it never
    appears in what is printed, in any encoding."""
    from newsgold.annotate.connection import resolve_connection
    from newsgold.errors import UserError
    from newsgold.redact import encodings_of

    workspace()
    os.environ["LABEL_STUDIO_URL"] = url
    os.environ["LABEL_STUDIO_API_KEY"] = key
    try:
        try:
            resolve_connection()
            message = ""
        except UserError as exc:
            message = str(exc)
        status = main(["annotate", "submit", "--annotator", "x", "--from", "/no/such.jsonl", "--api-key", key])
        out, err = capsys.readouterr()
    finally:
        del os.environ["LABEL_STUDIO_URL"], os.environ["LABEL_STUDIO_API_KEY"]
    assert status == 2 and "Traceback" not in err
    if len(key.strip()) >= 6:
        for form in encodings_of(key.strip()):
            if len(form) >= 6:
                assert form not in err + out, (form, err)
                assert form not in message or "API key" not in message, (form, message)
