"""Corpus reading: byte-exact texts, manifest defaults and checks."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import pytest

from newsgold.corpus import load_corpus
from newsgold.errors import InputFormatError, UserError

PROJECT_ROOT = Path(__file__).resolve().parents[2]

SHARED = PROJECT_ROOT.parent / "shared" / "corpus"


def test_shipped_corpus_is_byte_identical_to_the_source() -> None:
    docs = load_corpus(PROJECT_ROOT / "corpus")
    assert [d.doc_id for d in docs] == ["arctic-council-reykjavik-a", "arctic-council-reykjavik-b"]
    for d in docs:
        assert hashlib.sha256(d.path.read_bytes()).hexdigest() == d.sha256
        assert d.text.encode("utf-8") == d.path.read_bytes()
        if SHARED.is_dir():
            assert (SHARED / d.path.name).read_bytes() == d.path.read_bytes()
    b = docs[1]
    assert "\u00a0" in b.text and b.dct.isoformat() == "2021-05-19"


def test_plain_folder_defaults_and_no_normalisation(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    raw = "Title line\r\n\r\nLavrov\u00a0said \u201chi\u201d \U0001f600\r\n"
    (tmp_path / "x.txt").write_bytes(raw.encode("utf-8"))
    with caplog.at_level(logging.WARNING):
        (doc,) = load_corpus(tmp_path)
    assert doc.doc_id == "x" and doc.title == "Title line" and doc.text == raw
    assert "no 'dct'" in caplog.text


def test_manifest_hash_mismatch_and_bad_utf8(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_bytes(b"hello")
    (tmp_path / "manifest.jsonl").write_text(json.dumps({"file": "x.txt", "sha256": "0" * 64, "dct": "2021-05-19"}))
    with pytest.raises(InputFormatError, match="sha256 does not match"):
        load_corpus(tmp_path)
    (tmp_path / "manifest.jsonl").unlink()
    (tmp_path / "x.txt").write_bytes(b"\xff\xfe")
    with pytest.raises(InputFormatError, match="not valid UTF-8"):
        load_corpus(tmp_path)
    with pytest.raises(UserError, match="not found"):
        load_corpus(tmp_path / "nope")


@pytest.mark.parametrize("dct", ["0001-01-01", "0001-12-31", "9999-01-01", "9999-12-31"])
def test_a_dct_in_the_first_or_last_year_of_the_calendar_is_refused(tmp_path: Path, dct: str) -> None:
    """Extractors resolve 'Monday' as the dct plus days: 9999-12-31 overflowed (OverflowError, extract exit 3)."""
    (tmp_path / "a.txt").write_text("It happened on Monday.\n", encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(json.dumps({"file": "a.txt", "dct": dct}) + "\n", encoding="utf-8")
    with pytest.raises(InputFormatError, match=f"manifest.jsonl:1: 'dct' {dct} is outside the dates"):
        load_corpus(tmp_path)


def test_the_first_and_last_usable_dcts_extract(tmp_path: Path) -> None:
    from newsgold.extractors.baselines import RegexDateBaseline

    (tmp_path / "a.txt").write_text("It happened on Friday, in December.\n", encoding="utf-8")
    for dct in ("0002-01-01", "9998-12-31"):
        (tmp_path / "manifest.jsonl").write_text(json.dumps({"file": "a.txt", "dct": dct}) + "\n", encoding="utf-8")
        (doc,) = load_corpus(tmp_path)
        assert [s.label for s in RegexDateBaseline().extract([doc])[0].spans] == ["DATE", "DATE"]
