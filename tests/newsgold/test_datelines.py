"""Datelines and explicit dates in news formats; the dct a corpus takes from its articles."""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

import pytest

from newsgold.corpus import load_corpus
from newsgold.datelines import dateline, explicit_dates, infer_dct

D = dt.date(2010, 10, 9)


@pytest.mark.parametrize(
    "written",
    [
        "Saturday, October 9, 2010",
        "October 9, 2010",
        "Oct. 9, 2010",
        "Oct 9 2010",
        "9 October 2010",
        "9th of October, 2010",
        "Saturday 9 October 2010",
        "Sat. Oct. 9, 2010",
        "2010-10-09",
        "October 9th, 2010",
        "Sept. 9, 2010".replace("Sept.", "Oct."),
    ],
)
def test_explicit_dates_in_news_formats(written: str) -> None:
    text = f"Before {written} after."
    (m,) = explicit_dates(text)
    assert m.date == D and text[m.start : m.end] == written


def test_no_date_without_a_year_or_off_the_calendar() -> None:
    assert explicit_dates("On Oct. 9 they met; February 30, 2021 never was; 2010-13-01 neither.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline here\n\nSaturday, October 9, 2010\n\nBody text.", D),
        ("WASHINGTON, Oct. 9, 2010 (Reuters) - Lawmakers said ...", D),
        ("LONDON (AP) — Oct. 9, 2010 — The minister said ...", D),
        ("Headline\nBy Jane Smith | 9 October 2010\n\nText", D),
        ("Headline\nPublished: 2010-10-09 14:02 GMT\n\nText", D),
        ("Headline\nUpdated on 9 October 2010\n\nText", D),
        ("SAN JOSE, Calif., Oct. 9, 2010 — Text", D),
    ],
)
def test_dateline_and_byline_dates(text: str, expected: dt.date) -> None:
    assert infer_dct(text) == expected


def test_a_date_in_the_body_is_not_a_dateline() -> None:
    assert dateline("Headline\n\nThe treaty of March 3, 2001 was signed in Paris.\n\nMore.") is None
    body = "Headline\n\n" + "x " * 400 + "\n\nFriday, July 21, 2017\n"
    assert dateline(body) is None  # too far from the top


def test_corpus_takes_the_dct_from_the_dateline_then_the_file_date(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "a.txt").write_text("Headline\n\nTuesday, September 22, 2015\n\nSome text.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Headline\n\nNo date here.", encoding="utf-8")
    os.utime(tmp_path / "b.txt", (1_600_000_000, 1_600_000_000))  # 2020-09-13
    with caplog.at_level(logging.WARNING):
        a, b = load_corpus(tmp_path)
    assert a.dct == dt.date(2015, 9, 22)
    assert b.dct == dt.date(2020, 9, 13)
    warned = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warned) == 1 and "b.txt" in warned[0] and "file's date" in warned[0]


def test_a_yearless_wire_dateline_takes_the_latest_year_on_the_weekday_of_its_lede() -> None:
    text = "Ferry strike ends\n\nOSLO, June 7 (Nordwire) - Ferry crews returned to work on Friday after a week.\n\nMore."
    assert infer_dct(text) is None  # no year written: nothing without the file's date
    # June 7 fell on a Friday in 2024 and 2019; the latest not after the file's date
    assert infer_dct(text, not_after=dt.date(2026, 11, 30)) == dt.date(2024, 6, 7)
    assert infer_dct(text, not_after=dt.date(2024, 6, 6)) == dt.date(2019, 6, 7)
    # no weekday in the lede: the latest June 7 not after the file's date
    plain = "Ferry strike ends\n\nOSLO, June 7 (Nordwire) - Ferry crews returned to work.\n\nOn Friday more."
    assert infer_dct(plain, not_after=dt.date(2026, 3, 1)) == dt.date(2025, 6, 7)


def test_corpus_infers_the_year_of_a_yearless_dateline_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "a.txt").write_text("Head\n\nLIMA, March 3 - Voters went to the polls on Sunday.", encoding="utf-8")
    os.utime(tmp_path / "a.txt", (1_700_000_000, 1_700_000_000))  # 2023-11-14
    with caplog.at_level(logging.WARNING):
        (a,) = load_corpus(tmp_path)
    assert a.dct == dt.date(2019, 3, 3)  # the latest March 3 on a Sunday up to 2023-11-14
    warned = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warned) == 1 and "year inferred" in warned[0]
