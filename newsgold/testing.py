"""Test helpers shared by the suites (importable by tests and CI tooling alike).

Shared test policy: a missing component skips locally and fails in CI.

Tests that need the Label Studio server or the spaCy model call
:func:`require` instead of ``pytest.skip``. With ``NEWSGOLD_REQUIRE_ALL=1``
(set by ``.ci/run``) or ``NEWSGOLD_REQUIRE_LABEL_STUDIO=1`` /
``NEWSGOLD_REQUIRE_MODEL=1``, a missing component is a failure, so CI can
never go green by skipping what it claims to test.
"""

from __future__ import annotations

import os

import pytest

COMPONENT_ENV = {
    "label-studio": "NEWSGOLD_REQUIRE_LABEL_STUDIO",
    "model": "NEWSGOLD_REQUIRE_MODEL",
    "textacy": "NEWSGOLD_REQUIRE_TEXTACY",
    "chromium": "NEWSGOLD_REQUIRE_CHROMIUM",
}


def component_required(component: str) -> bool:
    """True when this run must have ``component`` (CI), so its absence fails."""
    if os.environ.get("NEWSGOLD_REQUIRE_ALL", "") not in ("", "0"):
        return True
    return os.environ.get(COMPONENT_ENV[component], "") not in ("", "0")


def require(component: str, available: bool, why: str) -> None:
    """Skip (locally) or fail (CI) the current test when ``component`` is missing."""
    if available:
        return
    message = f"{component} unavailable: {why}"
    if component_required(component):
        pytest.fail(message + f" (required: {COMPONENT_ENV[component]} or NEWSGOLD_REQUIRE_ALL is set)")
    pytest.skip(message)
