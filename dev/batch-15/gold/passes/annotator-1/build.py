#!/usr/bin/env python3
"""Build annotation.jsonl from hand-chosen mentions.

Every mention below was chosen by reading the text. The script only
  * locates each mention (the next occurrence, at word boundaries, after the
    previous mention in reading order; `ctx` = optional left context that must
    immediately precede the occurrence),
  * computes half-open [start, end) offsets into the unmodified text,
  * checks text[start:end] == surface, flatness, unique ids, quote marks,
  * checks that each hand-chosen said_by target is the nearest mention of
    that speaker (by character distance), and
  * writes annotation.jsonl.

QUOTE entries are given as (head, tail): the span runs from the start of
`head` to the end of `tail` (tail=None: head is the whole quote). The script
asserts an opening quotation mark right before the span and a closing mark
right after it (or, for `para=True`, the end of the paragraph: section 7a).
Entities/dates inside a quote are listed in `inner` and searched inside it.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus

OPEN_MARKS = "\u201c\"\u2018'"
CLOSE_MARKS = "\u201d\"\u2019'"


def M(label, s, value=None, ctx=None, who=None, tag=None):
    return dict(label=label, s=s, value=value, ctx=ctx, who=who, tag=tag)


def P(s, who=None, tag=None, ctx=None):
    return M("PERSON", s, ctx=ctx, who=who or tag or s, tag=tag)


def O(s, ctx=None):
    return M("ORG", s, ctx=ctx)


def G(s, ctx=None):
    return M("GPE", s, ctx=ctx)


def L(s, ctx=None):
    return M("LOC", s, ctx=ctx)


def N(s, ctx=None):
    return M("NORP", s, ctx=ctx)


def D(s, value, ctx=None):
    return M("DATE", s, value=value, ctx=ctx)


def Q(head, tail=None, by=None, inner=(), ctx=None, para=False):
    """by: tag of the PERSON mention of the speaker; None = speaker never named."""
    return dict(label="QUOTE", head=head, tail=tail, by=by, inner=list(inner), ctx=ctx, para=para)


def is_word(c):
    return c.isalnum() or c == "_"


def find(text, s, pos, ctx=None, limit=None):
    limit = len(text) if limit is None else limit
    i = pos
    while True:
        i = text.find(s, i, limit)
        if i < 0:
            raise ValueError("not found after %d: %r (ctx %r)" % (pos, s, ctx))
        j = i + len(s)
        ok = True
        if i > 0 and is_word(text[i - 1]) and is_word(s[0]):
            ok = False
        if j < len(text) and is_word(text[j]) and is_word(s[-1]):
            ok = False
        if ctx is not None and not text[:i].endswith(ctx):
            ok = False
        if ok and j <= limit:
            return i, j
        i += 1


# ---------------------------------------------------------------------------
# Hand-chosen mentions, in reading order, per article.
# ---------------------------------------------------------------------------

DOCS = {}

# dct 2018-11-12 (Monday). Place names standing for the cricket teams are ORG (section 2).
DOCS["holdout9-durban-odi-report"] = ("durban", [
    P("Botha-Kruger", who="botha"),
    O("South Africa"),
    O("Sri Lanka"),
    G("Durban"),
    P("Hendrik Botha-Kruger", who="botha"),
    P("Keshav Naidoo", who="naidoo"),
    O("South Africa"),
    O("Sri Lanka"),
    D("Sunday", "2018-11-11"),
    O("South Africa", ctx="skies, "),
    O("Sri Lanka"),
    P("Lahiru Wickremaratne"),
    P("Nuwan Pathirage"),
    P("Imraan Moosa"),
    P("Botha-Kruger", who="botha"),
    P("Francois van Wyk", who="vanwyk"),
    O("Bangladesh"),
    D("2016", "2016"),
    P("Kasun Abeysekera"),
    P("Wian du Preez"),
    O("Sri Lanka"),
    P("Pasindu Jayawardane", who="jaya"),
    P("Naidoo", who="naidoo"),
    P("Jayawardane", who="jaya"),
    N("Sri Lankan"),
    P("Dhananjaya Samarakoon", who="sama"),
    O("Sri Lanka"),
    P("Jaco Steenkamp"),
    P("Naidoo", who="naidoo"),
    G("Chatsworth"),
    Q("It\u2019s special", "my family,", by="naidoo_s"),
    P("Naidoo", who="naidoo", tag="naidoo_s"),
    Q("My dad used", "more than I did.", by="naidoo_s"),
    P("Van Wyk", who="vanwyk", tag="vw"),
    P("Botha-Kruger", who="botha"),
    Q("When you\u2019re three down", "did that brilliantly,", by="vw",
      inner=[P("Hendrik", who="botha")]),
    O("South Africa"),
    Q("He\u2019s been knocking", "kicked it down.", by="vw"),
    P("Samarakoon", who="sama", tag="sama"),
    O("South Africa"),
    Q("We had them", "for 40 overs,", by="sama"),
    Q("Then we lost", "better on Friday.", by="sama",
      inner=[D("Friday", "2018-11-16")]),
    O("South Africa"),
    G("Johannesburg"),
    D("Wednesday", "2018-11-07"),
    O("Sri Lanka"),
    D("last year", "2017"),
    G("Sri Lanka"),
    G("Port Elizabeth"),
    D("Friday", "2018-11-16"),
    G("Cape Town"),
    G("Centurion"),
    D("next year", "2019"),
    G("England"),
    O("Proteas"),
])

# dct 2025-02-18 (Tuesday).
DOCS["holdout9-esa-lumen-launch"] = ("esa", [
    N("European"),
    P("Claire Ashdown"),
    G("KOUROU"),
    G("French Guiana"),
    N("European"),
    D("Monday", "2025-02-17", ctx="late "),
    O("European Space Agency"),
    O("European Space Operations Centre"),
    G("Darmstadt"),
    G("Germany"),
    O("ESA"),
    D("Tuesday", "2025-02-18"),
    L("Earth"),
    O("Delft University of Technology"),
    G("Netherlands"),
    O("University of Leicester"),
    G("England"),
    P("Annelies van den Berg", who="vdb"),
    O("ESA"),
    Q("That's the difference", "lose its harvest,", by="vdb1"),
    P("van den Berg", who="vdb", tag="vdb1"),
    D("last fall", "2024-FA"),
    D("Monday", "2025-02-17"),
    P("Pieter de Groot", who="dg", tag="dg1"),
    O("Delft", ctx="leads the "),
    Q("Twelve years of work", "third stage separated.", by="dg1"),
    O("Leicester", ctx="At "),
    P("Ravi Menon", who="menon", tag="menon1"),
    Q("When the signal came through", "just erupted,", by="menon1"),
    Q("Half of the people", "on a whiteboard.", by="menon2"),
    P("Menon", who="menon", tag="menon2"),
    D("Feb. 24 to March 21", "2025-02-24/2025-03-21"),
    O("ESA"),
    D("May", "2025-05"),
    P("Van den Berg", who="vdb"),
    G("Spain"),
    G("Kenya"),
    G("Australia"),
    O("ESA"),
    D("the 2030s", "2030/2039"),
    Q("We're not there yet,", by="dg2"),
    P("de Groot", who="dg", tag="dg2"),
    Q("First we have to show", "this one works.", by="dg2"),
])

# dct 2020-12-22 (Tuesday).
DOCS["holdout9-golden-bay-fire"] = ("golden", [
    L("Golden Bay"),
    D("Christmas", "2020-12-25"),
    G("Wellington"),
    D("Tuesday", "2020-12-22"),
    L("Golden Bay"),
    G("Tasman"),
    D("Christmas", "2020-12-25"),
    G("P\u014dhara"),
    G("T\u0101kaka"),
    D("yesterday", "2020-12-21"),
    D("this morning", "2020-12-22"),
    O("Fire and Emergency New Zealand"),
    O("FENZ"),
    G("Nelson"),
    G("Motueka"),
    G("T\u0101kaka"),
    D("today", "2020-12-22"),
    P("Grant McAllister", tag="gm"),
    Q("We had gusts", "two firebreaks,", by="gm",
      inner=[D("yesterday", "2020-12-21")]),
    Q("Today is looking", "by Christmas Eve.", by="gm",
      inner=[D("Today", "2020-12-22"), D("Christmas Eve", "2020-12-24")]),
    G("T\u0101kaka"),
    L("T\u014dtaranui"),
    D("yesterday", "2020-12-21"),
    O("Department of Conservation"),
    O("DOC"),
    L("Abel Tasman National Park"),
    L("T\u014dtaranui"),
    O("Nelson Tasman Civil Defence"),
    G("T\u0101kaka"),
    D("the weekend", "2020-12-19/2020-12-20"),
    P("Aroha Te Whata-Brown", tag="aroha"),
    G("P\u014dhara"),
    O("Facebook"),
    Q("Everyone is out safe", "do their job.", by="aroha"),
    D("this morning", "2020-12-22"),
    Q("We\u2019ll be open again", "for 30 years,", by="aroha",
      inner=[O("FENZ")]),
    O("MetService"),
    P("Hannah Kemp-Salter", tag="hks"),
    G("Nelson"),
    G("Marlborough"),
    D("Wednesday and Thursday", "2020-12-23/2020-12-24"),
    L("South Island"),
    D("Christmas Day", "2020-12-25"),
    Q("It\u2019s that combination", "worries us,", by="hks"),
    Q("The grass is already", "for December.", by="hks",
      inner=[D("December", "2020-12")]),
    G("Tasman"),
    O("FENZ"),
    L("Kahurangi National Park"),
    L("T\u0101kaka Hill"),
    L("Pigeon Valley"),
    G("Wakefield"),
    D("February last year", "2019-02"),
    G("Tasman"),
    P("Kerry Lindauer"),
    D("Christmas", "2020-12-25"),
])

# dct 2023-06-12 (Monday). Hallstrom's fiscal year begins Oct. 1 (text);
# Verano's fiscal year ends March 31 (text).
DOCS["holdout9-hallstrom-verano-deal"] = ("hallstrom", [
    O("Hallstrom"),
    O("Verano Thermal"),
    P("Daniel Ferreira-Lynch"),
    P("Aiko Tanabe"),
    O("Bloomberg"),
    O("Hallstrom Industries Inc."),
    O("Verano Thermal Systems Inc."),
    G("US"),
    O("Hallstrom"),
    D("Monday", "2023-06-12"),
    O("Verano"),
    D("Friday", "2023-06-09"),
    G("Charlotte"),
    G("North Carolina"),
    O("Verano"),
    G("New York"),
    O("Hallstrom"),
    G("Minneapolis"),
    D("March", "2023-03"),
    O("Bloomberg News"),
    D("last week", "2023-06-05/2023-06-11"),
    O("Hallstrom"),
    D("fiscal 2024", "2023-10/2024-09"),
    D("Oct. 1", "2023-10-01"),
    O("Verano"),
    O("Hallstrom"),
    O("Lazenby & Co."),
    O("Hallstrom"),
    P("Renata Oyelaran-Pike", who="rop"),
    D("the end of fiscal 2026", "2025-10/2026-09"),
    Q("We've been building", "for three years,", by="rop2"),
    P("Oyelaran-Pike", who="rop", tag="rop2"),
    Q("Verano has the heat-pump", "in every state.", by="rop2",
      inner=[O("Verano")]),
    O("Verano"),
    D("last month", "2023-05"),
    D("fiscal fourth quarter", "2023-01/2023-03"),
    D("the three months through March", "2023-01/2023-03"),
    D("fiscal 2023", "2022-04/2023-03"),
    O("Hallstrom"),
    D("fiscal second quarter", "2023-01/2023-03"),
    D("March 31", "2023-03-31"),
    D("a year earlier", "2022-01/2022-03"),
    P("Priya Raghunathan", tag="pr"),
    O("Bloomberg Intelligence"),
    Q("full but defensible", by="pr"),
    O("Verano"),
    D("the end of March", "2023-03"),
    Q("The question isn't", "Verano's engineers,", by="pr",
      inner=[O("Hallstrom"), O("Verano")]),
    P("Marcus Lindgren", tag="ml"),
    O("Hartwell Capital Partners"),
    O("Hallstrom"),
    O("Hallstrom"),
    O("Verano"),
    D("the end of calendar 2025", "2025"),
    Q("ambitious in a tight labor market.", by="ml"),
    O("Verano"),
    Q("It's a fair price", "going to pay it,", by=None),
    O("Verano"),
    O("Verano"),
    P("Walter Bramhall"),
    O("Hallstrom"),
    O("Lazenby"),
    O("Hallstrom"),
    O("Pemberton Ridge Advisors"),
    O("Verano"),
    P("Keiko Marsh"),
])

# dct 2017-03-15 (Wednesday). CRLF line ends; British single quotation marks (7a).
DOCS["holdout9-herefordshire-libraries"] = ("hereford", [
    O("Herefordshire Council"),
    G("Herefordshire"),
    D("this summer", "2017-SU"),
    N("Conservative"),
    G("Hereford"),
    D("Tuesday", "2017-03-14"),
    G("Kington"),
    G("Bromyard"),
    G("Colwall"),
    G("Weobley"),
    D("30 June", "2017-06-30"),
    D("17 July", "2017-07-17"),
    P("Margaret Ellery-Thorne", who="met", tag="met1"),
    Q("Nobody in this room", "certainly didn\u2019t,", by="met1"),
    Q("But we\u2019ve lost", "children\u2019s services.", by="met1", para=True,
      inner=[D("2010", "2010"), D("2019", "2019")]),
    Q("I\u2019d ask people", "this decision lightly.", by="met1"),
    D("9 January to 20 February 2017", "2017-01-09/2017-02-20"),
    P("Huw Prothero", tag="hp"),
    N("Liberal Democrat"),
    Q("a box-ticking exercise", by="hp"),
    Q("The cabinet had made", "last autumn,", by="hp",
      inner=[D("last autumn", "2016-FA")]),
    Q("People in Kington", "a door closing.", by="hp",
      inner=[G("Kington"), G("Leominster")]),
    O("Friends of Weobley Library"),
    P("Sian Caldwell", tag="sc"),
    Q("We\u2019ve been told", "let us.", by="sc"),
    P("Ellery-Thorne", who="met", tag="met2"),
    Q("credible proposal", by="met2"),
    D("April", "2017-04"),
    G("Hereford"),
    G("Leominster"),
    G("Ledbury"),
    G("Ross-on-Wye"),
    D("last year", "2016"),
    D("2020", "2020"),
])

# dct 2024-08-20 (Tuesday).
DOCS["holdout9-marib-floods-camps"] = ("marib", [
    Q("We lost everything again", by="fah"),
    G("Yemen"),
    G("Marib"),
    P("Sami Bawazir"),
    G("Marib"),
    G("Yemen"),
    P("Fatima al-Hadi", tag="fah"),
    G("Hodeidah"),
    D("five years ago", "2019"),
    D("Sunday", "2024-08-18"),
    Q("We lost everything again \u2013 the mattresses", "school books,", by="fah"),
    O("Al Jazeera"),
    G("Marib"),
    G("Yemen"),
    G("Marib"),
    D("last week", "2024-08-12/2024-08-18"),
    O("International Organization for Migration"),
    O("IOM"),
    G("Marib"),
    L("Ramlat al-Sabatayn"),
    L("Wadi Adhanah"),
    G("Marib"),
    D("Sunday", "2024-08-18"),
    Q("Within an hour", "up to our knees,", by="sak"),
    P("Saleh bin Awadh al-Kathiri", tag="sak"),
    Q("People were carrying", "this will happen.", by="sak"),
    N("Ethiopian"),
    N("Somali"),
    L("Gulf of Aden"),
    L("Horn of Africa"),
    G("Saudi Arabia"),
    O("IOM"),
    N("Ethiopians"),
    O("UN"),
    O("UNHCR"),
    N("Somali"),
    O("World Food Programme"),
    O("WFP"),
    Q("The food is here.", "the last kilometre,", by="aas1"),
    P("Amal Abu Shanab", who="aas", tag="aas1"),
    O("WFP"),
    Q("Some sites can only", "since Sunday.", by="aas2",
      inner=[D("Sunday", "2024-08-18")]),
    P("Abu Shanab", who="aas", tag="aas2"),
    D("the end of the month", "2024-08"),
    G("Marib"),
    D("this year", "2024"),
    Q("We are choosing", "have to make,", by=None),
    O("UN"),
    G("Yemen"),
    O("Office for the Coordination of Humanitarian Affairs"),
    O("OCHA"),
    O("Norwegian Refugee Council"),
    O("NRC"),
    G("Marib"),
    D("June", "2024-06"),
    O("M\u00e9decins Sans Fronti\u00e8res"),
    O("MSF"),
    D("2017", "2017"),
    G("Yemen"),
    N("Houthis"),
    N("Saudi"),
    D("2015", "2015"),
    G("Marib"),
    D("2022", "2022"),
    P("Abu Mohammed al-Sharjabi", tag="ams"),
    G("Sanaa"),
    Q("The children ask me", "school will start,", by="ams"),
    Q("I tell them:", "ground is dry.", by="ams"),
    D("the coming days", "FUTURE_REF"),
])

# dct 2022-03-03 (Thursday).
DOCS["holdout9-peru-copper-blockade"] = ("peru", [
    G("Peru"),
    N("Brazilian"),
    G("LIMA"),
    D("March 3", "2022-03-03"),
    O("Reuters"),
    N("Quechua"),
    G("Peru"),
    L("Andes"),
    D("Thursday", "2022-03-03"),
    L("Pachachaca River"),
    D("last month", "2022-02"),
    G("Apur\u00edmac"),
    P("Eulogio de la Cruz Huaman\u00ed", who="dlc"),
    G("Huancaray"),
    Q("We have been patient", "we have neither,", by="dlc2"),
    P("de la Cruz", who="dlc", tag="dlc2"),
    O("Reuters"),
    Q("Now they want", "above our springs.", by="dlc2"),
    O("Minera Qoriwayra"),
    N("Peruvian"),
    G("Brazil"),
    O("Cordilheira Minera\u00e7\u00e3o S.A."),
    D("last year", "2021"),
    G("Peru"),
    O("Energy and Mines Ministry"),
    D("two years ago", "2020"),
    D("2038", "2038"),
    L("Pachachaca"),
    L("Cordillera de Huanzo"),
    L("Apur\u00edmac River"),
    O("Minera Qoriwayra"),
    Q("putting the livelihoods", "at risk.", by=None),
    P("Marcelo dos Santos Azevedo", tag="msa"),
    O("Cordilheira"),
    D("last month", "2022-02"),
    D("next year", "2023"),
    Q("We are confident", "in the Andes,", by="msa", inner=[L("Andes")]),
    D("Wednesday", "2022-03-02"),
    G("Abancay"),
    D("next week", "2022-03-07/2022-03-13"),
    Q("Nobody wants another", "the rainy season,", by=None),
    P("Rosa Elvira de la Torre", tag="rt"),
    G("Huancaray"),
    D("2014", "2014"),
    Q("My potatoes", "carry buckets,", by="rt"),
    G("Peru"),
    O("Ombudsman's Office"),
    D("January", "2022-01"),
    D("two years ago", "2020"),
    G("Apur\u00edmac"),
    O("Cordilheira"),
    G("Sao Paulo"),
    D("Thursday", "2022-03-03"),
    P("De la Cruz", who="dlc", tag="dlc3"),
    Q("until the minister comes here himself.", by="dlc3"),
    P("Luc\u00eda Carrasco Vela"),
    P("Tom\u00e1s Quispe Mamani"),
    G("Abancay"),
    P("Daniel Whitcombe"),
])

# dct 2023-10-19 (Thursday).
DOCS["holdout9-senate-airbag-recall"] = ("senate", [
    P("LAUREN PACHECO-WELLS"),
    O("Associated Press"),
    G("WASHINGTON"),
    O("AP"),
    D("Wednesday", "2023-10-18"),
    O("Senate Commerce, Science and Transportation Committee"),
    P("Maureen Kessler", who="mk", tag="mk1"),
    N("D"),
    G("Wash."),
    O("National Highway Traffic Safety Administration"),
    Q("sat on", by="mk1"),
    D("2022", "2022"),
    Q("Families were driving", "agency knew it,", by="mk2"),
    P("Kessler", who="mk", tag="mk2"),
    Q("I want to know", "acceptable risk.", by="mk2"),
    D("Oct. 9", "2023-10-09"),
    D("2019 through 2022", "2019/2022"),
    O("Halden Motor Co."),
    G("Detroit"),
    O("Halden"),
    D("next spring", "2024-SP"),
    O("NHTSA"),
    P("Raymond Ojeda", who="ro"),
    O("Office of Defects Investigation"),
    D("March 2022", "2022-03"),
    D("last December", "2022-12"),
    Q("We followed the evidence", "we acted,", by="ro2"),
    P("Ojeda", who="ro", tag="ro2"),
    N("Republicans"),
    P("Tom Brantley", who="tb"),
    N("R"),
    G("Okla."),
    O("Congress"),
    D("the last three years", "2020/2022"),
    Q("This isn't a money problem.", "a management problem,", by="tb2"),
    P("Brantley", who="tb", tag="tb2"),
    Q("You don't need", "pick up the phone.", by="tb2"),
    Q("If our internal review", "prejudge that review.", by="ro2"),
    N("Democrats"),
    P("Danielle Ruiz-Calloway", who="rc"),
    N("D"),
    G("Mich."),
    O("House"),
    D("next week", "2023-10-23/2023-10-29"),
    P("Gary Lindqvist"),
    N("R"),
    G("Ohio"),
    P("Ruiz-Calloway", who="rc", tag="rc2"),
    O("Halden"),
    Q("not about punishing one company", by="rc2"),
    Q("making sure no family", "the evening news.", by="rc2"),
    O("Halden"),
    Q("Every owner who calls us", "repair is done,", by=None),
    O("NHTSA"),
    D("Nov. 3", "2023-11-03"),
    O("Halden"),
    N("Mexican"),
    G("Ohio"),
    P("Kessler", who="mk"),
    O("Halden"),
    D("the end of the year", "2023"),
])


# ---------------------------------------------------------------------------

def place(text, item, pos, limit=None):
    """Return list of located span dicts (QUOTE then its inner spans) and new cursor."""
    if item["label"] != "QUOTE":
        i, j = find(text, item["s"], pos, item["ctx"], limit)
        sp = dict(label=item["label"], start=i, end=j, value=item["value"],
                  who=item["who"], tag=item["tag"])
        return [sp], j
    i, j = find(text, item["head"], pos, item["ctx"], limit)
    if item["tail"] is not None:
        _, j = find(text, item["tail"], j if item["tail"] != item["head"] else i)
        # tail search starts after the head; must stay inside one paragraph
    assert text[i - 1] in OPEN_MARKS, ("no opening mark", text[i - 5:i + 20])
    if item["para"]:
        assert text[j] in "\r\n", ("quote paragraph does not end here", text[j - 10:j + 5])
    else:
        assert text[j] in CLOSE_MARKS, ("no closing mark", text[j - 20:j + 5])
    assert "\n" not in text[i:j], "quote span crosses a paragraph"
    sp = dict(label="QUOTE", start=i, end=j, by=item["by"], who=None, tag=None, value=None)
    out = [sp]
    cur = i
    for inn in item["inner"]:
        sub, cur = place(text, inn, cur, limit=j)
        out += sub
    return out, j


def main():
    manifest = [json.loads(l) for l in open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8")]
    lines = []
    summary = []
    for m in manifest:
        doc_id = m["doc_id"]
        short, items = DOCS[doc_id]
        text = open(os.path.join(CORPUS, m["file"]), encoding="utf-8", newline="").read()
        spans = []
        cur = 0
        for it in items:
            sub, cur = place(text, it, cur)
            spans += sub
        spans.sort(key=lambda s: (s["start"], -s["end"]))
        # ids
        for n, s in enumerate(spans, 1):
            s["id"] = "%s-%d" % (short, n)
        ids = [s["id"] for s in spans]
        assert len(ids) == len(set(ids))
        # minimal span: no surrounding whitespace
        for s in spans:
            t = text[s["start"]:s["end"]]
            assert t == t.strip(), (doc_id, t)
            if s["label"] == "DATE":
                assert s["value"], (doc_id, t)
        # flatness: only entity/date inside a QUOTE
        for a in spans:
            for b in spans:
                if a is b:
                    continue
                if a["start"] < b["end"] and b["start"] < a["end"]:
                    inside = a["start"] <= b["start"] and b["end"] <= a["end"]
                    assert a["label"] == "QUOTE" and b["label"] != "QUOTE" and inside or \
                        b["label"] == "QUOTE" and a["label"] != "QUOTE" and \
                        b["start"] <= a["start"] and a["end"] <= b["end"], \
                        (doc_id, text[a["start"]:a["end"]], text[b["start"]:b["end"]])
        # said_by
        tags = {s["tag"]: s for s in spans if s.get("tag")}
        rels = []
        for q in spans:
            if q["label"] != "QUOTE" or q["by"] is None:
                continue
            p = tags[q["by"]]
            assert p["label"] == "PERSON"

            def dist(x):
                if x["end"] <= q["start"]:
                    return q["start"] - x["end"]
                if x["start"] >= q["end"]:
                    return x["start"] - q["end"]
                return 0
            same = [x for x in spans if x["label"] == "PERSON" and x["who"] == p["who"]]
            best = min(same, key=dist)
            assert best is p, (doc_id, "said_by not nearest", text[q["start"]:q["start"] + 30],
                               text[best["start"]:best["end"]], best["start"], p["start"])
            rels.append({"from": q["id"], "to": p["id"], "type": "said_by"})
        out_spans = []
        for s in spans:
            d = {"id": s["id"], "start": s["start"], "end": s["end"], "label": s["label"],
                 "text": text[s["start"]:s["end"]]}
            if s["label"] == "DATE":
                d["value"] = s["value"]
            out_spans.append(d)
        lines.append(json.dumps({"doc_id": doc_id, "spans": out_spans, "relations": rels},
                                ensure_ascii=False))
        counts = {}
        for s in spans:
            counts[s["label"]] = counts.get(s["label"], 0) + 1
        summary.append((doc_id, counts, len(rels)))
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    labels = ["PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"]
    tot_rel = 0
    for doc_id, c, r in summary:
        tot_rel += r
        print(doc_id, " ".join("%s=%d" % (l, c.get(l, 0)) for l in labels), "said_by=%d" % r)
    print("total said_by", tot_rel)


if __name__ == "__main__":
    main()
