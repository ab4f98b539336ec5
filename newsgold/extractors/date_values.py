"""Normalising a date expression to the gold's ``value`` convention.

Input: the expression's text, the document creation date (dct) and the tense
direction of its clause. Output: ``2021-05-19`` (day), ``2021-06`` (month),
``2021`` (year), ``2021-W19`` (week), ``2021-05-19/2021-05-20`` (range),
``2021-SU`` (season), ``PAST_REF``/``PRESENT_REF``/``FUTURE_REF`` (vague), or
None when the expression cannot be placed on the calendar.

Shapes that need the tense (a weekday, a month or a day without a year) and
shapes dateparser does not know (ranges, seasons, vague references) are
handled here; everything else goes to dateparser's ``DateDataParser`` with
``RELATIVE_BASE`` set to the dct.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from newsgold.datelines import EXPLICIT_DATE, explicit_dates
from newsgold.extractors.tense import Direction
from newsgold.extractors.holiday_calendars import holiday_name, holiday_spans
from newsgold.schema import is_date_value

MONTHS: dict[str, int] = {}
for _i in range(1, 13):
    MONTHS[calendar.month_name[_i].lower()] = _i
    MONTHS[calendar.month_abbr[_i].lower()] = _i
    MONTHS[calendar.month_abbr[_i].lower() + "."] = _i
MONTHS["sept"] = MONTHS["sept."] = 9
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9), "winter": ("WI", 12)}

_MONTH_NAMES = sorted({calendar.month_name[i] for i in range(1, 13)}, key=len, reverse=True)
_MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]
MONTH_RE = "(?:" + "|".join(_MONTH_NAMES) + "|(?:" + "|".join(_MONTH_ABBR) + r")\.?)"
WEEKDAY_RE = "(?:" + "|".join(calendar.day_name) + ")"
DAY_RE = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR_RE = r"(?:1[89][0-9]{2}|2[01][0-9]{2})"
JOIN_RE = r"(?:\s*(?:-|–|—)\s*|\s+(?:and|to|through|or|until)\s+)"

# Shapes, anchored on the whole expression (the finder in dates.py uses the same pieces unanchored).
DAY_RANGE = re.compile(
    rf"(?P<m>{MONTH_RE})\s+(?P<d1>{DAY_RE}){JOIN_RE}(?P<d2>{DAY_RE})(?:,?\s+(?P<y>{YEAR_RE}))?", re.IGNORECASE
)
DAY_RANGE_DMY = re.compile(
    rf"(?P<d1>{DAY_RE}){JOIN_RE}(?P<d2>{DAY_RE})\s+(?P<m>{MONTH_RE})(?:,?\s+(?P<y>{YEAR_RE}))?", re.IGNORECASE
)
CROSS_MONTH_RANGE = re.compile(
    rf"(?:from\s+|between\s+)?(?P<m1>{MONTH_RE})\s+(?P<d1>{DAY_RE}){JOIN_RE}(?P<m2>{MONTH_RE})\s+(?P<d2>{DAY_RE})(?:,?\s+(?P<y>{YEAR_RE}))?",
    re.IGNORECASE,
)
CROSS_MONTH_RANGE_DMY = re.compile(
    rf"(?:from\s+|between\s+)?(?P<d1>{DAY_RE})\s+(?P<m1>{MONTH_RE}){JOIN_RE}(?P<d2>{DAY_RE})\s+(?P<m2>{MONTH_RE})(?:,?\s+(?P<y>{YEAR_RE}))?",
    re.IGNORECASE,
)
"""A range across months, day first ("27 April to 2 May")."""
SEASON_RANGE = re.compile(
    rf"(?:the\s+)?(?P<s>spring|summer|autumn|fall|winter)s\s+of\s+(?P<y1>{YEAR_RE})(?:\s*,\s*{YEAR_RE})*\s+(?:and|to|through)\s+(?P<y2>{YEAR_RE})",
    re.IGNORECASE,
)
"""Several seasons ("the summers of 2022 and 2023"): a season range (guidelines section 6, ``2022-SU/2023-SU``)."""
FISCAL_YEAR_OF = re.compile(rf"(?:(?:the|its|their)\s+)?(?P<y>{YEAR_RE})\s+(?:fiscal|financial)\s+year", re.IGNORECASE)
"""A fiscal year named by its number ("its 2026 fiscal year"): that year (its months depend on the organisation)."""
YEAR_RANGE = re.compile(rf"(?:from\s+|between\s+)?(?P<y1>{YEAR_RE}){JOIN_RE}(?P<y2>{YEAR_RE})", re.IGNORECASE)
WEEKDAY_RANGE = re.compile(rf"(?P<w1>{WEEKDAY_RE}){JOIN_RE}(?P<w2>{WEEKDAY_RE})", re.IGNORECASE)
MONTH_DAY = re.compile(rf"(?P<m>{MONTH_RE})\s+(?P<d>{DAY_RE})(?:,?\s+(?P<y>{YEAR_RE}))?", re.IGNORECASE)
DAY_MONTH = re.compile(rf"(?P<d>{DAY_RE})\s+(?:of\s+)?(?P<m>{MONTH_RE})(?:,?\s+(?P<y>{YEAR_RE}))?", re.IGNORECASE)
MONTH_YEAR = re.compile(rf"(?:(?P<rel>this|last|next)\s+)?(?P<m>{MONTH_RE})(?:,?\s+(?P<y>{YEAR_RE}))?", re.IGNORECASE)
WEEKDAY = re.compile(rf"(?:(?P<rel>this|last|next|this past|this coming)\s+)?(?P<w>{WEEKDAY_RE})", re.IGNORECASE)
YEAR = re.compile(rf"(?:the\s+year\s+)?(?P<y>{YEAR_RE})", re.IGNORECASE)
SEASON = re.compile(
    r"(?:(?P<rel>this|last|next|the|early|late|mid-?|the\s+coming|the\s+past)\s+)?"
    r"(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>" + YEAR_RE + "))?",
    re.IGNORECASE,
)
_UNIT = r"(?:days|weeks|months|years|decades|centuries)"
_UNIT1 = r"(?:day|week|month|year|decade|century)"
_FEW = r"(?:few|several|couple\s+of|coming|two|three|four|five|six|seven|eight|nine|ten|\d+)"
_VAGUE = r"(?:few|several|couple\s+of|many)"
PAST_REF = re.compile(
    rf"(?:the\s+)?(?:(?:recent|past|last|previous|preceding)\s+(?:{_FEW}\s+)?{_UNIT}"
    rf"|(?:recent|past|previous|preceding)\s+{_UNIT1}|the\s+last\s+(?:week|month|year)"
    rf"|(?:a\s+)?{_VAGUE}\s+{_UNIT}\s+ago|{_UNIT}\s+ago|recently|the\s+past|in\s+the\s+past|earlier|formerly|once"
    r"|(?:the\s+)?(?:past|last)\s+(?:\d{1,2}|twelve|twenty-four|forty-eight|seventy-two)\s+hours"
    r"|last\s+(?:decade|century)|(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?half\s+a\s+(?:century|decade)\s+ago)",
    re.IGNORECASE,
)
FUTURE_REF = re.compile(
    rf"(?:the\s+)?(?:(?:next|coming|upcoming|following)\s+(?:{_FEW}\s+)?{_UNIT}"
    rf"|(?:coming|upcoming)\s+{_UNIT1}|next\s+(?:decade|century)|the\s+next\s+(?:week|month|year)"
    rf"|(?:days|weeks|months|years)\s+to\s+come|the\s+future|soon|later"
    r"|(?:the\s+)?(?:next|coming)\s+(?:\d{1,2}|twelve|twenty-four|forty-eight|seventy-two)\s+hours)",
    re.IGNORECASE,
)
_PART = r"(?:early|mid|mid-|late|(?:the\s+)?(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of)"
PART_OF_MONTH = re.compile(rf"{_PART}\s*(?P<m>{MONTH_RE})(?:,?\s+(?P<y>{YEAR_RE}))?", re.IGNORECASE)
PART_OF_YEAR = re.compile(rf"{_PART}\s*(?:(?P<y>{YEAR_RE})|(?P<this>(?:the|this)\s+year))", re.IGNORECASE)
DECADE = re.compile(r"(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(?P<d>1[89][0-9]|20[0-9])0s", re.IGNORECASE)
HUNDREDS = re.compile(r"(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(?P<c>1[0-9])00s", re.IGNORECASE)
"""A century written as its hundreds ("the 1700s", "the early 1800s"): its hundred years, 1700/1799. Tried before
:data:`DECADE`, which would read "1800s" as 1800-1809; "the 2000s" stays the decade news means by it."""
WEEKEND = re.compile(
    r"(?:(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+coming|the)\s+)?weekend", re.IGNORECASE
)
TIME_OF_DAY = re.compile(r"(?:(?:early|late)\s+)?(?P<date>.+?)\s+(?:morning|afternoon|evening|night)", re.IGNORECASE)
RELATIVE_BASE_WORDS = re.compile(r"\b(?:today|tonight|now|this|current|currently)\b", re.IGNORECASE)
PRESENT_REF = re.compile(r"(?:now|currently|nowadays|these\s+days|at\s+present|the\s+present)", re.IGNORECASE)
WEEK = re.compile(r"(?P<rel>this|last|next|the\s+coming|the\s+following)\s+week", re.IGNORECASE)
"""A calendar week named from the dct ("this week", "last week"): written as its Monday-Sunday range of days."""
MONTH_RANGE = re.compile(
    rf"(?:from\s+|between\s+)?(?P<m1>{MONTH_RE})(?:,?\s+(?P<y1>{YEAR_RE}))?{JOIN_RE}(?P<m2>{MONTH_RE})(?:,?\s+(?P<y2>{YEAR_RE}))?", re.IGNORECASE
)
"""A range of months: "January-March", "April to June 2025", "July 2003 and December 2004"."""
DECADE_RANGE = re.compile(
    r"(?:the\s+)?(?P<d1>1[89][0-9]|20[0-9])0s" + JOIN_RE + r"(?:the\s+)?(?:early\s+|late\s+)?(?P<d2>1[89][0-9]|20[0-9])0s",
    re.IGNORECASE,
)
"""Two decades as one range: "the 1980s and 1990s" -> ``1980/1999``, "the 1980s and early 1990s" likewise (a
narrowing word inside a range does not narrow the range's end: the second decade is named whole)."""
MONTH_RANGE_QUARTER = re.compile(r"(?:the\s+)?(?P<range>.+?)\s+(?:quarter|period|half)", re.IGNORECASE)
"""A range of months named as a period ("the April-June quarter")."""
MONTH_OF_YEAR = re.compile(rf"(?P<m>{MONTH_RE})(?:\s+of)?\s+(?P<rel>this|last|next)\s+year", re.IGNORECASE)
"""A month of a year named from the dct: "March next year", "May of last year"."""
DAY_OF_YEAR = re.compile(
    rf"(?:(?P<m>{MONTH_RE})\s+(?P<d>{DAY_RE})|(?P<d2>{DAY_RE})\s+(?:of\s+)?(?P<m2>{MONTH_RE}))\s+(?P<rel>this|last|next)\s+year",
    re.IGNORECASE,
)
"""A day of a year named from the dct: "3 March last year", "March 14 next year"."""
MONTH_QUARTER = re.compile(rf"(?:the\s+)?(?P<m>{MONTH_RE})\s+quarter", re.IGNORECASE)
"""A quarter named by its last month, as companies with a non-calendar year write it: "the December quarter"."""
_ORDINAL_QUARTER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4,
                    "last": 4}
QUARTER = re.compile(
    r"(?:(?:the\s+)?(?P<ord>first|1st|second|2nd|third|3rd|fourth|4th|final)[\s-]+(?:calendar\s+)?quarter"
    rf"|Q(?P<q>[1-4]))(?:\s+(?:of\s+)?(?P<y>{YEAR_RE})|\s+of\s+(?P<rel>this|next|last)\s+year)?",
    re.IGNORECASE,
)
"""A quarter of a calendar year ("the second quarter", "Q3 2024", "the first quarter of next year"): its range of months."""
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "nine": 9, "twelve": 12}
_MONTH_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11}  # fmt: skip
FIRST_MONTHS_OF = re.compile(
    rf"the\s+first\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\s+of\s+"
    rf"(?:(?P<rel>the|this|last|next)\s+year|(?P<y>{YEAR_RE}))",
    re.IGNORECASE,
)
"""The opening months of a year ("the first three months of the year", "the first eight months of 2025"): the range
from its January (the development gold of dev/batch-11, dev/batch-14 and dev/batch-7)."""
PERIOD_TO_MONTH = re.compile(
    rf"the\s+(?:(?P<n>two|three|four|five|six|nine|twelve|\d{{1,2}})\s+months|(?P<year>year)|(?P<quarter>quarter))"
    rf"\s+(?:to|ending|ended)\s+(?:(?:the\s+)?end\s+of\s+)?(?P<m>{MONTH_RE})(?:\s+{DAY_RE})?(?:,?\s+(?P<y>{YEAR_RE}))?",
    re.IGNORECASE,
)
"""A reporting period that ends with a month: "the three months to June", "the year to March"."""
NTH_WEEK = re.compile(
    rf"(?:the\s+)?(?P<ord>first|second|third|fourth|last|final)\s+(?P<unit>week|weekend)\s+(?:of|in)\s+"
    rf"(?P<m>{MONTH_RE})(?:,?\s+(?P<y>{YEAR_RE}))?",
    re.IGNORECASE,
)
"""A week (days 1-7, 8-14, ...) or a weekend (its n-th Saturday and Sunday) counted in a month."""
HALF_OF = re.compile(r"(?:the\s+)?(?P<half>first|second)\s+half\s+of\s+(?P<rest>.+)", re.IGNORECASE)
"""A half of a year ("the first half of 2025", "the second half of next year"): its months."""
PART_OF = re.compile(rf"{_PART}\s*(?P<rest>.+)", re.IGNORECASE)
"""A part of a period ("the end of next week", "early next year"): the value is the period's."""
SPLIT_YEAR = re.compile(rf"(?P<y>{YEAR_RE})\s*[-–/]\s*(?P<yy>[0-9]{{2}})")
"""A range of years with the last one's last two digits ("2019-20", "2020/21", "2019-23")."""
_SPLIT = rf"(?:{YEAR_RE})\s*[-–/]\s*[0-9]{{2}}"
SPLIT_YEAR_PERIOD = re.compile(
    rf"(?:the\s+)?(?P<first>{_SPLIT})(?:\s+(?:and|to|through)\s+(?P<last>{_SPLIT}))?"
    r"(?:\s+(?:financial|fiscal|academic|school|tax|budget|marketing|crop)\s+years?|\s+seasons?)?",
    re.IGNORECASE,
)
"""Split years with what they count: "the 2024/25 financial year", "the 2021-22 and 2022-23 academic years": the
years from the first to the last (the months such a year covers depend on the country)."""
DAY_OF_MONTH = re.compile(r"the\s+(?P<d>[12][0-9]|3[01]|[1-9])(?:st|nd|rd|th)", re.IGNORECASE)
"""A day of the month by its ordinal alone ("due on the 25th"), where the model calls it a DATE."""
WEEK_OF = re.compile(r"the\s+week\s+of\s+(?P<day>.+)", re.IGNORECASE)
"""The week around a day ("the week of May 3")."""
SPELLED_CENTURIES = {"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
                     "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
CENTURY = re.compile(
    r"(?:the\s+)?(?:(?P<n>1[0-9]|2[01])(?:st|nd|rd|th)|(?P<word>" + "|".join(SPELLED_CENTURIES) + r"))[\s-]century",
    re.IGNORECASE,
)
"""A century by its ordinal ("the 19th century"): its range of years, like a decade."""
PERIOD_END = re.compile(r"(?:the\s+)?(?P<unit>year|month)[-‐‑ ]end", re.IGNORECASE)
"""The end of the current year or month written as one word ("by year end", "year-end"): that year or month."""
MIDWEEK = re.compile(r"mid-?\s?week", re.IGNORECASE)
"""The middle of a week ("by mid-week"): the Monday-Sunday week of the Wednesday it points to, the one before
in a past-tense clause, else the one on or after the dct (a forecast: "could make landfall mid-week" from a Saturday
is the coming week, ``dev/gold/ADJUDICATION.md``)."""
FIXED_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14), "halloween": (10, 31),
}  # fmt: skip
"""Holidays on the same day every year (their names as written, apostrophes straightened)."""
EASTER_DAYS = {"easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1}
"""Holidays counted from Easter Sunday (Western, ``dateutil.easter``)."""
HOLIDAY = re.compile(r"(?:(?P<rel>this|last|next)\s+)?(?P<name>[A-Za-z0-9' -]+?)(?:\s+(?P<y>" + YEAR_RE + "))?", re.IGNORECASE)
WEEKDAY_WEEK = re.compile(rf"(?P<day>{WEEKDAY_RE})\s+week", re.IGNORECASE)
"""A weekday a week beyond the next one (British and Irish "on Saturday week"): the one after next."""
THE_PERIOD = re.compile(r"the\s+(?P<unit>week|month|year|decade|century)", re.IGNORECASE)
THIS_LONG_PERIOD = re.compile(r"(?:this|the)\s+(?P<unit>decade|century)", re.IGNORECASE)
"""The current decade or century ("by the end of the decade", "earlier in the decade"): its years (dateparser reads
"this decade" as a year ten years back)."""
"""The current period, as it is read after "the end of" ("the end of the month")."""


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".") if name.lower().rstrip(".") in MONTHS else name.lower()]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def _pick(candidates: list[dt.date], dct: dt.date, direction: Direction | None) -> dt.date:
    """The candidate nearest the dct in the tense's direction (on or before for past, on or after for future)."""
    if direction == "past":
        before = [c for c in candidates if c <= dct]
        if before:
            return max(before)
    elif direction == "future":
        after = [c for c in candidates if c >= dct]
        if after:
            return min(after)
    return min(candidates, key=lambda c: (abs((c - dct).days), c > dct))


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, dct: dt.date, direction: Direction | None) -> dt.date | None:
    cands = [c for y in (dct.year - 1, dct.year, dct.year + 1) if (c := _safe_date(y, month, day))]
    return _pick(cands, dct, direction) if cands else None


def resolve_weekday(weekday: int, dct: dt.date, direction: Direction | None) -> dt.date:
    """A weekday name as the nearest such day (on or before the dct in the past tense, on or after in the future).

    >>> resolve_weekday(0, dt.date(2021, 5, 19), "past")     # Monday, dct Wednesday
    datetime.date(2021, 5, 17)
    >>> resolve_weekday(2, dt.date(2021, 5, 19), "future")   # Wednesday on a Wednesday
    datetime.date(2021, 5, 19)
    """
    back = dct - dt.timedelta(days=(dct.weekday() - weekday) % 7)
    ahead = dct + dt.timedelta(days=(weekday - dct.weekday()) % 7)
    return _pick([back, ahead], dct, direction)


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _range(a: dt.date | None, b: dt.date | None) -> str | None:
    if a is None or b is None or b < a:
        return None
    return f"{_iso(a)}/{_iso(b)}"


@functools.lru_cache(maxsize=8)
def _dateparser(dct: dt.date, prefer: str):  # noqa: ANN202 - dateparser object
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime.combine(dct, dt.time(12)),
            "PREFER_DATES_FROM": prefer,
            "RETURN_TIME_AS_PERIOD": False,
            "STRICT_PARSING": False,
        },
    )


_PERIOD_FORMAT = {"day": "%Y-%m-%d", "time": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def _with_dateparser(text: str, dct: dt.date, direction: Direction | None) -> str | None:
    prefer = {"past": "past", "future": "future"}.get(direction or "", "current_period")
    data = _dateparser(dct, prefer).get_date_data(text)
    if data.date_obj is None:
        return None
    if data.date_obj.date() == dct and data.period == "day" and not RELATIVE_BASE_WORDS.search(text):
        return None  # dateparser fell back to its base date: it did not understand the text
    if data.period == "week":  # "two weeks ago": that week's Monday-Sunday range, as "last week" (_periods)
        monday = data.date_obj.date() - dt.timedelta(days=data.date_obj.weekday())
        return _range(monday, monday + dt.timedelta(days=6))
    return data.date_obj.strftime(_PERIOD_FORMAT.get(data.period or "day", "%Y-%m-%d"))


def _season(m: re.Match[str], dct: dt.date, direction: Direction | None) -> str:
    code, start_month = SEASONS[m["s"].lower()]
    if m["y"]:
        return f"{m['y']}-{code}"
    rel = (m["rel"] or "").lower()
    # a winter is named by the year it starts in (guidelines section 6): in January 2020 "this winter" is 2019-WI
    in_last_years_winter = code == "WI" and dct.month <= 2
    if rel in ("this", "early", "late", "mid", "mid-"):
        return f"{dct.year - 1 if in_last_years_winter else dct.year}-{code}"
    if rel in ("last", "the past"):
        if in_last_years_winter:
            return f"{dct.year - 2}-{code}"
        return f"{dct.year - 1 if start_month >= dct.month else dct.year}-{code}"
    if rel in ("next", "the coming"):
        return f"{dct.year + 1 if start_month <= dct.month else dct.year}-{code}"
    first = _pick([dt.date(y, start_month, 1) for y in (dct.year - 1, dct.year, dct.year + 1)], dct, direction)
    return f"{first.year}-{code}"


def _weekend(m: re.Match[str], dct: dt.date, direction: Direction | None) -> str:
    """The weekend meant, as its Saturday/Sunday range (the value grammar has no TIMEX3 ``-WE``)."""
    rel = " ".join((m["rel"] or "").lower().split())
    this_saturday = dct + dt.timedelta(days=5 - dct.weekday())
    if rel in ("the past", "this past") and dct.weekday() >= 5:
        saturday = this_saturday  # on a Saturday or Sunday "the past weekend" is the one under way
    elif rel in ("last", "the past", "this past") or (rel in ("the", "", "this") and direction == "past" and dct.weekday() < 5) or (
        rel in ("the", "") and direction is None and dct.weekday() <= 1
    ):  # without a tense "the weekend" is the nearest one: the one just gone on a Monday or Tuesday
        saturday = this_saturday - dt.timedelta(days=7)
    elif rel in ("next",):  # "this coming" falls through to this Saturday
        saturday = this_saturday + dt.timedelta(days=7)
    else:
        saturday = this_saturday
    return f"{_iso(saturday)}/{_iso(saturday + dt.timedelta(days=1))}"


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + month - 1 + n
    return k // 12, k % 12 + 1


def _month_span(y1: int, m1: int, y2: int, m2: int) -> str | None:
    return f"{y1}-{m1:02d}/{y2}-{m2:02d}" if (y1, m1) < (y2, m2) else None


def _month_year(month: int, dct: dt.date, direction: Direction | None) -> int:
    """The year of a month named without one: the nearest such month to the dct in the tense's direction."""
    cands = [dt.date(y, month, 1) for y in (dct.year - 1, dct.year, dct.year + 1)]
    return _pick(cands, dct.replace(day=1), direction).year


def _nth_week(year: int, month: int, ordinal: str, weekend: bool) -> str | None:
    last_day = calendar.monthrange(year, month)[1]
    if not weekend:  # "the first week of October": days 1-7 (a counted week is not an ISO week)
        if ordinal in ("last", "final"):
            return _range(dt.date(year, month, last_day - 6), dt.date(year, month, last_day))
        n = {"first": 0, "second": 1, "third": 2, "fourth": 3}[ordinal]
        return _range(dt.date(year, month, 7 * n + 1), dt.date(year, month, 7 * n + 7))
    saturdays = [d for d in range(1, last_day + 1) if dt.date(year, month, d).weekday() == 5]
    n = -1 if ordinal in ("last", "final") else {"first": 0, "second": 1, "third": 2, "fourth": 3}[ordinal]
    saturday = dt.date(year, month, saturdays[n])
    return _range(saturday, saturday + dt.timedelta(days=1))  # a Sunday that falls in the next month stays


def _pick_interval(intervals: list[tuple[dt.date, dt.date]], dct: dt.date, direction: Direction | None) -> tuple[dt.date, dt.date]:
    """The (first, last) interval meant, of candidates in time order (a quarter of three years, a holiday's days).

    Past: the latest that has begun by the dct; future: the earliest not yet
    over; without a tense, the one nearest the dct as an interval (one the
    dct falls in is at distance 0), the earlier one on a tie.
    """
    if direction == "past" and (begun := [i for i in intervals if i[0] <= dct]):
        return begun[-1]
    if direction == "future" and (open_ := [i for i in intervals if i[1] >= dct]):
        return open_[0]
    return min(intervals, key=lambda i: (max((i[0] - dct).days, (dct - i[1]).days, 0), i[0] > dct))


def _period_year(first_month: int, months: int, dct: dt.date, direction: Direction | None) -> int:
    """The year in which a run of ``months`` months starting at ``first_month`` (a quarter, "April-June") is meant
    (:func:`_pick_interval` over the runs beginning in the years around the dct)."""
    spans = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        ey, em = _add_months(y, first_month, months - 1)
        spans.append((dt.date(y, first_month, 1), dt.date(ey, em, calendar.monthrange(ey, em)[1])))
    return _pick_interval(spans, dct, direction)[0].year


def _periods(t: str, dct: dt.date, direction: Direction | None) -> str | None:
    """Weeks, quarters, reporting periods and ranges of months, years or decades (None: not one of these)."""
    if m := WEEK.fullmatch(t):
        rel = " ".join(m["rel"].lower().split())
        monday = dct - dt.timedelta(days=dct.weekday())
        monday += dt.timedelta(days={"last": -7, "next": 7, "the coming": 7, "the following": 7}.get(rel, 0))
        return _range(monday, monday + dt.timedelta(days=6))
    if MIDWEEK.fullmatch(t):
        wednesday = resolve_weekday(2, dct, "past" if direction == "past" else "future")
        return _range(wednesday - dt.timedelta(days=2), wednesday + dt.timedelta(days=4))
    if m := DECADE_RANGE.fullmatch(t):
        return f"{m['d1']}0/{m['d2']}9" if m["d1"] < m["d2"] else None
    if (m := MONTH_RANGE_QUARTER.fullmatch(t)) is not None and MONTH_RANGE.fullmatch(m["range"]):
        t = m["range"]  # "the April-June quarter": the months it names
    if m := MONTH_RANGE.fullmatch(t):
        m1, m2 = _month(m["m1"]), _month(m["m2"])
        y2 = int(m["y2"]) if m["y2"] else (int(m["y1"]) if m["y1"] else None)
        if y2 is None:  # "April-June": the range nearest the dct in the tense's direction
            y1 = _period_year(m1, (m2 - m1) % 12 + 1, dct, direction)
            y2 = y1 if m2 >= m1 else y1 + 1
        else:
            y1 = int(m["y1"]) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
        return _month_span(y1, m1, y2, m2)
    if m := MONTH_OF_YEAR.fullmatch(t):
        year = dct.year + {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
        return f"{year}-{_month(m['m']):02d}"
    if m := DAY_OF_YEAR.fullmatch(t):
        year = dct.year + {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
        return _iso(d) if (d := _safe_date(year, _month(m["m"] or m["m2"]), _day(m["d"] or m["d2"]))) else None
    if m := MONTH_QUARTER.fullmatch(t):
        last = _month(m["m"])
        first = (last - 3) % 12 + 1
        year = _period_year(first, 3, dct, direction)
        ey, em = _add_months(year, first, 2)
        return _month_span(year, first, ey, em)
    if m := NTH_WEEK.fullmatch(t):
        month = _month(m["m"])
        year = int(m["y"]) if m["y"] else _month_year(month, dct, direction)
        value = _nth_week(year, month, m["ord"].lower(), m["unit"].lower() == "weekend")
        if not m["y"] and value and direction == "future" and value[-10:] < dct.isoformat():
            value = _nth_week(year + 1, month, m["ord"].lower(), m["unit"].lower() == "weekend")
        return value
    if m := QUARTER.fullmatch(t):
        q = int(m["q"]) if m["q"] else _ORDINAL_QUARTER[m["ord"].lower()]
        first = 3 * q - 2
        if m["rel"]:  # "the first quarter of next year"
            year = dct.year + {"this": 0, "next": 1, "last": -1}[m["rel"].lower()]
        else:
            year = int(m["y"]) if m["y"] else _period_year(first, 3, dct, direction)
        return _month_span(year, first, year, first + 2)
    if m := FIRST_MONTHS_OF.fullmatch(t):
        n = _MONTH_COUNT.get(m["n"].lower()) or int(m["n"])
        year = int(m["y"]) if m["y"] else dct.year + {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
        return _month_span(year, 1, year, n)
    if m := PERIOD_TO_MONTH.fullmatch(t):
        end_month = _month(m["m"])
        end_year = int(m["y"]) if m["y"] else _month_year(end_month, dct, "past" if direction is None else direction)
        n = 12 if m["year"] else 3 if m["quarter"] else int(_COUNT.get(m["n"].lower(), m["n"]))
        y1, m1 = _add_months(end_year, end_month, 1 - n)
        return _month_span(y1, m1, end_year, end_month)
    if (m := SPLIT_YEAR_PERIOD.fullmatch(t)) and (m["last"] or not SPLIT_YEAR.fullmatch(t)):
        first, last = SPLIT_YEAR.fullmatch(m["first"].replace(" ", "")), SPLIT_YEAR.fullmatch((m["last"] or m["first"]).replace(" ", ""))
        if first and last and (end := int(last["y"]) // 100 * 100 + int(last["yy"])) > int(first["y"]):
            return f"{first['y']}/{end}"
        return None
    if (m := SPLIT_YEAR.fullmatch(t)) and (last := int(m["y"]) // 100 * 100 + int(m["yy"])) > int(m["y"]):
        return f"{m['y']}/{last}"  # "2019-20", "2020/21", "2019-23": the years from the first to the last
    if m := DAY_OF_MONTH.fullmatch(t):  # "on the 25th": that day of this month, or of the month before or after
        cands = []
        for k in (-1, 0, 1):
            y, mo = _add_months(dct.year, dct.month, k)
            if (d := _safe_date(y, mo, int(m["d"]))) is not None:
                cands.append(d)
        return _iso(_pick(cands, dct, direction)) if cands else None
    if m := WEEK_OF.fullmatch(t):  # "the week of May 3": the Monday-Sunday week holding that day
        day = _normalise(m["day"], dct, direction)
        if day is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
            return None
        monday = dt.date.fromisoformat(day) - dt.timedelta(days=dt.date.fromisoformat(day).weekday())
        return _range(monday, monday + dt.timedelta(days=6))
    if m := CENTURY.fullmatch(t):  # "the 19th century": its hundred years, 1801-1900 written as 1800/1899 by usage
        first = ((int(m["n"]) if m["n"] else SPELLED_CENTURIES[m["word"].lower()]) - 1) * 100
        return f"{first}/{first + 99}" if 1000 <= first <= 2100 else None
    if m := WEEKDAY_WEEK.fullmatch(t):
        weekday = [d.lower() for d in calendar.day_name].index(m["day"].lower())
        return _iso(dct + dt.timedelta(days=((weekday - dct.weekday()) % 7 or 7) + 7))
    if m := THIS_LONG_PERIOD.fullmatch(t):
        first = dct.year // 10 * 10 if m["unit"].lower() == "decade" else (dct.year - 1) // 100 * 100
        return f"{first}/{first + (9 if m['unit'].lower() == 'decade' else 99)}"
    if m := PERIOD_END.fullmatch(t):  # "by year end": the end of the current year or month
        return str(dct.year) if m["unit"].lower() == "year" else f"{dct.year}-{dct.month:02d}"
    if (m := HALF_OF.fullmatch(t)) and (
        whole := _normalise("this year" if re.fullmatch(r"the\s+year", m["rest"], re.IGNORECASE) else m["rest"], dct, direction)
    ) and re.fullmatch(r"\d{4}", whole):  # "the first half of the year": of the current one
        first = 1 if m["half"].lower() == "first" else 7  # a half of a year is its six months (guidelines section 6)
        return _month_span(int(whole), first, int(whole), first + 5)
    if m := PART_OF.fullmatch(t):
        rest = m["rest"]
        if the := THE_PERIOD.fullmatch(rest):  # "the end of the month": the current one
            rest = "this " + the["unit"]
        if fiscal := FISCAL_YEAR_OF.fullmatch(rest):  # "the end of its 2026 fiscal year"
            return fiscal["y"]
        return _periods(rest, dct, direction) or (
            _normalise(rest, dct, direction) if re.match(r"(?:next|last|this)\s", rest, re.IGNORECASE) else None
        )
    return None


def _holiday_in(name: str, year: int) -> dt.date | None:
    if name in FIXED_HOLIDAYS:
        return _safe_date(year, *FIXED_HOLIDAYS[name])
    if name in EASTER_DAYS:
        from dateutil.easter import easter  # dateutil comes with dateparser

        return easter(year) + dt.timedelta(days=EASTER_DAYS[name])
    return None


def _moving_holiday(name: str, year_given: str | None, rel: str, dct: dt.date, direction: Direction | None) -> tuple[dt.date, dt.date] | None:
    """The (first, last) days a lunar-calendar holiday names (:mod:`.holiday_calendars`), None for any other name.

    In the year given ("Diwali last year", "Eid 2024"), else the one the tense
    or "last"/"next" points to (:func:`_pick_interval`); "Ramadan 29" is that
    day of the month.
    """
    if of_year := re.fullmatch(r"(?P<h>.+?)\s+(?P<rel>last|this|next)\s+year", name):
        name, year_given, rel = of_year["h"], str(dct.year + {"last": -1, "this": 0, "next": 1}[of_year["rel"]]), ""
    ramadan_day = re.fullmatch(r"ramadan\s+(?P<d>[0-9]{1,2})", name)
    key = "ramadan" if ramadan_day else holiday_name(name)
    if key is None:
        return None
    years = (int(year_given),) if year_given else (dct.year - 1, dct.year, dct.year + 1)
    spans = [s for y in years for s in holiday_spans(key, y)]
    if not spans:
        return None
    first, last = spans[0] if year_given else _pick_interval(spans, dct, {"last": "past", "next": "future"}.get(rel, direction))  # type: ignore[arg-type]
    if ramadan_day is None:
        return first, last
    day = first + dt.timedelta(days=int(ramadan_day["d"]) - 1)
    return (day, day) if first <= day <= last else None


def _holiday(m: re.Match[str], dct: dt.date, direction: Direction | None) -> str | None:
    """A holiday's day ("Christmas Eve", "last Easter", "Boxing Day 2019"): in its year, or the one the tense points to."""
    name = " ".join(m["name"].lower().split())
    rel = (m["rel"] or "").lower()
    if (moving := _moving_holiday(name, m["y"], rel, dct, direction)) is not None:
        return _iso(moving[0]) if moving[0] == moving[1] else _range(*moving)
    if _holiday_in(name, dct.year) is None:
        return None
    if m["y"]:
        day = _holiday_in(name, int(m["y"]))
        return _iso(day) if day else None
    direction = {"last": "past", "next": "future"}.get(rel, direction)  # type: ignore[assignment]
    days = [d for y in (dct.year - 1, dct.year, dct.year + 1) if (d := _holiday_in(name, y)) is not None]
    if rel == "this":
        return _iso(days[1])
    return _iso(_pick(days, dct, direction))


def _near_calendar_end(dct: dt.date) -> bool:
    return dct.year <= dt.MINYEAR + 1 or dct.year >= dt.MAXYEAR - 1


YEARS_AGO = re.compile(r"(?P<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\s+years\s+ago", re.IGNORECASE)
"""A count of years back in figures; before year 1 it is a vague past (no ISO year writes it)."""


def normalise(text: str, dct: dt.date, direction: Direction | None = None) -> str | None:
    """The ``value`` of a date expression, or None when it cannot be placed.

    With a dct within a year of the ends of Python's calendar (year 1 or
    9999), an expression whose candidates fall off the calendar cannot be
    placed either (None, not an ``OverflowError``).

    >>> normalise("next Monday", dt.date(9999, 12, 31)), normalise("next spring", dt.date(9999, 12, 31))
    (None, None)

    >>> d = dt.date(2021, 5, 19)
    >>> normalise("May 19 and 20, 2021", d), normalise("April", d, "past"), normalise("this summer", d)
    ('2021-05-19/2021-05-20', '2021-04', '2021-SU')
    >>> normalise("Wednesday and Thursday", d), normalise("recent years", d)
    ('2021-05-19/2021-05-20', 'PAST_REF')
    >>> normalise("next Saturday", dt.date(9999, 12, 31), "future") is None
    True
    """
    try:
        value = _normalise(text, dct, direction)
    except (OverflowError, ValueError):
        if _near_calendar_end(dct):
            return None
        raise
    # every value is in the one grammar (newsgold.schema); "1-01-08" or "10000-SP" off the calendar's ends is not
    return value if value is None or is_date_value(value) else None


def _normalise(text: str, dct: dt.date, direction: Direction | None) -> str | None:
    t = " ".join(text.split())
    if (m := EXPLICIT_DATE.fullmatch(t)) and (written := explicit_dates(t)):
        return _iso(written[0].date)  # a full date, weekday or not: "Saturday, October 9, 2010", "2010-10-09"
    if re.fullmatch(r"this\s+(?:morning|afternoon|evening)", t, re.IGNORECASE):
        return _iso(dct)  # a part of today
    if t.lower() in ("last night", "overnight"):
        return _iso(dct - dt.timedelta(days=1)) if t.lower() == "last night" else _iso(dct)
    if m := TIME_OF_DAY.fullmatch(t):
        t = m["date"]  # "Tuesday evening", "late Monday night": the day is the value
    full = functools.partial(re.fullmatch, string=t)
    if m := YEARS_AGO.fullmatch(t):  # "400 years ago", "1,200 years ago": the year that many before the dct's
        year = dct.year - int(m["n"].replace(",", ""))
        return f"{year:04d}" if year >= 1 else "PAST_REF"  # "3,400 years ago": before year 1, which no ISO year writes
    if (value := _periods(t, dct, direction)) is not None:
        return value
    if m := SEASON_RANGE.fullmatch(t):
        code = SEASONS[m["s"].lower()][0]
        return f"{m['y1']}-{code}/{m['y2']}-{code}" if m["y1"] < m["y2"] else None
    if m := FISCAL_YEAR_OF.fullmatch(t):
        return m["y"]
    if m := CROSS_MONTH_RANGE_DMY.fullmatch(t):
        y = m["y"]
        a = _safe_date(int(y), _month(m["m1"]), _day(m["d1"])) if y else _year_for(_month(m["m1"]), _day(m["d1"]), dct, direction)
        b = _safe_date(a.year, _month(m["m2"]), _day(m["d2"])) if a else None
        if a and b and b < a:
            b = _safe_date(a.year + 1, _month(m["m2"]), _day(m["d2"]))
        return _range(a, b)
    if m := CROSS_MONTH_RANGE.fullmatch(t):
        y = m["y"]
        a = (
            _safe_date(int(y), _month(m["m1"]), _day(m["d1"]))
            if y
            else _year_for(_month(m["m1"]), _day(m["d1"]), dct, direction)
        )
        b = _safe_date(a.year if a else dct.year, _month(m["m2"]), _day(m["d2"])) if a else None
        if a and b and b < a:
            b = _safe_date(a.year + 1, _month(m["m2"]), _day(m["d2"]))
        return _range(a, b)
    for shape in (DAY_RANGE, DAY_RANGE_DMY):
        if m := shape.fullmatch(t):
            month = _month(m["m"])
            a = (
                _safe_date(int(m["y"]), month, _day(m["d1"]))
                if m["y"]
                else _year_for(month, _day(m["d1"]), dct, direction)
            )
            b = _safe_date(a.year, month, _day(m["d2"])) if a else None
            return _range(a, b)
    if (m := YEAR_RANGE.fullmatch(t)) and m["y1"] < m["y2"]:
        return f"{m['y1']}/{m['y2']}"  # "from 2004 to 2009": one range (guidelines section 6)
    if m := WEEKDAY_RANGE.fullmatch(t):
        w1, w2 = WEEKDAYS[m["w1"].lower()], WEEKDAYS[m["w2"].lower()]
        gap = dt.timedelta(days=(w2 - w1) % 7 or 7)
        if direction == "past":  # the whole range lies on or before the dct
            last = resolve_weekday(w2, dct, "past")
            return _range(last - gap, last)
        first = resolve_weekday(w1, dct, direction)
        return _range(first, first + gap)
    for shape in (MONTH_DAY, DAY_MONTH):
        if m := shape.fullmatch(t):
            month, day = _month(m["m"]), _day(m["d"])
            d = _safe_date(int(m["y"]), month, day) if m["y"] else _year_for(month, day, dct, direction)
            return _iso(d) if d else None
    if (m := WEEKDAY.fullmatch(t)) and (m["rel"] or "").lower().split()[-1:] in (["coming"], ["past"]):
        # "this coming Saturday" is the next one after the dct, "this past Saturday" the last one before it
        ahead = m["rel"].lower().endswith("coming")
        day = resolve_weekday(WEEKDAYS[m["w"].lower()], dct + dt.timedelta(days=1 if ahead else -1), "future" if ahead else "past")
        return _iso(day)
    if (m := WEEKDAY.fullmatch(t)) and not m["rel"]:
        # a weekday in the present tense is a schedule: "Game 4 is Thursday", "the sides meet again on Wednesday"
        return _iso(resolve_weekday(WEEKDAYS[m["w"].lower()], dct, "future" if direction == "present" else direction))
    if m := MONTH_YEAR.fullmatch(t):
        month = _month(m["m"])
        if m["y"]:
            return f"{m['y']}-{month:02d}"
        rel = (m["rel"] or "").lower()
        if rel in ("last", "next"):  # "last July" in July is the July before: strictly before (after) the dct's month
            step = -1 if rel == "last" else 1
            y, mo = _add_months(dct.year, dct.month, step)
            while mo != month:
                y, mo = _add_months(y, mo, step)
            return f"{y}-{month:02d}"
        direction = {"this": None}.get(rel, direction)  # type: ignore[assignment]
        first = _pick(
            [dt.date(y, month, 1) for y in (dct.year - 1, dct.year, dct.year + 1)], dct.replace(day=1), direction
        )
        return f"{first.year}-{month:02d}"
    if m := PART_OF_MONTH.fullmatch(t):
        return normalise(f"{m['m']} {m['y']}" if m["y"] else m["m"], dct, direction)
    if (m := HOLIDAY.fullmatch(t.replace("’", "'"))) and (value := _holiday(m, dct, direction)) is not None:
        return value
    if m := YEAR.fullmatch(t):
        return m["y"]
    if m := PART_OF_YEAR.fullmatch(t):
        return m["y"] or str(dct.year)
    if m := HUNDREDS.fullmatch(t):
        return f"{m['c']}00/{m['c']}99"  # "the 1700s" -> 1700/1799
    if m := DECADE.fullmatch(t):
        return f"{m['d']}0/{m['d']}9"  # a decade is its range of years: "the 1990s" -> 1990/1999
    if m := WEEKEND.fullmatch(t):
        return _weekend(m, dct, direction)
    if m := SEASON.fullmatch(t):
        return _season(m, dct, direction)
    if full(PAST_REF):
        return "PAST_REF"
    if full(FUTURE_REF):
        return "FUTURE_REF"
    if full(PRESENT_REF):
        return "PRESENT_REF"
    return _with_dateparser(t, dct, direction)
