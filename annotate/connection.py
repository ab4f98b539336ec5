"""Where the Label Studio server is and how to authenticate to it, without leaking the key.

The URL and API key come, in this order, from command-line flags, the
environment (``LABEL_STUDIO_URL`` / ``LABEL_STUDIO_API_KEY``), or a JSON config
file written with mode 0600 (``newsgold annotate serve`` writes it). Both kinds
of Label Studio key work: a legacy token (sent as ``Token <key>``) and a
personal access token (a JWT the SDK exchanges for short-lived access tokens).

The key is a secret: it is never part of a ``repr``, a log line, an exception
message or any file but the config file. Every error that could carry it goes
through :func:`redact` first, because server error bodies and URLs are echoed
into messages.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from newsgold.atomic import atomic_write_text
from newsgold.errors import UserError
from newsgold.input_files import read_json_file
from newsgold.redact import redact as redact_secrets
from newsgold.redact import register_secret

log = logging.getLogger(__name__)

ENV_URL = "LABEL_STUDIO_URL"
ENV_KEY = "LABEL_STUDIO_API_KEY"
ENV_CONFIG = "NEWSGOLD_LABEL_STUDIO_CONFIG"
"""Overrides the config file location (tests use it to stay out of ``~``)."""

CONFIG_MODE = 0o600


def default_config_path() -> Path:
    """``$NEWSGOLD_LABEL_STUDIO_CONFIG``, else ``$XDG_CONFIG_HOME/newsgold/label-studio.json``."""
    override = os.environ.get(ENV_CONFIG)
    if override:
        return Path(override)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "newsgold" / "label-studio.json"


def display_url(url: str) -> str:
    """The URL without user:password, query or fragment: safe to print and to record."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


@dataclass(frozen=True)
class Connection:
    """A server URL and its API key. ``repr`` and ``str`` never show the key."""

    url: str
    api_key: str = field(repr=False)
    source: str = "flags"

    def __post_init__(self) -> None:
        register_secret(self.api_key)

    def __str__(self) -> str:
        return f"{display_url(self.url)} (key from {self.source})"

    @property
    def base_url(self) -> str:
        """The URL with a trailing slash: the SDK joins ``api/token/refresh/`` onto it,
        which would drop a sub-path (``https://x/ls``) without the slash."""
        return self.url if self.url.endswith("/") else self.url + "/"

    @property
    def safe_url(self) -> str:
        return display_url(self.url)

    def redact(self, message: str) -> str:
        return redact(message, self.api_key)


def redact(message: str, secret: str | None) -> str:
    """``message`` with ``secret`` (in any encoding, and its JWT parts) masked: :func:`newsgold.redact.redact`."""
    if not secret:
        return redact_secrets(message)
    parts = [p for p in secret.split(".") if len(p) >= 12]
    return redact_secrets(message, [secret, *parts])


def check_api_key(key: str, where: str) -> str:
    """A key must be printable ASCII with no whitespace inside: one pasted with a line break or a curly quote
    would be sent mangled, and the server's 401 would not say why. The message never contains the key."""
    register_secret(key)
    if any(ch in key for ch in "\r\n"):
        raise UserError(f"the API key from {where} contains a line break; copy it again as one line (it is not shown)")
    if not key.isascii() or not key.isprintable() or any(ch.isspace() for ch in key):
        raise UserError(
            f"the API key from {where} contains a space, a control or a non-ASCII character; "
            "copy it again from Label Studio (it is not shown)"
        )
    return key


def _check_url(url: str, where: str) -> str:
    url = url.strip()
    try:
        parts = urlsplit(url)
        hostname, port = parts.hostname, parts.port
    except ValueError:
        raise UserError(f"{where}: the URL is not an http(s) URL like http://127.0.0.1:8080") from None
    if parts.scheme not in ("http", "https") or not hostname:
        raise UserError(f"{where}: {display_url(url) or 'the URL'} is not an http(s) URL like http://127.0.0.1:8080")
    if parts.username is not None or parts.password is not None:
        # httpx would turn user:password@ into a Basic Authorization header that replaces the key's,
        # and the server's 401 would then blame the key. The key authenticates; the credentials go.
        register_secret(parts.password)
        log.warning("%s: ignoring the user:password@ part of the URL; the API key authenticates", where)
        host = f"[{hostname}]" if ":" in hostname else hostname
        url = urlunsplit((parts.scheme, f"{host}:{port}" if port else host, parts.path, parts.query, parts.fragment))
    import httpx  # the client's own parser: a URL it refuses (host 256.1.1.1) is bad input here, not a crash mid-request

    try:
        httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise UserError(f"{where}: {display_url(url) or 'the URL'} is not a usable URL ({exc})") from None
    return url.rstrip("/") if urlsplit(url).path in ("", "/") else url


def read_config(path: Path) -> dict[str, Any]:
    """Read the config file; refuse one that others can read (it holds a secret)."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except (FileNotFoundError, NotADirectoryError):  # NotADirectoryError: $HOME (or a folder on the way) is a file
        return {}
    if mode & 0o077:
        raise UserError(f"{path}: holds an API key but is readable by others (mode {mode:o}); run: chmod 600 {path}")
    try:
        data = read_json_file(path, "connection config")
    except UserError:
        raise UserError(f"{path}: not a readable JSON config; delete it or run 'newsgold annotate serve' again") from None
    if not isinstance(data, dict):
        raise UserError(f"{path}: expected a JSON object with 'url' and 'api_key'")
    return data


def write_config(url: str, api_key: str, path: Path | None = None, **extra: Any) -> Path:
    """Write URL and key (and ``extra`` fields) to the config file with mode 0600, atomically."""
    target = path or default_config_path()
    data = {"url": url, "api_key": api_key, **extra}
    atomic_write_text(target, json.dumps(data, indent=2) + "\n", mode=CONFIG_MODE)
    return target


def resolve_connection(
    url: str | None = None, api_key: str | None = None, config_path: str | os.PathLike[str] | None = None
) -> Connection:
    """Pick URL and key: flags, then environment, then the config file.

    Each of the two values is taken from the first place that has it, so
    ``LABEL_STUDIO_URL`` can point the key of the config file at another
    address (e.g. through a tunnel).
    """
    path = Path(config_path) if config_path else default_config_path()
    config = read_config(path)
    chosen_url, chosen_key, key_source = None, None, ""
    for candidate, source in ((url, "flags"), (os.environ.get(ENV_URL), ENV_URL), (config.get("url"), str(path))):
        if candidate:
            chosen_url = _check_url(str(candidate), source)
            break
    for candidate, source in ((api_key, "flags"), (os.environ.get(ENV_KEY), ENV_KEY), (config.get("api_key"), str(path))):
        if candidate:
            chosen_key, key_source = check_api_key(str(candidate).strip(), source), source
            break
    if not chosen_url:
        raise UserError(
            f"no Label Studio URL: set {ENV_URL}, pass --url, or start one with 'newsgold annotate serve'"
        )
    if not chosen_key:
        raise UserError(
            f"no Label Studio API key: set {ENV_KEY} (Label Studio: Account & Settings > Personal Access Token), "
            "or start a local server with 'newsgold annotate serve'"
        )
    return Connection(chosen_url, chosen_key, key_source)
