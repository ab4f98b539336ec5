"""The ``dates`` extractor: DATE spans with a normalised ``value``.

Where the spans come from:

1. spaCy's DATE entities, trimmed to the guidelines' minimal span: leading
   prepositions and "later"/"earlier" go ("later on Tuesday" -> "Tuesday"),
   possessive endings and punctuation go, determiners stay ("this summer",
   "the next few weeks");
2. patterns for what the model splits or misses: full written dates in any
   common news format, datelines included ("Saturday, October 9, 2010",
   "9 October 2010", "2010-10-09": :mod:`newsgold.datelines`), day ranges
   ("May 19 and 20, 2021", "19-20 May"), weekday ranges
   ("Wednesday and Thursday"), "Month D(, YYYY)" and weekday names.
   Where a pattern and a spaCy span overlap, the longer one is kept (a range
   written as one expression is one span).

What is dropped: durations ("two years", "for a long time"), ages
("77 years old"), and any expression that :func:`~newsgold.extractors.date_values.normalise`
cannot place on the calendar (event-anchored phrases such as "the end of" or
"the days"): a DATE here always has a value.

Values are resolved against the document creation date in the direction the
clause's tense implies (:mod:`newsgold.extractors.tense`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence

from newsgold import schema
from newsgold.corpus import Document
from newsgold.datelines import EXPLICIT_DATE, dateline
from newsgold.extractors import dates_anaphora, fiscal_years, sports_seasons
from newsgold.extractors import nlp as nlp_mod
from newsgold.extractors.base import SpanCollector
from newsgold.extractors.date_values import (
    CROSS_MONTH_RANGE,
    CROSS_MONTH_RANGE_DMY,
    DAY_RANGE,
    DAY_RANGE_DMY,
    DAY_RE,
    MONTH_RE,
    MONTHS,
    SPELLED_CENTURIES,
    THIS_LONG_PERIOD,
    WEEKDAY_RANGE,
    WEEKDAY_RE,
    YEAR_RE,
    normalise,
)
from newsgold.extractors.quote_marks import find_quotations
from newsgold.extractors.sports_teams import is_sports_report
from newsgold.extractors.tense import direction_of, present_simple
from newsgold.spandoc import SpanDocument

RULES_VERSION = "70"

LEADING_DROP = frozenset(
    """on in at by since until till during from for before after of
    later earlier as within throughout around about circa between nearly almost roughly approximately""".split()
)
"""Leading words that are not part of a date expression under the guidelines."""

DATE_WORDS = re.compile(
    rf"\b(?:{MONTH_RE}|{WEEKDAY_RE}|{YEAR_RE}|(?:1[89]|20)[0-9]0s|1[0-7]00s|today|tonight|last\s+night|yesterday|tomorrow|weekend"
    r"|week|weeks|month|months|year|years|decade|decades|century|centuries|spring|summer|autumn|fall|winter|now|currently|nowadays"
    r"|recently|future|past|quarter|days\s+ago|centur(?:y|ies)|(?:[12][0-9]|3[01]|[1-9])(?:st|nd|rd|th)|midweek|this\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
"""A DATE span must contain one of these (filters model errors such as "Twitter later on")."""

_NUMBER = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|a\s+few|few|many|some)"
DURATION = re.compile(
    rf"(?:the\s+)?(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?{_NUMBER}(?:\s+(?:more|full|long))?\s+"
    r"(?:days?|weeks?|months?|years?|decades?|centuries|century|hours?|minutes?)(?:\s+old)?|a\s+long\s+time"
    rf"|{_NUMBER}[-‐‑–](?:day|week|month|year|decade|hour|minute)s?(?:[-‐‑–]old)?"
    r"|\d+\s*[-–]\s*\d+\s+(?:days|weeks|months|years|hours)(?:\s+old)?",
    re.IGNORECASE,
)
"""A duration or an age, not a point in time: "two years", "a few weeks", "77 years old", "a 41-year wait",
"aged 8-10 years"."""


def _case_sensitive(p: re.Pattern[str]) -> re.Pattern[str]:
    """The same shape without IGNORECASE, between word boundaries: month and weekday names must be capitalised."""
    return re.compile(p.pattern if p.pattern.startswith(r"\b") else r"\b" + p.pattern + r"\b")


RELATIVE_DAY = re.compile(
    r"\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|[Ll]ast night"
    r"|(?:[Tt]his|[Ll]ast|[Nn]ext)\s+(?:year|month|week)|[Tt]his\s+(?:morning|afternoon|evening))\b"
)
"""Deictic days ("this morning": today), months and years the model sometimes leaves untagged ("today" in a quotation, "This year",
"This year's theme": the possessive is outside the span)."""

HALF_CENTURY_AGO = re.compile(r"\b(?:(?:[Mm]ore\s+than|[Oo]ver|[Nn]early|[Aa]lmost)\s+)?half\s+a\s+(?:century|decade)\s+ago\b")
"""A vague distance back ("more than half a century ago"): a past reference."""

AGO = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d{1,3}(?:,\d{3})*)"
    r"\s+(?:years?|decades?)\s+ago\b"
)
"""A counted distance back ("a decade ago", "two years ago"): a year, which the model often leaves untagged."""

DAY_OF_YEAR_NAME = re.compile(
    rf"\b(?:{MONTH_RE}\s+{DAY_RE}|{DAY_RE}\s+(?:of\s+)?{MONTH_RE})\s+(?:this|last|next)\s+year\b"
)
"""A day of a year named from the dct ("3 March last year"): one span, which the model splits in two."""
MONTH_QUARTER_NAME = re.compile(rf"\b[Tt]he\s+{MONTH_RE}\s+quarter\b")
"""A quarter named by its last month ("the December quarter")."""

SEASON_YEAR = re.compile(
    rf"\b(?:[Tt]he\s+)?(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?{YEAR_RE}\b"
)
"""A season of a given year ("the summer of 2026", "winter 2019"), which a model may cut before the year."""

EARLY_YEAR = re.compile(r"1[0-7][0-9]{2}")
"""A year before 1800 (``YEAR_RE`` starts at 1800), a date only where :data:`YEAR_AFTER_PREPOSITION` finds it."""

YEAR_AFTER_PREPOSITION = re.compile(
    r"\b(?:[Ii]n|[Bb]y|[Bb]efore|[Aa]fter|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Tt]o|[Tt]hrough|[Dd]uring|[Ff]or|[Oo]f)"
    rf"\s+(?:(?:about|around|circa|c\.|at\s+least|at\s+the\s+earliest)\s*)?(?P<year>{YEAR_RE}|{EARLY_YEAR.pattern})\b"
    r"(?!\s*(?:%|per\s*cent|percent)|[.,]?\d)"
)
"""A year number after a preposition of time ("in 2023", "before 2027", "in 1748", "from about 1648"): a date even where
the model calls it CARDINAL (unless the parse makes it a count of a noun: "rose to 2023 voters")."""

SEASON_AFTER_PREPOSITION = re.compile(
    r"\b(?:(?:[Ii]n|[Bb]y|[Bb]efore|[Aa]fter|[Uu]ntil|[Tt]ill|[Tt]hrough|[Dd]uring|[Oo]ver)\s+|(?:[Ii]nto|[Oo]f)\s+(?=the\s))"
    r"(?P<season>(?:the\s+)?(?:spring|summer|autumn|winter))\b(?![-‐‑]|\s+(?:of|[A-Za-z]+(?:ing|s)\b))"
)
"""A bare season after a preposition of time ("little chance of rain before autumn"), which the model leaves out;
"fall" (a verb too) is left to the model, and a season that classifies a noun ("in winter wheat") is not a date."""

CURRENT_PERIOD = re.compile(
    r"\b(?:(?:[Ee]arlier|[Ll]ater)\s+in|[Dd]uring)\s+(?P<span>the\s+(?:week|month))\b"
    r"(?!\s+(?:of|before|after|ending|ended|ahead|that|when|in)\b|\s+to\s+[A-Z0-9])"
)
""""Earlier in the week", "later in the month", "during the week": the dct's week or month (a development-set
precedent: dev-17, dev-18, dev-19, dev-20 annotate them so), which the model leaves out. Not "spent the week", "the
week of the vote" or "the month before", which are durations or anchored to an event."""



def _current_period(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is the "the week" or "the month" of a :data:`CURRENT_PERIOD` phrase."""
    return any(m.span("span") == (start, end) for m in CURRENT_PERIOD.finditer(text, max(0, start - 16), min(len(text), end + 16)))


HABITUAL_AFTER = re.compile(r"\s+(?:mornings|afternoons|evenings|nights)\b")
"""A part of the day in the plural after a weekday: a habit ("on Saturday mornings"), not a date."""

COUNT_PREPOSITION = re.compile(r"(?:[Tt]o|[Ff]rom|[Ff]or|[Oo]f)\b")
"""Prepositions after which a number before a noun is a count ("rose to 2023 voters"); after "in", "since" or "by"
it is the year ("In 2019 voters rejected it": a count of thousands would be written "2,019")."""

WEEKDAY_ONLY = re.compile(WEEKDAY_RE)

DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Ll]ast|[Nn]ext)\s+$")  # "the 2010s", "the weekend"
PERIOD_WORD = re.compile(
    r"(?:weekend|week|month|year|spring|summer|autumn|fall|winter|quarter|(?:1[89]|20)[0-9]0s)\b", re.IGNORECASE
)
"""A period named by a word that needs its determiner to be a date ("the weekend", "last week")."""

DEADLINE = re.compile(r"\b(?:[Uu]ntil|[Bb]y)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$")
"""A deadline: "until"/"by" before a date, which a past-tense verb sets rather than places in the past."""
BEFORE = re.compile(r"\b(?:[Bb]efore|[Uu]ntil|[Bb]y)\s+$")
BETWEEN = re.compile(r"\b[Bb]etween\s+$")
SINCE = re.compile(r"\b[Ss]ince\s+$")
"""A date after "since" lies before the dct ("closed since January", "have been sitting by his bed since the weekend")."""

PART_OF_A_YEAR = re.compile(rf"\b(?:[Ee]arly|[Ll]ate|[Mm]id-)\s*{YEAR_RE}\b")
"""A part of a year ("since early 2022", "mid-2020"), where the model calls the year a CARDINAL."""

NTH_WEEK_OF_MONTH = re.compile(
    rf"\b(?:[Tt]he\s+)?(?:first|second|third|fourth|last|final)\s+week(?:end)?\s+(?:of|in)\s+{MONTH_RE}(?:,?\s+{YEAR_RE}\b)?"
)
"""A week or weekend counted in a month ("the first weekend of May"), where the model tags only the month."""

ORDINAL_BEFORE = re.compile(r"\b[Tt]he\s+(?:first|second|third|fourth|fifth|last|final)\s+$")
"""Before a weekday: "the first Friday after the break" describes a day by an event, it does not name it."""

QUARTER_NAME = re.compile(
    rf"\b(?:[Tt]he\s+)?(?:first|second|third|fourth|final)[\s-]quarter(?:\s+of\s+(?:{YEAR_RE}|(?:this|next|last)\s+year))?\b"
    rf"|\bQ[1-4](?:\s+{YEAR_RE})?\b"
)
"""A quarter of a year ("the second quarter", "Q3 2024", "the first quarter of next year"), which the model tags
inconsistently or in two."""

PART_OF_NAMED = re.compile(
    rf"\b[Tt]he\s+(?:end|beginning|start|middle)\s+of\s+(?:(?:{MONTH_RE}\s+)?{YEAR_RE}|{MONTH_RE}|(?:this|next|last)\s+(?:year|month|week))\b"
)
"""A part of a named period ("until the end of 2023", "the start of next month"): the noun phrase is the span."""

YEAR_MODIFIER = re.compile(
    rf"\b(?:[Tt]he|its|their|his|her|our|this|that|[Aa]) (?P<year>{YEAR_RE})(?=[ \u00a0][A-Za-z])(?![ \u00a0](?:years?|-year)\b)"
)
"""A year that modifies a noun after a determiner ("the 2019 intake", "a 2025 budget", "the 2026 general election"):
a date (a count of that size would be written with a comma, "the 2,019 pupils")."""

SEASONS_OF_YEARS = re.compile(
    rf"\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)s\s+of\s+{YEAR_RE}(?:\s*,\s*{YEAR_RE})*\s+(?:and|to|through)\s+{YEAR_RE}\b"
)
"""Several seasons of named years ("the summers of 2022 and 2023"): one span."""

FISCAL_YEAR_NAME = re.compile(
    rf"\b(?:[Tt]he\s+(?:end|beginning|start|middle)\s+of\s+)?(?:(?:[Tt]he|its|their)\s+)?{YEAR_RE}\s+(?:fiscal|financial)\s+year\b"
)
"""A fiscal year named by its number, with a part of it ("by the end of its 2026 fiscal year"): one span."""

CENTURY_NAME = re.compile(
    r"\b(?:[Tt]he\s+)?(?:(?:1[0-9]|2[01])(?:st|nd|rd|th)|(?:" + "|".join(SPELLED_CENTURIES) + r"))[\s-]century\b"
)
"""A century by its ordinal ("the 19th century", "17th-century music")."""

FIRST_MONTHS_NAME = re.compile(
    rf"\b[Tt]he\s+first\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\s+of\s+"
    rf"(?:(?:the|this|last|next)\s+year|{YEAR_RE})\b"
)
"""The opening months of a year ("the first three months of 2025"): a date, not the duration its "months" suggests."""
THIS_DECADE_NAME = re.compile(
    r"\b(?:[Ii]n|[Bb]y|[Oo]f)\s+(?P<span>(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:the|this)\s+(?:decade|century))\b"
    r"(?!\s+(?:of|that|since|before|after|to|in|which)\b)"
)
"""The current decade or century after a preposition ("by the end of the decade", "earlier in the decade"), which the
model leaves untagged; "the decade that followed" points elsewhere and is left out."""
WEEKDAY_WEEK_NAME = re.compile(rf"\b{WEEKDAY_RE}\s+week\b")
"""A weekday a week beyond the next ("host Monaghan on Saturday week"), which the model cuts to the weekday."""
POINTING_ON = re.compile(r"\s+(?:of|that|since|before|after|to|in|which)\b")
HALF_YEAR_NAME = re.compile(rf"\b(?:[Tt]he\s+)?(?:first|second)\s+half\s+of\s+(?:{YEAR_RE}|(?:this|next|last)\s+year)\b")
"""A half of a year ("the first half of 2025"), whose months are its value."""

DECADE_NAME = re.compile(r"\b(?:[Tt]he\s+)?(?:(?:early|late)\s+|mid-)?(?:(?:1[89]|20)[0-9]0s|1[0-7]00s)\b")
"""A decade ("the 2010s", "the mid-1980s"), which the model sometimes leaves untagged."""

HOLIDAY_NAME = re.compile(
    r"\b(?:(?:[Tt]his|[Ll]ast|[Nn]ext)\s+)?(?:Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)"
    r"|Valentine['’]s\s+Day|Halloween|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday"
    r"|Diwali|Deepavali|(?:the\s+)?Spring\s+Festival|Chinese\s+New\s+Year|Lunar\s+New\s+Year|(?:the\s+)?Sinhala\s+and\s+Tamil\s+New\s+Year"
    r"|(?:[Tt]he\s+(?:(?:first|last|final)\s+)?(?:(?:two|three|four|five|ten|[0-9]{1,2})\s+)?(?:days?|nights?)\s+of\s+)?"
    r"(?:Ramadan(?:\s+[0-9]{1,2}\b)?|(?:the\s+)?Eid(?:\s+(?:[Aa]l|[Uu]l|[Ee]l)[- ]Fitr)?(?:\s+(?:holidays?|period|week)\b(?!\s+of))?"
    r"(?!\s+(?:[Aa]l|[Uu]l|[Ee]l)[- ]Adha)))"
    r"(?:\s+(?:19|20)[0-9]{2}|\s+(?:last|this|next)\s+year)?\b"
)
"""A holiday on a known day ("before Christmas", "on New Year's Eve", "New Year's Day 2021" with its year), which the
model often leaves untagged."""

VAGUE_PERIOD = re.compile(
    r"\b(?:[Tt]he\s+)?(?:coming|upcoming|recent|(?:past|next|last|coming)\s+(?:few|several|couple\s+of|two|three|four|five|six"
    r"|seven|eight|nine|ten|twelve|\d{1,2}))\s+(?:days|weeks|months|years|decades)\b"
    r"|\b(?:[Tt]he\s+)?(?:next|past|last|coming)\s+(?:\d{1,2}|twelve|twenty-four|forty-eight|seventy-two)\s+hours\b"
    r"|\b(?<![0-9,]\s)(?<!\b[Aa]\s)(?<!\b[Aa]n\s)(?:[Yy]ears|[Dd]ecades)\s+ago\b"
)
"""A vague past or future stretch ("in the coming days", "the past few weeks"), which the model often leaves untagged."""

MIDWEEK_NAME = re.compile(r"\b[Mm]id-?week\b")
"""The middle of the week ("landfall by mid-week"), which the model does not tag."""

_MONTH_YEAR = rf"(?:{MONTH_RE}\s+)?{YEAR_RE}"
PERIOD_RANGE = re.compile(
    rf"\b(?:(?:[Ff]rom\s+)?(?P<a>{_MONTH_YEAR})\s*(?:[-–—]|\s(?:to|through|until)\s)\s*(?P<b>{_MONTH_YEAR})"
    rf"|[Bb]etween\s+(?P<c>{_MONTH_YEAR})\s+and\s+(?P<d>{_MONTH_YEAR}))\b(?![-–/.,]?\d)"

)
"""A range of years or of months of years written as one expression ("from 2018 to 2020", "between July 2003 and
December 2004", "2000 - 2050"): one span (guidelines section 6), which the model often splits."""

COUNTED_AFTER = re.compile(
    r"\s*(?:%|(?:per\s*cent|percent|[a-z]*metres|[a-z]*meters|feet|ft|miles|km|kg|tonnes|tons|people|votes|points|units)\b)"
)
"""What makes a number before it a count, not a year ("from 1850 to 1900 votes", "2000 metres")."""

MONTH_SPAN = re.compile(
    rf"\b(?:(?:[Ff]rom\s+)?{MONTH_RE}\s+(?:to|through|until|till)\s+{MONTH_RE}|[Bb]etween\s+{MONTH_RE}\s+and\s+{MONTH_RE}"
    rf"|(?:[Tt]he\s+)?{MONTH_RE}\s*[-–]\s*{MONTH_RE}(?:\s+(?:quarter|period|half)\b)?)(?:,?\s+{YEAR_RE})?\b"
)
"""A range of months written as one expression ("from September through May", "April-June 2025"): one span."""

MONTH_PAIR = re.compile(rf"\b(?P<a>{MONTH_RE})\s+and\s+(?P<b>{MONTH_RE})(?:,?\s+{YEAR_RE})?\b")
"""Two months joined by "and": one span when they are consecutive ("trading in July and August", a range, guidelines
section 6, which the model splits), two when they are not ("rounds of voting in March and June", which it joins)."""


DECADE_OR_YEAR_PAIR = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<a>(?:1[89]|20)[0-9](?:0s|[0-9]))\s+and\s+(?:(?:[Ee]arly|[Ll]ate|[Tt]he)\s+)?"
    r"(?P<b>(?:1[89]|20)[0-9](?:0s|[0-9]))\b(?!\s*(?:%|per\s*cent|percent))"
)
"""Two consecutive decades or years joined by "and" ("the 1970s and 1980s", "dry summers like 2018 and 2019"):
one range span, as the development gold has them every time; two that are not consecutive ("in 1976 and 1978")
stay two dates."""


def _consecutive_years(pair: re.Match[str]) -> bool:
    a, b = pair["a"], pair["b"]
    if a.endswith("0s") != b.endswith("0s"):
        return False
    step = 10 if a.endswith("0s") else 1
    return int(b[:4]) == int(a[:4]) + step


def _consecutive(pair: re.Match[str]) -> bool:
    return MONTHS[pair["b"].lower()] == MONTHS[pair["a"].lower()] % 12 + 1


_SPLIT_NAME = rf"{YEAR_RE}[-–/][0-9]{{2}}\b(?![-–/.,]?[0-9])"
SPLIT_YEAR_NAME = re.compile(
    rf"\b(?:(?:[Tt]he\s+)?(?:first|second)\s+half\s+of\s+)?(?:[Tt]he\s+)?{_SPLIT_NAME}(?:\s+(?:and|to|through)\s+{_SPLIT_NAME})?"
    r"(?:\s+(?:financial|fiscal|academic|school|tax|budget|marketing|crop)\s+years?\b|\s+seasons?\b)?"
)
"""A season or fiscal year written with the last year's two digits ("2015-16", "2020/21"), with what it counts and
its determiner ("the 2024/25 financial year", "the 2021-22 and 2022-23 academic years": one span)."""

PATTERNS = [EXPLICIT_DATE] + [
    _case_sensitive(p)
    for p in (
        CROSS_MONTH_RANGE,
        CROSS_MONTH_RANGE_DMY,
        DAY_RANGE,
        DAY_RANGE_DMY,
        WEEKDAY_RANGE,
        re.compile(rf"\b{MONTH_RE}\s+{DAY_RE}\b(?:,?\s+{YEAR_RE}\b)?"),
        re.compile(rf"\b{DAY_RE}\s+(?:of\s+)?{MONTH_RE}(?:,?\s+{YEAR_RE}\b)?"),
        # "last Wednesday", but not the "next" of "the next Tuesday" (the one after an event, not after the dct)
        re.compile(rf"\b(?<![Tt]he )(?:(?:[Ll]ast|[Nn]ext|[Tt]his(?:\s+past|\s+coming)?)\s+)?{WEEKDAY_RE}\b"),
    )
] + [DAY_OF_YEAR_NAME, MONTH_QUARTER_NAME, RELATIVE_DAY, SEASON_YEAR, YEAR_AFTER_PREPOSITION, AGO, PART_OF_A_YEAR, NTH_WEEK_OF_MONTH, QUARTER_NAME, DECADE_NAME, CENTURY_NAME, HALF_YEAR_NAME, FIRST_MONTHS_NAME, THIS_DECADE_NAME, WEEKDAY_WEEK_NAME, PART_OF_NAMED, YEAR_MODIFIER, SEASONS_OF_YEARS, FISCAL_YEAR_NAME, MONTH_PAIR, DECADE_OR_YEAR_PAIR,
      MIDWEEK_NAME, HALF_CENTURY_AGO, SEASON_AFTER_PREPOSITION, CURRENT_PERIOD, VAGUE_PERIOD, HOLIDAY_NAME, PERIOD_RANGE, MONTH_SPAN, SPLIT_YEAR_NAME, *dates_anaphora.FINDERS,
      *fiscal_years.FINDERS, *sports_seasons.FINDERS]
"""Unanchored finders for what the model splits or misses; "May" alone is left to the model (it is also a verb)."""


NARROWED = re.compile(rf"(?:(?:last|next|this)\s|{MONTH_RE}|{YEAR_RE}|{WEEKDAY_RE}|(?:spring|summer|autumn|fall|winter)\b)", re.IGNORECASE)
"""A date after a bare "early"/"late", which is a narrowing word outside the span (guidelines section 6: "late next
year" -> "next year", "early August" -> "August"); "the early 1990s" is a noun phrase and keeps it."""


RATE_START = re.compile(r"\s*(?:a|per)\s+(?:year|month|week|day)\s+(?=\w)(?!(?:earlier|later|ago|before|after|previously)\b)")
"""A rate before a date in one model span ("metres a year three decades ago"): not part of the date."""


def _trim_chars(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading prepositions/"later" and trailing punctuation or possessives, by characters."""
    while True:
        m = re.match(r"\s*([A-Za-z]+)\s+", text[start:end])
        if m and m.group(1).lower() in LEADING_DROP and start + m.end() < end:
            start += m.end()
            continue
        rate = RATE_START.match(text[start:end])
        if rate and start + rate.end() < end:
            start += rate.end()  # "0.5 metres a year three decades ago": "a year" is the rate
            continue
        if m and m.group(1).lower() in ("late", "early") and NARROWED.match(text, start + m.end(), end):
            start += m.end()  # "late last month" -> "last month", "early August" -> "August" (guidelines section 6)
            continue
        break
    while end > start:
        seg = text[start:end]
        if seg.endswith(("'s", "’s")):
            end -= 2
        elif (seg[-1].isspace() or seg[-1] in ",.;:!?\"'’”)(-–—") and not re.search(r"\b[A-Z][a-z]{2}\.$", seg):
            end -= 1
        else:
            break
    while start < end and (text[start].isspace() or text[start] in ",.;:(\"'“‘-–—"):
        start += 1
    return start, end


def _balance_brackets(text: str, start: int, end: int) -> tuple[int, int]:
    """A span that cuts an editorial bracket in two takes the whole bracket: "[Ten] years ago", not "Ten] years ago"."""
    seg = text[start:end]
    if seg.find("]") >= 0 and (seg.find("[") < 0 or seg.find("]") < seg.find("[")) and text[start - 1 : start] == "[":
        start -= 1
    if seg.rfind("[") > seg.rfind("]") and text[end : end + 1] == "]":
        end += 1
    return start, end


TAIL_SEPARATOR = re.compile(r",\s+|\s+[-–—]\s+")
"""Where a model DATE span may have run past its date: "Yesterday, day five", "May 20 - Larkspur United"."""


def _cut_tail(text: str, start: int, end: int) -> int:
    """The end of a model DATE span without a tail that holds no date word after a comma or a spaced dash.

    "Saturday, October 9, 2010" keeps every part (each tail names a month or
    a year); "May 20 - Larkspur United ended" ends after "May 20".
    """
    for sep in TAIL_SEPARATOR.finditer(text, start, end):
        if not DATE_WORDS.search(text, sep.end(), end):
            return sep.start()
    return end


DEICTIC_START = re.compile(r"(?:next|last|this)\s", re.IGNORECASE)


def _is_duration(text: str, preceding: str) -> bool:
    if DURATION.fullmatch(text):
        return True
    if DEICTIC_START.match(text):
        return False  # "scheduled for next week": a period named from the dct, not a length of time
    return bool(re.search(r"\b(?:for|over|within)\s*$", preceding, re.IGNORECASE)) and not DATE_WORDS.search(
        re.sub(r"\b(?:years?|months?|weeks?|days?)\b", "", text)
    )


YEAR_TOKEN = re.compile(YEAR_RE)
"""A token that is a year of the calendar this extractor places (``YEAR_RE``'s range)."""


def _event_name_years(doc) -> list[tuple[int, int]]:  # noqa: ANN001 - spaCy Doc
    """The year that ends an event's name ("World Cup 2018", "the Africa Cup of Nations 2025").

    The year in an event's name places the event in time and is a DATE, as in
    front of it ("the 2027 Africa Cup of Nations", a ``dev/`` precedent). The
    model puts a trailing year inside the EVENT, or tags it with the words
    after it ("2018 day" of "World Cup 2018 day five"), and neither gives a
    DATE span; a law's year ("Electoral Act 2022") is not an event's.
    """
    years = []
    for ent in (e for e in nlp_mod.base_entities(doc) if e.label_ == "EVENT"):
        inside, after = ent[-1] if len(ent) > 1 else None, doc[ent.end] if ent.end < len(doc) else None
        year = next((t for t in (inside, after) if t is not None and YEAR_TOKEN.fullmatch(t.text)), None)
        if year is not None:
            years.append((year.idx, year.idx + len(year.text)))
    return years


def candidate_spans(doc, accept: Callable[[int, int], bool] | None = None) -> list[tuple[int, int]]:  # noqa: ANN001
    """Character spans of date expressions in a parsed doc (a spaCy Doc), non-overlapping, longest first.

    ``accept(start, end)`` is asked before a span is chosen; a span it refuses
    (one that cannot be placed on the calendar, such as the model's
    "2004 to 2009 for"), does not block the shorter candidates inside it.
    """
    text = nlp_mod.doc_text(doc)
    found: list[tuple[int, int, int]] = []  # (start, end, priority) - patterns win ties
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        # a date expression never crosses a line break: "Saturday, October 9, 2010\n\nRecent" is the dateline
        for line in re.finditer(r"[^\r\n]+", text[ent.start_char : ent.end_char]):
            line_start = ent.start_char + line.start()
            start, end = _trim_chars(text, line_start, _cut_tail(text, line_start, ent.start_char + line.end()))
            if (det := DETERMINER_BEFORE.search(text, max(0, start - 8), start)) and PERIOD_WORD.match(text, start):
                start = det.start()  # "the weekend's buzz": the model tags "weekend"; determiners stay (section 6)
            if start < end:
                found.append((*_balance_brackets(text, start, end), 0))
    found += [(start, end, 1) for start, end in _event_name_years(doc)]
    for priority, pattern in enumerate(PATTERNS):
        # longest first, then a full written date ("Saturday, October 9, 2010"), then the other patterns;
        # a longer span that cannot be valued does not block ("accept"), so a range wins only when it has a value
        for m in pattern.finditer(text):
            if pattern is YEAR_MODIFIER:  # the year, not its determiner
                found.append((m.start("year"), m.end("year"), 1))
                continue
            if pattern is DECADE_OR_YEAR_PAIR:  # a range when consecutive; else left to the other finders
                if _consecutive_years(m):
                    found.append((m.start(), m.end(), 1))
                continue
            if pattern is MONTH_PAIR:  # a range when consecutive, else each month
                found += [(m.start(), m.end(), 1)] if _consecutive(m) else [(m.start("a"), m.end("a"), 1), (m.start("b"), m.end("b"), 1)]
                continue
            if pattern is THIS_DECADE_NAME:  # the decade, not its preposition
                found.append((m.start("span"), m.end("span"), 1))
                continue
            if pattern is SEASON_AFTER_PREPOSITION:  # the season, not its preposition
                found.append((m.start("season"), m.end("season"), 1))
                continue
            if pattern is CURRENT_PERIOD:  # "the week", not "earlier in"
                found.append((m.start("span"), m.end("span"), 1))
                continue
            if pattern is YEAR_AFTER_PREPOSITION:  # the year, not its preposition; "to 2023 voters" counts voters
                year = doc.char_span(m.start("year"), m.end("year"))
                if year is None or (year[0].dep_ == "nummod" and COUNT_PREPOSITION.match(m.group())):
                    continue  # "to/from 2023 voters" counts; "In 2019 voters rejected it" is a year (a count has a comma)
                if EARLY_YEAR.fullmatch(year.text) and (year[0].dep_ == "nummod" or year.end < len(doc) and doc[year.end].pos_ == "NOUN"):
                    continue  # "in 1500 homes": before 1800 a number counting a noun is likelier than a year
                found.append((m.start("year"), m.end("year"), 1))
                continue

            start, end = _balance_brackets(text, *_trim_chars(text, m.start(), m.end()))  # "from March 2 to April 5" -> "March 2 to April 5"
            found.append((start, end, 2 if priority == 0 else 1))
    chosen: list[tuple[int, int]] = []  # kept sorted by start; chosen spans never overlap
    for start, end, _ in sorted(found, key=lambda s: (-(s[1] - s[0]), -s[2], s[0])):
        k = bisect.bisect_left(chosen, (start, end))
        if (k > 0 and chosen[k - 1][1] > start) or (k < len(chosen) and chosen[k][0] < end):
            continue
        span_text = text[start:end]
        if (pair := MONTH_PAIR.fullmatch(span_text)) and not _consecutive(pair) and not BETWEEN.search(text, max(0, start - 9), start):
            continue  # "in March and June": two months, not the range between them ("between May and July" is one)
        if span_text[-1:].isdigit() and COUNTED_AFTER.match(text, end):
            continue  # "rose from 1850 to 1900 votes": the numbers count votes
        if VAGUE_PERIOD.fullmatch(span_text) and re.search(r"\b[Ff]or\s+$", text[max(0, start - 6) : start]):
            continue  # "for the past two years": a duration (guidelines section 6, Out)
        if THIS_LONG_PERIOD.fullmatch(span_text) and POINTING_ON.match(text, end):
            continue  # "the decade that followed": another decade, which only the text after it names
        if WEEKDAY_ONLY.fullmatch(span_text) and HABITUAL_AFTER.match(text, end):
            continue  # "on Saturday mornings": every Saturday, a frequency
        if (dates_anaphora.is_anaphoric(span_text) or VAGUE_PERIOD.fullmatch(span_text) or HOLIDAY_NAME.fullmatch(span_text)
                or fiscal_years.is_fiscal(span_text) or sports_seasons.is_relative_season(span_text)):
            pass  # "that night", "the coming days", "FY25": dates, though they hold no date word
        elif not (DATE_WORDS.search(span_text) or EARLY_YEAR.fullmatch(span_text)) or _is_duration(
            span_text, text[max(0, start - 12) : start]
        ):
            continue
        if accept is not None and not accept(start, end):
            continue
        chosen.insert(k, (start, end))
    return chosen


QUARTER_WORD = re.compile(r"\bquarter\b", re.IGNORECASE)
FIGURES_CUE = re.compile(
    r"\b(?:percent|per\s+cent|GDP|growth|grew|econom\w*|earnings|revenue|sales|profits?|losses|fiscal|quarterly"
    r"|annuali[sz]ed|inflation|output|exports?|imports?|results)\b|%",
    re.IGNORECASE,
)
"""Words of economic and business figures: a sentence about them names quarters of a year."""
BARE_PERIOD = re.compile(
    r"(?:spring|summer|autumn|fall|winter|(?:year|month)[-‐‑ ]end|Christmas|Easter|Halloween)", re.IGNORECASE
)
"""A period word without a determiner, which can classify the noun after it ("winter wheat", "year-end bonus")."""


ORDINAL_PERIOD = re.compile(r"[Tt]he\s+(?:last|first|only|final)\s+(?:day|night|week|weekend|month|year|season)")
"""A period counted among others ("the last year", "the first week"), which a clause after it may pick out."""


def _defined_by_a_clause(span) -> bool:  # noqa: ANN001 - spaCy Span
    """ "the last year it was held", "the first week that the store opened": a period picked out by an event.

    Event-anchored expressions are not DATEs (guidelines section 6): a counted
    period followed by a relative clause (its subject pronoun or determiner,
    or "that"/"when"/"which") is one.
    """
    det = "the " if span.start > 0 and span.doc[span.start - 1].lower_ == "the" else ""  # "the" + "last year"
    if not ORDINAL_PERIOD.fullmatch(det + span.text) or span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    return after.pos_ in ("PRON", "DET") and after.lower_ not in ("this", "these") or after.lower_ in ("when", "that", "which")


def _base_entity_type(token) -> str:  # noqa: ANN001 - spaCy Token
    """The base model's entity type at a token ("" outside its entities; :func:`newsgold.extractors.nlp.base_entities`)."""
    return next((e.label_ for e in nlp_mod.base_entities(token.doc) if e.start <= token.i < e.end), "")


def _names_no_time(span, preceding: str) -> bool:  # noqa: ANN001 - spaCy Span
    """A season or period end that classifies a noun ("winter wheat", "month-end figures"), a weekday counted after an event,
    or a quarter in a sentence without figures (a game's "third quarter", not the economy's)."""
    if _base_entity_type(span.root) in ("PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT") and HOLIDAY_NAME.fullmatch(span.text):
        return True  # "Johnnie Christmas", "the Easter Rising" is an event's name, not its day
    if BARE_PERIOD.fullmatch(re.sub(r"^[Tt]he\s+", "", span.text)):  # "winter wheat", "before the summer recess"
        token = span[-1]  # the period word ("the" of "the summer recess" belongs to "recess")
        return token.head.i >= span.end and token.head.pos_ in ("NOUN", "PROPN") and token.dep_ in (
            "compound", "amod", "nmod", "npadvmod")
    if _defined_by_a_clause(span):
        return True
    if QUARTER_WORD.search(span.text) and not span.text.startswith("Q") and not re.search(YEAR_RE, span.text):
        figures = FIGURES_CUE.search(span.sent.text) or any(e.label_ in ("PERCENT", "MONEY") for e in span.sent.ents)
        return not figures and _game_report(span.doc)
    return bool(WEEKDAY_ONLY.fullmatch(span.text) and ORDINAL_BEFORE.search(preceding))


GAME_CUE = re.compile(
    r"\b(?:scor(?:ed|es|ing)|touchdowns?|rebounds?|quarterback|half-?time|buzzer|tip-off|timeouts?|free\s+throws?"
    r"|field\s+goals?|three-pointers?|assists|innings|wickets?)\b",
    re.IGNORECASE,
)
"""Words only a game report uses ("percentage points", "goals", "penalties" and "overtime" are business words too)."""


def _game_report(doc) -> bool:  # noqa: ANN001 - spaCy Doc
    """The article reports a game (it uses a word only game reports use), read once per document.

    A quarter in a sentence without figures is a year's quarter in a business
    story ("paused shipments in the third quarter") and a match's in a game
    report; the article, not the sentence, tells which.
    """
    key = "newsgold_game_report"
    if key not in doc.user_data:
        doc.user_data[key] = GAME_CUE.search(nlp_mod.doc_text(doc)) is not None
    return bool(doc.user_data[key])


THAT_YEAR = re.compile(r"\b[Tt]hat\s+year\b")
"""An anaphoric year ("in May of that year", "That year"): the year last written out before it."""


def _that_year(text: str, start: int, end: int) -> str:
    """The expression with "that year" replaced by the last year number written before it (unchanged if none)."""
    expression = text[start:end]
    if not THAT_YEAR.search(expression):
        return expression
    years = re.findall(rf"\b{YEAR_RE}\b", text[max(0, start - 2000) : start])
    if not years:
        return expression
    replaced = THAT_YEAR.sub(years[-1], expression)
    return re.sub(rf"^(?:[Tt]he\s+)?(?:year\s+)?({YEAR_RE})$", r"\1", replaced)


QUOTED_NOW_DAY = re.compile(r"[Tt]oday|[Tt]onight")
RELATIVE_DAY_WORD = re.compile(rf"(?:[Yy]esterday|[Ll]ast\s+night|{WEEKDAY_RE})")


def _quoted_on_the_event_day(
    text: str, mentions: list[tuple[int, int, str]], dct: dt.date
) -> list[tuple[int, int, str]]:
    """Quoted "today"/"tonight" on the day of the event when the article is dated the day after it.

    A report dated the morning after ("Providence beat the Knights on
    Saturday night", dct Sunday) quotes what was said at the event: "won us
    that game tonight" is the Saturday. When the first day the article names
    outside quotations (a weekday, "yesterday", "last night") is the day before
    the dct, a "today" or "tonight" inside a later quotation takes that day.
    """
    day_before = (dct - dt.timedelta(days=1)).isoformat()
    if not any(QUOTED_NOW_DAY.fullmatch(text[s:e]) for s, e, _ in mentions):
        return mentions
    quotations = [(q.start, q.end) for q in find_quotations(text)]

    def quoted(pos: int) -> bool:
        return any(a <= pos < b for a, b in quotations)

    lead = next(((s, v) for s, e, v in mentions if RELATIVE_DAY_WORD.fullmatch(text[s:e]) and not quoted(s)), None)
    if lead is None or lead[1] != day_before:
        return mentions
    return [
        (s, e, day_before)
        if s > lead[0] and QUOTED_NOW_DAY.fullmatch(text[s:e]) and v == dct.isoformat() and quoted(s)
        else (s, e, v)
        for s, e, v in mentions
    ]


TODAY = re.compile(r"[Tt]oday")
THEN_WORDS = re.compile(r"\b(?:ago|used\s+to)\b", re.IGNORECASE)
"""A time the text contrasts with "today" ("three years ago ... Today that figure is below 21 per cent")."""


def _today_as_nowadays(span, text: str) -> bool:  # noqa: ANN001 - spaCy Span
    """ "Today" meaning these days (``PRESENT_REF``, guidelines section 6 precedents), not the day of the article.

    Three shapes, each in the simple present: set against a past time just
    before it ("... three years ago. Today that figure is below ..."), after
    "than" ("a year more than today"), or after a plural noun ("Artists today
    recognise ..."). "Today I told myself" (past) or "contractors are on site
    today" (no contrast) stay the day itself.
    """
    if not TODAY.fullmatch(span.text):
        return False
    token = span[0]
    before = token.nbor(-1) if token.i > 0 else None
    if before is not None and before.lower_ == "than":
        return True
    if not present_simple(token):
        return False
    if before is not None and before.tag_ == "NNS":
        return True
    return THEN_WORDS.search(text, max(0, span.start_char - 160), span.start_char) is not None


def date_mentions(doc, dct) -> list[tuple[int, int, str]]:  # noqa: ANN001 - spaCy Doc, datetime.date
    """``(start, end, value)`` for every date expression that can be normalised."""
    text = nlp_mod.doc_text(doc)
    values: dict[tuple[int, int], str] = {}
    fiscal_calendar = fiscal_years.fiscal_calendar(text)  # the months of the organisation's year, if the text gives them
    season_shape = sports_seasons.season_shape(text, is_sports_report(doc))  # one year or two, if the text shows it

    def placeable(start: int, end: int) -> bool:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and _names_no_time(span, text[max(0, start - 24) : start]):
            return False
        if dates_anaphora.is_anaphoric_at(text, start, end):
            values[(start, end)] = ANAPHORIC  # valued below, from the dates before it
            return True
        direction = direction_of(span) if span is not None else None
        if SINCE.search(text, max(0, start - 8), start):
            direction = "past"  # "since September": whatever the verb's tense, the date lies before the dct
        elif direction == "past" and DEADLINE.search(text, max(0, start - 24), start):
            direction = None  # "gave it until the end of April": a deadline set in the past lies ahead of it; the nearest
        elif direction == "present" and BEFORE.search(text, max(0, start - 8), start):
            direction = "future"  # "little chance of rain before autumn": the one to come
        if (fiscal := fiscal_years.fiscal_value(text[start:end], fiscal_calendar, dct, direction)) is not None:
            values[(start, end)] = fiscal
            return True
        if sports_seasons.is_relative_season(text[start:end]):
            season = sports_seasons.season_value(text[start:end], season_shape, dct)
            if season is None:
                return False  # "this season" in an article that names no season of its own: no date
            values[(start, end)] = season
            return True
        if span is not None and _today_as_nowadays(span, text):
            values[(start, end)] = "PRESENT_REF"
            return True
        expression = _that_year(text, start, end).replace("[", "").replace("]", "")
        if expression in ("the week", "the month") and _current_period(text, start, end):
            expression = "this " + expression.removeprefix("the ")  # "earlier in the week": the dct's week
        value = _month_of_a_pair(doc, start, end, dct) or normalise(expression, dct, direction)
        if value is None:
            return False
        values[(start, end)] = value
        return True

    mentions = _resolve_anaphora(text, [(start, end, values[(start, end)]) for start, end in candidate_spans(doc, placeable)], dct)
    return _quoted_on_the_event_day(text, mentions, dct)


def _month_of_a_pair(doc, start: int, end: int, dct: dt.date) -> str | None:  # noqa: ANN001 - spaCy Doc
    """One month of two that are not a range ("voting in March and June"), valued with the other: None for any other span.

    Read alone, each month would take its own year nearest the dct ("March"
    the one ahead, "June" the one behind); the two name one stretch of time,
    so both take their years from the pair's value ("2016-03/2016-06"), in the
    direction of the first month's clause.
    """
    text = nlp_mod.doc_text(doc)
    for pair in MONTH_PAIR.finditer(text, max(0, start - 16), min(len(text), end + 24)):
        if (start, end) not in ((pair.start("a"), pair.end("a")), (pair.start("b"), pair.end("b"))) or _consecutive(pair):
            continue
        first = doc.char_span(pair.start("a"), pair.end("a"), alignment_mode="expand")
        whole = normalise(" ".join(pair.group().split()), dct, direction_of(first) if first is not None else None)
        if whole is not None and "/" in whole:
            return whole.split("/")[0 if start == pair.start("a") else 1]
    return None


ANAPHORIC = "<anaphoric>"
"""The placeholder value of an anaphoric date until the dates before it are known."""


def _resolve_anaphora(text: str, mentions: list[tuple[int, int, str]], dct: dt.date) -> list[tuple[int, int, str]]:
    """Anaphoric dates valued from the dates before them, in text order (:mod:`.dates_anaphora`); unplaceable ones dropped."""
    if not any(v == ANAPHORIC for _, _, v in mentions):
        return mentions
    found = dateline(text)
    out: list[tuple[int, int, str]] = []
    for start, end, value in mentions:
        if value == ANAPHORIC:
            resolved = dates_anaphora.resolve(text, start, end, out, dct, found.end if found else 0)
            if resolved is None or not schema.is_date_value(resolved):
                continue
            value = resolved
        out.append((start, end, value))
    return out


class DateExtractor:
    """DATE spans (spaCy + range patterns) with values resolved against the creation date and the tense."""

    name = "dates"
    labels = (schema.DATE,)
    description = "DATE spans from spaCy and range patterns, values normalised with dateparser relative to the dct"

    def __init__(self) -> None:
        import importlib.metadata

        try:
            dp = importlib.metadata.version("dateparser")
        except importlib.metadata.PackageNotFoundError:  # pragma: no cover - a declared dependency
            dp = "missing"
        self.version = f"dates-{RULES_VERSION}+dateparser-{dp}+{nlp_mod.pipeline_version()}"

    def extract(self, documents: Sequence[Document]) -> list[SpanDocument]:
        out = []
        for document, doc in nlp_mod.parse_documents(documents):
            spans = SpanCollector(document)
            for start, end, value in date_mentions(doc, document.dct):
                spans.add(start, end, schema.DATE, value=value, prefix="d")
            out.append(spans.build())
        return out
