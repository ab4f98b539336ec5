"""spaCy DocBin files built with spaCy's own API (no model: spacy.blank)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgold.formats import ReadOptions, read_documents
from newsgold.formats.base import FormatError

spacy = pytest.importorskip("spacy")
from spacy.tokens import DocBin  # noqa: E402

TEXT = "\U0001F600 \u201cWe are ready,\u201d said Ana Silva.\r\nOn Friday in Reykjav\u00edk."


def docbin(tmp_path: Path, user_data: bool) -> Path:
    nlp = spacy.blank("en")
    doc = nlp(TEXT)
    ana, friday = TEXT.index("Ana Silva"), TEXT.index("Friday")
    doc.ents = [doc.char_span(ana, ana + 9, label="PERSON"), doc.char_span(friday, friday + 6, label="DATE")]
    doc.spans["sc"] = [doc.char_span(ana, ana + 9, label="PERSON"), doc.char_span(ana, ana + 3, label="GIVEN")]
    if user_data:
        doc.user_data["doc_id"] = "d1"
    db = DocBin(store_user_data=user_data)
    db.add(doc)
    path = tmp_path / "x.spacy"
    db.to_disk(path)
    return path


def test_ents_and_span_groups_read_once(tmp_path: Path) -> None:
    res = read_documents(docbin(tmp_path, user_data=True))
    assert res.format == "spacy"
    (doc,) = res.documents
    assert doc.doc_id == "d1" and doc.text == TEXT and res.synthetic_ids == set()
    assert sorted((TEXT[s.start : s.end], s.label) for s in doc.spans) == [("Ana", "GIVEN"), ("Ana Silva", "PERSON"), ("Friday", "DATE")]


def test_without_user_data_the_id_is_made_up_and_the_span_key_selects(tmp_path: Path) -> None:
    path = docbin(tmp_path, user_data=False)
    res = read_documents(path, options=ReadOptions(span_key="sc"))
    (doc,) = res.documents
    assert doc.doc_id == "x-1" and res.synthetic_ids == {"x-1"}
    with pytest.raises(FormatError, match="no span group 'other'"):
        read_documents(path, options=ReadOptions(span_key="other"))


def test_not_a_docbin(tmp_path: Path) -> None:
    bad = tmp_path / "bad.spacy"
    bad.write_bytes(b"not msgpack at all")
    with pytest.raises(FormatError, match="not a spaCy DocBin"):
        read_documents(bad)
