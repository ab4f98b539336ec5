"""The key is masked in every form it can take in a message."""

from __future__ import annotations

import base64
import json
import urllib.parse

import pytest

from newsgold.redact import MASK, forget_secrets, redact, register_secret

KEYS = ["abcdef0123456789abcdef", "tok\nen-with-newline-1234", "cr\r\nlf-key-987654", "ünï-cödé-kéy-4242", "a b+c/d=e&f%g"]


@pytest.fixture(autouse=True)
def _clean() -> None:
    yield
    forget_secrets()


@pytest.mark.parametrize("key", KEYS)
def test_every_encoding_is_masked(key: str) -> None:
    register_secret(key)
    forms = [
        key,
        repr(key),
        ascii(key),
        json.dumps(key),
        json.dumps(key, ensure_ascii=False),
        urllib.parse.quote(key, safe=""),
        urllib.parse.quote_plus(key),
        base64.b64encode(key.encode()).decode(),
        base64.b64encode(b"user:" + key.encode()).decode(),
        f"Authorization: Token {key}",
    ]
    for form in forms:
        out = redact(f"error: {form} end")
        assert MASK in out
        core = key.replace("\r", "\n").split("\n")
        for piece in core:
            if len(piece) >= 4:
                assert piece not in out, (form, out)


def test_without_secrets_text_is_unchanged() -> None:
    assert redact("nothing to hide") == "nothing to hide"


def test_explicit_secret_argument() -> None:
    assert "hunter22" not in redact("password hunter22", ["hunter22"])


@pytest.mark.parametrize("key", ["fake\udc80token-123", "fake\ud800token-123"])
def test_a_key_with_a_lone_surrogate_is_registered_and_masked(key: str) -> None:
    """A non-UTF-8 byte in LABEL_STUDIO_API_KEY or --api-key reaches Python as \\udc80 (a JSON config's "\\ud800"
    escape as \\ud800): urllib's quote raised UnicodeEncodeError, before any command ran, with a traceback."""
    register_secret(key)
    quoted = urllib.parse.quote(key, safe="", errors="surrogatepass")
    for form in (key, repr(key)[1:-1], quoted):
        assert redact(f"error: {form} end") == f"error: {MASK} end"
    if key[4] == "\udc80":  # the byte itself, as a URL carries it
        assert redact("x " + urllib.parse.quote(key, safe="", errors="surrogateescape")) == f"x {MASK}"
