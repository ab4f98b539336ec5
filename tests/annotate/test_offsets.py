"""UTF-16 <-> code point conversion and the repair of regions that disagree with the text (no server)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsgold.annotate.offsets import OffsetMapper, RegionMismatch, RegionResolver, to_label_studio

TEXT = "Hi \U0001F600 \u201cAna\u00a0Silva\u201d\r\nin Reykjav\u00edk \U0001F1EE\U0001F1F8 today.\r\n"


def u16(text: str, i: int) -> int:
    return len(text[:i].encode("utf-16-le")) // 2


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_mapper_agrees_with_utf16_encoding(text: str) -> None:
    m = OffsetMapper(text)
    assert m.utf16_length == len(text.encode("utf-16-le")) // 2
    for i in range(len(text) + 1):
        assert m.to_utf16(i) == u16(text, i)
        assert m.from_utf16(u16(text, i)) == i


def test_offset_inside_a_surrogate_pair_is_refused() -> None:
    m = OffsetMapper("a\U0001F600b")
    assert (m.to_utf16(1), m.to_utf16(2), m.from_utf16(3)) == (1, 3, 2)
    with pytest.raises(ValueError, match="surrogate"):
        m.from_utf16(2)
    with pytest.raises(ValueError):
        m.to_utf16(4)


def test_to_label_studio_writes_python_offsets() -> None:
    i = TEXT.index("Reykjav")
    assert to_label_studio(TEXT, i, i + 9) == (i, i + 9)  # LS 1.23's editor counts code points, CRLF as two
    with pytest.raises(ValueError):
        to_label_studio(TEXT, 5, len(TEXT) + 1)


def _region(needle: str, text: str = TEXT, collapse_crlf: bool = False, codepoints: bool = False) -> tuple[int, int]:
    base = text.replace("\r\n", "\n") if collapse_crlf else text
    i = base.index(needle)
    if codepoints:
        return i, i + len(needle)
    return u16(base, i), u16(base, i + len(needle))


@pytest.mark.parametrize(
    "kwargs,reading",
    [
        ({"codepoints": True}, "codepoints"),
        ({}, "utf16"),
        ({"collapse_crlf": True}, "utf16-crlf-as-one"),
        ({"collapse_crlf": True, "codepoints": True}, "codepoints-crlf-as-one"),
    ],
)
def test_each_reading_is_recognised(kwargs: dict, reading: str) -> None:
    needle = "today"  # after an emoji, a CRLF and a flag: every reading gives different offsets
    start, end = _region(needle, **kwargs)
    got = RegionResolver(TEXT).resolve(start, end, needle)
    assert TEXT[got.start : got.end] == needle
    assert got.reading == reading
    assert got.repaired == (reading != "codepoints")


def test_whitespace_collapsed_in_region_text_is_repaired() -> None:
    start, end = _region("Ana\u00a0Silva", codepoints=True)
    got = RegionResolver(TEXT).resolve(start, end, "Ana Silva")  # a browser copy turned the NBSP into a space
    assert (got.start, got.end) == (TEXT.index("Ana"), TEXT.index("Ana") + 9)
    assert got.repaired


def test_unique_nearby_occurrence_is_found_but_ambiguity_is_an_error() -> None:
    text = "aaa Oslo bbb " * 1 + "x" * 50
    got = RegionResolver(text).resolve(0, 4, "Oslo")
    assert (got.start, got.end, got.reading) == (4, 8, "search")
    twice = "Oslo and Oslo and more text"
    with pytest.raises(RegionMismatch, match="no unambiguous repair"):
        RegionResolver(twice).resolve(20, 24, "Oslo")


def test_mismatch_names_the_region() -> None:
    with pytest.raises(RegionMismatch, match=r"task 7 region 'r1'.*'Zzyzx'"):
        RegionResolver(TEXT).resolve(0, 2, "Zzyzx", where="task 7 region 'r1'")
    with pytest.raises(RegionMismatch, match="non-empty"):
        RegionResolver(TEXT).resolve(5, 5, None)


def test_without_region_text_offsets_are_code_points() -> None:
    start, end = _region("today", codepoints=True)
    got = RegionResolver(TEXT).resolve(start, end, None)
    assert TEXT[got.start : got.end] == "today" and not got.repaired
    with pytest.raises(RegionMismatch, match="outside the task text"):
        RegionResolver(TEXT).resolve(len(TEXT), len(TEXT) + 2, None)
