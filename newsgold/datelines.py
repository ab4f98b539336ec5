"""Explicit calendar dates in the formats news uses, and the article's own dateline.

Pure regular expressions, no model, so that the corpus loader can read an
article's date without loading spaCy:

* :func:`explicit_dates` finds every full date written out with its year:
  "Saturday, October 9, 2010", "Oct. 9, 2010", "9 October 2010",
  "Saturday 9 October 2010", "2010-10-09" (ISO), "October 9th, 2010";
* :func:`dateline` finds the article's dateline or byline date near its top:
  a paragraph that is only a date ("Friday, July 21, 2017"), a wire dateline
  ("WASHINGTON, Oct. 9, 2010 (Reuters) -", "LONDON (AP) — Oct. 9, 2010"), a
  byline date ("Published 9 October 2010", "Updated: 2010-10-09 14:02 GMT").
  A wire dateline with no year ("WASHINGTON, Oct. 9 (Reuters) -") gives no
  date here (the year is unknown), but the dates extractor still marks it.

The first full date in the first :data:`HEAD_CHARS` characters that sits in
a dateline or byline position is the document creation date when no
manifest gives one (:func:`newsgold.corpus.load_corpus`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

HEAD_CHARS = 600
"""How far from the top a dateline or byline date may be (headline, standfirst, byline)."""

_MONTH_NAMES = sorted(
    [calendar.month_name[i] for i in range(1, 13)] + ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep",
                                                       "Oct", "Nov", "Dec"],
    key=len,
    reverse=True,
)
MONTH = r"(?:" + "|".join(_MONTH_NAMES) + r")\.?"
WEEKDAY = r"(?:" + "|".join(list(calendar.day_name) + ["Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
                                                          "Sat", "Sun"]) + r")\.?"
DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89][0-9]{2}|2[01][0-9]{2})"

_MDY = rf"(?P<m1>{MONTH})\s+(?P<d1>{DAY}),?\s+(?P<y1>{YEAR})"
_DMY = rf"(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH}),?\s+(?P<y2>{YEAR})"
_ISO = rf"(?P<y3>{YEAR})-(?P<m3>0[1-9]|1[0-2])-(?P<d3>0[1-9]|[12][0-9]|3[01])(?![0-9])"
EXPLICIT_DATE = re.compile(
    rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:{_MDY}|{_DMY})\b(?!-\d)|\b{_ISO}",
)
"""A full date with day, month and year, optionally led by its weekday; case-sensitive (month names capitalised)."""

_BYLINE_WORDS = r"(?:Published|Updated|Posted|Last\s+updated|First\s+published|Dated?|Filed)"
_WIRE = r"[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .'-]{1,30})?"  # "WASHINGTON", "SAN JOSE, Calif."


@dataclass(frozen=True, slots=True)
class DateMention:
    """An explicit date: ``[start, end)`` in the text and the calendar day it names."""

    start: int
    end: int
    date: dt.date


def _month(name: str) -> int:
    key = name.rstrip(".").lower()
    for i in range(1, 13):
        if calendar.month_name[i].lower() == key or calendar.month_name[i].lower().startswith(key) and len(key) >= 3:
            return i
    raise ValueError(name)


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _to_date(m: re.Match[str]) -> dt.date | None:
    try:
        if m["y1"]:
            return dt.date(int(m["y1"]), _month(m["m1"]), _day(m["d1"]))
        if m["y2"]:
            return dt.date(int(m["y2"]), _month(m["m2"]), _day(m["d2"]))
        return dt.date(int(m["y3"]), int(m["m3"]), int(m["d3"]))
    except ValueError:  # "February 30, 2021"
        return None


def explicit_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every full written date in ``text[start:end]`` that exists on the calendar, in order.

    >>> [(m.date.isoformat(), t[m.start:m.end]) for t in ["Sat. Oct. 9, 2010 and 2011-02-03"]
    ...  for m in explicit_dates(t)]
    [('2010-10-09', 'Sat. Oct. 9, 2010'), ('2011-02-03', '2011-02-03')]
    """
    out = []
    for m in EXPLICIT_DATE.finditer(text, start, len(text) if end is None else end):
        d = _to_date(m)
        if d is not None:
            out.append(DateMention(m.start(), m.end(), d))
    return out


def _paragraph_around(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _in_dateline_position(text: str, m: DateMention) -> bool:
    """The date is the whole paragraph, follows a wire place name or a byline word, or precedes a wire credit."""
    p_start, p_end = _paragraph_around(text, m.start)
    before = text[p_start : m.start]
    after = text[m.end : p_end]
    if not before.strip(" \t\r\u00a0-—–|·•") and not after.strip(" \t\r\u00a0.-—–|·•"):
        return True  # a paragraph that is only the date
    if re.search(rf"{_BYLINE_WORDS}\s*(?:on\s*)?:?\s*$", before, re.IGNORECASE):
        return True
    if re.fullmatch(rf"\s*{_WIRE}\s*(?:\([A-Za-z .]+\)\s*)?[,:—–-]?\s*", before):
        return True  # "WASHINGTON, " / "LONDON (Reuters) - "
    if re.match(r"\s*(?:\([A-Za-z .]+\)\s*)?[—–-]", after) and not before.strip(" \t"):
        return True
    # "By Jane Smith | October 9, 2010" / "Jane Smith, Oct. 9, 2010"
    return bool(re.fullmatch(r"\s*(?:By\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*[,|·•—–-]\s*", before))


def dateline(text: str) -> DateMention | None:
    """The article's dateline or byline date near its top, if it has one (see the module docstring).

    >>> dateline("Headline\\n\\nSaturday, October 9, 2010\\n\\nText.").date
    datetime.date(2010, 10, 9)
    >>> dateline("WASHINGTON, Oct. 9, 2010 (Reuters) - The ...").date
    datetime.date(2010, 10, 9)
    >>> dateline("A story about March 3, 2001 and more.") is None
    True
    """
    for m in explicit_dates(text, 0, min(len(text), HEAD_CHARS)):
        if _in_dateline_position(text, m):
            return m
    return None


YEARLESS_DATELINE = re.compile(
    rf"^{_WIRE},\s*(?P<m>{MONTH})\s+(?P<d>{DAY})\s*(?:\([A-Za-z .]+\)\s*)?[—–-]", re.MULTILINE
)
"""A wire dateline that gives the day but not the year: "GENEVA, May 4 (TNS) -", "CARDIFF, May 20 -"."""
STORY_WEEKDAY = re.compile(rf"\b(?:on\s+|late\s+|early\s+)?(?P<w>{'|'.join(calendar.day_name)})\b")
CALENDAR_CYCLE = 28
"""Years after which the weekdays of the calendar repeat: the candidates for a dateline's missing year."""


def _yearless_dateline(text: str) -> tuple[int, int, int] | None:
    """``(month, day, end)`` of a wire dateline without a year near the top of the text."""
    m = YEARLESS_DATELINE.search(text, 0, min(len(text), HEAD_CHARS))
    if m is None:
        return None
    try:
        return _month(m["m"]), _day(m["d"]), m.end()
    except (KeyError, ValueError):
        return None


def infer_year(text: str, month: int, day: int, after: int, not_after: dt.date) -> dt.date | None:
    """The date of a year-less dateline: the latest one, not after ``not_after``, on the weekday the story names.

    A wire story filed on the day of its event names that day's weekday ("on
    Saturday") in its first sentences; the dateline's month and day fall on
    that weekday only once in every few years, so the latest such year up to
    the file's date is taken. Without a weekday in the lede, the latest
    year in which the day is not after the file's date.
    """
    years = [y for y in range(not_after.year, not_after.year - CALENDAR_CYCLE, -1) if dt.MINYEAR <= y]
    days = [d for y in years if (d := _safe_day(y, month, day)) is not None and d <= not_after]
    if not days:
        return None
    lede_end = text.find("\n", after)
    weekday = STORY_WEEKDAY.search(text, after, len(text) if lede_end < 0 else lede_end)
    if weekday is not None:
        wanted = list(calendar.day_name).index(weekday["w"])
        same = [d for d in days if d.weekday() == wanted]
        if same:
            return same[0]
    return days[0]


def _safe_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def infer_dct(text: str, not_after: dt.date | None = None) -> dt.date | None:
    """The document creation date the article states in its dateline or byline, else None.

    With ``not_after`` (the file's date), a wire dateline without a year
    ("GENEVA, May 4 (TNS) -") gives its day in the year :func:`infer_year` finds.
    """
    found = dateline(text)
    if found is not None:
        return found.date
    if not_after is not None and (yearless := _yearless_dateline(text)) is not None:
        return infer_year(text, *yearless, not_after)
    return None
