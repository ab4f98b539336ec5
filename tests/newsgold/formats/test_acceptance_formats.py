"""Issue 11 acceptance: the same two documents, gold and predictions written by hand in each format.

``newsgold eval score --gold G --pred P --json`` must give the span-JSONL
strict F1 for every format, and ``newsgold convert G out.jsonl`` must give
back exactly the gold spans (text, start, end, label). The texts hold an
emoji, CRLF, curly quotes and non-breaking spaces. The spaCy files cannot be
written by hand (DocBin is binary); they are built here with spaCy's own
``DocBin`` from the span-JSONL fixture, not with newsgold's writer.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsgold.spandoc import load_documents

DATA = Path(__file__).parent / "data" / "acceptance"
CORPUS = DATA / "corpus"


def newsgold(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsgold", *args], capture_output=True, text=True)


def strict_f1(gold: Path, pred: Path, *extra: str) -> float:
    proc = newsgold("eval", "score", "--gold", str(gold), "--pred", str(pred), "--json", "--bootstrap", "0", *extra)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return json.loads(proc.stdout)["schemes"]["strict"]["overall"]["f1"]


def gold_spans() -> dict[str, list[tuple[str, int, int, str]]]:
    out = {}
    for doc in load_documents(DATA / "span-jsonl" / "gold.jsonl"):
        assert doc.text is not None
        out[doc.text] = sorted((doc.text[s.start : s.end], s.start, s.end, s.label) for s in doc.spans)
    return out


def converted_spans(path: Path) -> dict[str, list[tuple[str, int, int, str]]]:
    out = {}
    for doc in load_documents(path):
        assert doc.text is not None
        out[doc.text] = sorted((s.text or "", s.start, s.end, s.label) for s in doc.spans)
    return out


def build_docbin(src: Path, dest: Path) -> Path:
    """A .spacy file made with spaCy's own API: entities in doc.ents, the QUOTE in a span group."""
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    db = DocBin(store_user_data=True)
    texts = {d.doc_id: d.text for d in load_documents(DATA / "span-jsonl" / "gold.jsonl")}
    for doc in load_documents(src):
        sdoc = nlp(texts[doc.doc_id])
        ents, quotes = [], []
        for s in doc.spans:
            made = sdoc.char_span(s.start, s.end, label=s.label, alignment_mode="strict")
            assert made is not None, (s, [t.text for t in sdoc])
            (quotes if s.label == "QUOTE" else ents).append(made)
        sdoc.ents = ents
        sdoc.spans["quotes"] = quotes
        sdoc.user_data["doc_id"] = doc.doc_id
        db.add(sdoc)
    db.to_disk(dest)
    return dest


@pytest.fixture(scope="module")
def reference_f1() -> float:
    f1 = strict_f1(DATA / "span-jsonl" / "gold.jsonl", DATA / "span-jsonl" / "pred.jsonl")
    # by hand: 10 gold, 11 predicted, 7 strictly right (docs: 4 + 3) -> F1 = 2*7 / (10 + 11)
    assert f1 == pytest.approx(14 / 21)
    return f1


CASES = {
    "label-studio": ("label-studio/gold.json", "label-studio/pred.json", ()),
    "conll": ("conll/gold.conll", "conll/pred.conll", ("--corpus", str(CORPUS))),
    "brat": ("brat/gold", "brat/pred", ()),
    "doccano": ("doccano/gold.jsonl", "doccano/pred.jsonl", ()),
}


@pytest.mark.parametrize("fmt", sorted(CASES))
def test_same_strict_f1_as_span_jsonl(fmt: str, reference_f1: float) -> None:
    gold, pred, extra = CASES[fmt]
    assert strict_f1(DATA / gold, DATA / pred, *extra) == pytest.approx(reference_f1)


@pytest.mark.parametrize("fmt", sorted(CASES))
def test_convert_reproduces_the_gold_spans(fmt: str, tmp_path: Path) -> None:
    gold, _, extra = CASES[fmt]
    out = tmp_path / "out.jsonl"
    proc = newsgold("convert", str(DATA / gold), str(out), *extra)
    assert proc.returncode == 0, proc.stderr
    assert converted_spans(out) == gold_spans()


def test_spacy_docbin(tmp_path: Path, reference_f1: float) -> None:
    gold = build_docbin(DATA / "span-jsonl" / "gold.jsonl", tmp_path / "gold.spacy")
    pred = build_docbin(DATA / "span-jsonl" / "pred.jsonl", tmp_path / "pred.spacy")
    assert strict_f1(gold, pred) == pytest.approx(reference_f1)
    out = tmp_path / "out.jsonl"
    proc = newsgold("convert", str(gold), str(out))
    assert proc.returncode == 0, proc.stderr
    assert converted_spans(out) == gold_spans()


def test_mixed_formats_pair_by_text(reference_f1: float) -> None:
    """Gold in BRAT, predictions in doccano without doc ids: paired by the text's SHA-256."""
    assert strict_f1(DATA / "brat" / "gold", DATA / "doccano" / "pred.jsonl") == pytest.approx(reference_f1)


def test_unknown_prediction_format_is_one_clear_error(tmp_path: Path) -> None:
    pred = tmp_path / "pred.xml"
    pred.write_text("<doc><ent>Antony Blinken</ent></doc>\n", encoding="utf-8")
    proc = newsgold("eval", "score", "--gold", str(DATA / "span-jsonl" / "gold.jsonl"), "--pred", str(pred))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "not readable as any format" in lines[0]  # one line, the formats tried after "tried:"
    tried = [part.split(":")[0].strip() for part in lines[0].split("tried: ", 1)[1].split("; ")]
    assert tried == ["span-jsonl", "label-studio", "spacy", "conll", "brat", "doccano"]
