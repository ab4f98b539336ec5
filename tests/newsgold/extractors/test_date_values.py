"""Normalising date expressions: pinned on written expressions and creation dates."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgold.extractors.date_values import normalise, resolve_weekday
from newsgold.schema import is_date_value

WED = dt.date(2021, 5, 19)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "direction", "value"),
    [
        # explicit days, before and after the creation date
        ("May 19, 2021", None, "2021-05-19"),
        ("March 3, 2019", None, "2019-03-03"),
        ("3 June 2022", None, "2022-06-03"),
        # a day without a year takes the year nearest the dct in the tense's direction
        ("May 12", "past", "2021-05-12"),
        ("May 12", "future", "2022-05-12"),
        ("May 25", "future", "2021-05-25"),
        ("May 25", "past", "2020-05-25"),
        ("December 30", None, "2020-12-30"),
        # a month without a day
        ("April", "past", "2021-04"),
        ("April", "future", "2022-04"),
        ("June", None, "2021-06"),
        ("June", "past", "2020-06"),
        ("May", "past", "2021-05"),
        ("January", None, "2021-01"),
        ("June 2020", None, "2020-06"),
        ("next month", None, "2021-06"),
        ("last month", None, "2021-04"),
        # two-day ranges, one value
        ("May 19 and 20, 2021", None, "2021-05-19/2021-05-20"),
        ("March 19 and 20", "past", "2021-03-19/2021-03-20"),
        ("March 19 and 20", "future", "2022-03-19/2022-03-20"),
        ("May 25-26", "future", "2021-05-25/2021-05-26"),
        ("17-18 May 2021", None, "2021-05-17/2021-05-18"),
        ("May 31 and June 1, 2021", None, "2021-05-31/2021-06-01"),
        ("Wednesday and Thursday", None, "2021-05-19/2021-05-20"),
        ("Wednesday and Thursday", "past", "2021-05-12/2021-05-13"),
        ("Friday and Saturday", "future", "2021-05-21/2021-05-22"),
        # weekdays by tense
        ("Monday", "past", "2021-05-17"),
        ("Monday", "future", "2021-05-24"),
        ("Monday", None, "2021-05-17"),
        ("Wednesday", "past", "2021-05-19"),
        ("Wednesday", "future", "2021-05-19"),
        ("Friday", None, "2021-05-21"),
        # relative days and weeks (dateparser)
        ("yesterday", None, "2021-05-18"),
        ("tomorrow", None, "2021-05-20"),
        ("last week", None, "2021-05-10/2021-05-16"),  # a week is its Monday-Sunday range (dev/ adjudication)
        ("last year", None, "2020"),
        # years, seasons, vague references
        ("2021", None, "2021"),
        ("this summer", None, "2021-SU"),
        ("last winter", None, "2020-WI"),
        ("next spring", None, "2022-SP"),
        ("summer 2019", None, "2019-SU"),
        ("recent years", None, "PAST_REF"),
        ("the past few weeks", None, "PAST_REF"),
        ("the next few weeks", None, "FUTURE_REF"),
        ("the coming months", None, "FUTURE_REF"),
        ("the future", None, "FUTURE_REF"),
        ("now", None, "PRESENT_REF"),
        ("the past year", None, "PAST_REF"),
        ("several years ago", None, "PAST_REF"),
        ("two years ago", None, "2019"),
        ("the coming year", None, "FUTURE_REF"),
        # parts of months and years keep the month / year
        ("early June", "past", "2020-06"),
        ("early June", "future", "2021-06"),
        ("the end of May 2020", None, "2020-05"),
        ("mid-2020", None, "2020"),
        ("the end of the year", None, "2021"),
        # decades and weekends are ranges (the value grammar has no TimeML "199" or "-WE")
        ("the 1990s", None, "1990/1999"),
        ("this weekend", None, "2021-05-22/2021-05-23"),
        ("last weekend", None, "2021-05-15/2021-05-16"),
        ("the weekend", "past", "2021-05-15/2021-05-16"),
        # "took place this weekend" in a Wednesday's article: the weekend just gone
        ("this weekend", "past", "2021-05-15/2021-05-16"),
        ("this weekend", "future", "2021-05-22/2021-05-23"),
        # ranges of years and of months written as one expression (guidelines section 6: one span)
        ("from 2004 to 2009", None, "2004/2009"),
        ("2000 - 2050", None, "2000/2050"),
        ("July 2003 and December 2004", None, "2003-07/2004-12"),
        # weeks, parts of a named period, months and years of a range, quarters and reporting periods
        ("this week", None, "2021-05-17/2021-05-23"),
        ("next week", None, "2021-05-24/2021-05-30"),
        ("the end of next week", None, "2021-05-24/2021-05-30"),
        ("the end of the month", None, "2021-05"),
        ("year end", None, "2021"),
        ("year-end", "future", "2021"),
        ("month-end", None, "2021-05"),
        ("two weeks ago", "past", "2021-05-03/2021-05-09"),  # a week by its unit, as "last week"
        ("three days ago", "past", "2021-05-16"),
        ("the 19th century", None, "1800/1899"),
        ("2019-20", None, "2019/2020"),
        ("2020/21", None, "2020/2021"),
        ("2019-23", None, "2019/2023"),
        ("the 25th", "future", "2021-05-25"),
        ("the 3rd", "past", "2021-05-03"),
        ("the 30th", "past", "2021-04-30"),
        ("the week of May 3", "past", "2021-05-03/2021-05-09"),
        ("21st century", None, "2000/2099"),
        ("early next year", None, "2022"),
        ("the middle of next year", None, "2022"),
        ("the end of next March", None, "2022-03"),
        ("March next year", None, "2022-03"),
        ("May of last year", None, "2020-05"),
        ("January-March", "past", "2021-01/2021-03"),
        ("November to February", "future", "2021-11/2022-02"),
        ("December-February 2020", None, "2019-12/2020-02"),
        ("2018 to 2020", None, "2018/2020"),
        ("1991-1994", None, "1991/1994"),
        ("the 1980s and 1990s", None, "1980/1999"),
        ("the second quarter", "past", "2021-04/2021-06"),
        ("the fourth quarter", "past", "2020-10/2020-12"),
        ("Q3 2019", None, "2019-07/2019-09"),
        ("the first quarter of 2020", None, "2020-01/2020-03"),
        ("the three months to June", "past", "2020-04/2020-06"),
        ("the three months to March", "past", "2021-01/2021-03"),
        ("the year to March", "past", "2020-04/2021-03"),
        ("the year to March 2019", None, "2018-04/2019-03"),
        # a weekday in the present tense is scheduled: the next one
        ("Friday", "present", "2021-05-21"),
        ("Monday", "present", "2021-05-24"),
        # a time of day keeps the day
        ("Tuesday evening", "past", "2021-05-18"),
        ("late Monday night", "future", "2021-05-24"),
        ("May 17 morning", None, "2021-05-17"),
    ],
)
def test_normalise(text: str, direction: str | None, value: str) -> None:
    got = normalise(text, WED, direction)  # type: ignore[arg-type]
    assert got == value
    assert is_date_value(got), f"{got!r} is outside the schema's DATE value grammar"


@pytest.mark.parametrize(
    "text",
    ["the days", "the end of", "Twitter later on", "February 30, 2021", "banana", "Christmastide", "the eve", "evening",
     "the end of the day", "2020 to 2018", "the previous quarter", "the week of June"],
)
def test_expressions_that_cannot_be_placed_have_no_value(text: str) -> None:
    assert normalise(text, WED) is None


def test_weekday_on_the_dct_itself_and_a_week_either_side() -> None:
    assert resolve_weekday(2, WED, "past") == WED
    assert resolve_weekday(1, WED, "future") == dt.date(2021, 5, 25)
    assert resolve_weekday(3, WED, "past") == dt.date(2021, 5, 13)
    # without a tense: the nearest one
    assert resolve_weekday(4, WED, None) == dt.date(2021, 5, 21)
    assert resolve_weekday(6, WED, None) == dt.date(2021, 5, 16)


def test_year_boundary() -> None:
    new_year = dt.date(2022, 1, 3)
    assert normalise("December 28", new_year, "past") == "2021-12-28"
    assert normalise("December", new_year, None) == "2021-12"
    assert normalise("January 10", new_year, "future") == "2022-01-10"


@pytest.mark.parametrize("dct", [dt.date(1, 1, 1), dt.date(1, 12, 31), dt.date(9999, 1, 1), dt.date(9999, 12, 31)])
@pytest.mark.parametrize(
    "text", ["next Monday", "Monday", "this weekend", "June", "next spring", "tomorrow", "yesterday", "next year",
             "last year", "Wednesday and Thursday", "December 30", "the 1990s", "last week"],
)  # fmt: skip
def test_the_ends_of_the_calendar_give_a_grammatical_value_or_none(dct: dt.date, text: str) -> None:
    value = normalise(text, dct)
    assert value is None or is_date_value(value)


def test_a_winter_is_named_by_the_year_it_starts_in() -> None:
    """Guidelines section 6: in January 2020 the current winter (Dec 2019 - Feb 2020) is 2019-WI."""
    january, december, june = dt.date(2020, 1, 15), dt.date(2019, 12, 5), dt.date(2020, 6, 1)
    assert normalise("this winter", january) == "2019-WI"
    assert normalise("last winter", january) == "2018-WI"
    assert normalise("next winter", january) == "2020-WI"
    assert normalise("this winter", december) == "2019-WI"
    assert normalise("last winter", december) == "2018-WI"
    assert normalise("last winter", june) == "2019-WI"
    assert normalise("this summer", january) == "2020-SU"


def test_mid_week_is_the_week_it_points_to() -> None:
    saturday = dt.date(2023, 8, 12)
    assert normalise("mid-week", saturday, None) == "2023-08-14/2023-08-20"  # a forecast: the coming week
    assert normalise("midweek", saturday, "past") == "2023-08-07/2023-08-13"
    assert normalise("mid-week", WED, "future") == "2021-05-17/2021-05-23"  # on a Wednesday: this week


@pytest.mark.parametrize(
    ("text", "direction", "value"),
    [
        ("Christmas", "past", "2020-12-25"), ("Christmas Eve", "future", "2021-12-24"), ("Boxing Day 2019", None, "2019-12-26"),
        ("New Year’s Eve", "past", "2020-12-31"), ("Easter", "past", "2021-04-04"), ("Good Friday", "future", "2022-04-15"),
        ("next Easter", None, "2022-04-17"), ("Halloween", None, "2021-10-31"),
    ],
)  # fmt: skip
def test_holidays_are_their_day_in_the_year_the_tense_points_to(text: str, direction: str | None, value: str) -> None:
    assert normalise(text, WED, direction) == value  # type: ignore[arg-type]


def test_split_years_with_what_they_count() -> None:
    assert normalise("the 2021-22 and 2022-23 academic years", WED) == "2021/2023"
    assert normalise("the 2024/25 financial year", WED) == "2024/2025"
    assert normalise("the 2023-22 season", WED) is None  # the last year before the first


def test_decades_counted_from_now_are_vague() -> None:
    assert normalise("the next decade", WED, "future") == "FUTURE_REF"
    assert normalise("the last decade", WED, "past") == "PAST_REF"
    assert normalise("more than half a century ago", WED, "past") == "PAST_REF"
    assert normalise("the 2010s", WED) == "2010/2019"  # a named decade is still its years


def test_this_coming_and_this_past_and_the_past_weekend_on_a_sunday() -> None:
    sunday = dt.date(2024, 6, 9)
    assert normalise("this coming Saturday", sunday) == "2024-06-15"
    assert normalise("this past Sunday", sunday) == "2024-06-02"  # before the dct, not the dct itself
    assert normalise("the past weekend", sunday) == "2024-06-08/2024-06-09"  # the one ending today
    assert normalise("the past weekend", dt.date(2024, 6, 10)) == "2024-06-08/2024-06-09"


def test_last_and_next_month_name_are_strictly_before_and_after_the_dct_month() -> None:
    july = dt.date(2019, 7, 28)
    assert normalise("Last July", july) == "2018-07"
    assert normalise("next July", july) == "2020-07"
    assert normalise("last June", july) == "2019-06"


def test_halves_hyphenated_quarters_and_centuries_and_named_month_ranges() -> None:
    d = dt.date(2024, 10, 18)
    assert normalise("the first half of 2025", d) == "2025-01/2025-06"
    assert normalise("the second half of next year", d) == "2025-07/2025-12"
    assert normalise("the first half of the year", d, "past") == "2024-01/2024-06"  # "the year": the current one
    assert normalise("the second half of the year", d) == "2024-07/2024-12"
    assert normalise("third-quarter", d, "past") == "2024-07/2024-09"
    assert normalise("the April-June quarter", d, "past") == "2024-04/2024-06"
    assert normalise("the second quarter", d, "past") == "2024-04/2024-06"
    assert normalise("17th-century", d) == "1600/1699"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the 1700s", "1700/1799"),
        ("the early 1800s", "1800/1899"),  # a century, not the decade 1800-1809
        ("1900s", "1900/1999"),
        ("the 2000s", "2000/2009"),  # news means the decade
        ("the 1990s", "1990/1999"),
    ],
)
def test_hundreds_are_a_century_and_the_2000s_a_decade(text: str, value: str) -> None:
    assert normalise(text, WED, "past") == value


def test_this_decade_and_this_century_are_their_years() -> None:
    d = dt.date(2024, 8, 1)
    assert normalise("this decade", d) == "2020/2029"  # dateparser alone reads it as 2014
    assert normalise("this century", d) == "2000/2099"
