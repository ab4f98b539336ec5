"""Days of holidays that move with a lunar or lunisolar calendar, from maintained calendar packages.

"Before Diwali", "over the Eid Al-Fitr holiday", "in the last days of Ramadan"
name calendar dates (``gold/GUIDELINES.md`` section 6, holidays; the development
adjudications of dev/batch-13, -19 and -21 value them), but which Gregorian days
they are changes every year. The days come from two MIT-licensed packages, never
from a hand-written table:

* :mod:`hijridate` (the Umm al-Qura calendar, the one Saudi Arabia and most Gulf
  states announce by) for Ramadan (the ninth Hijri month, all its days) and Eid
  al-Fitr (the first three days of the tenth month, the public holiday the
  development gold values);
* :mod:`holidays` for Diwali (India), the Spring Festival or Chinese/Lunar New
  Year (China; its first day) and the Sinhala and Tamil New Year (Sri Lanka).

Eid al-Adha, Songkran and Japan's Golden Week are left out: the development gold
has no or conflicting values for how many days they span.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

HOLIDAY_COUNTRIES = {
    "diwali": ("IN", "Diwali"),
    "deepavali": ("IN", "Diwali"),
    "spring festival": ("CN", "Spring Festival"),
    "chinese new year": ("CN", "Spring Festival"),
    "lunar new year": ("CN", "Spring Festival"),
    "sinhala and tamil new year": ("LK", "Sinhala and Tamil New Year"),
}
"""A holiday's name as written (lower case) -> the country whose calendar holds it and its name there."""

HIJRI_HOLIDAYS = {"ramadan": (9, None), "eid": (10, 3), "eid al fitr": (10, 3), "eid ul fitr": (10, 3), "eid el fitr": (10, 3)}
"""A holiday's name (lower case, hyphens as spaces) -> (Hijri month, days from its first; None: the whole month)."""


def is_moving_holiday(name: str) -> bool:
    """``name`` (lower case, hyphens as spaces, without "the"/"holiday") is one of this module's holidays."""
    return name in HOLIDAY_COUNTRIES or name in HIJRI_HOLIDAYS


@functools.lru_cache(maxsize=256)
def _country_days(country: str, year: int) -> dict[dt.date, str]:
    import holidays

    return dict(holidays.country_holidays(country, years=year, language="en_US").items())


def _hijri_spans(month: int, days: int | None, year: int) -> list[tuple[dt.date, dt.date]]:
    from hijridate import Gregorian, Hijri

    out = []
    first_hijri = Gregorian(year, 1, 1).to_hijri().year
    for hy in (first_hijri, first_hijri + 1):
        try:
            start_h = Hijri(hy, month, 1)
        except (ValueError, OverflowError):  # outside the Umm al-Qura tables (1343-1500 AH)
            continue
        g = start_h.to_gregorian()
        first = dt.date(g.year, g.month, g.day)
        length = start_h.month_length() if days is None else days
        if first.year == year:
            out.append((first, first + dt.timedelta(days=length - 1)))
    return out


PART_OF = re.compile(
    r"the\s+(?:(?:first|last|final|opening|closing)\s+)?(?:(?:two|three|four|five|six|seven|ten|[0-9]{1,2})\s+)?"
    r"(?:days?|nights?|weeks?)\s+of\s+"
)
"""Days of a holiday named as a part of it ("the three days of Eid", "the last ten days of Ramadan"): the holiday's
value (the development gold of dev/batch-19 values them so)."""


def holiday_name(written: str) -> str | None:
    """The key of a moving holiday as written ("the Eid Al-Fitr holiday" -> "eid al fitr"), or None."""
    name = " ".join(written.lower().replace("-", " ").replace("’", "'").split())
    name = PART_OF.sub("", name, count=1) if PART_OF.match(name) else name
    name = name.removeprefix("the ")
    for tail in (" holidays", " holiday", " period", " week"):
        if name.endswith(tail) and is_moving_holiday(name[: -len(tail)]):
            name = name[: -len(tail)]
    return name if is_moving_holiday(name) else None


def holiday_spans(name: str, year: int) -> list[tuple[dt.date, dt.date]]:
    """The (first, last) days of holiday ``name`` that begin in Gregorian ``year`` (empty when unknown)."""
    if name in HIJRI_HOLIDAYS:
        return _hijri_spans(*HIJRI_HOLIDAYS[name], year)
    if name in HOLIDAY_COUNTRIES:
        country, label = HOLIDAY_COUNTRIES[name]
        try:
            days = sorted(d for d, n in _country_days(country, year).items() if label in n and "Before" not in n)
        except (NotImplementedError, KeyError, ValueError):
            return []
        return [(days[0], days[0])] if days else []
    return []
