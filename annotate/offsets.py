"""Label Studio region offsets -> Python offsets, and regions that disagree with the text.

Label Studio 1.23's browser editor stores Text regions as code-point offsets
into the task text with ``\r\n`` kept as two characters, i.e. exactly
Python ``str`` indices. We checked this in a real browser (Chromium,
Label Studio 1.23.2): a region drawn over a word that follows an emoji, a
CRLF and a flag was stored with its code-point offset, and a region stored
with UTF-16 offsets was highlighted shifted by one per astral character. So
newsgold writes Python offsets unchanged and expects them back.

Regions written by other tools or older editors still arrive in other units,
which the Label Studio tracker documents at length: UTF-16 code units
(JavaScript string indices; each emoji counts 2), ``\r\n`` counted as one
character, whitespace collapsed in the region's ``text``.
:func:`RegionResolver.resolve` tries each known reading of the offsets, keeps
the code-point reading when its slice equals the region's text, repairs only
when exactly one other reading (or exactly one occurrence nearby) fits, and
otherwise raises :class:`RegionMismatch` naming the region.

>>> m = OffsetMapper("a\U0001F600b")
>>> m.to_utf16(2), m.from_utf16(3)
(3, 2)
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from newsgold.errors import UserError


class RegionMismatch(UserError):
    """A region's offsets and text cannot be reconciled with the task text."""


def _is_astral(ch: str) -> bool:
    return ord(ch) > 0xFFFF


class OffsetMapper:
    """Convert offsets in one text between code points and UTF-16 code units.

    Built once per text in O(n); each conversion is O(log k) for k astral
    characters (O(1) when there are none, the common case).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # code-point positions of astral characters, in order
        self._astral = [i for i, ch in enumerate(text) if _is_astral(ch)]
        self.utf16_length = len(text) + len(self._astral)

    def to_utf16(self, index: int) -> int:
        """UTF-16 offset of code-point offset ``index`` (0 <= index <= len(text))."""
        if not 0 <= index <= len(self.text):
            raise ValueError(f"offset {index} outside the text (0..{len(self.text)})")
        return index + bisect.bisect_left(self._astral, index)

    def from_utf16(self, unit: int) -> int:
        """Code-point offset of UTF-16 offset ``unit``; ValueError inside a surrogate pair."""
        if not 0 <= unit <= self.utf16_length:
            raise ValueError(f"UTF-16 offset {unit} outside the text (0..{self.utf16_length})")
        # the k-th astral char (0-based) at code point p starts at UTF-16 unit p + k
        lo, hi = 0, len(self._astral)
        while lo < hi:  # count astral chars whose UTF-16 start is < unit
            mid = (lo + hi) // 2
            if self._astral[mid] + mid < unit:
                lo = mid + 1
            else:
                hi = mid
        k = lo
        if k and self._astral[k - 1] + (k - 1) + 1 == unit:
            raise ValueError(f"UTF-16 offset {unit} falls inside a surrogate pair")
        return unit - k


class _CollapsedCRLF:
    """Offsets counted in a copy of the text where each ``\\r\\n`` is one character."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.collapsed = text.replace("\r\n", "\n")
        # original positions of the dropped '\r's
        self._dropped = [m.start() for m in re.finditer("\r\n", text)]

    def to_original(self, index: int) -> int:
        # each dropped \r before the result shifts it by one
        lo, hi = 0, len(self._dropped)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._dropped[mid] - mid < index:
                lo = mid + 1
            else:
                hi = mid
        return index + lo


_WS = re.compile(r"\s+")


def _loose(s: str) -> str:
    """The text with every whitespace run (incl. NBSP, CRLF) as one space: how a browser may copy it."""
    return _WS.sub(" ", s).strip()


@dataclass(frozen=True)
class ResolvedRegion:
    """A region's code-point offsets and how they were obtained (``utf16``, ``codepoints``, ...)."""

    start: int
    end: int
    reading: str

    @property
    def repaired(self) -> bool:
        return self.reading != "codepoints"


class RegionResolver:
    """Resolve Label Studio regions of one task text to Python offsets (see module docstring)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.utf16 = OffsetMapper(text)
        self.crlf = _CollapsedCRLF(text) if "\r\n" in text else None
        self.crlf_utf16 = OffsetMapper(self.crlf.collapsed) if self.crlf else None

    def _readings(self, start: int, end: int) -> dict[str, tuple[int, int]]:
        out: dict[str, tuple[int, int]] = {}
        if 0 <= start < end <= len(self.text):
            out["codepoints"] = (start, end)
        try:
            out["utf16"] = (self.utf16.from_utf16(start), self.utf16.from_utf16(end))
        except ValueError:
            pass
        if self.crlf is not None and self.crlf_utf16 is not None:
            try:
                s, e = self.crlf_utf16.from_utf16(start), self.crlf_utf16.from_utf16(end)
                out["utf16-crlf-as-one"] = (self.crlf.to_original(s), self.crlf.to_original(e))
            except ValueError:
                pass
            if 0 <= start < end <= len(self.crlf.collapsed):
                out["codepoints-crlf-as-one"] = (self.crlf.to_original(start), self.crlf.to_original(end))
        return out

    def resolve(self, start: Any, end: Any, region_text: Any, where: str = "region") -> ResolvedRegion:
        """Python offsets of a region stored as ``[start, end)`` with ``region_text``.

        Without a region text the offsets are taken as code points (what
        newsgold and the browser write) and must lie inside the text. With
        one, the code-point reading wins if its slice equals it; otherwise
        the other readings whose slice equals it; if none does exactly, a
        whitespace-insensitive comparison is tried, then a search for the
        text near the offsets. Anything but exactly one answer raises
        :class:`RegionMismatch`.
        """
        if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or start >= end:
            raise RegionMismatch(f"{where}: offsets [{start}, {end}) are not a non-empty range")
        if region_text is not None and not isinstance(region_text, str):
            raise RegionMismatch(f"{where}: the region's text is {type(region_text).__name__}, not a string")
        readings = self._readings(start, end)
        if region_text is None:
            if "codepoints" not in readings:
                raise RegionMismatch(f"{where}: offsets [{start}, {end}) lie outside the task text ({len(self.text)} characters)")
            return ResolvedRegion(start, end, "codepoints")
        if "codepoints" in readings and self.text[start:end] == region_text:
            return ResolvedRegion(start, end, "codepoints")  # the expected unit: no repair
        exact = {v: k for k, v in reversed(list(readings.items())) if self.text[v[0] : v[1]] == region_text}
        if len(exact) == 1:
            (s, e), name = next(iter(exact.items()))
            return ResolvedRegion(s, e, name)
        if len(exact) > 1:
            raise RegionMismatch(
                f"{where}: {region_text!r} is found at several readings of offsets [{start}, {end}) "
                f"({', '.join(sorted(exact.values()))}); fix the region in Label Studio"
            )
        wanted = _loose(region_text)
        loose = {v: k for k, v in readings.items() if wanted and _loose(self.text[v[0] : v[1]]) == wanted}
        if len(loose) == 1:
            (s, e), name = next(iter(loose.items()))
            return ResolvedRegion(s, e, name + "+whitespace")
        found = self._search(region_text, start)
        if found is not None:
            return ResolvedRegion(found[0], found[1], "search")
        got = self.text[start:end] if "codepoints" in readings else "<outside the text>"
        raise RegionMismatch(
            f"{where}: offsets [{start}, {end}) select {got!r} but the region says {region_text!r}, and no "
            "unambiguous repair exists; fix the region in Label Studio (or re-import the task text) and pull again"
        )

    def _search(self, region_text: str, near: int, window: int = 200) -> tuple[int, int] | None:
        """The only occurrence of ``region_text`` (exact, else whitespace-insensitive) within ``window`` of ``near``."""
        lo, hi = max(0, near - window), min(len(self.text), near + window + len(region_text))
        hits = [m.start() for m in re.finditer(re.escape(region_text), self.text)]
        near_hits = [h for h in hits if lo <= h <= hi]
        if len(near_hits) == 1:
            return near_hits[0], near_hits[0] + len(region_text)
        if near_hits:
            return None
        words = [re.escape(w) for w in region_text.split()]
        if not words:
            return None
        pattern = re.compile(r"\s+".join(words))
        loose_hits = [(m.start(), m.end()) for m in pattern.finditer(self.text) if lo <= m.start() <= hi]
        if len(loose_hits) == 1:
            return loose_hits[0]
        return None


def to_label_studio(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets to write for the span ``[start, end)`` of ``text``: unchanged (see the module docstring).

    One function so that the unit is decided in one place, next to the reading code.
    """
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span [{start}, {end}) does not fit a text of {len(text)} characters")
    return start, end
