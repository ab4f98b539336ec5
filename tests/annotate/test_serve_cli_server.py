"""``newsgold annotate serve`` as a user runs it: a subprocess, stopped with Ctrl-C (SIGINT).

A cold start costs a minute of migrations, so this starts ``serve`` on a copy
of the session server's data folder (a warm start, a few seconds): still the
real CLI, the real server, the real signal handling.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from newsgold.annotate.server import free_port

pytestmark = pytest.mark.labelstudio


def _copy_data_dir(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("label_studio.sqlite3*", "*.log"))
    with sqlite3.connect(src / "label_studio.sqlite3") as a, sqlite3.connect(dst / "label_studio.sqlite3") as b:
        a.backup(b)  # consistent copy of a live database
    return dst


def test_serve_cli_starts_prints_and_stops_on_ctrl_c(ls, tmp_path: Path, title: str) -> None:
    data = _copy_data_dir(ls.data_dir, tmp_path / "data")
    config = tmp_path / "conn.json"
    port = free_port()
    env = dict(os.environ)
    env.update(
        NEWSGOLD_LABEL_STUDIO_BIN=str(ls.binary),
        # what CI machines set for other reasons; Label Studio would read them (DJANGO_DB=default = PostgreSQL)
        PORT="1", HOST="http://example.invalid", DJANGO_DB="default", DEBUG="1", USERNAME="ci", PASSWORD="x",
    )
    env.pop("LABEL_STUDIO_URL", None)
    env.pop("LABEL_STUDIO_API_KEY", None)
    cmd = [sys.executable, "-m", "newsgold.annotate", "serve", "--data-dir", str(data), "--port", str(port), "--config", str(config)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    lines: list[str] = []
    try:
        deadline = time.monotonic() + 180
        assert proc.stdout is not None
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            if "press Ctrl-C" in line:
                break
        output = "".join(lines)
        assert f"Label Studio is up at http://127.0.0.1:{port}" in output, output
        assert ls.creds.email in output and ls.api_key not in output and ls.creds.password not in output
        assert stat.S_IMODE(config.stat().st_mode) == 0o600
        assert json.loads(config.read_text())["url"] == f"http://127.0.0.1:{port}"
        assert httpx.get(f"http://127.0.0.1:{port}/health/", timeout=5).json()["status"] == "UP"

        # the client finds the server through the config file alone
        push = subprocess.run(
            [sys.executable, "-m", "newsgold.annotate", "push", "--project", title, "--config", str(config), "--no-progress"],
            capture_output=True, text=True, env={k: v for k, v in env.items() if k != "NEWSGOLD_LABEL_STUDIO_CONFIG"},
            timeout=120,
        )
        assert push.returncode == 0, push.stderr
        assert "created 2 tasks" in push.stdout

        proc.send_signal(signal.SIGINT)  # Ctrl-C
        rest, _ = proc.communicate(timeout=60)
        assert proc.returncode == 0, rest
        assert "Stopping Label Studio" in rest
        with pytest.raises(httpx.HTTPError):
            httpx.get(f"http://127.0.0.1:{port}/health/", timeout=3)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_serve_refuses_a_busy_port(ls, tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = dict(os.environ, NEWSGOLD_LABEL_STUDIO_BIN=str(ls.binary))
        res = subprocess.run(
            [sys.executable, "-m", "newsgold.annotate", "serve", "--data-dir", str(tmp_path / "d"), "--port", str(port),
             "--config", str(tmp_path / "c.json")],
            capture_output=True, text=True, env=env, timeout=60,
        )
    assert res.returncode == 2
    assert f"port {port} on 127.0.0.1 is in use" in res.stderr
    assert not (tmp_path / "c.json").exists()
