"""Doctests of the package under the names it is imported by.

``--doctest-modules`` (pyproject.toml) collects the ``>>>`` examples of every
source file. The folders ``annotate/`` and ``eval/`` are the packages
``newsgold.annotate`` and ``newsgold.eval`` (setuptools ``package-dir``), so
pytest's own guess, ``eval.scoring``, would import a second copy of each
module under a top-level name the package does not have. This hook imports
each source file by its real name instead.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
from _pytest.doctest import DoctestModule

ROOT = Path(__file__).resolve().parent
PACKAGE_DIRS = {ROOT / "newsgold": "newsgold", ROOT / "annotate": "newsgold.annotate", ROOT / "eval": "newsgold.eval"}


def module_name(path: Path) -> str | None:
    """``eval/report/run.py`` -> ``newsgold.eval.report.run``; None outside the package folders."""
    for folder, package in PACKAGE_DIRS.items():
        if path.is_relative_to(folder):
            parts = list(path.relative_to(folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            return ".".join([package, *parts])
    return None


class PackageDoctestModule(DoctestModule):
    """A doctest module imported as ``newsgold.…`` (the installed name), never by its file path."""

    def _getobj(self) -> Any:
        name = module_name(self.path)
        assert name is not None
        return importlib.import_module(name)


@pytest.hookimpl(wrapper=True)
def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> Any:
    collected = yield
    if module_name(file_path) is None:
        return collected
    return [
        PackageDoctestModule.from_parent(parent, path=file_path) if type(item) is DoctestModule else item
        for item in collected
    ]
