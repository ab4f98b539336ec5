"""Secrets out of every message: one function, :func:`redact`, used by every path text leaves through.

A Label Studio key can reach a message in many shapes: raw, inside a
``repr`` (``'ab\\ncd'``), JSON-escaped, URL-encoded, base64 (an HTTP Basic
header), or split at a CR/LF into partial lines. :func:`register_secret`
records a key once (the connection code does it as soon as it reads one, the
CLI does it for ``--api-key`` and ``$LABEL_STUDIO_API_KEY`` before parsing);
:func:`redact` then replaces every shape of every registered key with
``***``. The CLI routes stdout, stderr, log records and saved tracebacks
through it, so no single ``print`` can forget.
"""

from __future__ import annotations

import json
import urllib.parse

MASK = "***"
MIN_PIECE = 4
"""Shorter pieces of a key split at CR/LF are not masked on their own: masking every ``abc`` would garble messages."""

_secrets: set[str] = set()
_patterns: list[str] = []


def _base64_forms(raw: bytes) -> set[str]:
    """Base64 text that any encoding of ``raw`` contains, whatever its alignment inside a longer payload."""
    import base64  # here: only a registered secret needs it, and every command imports this module

    forms: set[str] = set()
    for shift in range(3):
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            text = encode(b"\0" * shift + raw).decode("ascii").rstrip("=")
            # Characters mixing padding bytes or the unknown next byte are not fixed by the key alone.
            head = 4 if shift else 0
            core = text[head:-2] if len(text) - head > 2 else ""
            if len(core) >= 8:
                forms.add(core)
    return forms


def _url_forms(secret: str) -> set[str]:
    """``secret`` URL-encoded. A lone surrogate (a non-UTF-8 byte of the command line or the environment, or a
    ``\\ud800`` JSON escape) has no UTF-8 form: it is quoted as the byte it stands for and as its surrogatepass
    bytes, never an error (the key is registered before any command runs)."""
    forms: set[str] = set()
    for errors in ("surrogateescape", "surrogatepass"):
        try:
            forms.add(urllib.parse.quote(secret, safe="", errors=errors))
            forms.add(urllib.parse.quote_plus(secret, safe="", errors=errors))
        except UnicodeEncodeError:
            continue
    return forms


def encodings_of(secret: str) -> set[str]:
    """Every text form of ``secret`` that :func:`redact` looks for (raw, escaped, quoted, base64, line pieces)."""
    forms = {secret, secret.strip()}
    forms.add(repr(secret)[1:-1])
    forms.add(ascii(secret)[1:-1])
    forms.add(json.dumps(secret)[1:-1])
    forms.add(json.dumps(secret, ensure_ascii=False)[1:-1])
    forms.add(secret.encode("unicode_escape").decode("ascii"))
    forms |= _url_forms(secret)
    raw = secret.encode("utf-8", "surrogatepass")
    forms |= _base64_forms(raw)
    for piece in secret.replace("\r", "\n").split("\n"):
        if len(piece.strip()) >= MIN_PIECE:
            forms.add(piece.strip())
    return {f for f in forms if len(f) >= MIN_PIECE}


def register_secret(secret: str | None) -> None:
    """Mask ``secret`` (in every form) in all later output. Empty or very short values are ignored."""
    if not secret or secret in _secrets:
        return
    _secrets.add(secret)
    found = set(_patterns)
    for s in _secrets:
        found |= encodings_of(s)
    _patterns[:] = sorted(found, key=len, reverse=True)


def forget_secrets() -> None:
    """Drop every registered secret (tests)."""
    _secrets.clear()
    _patterns.clear()


def redact(text: str, secrets: list[str] | tuple[str, ...] = ()) -> str:
    """``text`` with every registered secret (and each of ``secrets``) masked as ``***`` in any of its forms."""
    patterns = _patterns
    if secrets:
        extra: set[str] = set()
        for s in secrets:
            if s:
                extra |= encodings_of(s)
        patterns = sorted(set(patterns) | extra, key=len, reverse=True)
    for pattern in patterns:
        if pattern in text:
            text = text.replace(pattern, MASK)
    return text
