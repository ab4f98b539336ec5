"""`newsgold gold check`: each guideline rule catches its violation; the shipped gold passes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsgold.corpus import load_corpus, texts_by_id
from newsgold.gold_check import check_gold
from newsgold.spandoc import Relation, Span, SpanDocument, load_documents

PROJECT_ROOT = Path(__file__).resolve().parents[2]

TEXT = 'On Monday, Blinken said: "We\u2019ll respond." The White House\u2019s view.'


def _doc(spans: list[Span], relations: list[Relation] | None = None) -> SpanDocument:
    return SpanDocument("d", spans, relations or [], text=TEXT)


def _span(sid: str, surface: str, label: str, value: str | None = None) -> Span:
    start = TEXT.index(surface)
    return Span(sid, start, start + len(surface), label, value)


def _rules(doc: SpanDocument) -> set[str]:
    return {p.rule for p in check_gold([doc])}


GOOD = [
    _span("d1", "Monday", "DATE", "2021-05-17"),
    _span("p1", "Blinken", "PERSON"),
    _span("q1", "We\u2019ll respond.", "QUOTE"),
    _span("o1", "White House", "ORG"),
]


def test_clean_document_passes() -> None:
    assert check_gold([_doc(GOOD, [Relation("q1", "p1", "said_by")])]) == []


@pytest.mark.parametrize(
    ("spans", "relations", "rule"),
    [
        ([_span("d1", "On Monday", "DATE", "2021-05-17")], [], "date-preposition"),
        ([_span("d1", "Monday", "DATE")], [], "date-value"),
        ([_span("d1", "Monday", "DATE", "next monday")], [], "date-value"),
        ([_span("p1", "Blinken", "PERSON"), _span("q1", '"We\u2019ll respond."', "QUOTE")],
         [Relation("q1", "p1", "said_by")], "quote-marks"),
        ([_span("p1", "Blinken", "PERSON"), _span("o1", "White House", "ORG"), _span("q1", "We\u2019ll respond.", "QUOTE")],
         [Relation("q1", "p1", "said_by"), Relation("q1", "o1", "said_by")], "said_by"),
        ([_span("q1", "We\u2019ll respond.", "QUOTE"), _span("o1", "White House", "ORG")],
         [Relation("q1", "o1", "said_by")], "said_by"),
        ([_span("o1", "The White House", "ORG")], [], "determiner"),
        ([_span("o1", "White House\u2019s", "ORG")], [], "possessive"),
        ([_span("p1", "Blinken said", "PERSON"), _span("p2", "said", "PERSON")], [], "overlap"),
        ([_span("x1", "Blinken", "MISC")], [], "label"),
        ([_span("p1", "Monday,", "PERSON")], [], "edges"),
    ],
)
def test_each_rule_catches_its_violation(spans: list[Span], relations: list[Relation], rule: str) -> None:
    assert rule in _rules(_doc(spans, relations))


@pytest.mark.parametrize(
    ("text", "name", "ok"),
    [
        ("The CPI(M) walked out.", "CPI(M)", True),  # a bracket opened inside the span belongs to the name
        ("Sen. Ed Ruiz Jr. voted no.", "Ed Ruiz Jr.", True),
        ("Its leader (Ed Ruiz) voted no.", "Ed Ruiz)", False),  # a bracket opened outside is an edge
        ("Ed Ruiz, the leader, voted.", "Ed Ruiz,", False),
    ],
)
def test_a_closing_mark_is_an_edge_unless_the_name_owns_it(text: str, name: str, ok: bool) -> None:
    start = text.index(name)
    doc = SpanDocument("d", [Span("o1", start, start + len(name), "ORG")], [], text=text)
    assert ("edges" not in {p.rule for p in check_gold([doc])}) is ok


def test_quote_without_a_named_speaker_has_no_said_by() -> None:
    """Guidelines 7a: a speaker the article never names gets no said_by; that is not a problem."""
    assert "said_by" not in _rules(_doc([_span("q1", "We\u2019ll respond.", "QUOTE")]))


@pytest.mark.parametrize(
    ("text", "quote", "ok"),
    [
        ("\u2018We will not back down,\u2019 she said.", "We will not back down,", True),
        ("'We will not back down,' she said.", "We will not back down,", True),
        ("\"First paragraph.\n\n\"Second paragraph,\" he said.", "First paragraph.", True),
        ("\"First paragraph.\n\nHe went on.", "First paragraph.", False),
        ("She said it was good.", "it was good", False),
    ],
)
def test_single_marks_and_paragraph_continuation(text: str, quote: str, ok: bool) -> None:
    """Guidelines 7a: British single marks enclose a QUOTE; a press-style quote may end at a paragraph end."""
    start = text.index(quote)
    doc = SpanDocument("d", [Span("q1", start, start + len(quote), "QUOTE")], [], text=text)
    assert ("quote-marks" not in {p.rule for p in check_gold([doc])}) is ok


def test_text_must_match_the_corpus() -> None:
    problems = check_gold([_doc(GOOD[:1])], {"d": TEXT + " "})
    assert [p.rule for p in problems] == ["corpus"]


GOLD_FILE = PROJECT_ROOT / "gold" / "gold.jsonl"


def test_shipped_gold_passes_the_check() -> None:
    assert GOLD_FILE.exists(), "gold/gold.jsonl is missing: the gold set is part of the project"
    docs = load_documents(GOLD_FILE)
    corpus = load_corpus(PROJECT_ROOT / "corpus")
    assert {d.doc_id for d in docs} == {d.doc_id for d in corpus}
    assert [str(p) for p in check_gold(docs, texts_by_id(corpus))] == []


def test_cli_exit_codes(tmp_path: Path) -> None:
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"doc_id": "arctic-council-reykjavik-a", "spans": [{"id": "x", "start": 5, "end": 2, "label": "DATE"}]}\n')
    run = subprocess.run([sys.executable, "-m", "newsgold.cli", "gold", "check", "--gold", str(bad)],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and f"{bad}:1:" in run.stderr and "Traceback" not in run.stderr
    bad.write_text('{"doc_id": "arctic-council-reykjavik-a", "text": "x on Monday", '
                   '"spans": [{"id": "x", "start": 2, "end": 11, "label": "DATE"}]}\n')
    run = subprocess.run([sys.executable, "-m", "newsgold.cli", "gold", "check", "--gold", str(bad)],
                         capture_output=True, text=True)
    assert run.returncode == 1
    assert "date-preposition" in run.stdout and "text differs from the corpus" in run.stdout


def test_a_project_schema_limits_the_labels_and_relations() -> None:
    from newsgold.schema import SCHEMA

    doc = _doc(GOOD, [Relation("q1", "p1", "said_by")])
    assert _rules(doc) == set()
    problems = check_gold([doc], schema=SCHEMA.restrict(["PERSON", "ORG", "DATE"]))
    assert sorted((p.span_id, p.rule) for p in problems) == [("q1", "label"), ("q1", "relation")]


def test_gold_check_reads_the_project_schema(tmp_path: Path) -> None:
    (tmp_path / "newsgold.toml").write_text('[schema]\nlabels = ["PERSON", "DATE"]\n', encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "d.txt").write_bytes(TEXT.encode("utf-8"))
    gold = tmp_path / "gold"
    gold.mkdir()
    from newsgold.spandoc import write_documents

    write_documents([_doc(GOOD)], gold / "gold.jsonl")
    run = subprocess.run([sys.executable, "-m", "newsgold", "gold", "check"], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 1, run.stderr
    assert "q1: [label] 'QUOTE' is not a schema label ('PERSON', 'DATE')" in run.stdout
    assert "o1: [label]" in run.stdout and "p1: [label]" not in run.stdout
    assert "Traceback" not in run.stderr
