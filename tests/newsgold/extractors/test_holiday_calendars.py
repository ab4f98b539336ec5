"""Lunar-calendar holidays: their names as written and their days from the calendar packages."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgold.extractors.holiday_calendars import holiday_name, holiday_spans


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("the Eid Al-Fitr holiday", "eid al fitr"),
        ("Eid week", "eid"),
        ("the three days of Eid", "eid"),
        ("the last ten days of Ramadan", "ramadan"),
        ("the Sinhala and Tamil New Year", "sinhala and tamil new year"),
        ("Deepavali", "deepavali"),
        ("Christmas", None),  # a fixed holiday: date_values' own table
        ("the holiday", None),
    ],
)
def test_holiday_names(written: str, key: str | None) -> None:
    assert holiday_name(written) == key


def test_holiday_days_from_the_calendars() -> None:
    d = dt.date
    assert holiday_spans("ramadan", 2025) == [(d(2025, 3, 1), d(2025, 3, 29))]  # Umm al-Qura: 29 days in 1446 AH
    assert holiday_spans("eid al fitr", 2025) == [(d(2025, 3, 30), d(2025, 4, 1))]  # the first three days of Shawwal
    assert holiday_spans("diwali", 2023) == [(d(2023, 11, 12), d(2023, 11, 12))]
    assert holiday_spans("spring festival", 2019) == [(d(2019, 2, 5), d(2019, 2, 5))]
    assert holiday_spans("sinhala and tamil new year", 2021) == [(d(2021, 4, 14), d(2021, 4, 14))]  # not the day before
    assert holiday_spans("christmas", 2021) == []
