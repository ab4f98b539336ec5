"""Span -> token conversion (emoji, curly quotes, NBSP, CRLF) and scikit-learn token scores."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import precision_recall_fscore_support

from newsgold.eval.tokens import spans_to_tags, tags_to_io, tags_to_spans, token_scores, tokenize
from newsgold.errors import UserError
from newsgold.spandoc import Span, SpanDocument

TEXT = "Blinken\u00a0said: \u201cWe\u2019re here \U0001f600.\u201d\r\nSergey Lavrov agreed."


def test_tokens_are_code_point_offsets_into_the_unmodified_text():
    tokens = tokenize(TEXT)
    words = [TEXT[a:b] for a, b in tokens]
    assert words == ["Blinken", "said", ":", "\u201c", "We", "\u2019", "re", "here", "\U0001f600", ".", "\u201d",
                     "Sergey", "Lavrov", "agreed", "."]  # fmt: skip
    emoji = words.index("\U0001f600")
    assert tokens[emoji][1] - tokens[emoji][0] == 1  # one code point, not two UTF-16 units
    crlf = TEXT.index("\r\n")
    assert all(not (a <= crlf < b) and not (a <= crlf + 1 < b) for a, b in tokens)
    assert all(TEXT[a:b].strip() == TEXT[a:b] for a, b in tokens)  # NBSP never inside a token


def test_bio_from_spans_and_back():
    tokens = tokenize(TEXT)
    lav = TEXT.index("Sergey")
    quote = (TEXT.index("We"), TEXT.index("\u201d"))
    spans = [
        Span("p", 0, 7, "PERSON"),
        Span("q", *quote, "QUOTE"),
        Span("l", lav, lav + len("Sergey Lavrov"), "PERSON"),
    ]
    tags = spans_to_tags(tokens, spans)
    assert tags == ["B-PERSON", "O", "O", "O", "B-QUOTE", "I-QUOTE", "I-QUOTE", "I-QUOTE", "I-QUOTE", "I-QUOTE",
                    "O", "B-PERSON", "I-PERSON", "O", "O"]  # fmt: skip
    assert tags_to_io(tags)[:5] == ["PERSON", "O", "O", "O", "QUOTE"]
    back = tags_to_spans(tokens, tags)
    assert [(s.start, s.end, s.label) for s in back] == [(s.start, s.end, s.label) for s in spans]


def test_a_token_partly_inside_a_span_belongs_to_it_and_nested_spans_keep_the_outer_one():
    tokens = [(0, 5), (6, 11), (12, 17)]
    assert spans_to_tags(tokens, [Span("a", 2, 7, "X")]) == ["B-X", "I-X", "O"]
    nested = [Span("inner", 6, 11, "PERSON"), Span("outer", 0, 17, "QUOTE")]
    assert spans_to_tags(tokens, nested) == ["B-QUOTE", "I-QUOTE", "I-QUOTE"]
    assert spans_to_tags(tokens, nested[:1], scheme="IO") == ["O", "PERSON", "O"]
    with pytest.raises(ValueError):
        spans_to_tags(tokens, nested, scheme="BILOU")


def test_token_scores_use_scikit_learn_and_label_missed_and_spurious():
    text = "Antony Blinken met Sergey Lavrov in Reykjavik ."
    gold = [SpanDocument("d", [Span("g1", 0, 14, "PERSON"), Span("g2", 19, 32, "PERSON"), Span("g3", 36, 45, "GPE")],
                         text=text)]  # fmt: skip
    pred = [SpanDocument("d", [Span("p1", 7, 14, "PERSON"), Span("p2", 19, 32, "ORG"), Span("p3", 15, 18, "GPE")])]
    result = token_scores(gold, pred)
    assert result.labels == ["GPE", "ORG", "PERSON"]
    frame = result.scores_frame().set_index("label")
    p, r, f, s = precision_recall_fscore_support(result.gold, result.pred, labels=["PERSON"], zero_division=0.0)
    assert frame.loc["PERSON", "precision"] == p[0] == 1.0
    assert frame.loc["PERSON", "recall"] == r[0] == pytest.approx(1 / 4)
    assert frame.loc["PERSON", "support"] == 4
    confusion = result.confusion_frame()
    assert confusion.loc["PERSON", "ORG"] == 2  # Sergey Lavrov
    assert confusion.loc["PERSON", "MISSED"] == 1  # Antony
    assert confusion.loc["GPE", "MISSED"] == 1  # Reykjavik
    assert confusion.loc["SPURIOUS", "GPE"] == 1  # "met"
    assert confusion.loc["SPURIOUS", "MISSED"] == 0


def test_token_scores_need_the_gold_text():
    with pytest.raises(UserError, match="no text"):
        token_scores([SpanDocument("d", [Span("g", 0, 1, "X")])], [])


@pytest.mark.parametrize("text", ["", " \r\n\t "])
def test_token_scores_of_texts_without_a_token_are_bad_input(text: str) -> None:
    """Before: scikit-learn's 'Found empty input array' ValueError, eval score --tokens exit 3."""
    docs = [SpanDocument("a", [], [], text=text)]
    with pytest.raises(UserError, match="hold no token"):
        token_scores(docs, docs)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["PER", "ORG"]), st.integers(1, 3), st.integers(0, 2)), max_size=8))
def test_bio_round_trip_of_token_aligned_non_overlapping_spans(layout):
    """spans -> BIO -> spans is the identity when spans are token-aligned and do not overlap."""
    tokens = [(2 * i, 2 * i + 1) for i in range(40)]
    spans, pos = [], 0
    for k, (label, length, gap) in enumerate(layout):
        pos += gap
        if pos + length > len(tokens):
            break
        spans.append(Span(f"t{k}", tokens[pos][0], tokens[pos + length - 1][1], label))
        pos += length
    back = tags_to_spans(tokens, spans_to_tags(tokens, spans))
    # adjacent same-label spans stay apart thanks to B- tags
    assert [(s.start, s.end, s.label) for s in back] == [(s.start, s.end, s.label) for s in spans]
