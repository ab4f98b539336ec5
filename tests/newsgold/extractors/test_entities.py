"""The spacy entity extractor: label mapping and the guidelines' span conventions, on written text."""

from __future__ import annotations

import pytest

from newsgold.extractors.entities import LABEL_MAP, SpacyEntityExtractor
from newsgold.schema import ENTITY_LABELS

pytestmark = pytest.mark.usefixtures("model")


def entities(make_doc, text: str) -> list[tuple[str, str]]:  # noqa: ANN001
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    return [(s.text, s.label) for s in doc.spans]


def test_label_map_targets_only_schema_entity_labels() -> None:
    assert set(LABEL_MAP.values()) == set(ENTITY_LABELS)
    assert "FAC" not in LABEL_MAP and "DATE" not in LABEL_MAP


def test_titles_determiners_and_secretary_of_state(make_doc) -> None:  # noqa: ANN001
    got = entities(make_doc, "President Joe Biden met U.S. Secretary of State Antony Blinken at the United Nations.")
    assert ("Joe Biden", "PERSON") in got and ("Antony Blinken", "PERSON") in got
    assert ("U.S.", "GPE") in got
    assert not any(text == "State" for text, _ in got)
    assert not any(text.startswith(("the ", "President")) for text, _ in got)


def test_possessive_is_excluded(make_doc) -> None:  # noqa: ANN001
    got = entities(
        make_doc, "Iceland’s capital hosted the talks. Since the beginning of Joe Biden's term, Biden's team has met."
    )
    assert ("Iceland", "GPE") in got
    assert ("Biden", "PERSON") in got and ("Joe Biden", "PERSON") in got
    assert not any("'s" in t or "’s" in t for t, _ in got)


def test_hyphenated_compounds_are_one_mention_per_name(make_doc) -> None:  # noqa: ANN001
    text = (
        "First US-Russia Meeting ahead of Biden-Putin Summit\n\n"
        "Joe Biden and Vladimir Putin will meet. The US and Russia disagree."
    )
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    headline = [(s.text, s.label) for s in doc.spans if s.end <= text.index("\n")]
    assert ("Biden", "PERSON") in headline and ("Putin", "PERSON") in headline
    assert ("US", "GPE") in headline and ("Russia", "GPE") in headline
    assert not any("-" in t for t, _ in headline)


def test_a_hyphenated_surname_found_again_stays_one_person(make_doc) -> None:  # noqa: ANN001
    # the model may type the bare surname ORG; it is the person's surname, not two people
    text = "Fraser Kerr-Whitelaw was pleased. Kerr-Whitelaw said the team would improve."
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    assert [(s.text, s.label) for s in doc.spans] == [("Fraser Kerr-Whitelaw", "PERSON"), ("Kerr-Whitelaw", "PERSON")]


def test_a_person_cut_at_the_hyphen_takes_the_whole_surname(make_doc) -> None:  # noqa: ANN001
    text = "Crown prosecutor Alan Mehta-Singh spoke first. Mehta-Singh then called the officer."
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    persons = [s.text for s in doc.spans if s.label == "PERSON"]
    assert persons == ["Alan Mehta-Singh", "Mehta-Singh"]
    assert not any(s.text == "Singh" for s in doc.spans)


def test_a_romanised_given_name_keeps_its_hyphenated_second_syllable(make_doc) -> None:  # noqa: ANN001
    # dev-17: "Choi Min-seok" ended at the hyphen ("Choi Min"); "Saudi-led" and "Kyoto-based" are not names
    text = (
        "Haneul Display CEO Choi Min-seok said sales would rise, and Yoon Ha-eun agreed. "
        "The Saudi-led coalition met a Kyoto-based maker."
    )
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    persons = [s.text for s in doc.spans if s.label == "PERSON"]
    assert persons == ["Choi Min-seok", "Yoon Ha-eun"]
    assert not any(s.text.endswith("-led") or s.text.endswith("-based") for s in doc.spans)


def test_a_description_before_an_honorific_is_not_part_of_the_name(make_doc) -> None:  # noqa: ANN001
    # dev-17: the model typed "Egyptologist Dr" PERSON before "Mona Youssef", and the two were joined
    text = 'Egyptologist Dr Mona Youssef of Cairo University said the necropolis was "far from exhausted."'
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    assert [s.text for s in doc.spans if s.label == "PERSON"] == ["Mona Youssef"]


def test_a_first_surname_the_model_left_untyped_joins_the_particles_after_it(make_doc) -> None:  # noqa: ANN001
    # dev-18: "Ana Belén" + an untyped "Sánchez" + "del Olmo" were two persons; "Pádraig Mac Giolla Rí" stays whole
    text = "Environment minister Ana Belén Sánchez del Olmo said the reservoirs were at 20 percent."
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    assert [s.text for s in doc.spans if s.label == "PERSON"] == ["Ana Belén Sánchez del Olmo"]
    text = "Cllr Pádraig Mac Giolla Rí (FF), who proposed the motion, said he had no difficulty with it."
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    assert [s.text for s in doc.spans if s.label == "PERSON"] == ["Pádraig Mac Giolla Rí"]


def test_a_quoted_nickname_is_inside_one_name(make_doc) -> None:  # noqa: ANN001
    # dev-18 (Philippine Daily Inquirer style): the model cut each name at the nickname and typed "Lourdes" a place
    text = (
        "City Councilor Ma. Lourdes “Malou” dela Cruz spoke first. The row has spilled over to the Senate. "
        "Sen. Rogelio “Jun” Patricio and Mayor Antonio “Toto” Sarmiento Jr. met on Monday."
    )
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    persons = [s.text for s in doc.spans if s.label == "PERSON"]
    assert persons == ["Ma. Lourdes “Malou” dela Cruz", "Rogelio “Jun” Patricio", "Antonio “Toto” Sarmiento Jr."]
    assert ("Senate", "ORG") in [(s.text, s.label) for s in doc.spans]


def test_a_one_word_name_after_the_is_a_feature_or_a_body_not_a_person(make_doc) -> None:  # noqa: ANN001
    # dev-18 "the Vistula" (PERSON, beside a "Vistula Waters" typed PERSON), dev-8 "the Matildas" and "the Nadeshiko"
    text = (
        "Under the new law, a body called Wody Wiślane (Vistula Waters) will take over the embankments along the river. "
        "“For too long the Vistula has been managed by a dozen different institutions,” said the minister. "
        "The Matildas came from behind in the second half to give the Matildas a first win over the Nadeshiko."
    )
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    labels = [(s.text, s.label) for s in doc.spans if s.text in ("Vistula", "Matildas")]
    assert labels == [("Vistula", "LOC"), ("Matildas", "ORG"), ("Matildas", "ORG")]
    # "the Nadeshiko": the base model typed it PERSON and the rule made it ORG; the fine-tuned NER types it GPE,
    # which this rule does not read (a known miss, docs/extractors.md "The fine-tuned NER")
    # a name before a noun is a modifier and may be a person's
    (doc,) = SpacyEntityExtractor().extract([make_doc("For three generations, the Reinholt family has grown wheat here.")])
    assert [(s.text, s.label) for s in doc.spans] == [("Reinholt", "PERSON")]


def test_an_events_name_is_no_entity(make_doc) -> None:  # noqa: ANN001
    # dev-18: the model typed "Nordic-Baltic Athletics Championships" and "Davis Cup" ORG; "BMJ Open" is a journal
    text = (
        "Day three of the Nordic-Baltic Athletics Championships was cold. He last played in the Davis Cup in 2019, "
        "and the study appeared in BMJ Open."
    )
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    names = [(s.text, s.label) for s in doc.spans if s.label != "DATE"]
    assert not any("Championships" in n or "Cup" in n for n, _ in names)
    # "BMJ Open", a journal, was one ORG with the base model; the fine-tuned NER cuts it to "BMJ" (a known miss,
    # docs/extractors.md "The fine-tuned NER"): no rule of this test is about it


def test_irish_names_with_their_particles_are_whole_persons(make_doc) -> None:  # noqa: ANN001
    # dev-19 (a Gaelic football report): "Seán Ó Súilleabháin" typed ORG, "C Ó" cut, scorers missed; "Mac Pro" no name
    text = (
        "A second-half goal from Seán Ó Súilleabháin settled it, while Ciarán Mac Amhlaoibh kicked two frees. "
        "Mr Ó Ceallaigh said Éamonn Ó Ceallacháin's side were ready.\n\nKerry: S Ó Súilleabháin 1-02, C Ó hAodha 0-06. "
        "Apple's Mac Pro sold well."
    )
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    persons = [s.text for s in doc.spans if s.label == "PERSON" and s.text != "Kerry"]
    assert persons == [
        "Seán Ó Súilleabháin", "Ciarán Mac Amhlaoibh", "Ó Ceallaigh", "Éamonn Ó Ceallacháin", "S Ó Súilleabháin", "C Ó hAodha"
    ]
    # the team before the scorer list ("Kerry:") is typed PERSON by the fine-tuned NER (a known miss,
    # docs/extractors.md "The fine-tuned NER"); no rule here decides it


def test_a_currency_before_an_amount_and_a_holiday_are_no_entities(make_doc) -> None:  # noqa: ANN001
    # dev-19: "NIS" and "TL 4.5B" typed ORG, "Eid" typed LOC; dev-13 "Diwali" typed GPE; "FTSE 100" keeps its name
    text = (
        "The plan will cost NIS 1.4 billion, and the fund holds TL 4.5B. Hotels in Jeddah were full for Eid, "
        "and shops in Mumbai stayed open during Diwali. The FTSE 100 rose."
    )
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    names = [s.text for s in doc.spans]
    assert not any(n.startswith(("NIS", "TL")) or n in ("Eid", "Diwali") for n in names)
    assert "Jeddah" in names and "Mumbai" in names


def test_a_feature_named_like_a_subdivision_stays_a_feature(make_doc) -> None:  # noqa: ANN001
    # dev-19: "Red Sea" (typed LOC) is also an Egyptian governorate's name, and the gazetteer made it GPE
    text = "Hotels along the Red Sea coast and in Jeddah reported full bookings, while the Red Sea resorts raised prices."
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    assert [(s.text, s.label) for s in doc.spans] == [("Red Sea", "LOC"), ("Jeddah", "GPE"), ("Red Sea", "LOC")]


def test_two_organisations_joined_by_a_romance_connector_are_one_name(make_doc) -> None:  # noqa: ANN001
    # dev-19: "Águas" + "do" + "Cerrado" were two ORGs
    text = (
        "Águas do Cerrado plans capital spending of 2.6 billion reais this year, almost double the 1.4 billion reais "
        "it invested in 2021, according to the filing."
    )
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    assert [s.text for s in doc.spans if s.label == "ORG"] == ["Águas do Cerrado"]


def test_a_name_along_the_is_a_feature_and_ranks_and_glued_amounts_are_no_names(make_doc) -> None:  # noqa: ANN001
    # dev-20: "along the Volga" (NORP), "Pol Col Somchai" and "SP Olasunkanmi Ajibade" kept their ranks,
    # "N50,000" typed ORG, "Songkran" typed GPE; "B3" (an exchange) and "along the US border" are left alone
    text = (
        "Rosstat figures show that regions along the Volga lost people. Troops were sent along the US border. "
        "The Police Public Relations Officer, SP Olasunkanmi Ajibade, said fines of N50,000 applied during Songkran, "
        "Pol Col Somchai Rattanakul said. Shares of Águas do Cerrado listed on the B3 fell."
    )
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    spans = [(s.text, s.label) for s in doc.spans]
    assert ("Volga", "LOC") in spans and ("US", "GPE") in spans
    assert ("Olasunkanmi Ajibade", "PERSON") in spans and ("Somchai Rattanakul", "PERSON") in spans
    assert not any(n in ("N50,000", "Songkran") for n, _ in spans)
    assert ("B3", "ORG") in spans  # a name with a short number is no glued amount


def test_an_administrative_divisions_name_is_a_gpe_and_a_bodys_is_not(make_doc) -> None:  # noqa: ANN001
    # dev-21: "Kharkiv Oblast" typed ORG, "Ashanti Region" LOC; a school district is a body (ORG_WORDS)
    text = (
        "Russian forces shelled boiler houses in Kharkiv Oblast on Tuesday. Turnout in the Ashanti Region fell, "
        "the Electoral Commission said. Students in the Maple Ridge Community School District returned."
    )
    spans = entities(make_doc, text)
    assert ("Kharkiv Oblast", "GPE") in spans and ("Ashanti Region", "GPE") in spans
    assert ("Maple Ridge Community School District", "GPE") not in spans


def test_a_bodys_name_cut_at_its_and_is_one_name_and_two_listed_bodies_stay_two(make_doc) -> None:  # noqa: ANN001
    # dev-13, dev-14: the model cut "Boise Planning" + "Zoning Commission" and a ministry before its portfolios
    text = (
        "The Boise Planning and Zoning Commission met on Monday. The Ministry of Finance, Planning and Economic "
        "Development said prices rose. Researchers at the University of Edinburgh and Tohoku University agreed."
    )
    spans = entities(make_doc, text)
    assert ("Boise Planning and Zoning Commission", "ORG") in spans
    assert ("Ministry of Finance, Planning and Economic Development", "ORG") in spans
    assert ("University of Edinburgh", "ORG") in spans and ("Tohoku University", "ORG") in spans


def test_words_before_a_name_and_a_headlines_words_after_it_are_not_part_of_it(make_doc) -> None:  # noqa: ANN001
    # dev-20, dev-21: "Rosstat Data Shows Exodus" (a Title Case headline), "national Economy Ministry"
    text = (
        "Duma Deputy Proposes Tax Holiday for Shrinking Siberian Towns as Rosstat Data Shows Exodus\n\n"
        "Rosstat said on Monday that people left. "
        "The national Economy Ministry disagreed, and its Office of Defects Investigation began work."
    )
    spans = entities(make_doc, text)
    assert ("Rosstat", "ORG") in spans and not any(n.startswith("Rosstat ") for n, _ in spans)
    assert ("Economy Ministry", "ORG") in spans
    assert not any(n.startswith(("national", "its")) for n, _ in spans)


def test_a_place_before_a_leaders_title_is_a_gpe(make_doc) -> None:  # noqa: ANN001
    # dev-5, dev-7, dev-20: "Kitakyushu" left untyped, "Kapuas Regent" typed PERSON, "But Waipā" at a sentence's start
    text = (
        "Kitakyushu Mayor Nakahara Yoshiko said the plant would open. But Waipā Mayor Hēmi Tautahi disagreed. "
        "Kapuas Regent Ahmad Syarifuddin said on Tuesday that roads were cut."
    )
    spans = entities(make_doc, text)
    assert ("Kitakyushu", "GPE") in spans and ("Waipā", "GPE") in spans and ("Kapuas", "GPE") in spans
    assert ("Nakahara Yoshiko", "PERSON") in spans and ("Ahmad Syarifuddin", "PERSON") in spans


def test_a_climate_pattern_and_a_square_are_no_entities(make_doc) -> None:  # noqa: ANN001
    # dev-5, dev-13, dev-19: "El Niño" typed GPE or LOC, "Plaza de Armas" LOC
    text = "Protesters gathered in the Plaza de Armas in Lima on Monday as El Niño brought rain to Peru."
    spans = entities(make_doc, text)
    assert not any(n.startswith(("Plaza", "El Ni")) for n, _ in spans)
    assert ("Lima", "GPE") in spans and ("Peru", "GPE") in spans


def test_a_country_named_with_and_a_town_of_two_words_and_a_river_along_the_are_whole(make_doc) -> None:  # noqa: ANN001
    # dev-22: "Bosnia" + "Herzegovina" (two GPEs), "Banja Luka" typed LOC, "the Elbe" typed GPE where
    # "along the Elbe" shows the river
    text = (
        "The government of Bosnia and Herzegovina met in Banja Luka on Monday. Cargo traffic on the Elbe came to a "
        "standstill, and habitats along the Elbe, whose course is protected, would suffer."
    )
    spans = entities(make_doc, text)
    assert ("Bosnia and Herzegovina", "GPE") in spans and ("Banja Luka", "GPE") in spans
    assert [label for name, label in spans if name == "Elbe"] == ["LOC", "LOC"]


def test_a_person_cut_in_two_is_one_name(make_doc) -> None:  # noqa: ANN001
    # the model may split a name ("Aoife" + "Kenny-Walsh") or stop before a rare surname ("Arturo" + "Peñalver")
    text = "It was said by Cllr Aoife Kenny-Walsh. Arturo Peñalver lost the final. Later, Peñalver spoke."
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    persons = [s.text for s in doc.spans if s.label == "PERSON"]
    assert persons == ["Aoife Kenny-Walsh", "Arturo Peñalver", "Peñalver"]
    # two people side by side are always separated: a comma or "and" keeps them apart
    text = "Joe Biden and Vladimir Putin met in Geneva."
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    assert [s.text for s in doc.spans if s.label == "PERSON"] == ["Joe Biden", "Vladimir Putin"]


def test_a_party_before_a_members_title_is_an_org_and_the_member_a_person(make_doc) -> None:  # noqa: ANN001
    text = "Sinn Féin TD Róisín Geraghty objected. It was said by BRS MLA Mr. K. Raghavender Rao at the office."
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    got = [(s.text, s.label) for s in doc.spans]
    assert ("Sinn Féin", "ORG") in got and ("Róisín Geraghty", "PERSON") in got
    assert ("BRS", "ORG") in got and ("K. Raghavender Rao", "PERSON") in got
    assert not any("TD" in t or "MLA" in t for t, _ in got)


def test_a_members_constituency_is_a_gpe(make_doc) -> None:  # noqa: ANN001
    text = "Lib Dem MP for Bath Sophie Kendrick objected. Harriet Fenwick-Lowe, the Conservative MP for Stroud, agreed."
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    got = [(s.text, s.label) for s in doc.spans]
    assert ("Bath", "GPE") in got and ("Sophie Kendrick", "PERSON") in got and ("Stroud", "GPE") in got


def test_a_name_keeps_a_bracket_it_opens(make_doc) -> None:  # noqa: ANN001
    text = "The CPI(M) walked out of the assembly on Tuesday."
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    assert ("CPI(M)", "ORG") in [(s.text, s.label) for s in doc.spans]


def test_a_compound_of_unknown_names_is_left_alone(make_doc) -> None:  # noqa: ANN001
    got = entities(make_doc, "Rolls-Royce said on Monday that it will build engines.")
    assert not any(t in ("Rolls", "Royce") for t, _ in got)


def test_surname_mentions_follow_the_full_name(make_doc) -> None:  # noqa: ANN001
    text = "Russian Foreign Minister Sergei Lavrov arrived. Lavrov 17 had warned Western countries."
    got = entities(make_doc, text)
    assert got.count(("Lavrov", "PERSON")) == 1 and ("Sergei Lavrov", "PERSON") in got
    assert ("Russian", "NORP") in got


def test_only_schema_labels_and_spans_carry_their_text(make_doc) -> None:  # noqa: ANN001
    text = "On May 19, 2021, eight ministers met in Reykjavik; the Golden Gate Bridge was closed for 3 hours."
    (doc,) = SpacyEntityExtractor().extract([make_doc(text)])
    assert {s.label for s in doc.spans} <= set(ENTITY_LABELS)
    assert all(text[s.start : s.end] == s.text for s in doc.spans)
    assert len({s.id for s in doc.spans}) == len(doc.spans)


def test_description_in_apposition_is_split_from_the_name() -> None:
    """The model's one ORG over "Dutch college Hogeschool Zeeland" is a NORP and the name."""
    words = ["Ana", "Ruiz", ",", "a", "lecturer", "at", "Dutch", "college", "Hogeschool", "Zeeland", ","]
    words += ["said", "so", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O"]
    tags = ["NNP", "NNP", ",", "DT", "NN", "IN", "JJ", "NN", "NNP", "NNP", ",", "VBD", "RB", "."]
    got = _mentions(_doc(words, ents, tags=tags))
    assert ("Dutch", "NORP") in got and ("Hogeschool Zeeland", "ORG") in got
    assert not any("college" in t for t, _ in got)


def _doc(  # noqa: ANN202
    words: list[str], ents: list[str], pos: list[str] | None = None, tags: list[str] | None = None
):
    """A hand-built Doc: the rules are tested on the labels given here, whatever the model would say."""
    import spacy
    from spacy.tokens import Doc

    spaces = [w not in (",",) and i + 1 < len(words) and words[i + 1] not in (",", "(", ".") for i, w in enumerate(words)]
    return Doc(
        spacy.blank("en").vocab, words=words, spaces=spaces, ents=ents, pos=pos or ["PROPN"] * len(words), tags=tags
    )


def _mentions(doc) -> list[tuple[str, str]]:  # noqa: ANN001
    from newsgold.extractors.entities import entity_mentions

    return [(doc.text[s:e], label) for s, e, label in entity_mentions(doc)]


def test_the_form_of_a_name_decides_org_and_place() -> None:
    words = ["Castellan", "Container", "Line", "docked", "in", "Kagoshima", "."]
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O"]
    got = _mentions(_doc(words, ents, ["PROPN", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"]))
    assert got == [("Castellan Container Line", "ORG"), ("Kagoshima", "GPE")]


def test_a_wire_dateline_place_in_capitals_is_a_place() -> None:
    words = ["ROTTERDAM", ",", "Netherlands", "-", "Dockers", "struck", "."]
    ents = ["B-PERSON", "O", "B-GPE", "O", "O", "O", "O"]
    assert ("ROTTERDAM", "GPE") in _mentions(_doc(words, ents))


def test_name_particles_stay_inside_the_surname() -> None:
    words = ["Minister", "Margreet", "van", "den", "Berg", "said", "so", "."]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "O", "O", "O"]
    pos = ["NOUN", "PROPN", "PROPN", "X", "PROPN", "VERB", "ADV", "PUNCT"]
    assert _mentions(_doc(words, ents, pos)) == [("Margreet van den Berg", "PERSON")]


def test_a_facility_name_is_no_entity_and_a_trailing_common_noun_is_not_part_of_a_name(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Fans", "NOUN", 1, "nsubj", "O"),
            ("met", "VERB", 1, "ROOT", "O"),
            ("at", "ADP", 1, "prep", "O"),
            ("Harlow", "PROPN", 4, "compound", "B-ORG"),
            ("Arena", "PROPN", 2, "pobj", "I-ORG"),
            ("near", "ADP", 1, "prep", "O"),
            ("Tavira", "PROPN", 7, "compound", "B-PERSON"),
            ("prefecture", "NOUN", 5, "pobj", "I-PERSON"),
        ]
    )
    assert _mentions(doc) == [("Tavira", "GPE")]  # "prefecture" goes; after "near", a one-word name is a place


def test_names_found_once_are_found_again_with_their_short_forms(parsed) -> None:  # noqa: ANN001
    rows = [
        ("Dean", "PROPN", 1, "compound", "B-PERSON"),
        ("Okafor", "PROPN", 2, "nsubj", "I-PERSON"),
        ("joined", "VERB", 2, "ROOT", "O"),
        ("Ashford", "PROPN", 4, "compound", "B-ORG"),
        ("Rovers", "PROPN", 2, "dobj", "I-ORG"),
        (".", "PUNCT", 2, "punct", "O"),
        ("Okafor", "PROPN", 7, "nsubj", "O"),
        ("put", "VERB", 7, "ROOT", "O"),
        ("Rovers", "PROPN", 7, "dobj", "O"),
        ("ahead", "ADV", 7, "advmod", "O"),
        (";", "PUNCT", 7, "punct", "O"),
        ("Dean", "PROPN", 12, "nsubj", "O"),
        ("smiled", "VERB", 7, "conj", "O"),
        ("and", "CCONJ", 12, "cc", "O"),
        ("Ashford", "PROPN", 15, "compound", "O"),
        ("Rovers", "PROPN", 12, "conj", "O"),
        ("won", "VERB", 12, "conj", "O"),
        (".", "PUNCT", 7, "punct", "O"),
    ]
    assert _mentions(parsed(rows)) == [
        ("Dean Okafor", "PERSON"),
        ("Ashford Rovers", "ORG"),
        ("Okafor", "PERSON"),
        ("Rovers", "ORG"),
        ("Dean", "PERSON"),
        ("Ashford Rovers", "ORG"),
    ]


def test_propagation_keeps_hyphenated_surnames_whole_and_adds_a_given_name(parsed) -> None:  # noqa: ANN001
    rows = [
        ("Eleanor", "PROPN", 3, "compound", "B-PERSON"),
        ("Hart", "PROPN", 3, "compound", "I-PERSON"),
        ("-", "PUNCT", 3, "punct", "I-PERSON"),
        ("Davies", "PROPN", 4, "nsubj", "I-PERSON"),
        ("spoke", "VERB", 4, "ROOT", "O"),
        (";", "PUNCT", 4, "punct", "O"),
        ("Hart", "PROPN", 8, "compound", "O"),
        ("-", "PUNCT", 8, "punct", "O"),
        ("Davies", "PROPN", 9, "nsubj", "O"),
        ("agreed", "VERB", 4, "conj", "O"),
        ("with", "ADP", 9, "prep", "O"),
        ("Ana", "PROPN", 13, "compound", "O"),
        ("Lima", "PROPN", 13, "compound", "O"),
        ("Vaz", "PROPN", 10, "pobj", "O"),
        (".", "PUNCT", 4, "punct", "O"),
        ("Lima", "PROPN", 16, "compound", "B-PERSON"),
        ("Vaz", "PROPN", 17, "nsubj", "I-PERSON"),
        ("left", "VERB", 17, "ROOT", "O"),
    ]
    doc = parsed(rows)
    got = _mentions(doc)
    assert ("Hart-Davies", "PERSON") in got
    assert ("Ana Lima Vaz", "PERSON") in got and ("Lima Vaz", "PERSON") in got
    assert not any(t in ("Davies", "Vaz") for t, _ in got)


def test_no_propagation_into_hyphenated_words_longer_names_or_product_codes(parsed) -> None:  # noqa: ANN001
    rows = [
        ("Scientology", "PROPN", 1, "nsubj", "B-ORG"),
        ("sued", "VERB", 1, "ROOT", "O"),
        ("IE6", "PROPN", 1, "dobj", "B-ORG"),
        (".", "PUNCT", 1, "punct", "O"),
        ("Scientology", "PROPN", 6, "compound", "O"),
        ("-", "PUNCT", 6, "punct", "O"),
        ("related", "ADJ", 7, "amod", "O"),
        ("jobs", "NOUN", 7, "nsubj", "O"),
        ("need", "VERB", 7, "ROOT", "O"),
        ("IE6", "PROPN", 8, "dobj", "O"),
        ("at", "ADP", 7, "prep", "O"),
        ("Scientology", "PROPN", 12, "compound", "O"),
        ("Tower", "PROPN", 10, "pobj", "O"),
    ]
    assert _mentions(parsed(rows)) == [("Scientology", "ORG"), ("IE6", "ORG")]


def test_an_acronym_in_brackets_after_the_name_it_spells_takes_its_label(parsed) -> None:  # noqa: ANN001
    rows = [
        ("the", "DET", 3, "det", "O"),
        ("Harbour", "PROPN", 3, "compound", "B-ORG"),
        ("Safety", "PROPN", 3, "compound", "I-ORG"),
        ("Board", "PROPN", 8, "nsubj", "I-ORG"),
        ("(", "PUNCT", 5, "punct", "O"),
        ("HSB", "PROPN", 3, "appos", "B-GPE"),
        (")", "PUNCT", 5, "punct", "O"),
        ("and", "CCONJ", 3, "cc", "O"),
        ("met", "VERB", 8, "ROOT", "O"),
        ("the", "DET", 12, "det", "O"),
        ("Port", "PROPN", 12, "compound", "B-ORG"),
        ("Authority", "PROPN", 12, "compound", "I-ORG"),
        ("(", "PUNCT", 13, "punct", "O"),
        ("XYZ", "PROPN", 8, "dobj", "O"),
        (")", "PUNCT", 13, "punct", "O"),
        (";", "PUNCT", 8, "punct", "O"),
        ("HSB", "PROPN", 17, "nsubj", "O"),
        ("agreed", "VERB", 8, "conj", "O"),
    ]
    got = _mentions(parsed(rows))
    assert got.count(("HSB", "ORG")) == 2  # the bracketed one relabelled, the later one found again
    assert not any(t == "XYZ" for t, _ in got)  # does not spell "Port Authority"


def test_an_institution_named_word_of_place_is_one_org(parsed) -> None:  # noqa: ANN001
    """ "the Municipality of Tavira" (model: only "Tavira" GPE) and the FAC "the Port of Setubal" are ORG names."""
    rows = [
        ("the", "DET", 1, "det", "O"),
        ("Municipality", "PROPN", 4, "nsubj", "O"),
        ("of", "ADP", 1, "prep", "O"),
        ("Tavira", "PROPN", 2, "pobj", "B-GPE"),
        ("sued", "VERB", 4, "ROOT", "O"),
        ("the", "DET", 6, "det", "B-FAC"),
        ("Port", "PROPN", 4, "dobj", "I-FAC"),
        ("of", "ADP", 6, "prep", "I-FAC"),
        ("Setubal", "PROPN", 7, "pobj", "I-FAC"),
        ("near", "ADP", 4, "prep", "O"),
        ("Tavira", "PROPN", 9, "pobj", "B-GPE"),
    ]
    assert _mentions(parsed(rows)) == [("Municipality of Tavira", "ORG"), ("Port of Setubal", "ORG"), ("Tavira", "GPE")]


def test_a_caption_label_is_not_the_end_of_a_name(parsed) -> None:  # noqa: ANN001
    rows = [
        ("Fans", "NOUN", 1, "nsubj", "O"),
        ("greet", "VERB", 1, "ROOT", "O"),
        ("Ana", "PROPN", 4, "compound", "B-PERSON"),
        ("Lima", "PROPN", 4, "compound", "I-PERSON"),
        ("Image", "PROPN", 1, "dobj", "I-PERSON"),
        (":", "PUNCT", 4, "punct", "O"),
        ("Nick", "PROPN", 7, "compound", "B-PERSON"),
        ("Moreau", "PROPN", 4, "appos", "I-PERSON"),
    ]
    assert _mentions(parsed(rows)) == [("Ana Lima", "PERSON"), ("Nick Moreau", "PERSON")]


def test_a_name_in_a_list_of_places_is_a_place(parsed) -> None:  # noqa: ANN001
    rows = [
        ("Films", "NOUN", 1, "nsubj", "O"),
        ("came", "VERB", 1, "ROOT", "O"),
        ("from", "ADP", 1, "prep", "O"),
        ("Glasgow", "PROPN", 2, "pobj", "B-GPE"),
        (",", "PUNCT", 3, "punct", "O"),
        ("Dublin", "PROPN", 3, "conj", "B-GPE"),
        ("and", "CCONJ", 5, "cc", "O"),
        ("Tromso", "PROPN", 5, "conj", "B-PERSON"),
    ]
    assert _mentions(parsed(rows)) == [("Glasgow", "GPE"), ("Dublin", "GPE"), ("Tromso", "GPE")]


def test_a_one_word_person_does_not_outvote_the_place_elsewhere(parsed) -> None:  # noqa: ANN001
    """ "came to Valdivia" (PERSON) does not make "in Valdivia" (a place after "in") a person."""
    rows = [
        ("She", "PRON", 1, "nsubj", "O"),
        ("came", "VERB", 1, "ROOT", "O"),
        ("to", "ADP", 1, "prep", "O"),
        ("Valdivia", "PROPN", 2, "pobj", "B-PERSON"),
        (";", "PUNCT", 1, "punct", "O"),
        ("envoys", "NOUN", 8, "nsubj", "O"),
        ("in", "ADP", 5, "prep", "O"),
        ("Valdivia", "PROPN", 6, "pobj", "B-PERSON"),
        ("agreed", "VERB", 1, "conj", "O"),
        ("in", "ADP", 8, "prep", "O"),
        ("Valdivia", "PROPN", 9, "pobj", "B-GPE"),
    ]
    assert {label for _, label in _mentions(parsed(rows))} == {"GPE"}


def test_a_place_after_a_preposition_decides_the_persons_of_its_name(parsed) -> None:  # noqa: ANN001
    """dev-3: "their homes and Leyburn" (PERSON) beside "in Leyburn" (GPE after "in") is the town; "a stake in Iskra"
    (GPE) places nothing, so "Iskra" typed PERSON elsewhere is left as it is."""
    rows = [
        ("Buses", "NOUN", 1, "nsubj", "O"),
        ("link", "VERB", 1, "ROOT", "O"),
        ("homes", "NOUN", 1, "dobj", "O"),
        ("and", "CCONJ", 2, "cc", "O"),
        ("Leyburn", "PROPN", 2, "conj", "B-PERSON"),
        (";", "PUNCT", 1, "punct", "O"),
        ("pupils", "NOUN", 7, "nsubj", "O"),
        ("live", "VERB", 1, "conj", "O"),
        ("in", "ADP", 7, "prep", "O"),
        ("Leyburn", "PROPN", 8, "pobj", "B-GPE"),
        (".", "PUNCT", 7, "punct", "O"),
    ]
    assert _mentions(parsed(rows)) == [("Leyburn", "GPE"), ("Leyburn", "GPE")]
    rows = [
        ("Iskra", "PROPN", 1, "nsubj", "B-PERSON"),
        ("sold", "VERB", 1, "ROOT", "O"),
        ("a", "DET", 3, "det", "O"),
        ("stake", "NOUN", 1, "dobj", "O"),
        ("in", "ADP", 3, "prep", "O"),
        ("Iskra", "PROPN", 4, "pobj", "B-GPE"),
        (".", "PUNCT", 1, "punct", "O"),
    ]
    assert _mentions(parsed(rows))[0] == ("Iskra", "PERSON")


def test_an_unknown_name_listed_with_a_place_or_after_a_place_preposition_is_a_place(parsed) -> None:  # noqa: ANN001
    """dev-21: "in Dnipro and Zaporizhzhia" (PERSON beside a GPE); dev-18: "in Barangays Tañong, Catmon and Tonsuya" (a
    list after "in", all typed PERSON). A line-up of PERSON names keeps them persons."""
    rows = [
        ("Plants", "NOUN", 1, "nsubj", "O"),
        ("stand", "VERB", 1, "ROOT", "O"),
        ("in", "ADP", 1, "prep", "O"),
        ("Dnipro", "PROPN", 2, "pobj", "B-GPE"),
        ("and", "CCONJ", 3, "cc", "O"),
        ("Zaporizhzhia", "PROPN", 3, "conj", "B-PERSON"),
        (".", "PUNCT", 1, "punct", "O"),
    ]
    assert _mentions(parsed(rows)) == [("Dnipro", "GPE"), ("Zaporizhzhia", "GPE")]
    rows = [
        ("Crews", "NOUN", 1, "nsubj", "O"),
        ("came", "VERB", 1, "ROOT", "O"),
        ("from", "ADP", 1, "prep", "O"),
        ("Tañong", "PROPN", 2, "pobj", "B-PERSON"),
        (",", "PUNCT", 3, "punct", "O"),
        ("Catmon", "PROPN", 3, "conj", "B-PERSON"),
        ("and", "CCONJ", 5, "cc", "O"),
        ("Tonsuya", "PROPN", 5, "conj", "B-PERSON"),
        (".", "PUNCT", 1, "punct", "O"),
    ]
    assert {label for _, label in _mentions(parsed(rows))} == {"GPE"}
    rows = [
        ("Mensah", "PROPN", 3, "nsubj", "B-PERSON"),
        (",", "PUNCT", 0, "punct", "O"),
        ("Owusu", "PROPN", 0, "conj", "B-PERSON"),
        ("played", "VERB", 3, "ROOT", "O"),
        (".", "PUNCT", 3, "punct", "O"),
    ]
    assert {label for _, label in _mentions(parsed(rows))} == {"PERSON"}


def test_a_one_word_name_after_the_in_a_sentence_about_a_river_is_a_feature(parsed) -> None:  # noqa: ANN001
    """dev-14: "the Brahmaputra" typed ORG beside "floodwaters"; an acronym after "the" ("the NDRF") stays a body."""
    rows = [
        ("The", "DET", 1, "det", "O"),
        ("Brahmaputra", "PROPN", 2, "nsubj", "B-ORG"),
        ("flooded", "VERB", 2, "ROOT", "O"),
        ("islands", "NOUN", 2, "dobj", "O"),
        ("and", "CCONJ", 2, "cc", "O"),
        ("the", "DET", 6, "det", "O"),
        ("NDRF", "PROPN", 7, "nsubj", "B-ORG"),
        ("sent", "VERB", 2, "conj", "O"),
        ("boats", "NOUN", 7, "dobj", "O"),
        ("into", "ADP", 7, "prep", "O"),
        ("floodwaters", "NOUN", 9, "pobj", "O"),
        (".", "PUNCT", 2, "punct", "O"),
    ]
    assert _mentions(parsed(rows)) == [("Brahmaputra", "LOC"), ("NDRF", "ORG")]


def test_a_common_word_opening_a_sentence_is_no_person_and_madam_is_a_title(parsed) -> None:  # noqa: ANN001
    """dev-19: "Saltwater intrusion" typed PERSON where the text also writes "saltwater"; dev-21: "Madam Agbeko"."""
    rows = [
        ("Saltwater", "PROPN", 1, "nsubj", "B-PERSON"),
        ("spread", "VERB", 1, "ROOT", "O"),
        (".", "PUNCT", 1, "punct", "O"),
        ("Madam", "PROPN", 4, "compound", "B-PERSON"),
        ("Agbeko", "PROPN", 5, "nsubj", "I-PERSON"),
        ("blamed", "VERB", 5, "ROOT", "O"),
        ("saltwater", "NOUN", 5, "dobj", "O"),
        (".", "PUNCT", 5, "punct", "O"),
    ]
    assert _mentions(parsed(rows)) == [("Agbeko", "PERSON")]


def test_a_common_word_opening_a_sentence_is_no_organisation(parsed) -> None:  # noqa: ANN001
    """dev-24: "Buses will run every 15 minutes" typed ORG where the text also writes "buses"; a name the text never
    writes in lower case stays."""
    rows = [
        ("Buses", "PROPN", 1, "nsubj", "B-ORG"),
        ("run", "VERB", 1, "ROOT", "O"),
        (".", "PUNCT", 1, "punct", "O"),
        ("Iskra", "PROPN", 4, "nsubj", "B-ORG"),
        ("bought", "VERB", 4, "ROOT", "O"),
        ("buses", "NOUN", 4, "dobj", "O"),
        (".", "PUNCT", 4, "punct", "O"),
    ]
    assert _mentions(parsed(rows)) == [("Iskra", "ORG")]


def test_a_time_zone_after_a_clock_time_is_no_organisation(parsed) -> None:  # noqa: ANN001
    """dev-17, dev-25, dev-26: "Posted: Jan 18, 2024 5:00 AM CST", "(1740 UTC)" typed ORG; an ORG after a word that is
    no clock time stays."""
    rows = [
        ("Posted", "VERB", 0, "ROOT", "O"),
        ("at", "ADP", 0, "prep", "O"),
        ("5:00", "NUM", 3, "nummod", "O"),
        ("AM", "NOUN", 1, "pobj", "O"),
        ("CST", "PROPN", 3, "appos", "B-ORG"),
        ("(", "PUNCT", 0, "punct", "O"),
        ("1740", "NUM", 7, "nummod", "O"),
        ("UTC", "PROPN", 0, "appos", "B-ORG"),
        (")", "PUNCT", 0, "punct", "O"),
        ("by", "ADP", 0, "prep", "O"),
        ("Iskra", "PROPN", 9, "pobj", "B-ORG"),
        (".", "PUNCT", 0, "punct", "O"),
    ]
    assert _mentions(parsed(rows)) == [("Iskra", "ORG")]


def test_a_hyphenated_town_listed_with_a_place_is_a_place_beside_a_hyphenated_person(parsed) -> None:  # noqa: ANN001
    """The hyphen token of "Anne-Marie Duval" is no word of a person's name that "Waikouaiti-Chalmers" could share."""
    rows = [
        ("Anne", "PROPN", 3, "compound", "B-PERSON"),
        ("-", "PUNCT", 3, "punct", "I-PERSON"),
        ("Marie", "PROPN", 3, "compound", "I-PERSON"),
        ("Duval", "PROPN", 4, "nsubj", "I-PERSON"),
        ("lived", "VERB", 4, "ROOT", "O"),
        ("in", "ADP", 4, "prep", "O"),
        ("Lévis", "PROPN", 5, "pobj", "B-GPE"),
        ("and", "CCONJ", 6, "cc", "O"),
        ("Waikouaiti", "PROPN", 10, "compound", "B-PERSON"),
        ("-", "PUNCT", 10, "punct", "I-PERSON"),
        ("Chalmers", "PROPN", 6, "conj", "I-PERSON"),
        (".", "PUNCT", 4, "punct", "O"),
    ]
    assert _mentions(parsed(rows))[-1] == ("Waikouaiti-Chalmers", "GPE")


def test_a_one_word_org_right_after_in_is_a_town_but_not_a_holding_or_a_body(parsed) -> None:  # noqa: ANN001
    """dev-16, dev-22: "a state election in Saxony-Anhalt", "the National Assembly in Yeouido" typed ORG; "a stake in
    Iskra" and "in Parliament" stay ORG."""
    rows = [
        ("Voters", "NOUN", 1, "nsubj", "O"),
        ("met", "VERB", 1, "ROOT", "O"),
        ("in", "ADP", 1, "prep", "O"),
        ("Yeouido", "PROPN", 2, "pobj", "B-ORG"),
        (",", "PUNCT", 1, "punct", "O"),
        ("in", "ADP", 1, "prep", "O"),
        ("Parliament", "PROPN", 5, "pobj", "B-ORG"),
        ("and", "CCONJ", 1, "cc", "O"),
        ("bought", "VERB", 1, "conj", "O"),
        ("a", "DET", 10, "det", "O"),
        ("stake", "NOUN", 8, "dobj", "O"),
        ("in", "ADP", 10, "prep", "O"),
        ("Iskra", "PROPN", 11, "pobj", "B-ORG"),
        (".", "PUNCT", 1, "punct", "O"),
    ]
    assert _mentions(parsed(rows)) == [("Yeouido", "GPE"), ("Parliament", "ORG"), ("Iskra", "ORG")]


def test_storms_are_no_entities_and_features_are_locations(parsed) -> None:  # noqa: ANN001
    rows = [
        ("Typhoon", "PROPN", 1, "compound", "B-PERSON"),
        ("Mirei", "PROPN", 2, "nsubj", "I-PERSON"),
        ("reached", "VERB", 2, "ROOT", "O"),
        ("the", "DET", 5, "det", "O"),
        ("Fenner", "PROPN", 5, "compound", "B-ORG"),
        ("Channel", "PROPN", 2, "dobj", "I-ORG"),
        (";", "PUNCT", 2, "punct", "O"),
        ("Mirei", "PROPN", 8, "nsubj", "B-ORG"),
        ("weakened", "VERB", 2, "conj", "O"),
    ]
    assert _mentions(parsed(rows)) == [("Fenner Channel", "LOC")]


def test_a_storms_name_is_no_person_where_the_model_leaves_out_its_storm_word(parsed) -> None:  # noqa: ANN001
    """dev, dev-17: "Typhoon Nanmadol" read as PERSON "Nanmadol", and "Dindo was expected to leave" later; a person
    whose name never follows a storm word stays."""
    rows = [
        ("Typhoon", "PROPN", 1, "compound", "O"),
        ("Nanmadol", "PROPN", 2, "nsubj", "B-PERSON"),
        ("hit", "VERB", 2, "ROOT", "O"),
        ("Ana", "PROPN", 4, "compound", "B-PERSON"),
        ("Reyes", "PROPN", 2, "dobj", "I-PERSON"),
        (";", "PUNCT", 2, "punct", "O"),
        ("Nanmadol", "PROPN", 7, "nsubj", "B-PERSON"),
        ("weakened", "VERB", 2, "conj", "O"),
    ]
    assert _mentions(parsed(rows)) == [("Ana Reyes", "PERSON")]


def test_a_playing_position_before_a_players_name_is_no_part_of_it(parsed) -> None:  # noqa: ANN001
    """dev-14, dev-17: "Hooker Liam O'Dwyer scored" read as one PERSON; a position alone (a surname) stays a name."""
    rows = [
        ("Hooker", "PROPN", 2, "compound", "B-PERSON"),
        ("Liam", "PROPN", 2, "compound", "I-PERSON"),
        ("Dwyer", "PROPN", 3, "nsubj", "I-PERSON"),
        ("scored", "VERB", 3, "ROOT", "O"),
        ("and", "CCONJ", 3, "cc", "O"),
        ("Hooker", "PROPN", 6, "nsubj", "B-PERSON"),
        ("cheered", "VERB", 3, "conj", "O"),
    ]
    assert _mentions(parsed(rows)) == [("Liam Dwyer", "PERSON"), ("Hooker", "PERSON")]


def test_an_opening_preposition_and_a_trailing_role_are_not_part_of_a_name(parsed) -> None:  # noqa: ANN001
    rows = [
        ("Inside", "ADP", 4, "prep", "B-ORG"),
        ("Hillview", "PROPN", 3, "compound", "I-ORG"),
        ("Public", "PROPN", 3, "compound", "I-ORG"),
        ("School", "PROPN", 0, "pobj", "I-ORG"),
        ("one", "NUM", 4, "nsubj", "O"),
        ("Rural", "PROPN", 6, "compound", "B-ORG"),
        ("Alliance", "PROPN", 7, "compound", "I-ORG"),
        ("MP", "PROPN", 8, "nsubj", "I-ORG"),
        ("abstained", "VERB", 8, "ROOT", "O"),
    ]
    assert _mentions(parsed(rows)) == [("Hillview Public School", "ORG"), ("Rural Alliance", "ORG")]


def test_a_label_the_text_decides_outvotes_the_models_guess(parsed) -> None:  # noqa: ANN001
    """ "Tarbes board" typed PERSON once and "in Tarbes" (a place by its preposition) once: GPE, not a tie."""
    rows = [
        ("Tarbes", "PROPN", 1, "compound", "B-PERSON"),
        ("board", "NOUN", 2, "nsubj", "O"),
        ("met", "VERB", 2, "ROOT", "O"),
        ("in", "ADP", 2, "prep", "O"),
        ("Tarbes", "PROPN", 3, "pobj", "B-PERSON"),
    ]
    assert _mentions(parsed(rows)) == [("Tarbes", "GPE"), ("Tarbes", "GPE")]


def test_a_dateline_place_typed_person_is_a_place_and_club_names_recur_as_nouns(parsed) -> None:  # noqa: ANN001
    rows = [
        ("KELSO", "PROPN", 2, "nsubj", "B-PERSON"),
        ("—", "PUNCT", 2, "punct", "O"),
        ("Fenwick", "PROPN", 4, "compound", "B-ORG"),
        ("Rovers", "PROPN", 5, "nsubj", "I-ORG"),
        ("lost", "VERB", 5, "ROOT", "O"),
        ("after", "ADP", 5, "prep", "O"),
        ("Okafor", "PROPN", 8, "nsubj", "O"),
        ("put", "VERB", 6, "pcomp", "O"),
        ("Rovers", "NOUN", 8, "dobj", "O"),
        ("ahead", "ADV", 8, "advmod", "O"),
    ]
    got = _mentions(parsed(rows))
    assert ("KELSO", "GPE") in got and got.count(("Rovers", "ORG")) == 1 and ("Fenwick Rovers", "ORG") in got


def _apply_rule(rule, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:  # noqa: ANN001
    """Run one entity rule on hand-made mentions (surface, model label, in text order) of a parsed text."""
    from newsgold.extractors import nlp as nlp_mod
    from newsgold.extractors.entities import _Mention

    (doc,) = nlp_mod.parse([text])
    mentions, pos = [], 0
    for surface, label in spans:  # each is looked for after the one before
        pos = text.index(surface, pos)
        span = doc.char_span(pos, pos + len(surface))
        mentions.append(_Mention(span.start, span.end, label))
        pos += len(surface)
    return [(doc[m.start : m.end].text, m.label) for m in rule(doc, mentions)]


def _mention_labels(make_doc, text: str, spans: list[tuple[str, str]]) -> dict[str, str]:  # noqa: ANN001
    from newsgold.extractors.entities import _relabel_known_places

    return dict(_apply_rule(_relabel_known_places, text, spans))


def test_a_known_place_typed_org_or_multiword_person_is_gpe(make_doc) -> None:  # noqa: ANN001
    text = "Fans queued outside a Ballarat bakery, and the Treaty of Punta Arenas was signed by Tom Reed."
    got = _mention_labels(make_doc, text, [("Ballarat", "ORG"), ("Punta Arenas", "PERSON"), ("Tom Reed", "PERSON")])
    assert got == {"Ballarat": "GPE", "Punta Arenas": "GPE", "Tom Reed": "PERSON"}


def test_a_known_place_is_left_alone_where_the_text_says_otherwise(make_doc) -> None:  # noqa: ANN001
    text = "Ballarat said that Ballarat Health will pay. Lewis Hamilton won, Hamilton said. Texas wept."
    got = _mention_labels(
        make_doc,
        text,
        [("Ballarat", "ORG"), ("Ballarat Health", "ORG"), ("Lewis Hamilton", "PERSON"), ("Hamilton", "ORG"),
         ("Texas", "PERSON")],
    )
    assert got["Ballarat"] == "ORG"  # the short form of a company's name in the document
    assert got["Hamilton"] == "ORG"  # a word of a person's name in the document
    assert got["Texas"] == "GPE"  # a one-word PERSON typed so once is corrected


def test_an_organisation_name_goes_on_over_of_and_a_place(make_doc) -> None:  # noqa: ANN001
    from newsgold.extractors.entities import _join_org_of_place

    text = "The Maritime Safety Board of the Netherlands and the Harbour Trust of Ghana met."
    got = _apply_rule(
        _join_org_of_place,
        text,
        [("Maritime Safety Board", "ORG"), ("Netherlands", "GPE"), ("Harbour Trust", "ORG"), ("Ghana", "GPE")],
    )
    assert sorted(got) == [("Harbour Trust of Ghana", "ORG"), ("Maritime Safety Board of the Netherlands", "ORG")]


def test_a_name_with_its_own_place_or_of_does_not_take_another(make_doc) -> None:  # noqa: ANN001
    from newsgold.extractors.entities import _join_org_of_place

    text = "Researchers at Ohio Dental College of the US and the Academy of Arts of France agreed."
    spans = [("Ohio Dental College", "ORG"), ("US", "GPE"), ("Academy of Arts", "ORG"), ("France", "GPE")]
    assert sorted(_apply_rule(_join_org_of_place, text, spans)) == sorted(spans)


def test_a_loc_that_is_a_country_or_subdivision_is_gpe_but_not_a_range(make_doc) -> None:  # noqa: ANN001
    text = "Ferries to the Faroe Islands stopped, and snow closed passes in the Andes."
    got = _mention_labels(make_doc, text, [("Faroe Islands", "LOC"), ("Andes", "LOC")])
    assert got == {"Faroe Islands": "GPE", "Andes": "LOC"}


def test_a_portfolio_before_secretary_or_minister_is_part_of_the_title(make_doc) -> None:  # noqa: ANN001
    from newsgold.extractors import nlp as nlp_mod
    from newsgold.extractors.entities import _is_portfolio, _Mention

    text = "Fisheries Secretary Ann Holt met NATO Secretary General Tom Vale and the Harbour Board Minister."
    (doc,) = nlp_mod.parse([text])

    def mention(surface: str) -> _Mention:
        span = doc.char_span(text.index(surface), text.index(surface) + len(surface))
        return _Mention(span.start, span.end, "ORG")

    assert _is_portfolio(doc, mention("Fisheries"))
    assert not _is_portfolio(doc, mention("NATO"))  # an acronym is an organisation's name
    assert not _is_portfolio(doc, mention("Harbour Board"))  # so is a name with an organisation word
    assert not _is_portfolio(doc, mention("Ann Holt"))  # not before a title word


def test_a_name_goes_on_over_an_o_apostrophe_word(make_doc) -> None:  # noqa: ANN001
    from newsgold.extractors.entities import _extend_apostrophe_names

    text = "Ciarán O’Dwyer met Dana Reid at Villa D'Arcy. O’Dwyer left."
    got = _apply_rule(_extend_apostrophe_names, text, [("Ciarán", "PERSON"), ("Dana Reid", "PERSON"), ("Villa", "GPE")])
    assert got == [("Ciarán O’Dwyer", "PERSON"), ("Dana Reid", "PERSON"), ("Villa D'Arcy", "GPE")]


def test_the_o_apostrophe_surname_is_found_again(make_doc) -> None:  # noqa: ANN001
    from newsgold.extractors import nlp as nlp_mod
    from newsgold.extractors.entities import _Mention, _propagate_names

    text = "Ciarán O’Dwyer spoke. O’Dwyer left."
    (doc,) = nlp_mod.parse([text])
    full = doc.char_span(0, len("Ciarán O’Dwyer"))
    got = [(doc[m.start : m.end].text, m.label) for m in _propagate_names(doc, [_Mention(full.start, full.end, "PERSON")])]
    assert ("O’Dwyer", "PERSON") in got


def test_a_title_word_ending_a_hyphenated_place_stays(make_doc) -> None:  # noqa: ANN001
    from newsgold.extractors import nlp as nlp_mod
    from newsgold.extractors.entities import _Mention, _trim

    text = "Flights to Port-au-Prince resumed, the Harbour Authority chairman said."
    (doc,) = nlp_mod.parse([text])
    place = doc.char_span(text.index("Port"), text.index("Port") + len("Port-au-Prince"))
    org = doc.char_span(text.index("Harbour"), text.index(" said"))
    trimmed = _trim(doc, _Mention(place.start, place.end, "GPE"))
    assert doc[trimmed.start : trimmed.end].text == "Port-au-Prince"
    trimmed = _trim(doc, _Mention(org.start, org.end, "ORG"))
    assert doc[trimmed.start : trimmed.end].text == "Harbour Authority"  # a separate role word is still cut


def test_an_organisation_name_without_its_suffix_is_the_organisation(make_doc) -> None:  # noqa: ANN001
    from newsgold.extractors.entities import _org_short_forms

    text = "Talvik Brenner Logistics cut jobs; Talvik Brenner said the Ostra Navy and Ostra agreed."
    got = _apply_rule(
        _org_short_forms,
        text,
        [("Talvik Brenner Logistics", "ORG"), ("Talvik Brenner", "PERSON"), ("Ostra Navy", "ORG"), ("Ostra", "GPE")],
    )
    assert ("Talvik Brenner", "ORG") in got
    assert ("Ostra", "GPE") in got  # a place-typed short form is left alone


def test_a_founder_named_like_the_organisation_stays_a_person(make_doc) -> None:  # noqa: ANN001
    from newsgold.extractors.entities import _org_short_forms

    text = "Mira Castell runs the Castell Foundation. Castell said it would grow."
    spans = [("Mira Castell", "PERSON"), ("Castell Foundation", "ORG"), ("Castell", "PERSON")]
    assert _apply_rule(_org_short_forms, text, spans) == spans


def test_a_spaced_dash_ends_a_name_and_a_score_is_no_part_of_a_place(make_doc) -> None:  # noqa: ANN001
    from newsgold.extractors import nlp as nlp_mod
    from newsgold.extractors.entities import _Mention, _trim

    text = "Pool B — Norland 2 – 1 Vestria Republic. Tarrow-le-Moor won."
    (doc,) = nlp_mod.parse([text])

    def trimmed(surface: str, label: str) -> str:
        span = doc.char_span(text.index(surface), text.index(surface) + len(surface))
        t = _trim(doc, _Mention(span.start, span.end, label))
        return doc[t.start : t.end].text

    assert trimmed("Pool B — Norland", "ORG") == "Pool B"
    assert trimmed("1 Vestria Republic", "GPE") == "Vestria Republic"
    assert trimmed("Tarrow-le-Moor", "GPE") == "Tarrow-le-Moor"  # an unspaced hyphen is part of the name


def test_a_party_named_by_a_plural_after_the_is_an_organisation(make_doc) -> None:  # noqa: ANN001
    from newsgold.extractors.entities import _parties

    text = "The bill passed with the Free Democrats, though the Democrats and the Estonians objected."
    got = _apply_rule(_parties, text, [("Free Democrats", "NORP"), ("Democrats", "NORP"), ("Estonians", "NORP")])
    assert got == [("Free Democrats", "ORG"), ("Democrats", "NORP"), ("Estonians", "NORP")]


def test_a_city_named_company_acting_as_subject_stays_an_organisation(make_doc) -> None:  # noqa: ANN001
    from newsgold.extractors.entities import _relabel_known_places

    text = "Ballarat reported higher profits. Shares in Ballarat rose, and Paraguay said it would buy."
    got = _apply_rule(
        _relabel_known_places,
        text,
        [("Ballarat", "ORG"), ("Ballarat", "ORG"), ("Paraguay", "ORG")],
    )
    assert got == [("Ballarat", "ORG"), ("Ballarat", "ORG"), ("Paraguay", "GPE")]  # a country acts as a government


def test_a_two_word_name_opening_with_a_given_name_is_a_person(make_doc) -> None:  # noqa: ANN001
    from newsgold.extractors.entities import _relabel_given_names

    text = (
        "Lotte Vervaeke scored, the Jonas Group paid, and Anna Berlin and Marta Ridge Capital reacted; "
        "striker Tomas Varga left and the sensor maker Ilan Optics gained."
    )
    spans = [("Lotte Vervaeke", "ORG"), ("Jonas Group", "ORG"), ("Anna Berlin", "GPE"), ("Marta Ridge Capital", "ORG"),
             ("Tomas Varga", "ORG"), ("Ilan Optics", "ORG")]
    got = _apply_rule(_relabel_given_names, text, spans)
    assert got == [("Lotte Vervaeke", "PERSON")] + spans[1:4] + [("Tomas Varga", "PERSON"), ("Ilan Optics", "ORG")]


def test_a_one_word_person_typed_twice_or_listed_with_people_stays_a_person(make_doc) -> None:  # noqa: ANN001
    from newsgold.extractors.entities import _relabel_known_places

    text = "Batman smiled. Fans cheered Batman. The side: Cunha, Lemos; Rocha, Pinto."
    spans = [("Batman", "PERSON"), ("Batman", "PERSON"), ("Cunha", "PERSON"), ("Lemos", "PERSON"), ("Rocha", "PERSON"),
             ("Pinto", "PERSON")]
    assert _apply_rule(_relabel_known_places, text, spans) == spans


def test_capitalised_particles_at_a_sentence_start_stay_with_the_surname(make_doc) -> None:  # noqa: ANN001
    text = "The study was led by Joost van den Heuvel in Rotterdam. Van den Heuvel said the results were clear."
    got = entities(make_doc, text)
    assert ("Van den Heuvel", "PERSON") in got and ("Heuvel", "PERSON") not in got
    # without the lower-case form elsewhere, a capitalised "Van" is left to the model
    assert ("Morrison", "PERSON") not in entities(make_doc, "Van Morrison played in Belfast.")


def test_a_spaced_bracket_ends_a_name_and_symbols_are_no_part_of_one(make_doc) -> None:  # noqa: ANN001
    got = entities(make_doc, "Officials at the Office of Civil Defense (OCD) met on Monday. 🎉 Toute l’équipe est là.")
    assert ("Office of Civil Defense", "ORG") in got and ("OCD", "ORG") in got
    assert not any(text.startswith("🎉") for text, _ in got)


def test_an_awards_name_is_no_entity(make_doc) -> None:  # noqa: ANN001
    # the model types "The Prix Femina" ORG here
    got = entities(make_doc, "The Prix Femina went to a debut novel, and the author flew to London.")
    assert not any("Prix" in text for text, _ in got) and ("London", "GPE") in got


def test_two_word_names_with_a_hyphen_or_elided_particle_and_a_cut_given_name(make_doc) -> None:  # noqa: ANN001
    got = entities(make_doc, "Her editor at the press, Solène d’Harcourt, posted a photograph. Albay Governor Ramon Dela Cruz-Abaya spoke.")
    assert ("Solène d’Harcourt", "PERSON") in got
    assert ("Ramon Dela Cruz-Abaya", "PERSON") in got


def test_city_named_clubs_in_a_transfer_story_without_a_score(make_doc) -> None:  # noqa: ANN001
    text = (
        "The 19-year-old midfielder joined Portuguese side Aveiro for €22 million. The striker and the goalkeeper "
        "stay. Aveiro coach Hélder Vasconcelos said the squad needed a midfielder for the league and the cup."
    )
    got = entities(make_doc, text)
    assert ("Aveiro", "ORG") in got and ("Aveiro", "GPE") not in got
    # a country's team named before "team" is the country: "US team Cloud9"
    got = entities(make_doc, "The final match saw US team Cloud9 take the cup, while the coach, the striker, the goalkeeper and the squad watched.")
    assert ("US", "GPE") in got


def test_lower_case_particles_that_start_a_surname_mention_stay_with_it(make_doc) -> None:  # noqa: ANN001
    text = (
        "The novelist Anaïs de La Roncière won the prize on Tuesday. She said she wrote it for her grandmother. "
        "“I wanted it,” de La Roncière told reporters."
    )
    spans = [t for t, _ in entities(make_doc, text)]
    assert "de La Roncière" in spans and "La Roncière" not in spans


def test_an_ap_byline_name_in_capitals_does_not_take_the_agency(make_doc) -> None:  # noqa: ANN001
    got = entities(make_doc, "By DARLA HUTCHENS-MORROW Associated Press\n\nNORMAN, Okla. (AP) — Storms hit the town.")
    assert ("DARLA HUTCHENS-MORROW", "PERSON") in got
    assert not any("Associated" in text and "DARLA" in text for text, _ in got)


def test_acronyms_typed_places_and_untagged_places_after_a_preposition(make_doc) -> None:  # noqa: ANN001
    text = (
        "The ANC and the EFF clashed in Gauteng. He drove to work in Fife and was born near Opole. "
        "Leaders in the UK met in March."
    )
    got = entities(make_doc, text)
    assert ("ANC", "ORG") in got and ("EFF", "ORG") in got
    assert ("Fife", "GPE") in got
    assert ("UK", "GPE") in got
    assert not any(text == "March" for text, _ in got)  # the model's DATE, though March is also a town


def test_a_club_suffix_after_a_person_typed_name_and_particles_in_given_names(make_doc) -> None:  # noqa: ANN001
    got = entities(make_doc, "She joined Malmö Stad FF. Councillor Éamon Ó Flaithearta met Zofia Łęcka-Borowiec in 9400 BCE.")
    assert ("Malmö Stad FF", "ORG") in got
    assert ("Éamon Ó Flaithearta", "PERSON") in got and ("Zofia Łęcka-Borowiec", "PERSON") in got
    assert not any(text == "BCE" for text, _ in got)


def test_a_party_before_a_members_title_everywhere_and_the_name_after_it(make_doc) -> None:  # noqa: ANN001
    text = (
        "Sinn Féin TD Mairéad Ní Bhriain watched from the gallery. Sinn Féin said it would fight on. "
        "Cllr Pádraig Mac Giolla Rí spoke for Sinn Féin."
    )
    got = entities(make_doc, text)
    assert got.count(("Sinn Féin", "ORG")) == 3
    assert ("Mairéad Ní Bhriain", "PERSON") in got and ("Pádraig Mac Giolla Rí", "PERSON") in got


def test_an_acronym_before_a_place_noun_and_the_datelines_agency_elsewhere(make_doc) -> None:  # noqa: ANN001
    text = (
        "WROCŁAW, Poland, Nov 24 (Reuters) - The studio will release its game next year.\n\n"
        "“We started with four people,” Wróblewski told Reuters. The ANC said this is an ANC municipality."
    )
    got = entities(make_doc, text)
    assert got.count(("Reuters", "ORG")) == 2
    assert got.count(("ANC", "ORG")) == 2 and ("ANC", "GPE") not in got


def test_name_particles_are_no_description_and_an_honorifics_surname_names_the_full_name(make_doc) -> None:  # noqa: ANN001
    got = entities(make_doc, "DA MP Leon van der Westhuizen said the plan failed.")
    assert ("Leon van der Westhuizen", "PERSON") in got
    got = entities(make_doc, "Zuzanna Wójcik won in three sets. Ms Wójcik said she was tired.")
    assert ("Zuzanna Wójcik", "PERSON") in got


BYLINE_AND_STARTUP = (
    "Startup cuts jobs\n\nBy Chidinma Okafor\n\nSAN FRANCISCO (AP) — Fennly, a San Francisco startup that sells "
    "payroll software, cut 240 jobs on Tuesday.\n\nFennly said it would keep its office. Supporters posted "
    "#Fennly online."
)


def test_a_bylines_name_is_a_person(make_doc) -> None:  # noqa: ANN001
    # the model types this byline's name ORG without the rule
    assert ("Chidinma Okafor", "PERSON") in entities(make_doc, BYLINE_AND_STARTUP)


def test_a_name_described_as_a_company_is_one_at_every_mention_but_a_hashtag(make_doc) -> None:  # noqa: ANN001
    # the model reads the first "Fennly" as no entity; the description makes it an ORG, and the name it
    # does not know is found again in "Fennly said", but not in the hashtag
    found = [e for e in entities(make_doc, BYLINE_AND_STARTUP) if e[0] == "Fennly"]
    assert found == [("Fennly", "ORG"), ("Fennly", "ORG")]


def test_an_honorific_makes_an_org_typed_name_a_person(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Ms", "PROPN", 1, "compound", "B-ORG"),
            ("Quenby", "PROPN", 2, "nsubj", "I-ORG"),
            ("agreed", "VERB", 2, "ROOT", "O"),
            (".", "PUNCT", 2, "punct", "O"),
        ]
    )
    assert _mentions(doc) == [("Quenby", "PERSON")]


def test_a_one_word_person_after_a_place_preposition_is_a_town_at_every_mention(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Patients", "NOUN", 1, "nsubj", "O"),
            ("waited", "VERB", 1, "ROOT", "O"),
            ("at", "ADP", 1, "prep", "O"),
            ("Corlby", "PROPN", 2, "pobj", "B-PERSON"),
            (";", "PUNCT", 1, "punct", "O"),
            ("Corlby", "PROPN", 6, "nsubj", "B-PERSON"),
            ("grew", "VERB", 1, "conj", "O"),
            (";", "PUNCT", 6, "punct", "O"),
            ("Ann", "PROPN", 9, "compound", "B-PERSON"),
            ("Tessel", "PROPN", 10, "nsubj", "I-PERSON"),
            ("spoke", "VERB", 6, "conj", "O"),
            ("in", "ADP", 10, "prep", "O"),
            ("Tessel", "PROPN", 11, "pobj", "B-PERSON"),  # a word of a person's name: stays a person
        ]
    )
    assert _mentions(doc) == [("Corlby", "GPE"), ("Corlby", "GPE"), ("Ann Tessel", "PERSON"), ("Tessel", "PERSON")]


def test_a_hyphenated_name_with_a_particle_inside_is_one_person(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("bowled", "VERB", 0, "ROOT", "O"),
            ("by", "ADP", 0, "agent", "O"),
            ("Imad", "PROPN", 6, "compound", "B-PERSON"),
            ("-", "PUNCT", 2, "punct", "O"),
            ("ud", "PROPN", 2, "compound", "O"),
            ("-", "PUNCT", 2, "punct", "O"),
            ("Din", "PROPN", 1, "pobj", "O"),
        ]
    )
    assert _mentions(doc) == [("Imad-ud-Din", "PERSON")]


def test_an_organisation_cut_short_runs_to_the_acronym_that_spells_it(parsed) -> None:  # noqa: ANN001
    rows = [
        ("the", "DET", 2, "det", "O"),
        ("Intergovernmental", "PROPN", 2, "compound", "B-ORG"),
        ("Panel", "PROPN", 2, "ROOT", "I-ORG"),
        ("on", "ADP", 2, "prep", "O"),
        ("Climate", "PROPN", 5, "compound", "O"),
        ("Change", "PROPN", 3, "pobj", "O"),
        ("(", "PUNCT", 2, "punct", "O"),
        ("IPCC", "PROPN", 2, "appos", "O"),
        (")", "PUNCT", 2, "punct", "O"),
    ]
    assert _mentions(parsed(rows)) == [("Intergovernmental Panel on Climate Change", "ORG"), ("IPCC", "ORG")]
    rows[7] = ("IPC", "PROPN", 2, "appos", "O")  # initials that do not spell the whole: the model's name stays
    assert _mentions(parsed(rows)) == [("Intergovernmental Panel", "ORG")]


def test_a_name_without_a_capital_is_no_person_organisation_or_place(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("the", "DET", 1, "det", "O"),
            ("county", "NOUN", 2, "nsubj", "B-ORG"),
            ("met", "VERB", 2, "ROOT", "O"),
            ("in", "ADP", 2, "prep", "O"),
            ("the", "DET", 5, "det", "O"),
            ("eurozone", "NOUN", 3, "pobj", "B-LOC"),  # a LOC may be written in lower case
        ]
    )
    assert _mentions(doc) == [("eurozone", "LOC")]


def test_a_known_place_owning_an_organisation_and_two_listed_places_are_split(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Jordan", "PROPN", 3, "poss", "B-ORG"),
            ("'s", "PART", 0, "case", "I-ORG"),
            ("Planning", "PROPN", 3, "compound", "I-ORG"),
            ("Ministry", "PROPN", 4, "nsubj", "I-ORG"),
            ("met", "VERB", 4, "ROOT", "O"),
            ("in", "ADP", 4, "prep", "O"),
            ("Worcestershire", "PROPN", 5, "pobj", "B-GPE"),
            ("and", "CCONJ", 6, "cc", "I-GPE"),
            ("Herefordshire", "PROPN", 6, "conj", "I-GPE"),
            ("and", "CCONJ", 4, "cc", "O"),
            ("Trinidad", "PROPN", 4, "conj", "B-GPE"),
            ("and", "CCONJ", 10, "cc", "I-GPE"),
            ("Tobago", "PROPN", 10, "conj", "I-GPE"),  # one place, as the gazetteer knows
        ]
    )
    assert _mentions(doc) == [
        ("Jordan", "GPE"),
        ("Planning Ministry", "ORG"),
        ("Worcestershire", "GPE"),
        ("Herefordshire", "GPE"),
        ("Trinidad and Tobago", "GPE"),
    ]


def test_a_body_named_for_its_field_and_place_is_one_organisation(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Police", "PROPN", 1, "compound", "O"),
            ("Scotland", "PROPN", 2, "nsubj", "B-GPE"),
            ("thanked", "VERB", 2, "ROOT", "O"),
            ("Cricket", "PROPN", 5, "compound", "B-LOC"),
            ("South", "PROPN", 5, "compound", "I-LOC"),
            ("Africa", "PROPN", 2, "dobj", "I-LOC"),
            ("in", "ADP", 2, "prep", "O"),
            ("Rugby", "PROPN", 6, "pobj", "B-GPE"),  # the town: no place after it
        ]
    )
    assert _mentions(doc) == [("Police Scotland", "ORG"), ("Cricket South Africa", "ORG"), ("Rugby", "GPE")]


def test_french_place_forms_are_places_but_not_inside_a_persons_name(parsed) -> None:  # noqa: ANN001
    rows = [
        ("in", "ADP", 0, "ROOT", "O"),
        ("Saint", "PROPN", 0, "pobj", "B-PERSON"),
        ("-", "PUNCT", 1, "punct", "I-PERSON"),
        ("Rémi", "PROPN", 1, "compound", "I-PERSON"),
        ("and", "CCONJ", 1, "cc", "O"),
        ("Vallon", "PROPN", 1, "conj", "B-ORG"),
        ("-", "PUNCT", 5, "punct", "I-ORG"),
        ("Sud", "PROPN", 5, "compound", "I-ORG"),
    ]
    assert _mentions(parsed(rows)) == [("Saint-Rémi", "GPE"), ("Vallon-Sud", "GPE")]
    doc = parsed(
        [
            ("Antoine", "PROPN", 4, "compound", "B-PERSON"),
            ("de", "X", 4, "compound", "I-PERSON"),
            ("Saint", "PROPN", 4, "compound", "I-PERSON"),
            ("-", "PUNCT", 2, "punct", "I-PERSON"),
            ("Exupéry", "PROPN", 5, "nsubj", "I-PERSON"),
            ("wrote", "VERB", 5, "ROOT", "O"),
            (";", "PUNCT", 5, "punct", "O"),
            ("Saint", "PROPN", 9, "compound", "B-PERSON"),
            ("-", "PUNCT", 7, "punct", "I-PERSON"),
            ("Exupéry", "PROPN", 10, "nsubj", "I-PERSON"),
            ("flew", "VERB", 5, "conj", "O"),
        ]
    )
    assert [label for _, label in _mentions(doc)] == ["PERSON", "PERSON"]


def test_a_score_after_a_name_is_not_part_of_it_nor_is_a_scorecards_figure(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("beat", "VERB", 0, "ROOT", "O"),
            ("Racing", "PROPN", 2, "compound", "B-ORG"),
            ("Velayo", "PROPN", 0, "dobj", "I-ORG"),
            ("2", "NUM", 2, "nummod", "I-ORG"),
            ("-", "PUNCT", 3, "punct", "I-ORG"),
            ("1", "NUM", 3, "punct", "I-ORG"),
            ("(", "PUNCT", 0, "punct", "O"),
            ("F", "PROPN", 8, "compound", "B-ORG"),
            ("Harcourt", "PROPN", 0, "appos", "I-ORG"),
            ("52", "NUM", 8, "nummod", "I-ORG"),
            (";", "PUNCT", 0, "punct", "O"),
            ("Ligue", "PROPN", 0, "npadvmod", "B-ORG"),
            ("1", "NUM", 11, "nummod", "I-ORG"),  # a number that is part of the name
        ]
    )
    assert _mentions(doc) == [("Racing Velayo", "ORG"), ("F Harcourt", "PERSON"), ("Ligue 1", "ORG")]


def test_a_county_is_a_place_and_its_bodies_are_not(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Fires", "NOUN", 1, "nsubj", "O"),
            ("spread", "VERB", 1, "ROOT", "O"),
            ("in", "ADP", 1, "prep", "O"),
            ("Larkin", "PROPN", 4, "compound", "B-ORG"),
            ("County", "PROPN", 2, "pobj", "I-ORG"),
            ("and", "CCONJ", 4, "cc", "O"),
            ("County", "PROPN", 7, "compound", "B-LOC"),
            ("Mayo", "PROPN", 4, "conj", "I-LOC"),
            (";", "PUNCT", 1, "punct", "O"),
            ("Larkin", "PROPN", 11, "compound", "B-ORG"),
            ("County", "PROPN", 11, "compound", "I-ORG"),
            ("Council", "PROPN", 12, "nsubj", "I-ORG"),
            ("met", "VERB", 1, "conj", "O"),
            ("with", "ADP", 12, "prep", "O"),
            ("County", "PROPN", 15, "compound", "B-ORG"),
            ("Council", "PROPN", 13, "pobj", "I-ORG"),  # a body's word after "County": not the county
        ]
    )
    assert _mentions(doc) == [("Larkin County", "GPE"), ("County Mayo", "GPE"), ("Larkin County Council", "ORG"),
                              ("County Council", "ORG")]  # fmt: skip


def test_continents_and_oceans_are_locations_also_in_a_list_of_countries(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Sites", "NOUN", 7, "nsubj", "O"),
            ("in", "ADP", 0, "prep", "O"),
            ("Canada", "PROPN", 1, "pobj", "B-GPE"),
            (",", "PUNCT", 2, "punct", "O"),
            ("Japan", "PROPN", 2, "conj", "B-GPE"),
            ("and", "CCONJ", 4, "cc", "O"),
            ("Europe", "PROPN", 4, "conj", "B-GPE"),
            ("opened", "VERB", 7, "ROOT", "O"),
            ("as", "SCONJ", 10, "mark", "O"),
            ("Africa", "PROPN", 10, "nsubj", "O"),  # missed by the model
            ("waited", "VERB", 7, "advcl", "O"),
            (";", "PUNCT", 7, "punct", "O"),
            ("South", "PROPN", 13, "compound", "B-GPE"),
            ("Africa", "PROPN", 14, "nsubj", "I-GPE"),
            ("joined", "VERB", 7, "conj", "O"),
        ]
    )
    # Europe keeps LOC against two coordinated countries; "South Africa" is a country, not the continent
    assert _mentions(doc) == [("Canada", "GPE"), ("Japan", "GPE"), ("Europe", "LOC"), ("Africa", "LOC"),
                              ("South Africa", "GPE")]  # fmt: skip


def test_a_one_word_town_typed_a_location_is_a_place_but_not_with_the_article(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Judges", "NOUN", 1, "nsubj", "O"),
            ("sat", "VERB", 1, "ROOT", "O"),
            ("in", "ADP", 1, "prep", "O"),
            ("Akure", "PROPN", 2, "pobj", "B-LOC"),
            ("near", "ADP", 1, "prep", "O"),
            ("the", "DET", 6, "det", "O"),
            ("Severn", "PROPN", 4, "pobj", "B-LOC"),  # "the Severn": the river, not the town in Maryland
        ]
    )
    assert _mentions(doc) == [("Akure", "GPE"), ("Severn", "LOC")]


def test_a_generic_body_word_before_a_noun_or_a_title_is_no_organisation(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Defence", "PROPN", 1, "compound", "B-ORG"),
            ("lawyer", "NOUN", 2, "nsubj", "O"),
            ("told", "VERB", 2, "ROOT", "O"),
            ("the", "DET", 5, "det", "O"),
            ("State", "PROPN", 5, "compound", "B-ORG"),
            ("government", "NOUN", 2, "dobj", "O"),
            ("and", "CCONJ", 2, "cc", "O"),
            ("Circuit", "PROPN", 8, "compound", "B-ORG"),
            ("Judge", "PROPN", 9, "nsubj", "O"),
            ("agreed", "VERB", 2, "conj", "O"),
            ("as", "SCONJ", 12, "mark", "O"),
            ("the", "DET", 12, "det", "O"),
            ("Court", "PROPN", 13, "nsubj", "B-ORG"),  # before a verb: the court's short name, kept
            ("ruled", "VERB", 9, "advcl", "O"),
        ]
    )
    assert _mentions(doc) == [("Court", "ORG")]


def test_a_place_and_a_nickname_are_one_team_and_the_nickname_alone_too(make_doc) -> None:  # noqa: ANN001
    text = (
        "Ravens edge Harriers\n\n"
        "The Tayport Ravens beat the Kilmory Harriers 3–2 on Saturday, the league leaders' third win of the "
        "tournament. Ravens coach Ana Ruiz praised the goal that sealed the match, and Joost Peeters scored for "
        "Kilmory in the Southern Alps derby."
    )
    found = entities(make_doc, text)
    assert ("Tayport Ravens", "ORG") in found and ("Kilmory Harriers", "ORG") in found
    assert found.count(("Ravens", "ORG")) == 2  # the headline's and "Ravens coach"
    assert ("Joost Peeters", "PERSON") in found  # the model's PERSON keeps a surname ending in "s" from a team
    assert not any(t.endswith("Alps") and label == "ORG" for t, label in found)  # a mountain range: no team


def test_a_known_town_the_model_typed_a_product_is_a_place_unless_named_otherwise_elsewhere(parsed) -> None:  # noqa: ANN001
    rows = [
        ("She", "PRON", 1, "nsubj", "O"),
        ("grew", "VERB", 1, "ROOT", "O"),
        ("up", "ADP", 1, "prt", "O"),
        ("in", "ADP", 1, "prep", "O"),
        ("Sète", "PROPN", 3, "pobj", "B-PRODUCT"),
    ]
    assert _mentions(parsed(rows)) == [("Sète", "GPE")]
    rows = [("Sète", "PROPN", 1, "nsubj", "B-ORG"), ("signed", "VERB", 1, "ROOT", "O"), ("him", "PRON", 1, "dobj", "O"),
            ("in", "ADP", 1, "prep", "O"), ("Sète", "PROPN", 3, "pobj", "B-PRODUCT")]  # fmt: skip
    # a club named for the town: its mention elsewhere decides, and carries to the other mention
    assert {label for _, label in _mentions(parsed(rows))} == {"ORG"}


def test_the_place_in_a_clubs_name_standing_alone_is_the_club(make_doc) -> None:  # noqa: ANN001
    text = (
        "Cáceres edge Ávila\n\n"
        "Sporting Cáceres beat Racing Ávila 2-1 on Sunday in the league, the coach's third win of the season. "
        "Ávila had led through a penalty before the striker's late goal settled the match."
    )
    found = entities(make_doc, text)
    assert ("Racing Ávila", "ORG") in found
    assert ("Ávila", "ORG") in found and ("Ávila", "GPE") not in found


def test_a_name_a_feature_noun_heads_or_describes_is_a_location(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Silt", "NOUN", 1, "nsubj", "O"),
            ("fills", "VERB", 1, "ROOT", "O"),
            ("the", "DET", 7, "det", "O"),
            ("Kagera", "PROPN", 7, "compound", "B-GPE"),
            ("and", "CCONJ", 3, "cc", "O"),
            ("Mara", "PROPN", 3, "conj", "B-ORG"),
            ("lower", "ADJ", 7, "amod", "O"),
            ("rivers", "NOUN", 1, "dobj", "O"),
            ("and", "CCONJ", 1, "cc", "O"),
            ("Kolbreen", "PROPN", 11, "nsubj", "B-ORG"),
            (",", "PUNCT", 9, "punct", "O"),
            ("melts", "VERB", 1, "conj", "O"),
        ]
    )
    # "lower" stands between: the parse, not adjacency, says the rivers are Kagera's and Mara's
    assert _mentions(doc) == [("Kagera", "LOC"), ("Mara", "LOC"), ("Kolbreen", "ORG")]
    doc = parsed(
        [
            ("Kolbreen", "PROPN", 4, "nsubj", "B-ORG"),
            (",", "PUNCT", 0, "punct", "O"),
            ("a", "DET", 3, "det", "O"),
            ("glacier", "NOUN", 0, "appos", "O"),
            ("melts", "VERB", 4, "ROOT", "O"),
            ("on", "ADP", 4, "prep", "O"),
            ("the", "DET", 7, "det", "O"),
            ("island", "NOUN", 5, "pobj", "O"),
            ("of", "ADP", 7, "prep", "O"),
            ("Evia", "PROPN", 8, "pobj", "B-GPE"),
            ("near", "ADP", 4, "prep", "O"),
            ("the", "DET", 13, "det", "O"),
            ("Texas", "PROPN", 13, "compound", "B-GPE"),
            ("coast", "NOUN", 10, "pobj", "O"),
        ]
    )
    # a known place before "coast" keeps its label; an island's name after "island of" is a location
    assert _mentions(doc) == [("Kolbreen", "LOC"), ("Evia", "LOC"), ("Texas", "GPE")]


def test_malaysian_and_indian_honorifics_are_not_part_of_the_name(parsed) -> None:  # noqa: ANN001
    rows = [
        ("Datuk", "PROPN", 2, "compound", "B-PERSON"),
        ("Aziz", "PROPN", 2, "compound", "I-PERSON"),
        ("Rahmat", "PROPN", 3, "nsubj", "I-PERSON"),
        ("thanked", "VERB", 3, "ROOT", "O"),
        ("Shri", "PROPN", 6, "compound", "B-PERSON"),
        ("K.", "PROPN", 6, "compound", "I-PERSON"),
        ("Rao", "PROPN", 3, "dobj", "I-PERSON"),
    ]
    assert _mentions(parsed(rows)) == [("Aziz Rahmat", "PERSON"), ("K. Rao", "PERSON")]


def test_a_features_name_without_its_last_word_is_the_feature(parsed) -> None:  # noqa: ANN001
    # "Sewage flows into the Vaal River. The Vaal is ... Hudson rose.": the model typed the short form ORG
    doc = parsed(
        [
            ("Sewage", "NOUN", 1, "nsubj", "O"),
            ("flows", "VERB", 1, "ROOT", "O"),
            ("into", "ADP", 1, "prep", "O"),
            ("the", "DET", 5, "det", "O"),
            ("Vaal", "PROPN", 5, "compound", "B-LOC"),
            ("River", "PROPN", 2, "pobj", "I-LOC"),
            (".", "PUNCT", 1, "punct", "O"),
            ("The", "DET", 8, "det", "O"),
            ("Vaal", "PROPN", 9, "nsubj", "B-ORG"),
            ("is", "AUX", 9, "ROOT", "O"),
            ("dirty", "ADJ", 9, "acomp", "O"),
            (".", "PUNCT", 9, "punct", "O"),
        ]
    )
    assert _mentions(doc) == [("Vaal River", "LOC"), ("Vaal", "LOC")]


def test_letters_after_a_persons_name_are_a_title(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Rebecca", "PROPN", 2, "compound", "B-PERSON"),
            ("Ashworth", "PROPN", 2, "compound", "I-PERSON"),
            ("QC", "PROPN", 3, "nsubj", "I-PERSON"),
            ("said", "VERB", 3, "ROOT", "O"),
            ("and", "CCONJ", 3, "cc", "O"),
            ("Sammy", "PROPN", 6, "compound", "B-PERSON"),
            ("Davis", "PROPN", 7, "nsubj", "I-PERSON"),
            ("Jr", "PROPN", 6, "appos", "I-PERSON"),
            ("agreed", "VERB", 3, "conj", "O"),
        ]
    )
    assert _mentions(doc) == [("Rebecca Ashworth", "PERSON"), ("Sammy Davis Jr", "PERSON")]


def test_ap_party_and_state_after_a_legislator(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Sen.", "PROPN", 2, "compound", "O"),
            ("Maren", "PROPN", 2, "compound", "B-PERSON"),
            ("Kessler", "PROPN", 8, "nsubj", "I-PERSON"),
            (",", "PUNCT", 2, "punct", "O"),
            ("D", "PROPN", 6, "compound", "B-ORG"),
            ("-", "PUNCT", 6, "punct", "I-ORG"),
            ("Wash.", "PROPN", 2, "appos", "I-ORG"),
            (",", "PUNCT", 2, "punct", "O"),
            ("said", "VERB", 8, "ROOT", "O"),
            ("Rep.", "PROPN", 10, "compound", "O"),
            ("Price", "PROPN", 8, "dobj", "B-PERSON"),
            (",", "PUNCT", 10, "punct", "O"),
            ("D", "PROPN", 15, "compound", "O"),
            ("-", "PUNCT", 15, "punct", "O"),
            ("Kansas", "PROPN", 15, "compound", "B-GPE"),
            ("City", "PROPN", 10, "appos", "I-GPE"),
            (".", "PUNCT", 8, "punct", "O"),
        ]
    )
    assert _mentions(doc) == [
        ("Maren Kessler", "PERSON"), ("D", "NORP"), ("Wash.", "GPE"), ("Price", "PERSON"), ("D", "NORP"), ("Kansas City", "GPE"),
    ]  # fmt: skip


def test_a_name_ending_in_defence_is_an_organisation(parsed) -> None:  # noqa: ANN001
    doc = parsed(
        [
            ("Nelson", "PROPN", 3, "compound", "B-PERSON"),
            ("Tasman", "PROPN", 3, "compound", "I-PERSON"),
            ("Civil", "PROPN", 3, "compound", "I-PERSON"),
            ("Defence", "PROPN", 4, "nsubj", "I-PERSON"),
            ("opened", "VERB", 4, "ROOT", "O"),
            ("a", "DET", 6, "det", "O"),
            ("centre", "NOUN", 4, "dobj", "O"),
            (".", "PUNCT", 4, "punct", "O"),
        ]
    )
    assert _mentions(doc) == [("Nelson Tasman Civil Defence", "ORG")]


def test_names_listed_after_people_or_premises_in_are_places(parsed) -> None:  # noqa: ANN001
    rows = [
        ("Branches", "NOUN", 8, "nsubj", "O"),
        ("in", "ADP", 0, "prep", "O"),
        ("Kington", "PROPN", 1, "pobj", "B-ORG"),
        (",", "PUNCT", 2, "punct", "O"),
        ("Bromyard", "PROPN", 2, "conj", "B-ORG"),
        ("and", "CCONJ", 4, "cc", "O"),
        ("Weobley", "PROPN", 4, "conj", "B-ORG"),
        ("will", "AUX", 8, "aux", "O"),
        ("shut", "VERB", 8, "ROOT", "O"),
        (".", "PUNCT", 8, "punct", "O"),
    ]
    assert _mentions(parsed(rows)) == [("Kington", "GPE"), ("Bromyard", "GPE"), ("Weobley", "GPE")]
    shares = [("Shares", *r[1:]) if r[0] == "Branches" else r for r in rows]
    assert {label for _, label in _mentions(parsed(shares))} == {"ORG"}  # "Shares in Kington ...": a company


def test_a_company_named_after_a_town_keeps_its_label_where_the_model_typed_the_town(parsed) -> None:  # noqa: ANN001
    rows = [
        ("Halden", "PROPN", 2, "compound", "B-ORG"),
        ("Motor", "PROPN", 2, "compound", "I-ORG"),
        ("Co.", "PROPN", 3, "nsubj", "I-ORG"),
        ("recalled", "VERB", 3, "ROOT", "O"),
        ("cars", "NOUN", 3, "dobj", "O"),
        ("and", "CCONJ", 3, "cc", "O"),
        ("Halden", "PROPN", 7, "nsubj", "B-GPE"),
        ("apologised", "VERB", 3, "conj", "O"),
        (".", "PUNCT", 3, "punct", "O"),
    ]
    assert _mentions(parsed(rows)) == [("Halden Motor Co.", "ORG"), ("Halden", "ORG")]
    texas = [("Texas", *r[1:]) if r[0] == "Halden" else ("Instruments", *r[1:]) if r[0] == "Motor" else r for r in rows]
    assert _mentions(parsed(texas))[-1] == ("Texas", "GPE")  # a state's name stays the state


def test_a_given_name_before_a_features_last_word_stays_the_models(parsed) -> None:  # noqa: ANN001
    rows = [
        ("Tourists", "NOUN", 1, "nsubj", "O"),
        ("visit", "VERB", 1, "ROOT", "O"),
        ("Angel", "PROPN", 3, "compound", "B-LOC"),
        ("Falls", "PROPN", 1, "dobj", "I-LOC"),
        (",", "PUNCT", 1, "punct", "O"),
        ("said", "VERB", 1, "conj", "O"),
        ("Angel", "PROPN", 5, "nsubj", "B-PERSON"),
        (".", "PUNCT", 1, "punct", "O"),
    ]
    assert _mentions(parsed(rows)) == [("Angel Falls", "LOC"), ("Angel", "PERSON")]
    river = [("Mayon", *r[1:]) if r[0] == "Angel" else ("Volcano", *r[1:]) if r[0] == "Falls" else r for r in rows]
    assert _mentions(parsed(river)) == [("Mayon Volcano", "LOC"), ("Mayon", "LOC")]  # not a given name: the feature


def test_a_bodys_name_with_and_inside_is_one_org_by_its_acronym_its_organisation_word_or_its_portfolios(
    make_doc,  # noqa: ANN001
) -> None:
    # dev-24, dev-17, dev-16, dev-7, dev-11: the model cut these at the "and" or typed the first half a place
    text = (
        "Roads deal signed\n\nThe routes, run jointly with the Sharjah Roads and Transport Authority (SRTA), will "
        "open. The meeting was called by the Ministry of Urban and Rural Development on Monday. Gemechu Tolessa, a "
        "deputy head of the Oromia Roads and Logistics Bureau, said so. The Socialists and Democrats (S&D) group "
        "agreed. Researchers at the University of Edinburgh and Tohoku University agreed."
    )
    spans = entities(make_doc, text)
    assert ("Sharjah Roads and Transport Authority", "ORG") in spans and ("SRTA", "ORG") in spans
    assert ("Ministry of Urban and Rural Development", "ORG") in spans
    assert ("Oromia Roads and Logistics Bureau", "ORG") in spans
    assert ("Socialists and Democrats", "ORG") in spans and ("S&D", "ORG") in spans
    assert ("University of Edinburgh", "ORG") in spans and ("Tohoku University", "ORG") in spans


def test_a_surname_with_its_particle_capitalised_at_a_sentence_start_is_the_person(make_doc) -> None:  # noqa: ANN001
    # dev-24, dev-23, dev-9: "El-Amin said" typed ORG after "Khalid el-Amin"; "Al-Qaeda" is no one's surname here
    text = (
        "Aid stalls\n\n“We have food,” said Khalid el-Amin, a spokesperson.\n\nEl-Amin said WFP trucks had "
        "reached only a fraction. Al-Qaeda said it was behind the attack."
    )
    spans = entities(make_doc, text)
    assert ("Khalid el-Amin", "PERSON") in spans and ("El-Amin", "PERSON") in spans
    assert ("Al-Qaeda", "PERSON") not in spans


def test_a_small_towns_name_after_a_place_preposition_is_a_gpe(make_doc) -> None:  # noqa: ANN001
    # dev-16, dev-11, dev-4: towns under 15,000 people the model typed PERSON, ORG or a product; a surname and a
    # language stay
    text = (
        "Dam plan\n\nThe company wants to build its own hydropower plant on the Drina near Bajina Bašta, officials "
        "said. No deaths have been confirmed, but two fishermen from Port Royal are missing. Councillors met at the "
        "Old Mill Hotel in Athenry on Tuesday. Ana Carbajo, who came from Carbajo, agreed. The form must be "
        "completed in English."
    )
    spans = entities(make_doc, text)
    assert ("Bajina Bašta", "GPE") in spans and ("Port Royal", "GPE") in spans and ("Athenry", "GPE") in spans
    assert ("Carbajo", "GPE") not in spans and ("English", "GPE") not in spans


def test_a_storms_name_in_quotes_and_its_international_name_are_no_entities(make_doc) -> None:  # noqa: ANN001
    # dev-24: the model typed "Egay" and "Doksuri" PERSON
    text = (
        "Floods\n\nResidents remained under water a week after Typhoon “Egay” (international name: Doksuri) made "
        "landfall. Egay also hit farms, the council said."
    )
    spans = entities(make_doc, text)
    assert not any(name in ("Egay", "Doksuri") for name, _ in spans)
