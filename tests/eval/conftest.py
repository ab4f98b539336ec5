"""Shared helpers of the scoring tests (fixtures: test modules cannot import each other)."""

from __future__ import annotations

import random
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


def _separable_corpus(
    seed: int, labels: Sequence[str], n_docs: int = 60
) -> tuple[list[SpanDocument], list[SpanDocument]]:
    """Random corpus where each gold span overlaps at most one prediction and vice versa.

    There, greedy matching is optimal, so nervaluate is right and must agree with newsgold on every
    count. Error types: exact, wrong label, shifted, truncated, missed, spurious.
    """
    rng = random.Random(seed)
    gold, pred = [], []
    for d in range(n_docs):
        g_spans, p_spans, pos = [], [], 0
        for k in range(rng.randint(0, 12)):
            pos += rng.randint(8, 20)
            s, e, lab = pos, pos + rng.randint(2, 9), rng.choice(labels)
            pos = e
            g_spans.append(Span(f"g{k}", s, e, lab))
            kind = rng.choice(["exact", "exact", "label", "shift", "trunc", "missed", "spurious"])
            if kind == "missed":
                continue
            if kind == "label":
                lab = rng.choice([x for x in labels if x != lab])
            elif kind == "shift":
                s, e = s + rng.choice([-2, -1, 1, 2]), e + rng.choice([-1, 1, 2])
                e = max(e, s + 1)
            elif kind == "trunc":
                s = s + 1
            elif kind == "spurious":
                p_spans.append(Span(f"x{k}", s - 6, s - 4, rng.choice(labels)))
            p_spans.append(Span(f"p{k}", s, e, lab))
        rng.shuffle(p_spans)
        gold.append(SpanDocument(f"d{d}", g_spans))
        pred.append(SpanDocument(f"d{d}", p_spans))
    return gold, pred


@pytest.fixture
def separable_corpus() -> Callable[..., tuple[list[SpanDocument], list[SpanDocument]]]:
    """``separable_corpus(seed, labels, n_docs=60)`` -> (gold, pred): nervaluate's matching is optimal on it."""
    return _separable_corpus
