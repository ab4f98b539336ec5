#!/usr/bin/env python3
"""Hand-chosen annotations for the eight holdout9 articles.

Every mention below was chosen by reading the text. The script only:
  * locates each mention (in reading order, searching forward from the previous
    mention; `after=` gives a left context that must be passed first),
  * computes half-open [start, end) offsets and checks text[start:end] == surface,
  * checks flatness (only entity/date spans may lie inside a QUOTE), unique ids,
    quote boundaries (opening mark before, closing mark or paragraph end after),
  * resolves each said_by to the nearest PERSON mention of the hand-assigned
    speaker (section 7: character distance, before or after),
  * writes annotation.jsonl.

Mention constructors:
  P(surface, who)            PERSON; `who` = speaker key used for said_by
  E(surface, label)          ORG / GPE / LOC / NORP
  D(surface, value)          DATE with value
  Q(first, last, who)        QUOTE from the start of `first` to the end of `last`
                             (who=None: speaker never named, no said_by)
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus


def P(s, who=None, after=None):
    return dict(kind="ent", text=s, label="PERSON", who=who, after=after)


def E(s, label, after=None):
    assert label in ("ORG", "GPE", "LOC", "NORP")
    return dict(kind="ent", text=s, label=label, after=after)


def D(s, value, after=None):
    return dict(kind="ent", text=s, label="DATE", value=value, after=after)


def Q(first, last, who, after=None):
    return dict(kind="quote", first=first, last=last, who=who, after=after)


DOCS = {}

# ---------------------------------------------------------------- durban
DOCS["holdout9-durban-odi-report"] = ("durban", [
    # headline
    P("Botha-Kruger", "botha"), E("South Africa", "ORG"), E("Sri Lanka", "ORG"),
    # para 1
    E("Durban", "GPE"), P("Hendrik Botha-Kruger", "botha"), P("Keshav Naidoo", "naidoo"),
    E("South Africa", "ORG"), E("Sri Lanka", "ORG"), D("Sunday", "2018-11-11"),
    # para 2
    E("South Africa", "ORG"), E("Sri Lanka", "ORG"), P("Lahiru Wickremaratne", "wick"),
    P("Nuwan Pathirage", "path"), P("Imraan Moosa", "moosa"),
    # para 3
    P("Botha-Kruger", "botha"), P("Francois van Wyk", "vanwyk"), E("Bangladesh", "ORG"),
    D("2016", "2016"), P("Kasun Abeysekera", "abey"),
    # para 4
    P("Wian du Preez", "dupreez"),
    # para 5
    E("Sri Lanka", "ORG"), P("Pasindu Jayawardane", "jaya"), P("Naidoo", "naidoo"),
    # para 6
    P("Jayawardane", "jaya"), E("Sri Lankan", "NORP"), P("Dhananjaya Samarakoon", "sama"),
    E("Sri Lanka", "ORG"), P("Jaco Steenkamp", "steen"),
    # para 7
    P("Naidoo", "naidoo"), E("Chatsworth", "GPE"),
    # para 8
    Q("It’s special", "my family,", "naidoo"), P("Naidoo", "naidoo"),
    Q("My dad used", "more than I did.", "naidoo"),
    # para 9
    P("Van Wyk", "vanwyk"), P("Botha-Kruger", "botha"),
    # para 10
    Q("When you’re three down", "did that brilliantly,", "vanwyk"), P("Hendrik", "botha"),
    E("South Africa", "ORG"),
    Q("He’s been knocking", "kicked it down.", "vanwyk"),
    # para 11
    P("Samarakoon", "sama"), E("South Africa", "ORG"),
    # para 12
    Q("We had them where", "for 40 overs,", "sama"),
    Q("Then we lost our lengths", "better on Friday.", "sama"), D("Friday", "2018-11-16"),
    # para 13
    E("South Africa", "ORG"), E("Johannesburg", "GPE"), D("Wednesday", "2018-11-07"),
    E("Sri Lanka", "ORG"), D("last year", "2017"), E("Sri Lanka", "GPE"),
    # para 14
    E("Port Elizabeth", "GPE"), D("Friday", "2018-11-16"), E("Cape Town", "GPE"),
    E("Centurion", "GPE"), D("next year", "2019"), E("England", "GPE"), E("Proteas", "ORG"),
])

# ---------------------------------------------------------------- esa
DOCS["holdout9-esa-lumen-launch"] = ("esa", [
    E("European", "NORP"),
    P("Claire Ashdown", "ashdown"),
    E("KOUROU", "GPE"), E("French Guiana", "GPE"), E("European", "NORP"),
    D("Monday", "2025-02-17"), E("Europe", "LOC"), E("European Space Agency", "ORG"),
    E("European Space Operations Centre", "ORG"), E("Darmstadt", "GPE"), E("Germany", "GPE"),
    E("ESA", "ORG"), D("Tuesday", "2025-02-18"), E("Earth", "LOC"),
    E("Delft University of Technology", "ORG"), E("Netherlands", "GPE"),
    E("University of Leicester", "ORG"), E("England", "GPE"),
    P("Annelies van den Berg", "vdb"), E("ESA", "ORG"),
    Q("That's the difference", "lose its harvest,", "vdb"), P("van den Berg", "vdb"),
    D("last fall", "2024-FA"), D("Monday", "2025-02-17"),
    P("Pieter de Groot", "degroot"), E("Delft", "ORG"),
    Q("Twelve years of work", "third stage separated.", "degroot"),
    E("Leicester", "ORG", after="At "), P("Ravi Menon", "menon"),
    Q("When the signal came through", "just erupted,", "menon"),
    Q("Half of the people", "on a whiteboard.", "menon"),
    P("Menon", "menon"),
    D("Feb. 24 to March 21", "2025-02-24/2025-03-21"), E("ESA", "ORG"), D("May", "2025-05"),
    P("Van den Berg", "vdb"), E("Spain", "GPE"), E("Kenya", "GPE"), E("Australia", "GPE"),
    E("ESA", "ORG"), D("the 2030s", "2030/2039"),
    Q("We're not there yet,", "We're not there yet,", "degroot"), P("de Groot", "degroot"),
    Q("First we have to show", "this one works.", "degroot"),
])

# ---------------------------------------------------------------- golden bay
DOCS["holdout9-golden-bay-fire"] = ("golden", [
    E("Golden Bay", "LOC"), D("Christmas", "2020-12-25"),
    E("Wellington", "GPE"), D("Tuesday", "2020-12-22"),
    E("Golden Bay", "LOC"), E("Tasman", "GPE"), D("Christmas", "2020-12-25"),
    E("Pōhara", "GPE"), E("Tākaka", "GPE"), D("yesterday", "2020-12-21"),
    D("this morning", "2020-12-22"), E("Fire and Emergency New Zealand", "ORG"), E("FENZ", "ORG"),
    E("Nelson", "GPE"), E("Motueka", "GPE"), E("Tākaka", "GPE"), D("today", "2020-12-22"),
    P("Grant McAllister", "mca"),
    Q("We had gusts", "two firebreaks,", "mca"), D("yesterday", "2020-12-21"),
    Q("Today is looking", "by Christmas Eve.", "mca"), D("Today", "2020-12-22"),
    D("Christmas Eve", "2020-12-24"),
    E("Tākaka", "GPE"), E("Tōtaranui", "LOC"), D("yesterday", "2020-12-21"),
    E("Department of Conservation", "ORG"), E("DOC", "ORG"),
    E("Abel Tasman National Park", "LOC"), E("Tōtaranui", "LOC"),
    E("Nelson Tasman Civil Defence", "ORG"), E("Tākaka", "GPE"),
    D("the weekend", "2020-12-19/2020-12-20"),
    P("Aroha Te Whata-Brown", "atwb"), E("Pōhara", "GPE"), E("Facebook", "ORG"),
    Q("Everyone is out safe", "do their job.", "atwb"),
    D("this morning", "2020-12-22"),
    Q("We’ll be open again", "for 30 years,", "atwb"), E("FENZ", "ORG"),
    E("MetService", "ORG"), P("Hannah Kemp-Salter", "hks"), E("Nelson", "GPE"),
    E("Marlborough", "GPE"), D("Wednesday and Thursday", "2020-12-23/2020-12-24"),
    E("South Island", "LOC"), D("Christmas Day", "2020-12-25"),
    Q("It’s that combination", "worries us,", "hks"),
    Q("The grass is already", "dry for December.", "hks"), D("December", "2020-12"),
    E("Tasman", "GPE"), E("FENZ", "ORG"), E("Kahurangi National Park", "LOC"),
    E("Tākaka Hill", "LOC"),
    E("Pigeon Valley", "LOC"), E("Wakefield", "GPE"), D("February last year", "2019-02"),
    E("Tasman", "GPE"), P("Kerry Lindauer", "lindauer"), D("Christmas", "2020-12-25"),
])

# ---------------------------------------------------------------- hallstrom
DOCS["holdout9-hallstrom-verano-deal"] = ("hallstrom", [
    E("Hallstrom", "ORG"), E("Verano Thermal", "ORG"),
    P("Daniel Ferreira-Lynch", "dfl"), P("Aiko Tanabe", "tanabe"),
    E("Bloomberg", "ORG"), E("Hallstrom Industries Inc.", "ORG"),
    E("Verano Thermal Systems Inc.", "ORG"), E("US", "GPE"),
    E("Hallstrom", "ORG"), D("Monday", "2023-06-12"), E("Verano", "ORG"), D("Friday", "2023-06-09"),
    E("Charlotte", "GPE"), E("North Carolina", "GPE"),
    E("Verano", "ORG"), E("New York", "GPE"), E("Hallstrom", "ORG"), E("Minneapolis", "GPE"),
    D("March", "2023-03"),
    E("Bloomberg News", "ORG"), D("last week", "2023-06-05/2023-06-11"),
    E("Hallstrom", "ORG"), D("fiscal 2024", "2023-10/2024-09"), D("Oct. 1", "2023-10-01"),
    E("Verano", "ORG"), E("Hallstrom", "ORG"), E("Lazenby & Co.", "ORG"),
    E("Hallstrom", "ORG"), P("Renata Oyelaran-Pike", "rop"),
    D("the end of fiscal 2026", "2025-10/2026-09"),
    Q("We've been building", "for three years,", "rop"), P("Oyelaran-Pike", "rop"),
    Q("Verano has the heat-pump", "in every state.", "rop"), E("Verano", "ORG"),
    E("Verano", "ORG"), D("March 31", "2023-03-31"), D("last month", "2023-05"),
    D("fiscal fourth quarter", "2023-01/2023-03"),
    D("the three months through March", "2023-01/2023-03"),
    D("fiscal 2023", "2022-04/2023-03"),
    E("Hallstrom", "ORG"), D("fiscal second quarter", "2023-01/2023-03"),
    D("March 31", "2023-03-31"), D("a year earlier", "2022-01/2022-03"),
    P("Priya Raghunathan", "pr"), E("Bloomberg Intelligence", "ORG"),
    Q("full but defensible", "full but defensible", "pr"), E("Verano", "ORG"),
    D("the end of March", "2023-03"),
    Q("The question isn't", "Verano's engineers,", "pr"), E("Hallstrom", "ORG"),
    E("Verano", "ORG"),
    P("Marcus Lindgren", "ml"), E("Hartwell Capital Partners", "ORG"), E("Hallstrom", "ORG"),
    E("Hallstrom", "ORG"), E("Verano", "ORG"), D("the end of calendar 2025", "2025"),
    Q("ambitious in a tight", "labor market.", "ml"),
    E("Verano", "ORG"), Q("It's a fair price", "going to pay it,", None), E("Verano", "ORG"),
    E("Verano", "ORG"), P("Walter Bramhall", "bramhall"), E("Hallstrom", "ORG"),
    E("Lazenby", "ORG"), E("Hallstrom", "ORG"), E("Pemberton Ridge Advisors", "ORG"),
    E("Verano", "ORG"),
    P("Keiko Marsh", "marsh"),
])

# ---------------------------------------------------------------- herefordshire
DOCS["holdout9-herefordshire-libraries"] = ("hereford", [
    E("Herefordshire Council", "ORG"),
    E("Herefordshire", "GPE"), D("this summer", "2017-SU"),
    E("Conservative", "NORP"), E("Hereford", "GPE"), D("Tuesday", "2017-03-14"),
    E("Kington", "GPE"), E("Bromyard", "GPE"), E("Colwall", "GPE"), E("Weobley", "GPE"),
    D("30 June", "2017-06-30"), D("17 July", "2017-07-17"),
    P("Margaret Ellery-Thorne", "met"),
    Q("Nobody in this room", "I certainly didn’t,", "met"),
    Q("But we’ve lost", "from children’s services.", "met"), D("2010", "2010"), D("2019", "2019"),
    Q("I’d ask people", "this decision lightly.", "met"),
    D("9 January to 20 February 2017", "2017-01-09/2017-02-20"),
    P("Huw Prothero", "hp"), E("Liberal Democrat", "NORP"),
    Q("a box-ticking exercise", "a box-ticking exercise", "hp"),
    Q("The cabinet had made", "last autumn,", "hp"), D("last autumn", "2016-FA"),
    Q("People in Kington", "a door closing.", "hp"), E("Kington", "GPE"), E("Leominster", "GPE"),
    E("Friends of Weobley Library", "ORG"),
    P("Sian Caldwell", "sc"),
    Q("We’ve been told", "if they’d let us.", "sc"),
    P("Ellery-Thorne", "met"), Q("credible proposal", "credible proposal", "met"),
    D("April", "2017-04"),
    E("Hereford", "GPE"), E("Leominster", "GPE"), E("Ledbury", "GPE"), E("Ross-on-Wye", "GPE"),
    D("last year", "2016"), D("2020", "2020"),
])

# ---------------------------------------------------------------- marib
DOCS["holdout9-marib-floods-camps"] = ("marib", [
    Q("We lost everything again", "We lost everything again", "fah"),
    E("Yemen", "GPE"), E("Marib", "GPE"),
    P("Sami Bawazir", "bawazir"),
    E("Marib", "GPE"), E("Yemen", "GPE"), P("Fatima al-Hadi", "fah"), E("Hodeidah", "GPE"),
    D("five years ago", "2019"), D("Sunday", "2024-08-18"),
    Q("We lost everything again –", "school books,", "fah"), E("Al Jazeera", "ORG"),
    E("al-Jufainah", "LOC"), E("Marib", "GPE"),
    E("Yemen", "GPE"), E("Marib", "GPE"), D("last week", "2024-08-12/2024-08-18"),
    E("International Organization for Migration", "ORG"), E("IOM", "ORG"),
    E("Marib", "GPE"), E("Ramlat al-Sabatayn", "LOC"),
    E("Wadi Adhanah", "LOC"), E("Marib", "GPE"), D("Sunday", "2024-08-18"),
    Q("Within an hour", "up to our knees,", "sak"), P("Saleh bin Awadh al-Kathiri", "sak"),
    Q("People were carrying", "this will happen.", "sak"),
    E("Ethiopian", "NORP"), E("Somali", "NORP"), E("Gulf of Aden", "LOC"),
    E("Horn of Africa", "LOC"), E("Saudi Arabia", "GPE"), E("IOM", "ORG"), E("Ethiopians", "NORP"),
    E("UN", "ORG"), E("UNHCR", "ORG"), E("Somali", "NORP"),
    E("World Food Programme", "ORG"), E("WFP", "ORG"),
    Q("The food is here.", "the last kilometre,", "aas"), P("Amal Abu Shanab", "aas"),
    E("WFP", "ORG"), Q("Some sites can only", "properly since Sunday.", "aas"),
    D("Sunday", "2024-08-18"),
    P("Abu Shanab", "aas"), D("the end of the month", "2024-08"),
    E("Marib", "GPE"), D("this year", "2024"),
    Q("We are choosing", "should have to make,", None),
    E("UN", "ORG"), E("Yemen", "GPE"),
    E("Office for the Coordination of Humanitarian Affairs", "ORG"), E("OCHA", "ORG"),
    E("Norwegian Refugee Council", "ORG"), E("NRC", "ORG"), E("Marib", "GPE"), D("June", "2024-06"),
    E("Médecins Sans Frontières", "ORG"), E("MSF", "ORG"), D("2017", "2017"),
    E("Yemen", "GPE"), E("Houthis", "NORP"), E("Saudi", "NORP"), D("2015", "2015"),
    E("Marib", "GPE"), D("2022", "2022"),
    P("Abu Mohammed al-Sharjabi", "ams"), E("Sanaa", "GPE"),
    Q("The children ask me", "school will start,", "ams"),
    Q("I tell them:", "the ground is dry.", "ams"),
    D("the coming days", "FUTURE_REF"),
])

# ---------------------------------------------------------------- peru
DOCS["holdout9-peru-copper-blockade"] = ("peru", [
    E("Peru", "GPE"), E("Brazilian", "NORP"),
    E("LIMA", "GPE"), D("March 3", "2022-03-03"), E("Reuters", "ORG"), E("Quechua", "NORP"),
    E("Peru", "GPE"), E("Andes", "LOC"), D("Thursday", "2022-03-03"),
    E("Pachachaca River", "LOC"),
    D("last month", "2022-02"), E("Apurímac", "GPE"),
    P("Eulogio de la Cruz Huamaní", "dlc"), E("Huancaray", "GPE"),
    Q("We have been patient", "we have neither,", "dlc"), P("de la Cruz", "dlc"),
    E("Reuters", "ORG"), Q("Now they want to dig", "above our springs.", "dlc"),
    E("Minera Qoriwayra", "ORG"), E("Peruvian", "NORP"), E("Brazil", "GPE"),
    E("Cordilheira Mineração S.A.", "ORG"), D("last year", "2021"), E("Peru", "GPE"),
    E("Energy and Mines Ministry", "ORG"), D("two years ago", "2020"), D("2038", "2038"),
    E("Pachachaca", "LOC"), E("Cordillera de Huanzo", "LOC"), E("Apurímac River", "LOC"),
    E("Minera Qoriwayra", "ORG"), Q("putting the livelihoods", "families at risk.", None),
    P("Marcelo dos Santos Azevedo", "msa"), E("Cordilheira", "ORG"), D("last month", "2022-02"),
    D("next year", "2023"),
    Q("We are confident", "standards in the Andes,", "msa"), E("Andes", "LOC"),
    D("Wednesday", "2022-03-02"), E("Abancay", "GPE"), D("next week", "2022-03-07/2022-03-13"),
    Q("Nobody wants another", "the rainy season,", None),
    P("Rosa Elvira de la Torre", "rdt"), E("Huancaray", "GPE"), D("2014", "2014"),
    Q("My potatoes used", "I carry buckets,", "rdt"),
    E("Peru", "GPE"), E("Ombudsman's Office", "ORG"), D("January", "2022-01"),
    D("two years ago", "2020"), E("Apurímac", "GPE"), E("Cordilheira", "ORG"),
    E("Sao Paulo", "GPE"), D("Thursday", "2022-03-03"),
    P("De la Cruz", "dlc"), Q("until the minister", "comes here himself.", "dlc"),
    P("Lucía Carrasco Vela", "lcv"), P("Tomás Quispe Mamani", "tqm"), E("Abancay", "GPE"),
    P("Daniel Whitcombe", "dw"),
])

# ---------------------------------------------------------------- senate
DOCS["holdout9-senate-airbag-recall"] = ("senate", [
    P("LAUREN PACHECO-WELLS", "lpw"), E("Associated Press", "ORG"),
    E("WASHINGTON", "GPE"), E("AP", "ORG"), D("Wednesday", "2023-10-18"),
    E("Senate Commerce, Science and Transportation Committee", "ORG"),
    P("Maureen Kessler", "mk"), E("D", "NORP"), E("Wash.", "GPE"),
    E("National Highway Traffic Safety Administration", "ORG"),
    Q("sat on", "sat on", "mk"), D("2022", "2022"),
    Q("Families were driving", "this agency knew it,", "mk"), P("Kessler", "mk"),
    Q("I want to know", "an acceptable risk.", "mk"),
    D("Oct. 9", "2023-10-09"), D("2019 through 2022", "2019/2022"),
    E("Halden Motor Co.", "ORG"), E("Detroit", "GPE"), E("Halden", "ORG"),
    D("next spring", "2024-SP"),
    E("NHTSA", "ORG"), P("Raymond Ojeda", "ro"), E("Office of Defects Investigation", "ORG"),
    D("March 2022", "2022-03"), D("last December", "2022-12"),
    Q("We followed the evidence", "we acted,", "ro"), P("Ojeda", "ro"),
    E("Republicans", "NORP"), P("Tom Brantley", "tb"), E("R", "NORP"), E("Okla.", "GPE"),
    E("Congress", "ORG"), D("the last three years", "2020/2022"),
    Q("This isn't a money problem.", "a management problem,", "tb"), P("Brantley", "tb"),
    Q("You don't need", "pick up the phone.", "tb"),
    Q("If our internal review", "prejudge that review.", "ro"),
    E("Democrats", "NORP"), P("Danielle Ruiz-Calloway", "drc"), E("D", "NORP"), E("Mich.", "GPE"),
    E("House", "ORG"), D("next week", "2023-10-23/2023-10-29"), P("Gary Lindqvist", "gl"),
    E("R", "NORP"), E("Ohio", "GPE"),
    P("Ruiz-Calloway", "drc"), E("Halden", "ORG"),
    Q("not about punishing", "one company", "drc"),
    Q("making sure no family", "the evening news.", "drc"),
    E("Halden", "ORG"), Q("Every owner who calls", "the repair is done,", None),
    E("NHTSA", "ORG"), D("Nov. 3", "2023-11-03"), E("Halden", "ORG"), E("Mexican", "NORP"),
    E("Ohio", "GPE"), P("Kessler", "mk"), E("Halden", "ORG"), D("the end of the year", "2023"),
])

OPEN = "“\"‘'"
CLOSE = "”\"’'"


def is_word(c):
    return c.isalnum()


def find_ent(text, s, cur):
    i = cur
    while True:
        j = text.find(s, i)
        if j < 0:
            raise ValueError(f"not found after {cur}: {s!r}")
        before = text[j - 1] if j > 0 else " "
        after = text[j + len(s)] if j + len(s) < len(text) else " "
        if not (is_word(before) and is_word(s[0])) and not (is_word(after) and is_word(s[-1])):
            return j
        i = j + 1


def build_doc(doc_id, short, items):
    path = os.path.join(CORPUS, doc_id + ".txt")
    text = open(path, encoding="utf-8", newline="").read()
    cur = 0
    spans = []
    for it in items:
        if it.get("after"):
            a = text.find(it["after"], cur)
            assert a >= 0, (doc_id, it)
            cur = a + len(it["after"])
        if it["kind"] == "ent":
            s = it["text"]
            st = find_ent(text, s, cur)
            en = st + len(s)
            sp = dict(start=st, end=en, label=it["label"], text=s)
            if it["label"] == "DATE":
                sp["value"] = it["value"]
            if it["label"] == "PERSON":
                sp["_who"] = it["who"]
        else:
            st = text.find(it["first"], cur)
            assert st >= 0, (doc_id, it)
            e0 = text.find(it["last"], st)
            assert e0 >= 0, (doc_id, it)
            en = e0 + len(it["last"])
            assert text[st - 1] in OPEN, (doc_id, it, text[st - 1])
            nxt = text[en] if en < len(text) else "\n"
            assert nxt in CLOSE or nxt in "\r\n", (doc_id, it, nxt)
            assert "\n" not in text[st:en], (doc_id, it)
            sp = dict(start=st, end=en, label="QUOTE", text=text[st:en], _who=it["who"])
        assert text[sp["start"]:sp["end"]] == sp["text"]
        assert sp["text"] == sp["text"].strip() or sp["label"] == "QUOTE"
        spans.append(sp)
        cur = st if sp["label"] == "QUOTE" else st + 1
    # reading order check: items were given in reading order
    order = [(s["start"], -s["end"]) for s in spans]
    assert order == sorted(order), doc_id
    # flatness
    for a in spans:
        for b in spans:
            if a is b:
                continue
            if a["start"] < b["end"] and b["start"] < a["end"]:
                outer, inner = (a, b) if (a["end"] - a["start"]) >= (b["end"] - b["start"]) else (b, a)
                ok = (outer["label"] == "QUOTE" and inner["label"] != "QUOTE"
                      and outer["start"] <= inner["start"] and inner["end"] <= outer["end"])
                assert ok, (doc_id, a, b)
    for n, sp in enumerate(spans, 1):
        sp["id"] = f"{short}-{n}"
    ids = [s["id"] for s in spans]
    assert len(ids) == len(set(ids))
    # said_by: nearest PERSON mention of the speaker
    rels = []
    for q in spans:
        if q["label"] != "QUOTE" or q["_who"] is None:
            continue
        cands = [p for p in spans if p["label"] == "PERSON" and p["_who"] == q["_who"]]
        assert cands, (doc_id, q)

        def dist(p):
            if p["end"] <= q["start"]:
                return q["start"] - p["end"]
            if p["start"] >= q["end"]:
                return p["start"] - q["end"]
            return 0  # inside the quote
        best = min(cands, key=dist)
        rels.append({"from": q["id"], "to": best["id"], "type": "said_by"})
    out_spans = []
    for sp in spans:
        d = {"id": sp["id"], "start": sp["start"], "end": sp["end"], "label": sp["label"],
             "text": sp["text"]}
        if "value" in sp:
            d["value"] = sp["value"]
        out_spans.append(d)
    return {"doc_id": doc_id, "spans": out_spans, "relations": rels}, text


def main():
    manifest = [json.loads(l) for l in open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8")]
    out = []
    verbose = os.environ.get("VERBOSE")
    for m in manifest:
        doc, text = build_doc(m["doc_id"], *DOCS[m["doc_id"]])
        out.append(doc)
        if verbose:
            print("=====", m["doc_id"], m["dct"])
            byid = {s["id"]: s for s in doc["spans"]}
            for s in doc["spans"]:
                ctx = text[max(0, s["start"] - 25):s["start"]].replace("\n", "/").replace("\r", "")
                print(f'{s["id"]:14} {s["label"]:6} {s.get("value",""):22} [{ctx}]<<{s["text"][:60]}>>')
            for r in doc["relations"]:
                print("   ", r["from"], "->", r["to"], byid[r["to"]]["text"])
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    for d in out:
        from collections import Counter
        c = Counter(s["label"] for s in d["spans"])
        print(d["doc_id"], dict(sorted(c.items())), "said_by:", len(d["relations"]))


if __name__ == "__main__":
    main()
