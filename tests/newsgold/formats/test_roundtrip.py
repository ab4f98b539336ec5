"""reader(writer(x)) == x on hypothesis-generated documents, for what each format can hold.

Texts mix emoji, CRLF, curly quotes, non-breaking spaces and tabs. Span JSONL,
Label Studio tasks and spaCy DocBin keep everything (ids, values, relations);
BRAT renames span ids (T1, T2...) but keeps the rest; doccano keeps spans and
relations (not values); CoNLL keeps the spans of documents without
overlapping spans, read back against the corpus text.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgold.formats import ReadOptions, read_documents, write_documents
from newsgold.spandoc import Relation, Span, SpanDocument

PIECES = ["Ana", "Silva", "said", "\u201cno\u201d", "\U0001F600", "\U0001F1EE\U0001F1F8", " ", " ", "\r\n", "\n",
          "\u00a0", "\t", ",", ".", "Reykjav\u00edk", "5"]  # fmt: skip
LABELS = st.sampled_from(["PERSON", "GPE", "DATE", "QUOTE", "WORK_OF_ART"])
VALUES = st.none() | st.text(alphabet="abcXYZ0123456789-/", min_size=1, max_size=8)


@st.composite
def documents(draw: st.DrawFn, overlapping: bool = True, max_docs: int = 3) -> list[SpanDocument]:
    docs = []
    for n in range(draw(st.integers(1, max_docs))):
        text = "".join(draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=14)))
        if not text.strip():
            text += "x"
        spans: list[Span] = []
        seen: set[tuple[int, int, str]] = set()
        for i in range(draw(st.integers(0, 5))):
            a = draw(st.integers(0, len(text) - 1))
            b = draw(st.integers(a + 1, len(text)))
            if not overlapping:
                a, b = _strip(text, a, b)
                if a >= b or any(s.start < b and a < s.end for s in spans):
                    continue
            label = draw(LABELS)
            if (a, b, label) in seen:
                continue
            seen.add((a, b, label))
            spans.append(Span(f"s{i}", a, b, label, draw(VALUES)))
        relations = []
        if len(spans) >= 2 and overlapping:
            relations.append(Relation(spans[0].id, spans[1].id, "said_by"))
        docs.append(SpanDocument(f"doc-{n}", spans, relations, text))
    return docs


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def canonical(docs: list[SpanDocument], values: bool = True, relations: bool = True) -> dict[str, tuple]:
    out = {}
    for d in docs:
        by_id = {s.id: (s.start, s.end, s.label) for s in d.spans}
        spans = sorted((s.start, s.end, s.label, s.value if values else None) for s in d.spans)
        rels = sorted((by_id[r.from_id], by_id[r.to_id], r.type) for r in d.relations) if relations else []
        out[d.doc_id] = (d.text, spans, rels)
    return out


def round_trip(docs: list[SpanDocument], fmt: str, name: str, options: ReadOptions | None = None) -> list[SpanDocument]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        write_documents(docs, path, fmt)
        return read_documents(path, fmt, options).documents


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(documents())
def test_span_jsonl_and_label_studio_keep_everything(docs: list[SpanDocument]) -> None:
    for fmt, name in (("span-jsonl", "x.jsonl"), ("label-studio", "x.json")):
        back = round_trip(docs, fmt, name, ReadOptions(side="pred"))
        assert [(d.doc_id, [s.id for s in d.spans]) for d in back] == [(d.doc_id, [s.id for s in d.spans]) for d in docs]
        assert canonical(back) == canonical(docs), fmt


@SETTINGS
@given(documents())
def test_spacy_docbin_keeps_everything(docs: list[SpanDocument]) -> None:
    back = round_trip(docs, "spacy", "x.spacy")
    assert canonical(back) == canonical(docs)
    assert sorted(s.id for d in back for s in d.spans) == sorted(s.id for d in docs for s in d.spans)


@SETTINGS
@given(documents())
def test_brat_keeps_all_but_span_ids(docs: list[SpanDocument]) -> None:
    assert canonical(round_trip(docs, "brat", "folder")) == canonical(docs)


@SETTINGS
@given(documents())
def test_doccano_keeps_spans_and_relations(docs: list[SpanDocument]) -> None:
    assert canonical(round_trip(docs, "doccano", "x.jsonl"), values=False) == canonical(docs, values=False)


@SETTINGS
@given(documents(overlapping=False))
def test_conll_keeps_non_overlapping_spans(docs: list[SpanDocument]) -> None:
    texts = {d.doc_id: d.text for d in docs if d.text is not None}
    back = round_trip(docs, "conll", "x.conll", ReadOptions(corpus_texts=texts))
    assert canonical(back, values=False, relations=False) == canonical(docs, values=False, relations=False)
