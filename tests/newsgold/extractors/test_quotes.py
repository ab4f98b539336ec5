"""The quote extractor on written examples: spans, speakers, said_by."""

from __future__ import annotations

import pytest

from newsgold.extractors.quotes import QuoteExtractor
from newsgold.spandoc import SpanDocument

pytestmark = pytest.mark.usefixtures("model")


def quotes_with_speakers(doc: SpanDocument) -> list[tuple[str, str | None, int | None]]:
    """[(quote text, speaker text, speaker start)] in text order."""
    by_id = doc.span_by_id()
    said_by = {r.from_id: by_id[r.to_id] for r in doc.relations if r.type == "said_by"}
    out = []
    for s in doc.spans:
        if s.label == "QUOTE":
            sp = said_by.get(s.id)
            out.append((s.text, sp.text if sp else None, sp.start if sp else None))
    return out


def run(make_doc, text: str):  # noqa: ANN001, ANN201
    (doc,) = QuoteExtractor().extract([make_doc(text)])
    return doc


def test_said_name_after_the_quote(make_doc) -> None:  # noqa: ANN001
    text = '"This is our land," said Lavrov. "We will respond," Sergei Lavrov said.'
    got = quotes_with_speakers(run(make_doc, text))
    assert got == [
        ("This is our land,", "Lavrov", text.index("Lavrov")),
        ("We will respond,", "Sergei Lavrov", text.index("Sergei")),
    ]


def test_speaker_before_the_quote_with_colon_and_comma(make_doc) -> None:  # noqa: ANN001
    text = (
        "Speaking in Reykjavik, Antony Blinken said, “We are concerned.”\n\n"
        "Mikaa Mered told reporters: “They always do this.”"
    )
    got = quotes_with_speakers(run(make_doc, text))
    assert got == [
        ("We are concerned.", "Antony Blinken", text.index("Antony")),
        ("They always do this.", "Mikaa Mered", text.index("Mikaa")),
    ]


def test_pronoun_speaker_resolves_to_the_nearest_mention_of_that_person(make_doc) -> None:  # noqa: ANN001
    text = (
        "Russian Foreign Minister Sergei Lavrov spoke in Moscow on Monday.\n\n"
        'He insisted the activity was "absolutely legal."\n\n'
        '"Not for the purposes of seeking conflict," she said, after Angela Merkel arrived.'
    )
    got = quotes_with_speakers(run(make_doc, text))
    assert got[0] == ("absolutely legal.", "Sergei Lavrov", text.index("Sergei"))
    # "she" cannot be Sergei Lavrov, whose given name is a man's in every list that has it: no named speaker
    assert got[1][0] == "Not for the purposes of seeking conflict,"
    assert got[1][1] is None


def test_description_speaker_and_mentions_inside_quotes_are_skipped(make_doc) -> None:  # noqa: ANN001
    text = (
        '"This is our territory," Lavrov said at a press conference.\n\n'
        '"Ask Joe Biden," he added.\n\n'
        'The Russian foreign minister also accused Norway of "trying to justify the need for NATO."'
    )
    got = quotes_with_speakers(run(make_doc, text))
    assert [g[1] for g in got] == ["Lavrov", "Lavrov", "Lavrov"]
    # "he" and "the minister" go to the Lavrov nearest to their quote, not the Biden inside a quote
    assert got[1][2] == text.index("Lavrov") and got[2][2] == text.index("Lavrov")


def test_interrupted_quote_is_two_spans_each_with_a_speaker(make_doc) -> None:  # noqa: ANN001
    text = "“We have concerns,” Blinken said, “and we will raise them.”"
    got = quotes_with_speakers(run(make_doc, text))
    assert got == [
        ("We have concerns,", "Blinken", text.index("Blinken")),
        ("and we will raise them.", "Blinken", text.index("Blinken")),
    ]


def test_relative_pronoun_and_adding_clause(make_doc) -> None:  # noqa: ANN001
    text = (
        "The warning drew a response from Blinken, who stressed Washington wanted to "
        '"avoid a militarisation" there.\n\n'
        '"That increases the dangers," Blinken said, adding that it undermined "the shared goal" of the region.'
    )
    got = quotes_with_speakers(run(make_doc, text))
    assert [(q, s) for q, s, _ in got] == [
        ("avoid a militarisation", "Blinken"),
        ("That increases the dangers,", "Blinken"),
        ("the shared goal", "Blinken"),
    ]


def test_nested_quotes_give_one_span(make_doc) -> None:  # noqa: ANN001
    text = "“He called it ‘a disaster’ and “a farce” on air,” Lavrov said."
    got = quotes_with_speakers(run(make_doc, text))
    assert got == [("He called it ‘a disaster’ and “a farce” on air,", "Lavrov", text.index("Lavrov"))]


def test_unbalanced_paragraph_keeps_the_other_quotes(make_doc) -> None:  # noqa: ANN001
    text = (
        '"First," Lavrov said.\n\n'
        'Blinken then said "this never closes.\n\n'
        "Nothing to see here.\n\n"
        '"Last," Blinken said.'
    )
    got = quotes_with_speakers(run(make_doc, text))
    assert [(q, s) for q, s, _ in got] == [("First,", "Lavrov"), ("Last,", "Blinken")]


def test_apostrophes_do_not_open_quotes(make_doc) -> None:  # noqa: ANN001
    text = "Russia’s position and Stalin’s legacy were discussed. “Russia’s abuses,” Blinken wrote."
    got = quotes_with_speakers(run(make_doc, text))
    assert got == [("Russia’s abuses,", "Blinken", text.index("Blinken"))]


def test_a_non_person_speaker_gives_a_quote_without_said_by(make_doc) -> None:  # noqa: ANN001
    text = 'The White House said the sanctions were "a measured response."'
    doc = run(make_doc, text)
    assert quotes_with_speakers(doc) == [("a measured response.", None, None)]
    assert doc.relations == []


def test_every_quote_relation_points_from_a_quote_to_a_person(make_doc) -> None:  # noqa: ANN001
    text = '"One," Blinken said.\n\n"Two," he continued.\n\nHe insisted it was "three."'
    doc = run(make_doc, text)
    by_id = doc.span_by_id()
    assert len(doc.relations) == 3
    for r in doc.relations:
        assert (by_id[r.from_id].label, by_id[r.to_id].label, r.type) == ("QUOTE", "PERSON", "said_by")


def test_a_quote_opening_the_next_sentence_continues_the_speaker(make_doc) -> None:  # noqa: ANN001
    text = "“Yes,” Blinken says. “We agree.”\n\n“And we always will.”\n\nThe meeting ended. “Nobody said this.” "
    got = quotes_with_speakers(run(make_doc, text))
    assert [(q, s) for q, s, _ in got] == [
        ("Yes,", "Blinken"),
        ("We agree.", "Blinken"),
        ("And we always will.", "Blinken"),
        ("Nobody said this.", None),  # a new paragraph that does not open with the quote: no carry-over
    ]


def test_according_to(make_doc) -> None:  # noqa: ANN001
    text = 'Sergei Lavrov arrived. According to Sergei Lavrov, "the Arctic is ours."'
    got = quotes_with_speakers(run(make_doc, text))
    assert got == [("the Arctic is ours.", "Sergei Lavrov", text.rindex("Sergei"))]


def test_a_description_with_no_person_before_it_has_no_speaker(make_doc) -> None:  # noqa: ANN001
    got = quotes_with_speakers(run(make_doc, '"We will respond," the secretary of state said.'))
    assert got == [("We will respond,", None, None)]


def test_a_quotation_over_several_paragraphs_takes_the_speaker_of_its_last_part(make_doc) -> None:  # noqa: ANN001
    text = (
        "“We will respond,” Sergei Lavrov said.\n\n"
        "“We have concerns about the activities in the region.\n\n"
        "“And we will raise them with our partners,” Antony Blinken said."
    )
    got = quotes_with_speakers(run(make_doc, text))
    assert [(q, s) for q, s, _ in got] == [
        ("We will respond,", "Sergei Lavrov"),
        ("We have concerns about the activities in the region.", "Antony Blinken"),
        ("And we will raise them with our partners,", "Antony Blinken"),
    ]


def test_an_indefinite_description_is_someone_new(make_doc) -> None:  # noqa: ANN001
    text = 'Sergei Lavrov spoke first.\n\nA senior official said the talks were "useful but hard."'
    assert quotes_with_speakers(run(make_doc, text)) == [("useful but hard.", None, None)]
    text = 'Sergei Lavrov spoke first.\n\nThe minister said the talks were "useful but hard."'
    assert quotes_with_speakers(run(make_doc, text)) == [("useful but hard.", "Sergei Lavrov", 0)]


def test_a_pronoun_prefers_the_subject_of_the_antecedent_sentence(make_doc) -> None:  # noqa: ANN001
    text = 'Antony Blinken met Sergei Lavrov in Reykjavik.\n\n"It went well," he said.'
    assert quotes_with_speakers(run(make_doc, text)) == [("It went well,", "Antony Blinken", 0)]
    text = 'The talks with Sergei Lavrov were long.\n\n"It went well," he said.'
    assert quotes_with_speakers(run(make_doc, text)) == [("It went well,", "Sergei Lavrov", text.index("Sergei"))]


def test_an_unattributed_title_in_quotes_is_not_a_quote(make_doc) -> None:  # noqa: ANN001
    text = 'The newspaper "Kommersant" reported it. He read "War and Peace" twice.\n\n"Nobody said so," Lavrov said.'
    got = quotes_with_speakers(run(make_doc, text))
    assert [(q, s) for q, s, _ in got] == [("Nobody said so,", "Lavrov")]
    # an attributed one-word quotation stays: "describing Putin as a "Killer"" has a speaker
    text = 'Joe Biden described Putin as a "Killer" on Tuesday.'
    assert quotes_with_speakers(run(make_doc, text)) == [("Killer", "Joe Biden", 0)]


def test_a_role_with_the_name_in_apposition_is_that_person(make_doc) -> None:  # noqa: ANN001
    text = "Residents objected. Its chairman, Tom Ashworth-Lee, said: ‘Nobody here is against new homes.’"
    assert quotes_with_speakers(run(make_doc, text)) == [
        ("Nobody here is against new homes.", "Tom Ashworth-Lee", text.index("Tom"))
    ]


def test_a_hyphenated_name_the_model_missed_stays_whole(make_doc) -> None:  # noqa: ANN001
    text = "‘We have listened to every concern,’ Ms Hart-Davies told the meeting."
    ((_, speaker, _),) = quotes_with_speakers(run(make_doc, text))
    assert speaker is not None and speaker.endswith("Hart-Davies")


def test_a_pronoun_agrees_in_gender_with_an_honorific(make_doc) -> None:  # noqa: ANN001
    text = (
        "Ms Jane Holloway chaired the meeting. Mr Tom Briggs spoke first.\n\n"
        "“We will appeal,” she said."
    )
    ((_, speaker, _),) = quotes_with_speakers(run(make_doc, text))
    assert speaker is not None and speaker.endswith("Holloway")


def test_the_speaker_is_the_person_of_the_reporting_verb_further_up(make_doc) -> None:  # noqa: ANN001
    text = (
        "Security researcher Karl-Heinz Vogt found the files. Vogt told this website that the attackers had "
        "posted a sample on Monday “to prove they are serious.”"
    )
    ((_, speaker, _),) = quotes_with_speakers(run(make_doc, text))
    assert speaker is not None and speaker.endswith("Vogt")


def test_a_cue_in_the_next_paragraph_is_not_the_cue(make_doc) -> None:  # noqa: ANN001
    # the parser may hang a paragraph-final quotation on the next paragraph's verb: that verb is not its cue
    text = (
        '"We will rebuild the hall," Edda Morland said. "It will take a year."\n\n'
        'Piet Vranckx, the architect, told the board the roof was "beyond repair."'
    )
    got = quotes_with_speakers(run(make_doc, text))
    assert [(q, s) for q, s, _ in got] == [
        ("We will rebuild the hall,", "Edda Morland"),
        ("It will take a year.", "Edda Morland"),
        ("beyond repair.", "Piet Vranckx"),
    ]


def test_a_role_description_refers_to_the_person_given_that_role(make_doc) -> None:  # noqa: ANN001
    text = (
        "Judge Marta Okonjo heard the case against Colin Treadway on Monday.\n\n"
        'Treadway said nothing. "The harm here was deliberate," the judge said.'
    )
    ((quote, speaker, _),) = quotes_with_speakers(run(make_doc, text))
    assert quote == "The harm here was deliberate," and speaker is not None and speaker.endswith("Okonjo")
    # an abbreviated title counts too: "Cllr" is a councillor
    text = "Cllr Rhodri Pask raised it with Fenella Ashby.\n\nAshby nodded. ‘We will find the money,’ said the councillor."
    ((_, speaker, _),) = quotes_with_speakers(run(make_doc, text))
    assert speaker is not None and speaker.endswith("Pask")


def test_one_unnamed_person_and_their_pronoun_have_no_speaker(make_doc) -> None:  # noqa: ANN001
    text = (
        "Minister Arvid Lindqvist left early.\n\n"
        '"This is a down payment," said one European diplomat, who asked not to be named.\n\n'
        "One longtime volunteer, who did not give her name, had mixed feelings.\n\n"
        '"It will not fill the shelves," she said.'
    )
    got = quotes_with_speakers(run(make_doc, text))
    assert [s for _, s, _ in got] == [None, None]


def test_a_surname_subject_is_that_person_whatever_the_model_typed_it(make_doc) -> None:  # noqa: ANN001
    # "Bell" is often typed ORG (the company); the text names a person Bell, so the speaker is that person
    text = 'Defense attorney Marcus Bell asked for probation.\n\n"She wants to repay every cent," Bell said.'
    ((_, speaker, start),) = quotes_with_speakers(run(make_doc, text))
    assert speaker is not None and speaker.endswith("Bell")


def test_an_inherited_speaker_is_that_persons_nearest_mention(make_doc) -> None:  # noqa: ANN001
    text = (
        '"The fund is empty," Hana Dvorak told the court. "It was emptied slowly.\n\n'
        '"And nobody noticed for two years."\n\n'
        "Dvorak said the losses came to light in March."
    )
    got = quotes_with_speakers(run(make_doc, text))
    assert [s for _, s, _ in got] == ["Hana Dvorak", "Hana Dvorak", "Dvorak"]
    assert got[2][2] == text.rindex("Dvorak")


def test_a_colon_gives_the_quotation_to_the_subject_of_its_clause(make_doc) -> None:  # noqa: ANN001
    text = 'Dr. Marta Kowalska led the study.\n\nKowalska put it bluntly: "Children near busy roads are sicker."'
    ((_, speaker, start),) = quotes_with_speakers(run(make_doc, text))
    assert speaker is not None and speaker.endswith("Kowalska") and start == text.rindex("Kowalska")
    # a clause whose subject is not a person gives no speaker
    text = 'Marta Kowalska led the study.\n\nThe report concluded: "Children near busy roads are sicker."'
    assert [s for _, s, _ in quotes_with_speakers(run(make_doc, text))] == [None]


def test_an_age_description_refers_back_and_a_split_hyphenated_surname_is_joined(make_doc) -> None:  # noqa: ANN001
    text = 'Coach Lena Smith was tired.\n\n"I had nothing left," the 45-year-old said.'
    ((_, speaker, _),) = quotes_with_speakers(run(make_doc, text))
    assert speaker is not None and speaker.endswith("Smith")
    # the model may end a person at the hyphen ("Alan Mehta-" + "Singh" typed GPE): the surname is the whole word
    text = 'Crown prosecutor Alan Mehta-Singh spoke first.\n\n"He knew what he was doing," Mehta-Singh told the jury.'
    ((_, speaker, start),) = quotes_with_speakers(run(make_doc, text))
    assert (speaker, start) == ("Mehta-Singh", text.rindex("Mehta-Singh"))


def test_a_surname_two_people_share_has_no_gender(make_doc) -> None:  # noqa: ANN001
    # "Mr. Okafor" is the victim Jordan Okafor; his sister Grace Okafor is "she"
    text = (
        "Jordan Okafor died in March. Mr. Okafor was 24. His sister, Grace Okafor, spoke outside.\n\n"
        '"He went out to buy milk," she said.'
    )
    ((_, speaker, _),) = quotes_with_speakers(run(make_doc, text))
    assert speaker == "Grace Okafor"


def test_an_unnamed_role_continued_by_the_role_has_no_speaker(make_doc) -> None:  # noqa: ANN001
    text = (
        "The ruins date from the era of Ramon Castellanos.\n\n"
        'An official at the ministry said the dispute was "about money." '
        '"Everybody knows this," the official said.'
    )
    assert [s for _, s, _ in quotes_with_speakers(run(make_doc, text))] == [None, None]


def test_a_person_beside_a_subjectless_verb_is_the_speaker(make_doc, monkeypatch) -> None:  # noqa: ANN001
    # the parser sometimes leaves "said" with no subject (it hangs the name elsewhere); simulate that
    # parse, so that only the words around the verb can name the speaker
    from newsgold.extractors import quotes

    monkeypatch.setattr(quotes, "_subject", lambda verb, quote_tokens: None)
    text = (
        "The bill passed on Tuesday.\n\n"
        '"Two years ago we could not get a hearing," said Tanya Rhodes, director of the coalition.\n\n'
        '"Every dollar lands on a water bill," the group\'s president, Gregory Pallone, said.'
    )
    got = [s for _, s, _ in quotes_with_speakers(run(make_doc, text))]
    assert got == ["Tanya Rhodes", "Gregory Pallone"]


def test_who_makes_a_mistyped_subject_a_person(make_doc) -> None:  # noqa: ANN001
    # in this sentence the model types the surname ORG ("WTA" nearby); the "who" clause says it is a person
    text = "The final ended late.\n\n“I am proud of the week,” said Wójcik, who was appearing in her third WTA final."
    ((_, speaker, _),) = quotes_with_speakers(run(make_doc, text))
    assert speaker == "Wójcik"


def test_unattributed_titles_and_terms_are_not_quotes_but_chants_and_cued_words_are(make_doc) -> None:  # noqa: ANN001
    text = (
        "“Still Life with Lemon, Oysters and a Drowned Clock” has been lent by a collector. "
        'Fire risk was rated "very high" for much of the region.\n\n'
        'The crowd chanted "Sweep! Sweep!" as the game ended. '
        'The ministry recommended "online translation tools" for applicants.'
    )
    got = [q for q, _, _ in quotes_with_speakers(run(make_doc, text))]
    assert got == ["Sweep! Sweep!", "online translation tools"]


def test_a_quote_paragraph_after_reported_speech_is_the_reported_speakers(make_doc) -> None:  # noqa: ANN001
    text = (
        "Head coach Siobhan Kerr-Whitelaw said her side had been second best for long spells.\n\n"
        "“I told them at the break that we had been too passive.\n\n"
        "“We’re not getting carried away.”\n\n"
        "She joined the club in May.\n\n"
        "“Nobody planned this.”"
    )
    got = quotes_with_speakers(run(make_doc, text))
    name = text.index("Siobhan")
    assert got[:2] == [
        ("I told them at the break that we had been too passive.", "Siobhan Kerr-Whitelaw", name),
        ("We’re not getting carried away.", "Siobhan Kerr-Whitelaw", name),
    ]
    assert got[2][1] is None  # "joined the club" reports nothing (and the quote does not open a sentence after hers)


def test_a_pronoun_does_not_refer_to_a_person_whose_given_name_is_the_other_gender(make_doc) -> None:  # noqa: ANN001
    text = (
        "Maria Castellanos led the choir for decades. Her friend Theodore Brandt ran the bakery next door.\n\n"
        "“Singing kept us together,” she said."
    )
    got = quotes_with_speakers(run(make_doc, text))
    assert got == [("Singing kept us together,", "Maria Castellanos", text.index("Maria"))]


def test_a_cue_subject_further_than_a_later_mention_gives_way_to_it(make_doc) -> None:  # noqa: ANN001
    text = (
        'Prosecutor Kendra Oyelaran wrote in a brief that the emails "would have invited the jury to speculate."\n\n'
        "Oyelaran said on Monday that the office was reviewing the decision."
    )
    got = quotes_with_speakers(run(make_doc, text))
    assert got == [("would have invited the jury to speculate.", "Oyelaran", text.index("\n\nOyelaran") + 2)]


def test_the_spokesperson_after_a_possessed_unnamed_one_has_no_named_speaker(make_doc) -> None:  # noqa: ANN001
    text = (
        'Finance Minister Jonas Bühler said he would not back down.\n\n'
        "The chancellor's spokesperson sought to play down the row. "
        '"The coalition will govern until 2029," the spokesperson told a news conference.'
    )
    got = quotes_with_speakers(run(make_doc, text))
    assert got == [("The coalition will govern until 2029,", None, None)]


def test_a_name_in_apposition_to_a_role_in_apposition_is_the_speaker(make_doc) -> None:  # noqa: ANN001
    text = (
        "Mathieu Van den Broeck, the booksellers' president, was in the room.\n\n"
        "“It is a book that smells of salt,” said the jury’s president, the historian Éliane de Saint-Aubin-Lacroix."
    )
    got = quotes_with_speakers(run(make_doc, text))
    assert got == [("It is a book that smells of salt,", "Éliane de Saint-Aubin-Lacroix", text.index("Éliane"))]


def test_titles_in_a_closing_list_of_sources_are_not_quotes(make_doc) -> None:  # noqa: ANN001
    text = (
        '"The valley is safe," said Anna Berger.\n\n'
        "Sources\n\n"
        '* Lukas Prantl. "Landslide blocks river in western Austria, village emptied" — Alpine Press Service, '
        "September 13, 2016\n"
    )
    got = quotes_with_speakers(run(make_doc, text))
    assert [(q, s) for q, s, _ in got] == [("The valley is safe,", "Anna Berger")]
