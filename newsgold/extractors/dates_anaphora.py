"""Anaphoric dates: expressions whose value is counted from a date the text gave before them.

"that night", "a year earlier", "two years later", "the following week",
"the day before" name a calendar date (``dev/gold/ADJUDICATION.md``: "that
night" is a deictic day pointing back to a dated day, not an event), but their
reference time is not the document creation date: it is a date the article
has already named. Event-anchored phrases ("the day after the election") stay
out of DATE (``gold/GUIDELINES.md`` section 6): an expression here is
anaphoric only when nothing names an event after it.

Which earlier date is the reference:

* a counted or ordered shift ("a year earlier", "the following week") counts
  from the **last** date before it (background paragraphs tell their dates in
  order); when that date is too coarse for the unit ("in 2001 ... three days
  later"), the expression gets no value and is dropped;
* "that day", "that night" (a day named by pointing) take the last day named
  **in the same paragraph**, else the first day the article's body names (the
  lede's day, which a news story returns to after its reporting dates; the
  dateline is not the body);

with no date before it, a shift back ("a year earlier", "the day before")
counts from the document creation date (the narrative's "now"), and a shift
forward ("a decade later") has no value.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence

from newsgold.extractors.date_values import SEASONS

_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
_COUNT_RE = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
_NO_EVENT_AFTER = r"(?![ \t\u00a0]+(?:the|a|an|his|her|their|its|our|my|your|this|that|[A-Za-z0-9]))"
"""Not followed by a noun phrase on the same line: "the day before," is anaphoric, "the day before the vote" is not."""

POINTED_DAY = re.compile(r"(?:[Tt]hat|[Tt]he\s+same)\s+(?P<unit>day|night|morning|afternoon|evening|week|month)\b")
POINTED_SEASON = re.compile(r"[Tt]hat\s+(?P<season>spring|summer|autumn|fall|winter)\b")
"""A season named by pointing ("Born in March 1937 ... That spring"): that season of the last year the text gave."""
COUNTED_SHIFT = re.compile(
    rf"\b(?P<n>{_COUNT_RE})\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+"
    rf"(?:(?P<back>earlier|before|previously)|(?P<ahead>later|after)){_NO_EVENT_AFTER}",
    re.IGNORECASE,
)
WITHIN_BEFORE = re.compile(r"\b(?:[Ii]n|[Ww]ithin|[Oo]ver)\s+$")
ORDERED_SHIFT = re.compile(
    r"\b[Tt]he\s+(?:(?P<ahead>following|next)|(?P<back>previous|preceding|prior))\s+"
    r"(?P<unit>day|morning|afternoon|evening|night|week|month|year)\b(?!\s+(?:of|in|after|before)\b)"
)
"""A shift by one unit from the last date ("the following week", "the previous year"); see :func:`is_anaphoric_at`
for "in the next year"."""
BEFORE_AFTER = re.compile(
    rf"\b[Tt]he\s+(?P<unit>day|night|week|month|year)\s+(?:(?P<back>before)|(?P<ahead>after)){_NO_EVENT_AFTER}"
)
SAME_PERIOD = re.compile(
    r"\b[Tt]he\s+same\s+(?:period|quarter|months|time)\s+(?:(?:of|in)\s+(?P<y>(?:19|20)[0-9]{2})\b|"
    r"(?P<last>last\s+year)\b|(?P<earlier>a\s+year\s+(?:earlier|before|ago))\b)"
)
"""A period of another year, named after the one just reported ("in the first quarter ... compared with the same
period of 2024", "the same period last year"): one span (the development adjudications of dev/batch-11, -13, -21
and -23)."""
FINDERS = (POINTED_DAY, POINTED_SEASON, COUNTED_SHIFT, ORDERED_SHIFT, BEFORE_AFTER, SAME_PERIOD)
"""Unanchored finders, for the dates extractor's candidates."""

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"\d{4}-\d{2}")
_YEAR = re.compile(r"\d{4}")


def is_anaphoric(expression: str) -> bool:
    """The whole expression is one of the anaphoric shapes above."""
    t = " ".join(expression.split())
    return any(f.fullmatch(t) for f in FINDERS)


def is_anaphoric_at(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is anaphoric where it stands: "in the next year" or "over the next month" is the coming
    stretch of time from now (``FUTURE_REF``, dev/batch-14), not a shift from the last date ("than in the previous
    year" is one)."""
    if not is_anaphoric(text[start:end]):
        return False
    shift = ORDERED_SHIFT.fullmatch(" ".join(text[start:end].split()))
    return not (shift and shift["ahead"] and WITHIN_BEFORE.search(text, max(0, start - 8), start))


def _is_period(value: str) -> bool:
    """A range of two months or two days (not of years: "2004/2009" is not one period to count from)."""
    ends = value.split("/")
    return len(ends) == 2 and _precision(ends[0]) in ("month", "day") and _precision(ends[0]) == _precision(ends[1])


def _is_twelve_months(value: str) -> bool:
    """A range of months that is one year long: a fiscal year ("2024-04/2025-03"), not "2024-01/2024-06"."""
    ends = value.split("/")
    if len(ends) != 2 or not all(_precision(e) == "month" for e in ends):
        return False
    (y1, m1), (y2, m2) = ((int(e[:4]), int(e[5:7])) for e in ends)
    return (y2 * 12 + m2) - (y1 * 12 + m1) == 11


def _precision(value: str) -> str | None:
    for name, shape in (("day", _DAY), ("month", _MONTH), ("year", _YEAR)):
        if shape.fullmatch(value):
            return name
    return None


def _unit(word: str) -> str:
    word = word.lower().rstrip("s")
    return "day" if word in ("night", "morning", "afternoon", "evening") else word


_NEEDS = {"day": ("day",), "week": ("day",), "month": ("day", "month"), "year": ("day", "month", "year"),
          "decade": ("day", "month", "year")}  # fmt: skip
"""Which precision of reference date a unit can be counted from."""


def _shift(value: str, unit: str, n: int) -> str | None:
    """``value`` moved by ``n`` units, at the reference's own precision ("June 2025" a year earlier: ``2024-06``)."""
    precision = _precision(value)
    if precision is None or precision not in _NEEDS[unit]:
        return None
    parts = [int(p) for p in value.split("-")]
    try:
        if unit in ("year", "decade"):
            parts[0] += n * (10 if unit == "decade" else 1)
        elif unit == "month":
            k = parts[0] * 12 + parts[1] - 1 + n
            parts[0], parts[1] = k // 12, k % 12 + 1
        if precision == "day":
            if unit in ("year", "decade", "month"):
                parts[2] = min(parts[2], calendar.monthrange(parts[0], parts[1])[1])
            day = dt.date(*parts)
            if unit in ("day", "week"):
                day += dt.timedelta(days=n * (7 if unit == "week" else 1))
            return day.isoformat()
        return "-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]])
    except (ValueError, OverflowError):
        return None


def _week_of(day: str) -> str:
    monday = dt.date.fromisoformat(day) - dt.timedelta(days=dt.date.fromisoformat(day).weekday())
    return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"


def _paragraph_start(text: str, pos: int) -> int:
    return max(text.rfind("\n", 0, pos) + 1, 0)


def resolve(
    text: str, start: int, end: int, earlier: Sequence[tuple[int, int, str]], dct: dt.date, dateline_end: int = 0
) -> str | None:
    """The value of the anaphoric expression ``text[start:end]``, from the valued dates ``earlier`` (in text order).

    ``earlier`` holds ``(start, end, value)`` of the dates before it;
    ``dateline_end`` is where the article's dateline ends (0 if it has none).
    None when the expression is not anaphoric or cannot be counted from its reference.
    """
    t = " ".join(text[start:end].split())
    points = [(s, v) for s, _, v in earlier if _precision(v) is not None]
    if m := POINTED_DAY.fullmatch(t):
        unit = m["unit"].lower()
        if unit == "month":
            ref = next((v for _, v in reversed(points) if _precision(v) in ("day", "month")), dct.isoformat())
            return ref[:7]
        days = [(s, v) for s, v in points if _precision(v) == "day"]
        para = _paragraph_start(text, start)
        same_paragraph = [v for s, v in days if s >= para]
        body = [v for s, v in days if s >= dateline_end]
        ref = same_paragraph[-1] if same_paragraph else body[0] if body else dct.isoformat()
        return _week_of(ref) if unit == "week" else ref
    if m := POINTED_SEASON.fullmatch(t):
        if not points:
            return None  # "that summer" with no year before it: which summer the text has not said
        ref = points[-1][1]
        year, month = int(ref[:4]), int(ref[5:7]) if len(ref) >= 7 else 12
        code = SEASONS[m["season"].lower()][0]
        return f"{year - 1 if code == 'WI' and month <= 2 else year}-{code}"  # a winter is its starting year's
    if m := SAME_PERIOD.fullmatch(t):
        return _same_period(m, text, start, earlier, dct)
    m = COUNTED_SHIFT.fullmatch(t) or ORDERED_SHIFT.fullmatch(t) or BEFORE_AFTER.fullmatch(t)
    if m is None:
        return None
    unit = _unit(m["unit"])
    n = (_COUNT.get(m["n"].lower()) or int(m["n"])) if m.re is COUNTED_SHIFT else 1
    n = -n if m["back"] else n
    points = [(s, v) for s, v in points if s >= dateline_end]  # the dateline dates the article, not the story's events
    if not points and not m["back"]:
        return None  # "a decade later" with no date before it: later than what the text has not said
    periods = [(s, v) for s, _, v in earlier if s >= dateline_end and _is_period(v)]
    last_is_period = bool(periods) and (not points or periods[-1][0] > points[-1][0])
    # "in fiscal 2024 than in the previous year": a year counted from a whole (fiscal) year of months is one too
    whole_year = last_is_period and unit == "year" and _is_twelve_months(periods[-1][1])
    if last_is_period and ((m.re is COUNTED_SHIFT and unit in ("year", "month")) or whole_year):
        points = periods  # the last date before it is a period of months or days: count from the whole period
    ref = points[-1][1] if points else dct.isoformat()  # too coarse ("2001" before "three days later"): no value
    if unit == "week" and m.re is not COUNTED_SHIFT:  # "the following week": the Monday-Sunday week after the reference's
        moved = _shift(ref, "day", 7 * n)
        return _week_of(moved) if moved else None
    if "/" in ref:  # a period ("the first half of 2025"): the same period moved ("a year earlier" -> 2024-01/2024-06)
        ends = [_shift(e, unit, n) for e in ref.split("/")]
        return None if None in ends or not (m.re is COUNTED_SHIFT or whole_year) else "/".join(ends)  # type: ignore[arg-type]
    moved = _shift(ref, unit, n)
    if moved is not None and unit == "decade":
        return moved[:4]  # "a decade earlier": a year
    if moved is None or m.re is COUNTED_SHIFT:
        return moved  # "a year earlier" than June 2025 is June 2024: the reference's precision
    return moved[: {"year": 4, "month": 7}.get(unit, 10)]  # "the following year" is a year


def _same_period(
    m: re.Match[str], text: str, start: int, earlier: Sequence[tuple[int, int, str]], dct: dt.date
) -> str | None:
    """"the same period of 2024" / "last year" / "a year earlier": the months of the period reported just before it
    (in the same paragraph), moved to that year; with none there, the year itself (dev/batch-21: "compared with the
    same period last year" after no period is ``2024``)."""
    para = _paragraph_start(text, start)
    periods = [v for s, _, v in earlier if s >= para and _is_period(v) and _precision(v.split("/")[0]) == "month"]
    if m["y"]:
        target = int(m["y"])
    elif m["earlier"] and not periods:
        points = [v for s, _, v in earlier if _precision(v) is not None]
        target = (int(points[-1][:4]) if points else dct.year) - 1
    else:
        target = (int(periods[-1][:4]) if periods else dct.year) - 1
    if not periods:
        return str(target)
    ref = periods[-1]
    ends = [_shift(e, "year", target - int(ref[:4])) for e in ref.split("/")]
    return None if None in ends else "/".join(ends)  # type: ignore[arg-type]
