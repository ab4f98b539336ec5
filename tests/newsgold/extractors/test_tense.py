"""Tense direction of the clause a date hangs from, read off spaCy's parse."""

from __future__ import annotations

import pytest

from newsgold.extractors import nlp
from newsgold.extractors.tense import direction_of

pytestmark = pytest.mark.usefixtures("model")


@pytest.mark.parametrize(
    ("sentence", "date", "direction"),
    [
        ("Lavrov said on Monday that the talks failed.", "Monday", "past"),
        ("Blinken has met Lavrov twice since January.", "January", "past"),
        ("The ministers will meet again on Monday.", "Monday", "future"),
        ("The ministers are meeting in Iceland on Wednesday.", "Wednesday", "future"),
        ("They agreed to hold a summit in June.", "June", "future"),
        # an infinitive of result after "come"/"go" is dated by that verb, not read as a plan
        ("Senegal came from behind to beat Ivory Coast 2-1 in a qualifier on Tuesday.", "Tuesday", "past"),
        ("Ahmed went on to win the final on Sunday.", "Sunday", "past"),
        # a passive of expectation points ahead of the time it was said
        ("The official result was expected by Thursday.", "Thursday", "future"),
        ("The case had been set for trial in April.", "April", "future"),
        # a present perfect takes no date of its own: the date is that of what was announced
        ("Farmers have announced a road blockade on Monday.", "Monday", None),
        ("Students have called for a protest outside the office on Thursday.", "Thursday", None),
        # an infinitive that modifies a noun says nothing of time: no "future" from its "to"
        ("Canterbury wrapped up the match with time to spare on Tuesday.", "Tuesday", None),
        ("The council meets every year in May.", "May", "present"),
        # a date that modifies a noun is not dated by the verb: "a summit in June" in a past-tense sentence
        ("It set the stage for a summit between the two presidents in June.", "June", None),
        # no verb at all: a headline
        ("New sanctions on Monday", "Monday", None),  # ("Summit talks ..." is ambiguous: md reads "talks" as a verb)
    ],
)
def test_direction(sentence: str, date: str, direction: str | None) -> None:
    (doc,) = nlp.parse([sentence])
    start = sentence.index(date)
    span = doc.char_span(start, start + len(date))
    assert span is not None
    assert direction_of(span) == direction


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_headline_verb_does_not_date_the_paragraph_after_it(newline: str) -> None:
    # The parser reads the headline, the byline and the first paragraph as one sentence and hangs
    # "on Tuesday" on the headline's "rebuild" (an infinitive: "future"); across a blank line the
    # walk stops, so the date takes the nearest day instead.
    blank = newline * 2
    text = (
        "Rada approves UAH 4.6 billion to rebuild Kharkiv Oblast heating networks before winter"
        f"{blank}by Daryna Lysenko{blank}The Verkhovna Rada on Tuesday approved a reallocation of money."
    )
    (doc,) = nlp.parse([text])
    start = text.index("Tuesday")
    span = doc.char_span(start, start + len("Tuesday"))
    assert span is not None
    assert span.root.head.head.i < doc.char_span(text.index("by Daryna"), text.index("by Daryna") + 2).start
    assert direction_of(span) is None
