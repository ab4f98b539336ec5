"""Words in and around a name that decide its label, whatever the model said.

spaCy's small and medium English models often type an unfamiliar name by its
sound: an invented company is a PERSON ("Nordhaven"), a trade bloc a place
("Mercosur"), an ambassador an organisation. The text itself usually says
what the name is; these are the cues the ``spacy`` extractor reads
(``gold/GUIDELINES.md`` sections 1-3), and the label a cue gives holds for
every mention of the same name in the document:

* a **description noun right before the name**, to which the name is in
  apposition or compound: "the newspaper Última Hora", "shipping lines
  Nordhaven", "volunteer organization Comic Corps" -> ORG;
* a **group noun right after a place-typed name** that it heads: "the
  Mercosur bloc", "the Sea Org group" -> ORG (only for names the model calls
  a place: "the Biden team" stays PERSON, "the Iceland firm" is not cued:
  firm is not in the list, a country is often a firm's origin);
* an **organisation suffix** as a name's last word: "Larkspur United",
  "Northfield Health", "Kestrel Wire", "Meridian News" -> ORG;
* an **administrative place noun** right after a name the model did not call a place or a
  nationality, or governing it through "of": "Miyazaki prefecture", "the town of Santa Ana" -> GPE;
* a **person's title or role right before** a name of two or more words the
  model called an organisation or a place: "Ambassador Hamdullah Mohib",
  "coach Nabil Maaloul" -> PERSON;
* a **byline**: the names on a line "By Hannah Okonjo-Pryce, Local Democracy
  Reporter" or "By Yuki Morishita and Grace Ng-Whitfield" -> PERSON
  (:func:`byline_names`);
* **what only an organisation has or does**, around a name the model called a
  person: "Corvane, which ...", "Kestrel's board", "Lumisense shares",
  "shares of Calder Ridge", "a stake in Iskra", and an organisation noun in
  apposition after it ("Ledgerly, a San Francisco startup that ...") -> ORG.

The cues are the words of the language around a name, not lists of names, with
three exceptions of world knowledge no maintained data package holds, each
small and documented where it is defined: social networks
(:data:`SOCIAL_PLATFORMS`), names standing for parties (:data:`PARTY_NAMES`)
and, for colon datelines only, the gazetteer's places
(:func:`dateline_places`).
"""

from __future__ import annotations

import re

from newsgold import schema
from newsgold.extractors.gazetteer import is_given_name, is_place_name, is_region_name
from newsgold.extractors.person_words import PERSON_APPOSITION_NOUNS, PERSON_ROLES
from newsgold.extractors.quote_marks import paragraphs

ORG_WORDS = frozenset(
    """University Universidad Universität Université Institute Instituto Institut College School Academy Municipality
    Council Committee Commission Ministry Department Agency Authority Office Bureau Board Company Corporation Corp
    Inc Ltd Limited LLC plc Group Holdings Bank Airlines Airways Line Lines Party Union Association Federation
    League Club FC Foundation Society Trust Court Parliament Assembly Senate Congress Police Army Navy""".split()
)
"""Capitalised words that make a name an organisation's ("Castellan Container Line", "Municipality of Livorno")."""

ORG_NOUNS_BEFORE = frozenset(
    """newspaper paper daily tabloid magazine broadcaster channel network station agency company firm corporation
    group union party club team organisation organization charity foundation movement militia bank airline carrier
    line lines website site startup insurer retailer publisher operator manufacturer carmaker brand label studio
    association federation league coalition consortium alliance bloc outlet""".split()
)
"""Nouns that, right before a name in apposition, say the name is an organisation's."""

ORG_NOUNS_AFTER = frozenset("bloc group organisation organization movement militia alliance coalition party".split())
"""Nouns that, right after a place-typed name they head, make it an organisation's ("the Mercosur bloc")."""

ORG_SUFFIXES = frozenset(
    """United Rovers Wanderers Athletic Albion Rangers Hotspur FC AFC FF IF BK SK SC CF Health Healthcare Wire News Press Media Times
    Post Herald Gazette Tribune Telegraph Network Radio Television TV Broadcasting Energy Motors Pharmaceuticals
    Pharma Systems Technologies Labs Laboratories Partners Capital Ventures Logistics Shipping Insurance Defence Defense""".split()
)
"""Last words that make a name of two or more words an organisation's ("Larkspur United", "Meridian News")."""

LOCAL_BODY_WORDS = frozenset(
    """Council Club Hospital Hospitals Infirmary Service Services Police Fire Ambulance Shire District County City
    Borough Municipality Municipal University College School Schools Airport Port Harbour Library Museum Court
    Church Cathedral Parish Diocese Board Authority Trust Region Regional Province Provincial State Metropolitan
    Town Village Community General Royal""".split()
)
"""Words after a place's name in the name of a body of that place ("Bellinga Shire Council", "Hamilton Police
Service", "Kidderminster General Hospital"): the words before them name the place, not the body."""

SOCIAL_PLATFORMS = frozenset(
    """Twitter Facebook Instagram LinkedIn TikTok YouTube WhatsApp Reddit Snapchat Weibo WeChat Bluesky Mastodon
    Telegram""".split()
)
"""Social networks, which news quotes posts from: organisations (the guidelines' own example is `Twitter`), which
the model types a person ("Instagram"), a place ("LinkedIn") or misses. A short list of world knowledge no
data package keeps; "X" counts only as "on X" or beside "Twitter" (:func:`platform_mentions`)."""

PARTY_NAMES = (
    "Labour", "Liberal Democrats", "Lib Dems", "Fianna Fáil", "Fine Gael", "Sinn Féin", "Bloc Québécois", "Plaid Cymru",
    "Social Democrats", "Christian Democrats", "Free Democrats", "Greens",
)
"""Names that stand for a party (guidelines section 5: "Labour" is ORG, a member noun such as "Democrats" or
"Conservatives" is NORP), which the model types a person ("Fianna Fáil") or misses ("Labour")."""

PARTY = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, PARTY_NAMES), key=len, reverse=True)) + r")(?![\w-])(?! (?:Day|Party|[Mm]arket|[Rr]elations))")
"""A party's name, not inside a longer word or before "Day" ("Labour Day") or "Party" (then the longer name is it)."""


WORLD_REGIONS = (
    "Africa", "Antarctica", "Asia", "Europe", "Oceania", "North America", "South America", "Latin America",
    "Central America", "Middle East", "Southeast Asia", "South Asia", "East Asia", "Central Asia", "East Africa",
    "West Africa", "North Africa", "Southern Africa", "Arctic", "Antarctic", "Pacific", "Atlantic", "Caribbean",
    "Mediterranean",
)
"""Continents, oceans and the regions news divides the world into: LOC (guidelines section 4, "named geographic
regions and features without a government"), which the model types GPE ("Europe") or misses ("Africa"). A closed
class of world knowledge; mountain ranges, rivers and islands are not listed (they are open classes)."""

WORLD_REGION = re.compile(
    r"(?<![\w’'-])(?:" + "|".join(sorted(map(re.escape, WORLD_REGIONS), key=len, reverse=True)) + r")(?![\w-])"
)
CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w’'.-]*[ \u00a0]$")
CAPITALISED_WORD_AFTER = re.compile(r"^[ \u00a0]+[A-Z]")
ORG_OF_BEFORE = re.compile(r"[A-Z][\w’'.-]* of[ \u00a0]$")
SENTENCE_OPENERS = frozenset("the in across throughout from to for and but outside beyond into around over with by on at as".split())
"""Capitalised words that may stand before a region's name at a sentence's start ("In Europe, ..."): not a name."""


def world_region_mentions(text: str) -> list[tuple[int, int]]:
    """Character spans of :data:`WORLD_REGIONS` standing alone: not inside a longer name, so neither after a
    capitalised word ("South Africa"; a sentence's first word such as "In" aside) nor before one ("Pacific Gas and
    Electric", "Africa Cup of Nations"), nor after "<Capitalised word> of" ("Council of Europe")."""
    out = []
    for m in WORLD_REGION.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        before_word = CAPITALISED_WORD_BEFORE.search(before)
        if before_word is not None and before_word.group(0).rstrip().lower() not in SENTENCE_OPENERS:
            continue
        if CAPITALISED_WORD_AFTER.match(text[m.end() : m.end() + 3]):
            continue
        if ORG_OF_BEFORE.search(before):
            continue  # "Council of Europe", "Bank of Africa": the end of an organisation's name
        out.append((m.start(), m.end()))
    return out


SOURCE_LINE = re.compile(
    r"^[ \t]*(?:[*•-][ \t]+)?(?:[^\n\"“”]{1,80}?\.[ \t]+)?[\"“][^\n]+[\"”][ \t]+[—–-][ \t]+(?P<outlet>[^\n,]+?),[ \t]+"
    r"(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})[ \t]*\r?$",
    re.MULTILINE,
)
"""A line of a Wikinews-style "Sources" list: a headline in quotation marks, a dash, the outlet and the date
(`"Peru bus crash in Andes kills 19" — Peru Reports, February 12, 2017`), after a bullet and the author's name
when the list gives them (`* Jane Roe. "Landslide blocks river" — Alpine Press Service, September 13, 2016`)."""

REFERENCE_HEADINGS = frozenset({"Sources", "Source", "References", "External links", "Related news", "See also"})


def reference_list_start(text: str) -> int:
    """Where a closing list of sources begins (a line that is only "Sources", "References", ...), else ``len(text)``.

    Wikinews articles end with such a list, each entry an article's title in
    quotation marks ('* Jane Roe. "Landslide blocks river" — Alpine Press
    Service, September 13, 2016'): titles, not speech, whatever their case, so
    no quotation after the heading is one.

    >>> t = 'He said "yes."\\n\\nSources\\n\\n* "Rain falls on town" — Gazette\\n'
    >>> t[reference_list_start(t):].split()[0]
    'Sources'
    """
    found = len(text)
    for start, end in paragraphs(text):
        if text[start:end].strip() in REFERENCE_HEADINGS:
            found = start  # the first such heading: everything below it is the list
            break
    return found


REPORTS_FROM = re.compile(r"^[ \t]*With reports? from (?P<outlets>[^\n]+?)\.?[ \t]*\r?$", re.MULTILINE)
"""A credit line naming the outlets a story drew on ("With reports from El Informador and Milenio")."""

WIRE_AGENCIES = (
    "The Associated Press", "Associated Press", "Reuters", "Agence France-Presse", "Bloomberg News", "The Canadian Press",
    "Canadian Press", "Australian Associated Press", "Press Association", "PA Media", "Press Trust of India",
)
"""News agencies whose name closes a byline line ("By DARLA HUTCHENS-MORROW Associated Press")."""
BYLINE_AGENCY = re.compile(
    r"^[ \t]*By [^\n]+?,?[ \t]+(?P<agency>" + "|".join(re.escape(a) for a in WIRE_AGENCIES) + r")[ \t]*\r?$", re.MULTILINE
)
"""A byline line that ends with the agency the writer works for, after the writer's name."""


def source_outlets(text: str) -> list[tuple[int, int]]:
    """Character spans of the outlets a story credits: in a "Sources" list line (:data:`SOURCE_LINE`), a byline
    that ends with a news agency (:data:`BYLINE_AGENCY`) or a "With reports from" line (:data:`REPORTS_FROM`). Such
    a line names publishers (ORG), whatever the outlet's name sounds like ("La República", "Agencia Andina",
    "Southern Coast Courier")."""
    out = [(m.start("outlet"), m.end("outlet")) for m in SOURCE_LINE.finditer(text)]
    out += [(m.start("agency"), m.end("agency")) for m in BYLINE_AGENCY.finditer(text)]
    for m in REPORTS_FROM.finditer(text):
        start = m.start("outlets")
        for name in LISTED_NAME.finditer(m.group("outlets")):
            out.append((start + name.start("name"), start + name.end("name")))
    return out


LISTED_NAME = re.compile(r"(?:^|,\s*(?:and\s+)?|\s+and\s+)(?P<name>.+?)(?=,|\s+and\s+|$)")
"""One name of a list "A, B and C" (each without the commas and the "and" between them)."""


def party_mentions(text: str) -> list[tuple[int, int]]:
    """Character spans of parties' names (:data:`PARTY_NAMES`)."""
    return [(m.start(), m.end()) for m in PARTY.finditer(text)]


CLUB_PREFIXES = frozenset(
    """Sporting Atlético Athletico Athletic Racing Unión Union Real Deportivo Dinamo Dynamo Lokomotiv Spartak Olympique
    Olympiacos Rapid Sparta Slavia Ferencváros Inter Internacional Independiente Club""".split()
)
"""First words of sports clubs' names ("Sporting Cáceres", "Atlético Cerrado", "Dinamo Tbilisi"): ORG whatever the
model typed the whole ("Real" and "Union" count only before a capitalised word)."""

COMPANY_FORMS = frozenset("GmbH AG SE SA SpA NV BV Oy Oyj AB ASA KGaA Bhd Pty Pte Ltd Inc Corp plc PLC LLC LLP Co".split())
"""Legal forms that end a company's name ("Hallwerk Beteiligungs GmbH", "Kestrel Pty"), with or without a full stop."""

FEATURE_PREFIXES = frozenset("Lake Mount Mt Mt. Loch Lough".split())
"""First words of a lake's or a mountain's name ("Lake Victoria", "Mount Elgon"): LOC (guidelines section 4)."""

CLUB_SHORT_FORMS = frozenset("United Rovers Wanderers Athletic Albion Rangers Hotspur".split())
"""Suffixes that are, on their own, the short name of the club ("Rovers" for "Ashford Rovers")."""

FEATURE_WORDS = frozenset(
    """Channel Strait Straits Sea Ocean Gulf River Lake Mountains Peninsula Valley Desert Glacier Field Basin
    Plateau Range Falls Fjord Sound Volcano""".split()
)
"""Last words of a geographic feature's name ("Beagle Channel", "Southern Patagonian Ice Field"): LOC, not an
organisation or a government (guidelines section 4). Not "Island(s)", "Bay" or "Coast": many such names are
places with a government ("Faroe Islands", "Green Bay", "West Coast" as a region)."""

STORM_WORDS = frozenset("Typhoon Hurricane Cyclone Storm Tropical Super".split())
"""First words of a named storm ("Typhoon Kaede"): an event, no newsgold entity, and neither is its name alone."""

FACILITY_WORDS = frozenset(
    """Station Stadium Arena Centre Center Airport Airbase Bridge Street Road Avenue Square Museum Hall Tower
    Memorial Mosque Cathedral Highway Motorway Tunnel Terminal""".split()
)
"""Last words of a facility's name ("Volgograd Arena", "Shandao Station"): OntoNotes FAC, which newsgold drops
(docs/extractors.md: neither LOC nor, usually, ORG), so such a name is no entity, whatever label the model gave."""


ORG_POSSESSIONS = frozenset(
    """board shares shareholders stock staff employees workforce headquarters customers subsidiary subsidiaries
    ceo cfo revenue revenues sales profit profits bonds valuation""".split()
)
"""Nouns after "X's" that only an organisation has ("Kestrel's board", "Vasundhara's shareholders"); with
"chief executive" and "chief financial officer" (two words, :func:`_org_only_context`). Not "spokesman" or
"chairman": a politician has a spokesman, a committee's chair is a person's title."""

ORG_STAKES = frozenset({"shares", "stake", "stakes", "stock"})
"""Nouns that, before "of"/"in" and a name, make it a company: "shares of Calder Ridge", "a stake in Iskra"."""


ADMIN_DIVISION_WORDS = frozenset("Oblast Region Province District Prefecture County Governorate Regency Krai Upazila Voivodeship".split())
"""Last words of an administrative division's name ("Kharkiv Oblast", "Ashanti Region", "Ōtorohanga District"): a
place with a government, GPE (guidelines section 4), which the model types ORG, LOC or PERSON. Not "Municipality",
"Department" or "State", which as often end a body's name ("Istanbul Metropolitan Municipality", "Idaho State")."""


PLACE_NOUNS = frozenset(
    """city town village municipality province provinces prefecture prefectures county counties district state
    borough township commune""".split()
)
"""Lower-case nouns of an administrative place: right after a name they head ("Miyazaki prefecture",
"Cagayan province") or right before "of <name>" ("the town of Santa Ana"), they make the name a GPE."""

def _apposition_or_compound(cue, name_root) -> bool:  # noqa: ANN001 - spaCy Tokens
    return name_root.head.i == cue.i or cue.head.i == name_root.i or cue.head.i == name_root.head.i


def cue_label(doc, start: int, end: int, label: str) -> str | None:  # noqa: ANN001 - spaCy Doc
    """The label a cue gives the name at tokens ``[start, end)`` (model label ``label``), or None."""
    tokens = doc[start:end]
    if start > 0:
        before = doc[start - 1]
        if (
            before.text.islower()
            and before.pos_ == "NOUN"
            and before.lower_ in ORG_NOUNS_BEFORE
            and _apposition_or_compound(before, tokens.root)
        ):
            return schema.ORG
        if (
            label in (schema.ORG, schema.GPE, schema.LOC)
            and end - start >= 2
            and before.lower_.rstrip(".") in PERSON_ROLES
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tokens)
            and not any(t.text in ORG_SUFFIXES or t.text in ORG_WORDS for t in tokens)
        ):
            return schema.PERSON
    if label == schema.PERSON and _org_only_context(doc, start, end):
        return schema.ORG
    if (
        label == schema.PERSON
        and end - start >= 2
        and is_region_name(tokens[-1].text)
        and not any(is_given_name(t.text) for t in tokens[:-1])  # "Michael Jordan", "George Washington"
    ):
        return schema.ORG  # "Airtel Kenya", "Nestlé Nigeria": a company's national arm, not a person named after a country
    if label in (schema.ORG, schema.GPE, schema.LOC) and _person_in_apposition(doc, start, end):
        return schema.PERSON
    if label in (schema.PERSON, schema.ORG, schema.LOC) and _place_noun_cue(doc, start, end):
        return schema.GPE
    if label in (schema.PERSON, schema.ORG, schema.GPE) and _feature_noun_cue(doc, start, end):
        return schema.LOC  # "the Scheldt estuary", "the island of Evia", "Nigardsbreen, an outlet glacier"
    if label in (schema.GPE, schema.LOC) and end < len(doc):
        after = doc[end]
        if after.text.islower() and after.lower_ in ORG_NOUNS_AFTER and tokens.root.head.i == after.i:
            return schema.ORG
    if end - start >= 2 and tokens[-1].text in ORG_SUFFIXES and tokens[0].text[:1].isupper():
        return schema.ORG
    if end - start >= 2 and tokens[0].text in CLUB_PREFIXES and tokens[1].text[:1].isupper():
        return schema.ORG  # "Sporting Cáceres", "Atlético Cerrado", "Real Zamora": a club's name
    if end - start >= 2 and tokens[-1].text.rstrip(".") in COMPANY_FORMS and tokens[0].text[:1].isupper():
        return schema.ORG  # "Hallwerk Beteiligungs GmbH": a company's legal form ends its name
    if label != schema.GPE and _county_name(tokens):
        return schema.GPE  # "Shasta County", "County Kerry": a county, a place with a government (section 3)
    if (
        label in (schema.GPE, schema.PERSON, schema.ORG)
        and end - start >= 2
        and tokens[0].text in FEATURE_PREFIXES
        and not any(t.text in ORG_WORDS or t.text in ORG_SUFFIXES for t in tokens)  # "Lake Victoria Basin Commission"
    ):
        return schema.LOC  # "Lake Victoria", "Mount Elgon": a lake or a mountain
    return None


def _county_name(tokens) -> bool:  # noqa: ANN001 - spaCy Span
    """ "<Name> County" or "County <Name>" of capitalised words and nothing else: the county itself.

    A body of the county is named by more words ("Shasta County Sheriff's Office", "Galway County Council"),
    which the model's mention then holds, so it is not matched here; nor is "County" before a body's or a
    building's word ("the County Council", "County Hall").
    """
    words = [t.text for t in tokens]
    if len(words) < 2 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if words[-1] == "County":
        return words[0] != "County"
    bodies = LOCAL_BODY_WORDS | ORG_WORDS | FACILITY_WORDS  # "County Council", "County Hall": a body or a building
    return words[0] == "County" and not any(w in bodies for w in words[1:])


def _person_in_apposition(doc, start: int, end: int) -> bool:  # noqa: ANN001 - spaCy Doc
    """ "Her daughter, Ane Uriarte Lasa,", "Peio Uriarte, her son,": a name of two or more capitalised words in
    apposition to a family or role noun (with its comma) is a person, whatever the model typed it."""
    tokens = doc[start:end]
    if end - start < 2 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tokens):
        return False
    if any(t.text in ORG_SUFFIXES or t.text in ORG_WORDS for t in tokens):
        return False
    root = tokens.root
    nouns = [root.head] if root.dep_ == "appos" else []
    if root.dep_ != "pobj":  # "Prof Jürg Aeschbacher of ETH Zurich, a co-author,": the parse hangs the role on the wrong noun
        nouns += [c for c in root.children if c.dep_ == "appos"]
    return any(
        # one person: a singular noun ("researchers ..., ETH Zurich" lists institutions)
        n.pos_ == "NOUN" and n.tag_ != "NNS" and n.text.islower() and n.lower_ in PERSON_APPOSITION_NOUNS for n in nouns
    )


def _org_only_context(doc, start: int, end: int) -> bool:  # noqa: ANN001 - spaCy Doc
    """Words around the name that only an organisation takes (:data:`ORG_POSSESSIONS`, :data:`ORG_STAKES`).

    The gold of every development set agrees: no person is followed by ", which", has a board or shares, or
    is the thing shares are held in. Checked on the surface, not the parse: the parse of an unfamiliar name
    is what goes wrong.
    """
    after = [t.lower_ for t in doc[end : end + 3]]
    if after[:2] == [",", "which"]:
        return True
    if after[:1] in (["shares"], ["stock"]) and doc[end - 1].whitespace_:
        return True  # "Corvane shares rose": the company's shares
    if after[:1] in (["'s"], ["’s"]) and len(after) >= 2:
        if after[1] in ORG_POSSESSIONS or (after[1] == "chief" and after[2:3] in (["executive"], ["financial"])):
            return True
    if start >= 2 and doc[start - 1].lower_ in ("of", "in") and doc[start - 2].lower_ in ORG_STAKES:
        return True
    root = doc[start:end].root
    return any(  # "Ledgerly, a San Francisco startup that ...": an organisation noun in apposition after the name
        c.dep_ == "appos" and c.i >= end and c.pos_ == "NOUN" and c.tag_ != "NNS" and c.lower_ in ORG_NOUNS_BEFORE
        for c in root.children
    )


FEATURE_NOUNS = frozenset(
    """river rivers estuary escarpment rainforest range glacier glaciers valley basin delta plateau desert mountains
    peninsula archipelago tributary gorge canyon fjord lagoon wetlands catchment watershed floodplain headwaters
    island islands""".split()
)
"""Lower-case nouns of a natural feature: a name they head ("the Scheldt estuary", "the Kagera and Mara rivers"),
that stands in apposition to them ("Nigardsbreen, an outlet glacier") or that follows "<noun> of" ("the island of
Evia") is a feature's (LOC, guidelines section 4)."""
REGION_NOUNS = frozenset("coast coastline".split())
"""Nouns of a stretch of land that a place with a government also has ("the Texas coast"): a cue for a name only
when it is no known place. Not "region": the gold has administrative regions with a government ("the Attica
region", GPE) and without one ("the Bicol region", LOC), which the text does not tell apart."""


def _feature_noun_cue(doc, start: int, end: int) -> bool:  # noqa: ANN001 - spaCy Doc
    """A name that a lower-case feature noun (:data:`FEATURE_NOUNS`, or :data:`REGION_NOUNS` for a name that is no
    known place) heads or stands in apposition to, or that follows "island of", names the feature."""
    tokens = doc[start:end]
    if tokens.text.isupper() or not all(t.text[:1].isupper() or not t.is_alpha for t in tokens):
        return False
    root = tokens.root

    def feature(token) -> bool:  # noqa: ANN001 - spaCy Token
        if not (token.text.islower() and token.pos_ == "NOUN"):
            return False
        if token.lower_ in FEATURE_NOUNS:
            return True
        return token.lower_ in REGION_NOUNS and not (is_place_name(tokens.text) or is_region_name(tokens.text))

    head = root.head.head if root.dep_ == "conj" else root.head  # "the Kagera and Mara rivers"
    if root.dep_ in ("compound", "amod", "nmod", "conj") and head.i >= end and feature(head):
        return True
    if _listed_before_feature(doc, end, feature):
        return True  # "the Subansiri, Jia Bharali, Beki and Puthimari rivers", whatever the parse made of the list
    if any(c.dep_ == "appos" and feature(c) for c in root.children):
        return True  # "Nigardsbreen, an outlet glacier of ..."
    if root.dep_ == "appos" and root.head.i < start and feature(root.head):
        return True  # "a tributary of the Vaal, the Rietspruit"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in ("island", "islands"):
        return True  # "the island of Evia"
    return False


def _listed_before_feature(doc, end: int, feature) -> bool:  # noqa: ANN001 - spaCy Doc, a predicate on Tokens
    """The name ending at token ``end`` opens or continues a list of capitalised names ("A, B and C") that a plural
    feature noun ends ("... rivers"): read on the surface, since the parse often makes the first name the subject."""
    i, joined = end, False
    while i < len(doc):
        token = doc[i]
        if token.text == "," or token.lower_ in ("and", "or"):
            joined = True
        elif not (token.pos_ == "PROPN" and token.text[:1].isupper()):
            break
        i += 1
    return joined and i < len(doc) and doc[i - 1].pos_ == "PROPN" and doc[i].lower_.endswith("s") and feature(doc[i])


def _place_noun_cue(doc, start: int, end: int) -> bool:  # noqa: ANN001 - spaCy Doc
    """ "Miyazaki prefecture", "the town of Santa Ana": an administrative place noun heads the name or governs it."""
    root = doc[start:end].root
    if doc[start:end].text.isupper():
        return False  # "an ANC municipality": a party's acronym qualifies the place, it does not name it
    if end < len(doc):
        after = doc[end]
        if after.text.islower() and after.lower_ in PLACE_NOUNS:  # adjacent is enough: the parse of
            return True  # "Kagoshima and Miyazaki prefectures" hangs the name on the first conjunct
    if start >= 2 and doc[start - 1].lower_ == "of":
        noun = doc[start - 2]
        return noun.text.islower() and noun.lower_ in PLACE_NOUNS and root.head.i == start - 1
    return False


DATELINE = re.compile(
    r"^(?P<place>[^\W\d_][^\n,(—–]{1,40}?)\s*(?:[,(][^\n]{0,100}?)?\s[—–-]\s", re.MULTILINE
)
"""A wire dateline: a paragraph opening with a place, a comma or bracket, and a dash on the same line
("CARDIFF, May 20 - ...", "TOKYO (Kestrel Wire) — ...", "GARDEN CITY, Kan. — ...")."""


COLON_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z .'-]{2,30}[A-Z]):\s", re.MULTILINE)
"""A dateline as Indian and some British papers write it: the place in capitals and a colon ("HYDERABAD: The ...")."""


DATELINE_AGENCY = re.compile(r"\((?P<agency>[A-Z][\w.&’' -]{0,40}?)\)\s*[—–-]\s")
"""The news agency in brackets before a dateline's dash: "TOKYO (Kestrel Wire) —", "SANTIAGO (Wire) –"."""


def dateline_agencies(text: str) -> list[tuple[int, int]]:
    """Character spans of the agency names in brackets in the datelines that :func:`dateline_places` finds."""
    out = []
    for start, _ in dateline_places(text):
        line_end = text.find("\n", start)
        m = DATELINE_AGENCY.search(text, start, line_end if line_end >= 0 else len(text))
        if m:
            out.append((m.start("agency"), m.end("agency")))
    return out


def dateline_places(text: str) -> list[tuple[int, int]]:
    """Character spans of the all-capitals places that open wire datelines ("BRASÍLIA, 6 December 2023 —").

    Only a place written in capitals counts: a sentence that happens to open
    with a name and a comma is not a dateline.
    """
    out = []
    for m in DATELINE.finditer(text):
        place = m.group("place")
        if place.isupper() and len(place.replace(" ", "")) >= 3:
            out.append((m.start("place"), m.end("place")))
    for m in COLON_DATELINE.finditer(text):  # "HYDERABAD: ...": only a known place, since "UPDATE:" has the same form
        if is_place_name(m.group("place").title()):
            out.append((m.start("place"), m.end("place")))
    return sorted(set(out))



DESCRIBED_ORG = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][\w&’'.-]*(?: [A-Z][\w&’'.-]*){0,3}), (?:a|an) (?:[\w$£€.%-]+ ){0,4}?"
    r"(?P<noun>" + "|".join(sorted(ORG_NOUNS_BEFORE)) + r")(?= that\b| which\b| based\b| in\b| with\b| whose\b|"
    r" founded\b| owned\b| headquartered\b| listed\b| backed\b| run\b| specialising\b| specializing\b|[,.;])"
)
"""A name followed by its description as an organisation: "Ledgerly, a San Francisco startup that sells ...",
"Iskra Games, a 40-person studio in ...". The noun must end the description (a lower-case word after it would
make it a modifier: "Smith, a former bank manager")."""


def described_orgs(text: str) -> list[tuple[int, int]]:
    """Character spans of names described as an organisation right after them (:data:`DESCRIBED_ORG`)."""
    return [(m.start("name"), m.end("name")) for m in DESCRIBED_ORG.finditer(text)]


PLATFORM = re.compile(r"(?<![\w#@./-])(?:" + "|".join(sorted(SOCIAL_PLATFORMS)) + r")(?![\w./-]\w)(?!\w)")
X_PLATFORM = re.compile(r"(?<=\bon )X\b(?![-’'])|\bX\b(?=,? \(?formerly (?:known as )?Twitter)")
"""The network called X: "posted on X", "X, formerly Twitter" (a lone capital X is too often something else)."""


def platform_mentions(text: str) -> list[tuple[int, int]]:
    """Character spans of social networks' names (:data:`SOCIAL_PLATFORMS`, and X where :data:`X_PLATFORM` says so),
    not inside a hashtag, a handle, a web address or a longer word."""
    out = [(m.start(), m.end()) for m in PLATFORM.finditer(text)]
    out += [(m.start(), m.end()) for m in X_PLATFORM.finditer(text)]
    return sorted(out)


BYLINE = re.compile(r"^By (?P<rest>[^\W\d_][^\n]{2,120})$", re.MULTILINE)
"""A line that opens with "By" and a word: a byline when what follows is names (:func:`byline_names`)."""

BYLINE_END = re.compile(r",|\||\s[—–-]\s|\s\(")
"""Where a byline's names end: a comma, a bar, a spaced dash or a bracket ("By X, Political Correspondent")."""

BYLINE_PARTICLES = frozenset("van von de den der del della di da du dos das le la ter ten bin ibn al ó ní nic mac ua".split())
"""Lower-case words inside a person's name in a byline ("By Koen van der Berg")."""


BYLINE_LOWER_WORDS = BYLINE_PARTICLES | frozenset("in and for of the at a.m. p.m. am pm".split())
"""The only lower-case words a byline line holds besides names' particles ("in Frankfurt and", "Editor of the")."""


def _byline_name_words(part: str) -> list[str] | None:
    """The words of one name in a byline segment, or None when it is not two to five words of a name."""
    words = part.split(" in ")[0].split()  # "Hannah Verhoeven in Frankfurt": the reporter's place
    if words and words[0].isupper() and len(words[0]) > 1:
        words = words[: next((i for i, w in enumerate(words) if not w.isupper()), len(words))]
        # "By DARLA HUTCHENS-MORROW Associated Press": the capitals are the name, the rest the agency
    if not 2 <= len(words) <= 5:
        return None
    ok = all(w[:1].isupper() and any(c.isalpha() for c in w) or w.lower() in BYLINE_PARTICLES for w in words)
    return words if ok and words[-1][:1].isupper() else None


def byline_names(text: str) -> list[tuple[int, int]]:
    """Character spans of the names in bylines: "By Rebecca Lindqvist, Court Reporter", "By Hannah Verhoeven in
    Frankfurt and Luca Ferrante in London", "By DANIEL OKAFOR, AP Technology Writer".

    Only a line that holds nothing but the byline (no full stop at its end: "By 11 a.m. the typhoon had
    weakened." is a sentence) and names of two to five words count.
    """
    out = []
    for m in BYLINE.finditer(text):
        rest = m.group("rest").rstrip("\r")
        if rest.endswith(".") or len(rest.split()) > 16:
            continue
        if any(w[:1].islower() and w.lower() not in BYLINE_LOWER_WORDS for w in re.findall(r"\b[^\W\d_][\w.’'-]*", rest)):
            continue  # "By Christmas Day, shops had closed": a sentence, not a byline
        cut = BYLINE_END.search(rest)
        segment = rest[: cut.start()] if cut else rest
        offset = m.start("rest")
        pos = 0
        for part in segment.split(" and "):
            words = _byline_name_words(part)
            if words is not None:
                start = offset + pos + part.index(words[0])
                end = offset + pos + part.index(words[-1], part.index(words[0])) + len(words[-1])
                out.append((start, end))
            pos += len(part) + len(" and ")
    return out
