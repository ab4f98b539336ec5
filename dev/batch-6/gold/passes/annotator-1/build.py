#!/usr/bin/env python3
"""Hand-chosen annotation for the six holdout2 articles (annotator-1).

Every mention below was chosen by reading the text; this script only turns the
hand-written list into offsets, checks it, and writes annotation.jsonl.

Entry kinds (in reading order per article):
  E(surface, label)                 entity mention (PERSON/ORG/GPE/LOC/NORP)
  E(surface, label, ctx=...)        ... found right after the left context `ctx`
  D(surface, value)                 DATE mention with its resolved value
  Q(first, last, speaker)           QUOTE: span from the start of `first` to the end of
                                    `last` (the text inside the marks); `speaker` is a
                                    list of the PERSON surfaces naming the speaker (the
                                    nearest such PERSON span gets the said_by relation),
                                    or None when the speaker is never named (7a).
Each entry is searched from a cursor: the end of the previous entity/date span, or the
start of the previous QUOTE (so entities inside a quote are found inside it).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")


def E(surface, label, ctx=None):
    return {"kind": "E", "surface": surface, "label": label, "ctx": ctx}


def D(surface, value, ctx=None):
    return {"kind": "E", "surface": surface, "label": "DATE", "value": value, "ctx": ctx}


def Q(first, last, speaker):
    return {"kind": "Q", "first": first, "last": last, "speaker": speaker}


DOCS = []

# ---------------------------------------------------------------------------
# holdout2-boise-basque-obituary (dct 2021-06-24, a Thursday)
ITZIAR = ["Itziar Uriarte", "Itziar Arrieta", "Itziar"]
DOCS.append(("holdout2-boise-basque-obituary", "boise", [
    # headline
    E("Itziar Uriarte", "PERSON"), E("Boise", "GPE"), E("Basque", "NORP"),
    # byline
    E("Hannah Castellanos", "PERSON"),
    # p1
    E("Itziar Uriarte", "PERSON"), E("Boise", "GPE"), E("Basque", "NORP"),
    D("Saturday", "2021-06-19"), E("North End", "LOC"),
    # p2
    E("Ane Uriarte Lasa", "PERSON"),
    # p3
    E("Itziar Arrieta", "PERSON"), D("March 3, 1937", "1937-03-03"), E("Gernika", "GPE"),
    E("Basque", "NORP"), E("Biscay", "GPE"), E("Spain", "GPE"),
    D("That spring", "1937-SP"), E("German", "NORP"), E("Italian", "NORP"),
    E("Oka valley", "LOC"),
    # p4 (her daughter = Ane Uriarte Lasa)
    Q("She never remembered", "grew up in its shadow,", ["Ane Uriarte Lasa"]),
    Q("Singing was how", "taken from them.", ["Ane Uriarte Lasa"]),
    # p5
    D("1956", "1956"), E("New York", "GPE"), E("Joseba Uriarte", "PERSON"),
    E("Owyhee Mountains", "LOC"), E("Boise", "GPE"), E("Basque", "NORP"),
    # p6
    E("Basque", "NORP", ctx="at the "),          # the Basque center downtown (lower-case)
    E("Basque", "NORP", ctx="the "),             # the Basque language
    E("Franco", "PERSON"), E("Spain", "GPE"), E("Zazpiak Bat Singers", "ORG"),
    D("1964", "1964"), E("Reno", "GPE"), E("Nevada", "GPE"), E("Bakersfield", "GPE"),
    E("California", "GPE"),
    # p7
    D("the late 1970s", "1975/1979"), E("Basque", "NORP"), E("Boise State University", "ORG"),
    D("2003", "2003"),
    # p8
    Q("She had no patience", "people who were trying,", ["Mikel Goitia"]),
    E("Mikel Goitia", "PERSON"), E("Zazpiak Bat Singers", "ORG"),
    Q("Half the Basque-American", "because Itziar made them.", ["Mikel Goitia"]),
    E("Basque", "NORP"), E("American", "NORP"), E("Itziar", "PERSON"),
    # p9
    E("Idaho Basque Heritage Society", "ORG"), D("1972", "1972"),
    D("the 1980s", "1980/1989"), D("1995", "1995"), E("Basque", "NORP"), E("Boise", "GPE"),
    E("Basque Government", "ORG"), E("Vitoria-Gasteiz", "GPE"), D("2008", "2008"),
    # p10
    Q("You went to rehearsal", "a tin of croquetas,", ["Nerea Zubizarreta"]),
    E("Nerea Zubizarreta", "PERSON"),
    Q("That was non-negotiable.", "That was non-negotiable.", ["Nerea Zubizarreta"]),
    # p11
    E("Joseba Uriarte", "PERSON"), D("Dec. 12, 1999", "1999-12-12"), E("Peio", "PERSON"),
    E("Elko", "GPE"), E("Nevada", "GPE"),
    # p12 ("she said" = Itziar Uriarte)
    E("Spain", "GPE"),
    Q("I left one home", "and built another,", ITZIAR),
    Q("Now I have two", "than most people get.", ITZIAR),
    # p13 (St. John's Cathedral, Basque Center: facilities used as places, not annotated)
    D("July 1", "2021-07-01"),
]))

# ---------------------------------------------------------------------------
# holdout2-dundee-kestrels-hull (dct 2022-03-06, a Sunday)
KW = ["Siobhan Kerr-Whitelaw", "Kerr-Whitelaw"]
MCA = ["Ross McAllister", "McAllister"]
DOCS.append(("holdout2-dundee-kestrels-hull", "dundee", [
    # headline
    E("Kestrels", "ORG"), E("Wolverines", "ORG"),
    # subheading
    E("Ouellette", "PERSON"), E("Dundee", "ORG"),
    # byline
    E("Fraser Lindsay", "PERSON"),
    # score line
    E("Dundee Kestrels", "ORG"), E("Hull Wolverines", "ORG"),
    # p1
    E("Jean-Philippe Ouellette", "PERSON"), E("Dundee Kestrels", "ORG"),
    E("Hull Wolverines", "ORG"), E("Premier Ice League", "ORG"),
    # p2
    E("Kestrels", "ORG"), E("Hull", "ORG"), E("Czech", "NORP"),
    E("Matěj Novotný", "PERSON"), E("Callum Readhead", "PERSON"),
    # p3
    E("Ouellette", "PERSON"), E("French", "NORP"), E("Canadian", "NORP"),
    E("Dundee", "ORG"), E("Québec", "GPE"), D("the summer", "2021-SU"),
    E("Kestrels", "ORG"), E("Kalle Mäkinen", "PERSON"),
    # p4
    E("Ross McAllister", "PERSON"),
    # p5
    E("Dundee", "ORG"), E("Siobhan Kerr-Whitelaw", "PERSON"), D("Saturday", "2022-03-05"),
    # p6-p8: one quotation over three paragraphs -> one QUOTE per paragraph (7a)
    Q("I told them at the second", "give them credit for that.", KW),
    E("Hull", "ORG"),
    Q("But this group", "once we got the first one.", KW),
    D("the 2021-22 season", "2021/2022"), E("JP", "PERSON"), E("Kalle", "PERSON"),
    Q("We’re not getting carried away.", "talking about the title yet.", KW),
    # p9
    E("Kestrels", "ORG"), E("Aleksander Wiśniewski", "PERSON"), E("Novotný", "PERSON"),
    D("this season", "2021/2022"), E("Dundee", "ORG"), E("Ewan Doig", "PERSON"),
    # p10
    E("Hull", "ORG"), E("Tomas Lindqvist", "PERSON"), E("Wolverines", "ORG"),
    # p11
    Q("We played 40 good minutes", "that isn’t enough,", ["Darren Booth"]),
    E("Hull", "ORG"), E("Darren Booth", "PERSON"), E("Novotný", "PERSON"),
    D("Monday", "2022-03-07"),
    # p12
    E("Cardiff Ravens", "ORG"), E("Belfast Harriers", "ORG"), D("Saturday", "2022-03-05"),
    E("Dundee", "ORG"), E("Cardiff", "GPE"), D("March 19", "2022-03-19"),
    # p13
    E("Kestrels", "ORG"), D("last season", "2020/2021"), D("2019", "2019"),
    E("Graeme Soutar", "PERSON"), D("2020", "2020"), E("Kerr-Whitelaw", "PERSON"),
    E("Swedish", "NORP"),
    # p14
    Q("She has changed the whole culture", "of the place,", MCA),
    E("McAllister", "PERSON"),
    Q("Nobody takes a shift off anymore.", "Nobody takes a shift off anymore.", MCA),
    # p15
    E("Dundee", "ORG"), E("Sheffield", "GPE"), D("Wednesday", "2022-03-09"),
    E("Belfast", "ORG"), D("next Saturday", "2022-03-12"),
]))

# ---------------------------------------------------------------------------
# holdout2-eu-asthma-traffic-study (dct 2023-11-14, a Tuesday)
VDH = ["Joost van den Heuvel", "Van den Heuvel"]
DOCS.append(("holdout2-eu-asthma-traffic-study", "eu", [
    # headline
    E("European", "NORP"),
    # p1
    E("European", "NORP"), D("Tuesday", "2023-11-14"),
    # p2
    D("2010 and 2013", "2010/2013"), E("Kraków", "GPE"), E("Rotterdam", "GPE"),
    E("Seville", "GPE"), E("Lyon", "GPE"), E("Turin", "GPE"), E("Brno", "GPE"),
    E("Jagiellonian University", "ORG"), E("Kraków", "GPE"), E("Erasmus MC", "ORG"),
    E("Rotterdam", "GPE"), E("Lancet Regional Health - Europe", "ORG"),
    # p3
    D("2015 and 2020", "2015/2020"), E("Kraków", "GPE"), E("Seville", "GPE"),
    E("Rotterdam", "GPE"), D("the 2010s", "2010/2019"),
    # p4
    Q("We expected to find", "cities and climates,", ["Marta Kowalczyk"]),
    E("Marta Kowalczyk", "PERSON"), E("Jagiellonian University", "ORG"),
    # p5
    D("March to June", "2023-03/2023-06"), E("Joost van den Heuvel", "PERSON"),
    E("Erasmus MC", "ORG"),
    # p6
    E("Van den Heuvel", "PERSON"),
    Q("The absolute risk", "cases could be prevented,", VDH),
    # p7
    E("Europe", "LOC"), D("the 1980s and 1990s", "1980/1999"),
    E("European Environment Agency", "ORG"), D("last year", "2022"),
    E("European Union", "ORG"),
    # p8
    E("EU", "ORG"), E("World Health Organization", "ORG"), D("2021", "2021"),
    E("European Parliament", "ORG"), D("next year", "2024"),
    # p9
    E("Lucía Ortega Belmonte", "PERSON"), E("University of Seville", "ORG"),
    E("Spanish", "NORP"),
    Q("Every year we wait", "near homes and schools.", ["Lucía Ortega Belmonte"]),
    # p11
    E("Henrik Aalstad", "PERSON"), E("Norwegian Institute of Public Health", "ORG"),
    Q("one of the most robust", "evidence we have in Europe", ["Henrik Aalstad"]),
    E("Europe", "LOC"),
    # p12
    E("European Respiratory Society", "ORG"), E("Milan", "GPE"),
    D("10\u00a0September", "2023-09-10"), D("2026", "2026"),
]))

# ---------------------------------------------------------------------------
# holdout2-jakarta-court-recount (dct 2025-02-18, a Tuesday)
RUM = ["Grace Rumondor", "Rumondor"]
LW = ["Lestari Wibowo"]
DOCS.append(("holdout2-jakarta-court-recount", "jakarta", [
    # headline
    E("Indonesian", "NORP"), E("North Sulawesi", "GPE"),
    # byline
    E("Dewi Anggraini", "PERSON"), E("Michael Tran", "PERSON"),
    # dateline + p1
    E("JAKARTA", "GPE"), D("Feb 18", "2025-02-18"), E("Reuters", "ORG"),
    E("Indonesia", "GPE"), E("Constitutional Court", "ORG"), D("Tuesday", "2025-02-18"),
    E("North Sulawesi", "GPE"), D("last year", "2024"),
    # p2
    E("Manado", "GPE"), E("Bitung", "GPE"), E("Minahasa", "GPE"), D("November", "2024-11"),
    # p3
    Q("The irregularities were not isolated.", "systematic and massive,", ["Haryanto Siregar"]),
    E("Haryanto Siregar", "PERSON"),
    # p4
    E("Adrianus Kalangi", "PERSON"), E("Manado", "GPE"), D("December", "2024-12"),
    E("People's Work Party", "ORG"), E("Partai Karya Rakyat Indonesia", "ORG"),
    E("PKRI", "ORG"),
    # p5
    E("Grace Rumondor", "PERSON"), E("National Renewal Party", "ORG"),
    E("Partai Pembaruan Nasional", "ORG"), E("PPN", "ORG"),
    # p6
    Q("We did not get everything", "the people of North Sulawesi,", RUM),
    E("North Sulawesi", "GPE"), E("Rumondor", "PERSON"), E("Jakarta", "GPE"),
    Q("We are ready to campaign", "again tomorrow.", RUM),
    D("tomorrow", "2025-02-19"),
    # p7 (the PKRI spokesman is never named -> no said_by)
    E("PKRI", "ORG"), E("General Elections Commission", "ORG"), E("KPU", "ORG"),
    Q("Our candidate won fairly", "numbers will not change,", None),
    # p8
    E("Kalangi", "PERSON"), D("next month", "2025-03"),
    # p9
    E("KPU", "ORG"), D("Sunday", "2025-02-16"), E("North Sulawesi", "GPE"),
    D("April", "2025-04"),
    # p10
    E("Home Affairs Ministry", "ORG"), E("Sulawesi", "LOC"), E("Celebes Sea", "LOC"),
    D("March", "2025-03"),
    # p11
    E("Indonesia", "GPE"), D("November", "2024-11"), E("Constitutional Court", "ORG"),
    D("2019", "2019"),
    # p12
    D("Tuesday", "2025-02-18"), D("2024", "2024"),
    # p13
    Q("This is the court trying", "rebuild its credibility,", LW),
    E("Lestari Wibowo", "PERSON"), E("University of Indonesia", "ORG"),
    Q("A re-vote in a few hundred", "ballot tampering has consequences.", LW),
    # p14
    E("PPN", "ORG"), E("Indonesia", "GPE"), D("2019", "2019"),
    # credit line
    E("Dewi Anggraini", "PERSON"), E("Michael Tran", "PERSON"), E("Sarah Whitcombe", "PERSON"),
]))

# ---------------------------------------------------------------------------
# holdout2-nsw-water-restrictions (dct 2019-12-05, a Thursday; CRLF line ends;
# southern-hemisphere seasons)
FW = ["Robyn Fairweather", "Fairweather"]
PIT = ["Darren Pitcaithly", "Pitcaithly"]
MOL = ["Lachlan Moloney", "Moloney"]
DOCS.append(("holdout2-nsw-water-restrictions", "nsw", [
    # headline
    E("Bellinga", "GPE"),
    # byline
    E("Kirsty O'Halloran", "PERSON"),
    # p1
    E("Bellinga", "GPE"), D("next week", "2019-12-09/2019-12-15"), D("Wednesday", "2019-12-04"),
    # p2 (Wattle Creek Dam: a dam is a facility, not annotated)
    E("Cudgegong River", "LOC"), D("Monday", "2019-12-02"), D("last summer", "2018-SU"),
    # p3
    E("Bellinga Shire Council", "ORG"), E("Robyn Fairweather", "PERSON"),
    Q("Nobody on this council", "than our worst modelling,", FW),
    # p4 (own paragraph, opened and closed, no attribution: still Fairweather)
    Q("If we don't act now", "the middle of next year.", FW),
    D("next year", "2020"),
    # p5
    D("Monday, December 9", "2019-12-09"),
    # p6
    E("Fairweather", "PERSON"), D("the coming months", "FUTURE_REF"),
    # p7
    E("Darren Pitcaithly", "PERSON"), E("NSW Government", "ORG"), E("Bellinga", "GPE"),
    E("WaterNSW", "ORG"),
    # p8
    Q("We have been talking", "an answer before Christmas,", PIT),
    D("the winter", "2019-WI"), D("Christmas", "2019-12-25"), E("Pitcaithly", "PERSON"),
    # p9
    E("Bureau of Meteorology", "ORG"), E("Central West", "LOC"), D("autumn", "2020-FA"),
    E("NSW Rural Fire Service", "ORG"), D("this month", "2019-12"),
    # p11
    E("Lachlan Moloney", "PERSON"), E("Bellinga", "GPE"), D("the 1890s", "1890/1899"),
    D("the autumn of 2018", "2018-FA"),
    # p12
    Q("Town people are only now", "what it's like,", MOL),
    E("Moloney", "PERSON"),
    Q("We've been carting water", "wake a few people up.", MOL),
    # p13
    E("Bellinga Bowling Club", "ORG"),
    # p14 (one resident, never named -> no said_by)
    Q("We'll play on dirt", "if we have to,", None),
    D("Thursday", "2019-12-05"),
    Q("It's the kids", "no pool this summer.", None),
    D("this summer", "2019-SU"),
    # p15
    D("February", "2020-02"),
    # p16
    E("Hamish Tenbury", "PERSON"), D("October", "2019-10"),
    Q("The numbers speak for themselves,", "The numbers speak for themselves,", ["Hamish Tenbury"]),
    # p17: Herbert Street is a road (facility), not annotated
]))

# ---------------------------------------------------------------------------
# holdout2-voltline-ipo-delay (dct 2025-10-09, a Thursday)
OK = ["Dana Okafor", "Okafor"]
PR = ["Priya Raman"]
CM = ["Carla Mendes"]
DOCS.append(("holdout2-voltline-ipo-delay", "voltline", [
    # headline
    E("Voltline", "ORG"), E("Nasdaq", "ORG"),
    # byline
    E("Megan Schultz", "PERSON"),
    # dateline + p1
    E("AUSTIN", "GPE"), E("Texas", "GPE"), E("Voltline Energy", "ORG"), E("Austin", "GPE"),
    E("U.S. Consumer Product Safety Commission", "ORG"),
    # p2 (the quoted filing is the company's writing; no person named -> no said_by)
    E("Securities and Exchange Commission", "ORG"), E("CPSC", "ORG"),
    D("Oct. 3", "2025-10-03"),
    Q("exceeded normal operating temperatures.", "exceeded normal operating temperatures.", None),
    E("Arizona", "GPE"), E("California", "GPE"), D("Tuesday", "2025-10-07"),
    # p3
    E("Voltline", "ORG"), D("this week", "2025-10-06/2025-10-12"), E("Nasdaq", "ORG"),
    # p4
    Q("We are cooperating fully", "cells from one supplier,", OK),
    E("Dana Okafor", "PERSON"), D("Wednesday", "2025-10-08"),
    Q("Customer safety comes", "before any timetable.", OK),
    # p5
    E("Okafor", "PERSON"), D("2019", "2019"), E("Luis Arreola", "PERSON"),
    E("X", "ORG", ctx="posted on "),
    Q("We hear you.", "Thank you for your patience 🔋", OK),
    # p6
    E("U.S.", "GPE"), D("the second quarter", "2025-04/2025-06"),
    # p7
    Q("Investors were willing", "a different kind of risk,", PR),
    E("Priya Raman", "PERSON"), E("Westover Research", "ORG"),
    Q("Until the CPSC closes", "done in the fourth quarter.", PR),
    E("CPSC", "ORG"), D("the fourth quarter", "2025-10/2025-12"),
    # p8
    E("Voltline", "ORG"), D("June 30", "2025-06-30"), D("fiscal 2024", "2024"),
    D("Q2 of its current fiscal year", "2025-10/2025-12"), D("July", "2025-07"),
    # p9
    E("Halyard Ventures", "ORG"), E("Northbeam Capital", "ORG"), D("June 2023", "2023-06"),
    E("Pacific Crest Holdings", "ORG"), E("California", "GPE"),
    # p10
    E("Halyard", "ORG"), E("Ethan Brody", "PERSON"), E("Voltline", "ORG"),
    # p11
    E("Voltline", "ORG"), D("the third quarter", "2025-07/2025-09"),
    Q("could have a material adverse effect", "could have a material adverse effect", None),
    D("fiscal 2026", "2026"),
    # p12
    Q("Honestly, it hasn't put me off,", "Honestly, it hasn't put me off,", CM),
    E("Carla Mendes", "PERSON"), E("Phoenix", "GPE"), D("last year", "2024"),
    Q("The app caught the problem", "out within two days.", CM),
    # p13
    E("CPSC", "ORG"), E("Brightwell Power", "ORG"), E("New York Stock Exchange", "ORG"),
    D("March", "2025-03"), D("Wednesday", "2025-10-08"),
]))

# ---------------------------------------------------------------------------
OPEN_MARKS = {'"', "\u201c", "'", "\u2018"}
CLOSE_MARKS = {'"', "\u201d", "'", "\u2019"}
LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"}
VALUE_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?|\d{4}-(SP|SU|FA|WI)|PAST_REF|PRESENT_REF|FUTURE_REF)$")


def fail(msg):
    print("ERROR:", msg)
    sys.exit(1)


def locate(text, entries, doc_id):
    spans = []
    cursor = 0
    for e in entries:
        if e["kind"] == "E":
            needle = (e["ctx"] or "") + e["surface"]
            while True:
                i = text.find(needle, cursor)
                if i < 0:
                    fail(f"{doc_id}: cannot find {needle!r} after {cursor}")
                start = i + len(e["ctx"] or "")
                end = start + len(e["surface"])
                # whole-word check (a mention never starts/ends inside a word)
                before = text[start - 1] if start > 0 else " "
                after = text[end] if end < len(text) else " "
                if before.isalnum() or after.isalnum():
                    cursor = i + 1
                    continue
                break
            s = {"start": start, "end": end, "label": e["label"], "text": text[start:end]}
            if "value" in e:
                s["value"] = e["value"]
            spans.append(s)
            cursor = end
        else:
            i = text.find(e["first"], cursor)
            if i < 0:
                fail(f"{doc_id}: cannot find quote start {e['first']!r}")
            j = text.find(e["last"], i)
            if j < 0:
                fail(f"{doc_id}: cannot find quote end {e['last']!r}")
            start, end = i, j + len(e["last"])
            # the quote must sit right after an opening mark, and end right before a
            # closing mark or at the end of its paragraph (multi-paragraph quote, 7a)
            if text[start - 1] not in OPEN_MARKS:
                fail(f"{doc_id}: quote at {start} not preceded by an opening mark: {text[start-3:start+20]!r}")
            if text[end] not in CLOSE_MARKS and text[end] not in "\r\n":
                fail(f"{doc_id}: quote at {start} not followed by a closing mark: {text[end-10:end+3]!r}")
            if "\n" in text[start:end]:
                fail(f"{doc_id}: quote at {start} runs over a paragraph break")
            spans.append({"start": start, "end": end, "label": "QUOTE", "text": text[start:end],
                          "_speaker": e["speaker"]})
            cursor = start
    return spans


def check_and_relate(text, spans, short, doc_id):
    for k, s in enumerate(spans, 1):
        s["id"] = f"{short}-{k}"
        assert text[s["start"]:s["end"]] == s["text"]
        if s["label"] not in LABELS:
            fail(f"bad label {s['label']}")
        if s["text"] != s["text"].strip():
            fail(f"{doc_id}: whitespace at edge of {s['text']!r}")
        if s["label"] == "DATE":
            if not VALUE_RE.match(s.get("value", "")):
                fail(f"{doc_id}: bad DATE value {s.get('value')!r} for {s['text']!r}")
        elif "value" in s:
            fail("value on non-DATE")
    ids = [s["id"] for s in spans]
    if len(ids) != len(set(ids)):
        fail("duplicate ids")
    # reading order and flatness: only entity/date spans inside a QUOTE may overlap
    starts = [s["start"] for s in spans]
    if starts != sorted(starts):
        fail(f"{doc_id}: spans not in reading order")
    for a in range(len(spans)):
        for b in range(a + 1, len(spans)):
            x, y = spans[a], spans[b]
            if x["start"] < y["end"] and y["start"] < x["end"]:
                outer, inner = (x, y) if x["label"] == "QUOTE" else (y, x)
                ok = (outer["label"] == "QUOTE" and inner["label"] != "QUOTE"
                      and outer["start"] <= inner["start"] and inner["end"] <= outer["end"])
                if not ok:
                    fail(f"{doc_id}: overlapping spans {x['text']!r} / {y['text']!r}")
    # said_by: nearest PERSON span (character distance) whose text names the speaker
    relations = []
    for q in spans:
        if q["label"] != "QUOTE":
            continue
        names = q.pop("_speaker")
        if names is None:
            continue
        cands = [p for p in spans if p["label"] == "PERSON" and p["text"] in names]
        if not cands:
            fail(f"{doc_id}: no PERSON for speaker {names}")

        def dist(p):
            if p["end"] <= q["start"]:
                return q["start"] - p["end"]
            if p["start"] >= q["end"]:
                return p["start"] - q["end"]
            return 0  # inside the quote itself
        best = min(cands, key=lambda p: (dist(p), p["start"]))
        relations.append({"from": q["id"], "to": best["id"], "type": "said_by"})
    for s in spans:
        s.pop("_speaker", None)
    return relations


def coverage_report(text, spans, doc_id):
    """List every other occurrence of an annotated entity surface that is not itself
    annotated (to catch missed repeat mentions when reviewing by hand)."""
    surfaces = {s["text"] for s in spans if s["label"] not in ("QUOTE", "DATE")}
    covered = {(s["start"], s["end"]) for s in spans}
    out = []
    for surf in sorted(surfaces):
        for m in re.finditer(re.escape(surf), text):
            a, b = m.start(), m.end()
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                continue
            if (a, b) in covered:
                continue
            inside = [s["label"] + ":" + s["text"][:40] for s in spans
                      if s["start"] <= a and b <= s["end"] and s["label"] != "QUOTE"]
            out.append(f"  unannotated {surf!r} at {a}: ...{text[max(0,a-30):b+20]!r} inside={inside}")
    return out


def main():
    verbose = "-v" in sys.argv
    lines = []
    for doc_id, short, entries in DOCS:
        path = os.path.join(CORPUS, doc_id + ".txt")
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        spans = locate(text, entries, doc_id)
        relations = check_and_relate(text, spans, short, doc_id)
        out_spans = []
        for s in spans:
            o = {"id": s["id"], "start": s["start"], "end": s["end"], "label": s["label"],
                 "text": s["text"]}
            if s["label"] == "DATE":
                o["value"] = s["value"]
            out_spans.append(o)
        lines.append(json.dumps({"doc_id": doc_id, "spans": out_spans, "relations": relations},
                                ensure_ascii=False))
        counts = {}
        for s in spans:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
        print(doc_id, dict(sorted(counts.items())), "said_by:", len(relations))
        if verbose:
            for line in coverage_report(text, spans, doc_id):
                print(line)
            byid = {s["id"]: s for s in spans}
            for r in relations:
                print(f"  said_by {r['from']} ({byid[r['from']]['text'][:30]!r}) -> "
                      f"{r['to']} ({byid[r['to']]['text']!r} @{byid[r['to']]['start']})")
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")


if __name__ == "__main__":
    main()
