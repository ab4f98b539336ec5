"""Fiscal years: the months a text fixes, how years are numbered, and the values of fiscal-year expressions."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgold.extractors.fiscal_years import FiscalCalendar, fiscal_calendar, fiscal_value

OCT_2025 = dt.date(2025, 10, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revenue rose in the fiscal year ended June 30.", FiscalCalendar(7, False)),
        ("its current fiscal year, which began in July", FiscalCalendar(7, False)),
        ("The utility's financial year runs from July to June.", FiscalCalendar(7, False)),
        ("an April-March financial year", FiscalCalendar(4, False)),
        ("the financial year to 31 March", FiscalCalendar(4, False)),
        # numbered by the year it starts in, because the text shows it
        ("profit in fiscal 2024, which ends in March 2025", FiscalCalendar(4, True)),
        # numbered by the year it ends in, because the text shows it
        ("profit in fiscal 2025, which ends in March 2025", FiscalCalendar(4, False)),
        ("revenue of Rs1.18tn in FY2025, the year to March 2025", FiscalCalendar(4, False)),
        # a Japanese company's April year is numbered by its first year
        ("The Osaka group booked a profit in fiscal 2024, the year that ended in March.", FiscalCalendar(4, True)),
        ("Sales rose 4% in the third quarter.", FiscalCalendar(None)),
    ],
)
def test_the_calendar_a_text_fixes(text: str, expected: FiscalCalendar) -> None:
    assert fiscal_calendar(text) == expected


def test_numbered_years_and_their_parts() -> None:
    july = FiscalCalendar(7, False)
    assert fiscal_value("fiscal 2024", july, OCT_2025, None) == "2023-07/2024-06"
    assert fiscal_value("fiscal year 2026", july, OCT_2025, None) == "2025-07/2026-06"
    assert fiscal_value("FY2026", july, OCT_2025, None) == "2025-07/2026-06"
    assert fiscal_value("FY26", july, OCT_2025, None) == "2025-07/2026-06"
    assert fiscal_value("the second half of fiscal 2026", july, OCT_2025, None) == "2026-01/2026-06"
    assert fiscal_value("the third quarter of fiscal 2026", july, OCT_2025, None) == "2026-01/2026-03"
    japan = FiscalCalendar(4, True)
    assert fiscal_value("the second half of fiscal 2027", japan, OCT_2025, None) == "2027-10/2028-03"
    assert fiscal_value("fiscal 2024", FiscalCalendar(1), OCT_2025, None) == "2024-01/2024-12"


def test_years_named_by_their_end_or_relative_to_the_dct() -> None:
    july = FiscalCalendar(7, False)
    assert fiscal_value("the fiscal year ended June 30", july, OCT_2025, "past") == "2024-07/2025-06"
    assert fiscal_value("the financial year ending 31 March 2024", july, OCT_2025, None) == "2023-04/2024-03"
    assert fiscal_value("its current fiscal year", july, OCT_2025, None) == "2025-07/2026-06"
    assert fiscal_value("Q2 of its current fiscal year", july, OCT_2025, None) == "2025-10/2025-12"
    assert fiscal_value("the next fiscal year", july, OCT_2025, None) == "2026-07/2027-06"
    assert fiscal_value("its previous financial year", july, OCT_2025, None) == "2024-07/2025-06"


def test_without_the_months_a_year_is_its_number_and_a_part_is_not_placed() -> None:
    unknown = FiscalCalendar(None)
    assert fiscal_value("fiscal 2026", unknown, OCT_2025, None) == "2026"
    assert fiscal_value("the first half of fiscal 2026", unknown, OCT_2025, None) is None
    assert fiscal_value("its current fiscal year", unknown, OCT_2025, None) == "2025"
    assert fiscal_value("Q2 of its current fiscal year", unknown, OCT_2025, None) is None


def test_what_is_not_a_fiscal_year_expression() -> None:
    july = FiscalCalendar(7, False)
    assert fiscal_value("its fiscal year", july, OCT_2025, None) is None  # the calendar, not a year of it
    assert fiscal_value("the third quarter", july, OCT_2025, None) is None
    assert fiscal_value("2024", july, OCT_2025, None) is None


def test_the_current_year_its_numbered_quarters_and_split_years() -> None:
    japan = FiscalCalendar(4, True)
    nov = dt.date(2023, 11, 8)
    assert fiscal_value("the fiscal year", japan, nov, None) == "2023-04/2024-03"
    assert fiscal_value("the second half of the fiscal year", japan, nov, None) == "2023-10/2024-03"
    assert fiscal_value("the fiscal second quarter", japan, nov, "past") == "2023-07/2023-09"
    assert fiscal_value("its fiscal fourth quarter", japan, nov, "future") == "2024-01/2024-03"
    assert fiscal_value("the 2021/22 financial year", japan, nov, None) == "2021-04/2022-03"
    unknown = FiscalCalendar(None)
    assert fiscal_value("the fiscal year", unknown, nov, None) is None
    assert fiscal_value("the 2021/22 financial year", unknown, nov, None) is None  # left to the split-year rule


def test_a_numbered_years_first_month_fixes_the_calendar_only_when_nothing_else_does() -> None:
    japan = "The Bank of Japan expects prices to rise 2.8 percent in fiscal 2024 starting in April."
    assert fiscal_calendar(japan) == FiscalCalendar(4, True)
    two_companies = (
        "The deal should close in Hallstrom's fiscal 2024, which begins Oct. 1. Verano, whose fiscal year ends "
        "March 31, reported results."
    )
    assert fiscal_calendar(two_companies) == FiscalCalendar(4)  # the year stated in full wins


def test_a_split_year_takes_the_months_of_the_countrys_government_year() -> None:
    kenya = "The utility, based in Nairobi, reported its results in Mombasa and Kisumu. The budget"
    cal = fiscal_calendar(kenya)
    assert (cal.start_month, cal.country) == (7, "KE")
    assert fiscal_value("the 2024/25 financial year", cal, OCT_2025, None) == "2024-07/2025-06"
    assert fiscal_value("the first half of the 2024/25 financial year", cal, OCT_2025, None) == "2024-07/2024-12"
    assert fiscal_value("2024/25", cal, OCT_2025, None) == "2024-07/2025-06"  # the text speaks of a budget
    assert fiscal_value("the next fiscal year", cal, OCT_2025, None) == "2026-07/2027-06"
    # a company's own numbered year or "the financial year" is not placed with the government's months
    assert fiscal_value("fiscal 2025", cal, OCT_2025, None) == "2025"
    assert fiscal_value("the financial year", cal, OCT_2025, None) is None


def test_a_bare_split_year_is_a_fiscal_year_only_in_a_text_about_money() -> None:
    cal = fiscal_calendar("Hospitals in Nairobi, Mombasa and Kisumu were busy.")
    assert (cal.start_month, cal.budget) == (None, False)  # no word of finance: the country is not even looked up
    assert fiscal_value("2024/25", cal, OCT_2025, None) is None
    cal = fiscal_calendar("Hospitals in Nairobi, Mombasa and Kisumu were busy. Their budget grew.")
    assert (cal.start_month, cal.budget) == (7, True)
    assert fiscal_value("2024/25", cal, OCT_2025, None) == "2024-07/2025-06"


def test_a_part_of_a_split_year_named_by_its_end_is_the_whole_year() -> None:
    cal = FiscalCalendar(4, False)
    assert fiscal_value("the end of the 2022/23 financial year", cal, OCT_2025, None) == "2022-04/2023-03"
