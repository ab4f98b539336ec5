"""Fiscal years: which months an organisation's year covers, and the value of a fiscal-year expression.

``gold/GUIDELINES.md`` section 6 values a fiscal or financial year as the range
of months it covers "when the text or the organisation fixes its months":
"fiscal 2025" of a body whose year runs April to March is ``2025-04/2026-03``.
A calendar date cannot say which months those are; the article usually does,
once, somewhere ("the fiscal year ended June 30", "its fiscal year, which began
in July", "an April-March financial year", "fiscal 2024, which ends in March
2025"). :func:`fiscal_calendar` reads that from the whole text, and
:func:`fiscal_value` values one expression with it.

How a fiscal year is numbered differs between conventions, so it is read from
the text when the text shows it ("fiscal 2024, which ends in March 2025" is
numbered by the year it starts in); otherwise a year is numbered by the
calendar year it ends in (the US, Indian and most company usage: "fiscal 2024"
of a year ending June 30 runs July 2023 to June 2024), except that a year
beginning in April in an article about Japan is numbered by the year it begins
in, as Japanese companies and the Japanese government number it.

When the text fixes no months but the article is about one country whose
government year is not the calendar year (:mod:`.fiscal_countries`), that
year's months value a split year ("the 2022/23 financial year", and "2019-20"
alone when the text speaks of a budget or a fiscal year) and the relative ones
("the next fiscal year"); a company's numbered year or quarter is placed with
them only in India and Japan. Otherwise a numbered fiscal year is valued as that year
(``2026`` for "fiscal 2026") and "the current fiscal year" as the dct's year:
the best the calendar can say, and what the value grammar allows.

>>> import datetime as dt
>>> text = "Revenue rose in the fiscal year ended June 30. It warned about fiscal 2026."
>>> cal = fiscal_calendar(text)
>>> cal.start_month, cal.numbered_by_start
(7, False)
>>> fiscal_value("fiscal 2026", cal, dt.date(2025, 10, 9), None)
'2025-07/2026-06'
>>> fiscal_value("the fiscal year ended June 30", cal, dt.date(2025, 10, 9), "past")
'2024-07/2025-06'
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

from newsgold.extractors.fiscal_countries import FISCAL_YEAR_STARTS, article_country
from newsgold.extractors.date_values import (  # the calendar arithmetic of the other date values
    _ORDINAL_QUARTER,
    DAY_RE,
    MONTH_RE,
    YEAR_RE,
    Direction,
    _add_months,
    _month,
    _period_year,
)

_FY = r"(?:fiscal|financial)\s+year"
_MONTH_DAY = rf"(?:{MONTH_RE}\s+{DAY_RE}|{DAY_RE}\s+(?:of\s+)?{MONTH_RE}|{MONTH_RE})"
_ORD = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
_HALF = r"(?P<half>first|second)\s+half"
_RELATIVE = r"(?P<rel>current|next|last|previous|coming|prior|latest|new)"

NUMBERED = re.compile(
    rf"\b(?:[Tt]he\s+(?:{_ORD}\s+quarter|{_HALF})\s+of\s+)?"
    rf"(?:(?:[Ff]iscal|[Ff]inancial)\s+(?:year\s+)?(?P<y>{YEAR_RE})\b|FY\s?(?P<yy>{YEAR_RE}|[0-9]{{2}})\b(?![-–/.,]?[0-9]))"
)
"""A fiscal year by its number: "fiscal 2024", "fiscal year 2025", "FY2025", "FY25", "the second half of fiscal 2027"."""

ENDED = re.compile(
    rf"\b[Tt]he\s+{_FY}\s+(?:that\s+|which\s+)?(?:ended|ending|to)\s+(?:on\s+)?(?P<m>{_MONTH_DAY})(?:,?\s+(?P<y>{YEAR_RE}))?\b"
)
"""A fiscal year named by its last day: "the fiscal year ended June 30", "the financial year to 31 March 2024"."""

RELATIVE = re.compile(
    rf"\b(?:(?:[Qq](?P<q>[1-4])|[Tt]he\s+{_ORD}\s+quarter|[Tt]he\s+{_HALF})\s+of\s+)?"
    rf"(?:[Tt]he|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Tt]his)\s+{_RELATIVE}\s+{_FY}\b"
)
"""A fiscal year named relative to now: "its current fiscal year", "the next financial year", "Q2 of its current
fiscal year" ("its fiscal year" without such a word names the organisation's calendar, not a year of it)."""

FISCAL_QUARTER = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+fiscal\s+{_ORD}\s+quarter\b")
"""A quarter of the organisation's year by its number: "the fiscal second quarter" (the current year's)."""
THE_YEAR = re.compile(
    rf"\b(?:[Tt]he\s+(?:end|start|beginning|middle)\s+of\s+|[Tt]he\s+{_HALF}\s+of\s+)?[Tt]he\s+{_FY}\b"
)
"""The organisation's current year, with a part of it: "the fiscal year", "the first half of the fiscal year"."""
SPLIT = re.compile(
    rf"\b(?:[Tt]he\s+(?:{_ORD}\s+quarter|{_HALF}|end|start|beginning|middle)\s+of\s+)?(?:[Tt]he\s+)?(?P<y>{YEAR_RE})[/-](?P<yy>[0-9]{{2}})\s+{_FY}\b"
)
"""A fiscal year by its two calendar years, or a part of it: "the 2021/22 financial year", "the first half of the
2024/25 financial year"."""

FINDERS = (NUMBERED, ENDED, FISCAL_QUARTER, THE_YEAR, SPLIT, RELATIVE)
"""Span finders for the dates extractor ("its current fiscal year" alone is found only with a relative word)."""
# where a text fixes its months
_FIRST_MONTH = rf"(?:on\s+|in\s+|from\s+)?(?:{DAY_RE}\s+(?:of\s+)?)?(?P<m>{MONTH_RE})"
"""The month a year begins in, after "begins" ("begins Oct. 1", "starting in April", "from 1 July")."""
_START_CUES = [
    re.compile(rf"{_FY},?\s+(?:that\s+|which\s+)?(?:began|begins|beginning|started|starts|starting|runs|running|that\s+runs)\s+"
               + _FIRST_MONTH, re.IGNORECASE),
    re.compile(rf"(?P<m>{MONTH_RE})\s*[-–]\s*{MONTH_RE}\s+{_FY}", re.IGNORECASE),
]
_NUMBERED_START = re.compile(
    rf"(?:fiscal|financial)\s+(?:year\s+)?{YEAR_RE},?\s+(?:that\s+|which\s+)?"
    r"(?:began|begins|beginning|started|starts|starting)\s+" + _FIRST_MONTH,
    re.IGNORECASE,
)
"""One numbered year's first month ("in fiscal 2024 starting in April"): read only when the text states its fiscal
year no other way, since an article about two companies may give one company's year so and the other's in full
("Hallstrom's fiscal 2024, which begins Oct. 1" beside "Verano, whose fiscal year ends March 31")."""
_END_CUES = [
    re.compile(rf"(?:{_FY}|(?:fiscal|financial)\s+{YEAR_RE}),?\s+(?:the\s+year\s+)?(?:that\s+|which\s+)?"
               rf"(?:ended|ending|ends|closed|closes|closing|to|through)\s+"
               rf"(?:on\s+|in\s+|at\s+the\s+end\s+of\s+)?(?:{DAY_RE}\s+(?:of\s+)?)?(?P<m>{MONTH_RE})", re.IGNORECASE),
]
_NUMBERED_WITH_END = re.compile(
    rf"(?:(?:fiscal|financial)\s+(?:year\s+)?|\bFY\s?)(?P<y>{YEAR_RE})\b[^.;]{{0,40}}?\b(?:ends|ended|ending|runs\s+(?:to|through|until)|"
    rf"closes|to)\s+(?:on\s+|in\s+)?(?:{DAY_RE}\s+(?:of\s+)?)?(?P<m>{MONTH_RE})\s+(?:{DAY_RE},?\s+)?(?P<y2>{YEAR_RE})",
    re.IGNORECASE,
)
_JAPAN = re.compile(r"\b(?:Japan|Japanese|Tokyo|Osaka|Nikkei)\b")
_BUDGET = re.compile(r"\b(?:[Ff]iscal|[Ff]inancial)\b|\b[Bb]udget|\bFY\s?[0-9]")
"""Words of public or company finance: only a text with one can hold a fiscal year, so only then is the
article's country looked up (reading the place names costs about a second, once per process)."""
BARE_SPLIT = re.compile(rf"(?P<y>{YEAR_RE})[/-](?P<yy>[0-9]{{2}})")
"""Two consecutive years with the second's last two digits and no word after them ("2019-20", "2022/23")."""


@dataclass(frozen=True)
class FiscalCalendar:
    """The months of an organisation's fiscal year as the text fixes them (None: it does not)."""

    start_month: int | None
    numbered_by_start: bool = False
    country: str | None = None
    """Set when the months are not in the text but those of the government year of the article's country
    (:mod:`.fiscal_countries`): they value split years and the government's "fiscal year", not a company's
    numbered or quarterly year, except in India and Japan, where companies keep the government's year by law
    or by near-universal custom."""
    budget: bool = field(default=False, compare=False)
    """The text speaks of a fiscal or financial year or a budget, so a bare split year ("in 2019-20") is one."""

    def numbers_known(self) -> bool:
        """A numbered year ("fiscal 2025", "FY25") or a numbered quarter may be placed with these months."""
        return self.start_month is not None and (self.country is None or self.country in ("IN", "JP"))

    def first_month(self, number: int) -> tuple[int, int] | None:
        """(year, month) a fiscal year numbered ``number`` begins in."""
        if self.start_month is None:
            return None
        if self.start_month == 1 or self.numbered_by_start:
            return number, self.start_month
        return number - 1, self.start_month

    def containing(self, day: dt.date) -> int | None:
        """The number of the fiscal year ``day`` falls in."""
        if self.start_month is None:
            return None
        begins_year = day.year if day.month >= self.start_month else day.year - 1
        return begins_year if self.start_month == 1 or self.numbered_by_start else begins_year + 1


def fiscal_calendar(text: str) -> FiscalCalendar:
    """The fiscal calendar a text fixes, from the first statement of its months (see the module docstring)."""
    if m := _NUMBERED_WITH_END.search(text):
        end = _month(m["m"])
        start = end % 12 + 1
        by_start = start != 1 and int(m["y2"]) == int(m["y"]) + 1
        return FiscalCalendar(start, by_start)
    starts = [(m.start(), _month(m["m"])) for cue in _START_CUES for m in cue.finditer(text)]
    ends = [(m.start(), _month(m["m"]) % 12 + 1) for cue in _END_CUES for m in cue.finditer(text)]
    found = sorted(starts + ends) or [(m.start(), _month(m["m"])) for m in _NUMBERED_START.finditer(text)]
    budget = bool(_BUDGET.search(text))
    if not found:
        if not budget:
            return FiscalCalendar(None)
        country = article_country(text)
        start = FISCAL_YEAR_STARTS.get(country) if country else None
        if start is None:
            return FiscalCalendar(None, budget=budget)
        return FiscalCalendar(start, country == "JP", country=country, budget=budget)
    start = found[0][1]
    return FiscalCalendar(start, start == 4 and bool(_JAPAN.search(text)), budget=budget)


def _months(year: int, month: int, count: int, offset: int = 0) -> str:
    """The range of ``count`` months starting ``offset`` months after ``year``-``month``."""
    y1, m1 = _add_months(year, month, offset)
    y2, m2 = _add_months(y1, m1, count - 1)
    return f"{y1}-{m1:02d}/{y2}-{m2:02d}"


def _part(m: re.Match[str]) -> tuple[int, int]:
    """(offset, length) in months of the quarter or half ``m`` names within its fiscal year (the whole year if none)."""
    groups = m.groupdict()
    if groups.get("q") or groups.get("ord"):
        n = int(groups["q"]) if groups.get("q") else _ORDINAL_QUARTER[groups["ord"].lower()]
        return 3 * (n - 1), 3
    if groups.get("half"):
        return (0 if groups["half"].lower() == "first" else 6), 6
    return 0, 12


def _value(number: int, cal: FiscalCalendar, m: re.Match[str], government: bool = False) -> str:
    """The value of fiscal year ``number`` (or the part of it ``m`` names) in calendar ``cal``.

    ``government``: the expression may name the government's year ("the next fiscal year"), so a
    country's months place it even where a company's numbered year would not be placed.
    """
    first = cal.first_month(number) if government or cal.numbers_known() else None
    offset, count = _part(m)
    if first is None:  # the months are not in the text: a whole year is its number, a part cannot be placed
        return str(number) if count == 12 else None
    return _months(first[0], first[1], count, offset)


def fiscal_value(expression: str, cal: FiscalCalendar, dct: dt.date, direction: Direction | None) -> str | None:
    """The value of a fiscal-year expression (None: not one of the shapes of this module)."""
    t = " ".join(expression.split())
    if m := NUMBERED.fullmatch(t):
        if m["y"]:
            number = int(m["y"])
        else:
            yy = m["yy"]
            number = int(yy) if len(yy) == 4 else 2000 + int(yy)
        return _value(number, cal, m)
    if m := ENDED.fullmatch(t):
        end_month = _month(re.search(MONTH_RE, m["m"]).group())  # type: ignore[union-attr]
        if m["y"]:
            end_year = int(m["y"])
        else:  # the last such month-end on or before the dct, or in the future tense the next one
            ends = [dt.date(y, end_month, calendar.monthrange(y, end_month)[1]) for y in (dct.year - 1, dct.year, dct.year + 1)]
            ahead = [e for e in ends if e >= dct]
            end_year = (ahead[0] if direction == "future" and ahead else max(e for e in ends if e <= dct)).year
        return _months(end_year, end_month, 12, -11)
    if m := FISCAL_QUARTER.fullmatch(t):
        if not cal.numbers_known():
            return None
        offset, _ = _part(m)  # the quarter's months recur every year: the one the tense points to, as for a calendar quarter
        _, first_month = _add_months(2000, cal.start_month, offset)
        return _months(_period_year(first_month, 3, dct, direction), first_month, 3)
    if (m := SPLIT.fullmatch(t)) or ((m := BARE_SPLIT.fullmatch(t)) and cal.budget):
        if cal.start_month is None or int(m["yy"]) != (int(m["y"]) + 1) % 100:
            return None  # without the months, the split-year value ("2021/2022") is the dates extractor's own
        offset, count = _part(m)
        return _months(int(m["y"]), cal.start_month, count, offset)
    if m := THE_YEAR.fullmatch(t):  # "the financial year" is the organisation's own: a country's months say nothing of it
        current = cal.containing(dct) if cal.numbers_known() else None
        return None if current is None else _value(current, cal, m)
    if m := RELATIVE.fullmatch(t):
        rel = m["rel"].lower()
        shift = {"next": 1, "coming": 1, "new": 0, "last": -1, "previous": -1, "prior": -1}.get(rel, 0)
        number = cal.containing(dct)
        if number is None:  # the months are not in the text: the year is the best the calendar can say
            return str(dct.year + shift) if not (m["q"] or m["ord"] or m["half"]) else None
        return _value(number + shift, cal, m, government=True)
    return None


def is_fiscal(expression: str) -> bool:
    """The whole expression is one of this module's shapes (a fiscal year, however short: "FY25", "for the first
    half of the fiscal year" is a date, not a duration)."""
    t = " ".join(expression.split())
    return any(f.fullmatch(t) for f in FINDERS)
