"""The sentence(s) an error lies in, so that the error list shows each mistake where it happened.

Sentence boundaries come from spaCy's rule-based ``sentencizer`` on a blank
English pipeline (no model, no download): it keeps abbreviations such as
"U.S." inside a sentence, which a naive split on full stops does not. Line
breaks are also boundaries, so a context never runs across paragraphs unless
the error itself does.
"""

from __future__ import annotations

import bisect
import functools
import json
from pathlib import Path
from typing import Any

from newsgold.atomic import atomic_write_text
from newsgold.input_files import read_json_file
from newsgold.spandoc import text_sha256


@functools.lru_cache(maxsize=1)
def _sentencizer() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Half-open ``[start, end)`` character ranges of the sentences of ``text`` (whitespace trimmed).

    >>> sentence_bounds("The U.S. delegation arrived. Talks began.\\nNew paragraph")
    [(0, 28), (29, 41), (42, 55)]
    """
    bounds: list[tuple[int, int]] = []
    for sent in _sentencizer()(text).sents:
        start = sent.start_char
        for line in text[sent.start_char : sent.end_char].split("\n"):
            stripped = line.strip()
            if stripped:
                lead = len(line) - len(line.lstrip())
                bounds.append((start + lead, start + lead + len(stripped)))
            start += len(line) + 1
    return bounds


def cached_sentence_bounds(text: str, cache_dir: Path | None) -> list[tuple[int, int]]:
    """:func:`sentence_bounds`, kept in ``cache_dir/<text sha256>.json`` when a cache is given.

    Loading spaCy just to split two articles into sentences is most of a
    cached report run's time; the bounds only depend on the text.
    """
    if cache_dir is None:
        return sentence_bounds(text)
    path = cache_dir / f"{text_sha256(text)}.json"
    try:  # through read_json_file: a FIFO or a device in the cache's place is a miss, not a read that never ends
        cached: Any = read_json_file(path, "sentence cache")
        return [(int(a), int(b)) for a, b in cached]
    except (ValueError, TypeError, OverflowError):  # InputFormatError is a ValueError; OverflowError: int(Infinity)
        bounds = sentence_bounds(text)
        atomic_write_text(path, json.dumps(bounds))
        return bounds


class ContextFinder:
    """Maps a character range of a document to the range of the sentences it touches."""

    def __init__(self, texts: dict[str, str], cache_dir: Path | None = None) -> None:
        self._texts = texts
        self._cache_dir = cache_dir
        self._bounds: dict[str, tuple[list[int], list[int]]] = {}

    def _for(self, doc_id: str) -> tuple[list[int], list[int]]:
        if doc_id not in self._bounds:
            bounds = cached_sentence_bounds(self._texts[doc_id], self._cache_dir)
            self._bounds[doc_id] = ([s for s, _ in bounds], [e for _, e in bounds])
        return self._bounds[doc_id]

    def around(self, doc_id: str, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` widened to whole sentences (the range itself when it lies between sentences)."""
        starts, ends = self._for(doc_id)
        first = bisect.bisect_right(ends, start)  # first sentence ending after start
        last = bisect.bisect_left(starts, end) - 1  # last sentence starting before end
        if first >= len(starts) or last < first:
            return start, end
        return min(start, starts[first]), max(end, ends[last])
