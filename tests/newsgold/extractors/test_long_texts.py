"""Articles of any length: paragraph-aligned chunks under spaCy's max_length, offsets exact.

spaCy refuses a text over ``nlp.max_length`` (E088, 1,000,000 characters);
:func:`newsgold.extractors.nlp.parse` cuts longer texts into pieces and joins
the parses. The 1.2-million-character test runs every installed extractor on
a tokenizer-only pipeline (no tagger, parser or NER: the model would need
minutes on a shared CI core), which exercises the chunking, the joining and
every extractor's own code over the whole text; the chunked parse with the
real model is checked on a shorter text with a small chunk size.
"""

from __future__ import annotations

import pytest

from newsgold.extractors import available_extractors
from newsgold.extractors import nlp as nlp_mod
from newsgold.extractors.runner import run_extractor

PARAGRAPH = (
    "WASHINGTON, Oct. 9, 2010 (Reuters) - Secretary Anna Smith-Jones met Sergei Lavrov in Reykjavik on Wednesday. "
    '"We will not accept a militarisation of the Arctic," she said on May 19 and 20, 2021, 🙂\u00a0twice. '
    "The minister added that “talks will continue this summer,” according to officials in Moscow.\r\n\r\n"
)


def _article(n_chars: int) -> str:
    return "Headline\r\n\r\n" + PARAGRAPH * (n_chars // len(PARAGRAPH) + 1)


@pytest.mark.parametrize("limit", [7, 50, 1000])
def test_chunks_partition_the_text_and_end_at_paragraphs(limit: int) -> None:
    text = _article(5000)
    bounds = nlp_mod.chunk_bounds(text, limit)
    assert "".join(text[s:e] for s, e in bounds) == text
    assert all(0 < e - s <= limit for s, e in bounds)
    assert [s for s, _ in bounds[1:]] == [e for _, e in bounds[:-1]]
    if limit >= len(PARAGRAPH) * 2:
        assert all(text[e - 1] == "\n" for _, e in bounds[:-1])


def test_a_paragraph_longer_than_a_chunk_is_cut_at_a_sentence_or_space() -> None:
    text = "One sentence here. " * 10 + "x" * 30
    bounds = nlp_mod.chunk_bounds(text, 40)
    assert "".join(text[s:e] for s, e in bounds) == text
    assert text[bounds[0][1] - 2 : bounds[0][1]] == ". "


@pytest.fixture
def tokenizer_only(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """Replace the shared pipeline by a blank English one with a sentencizer (fast, same max_length)."""
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    monkeypatch.setattr(nlp_mod, "load_pipeline", lambda: blank)
    nlp_mod.clear_cache()
    yield blank
    nlp_mod.clear_cache()


def test_every_extractor_processes_a_1_2_million_character_article(make_doc, tokenizer_only) -> None:  # noqa: ANN001
    text = _article(1_200_000)
    assert len(text) > tokenizer_only.max_length
    doc = make_doc(text, doc_id="long")
    # textacy-quotes (the optional peer) re-parses each paragraph as its own Doc when textacy refuses a
    # document; that costs minutes at this size, so it is left out here (it is not newsgold's extractor)
    for name in [n for n in available_extractors() if n != "textacy-quotes"]:
        (out,) = run_extractor(name, [doc])  # the runner checks every span against the text
        assert out.text == text
        if name in ("dates", "baseline-dates", "quotes", "baseline-quotes"):
            assert out.spans, name  # pattern-based spans are found without a model, to the last paragraph
            last = max(s.end for s in out.spans)
            assert last > len(text) - 2 * len(PARAGRAPH), name


def test_chunked_parse_gives_the_same_spans_as_one_parse(make_doc, model, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    text = _article(6000)
    doc = make_doc(text, doc_id="mid")
    nlp_mod.clear_cache()
    whole = {n: run_extractor(n, [doc])[0] for n in ("spacy", "dates", "quotes")}
    monkeypatch.setattr(nlp_mod, "CHUNK_CHARS", 1500)
    nlp_mod.clear_cache()
    chunked = {n: run_extractor(n, [doc])[0] for n in ("spacy", "dates", "quotes")}
    nlp_mod.clear_cache()
    for n in whole:
        got = [(s.start, s.end, s.label, s.value) for s in chunked[n].spans]
        assert got == [(s.start, s.end, s.label, s.value) for s in whole[n].spans], n
        assert len(chunked[n].relations) == len(whole[n].relations), n
