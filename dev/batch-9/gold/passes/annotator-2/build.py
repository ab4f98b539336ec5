#!/usr/bin/env python3
"""Annotator-2 pass over corpus holdout3.

Every mention below was chosen by hand, by reading the text, in reading order.
This script only computes offsets, checks them, and writes annotation.jsonl.

Mention tuple: (surface, label, value, opts)
  value  : DATE value (None for other labels)
  opts   : dict, optional keys
           'ctx'  : left context that must immediately precede the mention
           'spk'  : for QUOTE, the name forms of the speaker (said_by goes to the
                    nearest PERSON span with one of these texts); None = speaker never named
Search is sequential: each mention is the first whole-word occurrence at or after a
cursor; the cursor moves to the end of the mention, except after a QUOTE, where it
moves to the quote's start so that entities and dates inside it are found next.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "corpus"))  # heldout/corpus

P, O, G, L, N, D, Q = "PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"


def m(surface, label, value=None, **opts):
    return (surface, label, value, opts)


DOCS = {}

# ---------------------------------------------------------------- amman (dct 2016-03-03, Thursday)
DOCS["holdout3-amman-refugee-talks"] = ("amm", [
    # headline
    m("Jordan", G), m("Syria", G),
    # dateline + lead
    m("AMMAN", G), m("March 3", D, "2016-03-03"), m("AFP", O),
    m("Jordan", G), m("Thursday", D, "2016-03-03"), m("last month", D, "2016-02"),
    m("Syrian", N), m("UN", O), m("Amman", G),
    m("Lebanon", G), m("Iraq", G), m("Egypt", G), m("Turkey", G),
    m("UNHCR", O), m("World Food Programme", O), m("WFP", O), m("London", G),
    m("Syrians", N), m("2020", D, "2020"),
    m("Jordan", G), m("Syrian", N), m("UNHCR", O), m("2011", D, "2011"),
    m("Pledges do not build classrooms. Cheques do,", Q, spk={"Hazem al-Rawashdeh", "al-Rawashdeh", "Al-Rawashdeh"}),
    m("Hazem al-Rawashdeh", P),
    m("We were promised that London would be different, and we will judge it by what arrives before the summer.", Q,
      spk={"Hazem al-Rawashdeh", "al-Rawashdeh", "Al-Rawashdeh"}),
    m("London", G), m("the summer", D, "2016-SU"),
    m("Jordan", G), m("Ministry of Planning and International Cooperation", O),
    m("2016-2018", D, "2016/2018"), m("this year", D, "2016"),
    m("Egypt", G), m("Tarek el-Menshawy", P), m("Cairo", G), m("Jordanian", N),
    m("Saudi", N), m("Khalid bin Suleiman al-Mutairi", P), m("Riyadh", G),
    m("The host countries have carried this burden for five years with very little thanks,", Q,
      spk={"Tarek el-Menshawy", "el-Menshawy"}),
    m("el-Menshawy", P), m("al-Mutairi", P),
    m("the Kingdom has never made a promise it did not keep.", Q,
      spk={"Khalid bin Suleiman al-Mutairi", "al-Mutairi"}),
    m("Lebanon", G), m("Syrians", N), m("Walid Abou Fakhr", P),
    m("Jens Aagaard", P), m("UNHCR", O), m("Jordan", G),
    m("Families are skipping meals, pulling children out of school and taking on debt they cannot repay,", Q,
      spk={"Jens Aagaard", "Aagaard"}),
    m("The generosity of Jordanians has been extraordinary, but it is not unlimited.", Q,
      spk={"Jens Aagaard", "Aagaard"}),
    m("Jordanians", N),
    m("2016", D, "2016"), m("Jordan", G), m("the end of February", D, "2016-02"),
    m("WFP", O), m("last year", D, "2015"), m("Jordan", G), m("Lebanon", G), m("Europe", L),
    m("United States", G), m("Russia", G), m("Syria", G),
    m("Nobody in this room believes the families will go home this year,", Q, spk=None),
    m("this year", D, "2016"),
    m("Iraqi", N),
    m("We are planning for years, not months.", Q, spk=None),
    m("Al-Rawashdeh", P), m("Beirut", G), m("May", D, "2016-05"), m("London", G),
])

# ---------------------------------------------------------------- kidderminster (dct 2023-10-11, Wednesday)
OP = {"Margaret Oyelaran-Pugh", "Oyelaran-Pugh"}
DOCS["holdout3-kidderminster-hospital-corridors"] = ("kid", [
    # headline
    m("Kidderminster", G), m("waited 30 hours in corridors", Q, spk=OP),
    # byline
    m("Tom Ashworth", P), m("BBC News", O), m("West Midlands", G),
    # body
    m("Worcestershire", G),
    m("Margaret Oyelaran-Pugh", P), m("Worcestershire County Council", O),
    m("in tears", Q, spk=OP),  # Kidderminster General Hospital: facility used as a place (s.4), not annotated
    m("I have had a man in his eighties tell me he lay on a trolley next to the fire doors from Sunday morning until Monday lunchtime,", Q, spk=OP),
    m("Sunday", D, "2023-10-08"), m("Monday", D, "2023-10-09"),
    m("That is not care. That is a system that has stopped working, and the board needs to stop telling us it is coping.", Q, spk=OP),
    m("Severn and Wyre Hospitals NHS Trust", O), m("9 October", D, "2023-10-09"),
    m("BBC", O), m("Kidderminster", G), m("September", D, "2023-09"), m("September 2022", D, "2022-09"),
    m("We are sorry that some patients have waited far longer than we would want, and we understand how distressing that is for them and for their families.", Q, spk=None),
    m("Our staff are working incredibly hard under sustained pressure, and we have opened 18 additional beds this week so that patients can be moved out of the emergency department more quickly.", Q, spk=None),
    m("this week", D, "2023-10-09/2023-10-15"),
    m("Neil Fairbrother-Hayes", P), m("26 October", D, "2023-10-26"),
    m("West Midlands Ambulance Service", O), m("September", D, "2023-09"),
    m("Worcestershire", G), m("Herefordshire", G),
    m("Sarah Whitcombe", P), m("Bewdley", G), m("Sunday", D, "2023-10-08"),
    m("The nurses were wonderful, but they were run ragged,", Q, spk={"Sarah Whitcombe", "Whitcombe"}),
    m("Mum kept apologising for being a nuisance. Nobody’s mother should be left like that.", Q, spk={"Sarah Whitcombe", "Whitcombe"}),
    m("NHS England", O), m("14 March 2022", D, "2022-03-14"), m("Care Quality Commission", O), m("CQC", O),
    m("Oyelaran-Pugh", P), m("Liberal Democrat", N), m("Kidderminster", G), m("NHS England", O),
    m("We were told last winter that this would never happen again,", Q, spk=OP),
    m("last winter", D, "2022-WI"),
    m("Here we are at the start of October and it is already worse than anything we saw in January.", Q, spk=OP),
    m("the start of October", D, "2023-10"), m("January", D, "2023-01"),
    m("the end of the month", D, "2023-10"),
])

# ---------------------------------------------------------------- kingsmead (dct 2026-01-18, Sunday)
AUH = {"Mohammad Ahsan-ul-Haq", "Ahsan-ul-Haq", "Ahsan"}
MAH = {"Sibusiso Mahlangu", "Mahlangu"}
ZUD = {"Fawad Zia-ud-Din", "Zia-ud-Din"}
DOCS["holdout3-kingsmead-odi-pakistan"] = ("kng", [
    # headline (Kingsmead = ground, a facility: not annotated)
    m("Ahsan-ul-Haq", P), m("Pakistan", O),
    # byline
    m("Lungile Mthembu", P),
    # body
    m("DURBAN", G), m("Mohammad Ahsan-ul-Haq", P), m("Pakistan", O), m("South Africa", O),
    m("Sunday", D, "2026-01-18"),
    m("Pakistan", O), m("Fawad Zia-ud-Din", P),
    m("South Africa", O), m("Ruan van der Walt", P), m("Noman Zafar", P), m("Shaheer Ali Khan", P),
    m("Cape Town", G), m("Wednesday", D, "2026-01-21"),
    m("Ahsan-ul-Haq", P), m("Dewald de la Rey", P), m("Jan-Hendrik du Toit", P), m("Kagiso Sithole-Mabena", P),
    m("I told myself after the drop that the next ball is a new ball,", Q, spk=AUH),
    m("Ahsan-ul-Haq", P),
    m("The coaches said this pitch rewards you if you stay until the 20th over, so I waited.", Q, spk=AUH),
    m("Du Toit", P), m("South Africa", O), m("Zia-ud-Din", P), m("Hasan Raza Butt", P), m("Imad-ud-Din Saleem", P),
    m("Proteas", O), m("Van der Walt", P), m("Tristan Abrahams", P), m("Abrahams", P), m("de la Rey", P),
    m("Noman Zafar", P), m("van der Walt", P), m("Wiaan Janse van Rensburg", P), m("Sithole-Mabena", P),
    m("We were probably 20 or 30 runs over par with the ball, and then we lost wickets in clusters, which you just can't afford against an attack like that,", Q, spk=MAH),
    m("South Africa", O), m("Sibusiso Mahlangu", P),
    m("Ahsan played one of the better one-day knocks I've seen at this ground. He took the short ball on, and once he got past 50 he didn't give us a sniff.", Q, spk=MAH),
    m("Ahsan", P),
    m("We'll look at the combinations before Wednesday. Dewald's hamstring is a bit tight, so we'll see how he pulls up, but I'm backing this group to turn up in Cape Town.", Q, spk=MAH),
    m("Wednesday", D, "2026-01-21"), m("Dewald", P), m("Cape Town", G),
    m("Zia-ud-Din", P), m("Centurion", G), m("Thursday", D, "2026-01-15"),
    m("Thursday was a wake-up call,", Q, spk=ZUD),
    m("Thursday", D, "2026-01-15"),
    m("We were too passive at Centurion. Today the boys played with freedom, and Noman was outstanding in the middle overs.", Q, spk=ZUD),
    m("Centurion", G), m("Today", D, "2026-01-18"), m("Noman", P),
    m("Pakistan", O), m("2013", D, "2013"), m("Cricket South Africa", O), m("Sunday", D, "2026-01-18"),
])

# ---------------------------------------------------------------- ledgerly (dct 2018-10-09, Tuesday)
DOCS["holdout3-ledgerly-layoffs-breach"] = ("led", [
    # headline
    m("Ledgerly", O),
    # byline
    m("DANIEL OKAFOR", P), m("AP", O),
    # dateline + body
    m("SAN FRANCISCO", G), m("AP", O), m("Ledgerly", O), m("San Francisco", G), m("Tuesday", D, "2018-10-09"),
    m("a painful but necessary step", Q, spk=None),
    m("rebuild trust with our customers and put the business on a sustainable footing.", Q, spk=None),
    m("San Francisco", G), m("Austin", G), m("Texas", G), m("Jan. 31", D, "2019-01-31"),
    m("Ledgerly", O), m("Sept. 27", D, "2018-09-27"), m("Aug. 14 and Sept. 3", D, "2018-08-14/2018-09-03"),
    m("Priya Raman-Whitfield", P), m("2014", D, "2014"), m("Twitter", O),
    m("Today I said goodbye to 240 people who helped build Ledgerly. This decision is mine, and so is the responsibility 💔", Q,
      spk={"Priya Raman-Whitfield", "Raman-Whitfield"}),
    m("Today", D, "2018-10-09"), m("Ledgerly", O), m("Raman-Whitfield", P),
    m("San Francisco", G), m("Ledgerly", O), m("Federal Trade Commission", O),
    m("Ledgerly", O), m("Northgate Ventures", O), m("March 2017", D, "2017-03"),
    m("Dana Kowalczyk", P), m("Harborview Research", O),
    m("A breach is survivable. A breach plus a cash crunch is much harder, and I think that’s what we’re looking at here,", Q,
      spk={"Dana Kowalczyk", "Kowalczyk"}),
    m("Kowalczyk", P),
    m("Small businesses are conservative customers. Once they move their books somewhere else, they don’t come back for a discount.", Q,
      spk={"Dana Kowalczyk", "Kowalczyk"}),
    m("Ledgerly", O), m("the fourth quarter", D, "2018-10/2018-12"),
    m("LinkedIn", O), m("Tuesday", D, "2018-10-09"), m("Tomás Echeverría", P),
    m("Ledgerly", O), m("the end of the year", D, "2018"), m("this year", D, "2018"),
    m("Bay Area", L), m("the spring", D, "2018-SP"),
])

# ---------------------------------------------------------------- lotbiniere (dct 2017-11-21, Tuesday; CRLF)
TO = {"Geneviève Tremblay-Ouellet", "Tremblay-Ouellet"}
BEL = {"Marc-André Bélanger", "Bélanger"}
BER = {"Anne-Sophie Bérubé", "Bérubé"}
DOCS["holdout3-lotbiniere-sud-byelection"] = ("lot", [
    # headline
    m("Bloc Québécois", O), m("Lotbinière-Sud", G), m("Liberals", N),
    # byline
    m("Stéphanie Lévesque", P), m("Canadian Press", O),
    # dateline + body
    m("OTTAWA", G), m("Bloc Québécois", O), m("Quebec", G), m("Lotbinière-Sud", G), m("Liberals", N),
    m("Bloc", O), m("Geneviève Tremblay-Ouellet", P), m("Saint-Agapit", G), m("Monday", D, "2017-11-20"),
    m("Elections Canada", O), m("Liberal", N), m("Marc-André Bélanger", P),
    m("Conservative", N), m("Yannick Poirier", P), m("NDP", O), m("Chantal Aubé-Leclerc", P),
    m("People here are not against development. They are against being told that a pipeline is coming through their maple groves whether they like it or not,", Q,
      spk={"Josée Gagnon-Fortin", "Gagnon-Fortin"}),
    m("Josée Gagnon-Fortin", P), m("Saint-Flavien", G), m("Bloc", O),
    m("Calgary", G), m("Calder Midstream Ltd.", O), m("Alberta", G), m("Lévis", G), m("Chaudière River", L),
    m("Tremblay-Ouellet", P), m("House of Commons", O),
    m("This was a referendum on the pipeline, and the people of Lotbinière-Sud answered very clearly,", Q, spk=TO),
    m("Lotbinière-Sud", G), m("Saint-Agapit", G), m("Monday", D, "2017-11-20"),
    m("Ottawa is going to have to listen.", Q, spk=TO),
    m("Ottawa", G),
    m("Bélanger", P), m("Liberal", N),
    m("We ran a positive campaign, and I'm proud of it,", Q, spk=BEL),
    m("But I heard the worry at the doors, and I'll be making sure the prime minister hears it too.", Q, spk=BEL),
    m("August", D, "2017-08"), m("Liberal", N), m("Denis Lachance-Roy", P), m("2015", D, "2015"),
    m("Calder Midstream", O), m("third-quarter", D, "2017-07/2017-09"), m("Nov. 9", D, "2017-11-09"),
    m("2014", D, "2014"), m("National Energy Board", O), m("next spring", D, "2018-SP"),
    m("the first quarter of 2019", D, "2019-01/2019-03"),
    m("the 2018-19 fiscal year", D, "2018-04/2019-03"), m("Indigenous", N), m("House of Commons", O),
    m("last month", D, "2017-10"),
    m("Université Laval", O), m("Anne-Sophie Bérubé", P), m("Liberals", N),
    m("Byelections are usually about local irritants, and governments lose them all the time,", Q, spk=BER),
    m("Bérubé", P),
    m("But when a pipeline route becomes the ballot question in a riding like this one, the party has to ask itself what happens in 2019 across the whole South Shore.", Q, spk=BER),
    m("2019", D, "2019"), m("South Shore", L),
    m("Calder Midstream", O), m("continue to engage", Q, spk=None),
    m("Tremblay-Ouellet", P), m("House", O), m("mid-December", D, "2017-12"),
])

# ---------------------------------------------------------------- nigardsbreen (dct 2025-02-12, Wednesday)
SA = {"Ingrid Solheim-Aasen", "Solheim-Aasen"}
OS = {"Håkon Østby", "Østby"}
SJ = {"Elin Sjöberg", "Sjöberg"}
BN = {"Arne Bakken-Nesheim", "Bakken-Nesheim"}
DOCS["holdout3-nigardsbreen-glacier-retreat"] = ("nig", [
    # headline
    m("Norway", G), m("Nigardsbreen", L),
    # byline
    m("Siri Haugland", P),
    # body
    m("last September", D, "2024-09"), m("Ingrid Solheim-Aasen", P), m("Nigardsbreen", L),
    m("When I started here as a student, the ice was touching that rock,", Q, spk=SA),
    m("Solheim-Aasen", P), m("University of Bergen", O),
    m("Now it takes me ten minutes to walk from the marker to the front of the glacier.", Q, spk=SA),
    m("Nigardsbreen", L), m("Jostedalsbreen", L), m("Norway", G), m("1748", D, "1748"),
    m("last month", D, "2025-01"), m("Journal of Glaciology", O), m("2014 and 2024", D, "2014/2024"),
    m("1962", D, "1962"),
    m("Solheim-Aasen", P), m("Norwegian Water Resources and Energy Directorate", O), m("NVE", O),
    m("Stockholm University", O), m("the 1930s", D, "1930/1939"), m("1984–2024", D, "1984/2024"),
    m("the past decade", D, "PAST_REF"), m("the 1960s and 1970s", D, "1960/1979"), m("the 1990s", D, "1990/1999"),
    m("Håkon Østby", P), m("NVE", O), m("Nigardsbreen", L), m("2003", D, "2003"),
    m("The 1990s were the exception. What we are seeing now is the rule.", Q, spk=OS),
    m("The 1990s", D, "1990/1999"),
    m("Last summer was not the worst on record – that was 2018 – but the melt season started early and finished late,", Q, spk=OS),
    m("Last summer", D, "2024-SU"), m("2018", D, "2018"),
    m("Østby", P),
    m("We had bare ice high on the plateau by the middle of August, which used to be unusual.", Q, spk=OS),
    m("the middle of August", D, "2024-08"),
    m("Scandinavia", L), m("Elin Sjöberg", P), m("Stockholm University", O), m("Tarfala Research Station", O),
    m("Swedish Lapland", L), m("Storglaciären", L), m("1946", D, "1946"), m("the 1990s", D, "1990/1999"),
    m("These long records are what allow us to say with confidence that this is not natural variability,", Q, spk=SJ),
    m("You cannot see a trend in five years. You can see it in seventy.", Q, spk=SJ),
    m("Jostedalen", L), m("Arne Bakken-Nesheim", P), m("the 1700s", D, "1700/1799"),
    m("My grandfather could see the glacier from the kitchen window,", Q, spk=BN),
    m("My children have to drive up the valley to show it to theirs.", Q, spk=BN),
    m("Intergovernmental Panel on Climate Change", O), m("IPCC", O), m("Nigardsbreen", L),
    m("the 2080s", D, "2080/2089"),
    m("Solheim-Aasen", P), m("this winter", D, "2024-WI"),
    m("One good winter helps for a season,", Q, spk=SA),
    m("It does not turn the glacier around.", Q, spk=SA),
])

VALUE_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-(SP|SU|FA|WI)|PAST_REF|PRESENT_REF|FUTURE_REF)"
    r"(/(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-(SP|SU|FA|WI)))?$")


def isword(ch):
    return ch.isalnum()


def find(text, surface, cursor, ctx=None):
    i = cursor
    while True:
        j = text.find(surface, i)
        if j < 0:
            return -1
        e = j + len(surface)
        ok = True
        if isword(surface[0]) and j > 0 and isword(text[j - 1]):
            ok = False
        if isword(surface[-1]) and e < len(text) and isword(text[e]):
            ok = False
        if ctx is not None and not text[:j].endswith(ctx):
            ok = False
        if ok:
            return j
        i = j + 1


def build(doc_id, short, mentions, text):
    spans, quotes = [], []
    cursor = 0
    for surface, label, value, opts in mentions:
        j = find(text, surface, cursor, opts.get("ctx"))
        if j < 0:
            sys.exit(f"{doc_id}: not found after {cursor}: {surface!r}")
        e = j + len(surface)
        assert text[j:e] == surface
        assert surface == surface.strip(), surface
        s = {"start": j, "end": e, "label": label, "text": surface}
        if label == D:
            assert value and VALUE_RE.match(value), (surface, value)
            s["value"] = value
        else:
            assert value is None, surface
        spans.append(s)
        if label == Q:
            quotes.append((s, opts.get("spk", "MISSING")))
            cursor = j
        else:
            cursor = e
    # order and ids
    spans.sort(key=lambda s: (s["start"], -s["end"]))
    for n, s in enumerate(spans, 1):
        s["id"] = f"{short}-{n}"
    # flatness
    for a in spans:
        for b in spans:
            if a is b:
                continue
            if a["start"] < b["end"] and b["start"] < a["end"]:
                inside = a["start"] <= b["start"] and b["end"] <= a["end"]
                if not (a["label"] == Q and b["label"] != Q and inside) and \
                   not (b["label"] == Q and a["label"] != Q and b["start"] <= a["start"] and a["end"] <= b["end"]):
                    sys.exit(f"{doc_id}: overlap {a} {b}")
    ids = [s["id"] for s in spans]
    assert len(ids) == len(set(ids))
    # said_by: nearest PERSON mention naming the speaker
    rels = []
    persons = [s for s in spans if s["label"] == P]
    for q, spk in quotes:
        assert spk != "MISSING", q
        if spk is None:
            continue
        best = None
        for p in persons:
            if p["text"] not in spk:
                continue
            if p["start"] >= q["end"]:
                d = p["start"] - q["end"]
            elif p["end"] <= q["start"]:
                d = q["start"] - p["end"]
            else:
                d = 0
            if best is None or d < best[0]:
                best = (d, p)
        assert best is not None, q
        rels.append({"from": q["id"], "to": best[1]["id"], "type": "said_by"})
    out = [{k: s[k] for k in ("id", "start", "end", "label", "text", "value") if k in s} for s in spans]
    return {"doc_id": doc_id, "spans": out, "relations": rels}


def coverage_report(rec, text):
    """List whole-word occurrences of annotated entity strings that no span covers."""
    ent = [s for s in rec["spans"] if s["label"] != Q]
    covered = [(s["start"], s["end"]) for s in ent]
    miss = []
    for surf in sorted({s["text"] for s in ent}):
        i = 0
        while True:
            j = find(text, surf, i)
            if j < 0:
                break
            e = j + len(surf)
            if not any(a < e and j < b for a, b in covered):
                miss.append((j, surf))
            i = j + 1
    return sorted(miss)


def main():
    manifest = {}
    with open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            manifest[r["doc_id"]] = r
    lines = []
    for doc_id, (short, mentions) in DOCS.items():
        path = os.path.join(CORPUS, manifest[doc_id]["file"])
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
        rec = build(doc_id, short, mentions, text)
        lines.append(json.dumps(rec, ensure_ascii=False))
        if "-v" in sys.argv:
            print("==", doc_id)
            byid = {s["id"]: s for s in rec["spans"]}
            for r in rec["relations"]:
                q, p = byid[r["from"]], byid[r["to"]]
                print(f"  said_by {q['id']} {q['text'][:40]!r} -> {p['id']} {p['text']!r}@{p['start']}")
            for j, surf in coverage_report(rec, text):
                print(f"  UNCOVERED {surf!r} at {j}: {text[max(0,j-30):j+len(surf)+30]!r}")
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")
    print("wrote", len(lines), "documents")


if __name__ == "__main__":
    main()
