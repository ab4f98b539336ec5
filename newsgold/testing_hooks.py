"""Named pause points that let a test interrupt a real process exactly where it wants.

``checkpoint("folder-write")`` does nothing unless the environment variable
``NEWSGOLD_TEST_PAUSE_AT`` names that point. Then the process writes its pid to
the file named by ``NEWSGOLD_TEST_PAUSE_FILE`` and sleeps, so the test can send
it SIGKILL or SIGINT at that exact moment (tests/annotate/test_pull_merge_server.py).
Production code only pays one dictionary lookup per call.
"""

from __future__ import annotations

import os
import time

PAUSE_ENV = "NEWSGOLD_TEST_PAUSE_AT"
PAUSE_FILE_ENV = "NEWSGOLD_TEST_PAUSE_FILE"
PAUSE_SECONDS = 120.0


def checkpoint(name: str) -> None:
    """Pause here if a test asked for it (see module docstring)."""
    if os.environ.get(PAUSE_ENV) != name:
        return
    marker = os.environ.get(PAUSE_FILE_ENV)
    if marker:
        with open(marker, "w", encoding="utf-8") as out:
            out.write(str(os.getpid()))
    time.sleep(PAUSE_SECONDS)
