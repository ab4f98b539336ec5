"""The shared spaCy pipeline: versions, a clear error when missing, the parse cache."""

from __future__ import annotations

import importlib.metadata

import pytest

from newsgold.errors import UserError
from newsgold.extractors import nlp


def test_pipeline_version_names_spacy_and_the_model() -> None:
    version = nlp.pipeline_version()
    assert version.startswith(f"spacy-{importlib.metadata.version('spacy')}+")
    assert f"+{nlp.MODEL_PACKAGE}-{importlib.metadata.version(nlp.MODEL_DISTRIBUTION)}+" in version
    # the fine-tuned NER's weights are part of every built-in extractor's version (a retrained NER invalidates caches)
    assert version.endswith("+" + nlp.ner_weights_version()) and len(nlp.ner_weights_version()) == len("ner-") + 12


def test_ner_weights_whose_hash_differs_are_refused(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    shipped = nlp.NER_WEIGHTS_DIR
    for name in ("training.json", "model"):
        (tmp_path / name).write_bytes((shipped / name).read_bytes())
    monkeypatch.setattr(nlp, "NER_WEIGHTS_DIR", tmp_path)
    assert nlp.checked_ner_weights() == tmp_path
    with open(tmp_path / "model", "r+b") as f:  # one byte changed
        first = f.read(1)
        f.seek(0)
        f.write(bytes([first[0] ^ 1]))
    with pytest.raises(UserError, match="not the ones training.json records"):
        nlp.checked_ner_weights()
    (tmp_path / "training.json").unlink()
    with pytest.raises(UserError, match="missing or unreadable"):
        nlp.checked_ner_weights()


@pytest.mark.usefixtures("model")
def test_times_and_numbers_are_the_base_models_names_the_fine_tuned_ners() -> None:
    pipeline = nlp.load_pipeline()
    assert pipeline.pipe_names[-3:] == ["base_ner", "newsgold_keep_base_types", "ner"]
    base = nlp.load_base_pipeline()
    text = "The Whakatāne council voted 8-3 on Tuesday, January 5, 2018, to spend $4.2 million on the trail by 2030."
    kept = [(e.text, e.label_) for e in base(text).ents if e.label_ in nlp.BASE_MODEL_TYPES]
    got = pipeline(text).ents
    assert kept and [(e.text, e.label_) for e in got if e.label_ in nlp.BASE_MODEL_TYPES] == kept


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
