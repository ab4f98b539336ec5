"""``newsgold init``: a working project from package data, never overwriting anything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsgold.errors import UserError
from newsgold.project import load_project
from newsgold.scaffold import init_project, shipped_data

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_copies_are_byte_identical_to_the_repository() -> None:
    """The example and the guidelines in the package never drift from corpus/ and gold/."""
    data = shipped_data()
    fix = "changed in the repository: copy it into newsgold/init-files/ (cp gold/GUIDELINES.md newsgold/init-files/; "
    fix += "cp gold/gold.jsonl newsgold/init-files/example/gold/; cp corpus/* newsgold/init-files/example/corpus/)"
    assert (data / "GUIDELINES.md").read_bytes() == (ROOT / "gold" / "GUIDELINES.md").read_bytes(), fix
    assert (data / "example" / "gold" / "gold.jsonl").read_bytes() == (ROOT / "gold" / "gold.jsonl").read_bytes(), fix
    shipped = {p.name: p.read_bytes() for p in (data / "example" / "corpus").iterdir()}
    assert shipped == {p.name: p.read_bytes() for p in (ROOT / "corpus").iterdir() if p.is_file()}, fix


def test_init_writes_a_project_with_empty_thresholds(tmp_path: Path) -> None:
    written = init_project(tmp_path / "my-news")
    rel = sorted(p.relative_to(tmp_path / "my-news").as_posix() for p in written)
    assert rel == [
        ".github/workflows/newsgold-report.yml",
        ".gitignore",
        "corpus/README.md",
        "corpus/manifest.jsonl",
        "gold/GUIDELINES.md",
        "newsgold.toml",
    ]
    project = load_project(tmp_path / "my-news")
    assert project.thresholds == {} and project.reference_gold is False
    assert project.gold_dir == (tmp_path / "my-news" / "gold").resolve()


def test_init_refuses_to_overwrite(tmp_path: Path) -> None:
    (tmp_path / "p" / "gold").mkdir(parents=True)
    (tmp_path / "p" / "gold" / "GUIDELINES.md").write_text("mine")
    with pytest.raises(UserError, match="already exist"):
        init_project(tmp_path / "p")
    assert (tmp_path / "p" / "gold" / "GUIDELINES.md").read_text() == "mine"
    assert not (tmp_path / "p" / "newsgold.toml").exists()
    init_project(tmp_path / "q")
    with pytest.raises(UserError, match="already a newsgold project"):
        init_project(tmp_path / "q", example=True)


def test_example_project_checks_clean(tmp_path: Path) -> None:
    """``newsgold init proj --example``, then ``newsgold gold check`` inside it, without any option."""
    env_run = [sys.executable, "-m", "newsgold"]
    made = subprocess.run([*env_run, "init", "proj", "--example"], cwd=tmp_path, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    assert (tmp_path / "proj" / "corpus" / "arctic-council-reykjavik-a.txt").is_file()
    check = subprocess.run([*env_run, "gold", "check"], cwd=tmp_path / "proj", capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    assert "2 documents, 159 spans, 0 problems" in check.stderr
    again = subprocess.run([*env_run, "init", "proj"], cwd=tmp_path, capture_output=True, text=True)
    assert again.returncode == 2 and len(again.stderr.strip().splitlines()) == 1
