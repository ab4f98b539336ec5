"""The predictions cache: a second run with nothing changed re-runs no extractor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsgold.eval.report.cache import PredictionsCache, cache_key
from newsgold.corpus import Document


def _doc(text: str, dct: str = "2021-05-20") -> Document:
    return Document("a", text, "t", dt.date.fromisoformat(dct), "x", Path("a.txt"))


def test_second_run_reruns_no_extractor(run, registry) -> None:
    status1, first, _ = run()
    status2, second, _ = run()
    assert status1 == status2 == 0
    assert {n: e.calls for n, e in registry.extractors.items()} == {"ents": 1, "dates": 1, "quotes": 1}
    assert not any(e["cached"] for e in first["extractors"].values())
    assert all(e["cached"] for e in second["extractors"].values())
    assert first["extractors"]["ents"]["score"] == second["extractors"]["ents"]["score"]


def test_new_version_reruns_only_that_extractor(run, registry) -> None:
    run()
    registry.extractors["dates"].version = "2"
    _, report, _ = run()
    assert {n: e.calls for n, e in registry.extractors.items()} == {"ents": 1, "dates": 2, "quotes": 1}
    assert report["extractors"]["dates"]["cached"] is False
    assert report["extractors"]["ents"]["cached"] is True


def test_no_cache_reruns(run, registry) -> None:
    run()
    run(use_cache=False)
    assert registry.extractors["ents"].calls == 2


def test_unreadable_cache_entry_is_a_miss(run, registry, project) -> None:
    run()
    for entry in (project / ".cache" / "ents").glob("*.jsonl"):
        entry.write_text("{not json\n", encoding="utf-8")
    _, report, _ = run()
    assert registry.extractors["ents"].calls == 2
    assert report["extractors"]["ents"]["cached"] is False


def test_key_depends_on_name_version_text_and_dct() -> None:
    base = cache_key("x", "1", [_doc("Hello.")])
    assert base == cache_key("x", "1", [_doc("Hello.")])
    assert base != cache_key("y", "1", [_doc("Hello.")])
    assert base != cache_key("x", "2", [_doc("Hello.")])
    assert base != cache_key("x", "1", [_doc("Hello!")])
    assert base != cache_key("x", "1", [_doc("Hello.", "2021-05-21")])


def test_cache_names_are_safe_paths(tmp_path: Path) -> None:
    cache = PredictionsCache(tmp_path)
    evil = cache.path_for("../evil/x", "k").parent
    assert evil.parent == tmp_path and evil.name.startswith("_evil_x-")
    assert cache.path_for("__evil_x", "k").parent != evil, "distinct names, distinct folders"


def test_a_fifo_in_the_sentence_cache_is_a_miss_not_a_hang(tmp_path: Path, outcome_reading_fifo) -> None:  # type: ignore[no-untyped-def]
    """Before: read_text() on a FIFO in the sentence cache waited for a writer forever (eval report hung)."""
    import os

    from newsgold.eval.report.context import cached_sentence_bounds, sentence_bounds
    from newsgold.spandoc import text_sha256

    text = "The talks began. They ended on Friday."
    fifo = tmp_path / f"{text_sha256(text)}.json"
    os.mkfifo(fifo)
    assert outcome_reading_fifo(fifo, lambda: cached_sentence_bounds(text, tmp_path)) == sentence_bounds(text)
    assert fifo.is_file()
