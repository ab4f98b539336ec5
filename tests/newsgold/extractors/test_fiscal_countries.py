"""Which country an article is about, and that government's fiscal year."""

from __future__ import annotations

from newsgold.extractors.fiscal_countries import article_country, country_fiscal_start


def test_the_country_the_place_names_agree_on() -> None:
    text = "Kenya Power said in Nairobi on Tuesday that sales in Mombasa and Kisumu rose."
    assert article_country(text) == "KE"
    assert country_fiscal_start(text) == 7


def test_no_country_when_two_share_the_article_or_only_one_place_is_named() -> None:
    assert article_country("Officials in Nairobi and Mombasa met counterparts in Lagos, Abuja and Kano.") is None
    assert article_country("Officials met in Nairobi.") is None


def test_a_calendar_year_country_has_no_fiscal_start() -> None:
    text = "Officials in Lagos, Abuja and Kano said the federal budget would pass."
    assert article_country(text) == "NG"
    assert country_fiscal_start(text) is None
