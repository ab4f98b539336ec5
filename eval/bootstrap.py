"""Resampling units, bootstrap confidence intervals and the paired test.

Why resample whole units (documents or paragraphs) and not spans: errors in
one article are correlated (one confusing name is missed five times), so
treating spans as independent would make intervals far too narrow.
With fewer than :data:`MIN_DOCUMENTS_FOR_DOCUMENT_UNITS` documents there are
too few documents for a bootstrap to mean much, so the unit becomes the
paragraph (text split on blank lines; a document without text is one
paragraph). A matched pair and a missed gold span belong to the unit where the
gold span starts; a spurious prediction to the unit where it starts.

Why not :func:`sklearn.utils.resample`: it draws one resample per call and
returns copies of the data; with 1,000 resamples that is a Python loop of
1,000 copies. Here each unit is reduced once to a small vector of outcome
counts, and all resamples are drawn at once as a matrix of how often each
unit was drawn (numpy ``Generator.integers`` + ``bincount``,
:mod:`newsgold.eval.resample_counts`, which ``eval score`` runs on a second
thread while it matches), so a resample is one matrix product. The
statistics are identical to resampling the units.

What keeps the 1,000 resamples cheap at a million spans (50,000 documents):
the draws are made as 32-bit integers (numpy gives the same numbers as with
64-bit ones, so the seed's intervals are unchanged), counted one resample at a
time in cache-sized rows, and multiplied only with the *distinct* outcome
columns (the per-label matching fills the slots of both matchings with the same
counts, and many columns are zero); in float32 whenever every sum is an
integer below 2**24 (then float32 is exact), else float64. The product runs on
one BLAS thread (threadpoolctl): the matrices are too small for threads to pay,
and on a shared machine OpenBLAS's threads cost more than they bring.
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext

import numpy as np

from newsgold.eval.resample_counts import MAX_CELLS, CountsAhead, count_chunks
from newsgold.eval.schemes import SCHEMES, prf, scheme_counts

MIN_DOCUMENTS_FOR_DOCUMENT_UNITS = 30
_BLAS_THREADS_FROM = 1_000  # units from which OpenBLAS would start threads for the resampling product
_BLANK_LINE = re.compile(r"\r?\n[^\S\r\n]*(?:\r?\n[^\S\r\n]*)*\r?\n")


def paragraph_starts(text: str | None) -> list[int]:
    """Start offsets of the paragraphs of ``text`` (split on blank lines).

    >>> paragraph_starts("One.\\n\\nTwo.\\r\\n  \\r\\nThree.")
    [0, 6, 16]
    """
    if not text:
        return [0]
    return [0] + [m.end() for m in _BLANK_LINE.finditer(text) if m.end() < len(text)]


def unit_starts(texts: Sequence[str | None], unit: str) -> list[list[int]] | None:
    """Per document, the start offsets of its paragraphs; ``None`` for one unit per document."""
    if unit == "document":
        return None
    return [paragraph_starts(t) for t in texts]


def choose_unit(n_documents: int) -> str:
    """``"document"`` with enough documents, else ``"paragraph"``."""
    return "document" if n_documents >= MIN_DOCUMENTS_FOR_DOCUMENT_UNITS else "paragraph"


def assign_units(
    doc: np.ndarray, offset: np.ndarray, starts: list[list[int]] | None, n_docs: int
) -> tuple[np.ndarray, int]:
    """Unit number of each ``(doc, offset)`` and the total number of units."""
    if starts is None:
        return doc.astype(np.int64), n_docs
    counts = np.array([len(s) for s in starts], dtype=np.int64)
    n_units = int(counts.sum())
    if len(doc) == 0:
        return np.zeros(0, dtype=np.int64), n_units
    # Documents laid end to end on one number line, then one binary search.
    width = np.array([s[-1] for s in starts], dtype=np.int64) + 1
    np.maximum.at(width, doc, offset + 1)
    shift = np.concatenate(([0], np.cumsum(width)[:-1]))
    flat_starts = np.concatenate([np.asarray(s, dtype=np.int64) + shift[i] for i, s in enumerate(starts)])
    unit = np.searchsorted(flat_starts, offset + shift[doc], side="right") - 1
    return unit.astype(np.int64), n_units


def _distinct_columns(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(distinct, column)``: the distinct columns of ``matrix`` and, per column, which one it is.

    ``matrix == distinct[:, column]``. A random integer fingerprint of every
    column (one matrix-vector product, its own fixed generator: the resamples'
    draws are untouched) sorts the columns into kinds, and one comparison of
    the whole rebuilt matrix proves no two different columns shared a
    fingerprint; if some did, :func:`_distinct_columns_exactly` compares
    them column by column. (``numpy.unique(axis=1)`` gives the same but builds
    a structured dtype with one field per row: far slower here.) The order of
    the kinds does not matter: every sum is put back in its column's place.
    """
    probe = np.random.default_rng(0x5EED).integers(1, 2**31, size=matrix.shape[0], dtype=np.int64)
    columns = np.ascontiguousarray(matrix.T)  # one row per column (no copy when matrix is in Fortran order)
    fingerprints = columns @ probe  # int64 arithmetic wraps on overflow: still a fingerprint
    _, first, column = np.unique(fingerprints, return_index=True, return_inverse=True)
    column = column.reshape(-1).astype(np.intp)
    kind_of = first[column]  # per column, the first column with its fingerprint
    if all(np.array_equal(columns[j], columns[k]) for j, k in zip(*_moved(kind_of), strict=True)):
        return columns[first].T, column
    return _distinct_columns_exactly(matrix, fingerprints.tolist())


def _moved(kind_of: np.ndarray) -> tuple[list[int], list[int]]:
    """The columns that are not the first of their kind, and that first column (the pairs to compare)."""
    j = np.flatnonzero(kind_of != np.arange(len(kind_of)))
    return j.tolist(), kind_of[j].tolist()


def _distinct_columns_exactly(matrix: np.ndarray, fingerprints: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_distinct_columns` when fingerprints collide: a column joins a kind only if it equals its column."""
    kinds: dict[int, list[int]] = {}  # fingerprint -> kinds (more than one only if two columns collide)
    first: list[int] = []  # kind -> one column of that kind
    column = np.empty(matrix.shape[1], dtype=np.intp)
    for j, fp in enumerate(fingerprints):
        same = kinds.setdefault(fp, [])
        k = next((k for k in same if np.array_equal(matrix[:, first[k]], matrix[:, j])), None)
        if k is None:
            k = len(first)
            first.append(j)
            same.append(k)
        column[j] = k
    return matrix[:, first], column


def _blas_has_one_thread() -> bool:
    """True when OpenBLAS was told to start one thread (``newsgold eval`` sets this before numpy loads).

    Then :func:`_one_blas_thread` has nothing to do, and importing
    threadpoolctl and asking every loaded library for its threads (~22 ms CPU of
    a 1 s command) is skipped. Read from the environment: set after numpy
    was imported, the variable would be ignored by OpenBLAS and the products
    would run on its threads: slower, same numbers.
    """
    return os.environ.get("OPENBLAS_NUM_THREADS") == "1"


@contextmanager
def _one_blas_thread() -> Iterator[None]:
    """Run the resampling products on one BLAS thread (module docstring: threads cost more than they bring)."""
    if _blas_has_one_thread():
        yield
        return
    from threadpoolctl import threadpool_limits  # imported when used: only resampling needs it

    with threadpool_limits(limits=1, user_api="blas"):
        yield


def _metrics_from_outcomes(outcomes: np.ndarray, zero_division: float) -> np.ndarray:
    """``(B, L + 1, outcomes)`` outcome counts -> ``(B, L + 1, scheme, 3)`` P/R/F1."""
    _, _, p, r, f = prf(scheme_counts(outcomes), zero_division)
    return np.stack((p, r, f), axis=-1)


def bootstrap_intervals(
    overall_outcomes: np.ndarray,
    label_outcomes: np.ndarray,
    labels: Sequence[str],
    *,
    n_bootstrap: int,
    seed: int,
    confidence: float,
    zero_division: float = 0.0,
    drawn: CountsAhead | None = None,
) -> dict[str, dict[str, object]]:
    """Percentile intervals of P/R/F1 for every scheme, overall and per label.

    ``overall_outcomes`` is ``(units, outcomes)`` (the overall matchings),
    ``label_outcomes`` ``(units, labels, outcomes)`` (each label matched alone):
    both are resampled with the same unit weights. A resample where a ratio is
    undefined takes ``zero_division``; with NaN, such resamples are left out of
    that interval (all of them: the bound is NaN, ``None`` in JSON).
    ``drawn``: the same resamples' counts, drawn ahead on another thread
    (:class:`~newsgold.eval.resample_counts.CountsAhead`); the result is the same.
    """
    n_units, n_out = overall_outcomes.shape
    # (units, columns) in Fortran order: each column contiguous, as _distinct_columns reads them
    flat = np.concatenate((label_outcomes.reshape(n_units, -1).T, overall_outcomes.T)).T
    distinct, column = _distinct_columns(flat)  # every resample sums each distinct column once
    # float32 is exact while every partial sum is an integer below 2**24: a resample's sum of a column is at
    # most n_units times its largest count (the weights of a resample add up to n_units).
    exact32 = int(distinct.max(initial=0)) * max(n_units, 1) < 2**24
    basis = distinct.astype(np.float32 if exact32 else np.float64)
    if drawn is not None and (drawn.n_bootstrap, drawn.seed, drawn.n_units) != (n_bootstrap, seed, n_units):
        raise ValueError("the counts drawn ahead are for another bootstrap")  # a caller's bug, never the user's
    chunks = drawn.chunks() if drawn is not None else count_chunks(n_bootstrap, seed, n_units, basis.dtype.type)
    stats = np.empty((n_bootstrap, len(labels) + 1, len(SCHEMES), 3))  # (B, L+1, S, 3), last row overall
    done = 0
    with _one_blas_thread() if n_units >= _BLAS_THREADS_FROM else nullcontext():
        for counts in chunks:
            b = len(counts)
            sums = (counts.astype(basis.dtype, copy=False) @ basis)[:, column].astype(np.float64)
            stats[done : done + b] = _metrics_from_outcomes(sums.reshape(b, len(labels) + 1, n_out), zero_division)
            done += b
    alpha = (1.0 - confidence) / 2.0
    if np.isnan(stats).any():  # zero_division=nan: undefined resamples leave the interval
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN slices give NaN bounds, reported as None
            lo, hi = np.nanquantile(stats, [alpha, 1.0 - alpha], axis=0)
    else:  # the same quantiles, without nanquantile's per-slice NaN handling
        lo, hi = np.quantile(stats, [alpha, 1.0 - alpha], axis=0)
    names = ("precision", "recall", "f1")
    out: dict[str, dict[str, object]] = {}
    for s, scheme in enumerate(SCHEMES):

        def row(li: int, s: int = s) -> dict[str, list[float | None]]:
            return {m: [_bound(lo[li, s, k]), _bound(hi[li, s, k])] for k, m in enumerate(names)}

        out[scheme] = {"overall": row(len(labels)), "labels": {lab: row(i) for i, lab in enumerate(labels)}}
    return out


def _bound(x: float) -> float | None:
    return None if np.isnan(x) else float(x)


def approximate_randomisation(
    outcomes_a: np.ndarray, outcomes_b: np.ndarray, *, scheme: str, n_resamples: int, seed: int
) -> tuple[float, float, float]:
    """Two-sided approximate randomisation test of the micro F1 of A vs B.

    ``outcomes_*`` are ``(units, outcomes)`` counts of each system on the same
    units. Under the null hypothesis the two systems are exchangeable within
    a unit, so each resample swaps A's and B's counts in a random subset of
    the units (Noreen 1989); with ``2 ** units <= n_resamples`` every subset is
    taken once (an exact test). The p-value is defined as in
    :func:`scipy.stats.permutation_test` (``permutation_type="samples"``,
    two-sided: twice the smaller tail, each tail counting the observed
    statistic once in a random test, ties within 100 machine epsilons), which
    the test suite checks against; computed here because importing
    scipy.stats costs more than a whole ``eval report`` (CONTRIBUTING.md).
    Returns (F1 of A, F1 of B, p-value).
    """
    s = SCHEMES.index(scheme)
    a = outcomes_a.astype(np.float64)
    diff = outcomes_b.astype(np.float64) - a  # what swapping a unit moves from A to B
    total_a, total_b = a.sum(axis=0), outcomes_b.astype(np.float64).sum(axis=0)
    n_units = a.shape[0]

    def f1(counts: np.ndarray) -> np.ndarray:
        return prf(scheme_counts(counts)[..., s, :])[4]

    f_a, f_b = float(f1(total_a)), float(f1(total_b))
    if n_units == 0:
        return f_a, f_b, 1.0
    exact = n_units < 63 and 2**n_units <= n_resamples
    n_null = 2**n_units if exact else n_resamples
    rng = np.random.default_rng(seed)
    batch = max(1, MAX_CELLS // n_units)
    null = np.empty(n_null)
    for first in range(0, n_null, batch):
        rows = min(batch, n_null - first)
        if exact:  # subset k swaps the units whose bit is set in k
            codes = np.arange(first, first + rows, dtype=np.int64)[:, None]
            swap = ((codes >> np.arange(n_units, dtype=np.int64)) & 1).astype(np.float64)
        else:
            swap = (rng.random((rows, n_units)) < 0.5).astype(np.float64)
        moved = swap @ diff
        null[first : first + rows] = f1(total_a + moved) - f1(total_b - moved)
    observed = f_a - f_b
    gamma = abs(observed) * np.finfo(np.float64).eps * 100
    adjustment = 0 if exact else 1
    less = (np.count_nonzero(null <= observed + gamma) + adjustment) / (n_null + adjustment)
    greater = (np.count_nonzero(null >= observed - gamma) + adjustment) / (n_null + adjustment)
    return f_a, f_b, float(min(1.0, 2 * min(less, greater)))
