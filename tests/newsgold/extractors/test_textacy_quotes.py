"""The textacy peer: marks stripped, odd marks handled per paragraph, speakers mapped."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("model", "textacy")


def quotes(make_doc, text: str) -> list[tuple[str, str | None]]:  # noqa: ANN001
    from newsgold.extractors.textacy_quotes import TextacyQuoteExtractor

    (doc,) = TextacyQuoteExtractor().extract([make_doc(text)])
    by_id = doc.span_by_id()
    said_by = {r.from_id: by_id[r.to_id].text for r in doc.relations}
    return [(s.text, said_by.get(s.id)) for s in doc.spans if s.label == "QUOTE"]


def test_content_excludes_the_marks_and_speaker_is_a_person_span(make_doc) -> None:  # noqa: ANN001
    text = "“We have concerns about the military activities,” Antony Blinken said on Tuesday."
    assert quotes(make_doc, text) == [("We have concerns about the military activities,", "Antony Blinken")]


def test_odd_marks_lose_only_their_paragraph(make_doc) -> None:  # noqa: ANN001
    text = (
        '"It has been absolutely clear for everyone for a long time," Lavrov said at a press conference.\n\n'
        'The ministers’ talks ended and Blinken said "nothing more.\n\n'
        '"We will respond to any reckless actions that target us," Blinken said on Tuesday.'
    )
    got = quotes(make_doc, text)
    assert got == [
        ("It has been absolutely clear for everyone for a long time,", "Lavrov"),
        ("We will respond to any reckless actions that target us,", "Blinken"),
    ]


def test_no_coreference_a_pronoun_speaker_stays_a_pronoun(make_doc) -> None:  # noqa: ANN001
    text = 'Blinken arrived.\n\n"Not for the purposes of seeking conflict or escalating," he said.'
    assert quotes(make_doc, text) == [("Not for the purposes of seeking conflict or escalating,", "he")]
