"""The government fiscal year of the country an article is about, for split years the text does not explain.

``gold/GUIDELINES.md`` section 6 values a fiscal or financial year as a range
of months "when the text or the organisation fixes its months". Articles on a
budget seldom say that India's year runs April to March or Kenya's July to
June: the reader knows. A split year ("the 2022/23 financial year", "spending
of HK$18.6 billion in 2019-20") cannot be a calendar year, so its months are
those of the country's government year, when the article is clearly about one
country and that country's year is in :data:`FISCAL_YEAR_STARTS`.

The table holds only countries whose government fiscal year is fixed by law
and not the calendar year (sources: each government's budget documents, as
summarised in the CIA World Factbook's "fiscal year" field). The United States
is left out on purpose: its federal year begins in October and most of its
states' years in July, and an article rarely says which it means.
"""

from __future__ import annotations

import re
from collections import Counter

from newsgold.extractors.gazetteer import place_countries

FISCAL_YEAR_STARTS: dict[str, int] = {
    # April to March
    "IN": 4, "JP": 4, "CA": 4, "GB": 4, "HK": 4, "ZA": 4, "NA": 4, "SG": 4, "BW": 4,
    # July to June
    "AU": 7, "NZ": 7, "PK": 7, "BD": 7, "EG": 7, "KE": 7, "UG": 7, "TZ": 7, "ET": 7, "NP": 7, "RW": 7,
    # October to September
    "TH": 10,
}
"""First month of the government fiscal year, by ISO 3166-1 code (calendar-year countries are absent)."""

_NAME = re.compile(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}")
"""A run of up to three capitalised words: a candidate place name (and its shorter prefixes)."""


def article_country(text: str) -> str | None:
    """The ISO code of the one country the text's place names point to, or None when they do not agree.

    Every capitalised run of one to three words that is a place name in
    :func:`~newsgold.extractors.gazetteer.place_countries` votes for the
    countries it lies in (a name found in several countries splits its vote).
    A country wins with at least two votes and at least twice the votes of
    the next one: an article about two countries gets none.
    """
    names = place_countries()
    votes: Counter[str] = Counter()
    for m in _NAME.finditer(text):
        words = m.group().split()
        for n in range(len(words), 0, -1):
            codes = names.get(" ".join(words[:n]))
            if codes:
                for code in codes:
                    votes[code] += 1 / len(codes)
                break
    if not votes:
        return None
    ranked = votes.most_common(2)
    first = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    return first[0] if first[1] >= 2 and first[1] >= 2 * second else None


def country_fiscal_start(text: str) -> int | None:
    """First month of the fiscal year of the country the article is about (None: unknown or the calendar year)."""
    country = article_country(text)
    return FISCAL_YEAR_STARTS.get(country) if country else None
