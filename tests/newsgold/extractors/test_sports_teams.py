"""Place names standing for sports teams are ORG (gold/GUIDELINES.md section 2), only in sports reports."""

from __future__ import annotations

import pytest

from newsgold.extractors import nlp
from newsgold.extractors.entities import entity_mentions
from newsgold.extractors.sports_teams import is_sports_report

pytestmark = pytest.mark.usefixtures("model")


def mentions(text: str) -> list[tuple[str, str]]:
    (doc,) = nlp.parse([text])
    return [(text[s:e], label) for s, e, label in entity_mentions(doc)]


MATCH = (
    "Portugal beat Ghana 3-2 in the opening match of the tournament in Doha.\n\n"
    "Ghana's coach said the penalty was harsh. Fans in Lisbon celebrated as Portugal topped the group. "
    "The referee sent off a defender."
)


def test_teams_named_by_their_country_are_org_at_every_mention_and_host_cities_stay_places() -> None:
    got = mentions(MATCH)
    assert got.count(("Portugal", "ORG")) == 2 and got.count(("Ghana", "ORG")) == 2
    assert ("Doha", "GPE") in got and ("Lisbon", "GPE") in got


def test_a_score_line_names_the_teams() -> None:
    text = (
        "Group B — Canada 2 – 1 Morocco\n\n"
        "Canada faced Morocco in Toronto. Morocco equalised through a penalty, "
        "but Canada scored late to win the match. The goalkeeper was praised."
    )
    got = mentions(text)
    assert ("Toronto", "GPE") in got
    assert {label for name, label in got if name in ("Canada", "Morocco")} == {"ORG"}


def test_outside_a_sports_report_a_country_stays_a_place() -> None:
    text = "Portugal beat Spain to the contract. Spain had offered 3-2 terms, officials in Lisbon said."
    (doc,) = nlp.parse([text])
    assert not is_sports_report(doc)
    assert {label for _, label in mentions(text)} == {"GPE"}


def test_a_sports_report_needs_a_score_and_words_of_the_game() -> None:
    (with_score, no_score) = nlp.parse(
        [MATCH, "The coach praised the squad before the final match of the league season."]
    )
    assert is_sports_report(with_score) and not is_sports_report(no_score)


def test_team_nicknames_after_the_are_org_in_a_sports_report() -> None:
    text = (
        "Late in the game the Mariners beat the Comets 101-97 in the playoff final, "
        "and the coach praised the Mariners for their defence. The referee called a penalty."
    )
    got = mentions(text)
    assert got.count(("Mariners", "ORG")) == 2 and ("Comets", "ORG") in got
    # outside a sports report, "the Mariners" is left to the model
    (doc,) = nlp.parse(["The Mariners sailed at dawn and the Comets were seen over Oslo."])
    assert not is_sports_report(doc)


def test_a_team_coordinated_with_a_team_and_its_city_after_in() -> None:
    from newsgold.extractors.sports_teams import _is_team_context

    text = (
        "Portugal beat Ghana 3-2 in the match. The winner meets either Spain or Chile in the final, "
        "and the coach said the penalty was harsh. The goalkeeper agreed."
    )
    (doc,) = nlp.parse([text])
    chile = doc.char_span(text.index("Chile"), text.index("Chile") + 5)
    assert _is_team_context(doc, chile.start, chile.end)  # "meets either Spain or Chile"


def test_a_team_name_right_after_in_is_the_place() -> None:
    from newsgold.extractors.entities import _Mention, _places_where_played

    text = "Portugal beat Ghana 3-2 in the match; the coach praised the goalkeeper and the penalty. Game 3 is in Ghana."
    (doc,) = nlp.parse([text])
    last = doc.char_span(text.rindex("Ghana"), text.rindex("Ghana") + 5)
    first = doc.char_span(text.index("Ghana"), text.index("Ghana") + 5)
    got = _places_where_played(doc, [_Mention(first.start, first.end, "ORG"), _Mention(last.start, last.end, "ORG")])
    assert [m.label for m in got] == ["ORG", "GPE"]


def test_a_place_and_a_nickname_are_a_team_but_a_given_name_and_a_surname_in_s_are_not(parsed) -> None:  # noqa: ANN001
    from newsgold.extractors.sports_teams import team_full_names

    words = "Dries Mertens scored a goal as the Tayport Ravens beat Panama 3 - 0 in the match , the coach said .".split()
    rows = [(w, "PROPN" if w[:1].isupper() else "NOUN", 2, "ROOT" if i == 2 else "dep", "O") for i, w in enumerate(words)]
    doc = parsed(rows)
    assert is_sports_report(doc)
    # no PERSON mention given: only the given name keeps "Dries Mertens" from being a team
    assert [doc[s:e].text for s, e in team_full_names(doc, [])] == ["Tayport Ravens"]


REPORT = "The coach praised the squad after the match, and the goalkeeper saved a penalty in the 2-1 win. "


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Otago completed a 186-run win over Wellington at the ground.", "Wellington"),  # win over
        ("It came a week after last week's 28-17 defeat of Uruguay in Batumi.", "Uruguay"),  # defeat of
        ("Georgia are in a pool with Australia next year.", "Australia"),  # pool with
        ("The result lifts them to 44 points, level with Mechelen.", "Mechelen"),  # level with
        ("They finished nine points clear of Enugu in the table.", "Enugu"),  # clear of
        ("They face Ghana in Accra on March 27 and at home to Benin in Uyo four days later.", "Benin"),  # at home to
        ("Van der Heyden, signed from Utrecht in the summer, levelled.", "Utrecht"),  # signed from
        ("The champions hosted Otago on Sunday.", "Otago"),  # object of host
        ("Dos Anjos, who has represented Brazil at under-20 level, scored.", "Brazil"),  # object of represent
        ("De Paula, a former Brazil international, agreed.", "Brazil"),  # <place> international
        ("Ticket sales for the Benin game were strong.", "Benin"),  # <place> game
    ],
)
def test_the_idioms_of_a_sports_report_name_a_team(sentence: str, place: str) -> None:
    from newsgold.extractors.sports_teams import _is_team_context

    text = REPORT + sentence
    (doc,) = nlp.parse([text])
    assert is_sports_report(doc)
    at = text.index(place, len(REPORT))
    span = doc.char_span(at, at + len(place))
    assert _is_team_context(doc, span.start, span.end)


def test_a_place_a_noun_names_after_from_is_no_club() -> None:
    from newsgold.extractors.sports_teams import _is_team_context

    text = REPORT + (
        "But Ouellette, the French-Canadian centre who joined Dundee from the Québec junior ranks in the summer, "
        "levelled with a wrist shot from the top of the circle six minutes into the third."
    )
    (doc,) = nlp.parse([text])
    at = text.index("Québec")
    span = doc.char_span(at, at + len("Québec"))
    assert not _is_team_context(doc, span.start, span.end)  # the ranks came from Québec; no club did
