"""Shared fixtures of the report tests: a tiny corpus, its gold set, and counting fake extractors.

The fakes stand in for the extractor registry (``run_report(registry=...)``)
so that cache behaviour can be counted exactly; the scoring engine is always
the real one. Tests of the real extractors live in test_report_real.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from newsgold.eval.report.options import ReportOptions
from newsgold.eval.report.run import run_report
from newsgold.corpus import Document
from newsgold.project import render_config
from newsgold.spandoc import Relation, Span, SpanDocument, write_documents

REPO = Path(__file__).resolve().parents[3]

TEXTS = {
    "a": 'Antony Blinken met Sergey Lavrov in Reykjavik on Wednesday.\n"We have differences," Blinken said.\n',
    "b": "The U.S. and Russia talked in Iceland on May 19, 2021. Lavrov called it constructive.\n",
}
DCT = {"a": "2021-05-20", "b": "2021-05-21"}


def find(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def span(doc: str, sid: str, needle: str, label: str, value: str | None = None, nth: int = 0) -> Span:
    start, end = find(TEXTS[doc], needle, nth)
    return Span(sid, start, end, label, value, TEXTS[doc][start:end])


def gold_documents() -> list[SpanDocument]:
    a = [
        span("a", "g1", "Antony Blinken", "PERSON"),
        span("a", "g2", "Sergey Lavrov", "PERSON"),
        span("a", "g3", "Reykjavik", "GPE"),
        span("a", "g4", "Wednesday", "DATE", "2021-05-19"),
        span("a", "g5", '"We have differences,"', "QUOTE"),
        span("a", "g6", "Blinken", "PERSON", nth=1),
    ]
    b = [
        span("b", "g1", "U.S.", "GPE"),
        span("b", "g2", "Russia", "GPE"),
        span("b", "g3", "Iceland", "GPE"),
        span("b", "g4", "May 19, 2021", "DATE", "2021-05-19"),
        span("b", "g5", "Lavrov", "PERSON"),
    ]
    return [
        SpanDocument("a", a, [Relation("g5", "g6", "said_by")], TEXTS["a"]),
        SpanDocument("b", b, [], TEXTS["b"]),
    ]


class CountingExtractor:
    """A fake extractor whose output is fixed per name and which counts its calls."""

    def __init__(self, name: str, version: str = "1") -> None:
        self.name = name
        self.version = version
        self.batches: list[list[str]] = []  # the doc_ids of each call

    @property
    def calls(self) -> float:
        """How many times the whole corpus went through the extractor (the report calls it per batch of documents)."""
        return sum(len(b) for b in self.batches) / len(TEXTS)

    def extract(self, documents: Sequence[Document]) -> list[SpanDocument]:
        self.batches.append([d.doc_id for d in documents])
        out = []
        for d in documents:
            spans: list[Span] = []
            rels: list[Relation] = []
            if self.name == "ents" and d.doc_id == "a":
                spans = [
                    span("a", "p1", "Antony Blinken", "PERSON"),
                    span("a", "p2", "Lavrov", "PERSON"),
                    span("a", "p3", "Reykjavik", "ORG"),
                    span("a", "p4", "Blinken", "PERSON", nth=1),
                ]
            elif self.name == "ents":
                spans = [
                    span("b", "p1", "U.S.", "GPE"),
                    span("b", "p2", "Russia", "GPE"),
                    span("b", "p3", "The", "NORP"),
                ]
            elif self.name == "dates" and d.doc_id == "a":
                spans = [span("a", "p1", "Wednesday", "DATE", "2021-05-19")]
            elif self.name == "dates":
                spans = [span("b", "p1", "May 19", "DATE", "2021-05-20")]
            elif self.name == "quotes" and d.doc_id == "a":
                spans = [
                    span("a", "q1", '"We have differences,"', "QUOTE"),
                    span("a", "p1", "Blinken", "PERSON", nth=1),
                ]
                rels = [Relation("q1", "p1", "said_by")]
            out.append(SpanDocument(d.doc_id, spans, rels, d.text))
        return out


class FakeRegistry:
    """Stands in for :mod:`newsgold.extractors`; keeps one extractor object per name to count calls."""

    def __init__(self, names: Sequence[str] = ("ents", "dates", "quotes")) -> None:
        self.extractors = {n: CountingExtractor(n) for n in names}

    def available_extractors(self) -> dict[str, str]:
        return {n: f"fake {n}" for n in self.extractors}

    def get_extractor(self, name: str) -> CountingExtractor:
        return self.extractors[name]

    def predictions_file_extractor(self, name: str, path: Any, **options: Any) -> Any:
        from newsgold.extractors import predictions_file_extractor

        return predictions_file_extractor(name, path, **options)


def add_articles_and_gold(root: Path) -> None:
    """Put the two articles (corpus/ with its manifest) and their gold set (gold/gold.jsonl) into ``root``."""
    corpus = root / "corpus"
    corpus.mkdir(exist_ok=True)
    rows = []
    for doc_id, text in TEXTS.items():
        (corpus / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        rows.append(json.dumps({"file": f"{doc_id}.txt", "doc_id": doc_id, "dct": DCT[doc_id]}))
    (corpus / "manifest.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    write_documents(gold_documents(), root / "gold" / "gold.jsonl")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A tmp project (newsgold.toml as `newsgold init` writes it, corpus/ with two articles + manifest,
    gold/gold.jsonl); cwd is set to it."""
    add_articles_and_gold(tmp_path)
    (tmp_path / "newsgold.toml").write_text(render_config(), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.delenv("NEWSGOLD_PROJECT", raising=False)
    return tmp_path


def wrong_attribute_documents() -> list[SpanDocument]:
    """Every gold QUOTE and DATE span found, but one quote given the wrong speaker and one DATE the wrong value."""
    a = SpanDocument(
        "a",
        [
            span("a", "q", '"We have differences,"', "QUOTE"),
            span("a", "s", "Sergey Lavrov", "PERSON"),  # the gold speaker is Blinken
            span("a", "d", "Wednesday", "DATE", "2021-05-19"),
        ],
        [Relation("q", "s", "said_by")],
        TEXTS["a"],
    )
    b = SpanDocument("b", [span("b", "d", "May 19, 2021", "DATE", "2021-05-20")], [], TEXTS["b"])
    return [a, b]


@pytest.fixture
def own_articles() -> Any:
    """``own_articles(root)``: a user's articles, gold set and predictions (one wrong speaker, one wrong DATE
    value, in ``root/mine.jsonl``) put into the project folder ``root``."""

    def _add(root: Path) -> Path:
        add_articles_and_gold(root)
        write_documents(wrong_attribute_documents(), root / "mine.jsonl")
        return root / "mine.jsonl"

    return _add


@pytest.fixture
def wrong_attributes(project: Path) -> Path:
    """:func:`wrong_attribute_documents` written to ``project/mine.jsonl``."""
    path = project / "mine.jsonl"
    write_documents(wrong_attribute_documents(), path)
    return path


@pytest.fixture
def registry() -> FakeRegistry:
    return FakeRegistry()


def options(root: Path, **kw: Any) -> ReportOptions:
    """Options for a fake-registry run in ``root``: its corpus and gold, no threshold gates, few resamples."""
    base: dict[str, Any] = dict(
        corpus=root / "corpus",
        gold=root / "gold",
        out=root / "reports",
        n_bootstrap=50,
        use_thresholds=False,
        cache_dir=root / ".cache",
        quiet=True,
    )
    base.update(kw)
    return ReportOptions(**base)


@pytest.fixture
def run(project: Path, registry: FakeRegistry, capsys: pytest.CaptureFixture[str]) -> Any:
    """``run(**options) -> (exit status, report.json, stdout)`` with the fake registry."""

    def _run(**kw: Any) -> tuple[int, dict[str, Any], str]:
        status = run_report(options(project, **kw), registry=registry)
        report = json.loads((project / "reports" / "report.json").read_text(encoding="utf-8"))
        return status, report, capsys.readouterr().out

    return _run


@pytest.fixture
def cli() -> Any:
    """``cli(*args, cwd=..., env=...)``: run ``python -m newsgold.eval ...`` in a subprocess (the real dispatch, exit codes)."""

    def _cli(
        *args: str, cwd: Path, env: dict[str, str] | None = None, timeout: int = 600
    ) -> subprocess.CompletedProcess:
        full_env = {k: v for k, v in os.environ.items() if k != "GITHUB_STEP_SUMMARY"} | (env or {})
        return subprocess.run(
            [sys.executable, "-m", "newsgold.eval", *args],
            cwd=cwd,
            env=full_env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    return _cli
