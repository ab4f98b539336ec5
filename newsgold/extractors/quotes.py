"""The ``quotes`` extractor: direct quotations, their speakers and ``said_by``.

Written on spaCy alone (no textacy). For each quotation found by
:mod:`newsgold.extractors.quote_marks`:

1. **The reporting verb.** First a verb outside the quotation that governs it
   in the dependency parse and is a reporting verb ("said", "insisted",
   "accused ... of", "noting"), nearest first; else a reporting verb right
   after the closing mark in the same sentence (``"...," said Lavrov.``,
   ``"...," he continued.``); else one right before the opening mark
   (``Blinken said: "..."``, the second half of an interrupted quotation).
2. **The speaker** is the verb's subject (``nsubj``); a verb without one
   borrows the subject of the verb it hangs from ("Blinken said, adding that
   ..."); a relative pronoun ("Blinken, who ... stressed") is replaced by the
   noun it refers to.
3. **The speaker mention.** A subject inside a PERSON mention (the entity
   extractor's mentions, so the same conventions apply) is that mention. A
   pronoun ("he", "she") or a description of a person ("the Russian foreign
   minister", "the top US diplomat"; not an indefinite one, "an official", which
   introduces someone new) names the person of the closest earlier PERSON
   mention outside any quotation (the subject of that mention's sentence, if
   a PERSON is its subject); the relation then goes to that
   person's mention nearest to the quotation (``gold/GUIDELINES.md`` section 7).
   A role description ("the judge") first looks for the person the text gave
   that role ("Judge Theodore Brandt"); an indefinite one ("one diplomat"),
   and a pronoun continuing one, has no named speaker.
4. **No verb**: "according to X" in the sentence names X, and so does the
   subject of a clause that introduces it with a colon ("X put it bluntly:"); a quotation that
   runs on into the next paragraph (press style) takes the speaker of its
   continuation; otherwise a quotation that opens a sentence continues the
   previous quoted speaker of its paragraph (``"...," Blinken said. "..."``)
   or, when it opens the paragraph, of the previous paragraph's last quotation.

A quotation whose speaker is not a person (an organisation, "the report") or
cannot be found is still emitted, without ``said_by``, unless it looks like a
title (a short title-cased name such as "Kommersant": :func:`looks_like_a_title`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from newsgold import schema
from newsgold.corpus import Document
from newsgold.extractors import nlp as nlp_mod
from newsgold.extractors.base import SpanCollector
from newsgold.extractors.entities import RULES_VERSION as ENTITY_RULES_VERSION
from newsgold.extractors.entities import entity_mentions
from newsgold.extractors.gazetteer import given_name_gender
from newsgold.extractors.person_words import (
    HONORIFIC_GENDER,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PRONOUN_GENDER,
    ROLE_ABBREVIATIONS,
    TITLES,
)
from newsgold.extractors.name_cues import reference_list_start
from newsgold.extractors.quote_marks import Quotation, find_quotations, paragraphs
from newsgold.spandoc import SpanDocument

RULES_VERSION = "21"

REPORTING_VERBS = frozenset(
    """say tell add continue insist stress warn note caution accuse condemn argue claim state declare announce
    explain write tweet post ask reply respond answer comment remark suggest urge call describe admit acknowledge
    confirm deny assert maintain point observe recall emphasise emphasize predict promise vow pledge threaten
    complain concede conclude report quote cite dismiss label praise criticise criticize blast slam charge allege
    demand tout hail welcome lament mourn joke quip shout cry whisper testify agree disagree counter retort
    stipulate affirm reiterate repeat boast brand term dub submit contend recommend advise""".split()
)
"""Lemmas of verbs that introduce direct speech (a superset of the usual news cues)."""


INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any"})

_WINDOW = 8
"""Tokens searched for a reporting verb after a closing / before an opening mark."""


@dataclass(frozen=True, slots=True)
class Attribution:
    """One quotation and, if found, the character span of its speaker's PERSON mention."""

    quote: Quotation
    speaker: tuple[int, int] | None
    cue: bool = True
    """Whether anything in the text introduces it as speech (a reporting verb, "according to", a colon, a speaker)."""


def _genders_from_honorifics(text: str, surnames: dict[str, list[tuple[int, int]]]) -> dict[str, str]:
    """``{surname: "m"|"f"}`` for people the text names with a gendered honorific (never with both)."""
    import re

    found: dict[str, set[str]] = {}
    for m in re.finditer(r"\b(Mr|Sir|Lord|Mrs|Ms|Miss|Dame|Lady)\.?[ \u00a0]+((?:[A-Z][\w’'-]*[ \u00a0]+)*[A-Z][\w’'-]*)", text):
        surname = _surname(m.group(2))
        if surname in surnames:
            found.setdefault(surname, set()).add(HONORIFIC_GENDER[m.group(1)])
    return {name: genders.pop() for name, genders in found.items() if len(genders) == 1}


def _surname(text: str) -> str:
    return text.replace("’s", "").replace("'s", "").split()[-1]


class _Document:
    """One parsed document with its PERSON mentions and quotation token sets."""

    def __init__(self, doc, quotations: list[Quotation]) -> None:  # noqa: ANN001 - spaCy Doc
        self.doc = doc
        self.text: str = nlp_mod.doc_text(doc)
        self.quotations = quotations
        self.persons = sorted((s, e) for s, e, label in entity_mentions(doc) if label == schema.PERSON)
        self._person_starts = [p[0] for p in self.persons]
        self.inside: list[tuple[int, int]] = sorted(
            (q.open_mark, (q.close_mark if q.close_mark is not None else q.end) + 1) for q in quotations
        )
        self._inside_starts = [s for s, _ in self.inside]
        # PERSON mentions outside every quotation, by end (antecedents) and by surname (the nearest mention)
        self.outside = sorted((p for p in self.persons if not self.in_any_quote(*p)), key=lambda p: (p[1], p[0]))
        self._outside_ends = [p[1] for p in self.outside]
        self.by_surname: dict[str, list[tuple[int, int]]] = {}
        for p in self.outside:
            self.by_surname.setdefault(_surname(self.text[p[0] : p[1]]), []).append(p)
        # an honorific's gender belongs to a surname only while one person carries it ("Mr. Ackerley" and his
        # sister "Danielle Ackerley" are two people)
        full_names: dict[str, set[str]] = {}
        for p in self.outside:
            words = self.text[p[0] : p[1]].split()
            if len(words) > 1:
                full_names.setdefault(_surname(self.text[p[0] : p[1]]), set()).add(" ".join(words))
        shared = {name for name, names in full_names.items() if len(names) > 1}
        genders: dict[str, set[str]] = {}
        for name, g in _genders_from_honorifics(self.text, self.by_surname).items():
            genders.setdefault(name, set()).add(g)
        for surname, names in full_names.items():
            for g in filter(None, (given_name_gender(n.split()[0]) for n in names)):
                genders.setdefault(surname, set()).add(g)
        self.gender = {k: v.pop() for k, v in genders.items() if k not in shared and len(v) == 1}
        self.role_holders = _role_holders(doc, self.outside, self.text)

    def gender_of(self, mention: tuple[int, int]) -> str | None:
        """The gender a mention's own given name says ("Itziar Uriarte"), else its surname's (:attr:`gender`)."""
        words = self.text[mention[0] : mention[1]].split()
        return (given_name_gender(words[0]) if len(words) > 1 else None) or self.gender.get(_surname(words[-1]))

    def in_any_quote(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside a quotation (quotations do not overlap: one bisection)."""
        k = bisect.bisect_right(self._inside_starts, start) - 1
        return k >= 0 and end <= self.inside[k][1]

    def person_at(self, token) -> tuple[int, int] | None:  # noqa: ANN001
        k = bisect.bisect_right(self._person_starts, token.idx) - 1
        if k >= 0 and self.persons[k][1] > token.idx:
            return self.persons[k]
        return None

    def outside_before(self, position: int) -> list[tuple[int, int]]:
        """PERSON mentions outside quotations that end at or before ``position``, in order."""
        return self.outside[: bisect.bisect_right(self._outside_ends, position)]

    def tokens(self, start: int, end: int) -> list:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return list(span) if span is not None else []


def _role(word: str) -> str:
    """The role noun a title or description word stands for ("Cllr" -> "councillor", "judges" -> "judge")."""
    w = word.lower().rstrip(".")
    return ROLE_ABBREVIATIONS.get(w, w)


def _role_holders(doc, mentions: list[tuple[int, int]], text: str) -> dict[str, list[str]]:  # noqa: ANN001
    """``{role: [surname, ...]}``: the people the text gives a role, in order of first mention.

    A role is a person noun written as a title right before the name ("Judge
    Theodore Brandt", "Cllr Sowerby", "Rovers manager Paul Greaves"), inside
    the mention, or in apposition ("Brandt, the presiding judge," / "the
    judge, Theodore Brandt,"). A later definite description ("the judge
    said") then refers to that person rather than to whoever was named last.
    """
    out: dict[str, list[str]] = {}

    def add(role: str, surname: str) -> None:
        if role in PERSON_NOUNS and surname not in out.setdefault(role, []):
            out[role].append(surname)

    for start, end in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        surname = _surname(text[start:end])
        for t in span[:-1]:
            add(_role(t.text), surname)
        k = span.start - 1
        while k >= 0 and span.start - k <= 3 and doc[k].pos_ in ("NOUN", "PROPN") and doc[k].whitespace_:
            add(_role(doc[k].text), surname)
            k -= 1
        root = span.root
        for c in root.children:
            if c.dep_ == "appos" and c.pos_ == "NOUN":
                add(_role(c.lemma_), surname)
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            add(_role(root.head.lemma_), surname)
    return out


def _subject(verb, quote_tokens: set[int]):  # noqa: ANN001, ANN202 - spaCy Token
    """The subject of ``verb``, else of the nearest governing verb that has one; relative pronouns resolved.

    "Blinken said, adding that ..." -> "adding" borrows "Blinken"; "going as
    far as describing Putin as a ..." climbs through the prepositions to the
    verb whose subject is the describer.
    """
    token = verb
    for _ in range(12):
        if token.pos_ in ("VERB", "AUX"):
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in quote_tokens]
            if subjects:
                subj = subjects[0]
                if subj.tag_ in ("WP", "WDT") and token.dep_ == "relcl":
                    return token.head
                return subj
        if token.head is token:
            return None
        token = token.head
    return None


def _is_reporting(token) -> bool:  # noqa: ANN001
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in REPORTING_VERBS


def _governing_verb(d: _Document, quote_tokens: set[int], within: tuple[int, int]):  # noqa: ANN202
    """The nearest reporting verb outside the quotation among the ancestors of its tokens.

    Only a verb ``within`` the quotation's paragraphs counts: the parser can
    hang a quotation that ends a paragraph on the first verb of the next one
    ("...right." / "Whitcomb ... told the judge"), which is not its cue.
    """
    best = None
    for i in sorted(quote_tokens):
        for depth, anc in enumerate(d.doc[i].ancestors):
            if anc.i in quote_tokens:
                continue
            if not within[0] <= anc.idx < within[1]:
                break
            if _is_reporting(anc):
                if best is None or depth < best[0]:
                    best = (depth, anc)
                break
    return best[1] if best else None


def _speaker_further_up(d: _Document, verb, quote_tokens: set[int], q: Quotation) -> tuple[int, int] | None:  # noqa: ANN001
    """The person of the next reporting verb above ``verb`` whose subject is one.

    "Vogt told this website that the attackers had posted ... “to prove they
    are serious.”": the nearest reporting verb ("posted") has a subject that
    is not a person; the speech is Vogt's, the subject of the "told" that
    governs it.
    """
    for anc in verb.ancestors:
        if anc.i in quote_tokens or not _is_reporting(anc):
            continue
        source = _subject(anc, quote_tokens)
        if source is not None and (speaker := _mention_for_subject(d, source, q)) is not None:
            return speaker
    return None


def _adjacent_verb(d: _Document, q: Quotation, para: tuple[int, int]):  # noqa: ANN202
    """A reporting verb just after the closing mark, else just before the opening mark, within the sentence."""
    if q.close_mark is not None:
        # only this paragraph: a cue in the next one belongs to the next paragraph's sentence
        after = [t for t in d.tokens(q.close_mark + 1, para[1]) if q.close_mark < t.idx < para[1]]
        for t in after[:_WINDOW]:
            if t.text in ('"', "“", "„", "«") or (t.is_sent_start and t.i > after[0].i and t.text not in (",",)):
                break
            if _is_reporting(t):
                return t
            if t.text in (".", "!", "?", ";"):
                break
    before = [t for t in d.tokens(para[0], q.open_mark) if para[0] <= t.idx and t.idx + len(t.text) <= q.open_mark]
    for t in reversed(before[-_WINDOW:]):
        if t.text in ('"', "”", "»", ".", "!", "?", ";"):
            break
        if _is_reporting(t):
            return t
    return None


ANTECEDENT_WINDOW = 200
"""PERSON mentions looked at before a pronoun (one further back is no pronoun's antecedent; keeps long texts linear)."""


def _antecedent(d: _Document, subj) -> tuple[int, int] | None:  # noqa: ANN001
    """The PERSON mention a pronoun or definite description refers back to.

    The closest earlier PERSON mention outside quotations, except that within
    the sentence of that mention a grammatical subject is preferred ("Blinken
    met Lavrov. ... he said" -> Blinken): subjects are the usual topic that a
    following pronoun continues (the centering heuristic, kept this simple).
    """
    earlier = d.outside_before(subj.idx)[-ANTECEDENT_WINDOW:]
    want = PRONOUN_GENDER.get(subj.lower_)
    if want is not None:  # "she" never refers back to a "Mr Aldridge"
        earlier = [p for p in earlier if d.gender_of(p) in (None, want)]
    if not earlier:
        return None
    last = earlier[-1]
    span = d.doc.char_span(last[0], last[1], alignment_mode="expand")
    if span is None:
        return last
    sent = span.sent
    k = len(earlier)
    while k > 0 and earlier[k - 1][1] > sent.start_char:
        k -= 1
    for p in earlier[k:]:
        if sent.start_char <= p[0] < sent.end_char:
            mention = d.doc.char_span(p[0], p[1], alignment_mode="expand")
            if mention is not None and (
                mention.root.dep_ in ("nsubj", "nsubjpass")
                # "Its president, Ms. Shabnam Qureshi, said": the name in apposition to the subject
                or (mention.root.dep_ == "appos" and mention.root.head.dep_ in ("nsubj", "nsubjpass"))
            ):
                return p
    return last


def _mention_for_subject(d: _Document, subj, q: Quotation) -> tuple[int, int] | None:  # noqa: ANN001
    """The PERSON mention a subject token stands for (see the module docstring, step 3)."""
    direct = d.person_at(subj)
    if direct is not None:
        for appos in (c for c in subj.children if c.dep_ == "appos"):
            # "BRS MLA Mr. K. Raghavender Rao": a role the model typed PERSON, the name beside it is the person
            named = d.person_at(appos)
            if named is not None and named != direct:
                return named
        return direct
    appositions = [c for c in subj.children if c.dep_ == "appos"]
    # "the jury's president, the historian Éliane de Saint-Aubin-Lacroix": the name is the role's role's apposition
    appositions += [g for c in appositions if c.pos_ == "NOUN" for g in c.children if g.dep_ == "appos"]
    for appos in appositions:
        # a role with the name beside it: "Its chairman, Tom Ashworth-Lee, said"
        named = d.person_at(appos) or (_missed_name(d, appos) if appos.pos_ == "PROPN" else None)
        if named is not None:
            return named
    lower = subj.lower_
    is_description = (
        (
            subj.pos_ in ("NOUN", "PROPN")
            and _is_person_noun(subj)
            or _is_age_description(subj)
        )
        # only a definite description refers back ("the minister"); "an official", "one diplomat" introduce someone new
        and not _is_indefinite(subj)
    )
    if lower in PERSON_PRONOUNS or is_description:
        antecedent = None
        if is_description:  # "the judge said": the person given that role, if the text names one
            holders = d.role_holders.get(_role(subj.lemma_), [])
            named = [p for p in d.outside_before(subj.idx) if _surname(d.text[p[0] : p[1]]) in holders]
            antecedent = named[-1] if named else None
            if antecedent is None and _unnamed_person_since(d, subj, subj.lemma_.lower()):
                return None  # "An official ... said ... / "...," the official said." is that unnamed official
        elif _unnamed_person_since(d, subj.sent[0]):
            return None  # "one volunteer, who did not give her name, said ... / "...," she said.
        antecedent = antecedent or _antecedent(d, subj)
        return None if antecedent is None else _nearest_mention(d, antecedent, q)
    if subj.pos_ == "PROPN" and subj.text[:1].isupper():
        if subj.text in d.by_surname:  # a surname the text names a person by, whatever the model typed this token
            same = d.by_surname[subj.text]
            return min(same, key=lambda p: (abs(p[0] - subj.idx), p[0]))
        described = any(
            (c.dep_ == "appos" and c.lemma_.lower() in PERSON_NOUNS)
            # "said Wójcik, who was appearing in her third final": "who" is said of people
            or (c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children))
            for c in subj.children
        )
        if subj.ent_type_ in ("", "PERSON") or described:  # "Piet Vranckx, the architect, told": a person
            return _missed_name(d, subj)
    return None


def _person_beside(d: _Document, q: Quotation, verb) -> tuple[int, int] | None:  # noqa: ANN001
    """A PERSON named between the closing mark and a subject-less reporting verb, or right after it.

    The parser sometimes leaves the verb of '"...," said Tanya Rhodes, director of ...' or
    '"...," the group's president, Gregory Pallone, said' without a subject (it hangs the name
    elsewhere); the words around the verb still name the speaker.
    """
    if q.close_mark is None or verb.idx <= q.close_mark:
        return None
    lo = bisect.bisect_right(d._person_starts, q.close_mark)
    hi = bisect.bisect_left(d._person_starts, min(verb.sent.end_char, verb.idx + 40))
    near = [p for p in d.persons[lo:hi] if not d.in_any_quote(*p)]  # persons between the mark and the window's end
    between = [p for p in near if p[1] <= verb.idx]
    if between:
        return between[-1]
    after = [p for p in near if p[0] > verb.idx]
    return after[0] if after else None


def _unnamed_person_since(d: _Document, token, lemma: str | None = None) -> bool:  # noqa: ANN001
    """True when an unnamed person was introduced after the last named one, before ``token``.

    An indefinite person description outside quotations ("One volunteer, who did not give her
    name, ...", "An official ... said") between the last PERSON mention and ``token`` (a few
    sentences back at most) is who a following "she" or "the official" continues. With
    ``lemma`` only a description with that head counts ("the official" continues "an
    official", not "a resident"); without it (a pronoun) the description must be a subject.
    """
    last = d.outside_before(token.idx)
    floor = last[-1][1] if last else 0
    for t in reversed(d.doc[max(0, token.i - 300) : token.i]):
        if t.idx < floor:
            return False
        if (
            t.pos_ == "NOUN"
            and (t.lemma_.lower() == lemma if lemma else t.dep_ in ("nsubj", "nsubjpass") and _is_person_noun(t))
            # "an official", or (for "the spokesperson") "the chancellor's spokesperson" with no name beside it
            and (_is_indefinite(t) or (lemma is not None and _possessed_without_name(d, t)))
            and not d.in_any_quote(t.idx, t.idx + len(t.text))
        ):
            return True
    return False


def _possessed_without_name(d: _Document, token) -> bool:  # noqa: ANN001
    """ "The chancellor's spokesperson sought to play down the row": a person noun with a possessor and no name in
    apposition introduces someone the article does not name."""
    return any(c.dep_ == "poss" for c in token.children) and not any(
        c.dep_ == "appos" and d.person_at(c) is not None for c in token.children
    )


def _is_person_noun(token) -> bool:  # noqa: ANN001
    """A noun that can only name a person (:data:`PERSON_NOUNS`), as written or by its lemma."""
    return token.lower_ in PERSON_NOUNS or token.lemma_.lower() in PERSON_NOUNS


def _is_age_description(token) -> bool:  # noqa: ANN001
    """"the 24-year-old": an age standing for a person (spaCy heads it on "old" with "year" below)."""
    return token.lower_ == "old" and any(c.lower_ in ("year", "years") for c in token.children)


def _is_indefinite(token) -> bool:  # noqa: ANN001
    """"a spokeswoman", "one European diplomat", "some residents": a description that names nobody known."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE for c in token.children)


def _missed_name(d: _Document, head) -> tuple[int, int]:  # noqa: ANN001
    """A name the entity model missed: the capitalised proper-noun run ending at ``head``.

    Hyphenated parts stay ("Eleanor Hart-Davies", not "Davies"); a leading
    title does not ("Ms Hart-Davies" -> "Hart-Davies").
    """
    left = head
    while left.i > 0:
        prev = d.doc[left.i - 1]
        if prev.text == "-" and not prev.whitespace_ and left.i > 1 and d.doc[left.i - 2].text[:1].isupper():
            left = d.doc[left.i - 2]  # "Hart" "-" "Davies"
        elif prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.whitespace_ and prev.lower_.rstrip(".") not in TITLES:
            left = prev
        else:
            break
    return (left.idx, head.idx + len(head.text))


def _according_to(d: _Document, q: Quotation, para: tuple[int, int]):  # noqa: ANN202
    """The object of "according to" in the sentence where the quotation opens or closes ("According to Lavrov, ...")."""
    edge = d.tokens(q.open_mark, q.open_mark + 1) + (
        d.tokens(q.close_mark, q.close_mark + 1) if q.close_mark is not None else []
    )
    sents = {t.sent.start for t in edge}
    for t in d.tokens(para[0], para[1]):
        if t.lower_ == "according" and t.i + 1 < len(d.doc) and d.doc[t.i + 1].lower_ == "to":
            if t.sent.start not in sents or q.open_mark <= t.idx <= (q.close_mark or q.end):
                continue
            objects = [c for c in d.doc[t.i + 1].children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _colon_subject(d: _Document, q: Quotation, para: tuple[int, int]):  # noqa: ANN202
    """The subject of the clause a colon introduces the quotation with ("Kowalska put it bluntly: "..."").

    Any verb can introduce a quotation through a colon, not only a reporting
    verb; the colon says the words that follow are the clause subject's.
    """
    before = d.text[para[0] : q.open_mark].rstrip()
    if not before.endswith(":"):
        return None
    colon = d.tokens(para[0] + len(before) - 1, para[0] + len(before))
    if not colon:
        return None
    # the clause before the colon (the parser may make the quotation's verb the root: look at the words instead)
    for t in colon[0].sent:
        if t.i >= colon[0].i:
            break
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "relcl":
            subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i]
            if subjects:
                return subjects[0]
    return None


def _opens_sentence(text: str, para: tuple[int, int], q: Quotation) -> bool:
    before = text[para[0] : q.open_mark].rstrip()
    return not before or before[-1] in ".!?:"


def _para_index(para_starts: list[int], position: int) -> int:
    return bisect.bisect_right(para_starts, position) - 1


def attribute(doc, quotations: list[Quotation] | None = None) -> list[Attribution]:  # noqa: ANN001 - spaCy Doc
    """Quotations of a parsed doc with their speaker mentions (see the module docstring).

    Three passes: each quotation's own cue (reporting verb, "according to");
    then a quotation running on into the next paragraph takes the speaker of
    its continuation (press style: the cue comes with the last paragraph);
    then a quotation with no cue that opens a sentence continues the previous
    quoted speaker.
    """
    text = nlp_mod.doc_text(doc)
    quotations = find_quotations(text) if quotations is None else quotations
    d = _Document(doc, quotations)
    paras = paragraphs(text)
    para_starts = [s for s, _ in paras]
    p_index = [_para_index(para_starts, q.open_mark) for q in quotations]
    speakers: list[tuple[int, int] | None] = []
    has_cue: list[bool] = []
    for q, pi in zip(quotations, p_index, strict=True):
        para = paras[pi]
        quote_tokens = {t.i for t in d.tokens(q.open_mark, (q.close_mark if q.close_mark is not None else q.end) + 1)}
        last_para = paras[_para_index(para_starts, q.close_mark if q.close_mark is not None else q.end)]
        verb = _governing_verb(d, quote_tokens, (para[0], last_para[1])) or _adjacent_verb(d, q, para)
        speaker = None
        source = None
        if verb is not None:
            source = _subject(verb, quote_tokens)
        else:
            source = _according_to(d, q, para) or _colon_subject(d, q, para)
        if source is not None:
            speaker = _mention_for_subject(d, source, q)
        if speaker is None and verb is not None:
            speaker = _speaker_further_up(d, verb, quote_tokens, q)
        if speaker is None and source is None and verb is not None:
            speaker = _person_beside(d, q, verb)
        if speaker is not None and q.open_mark <= speaker[0] and speaker[1] <= (q.close_mark or q.end):
            speaker = None  # a name inside the marks does not say them: 'The newspaper "Kommersant" reported'
        speakers.append(speaker)
        has_cue.append(verb is not None or source is not None)
    # run-on quotations take the speaker of their continuation in the next paragraph
    for i in range(len(quotations) - 2, -1, -1):
        q, nxt = quotations[i], quotations[i + 1]
        if (
            not has_cue[i]
            and q.close_mark is None
            and p_index[i + 1] == p_index[i] + 1
            and nxt.open_mark == paras[p_index[i + 1]][0]
            and speakers[i + 1] is not None
        ):
            speakers[i] = speakers[i + 1]
            has_cue[i] = True
    # a quotation with no cue that opens a paragraph right after a paragraph of reported speech is that speaker's
    for i, q in enumerate(quotations):
        pi = p_index[i]
        if has_cue[i] or pi == 0 or q.open_mark != paras[pi][0] or (i > 0 and p_index[i - 1] >= pi - 1):
            continue  # (a quotation in the previous paragraph: the continuation below decides)
        if (reported := _reported_speaker(d, paras[pi - 1], q)) is not None:
            speakers[i], has_cue[i] = reported, True
    # a quotation with no cue of its own that opens a sentence continues the previous quoted speaker:
    # the one before it in this paragraph, else (if it opens the paragraph) the previous paragraph's
    for i, q in enumerate(quotations):
        if has_cue[i] or i == 0 or not _opens_sentence(text, paras[p_index[i]], q):
            continue
        same_paragraph = p_index[i - 1] == p_index[i]
        previous_paragraph = p_index[i - 1] == p_index[i] - 1 and q.open_mark == paras[p_index[i]][0]
        if same_paragraph or previous_paragraph:
            speakers[i] = speakers[i - 1]
    # the relation goes to the speaker's mention nearest to the quotation, before or after it (section 7): a cue's
    # subject ("Kendra Oyelaran wrote that ... 'would have invited ...'") may be further than a mention after it
    speakers = [_nearest_mention(d, sp, q) if sp is not None else sp for q, sp in zip(quotations, speakers, strict=True)]
    return [
        Attribution(q, sp, cue or sp is not None) for q, sp, cue in zip(quotations, speakers, has_cue, strict=True)
    ]


def _reported_speaker(d: _Document, para: tuple[int, int], q: Quotation) -> tuple[int, int] | None:
    """The person whose words the last sentence of ``para`` reports ("Dundee head coach Siobhan Kerr-Whitelaw said
    her side had been second best."), which the quotation opening the next paragraph goes on to quote.

    Only a reporting verb with a reported clause (``ccomp``) counts, so "Kerr-Whitelaw said nothing" or "Kerr-Whitelaw
    joined in May" introduce no quotation.
    """
    span = d.doc.char_span(para[0], para[1], alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    last = list(span.sents)[-1]
    for token in last:
        if _is_reporting(token) and any(c.dep_ == "ccomp" for c in token.children):
            subj = _subject(token, set())
            if subj is not None:
                return _mention_for_subject(d, subj, q)
    return None


def _nearest_mention(d: _Document, speaker: tuple[int, int], q: Quotation) -> tuple[int, int]:
    """The mention of ``speaker``'s person (same surname, outside quotations) nearest to the quotation."""
    same = d.by_surname.get(_surname(d.text[speaker[0] : speaker[1]]))
    if not same or speaker not in same:
        return speaker
    end = q.close_mark if q.close_mark is not None else q.end
    # the nearest before and after the quotation (mentions are outside it, in order), and the speaker's own mention
    k = bisect.bisect_left(same, (q.open_mark, q.open_mark))
    candidates = [*same[max(0, k - 2) : k + 2], speaker]
    # characters apart, then the mention found as the speaker (the cue's subject), then the first
    return min(candidates, key=lambda p: (max(q.open_mark - p[1], p[0] - end, 0), p != speaker, p[0]))


_SMALL_WORDS = frozenset(
    "a an the of and or nor but in on at to for with by from as into over under upon de la le van von der den du des y e"
    .split()
)


def looks_like_a_term(content: str) -> bool:
    """A few words in quotation marks that nobody is said to say ('rated "very high"') mark a term, not speech.

    Used only for quotations with no cue at all; a chant ("Sweep! Sweep!") keeps its punctuation and stays.
    """
    stripped = content.strip()
    return bool(stripped) and len(stripped.split()) <= 3 and stripped[-1] not in ".!?,;:…"


def looks_like_a_title(content: str) -> bool:
    """A title-cased quotation ("Kommersant", "War and Peace", "Still Life with Lemon, Oysters and a
    Drowned Clock") names something; it is not speech.

    Used only for quotations with no speaker: a name in quotation marks with
    no one saying it is a title, a nickname or a newspaper, not a QUOTE.
    """
    words = [w.strip(".,;:!?()") for w in content.split()]
    words = [w for w in words if w]
    if not words or len(words) > 12 or content.rstrip()[-1:] in ".!?,":
        return False
    return all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words) and words[0][:1].isupper()


class QuoteExtractor:
    """Direct quotations in straight and curly marks, attributed through the reporting verb and the parse."""

    name = "quotes"
    labels = (schema.QUOTE,)
    """Scored on QUOTE (and attribution); its PERSON spans are only the ends of said_by."""
    description = (
        "QUOTE spans, speaker PERSON spans and said_by, from quotation marks + spaCy's parse (pronouns resolved)"
    )

    def __init__(self) -> None:
        self.version = f"quotes-{RULES_VERSION}+entities-{ENTITY_RULES_VERSION}+{nlp_mod.pipeline_version()}"

    def extract(self, documents: Sequence[Document]) -> list[SpanDocument]:
        out = []
        for document, doc in nlp_mod.parse_documents(documents):
            spans = SpanCollector(document)
            end = reference_list_start(document.text)
            for a in attribute(doc, [q for q in find_quotations(document.text) if q.start < end]):
                content = document.text[a.quote.start : a.quote.end]
                if a.speaker is None and (looks_like_a_title(content) or (not a.cue and looks_like_a_term(content))):
                    continue
                quote = spans.add(a.quote.start, a.quote.end, schema.QUOTE, prefix="q")
                if a.speaker is not None:
                    person = spans.add(a.speaker[0], a.speaker[1], schema.PERSON, prefix="p")
                    spans.relate(quote, person, schema.SAID_BY)
            out.append(spans.build())
        return out
