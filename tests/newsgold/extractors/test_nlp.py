"""The shared spaCy pipeline: versions, a clear error when missing, the parse cache."""

from __future__ import annotations

import importlib.metadata

import pytest

from newsgold.errors import UserError
from newsgold.extractors import nlp


def test_pipeline_version_names_spacy_and_the_model() -> None:
    version = nlp.pipeline_version()
    assert version.startswith(f"spacy-{importlib.metadata.version('spacy')}+")
    assert version.endswith(f"{nlp.MODEL_PACKAGE}-{importlib.metadata.version(nlp.MODEL_DISTRIBUTION)}")


def test_missing_model_is_a_user_error_with_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "MODEL_PACKAGE", "en_no_such_model_for_newsgold")
    nlp.load_pipeline.cache_clear()
    try:
        with pytest.raises(UserError, match=r"en_no_such_model_for_newsgold.*make install.*requirements/model.txt"):
            nlp.load_pipeline()
    finally:
        nlp.load_pipeline.cache_clear()


@pytest.mark.usefixtures("model")
def test_parse_is_batched_and_cached() -> None:
    nlp.clear_cache()
    first = nlp.parse(["Blinken met Lavrov.", "", "Blinken met Lavrov."])
    assert first[0] is first[2] and len(first[1]) == 0
    again = nlp.parse(["Blinken met Lavrov."])
    assert again[0] is first[0]
    assert nlp.load_pipeline() is nlp.load_pipeline()
