"""Seasons named from the article's own time: a date only where the article shows the seasons' shape."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgold.extractors.sports_seasons import season_shape, season_value


@pytest.mark.parametrize(
    ("text", "sports_report", "shape"),
    [
        ("Top scorer of the 2024-25 season.", False, "two-year"),
        ("He scored 18 goals in 2023-24.", True, "two-year"),
        ("He scored 18 goals in 2023-24.", False, None),  # a two-year span outside sport may be a fiscal year
        ("the first half of the 2025 season", False, "one-year"),
        ("The planting season starts early.", True, None),
    ],
)
def test_the_shape_is_what_the_article_shows(text: str, sports_report: bool, shape: str | None) -> None:
    assert season_shape(text, sports_report) == shape


@pytest.mark.parametrize(
    ("phrase", "shape", "dct", "value"),
    [
        ("this season", "two-year", dt.date(2025, 2, 22), "2024/2025"),
        ("last season", "two-year", dt.date(2025, 2, 22), "2023/2024"),
        ("This season", "two-year", dt.date(2021, 9, 1), "2021/2022"),  # from August on: the season that began
        ("next season", "one-year", dt.date(2024, 11, 3), "2025"),
        ("this season", None, dt.date(2024, 11, 3), None),  # no shape shown: no date
        ("this summer", "one-year", dt.date(2024, 11, 3), None),  # not a relative season
    ],
)
def test_values(phrase: str, shape: str | None, dct: dt.date, value: str | None) -> None:
    assert season_value(phrase, shape, dct) == value


@pytest.mark.usefixtures("model")
def test_the_dates_extractor_values_a_season_only_where_the_article_names_one(make_doc) -> None:  # noqa: ANN001
    from newsgold.extractors.dates import DateExtractor

    named = "Rovers won 2-1 in the league. It was their best start to a season since the 2019-20 season, and this season they lead."
    (doc,) = DateExtractor().extract([make_doc(named, dct="2025-02-22")])
    assert ("this season", "2024/2025") in [(s.text, s.value) for s in doc.spans]
    unnamed = "Farmers say this season has been dry, and prices rose."
    (doc,) = DateExtractor().extract([make_doc(unnamed, dct="2025-02-22")])
    assert not any(s.text == "this season" for s in doc.spans)


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("The Stingers, the rugby league side, won again.", "one-year"),
        ("The Gaelic football final drew a record crowd.", "one-year"),
        ("The midfielder scored twice as Fellside won the cup on penalties.", "two-year"),
        ("A late goal in the Bundesliga decided it.", "two-year"),
        ("The side won again.", None),
    ],
)
def test_a_sports_report_without_season_years_takes_its_sports_calendar(text: str, shape: str | None) -> None:
    assert season_shape(text, sports_report=True) == shape
    assert season_shape(text, sports_report=False) is None  # outside a sports report, a sport word shows nothing
