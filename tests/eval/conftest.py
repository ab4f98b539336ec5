"""Shared helpers of the scoring tests (fixtures: test modules cannot import each other)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from newsgold.spandoc import Span, SpanDocument

SpanTuple = tuple[str, int, int]  # (label, start, end)


def _doc(doc_id: str, spans: Sequence[SpanTuple], prefix: str = "s") -> SpanDocument:
    return SpanDocument(doc_id, [Span(f"{prefix}{k}", a, b, lab) for k, (lab, a, b) in enumerate(spans)])


@pytest.fixture
def make_doc() -> Callable[..., SpanDocument]:
    """``make_doc("d1", [("PER", 0, 5), ...])`` -> SpanDocument with ids s0, s1, ..."""
    return _doc


@pytest.fixture
def overall() -> Callable[[dict, str], tuple]:
    """``overall(result_json, scheme)`` -> (cor, inc, par, mis, spu, P, R, F1)."""

    def get(result: dict, scheme: str) -> tuple:
        o = result["schemes"][scheme]["overall"]
        return (o["correct"], o["incorrect"], o["partial"], o["missed"], o["spurious"],
                o["precision"], o["recall"], o["f1"])  # fmt: skip

    return get
