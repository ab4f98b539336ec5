"""The words newsgold's rules read as saying "a person": role nouns, titles, honorifics, kin, pronouns.

One vocabulary for the entity, name-cue and quote rules, which used to keep their own lists. The
sets differ on purpose (each docstring says what it is for): ``TITLES`` are stripped from the
start of a PERSON span, ``PERSON_ROLES`` before a name make it a person's, ``PERSON_NOUNS`` head a
description that can refer back to a named person ("the minister said"), and so on. Everything is
lower case unless the docstring says otherwise; membership is tested on ``token.lower_`` or a
lemma.
"""

from __future__ import annotations

# Words for people in quote attribution (quotes)

PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
"""The gender a third-person pronoun says (a pronoun never refers back to a person of the other one)."""

HONORIFIC_GENDER = {"Mr": "m", "Sir": "m", "Lord": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Dame": "f", "Lady": "f"}
"""Honorifics that say a person's gender in news copy ("Mr Aldridge", "Ms Hart-Davies")."""

PERSON_PRONOUNS = frozenset({"he", "she"})
"""Subject pronouns that refer back to a person (a speaker named before)."""

PERSON_NOUNS = frozenset(
    """minister secretary diplomat president official spokesman spokeswoman spokesperson leader chief head envoy
    ambassador professor expert analyst aide adviser advisor lawmaker senator governor mayor counterpart
    premier chancellor general commander officer man woman author director chairman chairwoman chair ceo founder
    negotiator representative delegate prosecutor judge lawyer attorney economist scientist researcher activist
    politician candidate king queen prince princess pope cardinal bishop prime deputy colleague predecessor
    successor rival ally partner friend manager executive coach player journalist reporter editor witness
    resident worker student teacher doctor councillor councilor councilman councilwoman mp inspector detective
    sergeant sheriff superintendent commissioner captain striker goalkeeper midfielder defender forward nurse
    surgeon farmer owner mother father daughter son wife husband widow pastor priest rabbi imam singer actor
    actress filmmaker producer artist writer historian curator volunteer justice magistrate architect engineer
    designer consultant planner accountant lecturer pilot driver chef veteran rookie teenager youngster newcomer
    champion winner""".split()
)
"""Head nouns of descriptions that can only refer to a person ("the top US diplomat")."""

ROLE_ABBREVIATIONS = {
    "cllr": "councillor", "councilor": "councillor", "sen": "senator", "gov": "governor", "rep": "representative",
    "prof": "professor", "dr": "doctor", "insp": "inspector", "det": "detective", "supt": "superintendent",
    "gen": "general", "capt": "captain", "sgt": "sergeant", "atty": "attorney", "amb": "ambassador",
}  # fmt: skip
"""Abbreviated titles and spelling variants, mapped to the role noun a later description uses ("Cllr X" ... "the councillor")."""


# Roles and relations around a name (name_cues)

PERSON_ROLES = frozenset(
    """coach manager captain striker goalkeeper midfielder defender forward player spokesman spokeswoman spokesperson
    chief executive ceo founder co-founder director researcher economist professor lawyer barrister campaigner
    activist student illustrator author writer actor actress singer boss chairman chairwoman chair president
    minister ambassador secretary mayor senator governor judge commissioner envoy negotiator leader deputy
    councillor mp""".split()
)
"""Lower-cased roles that, right before a name of two or more words, make it a person's."""

KIN_NOUNS = frozenset(
    """daughter son wife husband mother father sister brother widow widower grandson granddaughter grandmother
    grandfather niece nephew cousin partner fiancé fiancée""".split()
)
"""Family nouns: a name in apposition to one ("Her daughter, Ane Uriarte Lasa, said") is a person's."""

PERSON_APPOSITION_NOUNS = KIN_NOUNS | (PERSON_ROLES - {"leader", "chair", "boss", "player", "director", "chief", "deputy"})
"""Nouns that make a name in apposition a person's; not those a company is called too ("Huaxin Power, the segment
leader")."""


# Titles and honorifics in and before names (entities)

TITLES = frozenset(
    """president presidents secretary minister prime foreign chancellor senator sen. rep. representative gov.
    governor mayor general gen. mr mr. mrs mrs. ms ms. dr dr. prof. professor
    king queen prince princess pope ambassador spokesman spokeswoman
    deputy vice premier chairman director judge justice councillor cllr cllr. sir dame lord lady rev. reverend
    sheriff inspector detective sergeant sgt. captain capt. colonel col. commissioner superintendent prof
    datuk dato dato' dato’ datin tun shri smt shrimati pol col sp alhaji alhaja madam
    hooker winger fullback full-back flanker fly-half scrum-half striker goalkeeper midfielder defender quarterback
    goaltender""".split()
)
"""Lower-cased title words stripped from the start of a PERSON span, among them the honorifics of Malaysian ("Datuk", "Tun"),
Indian ("Shri", "Smt") and Nigerian ("Alhaji", "SP" for a Superintendent of Police) news, Thai police ranks ("Pol Col")
and the playing positions sports reports write before a player's name ("Hooker Liam O'Dwyer"), which the model reads as
part of the name (only the positions no team or place is named after: not "centre", "forward", "guard")."""

LEGISLATOR_TITLES = frozenset("mp mps mla mlas msp msps mep meps td tds mk mna mpp mhk".split())
"""Members' titles written between a party and a name ("Sinn Féin TD Róisín Geraghty", "BRS MLA K. Rao")."""

HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. miss madam dr dr. prof prof. cllr cllr. sir dame".split())
"""Lower-cased honorifics only a person's name follows."""
