"""The dates extractor: which spans, and their values against the creation date and tense."""

from __future__ import annotations

import pytest

from newsgold.extractors.dates import DateExtractor

pytestmark = pytest.mark.usefixtures("model")


def dates(make_doc, text: str, dct: str = "2021-05-19") -> list[tuple[str, str | None]]:  # noqa: ANN001
    (doc,) = DateExtractor().extract([make_doc(text, dct=dct)])
    assert all(s.label == "DATE" for s in doc.spans)
    return [(s.text, s.value) for s in doc.spans]


def test_a_two_day_range_is_one_span(make_doc) -> None:  # noqa: ANN001
    assert dates(make_doc, "The council met in Reykjavik on May 19 and 20, 2021.") == [
        ("May 19 and 20, 2021", "2021-05-19/2021-05-20")
    ]
    assert dates(make_doc, "The ministers met on March 19 and 20 in Iceland.") == [
        ("March 19 and 20", "2021-03-19/2021-03-20")
    ]


def test_weekday_range_is_one_span(make_doc) -> None:  # noqa: ANN001
    got = dates(make_doc, "The regional meeting Wednesday and Thursday in Reykjavik is a test.")
    assert got == [("Wednesday and Thursday", "2021-05-19/2021-05-20")]


def test_weekday_follows_the_tense(make_doc) -> None:  # noqa: ANN001
    assert dates(make_doc, "Lavrov said at a press conference on Monday that it was clear.") == [
        ("Monday", "2021-05-17")
    ]
    assert dates(make_doc, "The ministers will meet again on Monday.") == [("Monday", "2021-05-24")]
    assert dates(make_doc, "The ministers are meeting in Iceland on Wednesday.") == [("Wednesday", "2021-05-19")]
    assert dates(make_doc, "In a post on Twitter later on Tuesday, Blinken condemned it.") == [
        ("Tuesday", "2021-05-18")
    ]


def test_dates_before_and_after_the_creation_date(make_doc) -> None:  # noqa: ANN001
    text = "The White House announced in April that sanctions would follow. A summit will be held in June."
    assert dates(make_doc, text, dct="2021-05-21") == [("April", "2021-04"), ("June", "2021-06")]
    assert dates(make_doc, "The treaty was signed in December.", dct="2021-05-21") == [("December", "2020-12")]
    assert dates(make_doc, "Talks will resume in January.", dct="2021-05-21") == [("January", "2022-01")]


def test_month_without_a_day_and_explicit_years(make_doc) -> None:  # noqa: ANN001
    got = dates(make_doc, "Sanctions imposed in March 2019 were extended in 2021 and again this summer.")
    assert got == [("March 2019", "2019-03"), ("2021", "2021"), ("this summer", "2021-SU")]


def test_leading_prepositions_excluded_and_vague_references(make_doc) -> None:  # noqa: ANN001
    got = dates(
        make_doc, "In recent years, Putin has invested in the Arctic. He expects a summit in the next few weeks."
    )
    assert got == [("recent years", "PAST_REF"), ("the next few weeks", "FUTURE_REF")]


def test_durations_ages_and_unplaceable_phrases_are_not_dates(make_doc) -> None:  # noqa: ANN001
    text = (
        "It has been clear for a long time. They talked for two years. "
        "The 77 years old leader spoke at the end of the day, in the days following the meeting."
    )
    assert dates(make_doc, text) == []


def test_datelines_and_deictic_days_the_model_leaves_out(make_doc) -> None:  # noqa: ANN001
    from newsgold.extractors.dates import DateExtractor

    text = (
        "Defector arrested\n\nSaturday, October 9, 2010\n\nRecent reports said so.\n\n"
        '"It hurts today," he said. This year the fair moved. The vote was last night.'
    )
    (doc,) = DateExtractor().extract([make_doc(text, dct="2010-10-09")])
    got = [(s.text, s.value) for s in doc.spans]
    assert ("Saturday, October 9, 2010", "2010-10-09") in got
    assert ("today", "2010-10-09") in got and ("This year", "2010") in got and ("last night", "2010-10-08") in got


def test_a_model_date_is_cut_before_a_tail_without_a_date_word(make_doc) -> None:  # noqa: ANN001
    """"May 20 - Harbour United won" and "Yesterday, stage three" end at the date; "Friday, June 4, 2021" does not."""
    text = "PORTSMOUTH, June 4 - Harbour United won the cup on Friday, June 4, 2021."
    got = dates(make_doc, text, dct="2021-06-04")
    assert ("June 4", "2021-06-04") in got and ("Friday, June 4, 2021", "2021-06-04") in got
    assert all("United" not in t for t, _ in got)
    got = dates(make_doc, "Yesterday, stage three of the race, the riders climbed the pass.", dct="2021-06-04")
    assert got == [("Yesterday", "2021-06-03")]


def test_years_after_a_preposition_and_seasons_of_a_year(make_doc) -> None:  # noqa: ANN001
    got = dates(make_doc, "Farmers harvested 191 million bushels of wheat in 2023, the agency said.", dct="2024-05-01")
    assert got == [("2023", "2023")]
    got = dates(make_doc, "Work starts soon, with the first homes finished by the summer of 2026.", dct="2025-03-01")
    assert got == [("the summer of 2026", "2026-SU")]
    got = dates(make_doc, "Campaigners want the bus service doubled before 2027.", dct="2025-03-01")
    assert got == [("2027", "2027")]
    # a number that is not a year: a share, a count of things
    assert dates(make_doc, "Turnout rose to 2023 voters, up to 1950 percent of the ward.", dct="2025-03-01") == []
    # dev-7, dev-8, dev-21: a year after "for" or "of" ("2.5% for 2026", "the overinvestment of 2021"), unless it counts
    got = dates(make_doc, "The offer is 3.2% for 2025 and 2.5% for 2026, after the losses of 2021.", dct="2025-03-01")
    assert got == [("2025", "2025"), ("2026", "2026"), ("2021", "2021")]
    assert dates(make_doc, "The college built rooms for 2026 students.", dct="2025-03-01") == []


def test_the_week_or_the_month_the_article_is_written_in(make_doc) -> None:  # noqa: ANN001
    """dev-17, dev-18, dev-20, dev-26: "Earlier in the week", "during the week", "earlier in the month" are the dct's
    week or month; "spent the week" (a duration) and "the week of the vote" are no date."""
    text = "Earlier in the week, rain fell. The agency had earlier in the month warned voters. She spent the week away."
    assert dates(make_doc, text, dct="2015-08-26") == [("the week", "2015-08-24/2015-08-30"), ("the month", "2015-08")]
    assert dates(make_doc, "Talks resumed during the week of the vote.", dct="2015-08-26") == []


def test_counted_distances_back_approximations_and_possessive_years(make_doc) -> None:  # noqa: ANN001
    text = (
        "The browser shipped nearly a decade ago. This year's update failed, "
        "as surveys between July 2003 and December 2004 showed."
    )
    got = dates(make_doc, text, dct="2011-03-08")
    # a range written as one expression is one span (guidelines section 6), "between" left out
    assert got == [("a decade ago", "2001"), ("This year", "2011"), ("July 2003 and December 2004", "2003-07/2004-12")]


def test_ranges_of_years_are_one_span(make_doc) -> None:  # noqa: ANN001
    got = dates(make_doc, "Filmed over three summers, from 2015 to 2017, the series ends tonight.", dct="2019-04-02")
    assert got[0] == ("2015 to 2017", "2015/2017")
    assert dates(make_doc, "Rents doubled between 2010 and 2016 in the district.", dct="2019-04-02") == [
        ("2010 and 2016", "2010/2016")
    ]
    # a count after the second number is not a range of years (the first number alone is still read as a year)
    assert ("1850 to 1900", "1850/1900") not in dates(make_doc, "Turnout grew from 1850 to 1900 votes.", dct="2019-04-02")
    assert dates(make_doc, "The peak is 2000 metres high.", dct="2019-04-02") == []


def spans(make_doc, text: str, dct: str) -> list[tuple[int, int, str, str | None]]:  # noqa: ANN001
    (doc,) = DateExtractor().extract([make_doc(text, dct=dct)])
    return [(s.start, s.end, text[s.start : s.end], s.value) for s in doc.spans]


def test_a_model_span_without_a_value_does_not_hide_the_date_inside_it(make_doc) -> None:  # noqa: ANN001
    """The model's "late Tuesday" cannot be valued; the weekday inside it can (a part of the day stays out)."""
    got = dates(make_doc, "The plan was approved by the school board late Tuesday, as the board struggles.", "2024-01-10")
    assert got == [("Tuesday", "2024-01-09")]


def test_since_points_back_and_a_modal_clause_is_not_the_reporting_verb(make_doc) -> None:  # noqa: ANN001
    # "since" places the month before the dct whatever the tense ("has held ... since January")
    assert dates(make_doc, "The bank has held its rate at 0.5 percent since January.", "2025-08-15") == [
        ("January", "2025-01")
    ]
    # "would resume" is not the "said" of the reporting clause: the nearest January, not the one before
    assert dates(make_doc, "Officials said technical teams would resume work in January.", "2023-12-06") == [
        ("January", "2024-01")
    ]


def test_a_weekday_in_the_present_tense_is_scheduled(make_doc) -> None:  # noqa: ANN001
    assert dates(make_doc, "Game 3 is in Hartford, and Game 4 is Thursday.", "2018-04-22") == [("Thursday", "2018-04-26")]


def test_weeks_quarters_and_periods_of_figures(make_doc) -> None:  # noqa: ANN001
    text = (
        "GDP grew 1.1 percent in the second quarter after 0.4 percent in January-March. "
        "Exports fell 0.1 percent in the three months to June. "
        "The backlog could take until the end of next week to clear, she said last week."
    )
    assert dates(make_doc, text, "2025-08-15") == [
        ("the second quarter", "2025-04/2025-06"),
        ("January-March", "2025-01/2025-03"),
        ("the three months to June", "2025-04/2025-06"),
        ("the end of next week", "2025-08-18/2025-08-24"),
        ("last week", "2025-08-04/2025-08-10"),
    ]


def test_what_names_no_time(make_doc) -> None:  # noqa: ANN001
    """A season that classifies a noun, durations ("a 41-year wait", "the 12 year cycle"), a game's quarter,
    a weekday counted after an event."""
    text = (
        "The family has grown winter wheat for decades, and summer bonuses rose. "
        "Larkspur ended a 41-year wait, scoring twice in the third quarter. "
        "The problem came to a head on the first Friday after the break. "
        "The festival turns on the 12 year zodiac cycle."
    )
    assert dates(make_doc, text, "2024-01-10") == []


def test_parts_of_years_and_counted_weeks_of_a_month(make_doc) -> None:  # noqa: ANN001
    got = dates(make_doc, "The union has lobbied since early 2022. The final starts the first weekend of May.", "2018-04-22")
    # "early" is a narrowing word outside the span (guidelines section 6)
    assert got == [("2022", "2022"), ("the first weekend of May", "2018-05-05/2018-05-06")]


def test_a_period_end_is_a_date_unless_it_classifies_a_noun(make_doc) -> None:  # noqa: ANN001
    got = dates(make_doc, "The ministry will clear the backlog by year end, and month-end figures follow.", "2023-02-23")
    assert got == [("year end", "2023")]


@pytest.mark.parametrize(
    "prefix",
    ["", "🎬🎞️ ", "“Quoted” ‘text’\u00a0— ", "Line one\r\n\r\n", "Emoji 👩‍👩‍👧 and\u00a0NBSP\r\n"],
)
def test_offsets_of_the_new_shapes_index_the_unmodified_text(make_doc, prefix: str) -> None:  # noqa: ANN001
    text = prefix + "Much of the weekend’s buzz, she said, came in the second quarter’s 2 percent rise.\r\n"
    got = spans(make_doc, text, "2022-10-17")
    assert [(t, v) for _, _, t, v in got] == [
        ("the weekend", "2022-10-15/2022-10-16"),
        ("the second quarter", "2022-04/2022-06"),
    ]
    for start, end, t, _ in got:
        assert text[start:end] == t


def test_an_imperative_points_forward(make_doc) -> None:  # noqa: ANN001
    """ "said only: “Ask me after the weekend.”": the request is about the weekend to come, not the reporting verb's."""
    got = dates(make_doc, "Walker said only: “Ask me after the weekend.”", "2019-08-07")
    assert got == [("the weekend", "2019-08-10/2019-08-11")]


def test_that_year_is_the_year_last_written_before_it(make_doc) -> None:  # noqa: ANN001
    text = "The club was founded in 1921.\r\n\r\n🏆 That year it won the cup, and it moved in May of that year."
    got = spans(make_doc, text, "2018-11-22")
    assert [(t, v) for _, _, t, v in got] == [("1921", "1921"), ("That year", "1921"), ("May of that year", "1921-05")]
    assert all(text[s:e] == t for s, e, t, _ in got)
    assert dates(make_doc, "That year was hard for everyone.", "2018-11-22") == []  # no year written before it


def test_counted_days_back_and_centuries(make_doc) -> None:  # noqa: ANN001
    got = dates(make_doc, "Shares rose two weeks ago and three days ago; the rules date from the 19th century.")
    assert got == [("two weeks ago", "2021-05-03/2021-05-09"), ("three days ago", "2021-05-16"),
                   ("the 19th century", "1800/1899")]


def test_ranges_around_full_dates_and_relative_weekdays(make_doc) -> None:  # noqa: ANN001
    """A range holding a full date is one span; "from" stays out; "last Wednesday" keeps "last"."""
    text = "The strike ran from March 2 to April 5 and resumed between Jan. 5 and Feb. 2, 2020."
    assert dates(make_doc, text) == [
        ("March 2 to April 5", "2021-03-02/2021-04-05"),
        ("Jan. 5 and Feb. 2, 2020", "2020-01-05/2020-02-02"),
    ]
    text = "Talks stalled last Wednesday night and this past weekend."
    assert dates(make_doc, text) == [("last Wednesday", "2021-05-12"), ("this past weekend", "2021-05-15/2021-05-16")]


def test_decades_keep_their_determiner(make_doc) -> None:  # noqa: ANN001
    assert dates(make_doc, "Sales peaked in the 2010s.") == [("the 2010s", "2010/2019")]


def test_a_day_of_the_month_by_its_ordinal(make_doc) -> None:  # noqa: ANN001
    assert dates(make_doc, "The vote was held on the 3rd.") == [("the 3rd", "2021-05-03")]
    assert dates(make_doc, "It was the 25th anniversary of the event and the 3rd time.") == []


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_quoted_today_in_a_report_dated_the_day_after(make_doc, newline: str) -> None:  # noqa: ANN001
    """The quote was spoken at Saturday's game; the report is dated Sunday (the dct)."""
    text = (
        f"Sailors win 🏀{newline}{newline}Providence beat Hartford on Saturday night.{newline}{newline}"
        f"“The young guys won us that game tonight,” the coach said. Game 3 is Tuesday."
    )
    got = spans(make_doc, text, "2018-04-22")
    assert [(t, v) for _, _, t, v in got] == [("Saturday", "2018-04-21"), ("tonight", "2018-04-21"), ("Tuesday", "2018-04-24")]
    assert all(text[s:e] == t for s, e, t, _ in got)
    # the same quote in a report dated the day of the game keeps the dct; so does "tonight" outside a quotation
    assert ("tonight", "2018-04-22") in dates(make_doc, text.replace("on Saturday night", "on Sunday"), "2018-04-22")
    outside = "Providence beat Hartford on Saturday night. The teams meet again tonight."
    assert ("tonight", "2018-04-22") in dates(make_doc, outside, "2018-04-22")


def test_anaphoric_dates_count_from_the_dates_before_them(make_doc) -> None:  # noqa: ANN001
    text = (
        "Flooding cut the valley road on Saturday. Volunteers cleared it the following day. "
        "The mill closed in June 2003. Two years later, the town voted to buy it."
    )
    assert dates(make_doc, text, dct="2024-03-14") == [
        ("Saturday", "2024-03-09"), ("the following day", "2024-03-10"), ("June 2003", "2003-06"),
        ("Two years later", "2005-06"),
    ]
    # event-anchored, not anaphoric: out of DATE (guidelines section 6)
    assert dates(make_doc, "The count resumed the day after the election.", dct="2024-03-14") == []


def test_mid_week_is_found_and_valued(make_doc) -> None:  # noqa: ANN001
    assert dates(make_doc, "The ferry service could restart mid-week, the operator said.", dct="2023-08-12") == [
        ("mid-week", "2023-08-14/2023-08-20")
    ]


def test_an_editorial_bracket_is_kept_whole(make_doc) -> None:  # noqa: ANN001
    got = dates(make_doc, '"[Six] years ago, nobody had heard of the app," the founder said.', dct="2020-02-11")
    assert got == [("[Six] years ago", "2014")]


def test_a_counted_period_picked_out_by_a_clause_is_event_anchored(make_doc) -> None:  # noqa: ANN001
    text = "Entries topped 900 in 2016, the last year it ran on the old pier."
    assert dates(make_doc, text, dct="2021-06-15") == [("2016", "2016")]
    # without a clause after it, "last year" is the year before the dct
    assert dates(make_doc, "The pier closed last year.", dct="2021-06-15") == [("last year", "2020")]


def test_ranges_of_months_and_split_years_are_one_span(make_doc) -> None:  # noqa: ANN001
    got = dates(make_doc, "The ski lifts run from December through April, the resort said.", dct="2024-09-02")
    assert got == [("December through April", "2024-12/2025-04")]
    assert dates(make_doc, "Ticket sales between May and July 2023 fell.", dct="2024-09-02") == [
        ("May and July 2023", "2023-05/2023-07")
    ]
    assert dates(make_doc, "The club's debts date back to 2015-16.", dct="2024-09-02") == [("2015-16", "2015/2016")]


def test_vague_stretches_of_days_are_vague_references(make_doc) -> None:  # noqa: ANN001
    got = dates(make_doc, "A decision is expected in the coming days; in recent days the board met twice.", "2024-06-09")
    assert got == [("the coming days", "FUTURE_REF"), ("recent days", "PAST_REF")]


def test_a_holiday_is_a_date_unless_it_names_something_else(make_doc) -> None:  # noqa: ANN001
    assert dates(make_doc, "The council will not decide before Christmas, a spokesman said.", "2022-11-09") == [
        ("Christmas", "2022-12-25")
    ]
    assert dates(make_doc, "The Christmas market opened in the square.", "2022-11-09") == []


def test_this_morning_is_today(make_doc) -> None:  # noqa: ANN001
    got = dates(make_doc, '"I only heard about it this morning," the coach said.', "2024-06-23")
    assert got == [("this morning", "2024-06-23")]


def test_split_years_take_what_they_count(make_doc) -> None:  # noqa: ANN001
    got = dates(make_doc, "Grants for the 2019-20 and 2020-21 academic years were never paid.", "2023-05-02")
    assert got == [("the 2019-20 and 2020-21 academic years", "2019/2021")]
    assert dates(make_doc, "Losses narrowed in the 2022/23 financial year.", "2023-05-02") == [
        ("the 2022/23 financial year", "2022/2023")
    ]
    # a half of it is one span too (its months depend on when the country's financial year starts: its years)
    assert dates(make_doc, "Sales rose in the second half of the 2022/23 financial year.", "2023-05-02") == [
        ("the second half of the 2022/23 financial year", "2022/2023")
    ]


def test_half_a_century_ago_is_a_past_reference(make_doc) -> None:  # noqa: ANN001
    got = dates(make_doc, "Samples taken more than half a century ago were tested again.", "2026-01-20")
    assert got == [("more than half a century ago", "PAST_REF")]


def test_a_season_that_classifies_a_noun_is_not_a_date_even_with_its_determiner(make_doc) -> None:  # noqa: ANN001
    assert dates(make_doc, "Leaders want a vote before the summer recess.", "2021-03-18") == []
    assert dates(make_doc, "The ferry will return in the summer.", "2021-03-18") == [("the summer", "2021-SU")]


def test_narrowing_words_are_outside_the_span_a_noun_phrase_on_them_is_not(make_doc) -> None:  # noqa: ANN001
    got = dates(make_doc, "The plan was filed late last month and building starts early next year.", "2022-11-09")
    assert got == [("last month", "2022-10"), ("next year", "2023")]
    got = dates(make_doc, "Rents rose in early March, as they had in the early 2000s.", "2022-11-09")
    assert got == [("March", "2022-03"), ("the early 2000s", "2000/2009")]


def test_a_year_after_in_before_a_noun_is_still_a_year(make_doc) -> None:  # noqa: ANN001
    assert dates(make_doc, "In 2017 residents voted to keep the pier.", "2022-11-09") == [("2017", "2017")]


def test_halves_quarters_and_centuries_written_as_modifiers(make_doc) -> None:  # noqa: ANN001
    got = dates(make_doc, "Sales rose 4 percent in the first half of 2023 and third-quarter GDP is due.", "2023-10-02")
    assert got == [("the first half of 2023", "2023-01/2023-06"), ("third-quarter", "2023-07/2023-09")]
    assert dates(make_doc, "The hall hosts a festival of 18th-century opera.", "2023-10-02") == [("18th-century", "1700/1799")]


def test_counted_stretches_from_now_and_parts_of_named_periods(make_doc) -> None:  # noqa: ANN001
    got = dates(make_doc, "Fares will rise over the next three years, and the discount lasts until the end of 2023.", "2022-10-18")
    assert got == [("the next three years", "FUTURE_REF"), ("the end of 2023", "2023")]


def test_a_year_modifying_a_noun_after_a_determiner_is_a_date(make_doc) -> None:  # noqa: ANN001
    got = dates(make_doc, "Several members of the 2017 intake backed a 2024 budget.", "2023-10-02")
    assert got == [("2017", "2017"), ("2024", "2024")]
    assert dates(make_doc, "Divers found a 2000 year old coin.", "2023-10-02") == []  # an age, not a year


def test_a_period_named_from_now_after_for_is_not_a_duration_and_a_dated_quarter_needs_no_figures(make_doc) -> None:  # noqa: ANN001
    assert dates(make_doc, "The board has set the hearing for next week.", "2024-10-18") == [
        ("next week", "2024-10-21/2024-10-27")
    ]
    assert dates(make_doc, "He lived there for a week.", "2024-10-18") == []
    got = dates(make_doc, "The plant should reopen before the first quarter of 2025 is over.", "2024-10-18")
    assert got == [("the first quarter of 2025", "2025-01/2025-03")]


def test_day_first_cross_month_ranges_season_ranges_and_fiscal_years(make_doc) -> None:  # noqa: ANN001
    got = dates(make_doc, "The congress in Lyon runs from 29 June to 3 July.", "2025-03-14")
    assert got == [("29 June to 3 July", "2025-06-29/2025-07-03")]
    got = dates(make_doc, "The dry winters of 2017 and 2018 emptied the reservoir.", "2025-03-14")
    assert got == [("winters of 2017 and 2018", "2017-WI/2018-WI")]
    got = dates(make_doc, "The firm expects profits by the end of its 2027 fiscal year.", "2025-03-14")
    assert got == [("the end of its 2027 fiscal year", "2027")]


def test_rates_habits_and_durations_are_not_dates(make_doc) -> None:  # noqa: ANN001
    got = dates(make_doc, "The shore retreated 2 metres a year two decades ago.", "2025-03-14")
    assert got == [("two decades ago", "2005")]
    assert dates(make_doc, "Volunteers cooked on Sunday evenings.", "2025-03-14") == []
    assert dates(make_doc, "The line had run at a loss for the past three years.", "2025-03-14") == []


def test_a_quarter_without_figures_is_a_years_in_a_business_story_and_a_games_in_a_match_report(make_doc) -> None:  # noqa: ANN001
    business = (
        "Voltline paused shipments of the battery in the third quarter. "
        "Analysts doubt the listing gets done in the fourth quarter."
    )
    assert dates(make_doc, business, "2025-10-09") == [
        ("the third quarter", "2025-07/2025-09"),
        ("the fourth quarter", "2025-10/2025-12"),
    ]
    game = "The Kestrels scored twice in the third quarter. Their coach called a timeout before the buzzer sounded."
    assert dates(make_doc, game, "2025-10-09") == []


def test_fiscal_years_take_the_months_the_article_gives(make_doc) -> None:  # noqa: ANN001
    text = (
        "Revenue rose to $188.6 million in the fiscal year ended June 30, up from $97.2 million in fiscal 2024. "
        "In Q2 of its current fiscal year, which began in July, it expects to ship 11,000 units. "
        "A recall could hurt its results for fiscal 2026 and FY27."
    )
    assert dates(make_doc, text, "2025-10-09") == [
        ("the fiscal year ended June 30", "2024-07/2025-06"),
        ("fiscal 2024", "2023-07/2024-06"),
        ("Q2 of its current fiscal year", "2025-10/2025-12"),
        ("July", "2025-07"),
        ("fiscal 2026", "2025-07/2026-06"),
        ("FY27", "2026-07/2027-06"),
    ]


def test_a_deadline_set_in_the_past_tense_is_the_nearest(make_doc) -> None:  # noqa: ANN001
    text = (
        "The court gave the commission until the end of April. "
        "The ministry said it would act if no governor was sworn in by the end of March. "
        "The plant was shut in April."
    )
    assert dates(make_doc, text, "2025-02-18") == [
        ("the end of April", "2025-04"),
        ("the end of March", "2025-03"),
        ("April", "2024-04"),  # no deadline: the past tense places it before the dct
    ]


def test_a_bare_season_after_a_preposition(make_doc) -> None:  # noqa: ANN001
    text = (
        "The outlook gives little chance of rain before autumn. "
        "The council cut the budget in spring. "
        "Farmers sow in winter wheat country."
    )
    assert dates(make_doc, text, "2019-12-05") == [("autumn", "2020-FA"), ("spring", "2019-SP")]


def test_days_of_a_named_year_reporting_periods_and_spelled_centuries(make_doc) -> None:  # noqa: ANN001
    text = (
        "The crash happened on 3 March last year. The game launches March 14 next year. "
        "Results for the December quarter and the three months ended Sept. 30 were weak. "
        "The hall dates from the twentieth century. Families will wait until at least 2025."
    )
    assert dates(make_doc, text, "2017-04-19") == [
        ("3 March last year", "2016-03-03"),
        ("March 14 next year", "2018-03-14"),
        ("the December quarter", "2016-10/2016-12"),
        ("the three months ended Sept. 30", "2016-07/2016-09"),
        ("the twentieth century", "1900/1999"),
        ("2025", "2025"),
    ]


def test_the_fiscal_year_its_quarters_halves_and_split_years(make_doc) -> None:  # noqa: ANN001
    text = (
        "The Tokyo chipmaker's fiscal year ends March 31. Revenue in the fiscal second quarter climbed 12%. "
        "Profit for the first half of the fiscal year rose, and the board will review returns at the end of the "
        "fiscal year. It spent more in the 2021/22 financial year."
    )
    assert dates(make_doc, text, "2023-11-08") == [
        ("March 31", "2024-03-31"),
        ("the fiscal second quarter", "2023-07/2023-09"),
        ("the first half of the fiscal year", "2023-04/2023-09"),
        ("the end of the fiscal year", "2023-04/2024-03"),
        ("the 2021/22 financial year", "2021-04/2022-03"),
    ]


def test_years_before_1800_after_a_preposition_and_hundreds(make_doc) -> None:  # noqa: ANN001
    text = (
        "The glacier has retreated 4 km since its greatest extent in 1748. A canvas from about 1648 hangs in "
        "the hall, which was built in the 1700s. In 1500 homes the power failed."
    )
    assert dates(make_doc, text) == [("1748", "1748"), ("1648", "1648"), ("the 1700s", "1700/1799")]


def test_a_holiday_with_its_year_and_a_count_from_it(make_doc) -> None:  # noqa: ANN001
    got = dates(
        make_doc,
        "He was punched in the early hours of New Year's Day 2021. He died in hospital four days later.",
        dct="2022-03-09",
    )
    assert ("New Year's Day 2021", "2021-01-01") in got and ("four days later", "2021-01-05") in got


def test_the_year_that_ends_an_events_name(make_doc) -> None:  # noqa: ANN001
    # gum-news-dev: "FIFA World Cup 2018 day five" (the model tags "2018 day"); a law's year is no date
    got = dates(make_doc, "FIFA World Cup 2018 day five: Sweden win three points", dct="2018-06-19")
    assert got == [("2018", "2018")]
    got = dates(make_doc, "Fans gathered for the Africa Cup of Nations 2025 in Morocco.", dct="2024-06-19")
    assert got == [("2025", "2025")]
    assert dates(make_doc, "The Electoral Act 2022 was amended.", dct="2024-06-19") == []


def test_two_months_are_one_range_only_when_consecutive(make_doc) -> None:  # noqa: ANN001
    # dev-17 "trading in July and August" (split by the model); dev-10 "voting in March and June" (joined by it)
    got = dates(make_doc, "She added that trading in July and August had been disappointing.", dct="2016-09-14")
    assert got == [("July and August", "2016-07/2016-08")]
    got = dates(
        make_doc,
        "Kenya, which abstained in two earlier rounds of voting in March and June, backed the candidate this time.",
        dct="2016-09-14",
    )
    assert got == [("March", "2016-03"), ("June", "2016-06")]  # read alone, March would be the one ahead


def test_years_ago_in_figures_with_thousands_and_before_year_one(make_doc) -> None:  # noqa: ANN001
    # dev-17 "around 3,400 years ago" was "400 years ago" (1626)
    got = dates(make_doc, "The granary was built around 3,400 years ago, the team said.", dct="2026-02-04")
    assert got == [("3,400 years ago", "PAST_REF")]
    got = dates(make_doc, "The town was founded 1,200 years ago, the mayor said.", dct="2026-02-04")
    assert got == [("1,200 years ago", "0826")]


def test_a_quarter_of_a_year_named_from_the_dct_is_one_span(make_doc) -> None:  # noqa: ANN001
    # dev-17: "the first quarter of next year" was two spans
    got = dates(make_doc, "Analysts expect prices to remain weak through the first quarter of next year.", dct="2019-11-20")
    assert got == [("the first quarter of next year", "2020-01/2020-03")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # set against a past time, in the simple present: these days
        ('"We lost a quarter of the power we bought three years ago. Today that figure is below 21 per cent."', "PRESENT_REF"),
        ("Contracts signed four years ago simply do not reflect today’s prices.", "PRESENT_REF"),
        ("Commuters could deduct 18,000 kronor a year more than today.", "PRESENT_REF"),
        ("Young voters today want a cheaper home.", "PRESENT_REF"),
        # the day itself: past tense, or no contrast
        ('"Two years ago I was chasing everybody. Today I ran my own race," she said.', "2021-05-19"),
        ('"There are contractors on site today," he said.', "2021-05-19"),
    ],
)
def test_today_meaning_these_days(make_doc, text: str, value: str) -> None:  # noqa: ANN001
    assert [v for t, v in dates(make_doc, text) if t.lower() == "today"] == [value]


def test_a_season_with_its_article_after_a_preposition(make_doc) -> None:  # noqa: ANN001
    assert dates(make_doc, "The government will present its measures in the autumn.") == [("the autumn", "2021-FA")]
    assert dates(make_doc, "The town went without heating for part of the winter.") == [("the winter", "2020-WI")]
    assert dates(make_doc, "Farmers sowed the winter wheat early.") == []  # a season that classifies a noun


def test_two_consecutive_decades_or_years_joined_by_and_are_one_range(make_doc) -> None:  # noqa: ANN001
    assert dates(make_doc, "The embankments built in the 1970s and 1980s were designed for lower floods.") == [
        ("the 1970s and 1980s", "1970/1989")
    ]
    assert dates(make_doc, "Blocks built in the 1980s and early 1990s will be upgraded.") == [
        ("the 1980s and early 1990s", "1980/1999")
    ]
    assert dates(make_doc, "Dry summers like 2018 and 2019 will become common.") == [("2018 and 2019", "2018/2019")]
    assert dates(make_doc, "The club won the title in 1976 and 1978.") == [("1976", "1976"), ("1978", "1978")]


def test_lunar_calendar_holidays_and_their_parts(make_doc) -> None:  # noqa: ANN001
    text = (
        "Bookings for the last days of Ramadan and the Eid period were up. "
        "Resorts will be full during the three days of Eid, starting from the day after Ramadan 29."
    )
    assert dates(make_doc, text, dct="2025-03-26") == [
        ("the last days of Ramadan", "2025-03-01/2025-03-29"),
        ("the Eid period", "2025-03-30/2025-04-01"),
        ("the three days of Eid", "2025-03-30/2025-04-01"),
        ("Ramadan 29", "2025-03-29"),
    ]
    assert dates(make_doc, "They bought clothes before Diwali last year.", dct="2023-11-05") == [
        ("Diwali last year", "2022-10-24")
    ]
    assert dates(make_doc, "Crowds gathered for Eid al-Adha prayers.", dct="2024-06-10") == []  # not Eid al-Fitr


def test_the_last_or_next_unit_as_a_stretch_of_time_from_now(make_doc) -> None:  # noqa: ANN001
    assert dates(make_doc, "The bank raised reserve requirements twice in the last month.") == [("the last month", "PAST_REF")]
    assert dates(make_doc, "More projects will come before the council in the next year.") == [("the next year", "FUTURE_REF")]
    # a shift from the date before it stays one
    assert dates(make_doc, "She moved to Reno in 1956. The next year she opened a bakery.") == [
        ("1956", "1956"),
        ("The next year", "1957"),
    ]


def test_the_opening_months_of_a_year(make_doc) -> None:  # noqa: ANN001
    assert dates(make_doc, "Arrivals rose in the first three months of the year.", dct="2025-08-01") == [
        ("the first three months of the year", "2025-01/2025-03")
    ]
    assert dates(make_doc, "Exports reached $14.6 billion in the first eight months of 2025.", dct="2025-10-01") == [
        ("the first eight months of 2025", "2025-01/2025-08")
    ]


def test_vague_stretches_in_hours_and_bare_years_ago(make_doc) -> None:  # noqa: ANN001
    assert dates(make_doc, "The situation might deteriorate in the next 48 hours.") == [("the next 48 hours", "FUTURE_REF")]
    assert dates(make_doc, "The projects were approved by the cabinet years ago.") == [("years ago", "PAST_REF")]
    assert dates(make_doc, "The warning was issued 24 hours ago.") == []  # a counted distance in hours: no calendar date


def test_the_current_decade_or_century(make_doc) -> None:  # noqa: ANN001
    assert dates(make_doc, "Output should double by the end of the decade.", dct="2024-08-01") == [
        ("the end of the decade", "2020/2029")
    ]
    assert dates(make_doc, "Bases moved there earlier in the decade.", dct="2016-08-01") == [("the decade", "2010/2019")]
    assert dates(make_doc, "By the end of the century, flows could fall.", dct="2024-08-01") == [
        ("the end of the century", "2000/2099")
    ]
    assert dates(make_doc, "In the decade that followed, it grew.", dct="2024-08-01") == []


def test_a_weekday_week_is_the_one_after_next(make_doc) -> None:  # noqa: ANN001
    # dct Saturday 2022-04-09: "Sunday week" is not tomorrow but the Sunday after it
    assert dates(make_doc, "The Ravens host Newcastle on Sunday week.", dct="2022-04-09") == [("Sunday week", "2022-04-17")]
