"""The examples in the extractor modules' docstrings are true."""

from __future__ import annotations

import doctest
import importlib

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "newsgold.extractors.date_values",
        "newsgold.extractors.quote_marks",
        "newsgold.extractors.predictions_file",
        "newsgold.extractors.nlp",
        "newsgold.datelines",
        "newsgold.schema",
    ],
)
def test_docstring_examples(module: str) -> None:
    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
