"""Bootstrap intervals, resampling units and the paired test."""

from __future__ import annotations

import numpy as np
import pytest

from newsgold.eval import paired_test, score_documents
import warnings

from newsgold.eval.bootstrap import (
    _distinct_columns,
    _distinct_columns_exactly,
    _metrics_from_outcomes,
    assign_units,
    bootstrap_intervals,
    paragraph_starts,
    unit_starts,
)
from newsgold.eval.resample_counts import draw_counts
from newsgold.spandoc import Span, SpanDocument


def _corpus(n_docs, hit_rate, seed, spans=10):
    rng = np.random.default_rng(seed)
    gold, pred = [], []
    for d in range(n_docs):
        g = [Span(f"g{k}", 10 * k, 10 * k + 5, "PER") for k in range(spans)]
        p = [Span(f"p{k}", s.start, s.end, "PER") for k, s in enumerate(g) if rng.random() < hit_rate]
        gold.append(SpanDocument(f"d{d:03d}", g))
        pred.append(SpanDocument(f"d{d:03d}", p))
    return gold, pred


def test_intervals_are_seeded_contain_the_estimate_and_narrow_with_more_documents():
    gold, pred = _corpus(40, 0.7, seed=1)
    a = score_documents(gold, pred, n_bootstrap=500, seed=7).to_json()
    b = score_documents(gold, pred, n_bootstrap=500, seed=7).to_json()
    c = score_documents(gold, pred, n_bootstrap=500, seed=8).to_json()
    assert a["intervals"] == b["intervals"]
    assert a["intervals"] != c["intervals"]
    assert a["intervals"]["unit"] == "document" and a["intervals"]["n_units"] == 40
    lo, hi = a["intervals"]["schemes"]["strict"]["overall"]["f1"]
    f1 = a["schemes"]["strict"]["overall"]["f1"]
    assert lo < f1 < hi and hi - lo < 0.2
    lo_r, hi_r = a["intervals"]["schemes"]["strict"]["overall"]["recall"]
    assert lo_r <= a["schemes"]["strict"]["overall"]["recall"] <= hi_r
    big_gold, big_pred = _corpus(400, 0.7, seed=1)
    big = score_documents(big_gold, big_pred, n_bootstrap=500, seed=7).to_json()
    lo2, hi2 = big["intervals"]["schemes"]["strict"]["overall"]["f1"]
    assert hi2 - lo2 < (hi - lo) * 0.6
    assert set(a["intervals"]["schemes"]) == {"strict", "exact", "partial", "type"}
    assert set(a["intervals"]["schemes"]["type"]["labels"]) == {"PER"}


def test_percentile_interval_matches_a_direct_resampling_of_documents():
    """The count-matrix bootstrap equals resampling documents and re-scoring (same draws)."""
    gold, pred = _corpus(30, 0.6, seed=2, spans=4)
    result = score_documents(gold, pred, n_bootstrap=200, seed=11).to_json()
    rng = np.random.default_rng(11)
    f1s = []
    for _ in range(200):
        idx = rng.integers(0, 30, size=30)
        idx = np.bincount(idx, minlength=30)
        tp = sum(k * len(pred[i].spans) for i, k in enumerate(idx))
        n_gold = sum(k * len(gold[i].spans) for i, k in enumerate(idx))
        n_pred = tp
        p = tp / n_pred if n_pred else 1.0
        r = tp / n_gold
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
    expected = np.quantile(f1s, [0.025, 0.975])
    assert result["intervals"]["schemes"]["strict"]["overall"]["f1"] == pytest.approx(list(expected))


def test_fewer_than_30_documents_resample_paragraphs():
    text = "Para one.\n\nPara two.\r\n \r\nPara three.\n"
    gold = [SpanDocument("d", [Span("g0", 0, 4, "X"), Span("g1", 11, 15, "X"), Span("g2", 26, 30, "X")], text=text)]
    pred = [SpanDocument("d", [Span("p0", 0, 4, "X"), Span("p2", 26, 30, "X")])]
    result = score_documents(gold, pred, n_bootstrap=100).to_json()
    assert result["intervals"]["unit"] == "paragraph" and result["intervals"]["n_units"] == 3
    lo, hi = result["intervals"]["schemes"]["strict"]["overall"]["recall"]
    assert lo < hi
    assert paragraph_starts(text) == [0, 11, 25]
    units, n = assign_units(np.array([0, 0, 0]), np.array([0, 11, 26]), unit_starts([text], "paragraph"), 1)
    assert list(units) == [0, 1, 2] and n == 3


def test_no_intervals_when_n_bootstrap_is_zero():
    gold, pred = _corpus(3, 0.5, seed=3)
    result = score_documents(gold, pred, n_bootstrap=0).to_json()
    assert result["intervals"]["schemes"] is None and result["intervals"]["n_bootstrap"] == 0


def test_paired_test_separates_a_clearly_better_system_and_not_an_equal_one():
    gold, good = _corpus(40, 0.9, seed=4)
    _, bad = _corpus(40, 0.5, seed=5)
    out = paired_test(gold, good, bad, n_resamples=500, seed=0)
    assert set(out) == {"scheme", "metric", "a", "b", "delta", "p_value", "method"}
    assert out["delta"] > 0.2 and out["p_value"] < 0.01
    same = paired_test(gold, good, good, n_resamples=500, seed=0)
    assert same["delta"] == 0.0 and same["p_value"] == 1.0
    # B = A with one prediction dropped: a difference no test should call significant
    close = [SpanDocument(d.doc_id, list(d.spans)) for d in good]
    close[0].spans = close[0].spans[1:]
    near = paired_test(gold, good, close, n_resamples=500, seed=0)
    assert 0 < near["delta"] < 0.01 and near["p_value"] > 0.5
    # labels= restricts like score_documents: no spans of label X at all -> identical systems
    assert paired_test(gold, good, bad, labels=["X"], n_resamples=100)["p_value"] == 1.0


def test_a_single_resampling_unit_gives_no_interval_rather_than_a_zero_width_one() -> None:
    from newsgold.eval import score_documents
    from newsgold.spandoc import Span, SpanDocument

    gold = [SpanDocument("d", [Span("g", 0, 3, "PER"), Span("h", 5, 8, "LOC")])]
    pred = [SpanDocument("d", [Span("p", 0, 3, "PER")])]
    result = score_documents(gold, pred, n_bootstrap=200, seed=0).to_json()
    assert result["intervals"]["n_units"] == 1
    assert result["intervals"]["schemes"] is None
    assert "only 1 resampling unit" in result["intervals"]["note"]


def test_draws_are_the_64_bit_stream_counted_one_resample_at_a_time():
    """32-bit draws give the numbers 64-bit draws gave: a seed keeps its intervals."""
    for n_draws, n_units in [(7, 11), (3, 1), (5, 30001)]:
        weights = draw_counts(np.random.default_rng(3), n_draws, n_units)
        idx = np.random.default_rng(3).integers(0, n_units, size=(n_draws, n_units), dtype=np.int64)
        assert np.array_equal(weights, np.stack([np.bincount(row, minlength=n_units) for row in idx]))


def test_distinct_columns_rebuild_the_matrix():
    matrix = np.array([[1, 2, 1, 0, 2], [3, 4, 3, 0, 5]])
    distinct, column = _distinct_columns(matrix)
    assert distinct.shape == (2, 4) and np.array_equal(distinct[:, column], matrix)
    big = np.random.default_rng(1).integers(0, 3, size=(500, 40))
    big[:, 20:] = big[:, :20]
    distinct, column = _distinct_columns(big)
    assert distinct.shape == (500, 20) and np.array_equal(distinct[:, column], big)


def test_columns_whose_fingerprints_collide_are_still_told_apart():
    matrix = np.array([[1, 2, 1, 0, 2], [3, 4, 3, 0, 5]])
    distinct, column = _distinct_columns_exactly(matrix, [7] * 5)  # every fingerprint the same
    assert distinct.shape == (2, 4) and np.array_equal(distinct[:, column], matrix)


def _reference_intervals(overall, labels_out, n_labels, n_bootstrap, seed, zero_division):
    """The plain computation: every resample's weights times every outcome column in float64, nanquantile."""
    n_units = overall.shape[0]
    rng = np.random.default_rng(seed)
    flat = np.concatenate((labels_out.reshape(n_units, -1), overall), axis=1).astype(np.float64)
    chunk = max(1, min(n_bootstrap, 1_000_000 // n_units))
    stats, done = [], 0
    while done < n_bootstrap:
        b = min(chunk, n_bootstrap - done)
        idx = rng.integers(0, n_units, size=(b, n_units), dtype=np.int64)
        weights = np.stack([np.bincount(row, minlength=n_units) for row in idx]).astype(np.float64)
        stats.append(_metrics_from_outcomes((weights @ flat).reshape(b, n_labels + 1, -1), zero_division))
        done += b
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        alpha = (1.0 - 0.95) / 2.0  # as bootstrap_intervals computes it (not the literal 0.025)
        return np.nanquantile(np.concatenate(stats), [alpha, 1.0 - alpha], axis=0)


@pytest.mark.parametrize("scale", [1, 2**22])  # float32 sums (exact), and counts too large for float32
@pytest.mark.parametrize("zero_division", [0.0, float("nan")])
def test_intervals_equal_the_plain_float64_computation(scale, zero_division):
    rng = np.random.default_rng(5)
    n_units, n_labels = 40, 3
    overall = rng.integers(0, 4, size=(n_units, 12)) * scale + rng.integers(0, 2, size=(n_units, 12))
    labels_out = rng.integers(0, 3, size=(n_units, n_labels, 12)) * scale + rng.integers(0, 2, size=(n_units, n_labels, 12))
    labels_out[:, 1, :] = 0  # a label never seen: undefined in every resample
    labels_out[:, :, 6:] = labels_out[:, :, :6]  # both matchings' slots alike, as the per-label matching fills them
    names = ["A", "B", "C"]
    got = bootstrap_intervals(overall, labels_out, names, n_bootstrap=150, seed=9, confidence=0.95,
                              zero_division=zero_division)  # fmt: skip
    lo, hi = _reference_intervals(overall, labels_out, n_labels, 150, 9, zero_division)
    for s, scheme in enumerate(("strict", "exact", "partial", "type")):
        for row, li in [(got[scheme]["overall"], n_labels), *((got[scheme]["labels"][n], i) for i, n in enumerate(names))]:
            for k, metric in enumerate(("precision", "recall", "f1")):
                want = [None if np.isnan(x) else float(x) for x in (lo[li, s, k], hi[li, s, k])]
                assert row[metric] == want


def _scipy_p_value(outcomes_a, outcomes_b, scheme, n_resamples, seed):
    """The paired test as scipy.stats.permutation_test computes it (the reference)."""
    from scipy.stats import permutation_test

    from newsgold.eval.schemes import SCHEMES, prf, scheme_counts

    s = SCHEMES.index(scheme)
    table = np.concatenate((outcomes_a, outcomes_b)).astype(np.float64)
    n = outcomes_a.shape[0]

    def f1(rows):
        return prf(scheme_counts(table[rows].sum(axis=-2))[..., s, :])[4]

    def statistic(x, y, axis=-1):
        x = np.moveaxis(np.asarray(x, dtype=np.int64), axis, -1)
        y = np.moveaxis(np.asarray(y, dtype=np.int64), axis, -1)
        return f1(x) - f1(y)

    result = permutation_test((np.arange(n), np.arange(n) + n), statistic, permutation_type="samples",
                              vectorized=True, n_resamples=n_resamples, alternative="two-sided",
                              rng=np.random.default_rng(seed))  # fmt: skip
    return float(min(1.0, result.pvalue))


@pytest.mark.parametrize("n_units", [2, 3, 8])  # scipy refuses a single unit
def test_exact_paired_test_equals_scipy_permutation_test(n_units):
    from newsgold.eval.bootstrap import approximate_randomisation

    rng = np.random.default_rng(n_units)
    a, b = rng.integers(0, 5, size=(n_units, 12)), rng.integers(0, 5, size=(n_units, 12))
    for scheme in ("strict", "partial"):
        f_a, f_b, p = approximate_randomisation(a, b, scheme=scheme, n_resamples=1000, seed=0)
        assert p == pytest.approx(_scipy_p_value(a, b, scheme, 1000, 0), abs=1e-12)  # all 2**n subsets: no chance
    same = approximate_randomisation(a, a, scheme="strict", n_resamples=1000, seed=0)
    assert same[2] == 1.0


def test_random_paired_test_agrees_with_scipy_within_sampling_error():
    from newsgold.eval.bootstrap import approximate_randomisation

    rng = np.random.default_rng(1)
    a = rng.integers(0, 6, size=(40, 12))
    b = np.clip(a + rng.integers(-1, 2, size=(40, 12)), 0, None)
    for seed in (0, 1):
        p = approximate_randomisation(a, b, scheme="strict", n_resamples=4000, seed=seed)[2]
        reference = _scipy_p_value(a, b, "strict", 4000, seed)
        assert 0.02 < reference < 0.98  # a p-value in the middle, where sampling error is largest
        tail = reference / 2  # two-sided p = twice a tail frequency: 5 standard errors of both estimates
        assert abs(p - reference) < 5 * np.sqrt(2) * 2 * np.sqrt(tail * (1 - tail) / 4000)


def test_one_blas_thread_needs_no_threadpoolctl_when_openblas_started_with_one(monkeypatch):
    """With OPENBLAS_NUM_THREADS=1 (what ``newsgold eval`` sets before numpy loads) threadpoolctl is not imported."""
    import builtins

    from newsgold.eval import bootstrap

    real_import = builtins.__import__

    def no_threadpoolctl(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name == "threadpoolctl":
            raise AssertionError("threadpoolctl imported")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_threadpoolctl)
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "1")
    with bootstrap._one_blas_thread():
        pass
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "2")
    with pytest.raises(AssertionError, match="threadpoolctl imported"):
        with bootstrap._one_blas_thread():
            pass
