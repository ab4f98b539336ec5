"""CoNLL/BIO: chunking equals seqeval's get_entities (conlleval's rules), schemes, text, alignment, writer."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from seqeval.metrics.sequence_labeling import get_entities

from newsgold.eval.tokens import chunk_tags
from newsgold.formats import ReadOptions, read_documents
from newsgold.formats.base import FormatError, LossyWrite
from newsgold.formats.conll import write
from newsgold.spandoc import Span, SpanDocument

TAGS = st.sampled_from(["O", "B-PER", "I-PER", "E-PER", "S-PER", "B-LOC", "I-LOC", "E-LOC", "S-LOC"])


@settings(max_examples=300, deadline=None)
@given(st.lists(TAGS, max_size=12))
def test_chunking_equals_seqeval_on_any_sequence(tags: list[str]) -> None:
    """Ill-formed sequences included (I- after O, E- without B-, type changes): same chunks as seqeval."""
    ours = [(label, first, last) for first, last, label in chunk_tags(tags)]
    assert ours == get_entities(tags)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["O", "B-PER", "I-PER", "L-PER", "U-PER", "B-LOC", "L-LOC"]), max_size=10))
def test_bilou_reads_as_iobes(tags: list[str]) -> None:
    as_iobes = [t.replace("L-", "E-").replace("U-", "S-") for t in tags]
    assert chunk_tags(tags) == [(a, b, c) for c, a, b in get_entities(as_iobes)]


def write_file(tmp_path: Path, body: str, name: str = "x.conll") -> Path:
    path = tmp_path / name
    path.write_bytes(body.encode("utf-8"))
    return path


def test_iob1_text_and_sentences(tmp_path: Path) -> None:
    body = "-DOCSTART- -X- -X- O\n\nEU NNP I-ORG\nrejects VBZ O\nGerman JJ I-MISC\n\nPeter NNP I-PER\nBlackburn NNP I-PER\n"
    res = read_documents(write_file(tmp_path, body))
    (doc,) = res.documents
    assert doc.text == "EU rejects German\nPeter Blackburn"
    assert [(doc.text[s.start : s.end], s.label) for s in doc.spans] == [("EU", "ORG"), ("German", "MISC"), ("Peter Blackburn", "PER")]
    assert res.synthetic_ids == {doc.doc_id}  # no id in the file: paired by text


def test_chunks_never_cross_a_sentence_end(tmp_path: Path) -> None:
    res = read_documents(write_file(tmp_path, "a I-X\n\nb I-X\n"))
    assert [(s.start, s.end) for s in res.documents[0].spans] == [(0, 1), (2, 3)]


def test_bad_tag_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match=r"x.conll:2: last column 'PER'"):
        read_documents(write_file(tmp_path, "a O\nb PER\n"), "conll")


def test_forced_scheme_refuses_foreign_prefixes(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="not part of the IOB2 scheme"):
        read_documents(write_file(tmp_path, "a S-PER\n"), "conll", ReadOptions(scheme="IOB2"))


def test_alignment_to_corpus_text_and_its_error(tmp_path: Path) -> None:
    text = "\u201cAna\u00a0Silva\u201d \U0001F600 said\r\nno."
    body = "-DOCSTART- d1 O\n\n\u201c O\nAna B-PER\nSilva I-PER\n\u201d O\n\U0001F600 O\nsaid O\n\nno O\n. O\n"
    res = read_documents(write_file(tmp_path, body), options=ReadOptions(corpus_texts={"d1": text}))
    (doc,) = res.documents
    assert doc.text == text and [(doc.text[s.start : s.end]) for s in doc.spans] == ["Ana\u00a0Silva"]
    with pytest.raises(FormatError, match=r"x.conll:8: token 'said' cannot be aligned"):
        read_documents(write_file(tmp_path, body), options=ReadOptions(corpus_texts={"d1": text.replace("said", "told")}))


def test_writer_refuses_overlaps_naming_them(tmp_path: Path) -> None:
    doc = SpanDocument("d", [Span("q", 0, 9, "QUOTE"), Span("p", 0, 3, "PERSON")], text="Ana said.")
    with pytest.raises(LossyWrite, match="spans 'q'.*'p'.*overlap|spans 'p'.*'q'.*overlap"):
        write([doc], tmp_path / "out.conll")
