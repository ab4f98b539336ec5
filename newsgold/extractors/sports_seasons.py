"""Seasons named from the article's own time ("this season", "last season"): which years they cover.

The gold sets value a sports season as the years it covers ("the 2021-22
season" -> ``2021/2022``, "the 2025 season" -> ``2025``) and "this season" in
the same article as the season the article's date falls in, "last season" the
one before (``dev/batch-6``, ``dev/batch-10``, ``dev/batch-12``). Whether a
league's season runs over two calendar years or lies within one, only the
article can say, so "this/last/next season" is a date only where the article
shows the shape: a season it names with its years ("the 2024-25 season", "the
2025 season"), or, in a sports report, a two-year span such as "18 goals in
2023-24", or else the sport it names ("rugby league" within a year; "a
midfielder", "on penalties", "the Bundesliga" over two). Where it shows none,
the phrase is left out (it may be the planting season or a fashion season).

A season over two years is taken to begin in the second half of a year (the
winter sports and the European football calendar; southern summer sports run
October to March): a dct from August on falls in the season that begins that
year, an earlier one in the season that began the year before.

>>> import datetime as dt
>>> shape = season_shape("They lead the 2024-25 season.", sports_report=False)
>>> season_value("last season", shape, dt.date(2025, 2, 22))
'2023/2024'
>>> season_value("this season", season_shape("in the 2025 season", sports_report=False), dt.date(2025, 5, 1))
'2025'
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

Shape = Literal["two-year", "one-year"]

RELATIVE_SEASON = re.compile(r"\b(?P<which>[Tt]his|[Ll]ast|[Nn]ext)\s+season\b")
"""A season named from the article's time."""

TWO_YEAR_SEASON = re.compile(r"\b(?:19|20)\d{2}[-–/]\d{2}\s+seasons?\b")
ONE_YEAR_SEASON = re.compile(r"\b(?:19|20)\d{2}\s+seasons?\b")
TWO_YEAR_SPAN = re.compile(r"(?<![\d.,/-])(?:19|20)\d{2}[-–/]\d{2}(?![\d.,/-]*\d)")
"""A two-year span ("2023-24"), which in a sports report is a season."""

ONE_YEAR_SPORT = re.compile(
    r"\b(?:[Rr]ugby [Ll]eague|NRL|AFL|Aussie [Rr]ules|MLB|[Bb]aseball|MLS|Super Rugby|GAA|[Hh]urling|Gaelic [Ff]ootball|IPL)\b"
)
"""Sports and leagues whose season lies within one calendar year (the southern and summer codes)."""
TWO_YEAR_SPORT = re.compile(
    r"\b(?:[Ss]occer|[Mm]idfielder|[Gg]oalkeeper|[Ss]triker|on penalties|[Pp]enalty shoot-?out|Premier League|Bundesliga"
    r"|La Liga|Serie A|Ligue 1|Eredivisie|Champions League|Europa League|FA Cup|NHL|NBA|[Ii]ce hockey)\b"
)
"""Words of association football and the winter leagues, whose seasons run from one autumn to the next summer
(checked after :data:`ONE_YEAR_SPORT`, since "Gaelic football" is a summer code)."""

SEASON_START_MONTH = 8
"""First month of a season that runs over two calendar years."""

FINDERS = [RELATIVE_SEASON]
"""Patterns for :func:`newsgold.extractors.dates.candidate_spans`."""


def is_relative_season(text: str) -> bool:
    """Whether ``text`` is exactly a season named from the article's time ("this season")."""
    return RELATIVE_SEASON.fullmatch(text) is not None


def season_shape(text: str, sports_report: bool) -> Shape | None:
    """The shape of the seasons the article names: over two years, within one, or ``None`` when it shows none."""
    if TWO_YEAR_SEASON.search(text) or (sports_report and TWO_YEAR_SPAN.search(text)):
        return "two-year"
    if ONE_YEAR_SEASON.search(text):
        return "one-year"
    if sports_report:  # no season written with its years: the sport's calendar, where the report names the sport
        if ONE_YEAR_SPORT.search(text):
            return "one-year"
        if TWO_YEAR_SPORT.search(text):
            return "two-year"
    return None


def season_value(text: str, shape: Shape | None, dct: dt.date) -> str | None:
    """The value of "this/last/next season" in an article of ``shape`` dated ``dct``; ``None`` for anything else."""
    m = RELATIVE_SEASON.fullmatch(text)
    if m is None or shape is None:
        return None
    shift = {"this": 0, "last": -1, "next": 1}[m.group("which").lower()]
    if shape == "one-year":
        return str(dct.year + shift)
    first = (dct.year if dct.month >= SEASON_START_MONTH else dct.year - 1) + shift
    return f"{first}/{first + 1}"
