"""Start and stop a local Label Studio server (``newsgold annotate serve``).

The server is the optional ``label-studio`` package, usually in its own
virtualenv (its pins are strict), so it runs as a child process found via
``NEWSGOLD_LABEL_STUDIO_BIN``, ``label-studio`` on PATH, or the repository's
``.venv-ls``. What this module guarantees, each for a reason seen in practice:

* **Loopback only** (``--internal-host 127.0.0.1``); Label Studio's default
  listens on every interface.
* **A data folder it owns**: created with a marker file; a non-empty folder
  without the marker is refused, so ``serve`` never adopts someone's data.
* **Admin user and API key on first start**: a random password and a legacy
  token, enabled for the organization when it is created (later starts reuse
  them). They are passed through the environment, never argv (visible in
  ``ps``), and saved only in 0600 files.
* **No leaking environment**: Label Studio reads bare ``PORT``, ``HOST``,
  ``USERNAME``, ``PASSWORD``, ``DEBUG``, ``DJANGO_DB``, ``DATABASE_NAME``;
  CI machines set those for other reasons, so the child never sees them.
  Telemetry, Sentry and update checks are off.
* **No port drift**: Label Studio silently moves to port+1 when the port is
  busy, so the port is checked first and the child's output is watched.
* **Waits for ``/health/``**, then checks the key with ``whoami``.
* **Clean stop**: SIGINT to the child's process group, then SIGTERM/SIGKILL.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from newsgold.annotate.connection import default_config_path, write_config
from newsgold.atomic import atomic_write_text
from newsgold.errors import UserError
from newsgold.input_files import read_json_file

ENV_BIN = "NEWSGOLD_LABEL_STUDIO_BIN"
MARKER = ".newsgold-serve"
CREDENTIALS = "newsgold-admin.json"
LOG_NAME = "label-studio.log"
DEFAULT_EMAIL = "admin@newsgold.local"
LEAKING_ENV = ("PORT", "HOST", "USERNAME", "PASSWORD", "DEBUG", "DJANGO_DB", "DATABASE_NAME")
INSTALL_HINT = "install it with 'make server' or pip install 'newsgold[server]' (or set NEWSGOLD_LABEL_STUDIO_BIN)"


class ServerError(UserError):
    """The local server cannot be started or stopped."""


def find_server_binary() -> Path:
    """The ``label-studio`` executable: env override, PATH, then the project's ``.venv-ls`` (``make server``)."""
    override = os.environ.get(ENV_BIN)
    if override:
        path = Path(override)
        if not (path.is_file() and os.access(path, os.X_OK)):
            raise ServerError(f"{ENV_BIN}={override} is not an executable file; {INSTALL_HINT}")
        return path
    on_path = shutil.which("label-studio")
    if on_path:
        return Path(on_path)
    from newsgold.project import find_project

    project = find_project()
    local = project.root / ".venv-ls" / "bin" / "label-studio" if project is not None else None
    if local is not None and local.is_file() and os.access(local, os.X_OK):
        return local
    raise ServerError(f"the Label Studio server is not installed; {INSTALL_HINT}")


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    """True when nothing listens on ``host:port`` (Label Studio probes ``localhost`` the same way)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.5)
        if probe.connect_ex((host, port)) == 0:
            return False
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as bind:
        # like Django's runserver: a port in TIME_WAIT after a restart is free to use
        bind.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            bind.bind((host, port))
        except OSError:
            return False
    return True


def free_port() -> int:
    """An unused loopback port chosen by the kernel (for tests and ``--port 0``)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class AdminCredentials:
    """The first-start admin account and its API key (kept in a 0600 file in the data folder)."""

    email: str
    password: str = field(repr=False)
    api_key: str = field(repr=False)

    @classmethod
    def load_or_create(cls, data_dir: Path, email: str = DEFAULT_EMAIL) -> tuple[AdminCredentials, bool]:
        path = data_dir / CREDENTIALS
        if path.exists() or path.is_symlink():
            try:  # read_json_file: regular files only (a FIFO here would block serve before it starts)
                data: Any = read_json_file(path, "admin credentials")
                fields = (data["email"], data["password"], data["api_key"])
            except (ValueError, KeyError, TypeError):  # InputFormatError is a ValueError
                fields = ()
            if not (fields and all(isinstance(x, str) and x for x in fields)):
                raise ServerError(f"{path}: unreadable; the data folder is damaged, start with a new --data-dir")
            return cls(*fields), False
        creds = cls(email, secrets.token_urlsafe(18), secrets.token_hex(20))  # token: 40 chars, LS max
        atomic_write_text(path, json.dumps(creds.__dict__, indent=2) + "\n", mode=0o600)
        return creds, True


def prepare_data_dir(data_dir: Path) -> Path:
    """Create or adopt ``data_dir``; refuse a non-empty folder that ``serve`` did not create."""
    data_dir = data_dir.resolve()
    if data_dir.exists() and not data_dir.is_dir():
        raise ServerError(f"{data_dir} is a file; pass --data-dir a folder")
    if data_dir.exists() and any(data_dir.iterdir()) and not (data_dir / MARKER).exists():
        raise ServerError(
            f"{data_dir} is not empty and was not created by 'newsgold annotate serve'; pass another --data-dir"
        )
    data_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(data_dir, 0o700)
    marker = data_dir / MARKER
    if not marker.exists():
        marker.write_text("This folder is a Label Studio data folder owned by 'newsgold annotate serve'.\n")
    return data_dir


def child_environment(data_dir: Path, creds: AdminCredentials, base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of the ``label-studio`` child: ours minus leaking names plus its settings."""
    env = dict(os.environ if base is None else base)
    for name in LEAKING_ENV:
        env.pop(name, None)
    env.update(
        {
            "LABEL_STUDIO_BASE_DATA_DIR": str(data_dir),
            "LABEL_STUDIO_USERNAME": creds.email,
            "LABEL_STUDIO_PASSWORD": creds.password,
            "LABEL_STUDIO_USER_TOKEN": creds.api_key,
            "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
            "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
            "SENTRY_DSN": "",
            "FRONTEND_SENTRY_DSN": "",
            "LATEST_VERSION_CHECK": "false",
            "COLLECT_ANALYTICS": "false",
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def _default_sigint() -> None:
    """Runs in the child before exec: restore SIGINT, which stop() uses for Django's clean shutdown."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class LocalServer:
    """One ``label-studio start`` child process on 127.0.0.1.

    Used as ``server = LocalServer(Path(".ls-data"), port=8080)``, then
    ``server.start()`` ... ``server.stop()`` (not a doctest: it starts a real
    server; tests/annotate/conftest.py runs this path for the whole suite).
    """

    def __init__(
        self,
        data_dir: Path,
        port: int = 8080,
        binary: Path | None = None,
        email: str = DEFAULT_EMAIL,
        config_path: Path | None = None,
        startup_timeout: float = 240.0,
    ) -> None:
        self.data_dir = prepare_data_dir(Path(data_dir))
        self.port = port or free_port()
        self.binary = binary or find_server_binary()
        self.creds, self.first_start = AdminCredentials.load_or_create(self.data_dir, email)
        self.config_path = config_path
        self.startup_timeout = startup_timeout
        self.process: subprocess.Popen[bytes] | None = None
        self.log_path = self.data_dir / LOG_NAME

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_key(self) -> str:
        return self.creds.api_key

    def start(self) -> None:
        """Start the child, wait for ``/health/`` and a working key, write the connection config."""
        if not port_is_free(self.port):
            raise ServerError(f"port {self.port} on 127.0.0.1 is in use; pass another --port (or stop what uses it)")
        first = not (self.data_dir / "label_studio.sqlite3").exists()
        cmd = [
            str(self.binary),
            "start",
            "--no-browser",
            "--internal-host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--data-dir",
            str(self.data_dir),
            "--enable-legacy-api-token",
        ]
        log_offset = self.log_path.stat().st_size if self.log_path.exists() else 0  # this run's output starts here
        log = self.log_path.open("ab")
        try:
            self.process = subprocess.Popen(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=child_environment(self.data_dir, self.creds),
                cwd=self.data_dir,
                start_new_session=True,  # our Ctrl-C handling stops it; a stray SIGINT doesn't
                preexec_fn=_default_sigint,  # a shell's `&` ignores SIGINT, and children inherit that
            )
        finally:
            log.close()
        try:
            self._wait_until_ready(first, log_offset)
        except BaseException:
            self.stop()
            raise
        write_config(self.url, self.creds.api_key, self.config_path, admin_email=self.creds.email)

    def _log_tail(self, lines: int = 5) -> str:
        try:
            tail = self.log_path.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-lines:]
        except OSError:
            return ""
        return " | ".join(line.strip() for line in tail if line.strip())

    def _wait_until_ready(self, first: bool, log_offset: int) -> None:
        assert self.process is not None
        deadline = time.monotonic() + self.startup_timeout
        while True:
            code = self.process.poll()
            if code is not None:
                raise ServerError(f"label-studio exited with status {code} while starting; log {self.log_path}: {self._log_tail()}")
            try:
                with self.log_path.open("rb") as fh:
                    fh.seek(log_offset)
                    recent = fh.read().decode("utf-8", errors="replace")
                if "is in use" in recent and "Trying to start at" in recent:
                    raise ServerError(
                        f"port {self.port} was taken while Label Studio started (it moved to another port); "
                        "stop it and pass a free --port"
                    )
            except FileNotFoundError:
                pass
            try:
                r = httpx.get(f"{self.url}/health/", timeout=2.0)
                if r.status_code == 200 and r.json().get("status") == "UP":
                    break
            except (httpx.HTTPError, ValueError):
                pass
            if time.monotonic() > deadline:
                raise ServerError(
                    f"Label Studio did not answer {self.url}/health/ within {self.startup_timeout:.0f} s "
                    f"({'first start migrates the database, ~60 s' if first else 'warm start'}); log {self.log_path}"
                )
            time.sleep(0.5)
        r = httpx.get(
            f"{self.url}/api/current-user/whoami", headers={"Authorization": f"Token {self.creds.api_key}"}, timeout=10
        )
        if r.status_code != 200 or r.json().get("email") != self.creds.email:
            raise ServerError(
                f"the server on port {self.port} does not accept the key in {self.data_dir / CREDENTIALS} "
                f"(HTTP {r.status_code}); it is not the server this data folder created"
            )

    def stop(self, timeout: float = 20.0) -> None:
        """Stop the child: SIGINT (Django's clean shutdown), then SIGTERM, then SIGKILL."""
        proc, self.process = self.process, None
        if proc is None or proc.poll() is not None:
            return
        for sig, wait in ((signal.SIGINT, timeout / 2), (signal.SIGTERM, timeout / 2), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                return
            try:
                proc.wait(wait)
                return
            except subprocess.TimeoutExpired:
                continue

    def kill(self) -> None:
        """Kill the server at once (tests use it to simulate a crash)."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)
        self.process = None

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None


def serve_forever(server: LocalServer, out=sys.stdout) -> int:  # type: ignore[no-untyped-def]
    """Run ``server`` until Ctrl-C (or the child dies); print how to use it."""
    print(f"Starting Label Studio in {server.data_dir} (first start takes about a minute) ...", file=out, flush=True)

    def interrupted(signum: int, _frame: object) -> None:
        # Ctrl-C, SIGTERM and SIGHUP all stop the child (it runs in its own session), even when a
        # shell started us in the background with SIGINT ignored
        raise KeyboardInterrupt

    previous = {sig: signal.signal(sig, interrupted) for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    try:
        server.start()
        cfg = server.config_path or default_config_path()
        next_step = "newsgold annotate push"
        if Path(cfg).resolve() != default_config_path().resolve():
            next_step = f"NEWSGOLD_LABEL_STUDIO_CONFIG={cfg} newsgold annotate push"
        print(
            f"Label Studio is up at {server.url}\n"
            f"  log in as {server.creds.email}; the password is in {server.data_dir / CREDENTIALS} (mode 0600)\n"
            f"  push/pull find this server through {cfg} (mode 0600); next: {next_step}\n"
            "  press Ctrl-C to stop",
            file=out,
            flush=True,
        )
        assert server.process is not None
        code = server.process.wait()
        print(f"label-studio exited with status {code}; log {server.log_path}", file=out)
        return 2 if code else 0
    except KeyboardInterrupt:
        print("Stopping Label Studio ...", file=out, flush=True)
        return 0
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
