"""The one place that talks to Label Studio: client creation, failures, retries.

Why a wrapper around ``label_studio_sdk.LabelStudio``:

* The SDK retries *every* request on 5xx/408/409/429 and connection errors,
  POSTs included, so an import or an annotation could be written twice. We
  build the client with ``max_retries=0`` and retry (with backoff) only calls
  we mark as reads, where a retry cannot duplicate work.
* SDK and httpx exceptions carry headers, bodies and URLs; we turn each into
  one line that says what happened and what to do next, with the API key
  redacted, so the CLI can print it (exit 2) without leaking anything.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import httpx

from newsgold.annotate.connection import Connection
from newsgold.errors import UserError

log = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_TIMEOUT = 60.0
READ_ATTEMPTS = 3
BACKOFF_SECONDS = 0.5
MAX_LISTED_ITEMS = 5_000_000
"""Most items one paged listing may return: a server (or proxy) that keeps answering "next page" must not
keep newsgold paging forever."""
MALFORMED = (ValueError, TypeError, KeyError, AttributeError, IndexError, RecursionError)
"""What parsing a 200 answer that is not the JSON Label Studio sends raises (pydantic and JSON errors are
ValueErrors; the SDK's lenient models turn a wrong shape into missing attributes; JSON nested deeper than
the interpreter's recursion limit is a RecursionError)."""


class LabelStudioError(UserError):
    """A Label Studio call failed; the message is one safe line with the next step."""


def _body_detail(body: Any) -> str:
    if isinstance(body, dict):
        for key in ("detail", "validation_errors", "message", "error"):
            if key in body and body[key]:
                return str(body[key])
        return str(body)
    return str(body) if body else ""


def describe_failure(exc: BaseException, conn: Connection, doing: str) -> str:
    """One line for ``exc`` raised while ``doing``, with the key redacted."""
    from label_studio_sdk.core.api_error import ApiError

    where = conn.safe_url
    if isinstance(exc, ApiError):
        status = exc.status_code
        detail = _body_detail(exc.body)[:300]
        if status == 401:
            msg = (
                f"{where} rejected the API key while {doing} (401: {detail or 'unauthorized'}); check "
                "LABEL_STUDIO_API_KEY: a personal access token from Account & Settings, or a legacy token "
                "if the organization enables them"
            )
        elif status == 403:
            msg = f"{where} refused {doing} (403: {detail}); the key's user lacks permission for it"
        elif status == 404:
            msg = f"{where}: not found while {doing} (404: {detail}); check the project title or id"
        elif status is not None and status >= 500:
            msg = f"{where} failed while {doing} (server error {status}); see the server log and try again"
        else:
            msg = f"{where} refused {doing} ({status}: {detail})"
    elif isinstance(exc, httpx.TimeoutException):
        msg = (
            f"{where} did not answer in time while {doing}; the server may be overloaded, "
            "try again or raise --timeout"
        )
    elif isinstance(exc, httpx.ConnectError | httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        msg = (
            f"cannot reach Label Studio at {where} while {doing} ({type(exc).__name__}); is it running? "
            "start one with 'newsgold annotate serve' or set LABEL_STUDIO_URL"
        )
    elif isinstance(exc, MALFORMED):
        msg = (
            f"{where} answered with a body that is not Label Studio's while {doing} ({type(exc).__name__}); "
            "check that LABEL_STUDIO_URL points at Label Studio itself, not a proxy or login page"
        )
    else:
        msg = f"Label Studio call failed while {doing}: {type(exc).__name__}: {str(exc)[:300]}"
    return conn.redact(msg)


def _is_transient(exc: BaseException) -> bool:
    from label_studio_sdk.core.api_error import ApiError

    if isinstance(exc, ApiError):
        return exc.status_code is not None and (exc.status_code >= 500 or exc.status_code in (408, 429))
    return isinstance(exc, httpx.TransportError)


class Api:
    """A connected SDK client plus the failure policy above.

    ``api.read(what, fn, *args)`` calls ``fn`` with up to three attempts and
    backoff; ``api.write(what, fn, *args)`` calls it exactly once. Both raise
    :class:`LabelStudioError` on failure.
    """

    def __init__(self, conn: Connection, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.conn = conn
        self.timeout = timeout
        with self.failures("connecting"):
            from label_studio_sdk import LabelStudio

            self.ls = LabelStudio(base_url=conn.base_url, api_key=conn.api_key, timeout=timeout, max_retries=0)

    @contextmanager
    def failures(self, doing: str) -> Iterator[None]:
        """Turn any SDK/httpx failure inside the block into a :class:`LabelStudioError`."""
        from label_studio_sdk.core.api_error import ApiError

        try:
            yield
        except UserError:
            raise
        except (ApiError, httpx.HTTPError, *MALFORMED) as exc:
            raise LabelStudioError(describe_failure(exc, self.conn, doing)) from None

    def read(self, doing: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Call a read-only ``fn``; retry transient failures with exponential backoff."""
        from label_studio_sdk.core.api_error import ApiError

        for attempt in range(1, READ_ATTEMPTS + 1):
            try:
                return fn(*args, **kwargs)
            except UserError:
                raise
            except MALFORMED as exc:
                raise LabelStudioError(describe_failure(exc, self.conn, doing)) from None
            except (ApiError, httpx.HTTPError) as exc:
                if attempt < READ_ATTEMPTS and _is_transient(exc):
                    delay = BACKOFF_SECONDS * 2 ** (attempt - 1)
                    log.info("%s: transient failure (%s), retry %d in %.1fs", doing, type(exc).__name__, attempt, delay)
                    time.sleep(delay)
                    continue
                raise LabelStudioError(describe_failure(exc, self.conn, doing)) from None
        raise AssertionError("unreachable")

    def pages(self, pager: Any, doing: str) -> list[Any]:
        """Every item of a paged SDK listing, bounded: a server that repeats a page or never stops paging is
        an error (a page seen twice, or more than :data:`MAX_LISTED_ITEMS` items), not a hang."""
        if not hasattr(pager, "iter_pages"):
            return list(pager)
        items: list[Any] = []
        seen_pages: set[tuple[Any, ...]] = set()
        from label_studio_sdk.core.api_error import ApiError

        pages = pager.iter_pages()
        while True:
            try:
                page = next(pages)
            except StopIteration:
                break
            except ApiError as exc:  # Label Studio answers the page after the last one with 404 "Invalid page"
                if exc.status_code == 404 and seen_pages:  # (the SDK's own iterator swallows it the same way)
                    break
                raise
            batch = list(page.items or [])
            ids = tuple(getattr(x, "id", None) for x in batch)
            if batch and ids in seen_pages and any(i is not None for i in ids):
                raise LabelStudioError(f"{self.conn.safe_url} returned the same page twice while {doing}; "
                                       "is LABEL_STUDIO_URL Label Studio itself?")  # fmt: skip
            seen_pages.add(ids)
            items.extend(batch)
            if len(items) > MAX_LISTED_ITEMS:
                raise LabelStudioError(f"{self.conn.safe_url} listed more than {MAX_LISTED_ITEMS:,} items while "
                                       f"{doing}; stopping")  # fmt: skip
        return items

    def write(self, doing: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Call ``fn`` once: a write is never retried, so it can never be applied twice."""
        with self.failures(doing):
            return fn(*args, **kwargs)

    # -- raw HTTP for the few endpoints the SDK models wrongly -----------------------------------------
    def get_json(self, path: str, params: dict[str, Any] | None = None) -> Any:
        """GET ``path`` (relative to the base URL) through the SDK's authenticated client.

        For responses the SDK's models drop (``/api/tasks/`` totals).
        Raises the SDK's ``ApiError`` like its own calls, for :meth:`read`.
        """
        from label_studio_sdk.core.api_error import ApiError

        wrapper = self.ls._client_wrapper  # noqa: SLF001 - the SDK's auth (legacy or PAT refresh) lives here
        options: Any = {"max_retries": 0, "timeout_in_seconds": self.timeout}
        response = wrapper.httpx_client.request(path, method="GET", params=params, request_options=options)
        if response.status_code >= 400:
            try:
                body = response.json()
            except ValueError:
                body = response.text[:300]
            raise ApiError(status_code=response.status_code, body=body)
        return response.json()

    def whoami(self) -> dict[str, Any]:
        """Check URL and key with one cheap call; returns ``{"id", "email", ...}``."""
        user = self.read("checking the API key", self.ls.users.whoami)
        return {"id": user.id, "email": getattr(user, "email", None), "username": getattr(user, "username", None)}
