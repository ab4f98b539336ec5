"""The bootstrap's draws: how often each unit appears in each resample, optionally drawn ahead on a second thread.

Drawing does not depend on the data, only on the seed, the number of
resamples and the number of units, and the number of units is known as soon
as the gold documents are (one per gold document once there are 30 or more).
So ``eval score`` can draw while it matches the documents: numpy's random
generator and ``bincount`` release the interpreter lock, so on a machine
with a free core the ~0.12 s of drawing at 10,000 documents (~0.6 s at 50,000)
disappears from the wall time. The CPU time is the same, and so are the
numbers: the same calls on the same generator, in the same order
(:class:`CountsAhead` is tested equal to :func:`count_chunks`).

Counts drawn ahead are kept as ``uint8`` (a unit drawn 256 times among ``n``
draws of ``n`` units has odds below 1e-500; if it happens, that chunk is kept
as int64), so holding all 1,000 resamples takes ``resamples x units`` bytes
(10 MB at 10,000 documents, 50 MB at 50,000) instead of one chunk at a time.
Drawn in place, they are written straight in the type the product uses.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import numpy as np

MAX_CELLS = 1_000_000
"""Resamples x units drawn in one call (~4 MB of 32-bit draws)."""
COUNT_EACH_ROW_FROM = 1_000
"""Units from which a resample's counts are made one row at a time (they stay in the CPU cache)."""


def chunk_rows(n_bootstrap: int, n_units: int) -> int:
    """Resamples per chunk: as many as fit in :data:`MAX_CELLS` cells, at least one."""
    return max(1, min(n_bootstrap, MAX_CELLS // max(n_units, 1)))


def draw_counts(rng: np.random.Generator, n_draws: int, n_units: int, dtype: type = np.int64) -> np.ndarray:
    """``(n_draws, n_units)`` matrix: how often each unit appears in each resample, as ``dtype``.

    ``n_draws * n_units`` uniform unit numbers, drawn in one call (row ``k`` is
    resample ``k``); 32-bit draws are the same numbers as 64-bit ones, in half
    the memory. Counted per row, a row's counts stay in the CPU cache and are
    written straight into the result; with few units, one count over all rows
    (a Python step per row would cost more). With ``dtype=numpy.uint8`` a count
    above 255 turns the whole matrix into int64 (never silently wrapped).
    """
    idx = rng.integers(0, n_units, size=(n_draws, n_units), dtype=np.int32 if n_units < 2**31 else np.int64)
    byte = np.dtype(dtype) == np.uint8
    if n_units < COUNT_EACH_ROW_FROM:
        cells = idx.astype(np.int64) + (np.arange(n_draws, dtype=np.int64) * n_units)[:, None]
        counts = np.bincount(cells.ravel(), minlength=n_draws * n_units).reshape(n_draws, n_units)
        return counts if byte and int(counts.max(initial=0)) > 255 else counts.astype(dtype)
    out = np.empty((n_draws, n_units), dtype=dtype)
    for k in range(n_draws):
        row = np.bincount(idx[k], minlength=n_units)
        if byte and int(row.max()) > 255:  # practically never (module docstring)
            out, byte = out.astype(np.int64), False
        out[k] = row
    return out


def count_chunks(n_bootstrap: int, seed: int, n_units: int, dtype: type = np.int64) -> Iterator[np.ndarray]:
    """The count matrices of all ``n_bootstrap`` resamples, chunk by chunk (:func:`chunk_rows` rows each)."""
    rng = np.random.default_rng(seed)
    chunk = chunk_rows(n_bootstrap, n_units)
    done = 0
    while done < n_bootstrap:
        b = min(chunk, n_bootstrap - done)
        yield draw_counts(rng, b, n_units, dtype)
        done += b


class CountsAhead:
    """:func:`count_chunks` run on a thread of its own; :meth:`chunks` waits for it and gives the same matrices."""

    def __init__(self, n_bootstrap: int, seed: int, n_units: int) -> None:
        self.n_bootstrap, self.seed, self.n_units = n_bootstrap, seed, n_units
        self._chunks: list[np.ndarray] = []
        self._error: BaseException | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._draw, name="newsgold-bootstrap-draws", daemon=True)
        self._thread.start()

    def _draw(self) -> None:
        try:
            for counts in count_chunks(self.n_bootstrap, self.seed, self.n_units, np.uint8):
                if self._stop.is_set():
                    return
                self._chunks.append(counts)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller of chunks()
            self._error = exc

    def chunks(self) -> list[np.ndarray]:
        """All count matrices, in order (re-raises what went wrong on the thread)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._chunks

    def stop(self) -> None:
        """Stop after the chunk being drawn and wait for the thread (when the scoring failed)."""
        self._stop.set()
        self._thread.join()
