"""Cue words in and around a name decide its label (newsgold/extractors/name_cues.py), on hand-built parses.

Each Doc is built by hand (words, part of speech, heads, entity labels; the
``parsed`` fixture), so the rule is tested on the model labels given here,
whatever a model would say.
"""

from __future__ import annotations

import pytest

from newsgold.extractors.entities import entity_mentions
from newsgold.extractors.name_cues import (
    byline_names,
    cue_label,
    dateline_places,
    described_orgs,
    party_mentions,
    platform_mentions,
    source_outlets,
)


def mentions(doc) -> list[tuple[str, str]]:  # noqa: ANN001
    return [(doc.text[s:e], label) for s, e, label in entity_mentions(doc)]


NEWSPAPER = [
    ("He", "PRON", 1, "nsubj", "O"),
    ("told", "VERB", 1, "ROOT", "O"),
    ("the", "DET", 3, "det", "O"),
    ("newspaper", "NOUN", 1, "dobj", "O"),
    ("Kortrijk", "PROPN", 5, "compound", "B-PERSON"),
    ("Dagblad", "PROPN", 3, "appos", "I-PERSON"),
    (".", "PUNCT", 1, "punct", "O"),
    ("Kortrijk", "PROPN", 8, "compound", "B-PERSON"),
    ("Dagblad", "PROPN", 9, "nsubj", "I-PERSON"),
    ("agreed", "VERB", 9, "ROOT", "O"),
    (".", "PUNCT", 9, "punct", "O"),
]


def test_a_description_noun_before_a_name_makes_it_an_organisation_at_every_mention(parsed) -> None:  # noqa: ANN001
    doc = parsed(NEWSPAPER)
    assert cue_label(doc, 4, 6, "PERSON") == "ORG"
    assert mentions(doc) == [("Kortrijk Dagblad", "ORG"), ("Kortrijk Dagblad", "ORG")]


def test_a_group_noun_after_a_place_typed_name_makes_it_an_organisation(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("the", "DET", 2, "det", "O"),
            ("Andara", "PROPN", 2, "compound", "B-GPE"),
            ("bloc", "NOUN", 3, "nsubj", "O"),
            ("met", "VERB", 3, "ROOT", "O"),
            ("in", "ADP", 3, "prep", "O"),
            ("Lima", "PROPN", 4, "pobj", "B-GPE"),
            (";", "PUNCT", 3, "punct", "O"),
            ("Andara", "PROPN", 8, "nsubj", "B-GPE"),
            ("agreed", "VERB", 3, "conj", "O"),
            (".", "PUNCT", 8, "punct", "O"),
        ]
    )
    assert mentions(doc) == [("Andara", "ORG"), ("Lima", "GPE"), ("Andara", "ORG")]


def test_a_person_or_a_country_before_a_team_or_firm_word_keeps_its_label(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("the", "DET", 2, "det", "O"),
            ("Biden", "PROPN", 2, "compound", "B-PERSON"),
            ("team", "NOUN", 3, "nsubj", "O"),
            ("said", "VERB", 3, "ROOT", "O"),
            ("Iceland", "PROPN", 5, "compound", "B-GPE"),
            ("firms", "NOUN", 3, "dobj", "O"),
            ("grew", "VERB", 3, "conj", "O"),
        ]
    )
    assert mentions(doc) == [("Biden", "PERSON"), ("Iceland", "GPE")]


def test_an_organisation_suffix_makes_a_name_an_organisation(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Fenwick", "PROPN", 1, "compound", "B-PERSON"),
            ("Rovers", "PROPN", 2, "nsubj", "I-PERSON"),
            ("lost", "VERB", 2, "ROOT", "O"),
            ("to", "ADP", 2, "prep", "O"),
            ("Brightwater", "PROPN", 5, "compound", "B-GPE"),
            ("Health", "PROPN", 3, "pobj", "I-GPE"),
        ]
    )
    assert mentions(doc) == [("Fenwick Rovers", "ORG"), ("Brightwater Health", "ORG")]


def test_a_role_right_before_a_name_makes_it_a_person(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Ambassador", "PROPN", 2, "compound", "O"),
            ("Timur", "PROPN", 2, "compound", "B-ORG"),
            ("Rashidov", "PROPN", 3, "nsubj", "I-ORG"),
            ("thanked", "VERB", 3, "ROOT", "O"),
            ("the", "DET", 5, "det", "O"),
            ("minister", "NOUN", 3, "dobj", "O"),
            ("Arctic", "PROPN", 7, "compound", "B-ORG"),
            ("Council", "PROPN", 5, "appos", "I-ORG"),
        ]
    )
    # a role before an organisation's name ("the minister Arctic Council") does not make it a person
    assert mentions(doc) == [("Timur Rashidov", "PERSON"), ("Arctic Council", "ORG")]


def test_dateline_places_are_the_capitalised_places_that_open_a_wire_dateline() -> None:
    from newsgold.extractors.name_cues import dateline_places

    text = (
        "Storm hits coast\n\nPORT LOUIS, Mauritius, Feb. 3 (Harbour Wire) — Ships stayed in port.\n\n"
        "KIGALI, 4 March 2025 - Talks resumed.\n\nParis, he said - was calm.\n\nNASA said so, again - twice."
    )
    assert [text[a:b] for a, b in dateline_places(text)] == ["PORT LOUIS", "KIGALI"]


def test_a_dateline_place_the_model_missed_is_a_place(parsed) -> None:  # noqa: ANN001
    rows = [
        ("SOLVANG", "PROPN", 2, "npadvmod", "O"),
        (",", "PUNCT", 2, "punct", "O"),
        ("May", "PROPN", 2, "npadvmod", "B-DATE"),
        ("20", "NUM", 2, "nummod", "I-DATE"),
        ("—", "PUNCT", 2, "punct", "I-DATE"),
        ("Fenwick", "PROPN", 6, "compound", "I-DATE"),
        ("Rovers", "PROPN", 7, "nsubj", "O"),
        ("won", "VERB", 7, "ROOT", "O"),
    ]
    doc = parsed(rows)
    assert doc.text.startswith("SOLVANG, May 20 —")
    assert ("SOLVANG", "GPE") in mentions(doc)


def test_a_dateline_without_a_comma_and_its_agency() -> None:
    from newsgold.extractors.name_cues import dateline_agencies, dateline_places

    text = "Board votes\n\nHALIFAX — Teachers will be paid.\n\nLIMA (Andes Wire) – Talks resumed.\n\nNo - dateline."
    assert [text[a:b] for a, b in dateline_places(text)] == ["HALIFAX", "LIMA"]
    assert [text[a:b] for a, b in dateline_agencies(text)] == ["Andes Wire"]


def test_an_administrative_place_noun_makes_a_name_a_place(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Rain", "NOUN", 1, "nsubj", "O"),
            ("hit", "VERB", 1, "ROOT", "O"),
            ("Tarrowen", "PROPN", 3, "compound", "B-PERSON"),
            ("county", "NOUN", 1, "dobj", "O"),
            ("near", "ADP", 1, "prep", "O"),
            ("the", "DET", 6, "det", "O"),
            ("town", "NOUN", 4, "pobj", "O"),
            ("of", "ADP", 6, "prep", "O"),
            ("Belmarra", "PROPN", 7, "pobj", "B-ORG"),
            (";", "PUNCT", 1, "punct", "O"),
            ("Chilean", "ADJ", 11, "amod", "B-NORP"),
            ("city", "NOUN", 12, "nsubj", "O"),
            ("officials", "NOUN", 1, "conj", "O"),
            (".", "PUNCT", 1, "punct", "O"),
        ]
    )
    assert cue_label(doc, 2, 3, "PERSON") == "GPE"
    assert cue_label(doc, 8, 9, "ORG") == "GPE"
    assert cue_label(doc, 10, 11, "NORP") is None  # a nationality before "city" stays NORP
    assert ("Tarrowen", "GPE") in mentions(doc) and ("Belmarra", "GPE") in mentions(doc)


def test_a_name_in_apposition_to_a_family_or_role_noun_is_a_person(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Her", "PRON", 1, "poss", "O"),
            ("daughter", "NOUN", 7, "nsubj", "O"),
            (",", "PUNCT", 1, "punct", "O"),
            ("Ane", "PROPN", 5, "compound", "B-ORG"),
            ("Uriarte", "PROPN", 5, "compound", "I-ORG"),
            ("Lasa", "PROPN", 1, "appos", "I-ORG"),
            (",", "PUNCT", 1, "punct", "O"),
            ("said", "VERB", 7, "ROOT", "O"),
            (".", "PUNCT", 7, "punct", "O"),
        ]
    )
    assert mentions(doc) == [("Ane Uriarte Lasa", "PERSON")]


def test_a_company_called_a_leader_and_a_name_after_of_keep_their_label(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Huaxin", "PROPN", 1, "compound", "B-ORG"),
            ("Power", "PROPN", 6, "nsubj", "I-ORG"),
            (",", "PUNCT", 1, "punct", "O"),
            ("the", "DET", 5, "det", "O"),
            ("segment", "NOUN", 5, "compound", "O"),
            ("leader", "NOUN", 1, "appos", "O"),  # a company is a "leader" too
            ("grew", "VERB", 6, "ROOT", "O"),
            ("with", "ADP", 6, "prep", "O"),
            ("ETH", "PROPN", 9, "compound", "B-ORG"),
            ("Zurich", "PROPN", 7, "pobj", "I-ORG"),
            (",", "PUNCT", 9, "punct", "O"),
            ("a", "DET", 12, "det", "O"),
            ("researcher", "NOUN", 9, "appos", "O"),  # the parse hangs someone else's role on the object of "with"
        ]
    )
    assert mentions(doc) == [("Huaxin Power", "ORG"), ("ETH Zurich", "ORG")]


def _company_rows(after: list[tuple[str, str, int, str, str]]) -> list[tuple[str, str, int, str, str]]:
    """ "Kestrel Bay" typed PERSON, then what follows it (heads of ``after`` count from the name's head, index 1)."""
    return [("Kestrel", "PROPN", 1, "compound", "B-PERSON"), ("Bay", "PROPN", 1, "ROOT", "I-PERSON"), *after]


@pytest.mark.parametrize(
    "after",
    [
        [(",", "PUNCT", 1, "punct", "O"), ("which", "PRON", 4, "nsubj", "O"), ("grew", "VERB", 1, "relcl", "O")],
        [("’s", "PART", 1, "case", "O"), ("board", "NOUN", 1, "appos", "O"), ("met", "VERB", 1, "relcl", "O")],
        [("'s", "PART", 1, "case", "O"), ("chief", "ADJ", 4, "amod", "O"), ("executive", "NOUN", 1, "appos", "O")],
        [("shares", "NOUN", 1, "appos", "O"), ("rose", "VERB", 1, "relcl", "O")],
    ],
    ids=["which", "board", "chief-executive", "shares"],
)
def test_what_only_an_organisation_has_makes_a_person_typed_name_an_organisation(parsed, after) -> None:  # noqa: ANN001
    doc = parsed(_company_rows(after))
    assert cue_label(doc, 0, 2, "PERSON") == "ORG"
    assert mentions(doc)[0] == ("Kestrel Bay", "ORG")


def test_a_persons_own_things_leave_the_person(parsed) -> None:  # noqa: ANN001
    for noun in ("wife", "spokesman", "chairman"):  # a politician has a spokesman; "chairman" is a title
        doc = parsed(_company_rows([("’s", "PART", 1, "case", "O"), (noun, "NOUN", 1, "appos", "O")]))
        assert cue_label(doc, 0, 2, "PERSON") is None
    doc = parsed(_company_rows([(",", "PUNCT", 1, "punct", "O"), ("who", "PRON", 1, "nsubj", "O")]))
    assert cue_label(doc, 0, 2, "PERSON") is None


def test_shares_of_or_a_stake_in_a_name_make_it_a_company(parsed) -> None:  # noqa: ANN001
    for noun, prep in (("shares", "of"), ("stake", "in")):
        doc = parsed(
            [
                (noun, "NOUN", 0, "ROOT", "O"),
                (prep, "ADP", 0, "prep", "O"),
                ("Iskra", "PROPN", 1, "pobj", "B-PERSON"),
                ("rose", "VERB", 0, "relcl", "O"),
            ]
        )
        assert cue_label(doc, 2, 3, "PERSON") == "ORG"
    doc = parsed([("a", "DET", 1, "det", "O"), ("photo", "NOUN", 1, "ROOT", "O"), ("of", "ADP", 1, "prep", "O"),
                  ("Iskra", "PROPN", 2, "pobj", "B-PERSON")])
    assert cue_label(doc, 3, 4, "PERSON") is None


def test_an_organisation_noun_in_apposition_after_the_name(parsed) -> None:  # noqa: ANN001
    rows = [
        ("Iskra", "PROPN", 5, "nsubj", "B-PERSON"),
        (",", "PUNCT", 0, "punct", "O"),
        ("a", "DET", 3, "det", "O"),
        ("studio", "NOUN", 0, "appos", "O"),
        (",", "PUNCT", 0, "punct", "O"),
        ("grew", "VERB", 5, "ROOT", "O"),
    ]
    assert cue_label(parsed(rows), 0, 1, "PERSON") == "ORG"
    rows[3] = ("sculptor", "NOUN", 0, "appos", "O")
    assert cue_label(parsed(rows), 0, 1, "PERSON") is None


def test_the_first_words_of_a_companys_name_are_the_company(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Kansai", "PROPN", 2, "compound", "B-ORG"),
            ("Semiconductor", "PROPN", 2, "compound", "I-ORG"),
            ("Holdings", "PROPN", 3, "nsubj", "I-ORG"),
            ("rose", "VERB", 3, "ROOT", "O"),
            (";", "PUNCT", 3, "punct", "O"),
            ("Kansai", "PROPN", 6, "compound", "B-PERSON"),
            ("Semi", "PROPN", 7, "nsubj", "I-PERSON"),  # cut short
            ("fell", "VERB", 3, "conj", "O"),
            (";", "PUNCT", 7, "punct", "O"),
            ("Corvane", "PROPN", 10, "compound", "B-ORG"),
            ("Games", "PROPN", 11, "nsubj", "I-ORG"),
            ("won", "VERB", 7, "conj", "O"),
            (";", "PUNCT", 11, "punct", "O"),
            ("Corvane", "PROPN", 14, "nsubj", "B-PERSON"),
            ("lost", "VERB", 11, "conj", "O"),
        ]
    )
    assert mentions(doc) == [
        ("Kansai Semiconductor Holdings", "ORG"),
        ("Kansai Semi", "ORG"),
        ("Corvane Games", "ORG"),
        ("Corvane", "ORG"),
    ]


def test_the_place_a_local_body_is_named_after_stays_what_it_was(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Bellinga", "PROPN", 2, "compound", "B-ORG"),
            ("Shire", "PROPN", 2, "compound", "I-ORG"),
            ("Council", "PROPN", 3, "nsubj", "I-ORG"),
            ("met", "VERB", 3, "ROOT", "O"),
            (";", "PUNCT", 3, "punct", "O"),
            ("Bellinga", "PROPN", 6, "nsubj", "B-PERSON"),
            ("voted", "VERB", 3, "conj", "O"),
        ]
    )
    assert mentions(doc)[1] == ("Bellinga", "PERSON")  # the model's label: the town is not the council


def test_byline_names_are_the_names_on_a_by_line() -> None:
    cases = {
        "x\nBy Hannah Verhoeven in Frankfurt and Luca Ferrante in London\n": ["Hannah Verhoeven", "Luca Ferrante"],
        "By DARLA HUTCHENS-MORROW Associated Press\r\n": ["DARLA HUTCHENS-MORROW"],
        "By Siobhán Ní Chonaola, Wednesday, 9 November 2022\n": ["Siobhán Ní Chonaola"],
        "By Koen van der Berg | Published 13th October 2022, 06:00": ["Koen van der Berg"],
        "By Tom Ashworth, BBC News, West Midlands": ["Tom Ashworth"],
        "By 11 a.m. the typhoon had weakened.\n": [],  # a sentence
        "By Christmas Day, shops had closed": [],  # lower-case words: a sentence
        "By Friday\n": [],  # one word: no name
        "Stand By Me, said Ann\n": [],  # not at a line's start
    }
    for text, names in cases.items():
        assert [text[s:e] for s, e in byline_names(text)] == names, text


def test_described_orgs_need_the_organisation_noun_to_end_the_description() -> None:
    text = "Ledgerly, a San Francisco startup that sells software. Ann Hale, a former bank manager, said so."
    assert [text[s:e] for s, e in described_orgs(text)] == ["Ledgerly"]


def test_platform_mentions_are_social_networks_names_outside_tags_and_addresses() -> None:
    cases = {
        "She posted on Instagram.": ["Instagram"],
        "#Twitter and @Facebook": [],
        "see twitter.com/x and facebook.com": [],
        "X, formerly Twitter, said": ["X", "Twitter"],
        "posted on X late": ["X"],
        "Type X here": [],  # a lone X is a letter
        "a YouTuber": [],
    }
    for text, names in cases.items():
        assert [text[s:e] for s, e in platform_mentions(text)] == names, text


def test_a_social_network_is_an_organisation_whatever_the_model_typed(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("She", "PRON", 1, "nsubj", "O"),
            ("posted", "VERB", 1, "ROOT", "O"),
            ("on", "ADP", 1, "prep", "O"),
            ("Instagram", "PROPN", 2, "pobj", "B-PERSON"),
            ("and", "CCONJ", 1, "cc", "O"),
            ("LinkedIn", "PROPN", 1, "conj", "O"),
        ]
    )
    assert mentions(doc) == [("Instagram", "ORG"), ("LinkedIn", "ORG")]


def test_a_club_prefix_a_company_form_and_a_lake_or_mountain_decide_the_label(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Sporting", "PROPN", 1, "compound", "B-PERSON"),
            ("Velayo", "PROPN", 2, "nsubj", "I-PERSON"),
            ("beat", "VERB", 2, "ROOT", "O"),
            ("Quenby", "PROPN", 5, "compound", "B-PERSON"),
            ("Holding", "PROPN", 5, "compound", "I-PERSON"),
            ("GmbH", "PROPN", 2, "dobj", "I-PERSON"),
            ("near", "ADP", 2, "prep", "O"),
            ("Lake", "PROPN", 8, "compound", "B-GPE"),
            ("Orrin", "PROPN", 6, "pobj", "I-GPE"),
            ("and", "CCONJ", 8, "cc", "O"),
            ("Lake", "PROPN", 11, "compound", "B-ORG"),
            ("Orrin", "PROPN", 12, "compound", "I-ORG"),
            ("Commission", "PROPN", 8, "conj", "I-ORG"),  # a body named after the lake stays an ORG
        ]
    )
    assert cue_label(doc, 0, 2, "PERSON") == "ORG"
    assert cue_label(doc, 3, 6, "PERSON") == "ORG"
    assert cue_label(doc, 7, 9, "GPE") == "LOC"
    assert cue_label(doc, 10, 13, "ORG") is None


def test_party_mentions_are_names_standing_for_a_party() -> None:
    cases = {
        "Labour MPs and the Liberal Democrats voted": ["Labour", "Liberal Democrats"],
        "a Fianna Fáil TD": ["Fianna Fáil"],
        "on Labour Day": [],
        "the Labour Party said": [],  # the longer name is the party's
        "the labour market": [],
    }
    for text, names in cases.items():
        assert [text[s:e] for s, e in party_mentions(text)] == names, text


def test_a_party_the_model_typed_a_person_or_missed_is_an_organisation(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Fianna", "PROPN", 1, "compound", "B-PERSON"),
            ("Fáil", "PROPN", 4, "nsubj", "I-PERSON"),
            ("and", "CCONJ", 1, "cc", "O"),
            ("Labour", "PROPN", 1, "conj", "O"),
            ("agreed", "VERB", 4, "ROOT", "O"),
        ]
    )
    assert mentions(doc) == [("Fianna Fáil", "ORG"), ("Labour", "ORG")]


def test_a_colon_dateline_counts_only_for_a_known_place() -> None:
    text = "HYDERABAD: The state cabinet met.\n\nUPDATE: the road reopened.\n\nLONDON, May 3 - More."
    assert [text[s:e] for s, e in dateline_places(text)] == ["HYDERABAD", "LONDON"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In Europe, it rained.", ["Europe"]),  # a sentence's first word before it is no name
        ("South Africa and Africa", ["Africa"]),  # the country is not the continent
        ("the Council of Europe met", []),  # the end of an organisation's name
        ("Pacific Gas and Electric", []),  # the start of a longer name
        ("across the Pacific Ocean", []),  # the model's own "Pacific Ocean" is left to it
        ("The Arctic is warming; Europe’s leaders met in Latin America and the Caribbean.",
         ["Arctic", "Europe", "Latin America", "Caribbean"]),
        ("Asia-Pacific trade and European ministers", []),  # inside a hyphenated word or a longer word
    ],
)
def test_world_regions_standing_alone(text: str, found: list[str]) -> None:
    from newsgold.extractors.name_cues import world_region_mentions

    assert [text[s:e] for s, e in world_region_mentions(text)] == found



# "In the west, the Semliki and Mpanga rivers burst their banks": the parse makes the first river the subject
LISTED_RIVERS = [
    ("the", "DET", 1, "det", "O"),
    ("Semliki", "PROPN", 5, "nsubj", "B-ORG"),
    ("and", "CCONJ", 1, "cc", "O"),
    ("Mpanga", "PROPN", 4, "compound", "B-PERSON"),
    ("rivers", "NOUN", 1, "conj", "O"),
    ("burst", "VERB", 5, "ROOT", "O"),
    ("their", "PRON", 7, "poss", "O"),
    ("banks", "NOUN", 5, "dobj", "O"),
    (".", "PUNCT", 5, "punct", "O"),
]


def test_names_listed_before_a_plural_feature_noun_are_locations_whatever_the_parse(parsed) -> None:  # noqa: ANN001
    assert mentions(parsed(LISTED_RIVERS)) == [("Semliki", "LOC"), ("Mpanga", "LOC")]
    companies = [(w, p, h, d, e) if w != "rivers" else ("shares", p, h, d, e) for w, p, h, d, e in LISTED_RIVERS]
    assert ("Semliki", "ORG") in mentions(parsed(companies))  # "the Semliki and Mpanga shares": no feature


def test_a_person_typed_name_ending_in_a_country_is_a_companys_national_arm(parsed) -> None:  # noqa: ANN001
    rows = [
        ("Savanna", "PROPN", 1, "nsubj", "B-ORG"),
        ("competes", "VERB", 1, "ROOT", "O"),
        ("with", "ADP", 1, "prep", "O"),
        ("Airtel", "PROPN", 4, "compound", "B-PERSON"),
        ("Kenya", "PROPN", 2, "pobj", "I-PERSON"),
        (".", "PUNCT", 1, "punct", "O"),
    ]
    assert ("Airtel Kenya", "ORG") in mentions(parsed(rows))
    player = [("Michael", *r[1:]) if r[0] == "Airtel" else ("Jordan", *r[1:]) if r[0] == "Kenya" else r for r in rows]
    assert ("Michael Jordan", "PERSON") in mentions(parsed(player))  # a given name first: a person


def test_source_outlets_are_read_from_sources_lines_and_credit_lines() -> None:
    text = (
        "He said “no” — Smith, who left, 2 May 2019\n"
        "Sources\n\n"
        '"Peru bus crash in Andes kills 19, injures dozens" — Peru Reports, February 12, 2017\r\n'
        "“Three candidates confirmed” — Southern Coast Courier, 4 September 2015\n"
        "* Lukas Prantl. \"Hangrutsch in Pians\" — Inntaler Rundschau, September 13, 2016\n"
        "By DARLA HUTCHENS-MORROW Associated Press\n"
        "By Rebecca Lindqvist, Court Reporter\n"
        "With reports from Reuters, AFP and El País.\n"
    )
    assert [text[a:b] for a, b in source_outlets(text)] == [
        "Peru Reports",
        "Southern Coast Courier",
        "Inntaler Rundschau",  # dev-26: a bullet and the author's name before the title
        "Associated Press",  # dev-7, dev-8, dev-15: the agency after an AP byline's name; a reporter's role is none
        "Reuters",
        "AFP",
        "El País",
    ]


def test_the_greens_are_a_party() -> None:
    # dev-16, dev-17, dev-20: "the Greens 5.2%", typed NORP; the gold of every development set has the party (ORG)
    text = "the Left Party 6.9% and the Greens 5.2%; village greens"
    assert [text[a:b] for a, b in party_mentions(text)] == ["Greens"]
