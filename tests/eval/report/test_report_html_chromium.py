"""report.html in headless Chromium: no console error, the chart and the error list are there, the filter works.

Console messages are read from Chromium's own log (``--enable-logging=stderr
--v=0`` prints every console message as ``INFO:CONSOLE``); a control page
with a deliberate error proves the capture works, so this test cannot pass
just because the log format changed. The page under test logs nothing, so
any console line is a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from matplotlib import image as mpimg

from newsgold.testing import require

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _chromium() -> str | None:
    explicit = os.environ.get("NEWSGOLD_CHROMIUM")
    if explicit:
        return explicit if shutil.which(explicit) else None
    return next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)


@pytest.fixture
def chromium(tmp_path: Path):
    binary = _chromium()
    require("chromium", binary is not None, "no chromium binary on PATH (Debian: apt-get install chromium)")
    counter = iter(range(100))

    def _run(url: str, *args: str) -> subprocess.CompletedProcess:
        profile = tmp_path / f"profile-{next(counter)}"  # a fresh profile per run
        command = [
            str(binary), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
            *args, url,
        ]  # fmt: skip
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    return _run


def _console(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "CONSOLE" in line]


def test_console_capture_sees_errors(chromium, tmp_path: Path) -> None:
    page = tmp_path / "control.html"
    page.write_text(
        '<!DOCTYPE html><html><head><link rel="icon" href="data:,"></head><body>'
        "<script>undefinedFunction();</script></body></html>",
        encoding="utf-8",
    )
    proc = chromium(page.as_uri(), "--dump-dom")
    assert any("undefinedFunction" in line for line in _console(proc.stderr)), proc.stderr[-2000:]


def test_report_page_in_headless_chromium(chromium, run, project: Path) -> None:
    _, report, _ = run()
    page = project / "reports" / "report.html"
    n_errors = sum(len(e["errors"]) for e in report["extractors"].values())

    proc = chromium(page.as_uri(), "--dump-dom")
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert _console(proc.stderr) == []
    dom = proc.stdout
    assert len(re.findall(r'<svg class="figure"', dom)) == 2  # the two inline SVG figures
    assert f"{n_errors} of {n_errors} errors shown" in dom  # the script ran
    assert dom.count('<li class="err"') == n_errors

    # The filter, set from the address: only the dates extractor's errors stay visible.
    n_dates = len(report["extractors"]["dates"]["errors"])
    proc = chromium(page.as_uri() + "#extractor=dates", "--dump-dom")
    assert _console(proc.stderr) == []
    assert f"{n_dates} of {n_errors} errors shown" in proc.stdout
    visible = re.findall(r'<li class="err" data-extractor="(\w+)"[^>]*?(hidden="")?>', proc.stdout)
    assert sorted({name for name, hidden in visible if not hidden}) == ["dates"]

    shot = project / "reports" / "report-screenshot.png"
    proc = chromium(page.as_uri(), f"--screenshot={shot}", "--window-size=1200,2600", "--hide-scrollbars")
    assert _console(proc.stderr) == []
    pixels = mpimg.imread(shot)
    assert pixels.shape[:2] == (2600, 1200)
    ink = (pixels[..., :3] < 0.9).any(axis=2)
    # Text, tables and the chart cover a good part of the page; a blank or error page does not.
    assert ink.mean() > 0.03
    # The chart's blue and orange bars are drawn (strict #1f6feb, partial #f0883e).
    rgb = (pixels[..., :3] * 255).astype(np.int16)
    blue = (np.abs(rgb - np.array([0x1F, 0x6F, 0xEB])).sum(axis=2) < 40).sum()
    orange = (np.abs(rgb - np.array([0xF0, 0x88, 0x3E])).sum(axis=2) < 40).sum()
    assert blue > 500 and orange > 500
