"""Seeded synthetic gold and predicted span documents for benchmarks and tests.

Each document gets ``spans_per_doc`` non-overlapping gold spans with gaps of
at least 7 between them, and each gold span becomes one prediction by a
random error type:

========== =====================================================
exact       same boundaries and label
label       same boundaries, another label
shifted     both ends moved by 1-3 characters, same label
truncated   one end moved inwards, same label
missed      no prediction
========== =====================================================

plus spurious one-character predictions in the gaps. Shifts are at most 3
and spurious spans sit 3 past the previous gold span, so no prediction
overlaps another or more than one gold span: every scorer that pairs
overlapping spans one-to-one (even greedily) must give the same counts, and
BIO tags represent the spans exactly. Offsets can be read as characters or as
token indices; documents have no text (scoring does not need it).

Usage: ``python -m benchmarks.synth --docs 100 --seed 0 OUTDIR`` writes
``OUTDIR/gold.jsonl`` and ``OUTDIR/pred.jsonl``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from newsgold.schema import ENTITY_LABELS
from newsgold.spandoc import Span, SpanDocument, write_documents

ERROR_TYPES = ("exact", "label", "shifted", "truncated", "missed")
DEFAULT_MIX = (0.6, 0.1, 0.1, 0.1, 0.1)
LABELS = ENTITY_LABELS + ("DATE",)


def make_documents(
    n_docs: int,
    *,
    spans_per_doc: int = 20,
    seed: int = 0,
    mix: tuple[float, ...] = DEFAULT_MIX,
    spurious_rate: float = 0.1,
    labels: tuple[str, ...] = LABELS,
    gap: tuple[int, int] = (7, 40),
    length: tuple[int, int] = (1, 20),
) -> tuple[list[SpanDocument], list[SpanDocument]]:
    """``n_docs`` gold documents and their predictions, reproducible from ``seed``.

    ``gap`` and ``length`` are inclusive ranges of the space before each gold
    span and of its length (``gap[0] >= 7`` keeps predictions apart).
    """
    if gap[0] < 7 or length[0] < 1:
        raise ValueError("gap must be at least 7 and length at least 1")
    rng = np.random.default_rng(seed)
    n = n_docs * spans_per_doc
    gaps = rng.integers(gap[0], gap[1] + 1, size=(n_docs, spans_per_doc))
    lengths = rng.integers(length[0], length[1] + 1, size=(n_docs, spans_per_doc))
    ends = np.cumsum(gaps + lengths, axis=1)
    starts = ends - lengths
    gold_label = rng.integers(0, len(labels), size=(n_docs, spans_per_doc))
    error = rng.choice(len(ERROR_TYPES), size=(n_docs, spans_per_doc), p=np.asarray(mix) / np.sum(mix))
    other = (gold_label + rng.integers(1, len(labels), size=(n_docs, spans_per_doc))) % len(labels)
    shift_a = rng.integers(-3, 4, size=(n_docs, spans_per_doc))
    shift_b = rng.integers(1, 4, size=(n_docs, spans_per_doc)) * rng.choice([-1, 1], size=(n_docs, spans_per_doc))
    cut_left = rng.random((n_docs, spans_per_doc)) < 0.5
    n_spurious = rng.binomial(spans_per_doc, spurious_rate, size=n_docs)
    assert n == starts.size

    gold_docs: list[SpanDocument] = []
    pred_docs: list[SpanDocument] = []
    for d in range(n_docs):
        gold_spans = []
        pred_spans = []
        for k in range(spans_per_doc):
            s, e, lab = int(starts[d, k]), int(ends[d, k]), labels[gold_label[d, k]]
            gold_spans.append(Span(f"g{k}", s, e, lab))
            kind = ERROR_TYPES[error[d, k]]
            if kind == "missed":
                continue
            ps, pe, plab = s, e, lab
            if kind == "label":
                plab = labels[other[d, k]]
            elif kind == "shifted":
                # still overlapping its gold span: start before e, end after s
                ps, pe = min(s + int(shift_a[d, k]), e - 1), max(e + int(shift_b[d, k]), s + 1)
            elif kind == "truncated":
                if e - s > 1:
                    cut = max(1, (e - s) // 3)
                    ps, pe = (s + cut, e) if cut_left[d, k] else (s, e - cut)
                else:
                    pe = e + 1
            ps = max(ps, 0)
            if pe <= ps:
                pe = ps + 1
            pred_spans.append(Span(f"p{k}", ps, pe, plab))
        # spurious predictions inside gaps: in the gap before span k, 3 past the end of span k - 1
        for j, k in enumerate(rng.choice(spans_per_doc, size=int(n_spurious[d]), replace=False)):
            gap_start = int(ends[d, k - 1]) if k > 0 else 0
            pred_spans.append(Span(f"x{j}", gap_start + 3, gap_start + 4, labels[int(rng.integers(len(labels)))]))
        gold_docs.append(SpanDocument(f"doc{d:07d}", gold_spans))
        pred_docs.append(SpanDocument(f"doc{d:07d}", pred_spans))
    return gold_docs, pred_docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.synth", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write gold.jsonl and pred.jsonl into")
    parser.add_argument("--docs", type=int, default=100, help="number of documents (default 100)")
    parser.add_argument("--spans-per-doc", type=int, default=20, help="gold spans per document (default 20)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    gold, pred = make_documents(args.docs, spans_per_doc=args.spans_per_doc, seed=args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    write_documents(gold, args.out / "gold.jsonl")
    write_documents(pred, args.out / "pred.jsonl")
    print(f"wrote {len(gold)} documents to {args.out}/gold.jsonl and pred.jsonl")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
