"""The person vocabulary: one module, the sets each rule needs, in the form the rules test them."""

from __future__ import annotations

from newsgold.extractors import entities, name_cues, person_words, quotes


def test_the_rules_read_the_one_vocabulary() -> None:
    assert entities.TITLES is person_words.TITLES and quotes.PERSON_NOUNS is person_words.PERSON_NOUNS
    assert name_cues.PERSON_ROLES is person_words.PERSON_ROLES is entities.PERSON_ROLES


def test_sets_are_lower_case_and_apposition_nouns_leave_out_what_companies_are_called() -> None:
    for name in ("TITLES", "PERSON_ROLES", "PERSON_NOUNS", "KIN_NOUNS", "LEGISLATOR_TITLES", "HONORIFICS"):
        words = getattr(person_words, name)
        assert all(w == w.lower() for w in words), name
    assert "leader" in person_words.PERSON_ROLES and "leader" not in person_words.PERSON_APPOSITION_NOUNS
    assert person_words.KIN_NOUNS <= person_words.PERSON_APPOSITION_NOUNS
    assert all(v in person_words.PERSON_NOUNS for v in person_words.ROLE_ABBREVIATIONS.values())
