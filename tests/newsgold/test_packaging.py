"""The built wheel holds one import package, ``newsgold``, and no build artefact.

Built from a copy of the tracked files (``git ls-files``) so the check sees
what a clean clone builds, and nothing left in the working tree.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tracked_copy(dest: Path) -> Path:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode("utf-8").split("\0")):
        source = ROOT / name
        if source.is_file():
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return dest


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout")
    src = _tracked_copy(tmp_path_factory.mktemp("src"))
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(src)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("newsgold-*.whl")
    return zipfile.ZipFile(built)


def test_wheel_has_one_top_level_import_name(wheel: zipfile.ZipFile) -> None:
    top = {name.split("/", 1)[0] for name in wheel.namelist() if not name.split("/", 1)[0].endswith(".dist-info")}
    assert top == {"newsgold"}
    (info,) = [n for n in wheel.namelist() if n.endswith(".dist-info/top_level.txt")] or [None]
    if info:
        assert wheel.read(info).decode().split() == ["newsgold"]


def test_wheel_maps_the_loop_into_the_package(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    assert {"newsgold/annotate/pull.py", "newsgold/eval/scoring.py", "newsgold/eval/report/run.py", "newsgold/__main__.py"} <= names
    # what `newsgold init` copies into a new project ships as package data
    assert {"newsgold/init-files/GUIDELINES.md", "newsgold/init-files/example/gold/gold.jsonl"} <= names
    assert "newsgold/model_pins.json" in names  # the model pin holds for a plain pip install too
    assert not [n for n in names if ".egg-info" in n or n.startswith(("build/", "tests/", "gold/", "corpus/"))]


def test_every_source_package_is_in_the_wheel(wheel: zipfile.ZipFile) -> None:
    """A new subpackage must be added to ``[tool.setuptools] packages`` (the list is explicit)."""
    mapping = {"newsgold": "newsgold", "annotate": "newsgold/annotate", "eval": "newsgold/eval"}
    names = set(wheel.namelist())
    for root, target in mapping.items():
        for init in (ROOT / root).rglob("__init__.py"):
            rel = init.relative_to(ROOT / root).as_posix()
            assert f"{target}/{rel}" in names, f"{root}/{rel} is not packaged: list it in pyproject.toml"
