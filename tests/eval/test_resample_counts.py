"""newsgold.eval.resample_counts: counts drawn ahead on a thread are the counts drawn in place."""

from __future__ import annotations

import numpy as np
import pytest

from newsgold.eval.bootstrap import bootstrap_intervals
from newsgold.eval.resample_counts import CountsAhead, chunk_rows, count_chunks, draw_counts


@pytest.mark.parametrize(("n_bootstrap", "n_units"), [(7, 5), (250, 1_200), (3, 400_000)])
def test_counts_drawn_ahead_are_the_counts_drawn_in_place(n_bootstrap, n_units):
    ahead = CountsAhead(n_bootstrap, 11, n_units).chunks()
    in_place = list(count_chunks(n_bootstrap, 11, n_units))
    assert [len(c) for c in ahead] == [len(c) for c in in_place]
    assert sum(len(c) for c in in_place) == n_bootstrap
    assert all(len(c) <= chunk_rows(n_bootstrap, n_units) for c in in_place)
    for a, b in zip(ahead, in_place, strict=True):
        assert a.dtype == np.uint8 and np.array_equal(a, b)
        assert (a.sum(axis=1) == n_units).all()  # each resample draws as many units as there are


class _AlwaysUnitZero:
    """A generator stand-in that draws unit 0 every time: counts of n_units, too large for a byte."""

    def integers(self, low, high, size, dtype):  # type: ignore[no-untyped-def]
        return np.zeros(size, dtype=dtype)


@pytest.mark.parametrize("n_units", [300, 1_300])  # one count over all rows, and one per row
def test_a_count_too_large_for_a_byte_is_kept_whole(n_units):
    counts = draw_counts(_AlwaysUnitZero(), 3, n_units, np.uint8)  # type: ignore[arg-type]
    assert counts.dtype == np.int64 and (counts[:, 0] == n_units).all() and (counts[:, 1:] == 0).all()


@pytest.mark.parametrize("dtype", [np.uint8, np.float32, np.float64])
def test_counts_are_the_same_numbers_in_every_type(dtype):
    for n_units in (50, 1_500):
        want = draw_counts(np.random.default_rng(8), 4, n_units)
        got = draw_counts(np.random.default_rng(8), 4, n_units, dtype)
        assert got.dtype == dtype and np.array_equal(got, want)


def test_an_error_on_the_thread_reaches_the_caller(monkeypatch):
    from newsgold.eval import resample_counts

    def broken(rng, n_draws, n_units, dtype):
        raise MemoryError("no room for the draws")

    monkeypatch.setattr(resample_counts, "draw_counts", broken)
    with pytest.raises(MemoryError, match="no room"):
        CountsAhead(5, 0, 10).chunks()


def test_stop_ends_the_thread_before_every_chunk_is_drawn():
    ahead = CountsAhead(100_000, 0, 50_000)  # 5e9 draws: minutes if it ran to the end
    ahead.stop()
    assert not ahead._thread.is_alive() and len(ahead._chunks) < 100


def test_intervals_from_counts_drawn_ahead_equal_those_drawn_in_place():
    rng = np.random.default_rng(2)
    n_units = 1_500
    overall = rng.integers(0, 4, size=(n_units, 12))
    labels_out = rng.integers(0, 3, size=(n_units, 2, 12))
    kwargs = {"n_bootstrap": 120, "seed": 4, "confidence": 0.9}
    in_place = bootstrap_intervals(overall, labels_out, ["A", "B"], **kwargs)
    ahead = bootstrap_intervals(overall, labels_out, ["A", "B"], **kwargs, drawn=CountsAhead(120, 4, n_units))
    assert ahead == in_place
    with pytest.raises(ValueError, match="another bootstrap"):
        bootstrap_intervals(overall, labels_out, ["A", "B"], **kwargs, drawn=CountsAhead(120, 5, n_units))


def test_draw_counts_is_one_bincount_per_resample():
    counts = draw_counts(np.random.default_rng(3), 4, 2_000)
    idx = np.random.default_rng(3).integers(0, 2_000, size=(4, 2_000))
    assert np.array_equal(counts, np.stack([np.bincount(row, minlength=2_000) for row in idx]))


def _documents(n_docs):
    from newsgold.spandoc import Span, SpanDocument

    rng = np.random.default_rng(0)
    gold = [SpanDocument(f"d{i:05d}", [Span("g", 0, 5, "PER"), Span("h", 9, 12, "ORG")]) for i in range(n_docs)]
    pred = [SpanDocument(f"d{i:05d}", [Span("p", 0, 5 if rng.random() < 0.8 else 4, "PER")]) for i in range(n_docs)]
    return gold, pred


def test_score_documents_gives_the_same_intervals_with_and_without_drawing_ahead(monkeypatch):
    import threading

    from newsgold.eval import scoring

    gold, pred = _documents(1_200)
    started = []
    monkeypatch.setattr(scoring, "CountsAhead", lambda *a: started.append(a) or CountsAhead(*a))
    ahead = scoring.score_documents(gold, pred, n_bootstrap=200, seed=3).to_json()["intervals"]
    assert started == [(200, 3, 1_200)]
    monkeypatch.setattr(scoring, "DRAW_AHEAD_FROM", 10**9)
    in_place = scoring.score_documents(gold, pred, n_bootstrap=200, seed=3).to_json()["intervals"]
    assert len(started) == 1 and ahead == in_place and ahead["schemes"] is not None
    assert all(t.name != "newsgold-bootstrap-draws" for t in threading.enumerate())


def test_a_bad_gold_set_stops_the_draws_and_gives_the_usual_error():
    import threading

    from newsgold.errors import UserError
    from newsgold.eval.scoring import score_documents

    gold, pred = _documents(1_200)
    gold.append(gold[0])
    with pytest.raises(UserError, match="appears twice"):
        score_documents(gold, pred, n_bootstrap=100_000)  # drawing them all would take minutes
    assert all(t.name != "newsgold-bootstrap-draws" for t in threading.enumerate())
