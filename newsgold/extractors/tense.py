"""Which way in time a sentence points, from the dependency parse.

A date without a year ("April") or a bare weekday ("on Monday") is resolved
against the document creation date in the direction the tense of its clause
implies (``gold/GUIDELINES.md`` section 6): "Lavrov said ... on Monday" is the
Monday before, "they will meet on Monday" the Monday after. This module finds
the verb the date attaches to and reads its tense from the tags of the verb
and its auxiliaries.
"""

from __future__ import annotations

import re
from typing import Literal

from newsgold.extractors.nlp import doc_text

Direction = Literal["past", "future", "present"]

FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll", "wo"})
RESULT_HEADS = frozenset({"come", "go", "rally", "fight", "battle", "recover", "bounce"})
"""Verbs whose infinitive tells what happened, not what was planned ("came back to win", "went on to claim")."""
EXPECTATION_VERBS = frozenset({"expect", "schedule", "slate", "set", "due", "plan"})
"""Passives that place their date ahead of the time they were said ("was expected by Thursday")."""
NEUTRAL_MODALS = frozenset({"would", "could", "should", "might", "may", "must", "can", "ca"})


def _opens_a_clause(verb) -> bool:  # noqa: ANN001 - spaCy Token
    """The verb is the first word of its sentence or of a quotation (where an imperative stands)."""
    return verb.i == verb.sent.start or verb.doc[verb.i - 1].tag_ == "``"


def _verb_direction(verb) -> Direction | None:  # noqa: ANN001 - spaCy Token
    """Tense of one verb from its tag and its auxiliaries; None when it says nothing (a bare participle)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & FUTURE_AUX:
        return "future"
    if "to" in lowers or any(a.tag_ == "TO" for a in auxes):
        if verb.dep_ in ("relcl", "acl"):
            return None  # "time to spare on Tuesday": an infinitive that modifies a noun says nothing of time
        if verb.dep_ == "advcl" and verb.head.lemma_ in RESULT_HEADS:
            return None  # "came from behind to beat them on Tuesday": a result, dated by the verb it follows
        return "future"  # infinitive of plan: "agreed to hold the summit in June"
    if lowers & NEUTRAL_MODALS:
        return None
    if verb.tag_ == "VB" and not auxes and _opens_a_clause(verb) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children
    ):
        return "future"  # an imperative asks for something still to come: "Ask me after the weekend"
    if verb.tag_ == "VBN" and verb.lemma_ in EXPECTATION_VERBS and any(a.dep_ == "auxpass" for a in auxes):
        return "future"  # "the result was expected by Thursday", "had been set for trial in April"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and lowers & {"has", "have", "'ve", "’ve", "had"}:
        return "past"
    if verb.tag_ == "VBG" and lowers & {"is", "are", "am", "'s", "'re", "’s", "’re"}:
        return "future"  # present progressive of a scheduled event: "are meeting on Wednesday"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ == "VBN" and lowers & {"is", "are", "am"}:
        return "present"
    if verb.tag_ in ("VBZ", "VBP") or verb.lower_ in ("is", "are", "am"):
        return "present"
    return None


BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
"""A paragraph break (blank line, CRLF or stray spaces included)."""


def _across_paragraphs(a, b) -> bool:  # noqa: ANN001 - spaCy Tokens
    """The two tokens lie in different paragraphs (a blank line between them).

    The parser reads a headline or byline without a full stop and the
    paragraph after it as one sentence and may hang a date of the paragraph
    on a verb of the headline ("Rada approves ... to rebuild ... before
    winter / by ... / The Verkhovna Rada on Tuesday approved"): that verb's
    tense says nothing about the date.
    """
    lo, hi = sorted((a.idx, b.idx))
    return BLANK_LINE.search(doc_text(a.doc), lo, hi) is not None


def _present_perfect(verb) -> bool:  # noqa: ANN001 - spaCy Token
    """``has``/``have`` + past participle, which English does not date with a day or month of its own.

    "Farmers have announced a road blockade on Monday" cannot mean they
    announced it on Monday ("*have announced on Monday"): the date belongs to
    what was announced, whose time the tense does not give.
    """
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "’ve") for c in verb.children
    )


def present_simple(token) -> bool:  # noqa: ANN001 - spaCy Token
    """The clause ``token`` belongs to is in the simple present ("is", "recognise", "do not reflect")."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP") and not auxes:
        return True
    return verb.tag_ == "VB" and bool(auxes) and all(a.lower_ in ("do", "does") for a in auxes)


def _has_neutral_modal(verb) -> bool:  # noqa: ANN001 - spaCy Token
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in NEUTRAL_MODALS for c in verb.children)


def direction_of(span) -> Direction | None:  # noqa: ANN001 - spaCy Span
    """The tense direction of the clause governing ``span``, walking up the parse to the first verb that has one.

    Returns None when no verb up to the sentence root says anything (a
    headline without a verb), or when the date modifies a noun before it
    reaches a verb ("a summit ... in June" in a past-tense sentence: the
    summit's time is not the reporting verb's), in which case callers take the
    nearest date.
    """
    token = span.root
    inside = {t.i for t in span}
    seen = 0
    while seen < 64:
        seen += 1
        if token.i not in inside and token.pos_ in ("NOUN", "PROPN", "PRON"):
            return None
        if token.pos_ in ("VERB", "AUX"):
            if _present_perfect(token):  # "have called for a protest on Thursday": the protest's date, not the call's
                return "past" if span.root.head.lower_ == "since" else None  # "has met him twice since January"
            d = _verb_direction(token)
            if d is not None:
                return d
            if _has_neutral_modal(token):
                return None  # "said talks would resume in January": the modal's clause is not the reporting verb's
        if token.head is token or _across_paragraphs(token, token.head):
            return None
        token = token.head
    return None
