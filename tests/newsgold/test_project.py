"""Project discovery: newsgold.toml found from the current folder upward; nothing resolves into the package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsgold.errors import UserError
from newsgold.project import (
    CONFIG_NAME,
    ENV_PROJECT,
    default_cache_dir,
    default_gold_dir,
    default_reports_dir,
    find_project,
    load_project,
    render_config,
)
from newsgold.schema import SPAN_LABELS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _no_env_project(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_PROJECT, raising=False)


def test_found_from_a_subfolder_with_paths_relative_to_the_config(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / CONFIG_NAME).write_text('[paths]\ngold = "data/gold"\n[thresholds]\nspacy.strict.f1 = 0.5\n')
    deep = tmp_path / "corpus" / "sub"
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    project = find_project()
    assert project is not None and project.root == tmp_path.resolve()
    assert project.gold_dir == tmp_path.resolve() / "data" / "gold"
    assert project.corpus_dir == tmp_path.resolve() / "corpus"
    assert project.thresholds == {"spacy.strict.f1": 0.5}
    assert project.labels == SPAN_LABELS and project.reference_gold is False
    assert default_reports_dir() == tmp_path.resolve() / "reports"
    assert default_cache_dir() == tmp_path.resolve() / ".newsgold-cache"


def test_outside_a_project_nothing_points_into_the_package(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert find_project() is None
    with pytest.raises(UserError, match=r"^no gold set: .*pass --gold PATH.*newsgold init") as err:
        default_gold_dir()
    assert "\n" not in str(err.value)
    assert default_reports_dir() == tmp_path / "reports"


def test_env_names_the_project(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / CONFIG_NAME).write_text(render_config())
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(ENV_PROJECT, str(tmp_path / "p"))
    assert find_project().root == (tmp_path / "p").resolve()
    monkeypatch.setenv(ENV_PROJECT, str(tmp_path / "nowhere"))
    with pytest.raises(UserError, match=ENV_PROJECT):
        find_project()


@pytest.mark.parametrize(
    "text, message",
    [
        ("[paths\n", "cannot read the project config"),
        ('[paths]\nmodel = "x"\n', "unknown key"),
        ('[schema]\nlabels = ["PERSON", "THING"]\n', "unknown label"),
        ("thresholds = 3\n", r"\[thresholds\] must be a table"),
        ('[gold]\nreference = "yes"\n', "true or false"),
        ('[paths]\ncorpus = "a\\u0000b"\n', r"\[paths\] corpus must be a folder name"),  # was ValueError, exit 3
    ],
)
def test_bad_config_is_one_clear_error(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / CONFIG_NAME).write_text(text)
    with pytest.raises(UserError, match=message):
        load_project(tmp_path)


def test_the_repository_is_a_project_with_its_thresholds() -> None:
    project = load_project(ROOT)
    assert project.corpus_dir == ROOT / "corpus" and project.gold_dir == ROOT / "gold"
    assert project.reference_gold is True
    assert project.thresholds["spacy.strict.f1"] == 0.9 and len(project.thresholds) == 7  # 6 gates + gold_sha256
    assert len(project.thresholds["gold_sha256"]) == 64
    assert "thresholds" not in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_project_dir_option_and_one_line_outside(tmp_path: Path) -> None:
    """``newsgold --project-dir DIR`` names a project from anywhere; outside one, eval score says what to pass."""
    run = [sys.executable, "-m", "newsgold"]
    outside = subprocess.run([*run, "eval", "score", "--pred", "x.jsonl"], cwd=tmp_path, capture_output=True, text=True)
    assert outside.returncode == 2 and outside.stdout == ""
    (line,) = outside.stderr.strip().splitlines()
    assert "--gold" in line and "newsgold init" in line
    named = subprocess.run(
        [*run, "--project-dir", str(ROOT), "gold", "check"], cwd=tmp_path, capture_output=True, text=True
    )
    assert named.returncode == 0, named.stderr
    assert "159 spans" in named.stderr


def test_schema_labels_restrict_newsgold_schema(tmp_path: Path, monkeypatch) -> None:
    from newsgold.project import current_schema
    from newsgold.schema import SCHEMA

    (tmp_path / "newsgold.toml").write_text('[schema]\nlabels = ["QUOTE", "PERSON"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSGOLD_PROJECT", raising=False)
    schema = current_schema()
    assert schema.span_labels == ("PERSON", "QUOTE")  # newsgold's order, not the file's
    assert [r.name for r in schema.relations] == ["said_by"] and schema.attributes == {}
    assert SCHEMA.restrict(["QUOTE"]).relations == ()  # said_by needs both ends
    with pytest.raises(ValueError, match="unknown label"):
        SCHEMA.restrict(["THING"])
    monkeypatch.chdir(tmp_path.parent)
    assert current_schema() == SCHEMA  # outside any project: the whole schema
