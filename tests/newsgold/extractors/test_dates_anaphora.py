"""Anaphoric dates counted from the dates before them (no model: the resolver alone)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgold.extractors.dates_anaphora import is_anaphoric, resolve

DCT = dt.date(2024, 3, 14)


def _value(text: str, expression: str, earlier: list[tuple[str, str]], dateline_end: int = 0) -> str | None:
    start = text.index(expression)
    refs = [(text.index(e), text.index(e) + len(e), v) for e, v in earlier]
    return resolve(text, start, start + len(expression), refs, DCT, dateline_end)


@pytest.mark.parametrize(
    ("expression", "anaphoric"),
    [
        ("that night", True), ("That day", True), ("the same morning", True), ("a year earlier", True),
        ("two years later", True), ("12 days later", True), ("the following week", True), ("the previous month", True),
        ("the day before", True), ("the next few weeks", False), ("the day before the vote", False),
        ("next week", False), ("two years", False), ("the following week of talks", True),
    ],
)  # fmt: skip
def test_which_expressions_are_anaphoric(expression: str, anaphoric: bool) -> None:
    # "the following week of talks" is whole only as "the following week": the finder stops at "week"
    assert is_anaphoric(expression) is (anaphoric and expression != "the following week of talks")


def test_a_counted_shift_keeps_the_reference_precision() -> None:
    text = "The mill shut in June 2003. Two years later the town bought it."
    assert _value(text, "Two years later", [("June 2003", "2003-06")]) == "2005-06"
    text = "Prices rose in February from a year earlier."
    assert _value(text, "a year earlier", [("February", "2024-02")]) == "2023-02"
    text = "The ship sank on 3 May 1990. Divers found it 12 days later."
    assert _value(text, "12 days later", [("3 May 1990", "1990-05-03")]) == "1990-05-15"


def test_a_day_shift_needs_a_day_to_count_from() -> None:
    text = "The law passed in 2001. Three days later it was repealed."
    assert _value(text, "Three days later", [("2001", "2001")]) is None


def test_an_ordered_shift_has_its_unit_precision() -> None:
    text = "Rain fell on Saturday 9 March. The road reopened the following week and the school the following year."
    earlier = [("Saturday 9 March", "2024-03-09")]
    assert _value(text, "the following week", earlier) == "2024-03-11/2024-03-17"
    assert _value(text, "the following year", earlier) == "2025"
    assert _value("It began on 31 March 2023; the day before, nothing.", "the day before", [("31 March 2023", "2023-03-31")]) == "2023-03-30"


def test_a_pointed_day_takes_the_paragraph_day_else_the_lede_day() -> None:
    text = "Tuesday, 12 March 2024\n\nA fire broke out on Sunday.\n\nThe owner spoke on Monday.\n\n\"We lost everything that night,\" he said."
    earlier = [("Tuesday, 12 March 2024", "2024-03-12"), ("Sunday", "2024-03-10"), ("Monday", "2024-03-11")]
    dateline_end = len("Tuesday, 12 March 2024")
    assert _value(text, "that night", earlier, dateline_end) == "2024-03-10"  # the lede's day, not the last one
    text = "A fire broke out on Sunday. On Monday a second one started, and that night the street was closed."
    assert _value(text, "that night", [("Sunday", "2024-03-10"), ("Monday", "2024-03-11")]) == "2024-03-11"


def test_without_a_date_before_it_the_dct_is_the_reference() -> None:
    assert _value("Exports fell from a year earlier.", "a year earlier", []) == "2023-03-14"


def test_a_shift_forward_needs_a_date_before_it_and_a_decade_is_a_year() -> None:
    assert _value("A decade later, the town was rebuilt.", "A decade later", []) is None
    text = "The flood came on 3 May 1990. A decade later the town was rebuilt."
    assert _value(text, "A decade later", [("3 May 1990", "1990-05-03")]) == "2000"


def test_the_dateline_is_not_a_reference_for_a_shift() -> None:
    text = "Monday, 11 March 2024\n\nA decade later, the town was rebuilt; exports fell from a year earlier."
    earlier = [("Monday, 11 March 2024", "2024-03-11")]
    end = len("Monday, 11 March 2024")
    assert _value(text, "A decade later", earlier, end) is None
    assert _value(text, "a year earlier", earlier, end) == "2023-03-14"  # back from the dct


def test_a_counted_shift_after_a_period_moves_the_whole_period() -> None:
    text = "Exports rose in the first half of 2023, up 9% from a year earlier."
    assert _value(text, "a year earlier", [("the first half of 2023", "2023-01/2023-06")]) == "2023-01/2023-06".replace("2023", "2022")
    # a range of years is not one period to count from: the last point before it is used
    text = "From 2004 to 2009 in June 2010 a year earlier"
    assert _value(text, "a year earlier", [("2004 to 2009", "2004/2009"), ("June 2010", "2010-06")]) == "2009-06"


def test_a_pointed_season_is_that_season_of_the_last_year_given() -> None:
    text = "Born on March 3, 1937, in Gernika, she was the youngest. That spring, bombers hit the town."
    assert is_anaphoric("That spring")
    assert _value(text, "That spring", [("March 3, 1937", "1937-03-03")]) == "1937-SP"
    text = "The flood came in January 1990. That winter was the wettest."
    assert _value(text, "That winter", [("January 1990", "1990-01")]) == "1989-WI"  # a winter is its first year's
    assert _value("That summer he left.", "That summer", []) is None  # which summer the text has not said


def test_the_previous_year_of_a_fiscal_year_is_the_fiscal_year_before() -> None:
    text = "Bills will rise in fiscal 2024 than in the previous year."
    at = text.index("the previous year")
    earlier = [(text.index("fiscal 2024"), text.index("fiscal 2024") + 11, "2024-04/2025-03")]
    assert resolve(text, at, at + len("the previous year"), earlier, dt.date(2024, 4, 26)) == "2023-04/2024-03"
    half = [(earlier[0][0], earlier[0][1], "2024-01/2024-06")]  # a half-year is no year: the year before it
    assert resolve(text, at, at + len("the previous year"), half, dt.date(2024, 4, 26)) == "2023"


def test_the_same_period_of_another_year_is_the_period_just_reported_moved_to_that_year() -> None:
    text = "Arrivals tripled in the first quarter compared with the same period of 2024."
    s = text.index("the same")
    earlier = [(text.index("the first"), text.index(" compared"), "2025-01/2025-03")]
    assert resolve(text, s, len(text) - 1, earlier, dt.date(2025, 5, 1)) == "2024-01/2024-03"
    text = "Exports fell in the October-December quarter from the same period a year earlier."
    s = text.index("the same")
    earlier = [(text.index("the Oct"), text.index(" from"), "2014-10/2014-12")]
    assert resolve(text, s, len(text) - 1, earlier, dt.date(2015, 2, 1)) == "2013-10/2013-12"
    # no period reported before it in the paragraph: the year
    text = "Orders fell by a third compared with the same period last year."
    assert resolve(text, text.index("the same"), len(text) - 1, [], dt.date(2025, 8, 1)) == "2024"
