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


def _repacked(path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """``path``'s DocBin with its msgpack payload changed by ``change`` (a file damaged or made by hand)."""
    import zlib

    import srsly

    msg = srsly.msgpack_loads(zlib.decompress(path.read_bytes()))
    change(msg)
    path.write_bytes(zlib.compress(srsly.msgpack_dumps(msg)))
    return path


@pytest.mark.parametrize(("user_data", "message"), [
    ({"doc_id": "d1", "newsgold": 5.5}, r"user_data\['newsgold'\] must be a mapping, got float"),
    ({"doc_id": "d1", "newsgold": "x"}, r"user_data\['newsgold'\] must be a mapping"),
    ({"doc_id": "d1", "newsgold": {"spans": [[0]]}}, r"span 0 must be \[start, end, label, id, value\]"),
    ({"doc_id": "d1", "newsgold": {"spans": [[{}, 1, "X", "s", None]]}}, r"span 0 must be \[start, end, label, id, value\]"),
    ({"doc_id": "d1", "newsgold": {"spans": 3}}, "'spans' and 'relations' must be lists"),
    ({"doc_id": "d1", "newsgold": {"relations": [["a", "b"]]}}, r"relation 0 must be \[from, to, type\]"),
])  # fmt: skip
def test_user_data_of_the_wrong_shape_is_bad_input(tmp_path: Path, user_data: object, message: str) -> None:
    """Before: AttributeError, IndexError, TypeError or ValueError out of the reader (exit 3)."""
    import srsly

    def put(msg: dict) -> None:  # type: ignore[type-arg]
        msg["user_data"] = [srsly.msgpack_dumps(user_data)]

    path = _repacked(docbin(tmp_path, user_data=True), put)
    with pytest.raises(FormatError, match=f"x.spacy doc 1: .*{message}"):
        read_documents(path)


def test_a_span_label_missing_from_the_string_table_is_bad_input(tmp_path: Path) -> None:
    """spaCy builds span labels lazily: a DocBin without the label's string failed at read time (KeyError E018, exit 3)."""

    def drop_label(msg: dict) -> None:  # type: ignore[type-arg]
        msg["strings"] = [s for s in msg["strings"] if s != "GIVEN"]

    path = _repacked(docbin(tmp_path, user_data=True), drop_label)
    with pytest.raises(FormatError, match=r"x.spacy doc 1: not a valid spaCy Doc \(KeyError"):
        read_documents(path)


@pytest.mark.parametrize("where", ["text", "label"])
def test_writing_a_lone_surrogate_is_refused(tmp_path: Path, where: str) -> None:
    """A ``"\\ud800"`` escape in a span file reads as a lone surrogate; msgpack cannot hold it (UnicodeEncodeError, exit 3)."""
    from newsgold.formats import write_documents
    from newsgold.formats.base import LossyWrite
    from newsgold.spandoc import Span, SpanDocument

    text = "Ana \ud800" if where == "text" else "Ana went"
    label = "P\ud800" if where == "label" else "PERSON"
    doc = SpanDocument("d1", [Span("s1", 0, 3, label)], text=text)
    with pytest.raises(LossyWrite, match="holds a lone surrogate"):
        write_documents([doc], tmp_path / "x.spacy", "spacy")
    assert not (tmp_path / "x.spacy").exists()
