"""Place names that stand for sports teams ("Sweden beat South Korea 1–0"): ORG, not GPE.

``gold/GUIDELINES.md`` section 2: a place name standing for a sports team is
an organisation (the team), not the government or the people of the place.
spaCy's English models, trained on OntoNotes, call "Sweden" GPE whatever it
stands for, so this module finds, in a sports report only, the place names
that the text shows to be teams, and the entity rules then label every mention
of those names ORG.

A document is a sports report when it has a score ("1–0", "4-3") and at least
:data:`MIN_SPORTS_WORDS` words of the game (match, goal, penalty, coach ...).
In it, a place mention is a team when

* it stands next to a score: "Sweden 1 – 0 Korea Republic";
* it is the subject of a verb of the game ("Sweden defeated ...",
  "Korea substituted ...", "England won a corner") or the object of one
  ("beat Panama", "faced England");
* it follows "against", or "for"/"to" after a word of the game ("a goal for
  Belgium", "lost 1–2 to England");
* it is coordinated with a word in such a place ("meets either Portland or Albany").

A team is also named by a place and a nickname ("the Winnipeg Jets", "Hull
Wolverines": :func:`team_full_names`), and then by the nickname alone ("the
Jets", "Jets coach": :func:`nickname_mentions`).

Everything here is about the text's own words: no list of countries or teams;
only the plurals that end other kinds of names and are never a nickname
(:data:`NOT_NICKNAMES`) are listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsgold.extractors.gazetteer import is_given_name
from newsgold.extractors.nlp import doc_text

SPORTS_WORDS = frozenset(
    """match goal penalty striker midfielder goalkeeper defender referee coach squad tournament league cup
    championship fixture equaliser equalizer half-time halftime kick-off innings wicket touchdown
    quarterback playoff semi-final semifinal quarter-final final stadium scorer substitute""".split()
)
"""Lemmas (lower case) that say a text reports a game."""

MIN_SPORTS_WORDS = 3
"""Occurrences of :data:`SPORTS_WORDS` a sports report has at least (with a score)."""

SUBJECT_VERBS = frozenset(
    """beat defeat face play draw lose win score equalise equalize lead trail qualify concede thrash edge
    eliminate knock advance substitute overcome outplay rout""".split()
)
"""Verbs whose subject, in a sports report, is a team (or a player: only place names are considered)."""

OBJECT_VERBS = frozenset("beat defeat face play thrash edge eliminate overcome outplay rout meet host represent".split())
"""Verbs whose direct object, in a sports report, is a team ("Canterbury host Otago", "has represented Brazil")."""

FOR_HEADS = frozenset("goal lead point win victory penalty score equalise equalize chance lose".split())
"""Words after which "for X" / "to X" names a team ("a goal for Belgium", "lost to England")."""

PREPOSITION_HEADS = {
    "to": frozenset({"home"}),  # "at home to Benin"
    "over": frozenset("win victory lead triumph".split()),  # "a 186-run win over Wellington"
    "of": frozenset("defeat thrashing rout ahead clear".split()),  # "last week's defeat of Uruguay", "nine points clear of X"
    "with": frozenset("pool group draw clash tie level".split()),  # "in a pool with Australia and Wales", "level with X"
    "from": frozenset("sign join loan".split()),  # a transfer's old club: "signed from Utrecht", "joined from Vitória"
}
"""Words after which "<preposition> X" names a team, by preposition: a sports report's own idioms, beyond "for"/"to"
after :data:`FOR_HEADS` (read only where the place itself follows the preposition, see :func:`_is_team_context`)."""

TEAM_NOUNS = frozenset("side club team outfit".split())
"""Nouns a team name stands in apposition or compound to ("Portuguese side Aveiro")."""
TEAM_ROLES = frozenset(
    """coach manager captain striker midfielder defender goalkeeper winger forward fans supporters player squad
    skipper bowler batsman international game friendly fixture""".split()
)
"""Nouns a team name modifies ("Aveiro coach ...", "Campinas midfielder ...", "a former Brazil international",
"one Wellington player", "the Benin game")."""

SCORE = re.compile(r"(?<![\d.,:/])\d{1,3}\s*[-–—]\s*\d{1,3}(?![\d.,:/%])")
SCORE_AFTER = re.compile(r"\s*\d{1,3}\s*[-–—]\s*\d{1,3}\s+\S")
SCORE_BEFORE = re.compile(r"\S\s+\d{1,3}\s*[-–—]\s*\d{1,3}\s*$")


SPORTS_REPORT_KEY = "newsgold.sports_report"
"""Where :func:`is_sports_report` keeps its answer in a parsed document's ``user_data``."""


def is_sports_report(doc) -> bool:  # noqa: ANN001 - spaCy Doc
    """A score and at least :data:`MIN_SPORTS_WORDS` words of the game, or twice as many words of the game without a
    score (a transfer or squad story: "the 19-year-old midfielder ... Portuguese side Aveiro ... the coach").

    Read once per parsed document and kept in its ``user_data``: the entity rules and the date extractor ask it
    about eight times, and each reading walks every token.
    """
    known = doc.user_data.get(SPORTS_REPORT_KEY)
    if known is None:
        n = sum(1 for t in doc if t.lemma_.lower() in SPORTS_WORDS or t.lower_ in SPORTS_WORDS)
        known = n >= MIN_SPORTS_WORDS if SCORE.search(doc_text(doc)) else n >= 2 * MIN_SPORTS_WORDS
        doc.user_data[SPORTS_REPORT_KEY] = known
    return bool(known)


def _is_team_context(doc, start: int, end: int, via_noun: bool = False) -> bool:  # noqa: ANN001 - spaCy Doc
    """The words around one place mention (tokens [start, end)) show it is a team.

    ``via_noun``: the tokens are a noun the place modifies ("debutants" in "defeated debutants Panama"); then only
    "against" and "for"/"to" after a word of the game speak for it, not the idioms of :data:`PREPOSITION_HEADS`
    ("joined Dundee from the Québec junior ranks": the ranks came from somewhere, no club did).
    """
    text = doc_text(doc)
    first, last = doc[start], doc[end - 1]
    line_end = text.find("\n", last.idx)
    after = text[last.idx + len(last.text) : line_end if line_end >= 0 else len(text)]
    line_start = text.rfind("\n", 0, first.idx) + 1
    before = text[line_start : first.idx]
    if SCORE_AFTER.match(after) or SCORE_BEFORE.search(before):
        return True
    root = doc[start:end].root
    head = root.head
    lemma = head.lemma_.lower()
    if root.dep_ in ("nsubj", "nsubjpass") and lemma in SUBJECT_VERBS:
        return True
    if root.dep_ == "conj" and root.head.dep_ == "nsubj" and root.head.head.lemma_.lower() in SUBJECT_VERBS:
        return True  # "Sweden, Belgium, England win three points"
    if root.dep_ == "conj" and not start <= root.head.i < end:
        return _is_team_context(doc, root.head.i, root.head.i + 1)  # "meets either Portland or Albany"
    if root.dep_ == "dobj" and lemma in OBJECT_VERBS:
        return True
    if root.dep_ == "pobj" and head.dep_ == "prep":
        prep = head.lower_
        governor = head.head.lemma_.lower()
        if prep == "against" or (prep in ("for", "to") and governor in FOR_HEADS):
            return True
        if not via_noun and governor in PREPOSITION_HEADS.get(prep, ()):
            return True
    if root.dep_ in ("appos", "compound", "amod") and head.pos_ == "NOUN" and (
        (lemma in TEAM_NOUNS and head.i < start) or (lemma in TEAM_ROLES and head.i >= end)
    ):
        return True  # "Portuguese side Aveiro", "Aveiro coach Hélder Vasconcelos" (not "US team Cloud9": a country's team)
    if any(c.dep_ in ("compound", "amod", "appos") and c.lemma_.lower() in TEAM_NOUNS and c.i < start for c in root.children):
        return True  # the same, parsed the other way round ("side" a compound of "Aveiro")
    if root.dep_ in ("appos", "compound") and head.pos_ == "NOUN" and not start <= head.i < end:
        return _is_team_context(doc, head.i, head.i + 1, via_noun=True)  # "defeated debutants Panama": the noun's place decides
    return False


def team_names(doc, places: Iterable[tuple[int, int]]) -> set[str]:  # noqa: ANN001 - spaCy Doc
    """Surface forms of the place mentions (token spans) that stand for a team somewhere in a sports report."""
    if not is_sports_report(doc):
        return set()
    return {doc[s:e].text for s, e in places if _is_team_context(doc, s, e)}


def team_nicknames(doc) -> list[tuple[int, int]]:  # noqa: ANN001 - spaCy Doc
    """Token spans of "the <Capitalised plural>" in a sports report: a nickname ("the Sailors", "the Knights")."""
    if not is_sports_report(doc):
        return []
    return [
        (t.i, t.i + 1)
        for t in doc
        if t.i > 0
        and doc[t.i - 1].lower_ == "the"
        and t.tag_ in ("NNPS", "NNS")
        and t.is_alpha
        and t.text[:1].isupper()
        and not t.text.isupper()
        and t.text.endswith("s")
    ]


NOT_NICKNAMES = frozenset(
    """Games Championships Finals Series Awards Olympics Paralympics Nations Islands Mountains Hills Falls Heights
    Highlands Plains Lakes Springs Keys States Emirates Netherlands Philippines Territories Provinces Midlands
    Americas Times News Sports Affairs Services Studies Sciences Arts Athletics Communications Industries Holdings
    Partners Brothers Sons Systems Technologies Labs Associates Airlines Airways Lines Sands Downs Fields Gardens
    Woods Dales Docks Commons Lords Courts Forces Wars Alps Andes Rockies Pyrenees Himalayas Carpathians Apennines
    Dolomites Cascades Appalachians Ardennes""".split()
)
"""Capitalised plurals that end names of events, places (mountain ranges among them: "the Southern Alps"),
companies and institutions, never a team's nickname."""


def _nickname(token) -> bool:  # noqa: ANN001 - spaCy Token
    """A capitalised plural word that can be a team's nickname ("Jets", "Wolverines", "Verdinegros")."""
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and not token.text.isupper()
        and token.text.endswith("s")
        and len(token.text) > 3
        and token.text not in NOT_NICKNAMES
    )


def team_full_names(doc, persons: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:  # noqa: ANN001 - spaCy Doc
    """Token spans of "<place> <nickname>" team names in a sports report ("the Winnipeg Jets", "Hull Wolverines").

    The place is one to three capitalised proper nouns right before a nickname (:func:`_nickname`), which no
    capitalised word follows ("the Champions League" is no team) and which is not the end of a person's name
    (``persons``: token spans of PERSON mentions, "Serena Williams") nor after a given name ("Dries Mertens",
    whatever the model made of it).
    """
    if not is_sports_report(doc):
        return []
    in_person = {i for s, e in persons for i in range(s, e)}
    out = []
    for t in doc:
        if not _nickname(t) or t.i in in_person or t.i == 0:
            continue
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if after is not None and after.text[:1].isupper() and after.is_alpha and t.whitespace_:
            continue  # the name goes on ("the Champions League")
        start = t.i
        while (
            start > 0
            and t.i - start < 3
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].is_alpha
            and doc[start - 1].whitespace_
        ):
            start -= 1
        if start < t.i and not any(i in in_person for i in range(start, t.i)) and not is_given_name(doc[start].text):
            out.append((start, t.i + 1))
    return out


def nickname_mentions(doc, nicknames: set[str]) -> list[tuple[int, int]]:  # noqa: ANN001 - spaCy Doc
    """Token spans of every other mention of a team's nickname (``nicknames``) in a sports report ("the Jets",
    "Jets coach ...")."""
    if not nicknames or not is_sports_report(doc):
        return []
    return [(t.i, t.i + 1) for t in doc if t.text in nicknames and _nickname(t)]

