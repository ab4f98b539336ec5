"""Pairing quotation marks: pinned on written paragraphs (no model needed)."""

from __future__ import annotations

from newsgold.extractors.quote_marks import find_quotations


def contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text)]


def test_straight_and_curly_marks_are_excluded_from_the_span() -> None:
    assert contents('"We will respond," Blinken said.') == ["We will respond,"]
    assert contents("Blinken said, “We are concerned.”") == ["We are concerned."]
    assert contents("He called it «a disaster» twice.") == ["a disaster"]


def test_an_interrupted_quote_is_two_spans() -> None:
    text = "“Not for the purposes of seeking conflict,” Blinken said, “but because such challenges cannot go on.”"
    assert contents(text) == ["Not for the purposes of seeking conflict,", "but because such challenges cannot go on."]
    straight = '"First part," he said, "second part."'
    assert contents(straight) == ["First part,", "second part."]


def test_nested_quotes_stay_inside_the_outer_span() -> None:
    assert contents("“He called it “a disaster” on air,” she said.") == ["He called it “a disaster” on air,"]
    assert contents("\"I told him 'stop this' twice,\" Lavrov said.") == ["I told him 'stop this' twice,"]
    assert contents('"He said "no" to me," she recalled.') == ['He said "no" to me,']


def test_apostrophes_are_not_quotation_marks() -> None:
    text = "Blinken condemned “Russia’s abuses” and “Stalin’s deportation” of the ministers’ people."
    assert contents(text) == ["Russia’s abuses", "Stalin’s deportation"]
    assert contents("The ministers’ talks ended. It was ’90s style.") == []


def test_unbalanced_marks_in_one_paragraph_do_not_lose_the_others() -> None:
    text = (
        '"First," said Lavrov.\n\n'
        'He then said "this never closes and "this one does" too.\n\n'
        "Blinken said “Third.” Another ” stray closer.\n\n"
        '"Fourth," he added.'
    )
    got = contents(text)
    assert got[0] == "First," and got[-1] == "Fourth,"
    assert "Third." in got
    assert "this one does" in got  # the complete pair inside the unclosed one is kept
    assert not any("never closes" in g for g in got)


def test_a_quotation_continued_in_the_next_paragraph_runs_to_the_paragraph_end() -> None:
    text = "“We will stay the course. We will not leave.\n“We never have,” he said."
    assert contents(text) == ["We will stay the course. We will not leave.", "We never have,"]


def test_unclosed_quote_without_continuation_is_dropped() -> None:
    assert contents('He said "this is never closed.\n\nNothing here.') == []


def test_whitespace_inside_marks_is_trimmed_and_empty_quotes_skipped() -> None:
    assert contents('He said " spaced out " and "" nothing.') == ["spaced out"]


def test_offsets_are_into_the_unmodified_text() -> None:
    text = "Intro\r\n\u00a0“Zürich \U0001f600 is far,” she said."
    (q,) = find_quotations(text)
    assert text[q.open_mark] == "“" and text[q.close_mark] == "”"
    assert text[q.start : q.end] == "Zürich \U0001f600 is far,"


def test_british_single_marks_are_quotation_marks() -> None:
    text = "Cllr Hart-Davies said the scheme would provide ‘the homes we need’. ‘We listened,’ she said."
    assert contents(text) == ["the homes we need", "We listened,"]
    assert contents("‘The residents’ concerns matter,’ Hart-Davies’s aide said.") == ["The residents’ concerns matter,"]
    assert contents("“He said ‘no’ to me,” she recalled.") == ["He said ‘no’ to me,"]


def test_a_single_quoted_quotation_over_several_paragraphs() -> None:
    text = "She said: ‘We will build it.\n\n‘And we will pay for the road,’ she added."
    assert contents(text) == ["We will build it.", "And we will pay for the road,"]


def test_straight_single_marks_are_quotation_marks_where_apostrophes_are_straight_too() -> None:
    text = (
        "'Slow death' for the island, says councillor\n\n"
        "'We're not asking for a favour,' said Ms Ní Bhriain. 'The island's people have waited.'\n\n"
        "The islanders' union said the minister had 'promised this pier for ten years'."
    )
    assert contents(text) == [
        "Slow death",
        "We're not asking for a favour,",
        "The island's people have waited.",
        "promised this pier for ten years",
    ]


def test_straight_apostrophes_and_elisions_open_nothing() -> None:
    text = "Rock 'n' roll came back in the '90s. We're told the players' union won't 'em. It's the island's pier."
    assert contents(text) == []
    assert contents("Fans sang 'til dawn, and the band's 'new sound' tour sold out.") == ["new sound"]


def test_a_straight_single_quotation_over_several_paragraphs() -> None:
    text = "'Every winter the ferry cannot berth.\n\n'Children miss school,' he said.\n"
    assert contents(text) == ["Every winter the ferry cannot berth.", "Children miss school,"]
