#!/usr/bin/env python3
"""Hand-chosen annotation of the eight holdout13 articles.

Every mention below was chosen by reading the text. The script only locates each
surface string (searching forward from a cursor, in reading order), checks the
result and writes annotation.jsonl.

Entry: M(surface, label, value=None, ctx=None, skip=0, tag=None)
  ctx  : a short left context that must immediately precede the surface
  skip : number of matching occurrences to pass over (after the cursor)
  tag  : a name used in the said_by list
Cursor: after an entity/date the search resumes at its end; after a QUOTE it
resumes at the QUOTE's start, so that the entities inside the quote (listed
right after it) are found inside it.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "..", "..", "corpus")  # heldout/corpus


def M(surface, label, value=None, ctx=None, skip=0, tag=None):
    return dict(surface=surface, label=label, value=value, ctx=ctx, skip=skip, tag=tag)


def P(s, **k):
    return M(s, "PERSON", **k)


def O(s, **k):
    return M(s, "ORG", **k)


def G(s, **k):
    return M(s, "GPE", **k)


def L(s, **k):
    return M(s, "LOC", **k)


def N(s, **k):
    return M(s, "NORP", **k)


def D(s, v, **k):
    return M(s, "DATE", value=v, **k)


def Q(s, **k):
    return M(s, "QUOTE", **k)


DOCS = {}

# ---------------------------------------------------------------- brazil (dct 2022-03-03, Thursday)
DOCS["holdout13-brazil-sanitation-results"] = ("brazil", [
    G("Brazil"), O("Águas do Cerrado"), O("BNDES"),
    G("SAO PAULO"), D("March 3", "2022-03-03"), O("Reuters"),
    N("Brazilian"), O("Águas do Cerrado Saneamento SA"), D("Thursday", "2022-03-03"),
    D("fourth-quarter", "2021-10/2021-12"), O("BNDES"),
    D("October-December", "2021-10/2021-12"), D("a year earlier", "2020-10/2020-12"),
    G("Brasilia"), O("Refinitiv"),
    D("2021", "2021", ctx="full year of "),
    P("João Pedro da Silva Souza"), G("Goiás"), G("Mato Grosso"), D("2021", "2021"),
    O("Congress"), D("2020", "2020"),
    Q("The new framework changed the rules of the game. Municipalities have to reach universal "
      "coverage by 2033, and they cannot do it without private capital,", tag="q1"),
    D("2033", "2033"),
    P("Souza", tag="souza"),
    Q("We intend to be at the table in every auction in the center-west this year.", tag="q2"),
    D("this year", "2022"),
    O("BNDES"), P("Ana Luíza de Almeida", tag="almeida1"),
    D("the second half of the year", "2022-07/2022-12"),
    Q("depending on market conditions.", tag="q3"),
    O("CVM"), O("Águas do Cerrado"), O("B3"), D("2019", "2019"),
    D("the past 12 months", "2021-03/2022-03"),
    G("Brazil"), D("a year ago", "2021"), D("last month", "2022-02"),
    D("March 15-16", "2022-03-15/2022-03-16"),
    Q("It is a solid quarter, but leverage is the question,", tag="q4"),
    P("Rafael Vieira dos Santos Lima", tag="lima"), O("Planalto Investimentos"),
    Q("With the Selic where it is, every real of new debt costs much more than it did in early 2021.",
      tag="q5"),
    D("2021", "2021"),
    D("December", "2021-12"), D("the end of 2020", "2020"), P("Almeida"),
    D("the third quarter", "2022-07/2022-09"), D("2023", "2023"),
    O("Águas do Cerrado"), D("this year", "2022"), D("2021", "2021"), D("April 28", "2022-04-28"),
    O("Águas do Cerrado"), G("Sao Paulo"),
    P("Mariana Teixeira Duarte"), P("Paulo Henrique de Oliveira"), G("Brasilia"),
    P("Jonathan Keane-Whitfield"),
], [("q1", "souza"), ("q2", "souza"), ("q3", "almeida1"), ("q4", "lima"), ("q5", "lima")])

# ---------------------------------------------------------------- hobart (dct 2016-04-07, Thursday)
DOCS["holdout13-hobart-speed-limit"] = ("hobart", [
    O("Hobart City Council"),
    D("Thursday, April 7, 2016", "2016-04-07"),
    O("Hobart City Council"), G("Tasmania"), G("Australia"), D("Wednesday", "2016-04-06"),
    O("Tasmanian Department of State Growth"),
    D("the end of June", "2016-06"), D("September", "2016-09"),
    D("last week", "2016-03-28/2016-04-03"), D("2012 and 2015", "2012/2015"),
    P("Margaret Tollis-Brown", tag="mtb"),
    Q("We have been talking about this since 2012, and in that time people have been hurt on streets "
      "that were never designed for the traffic we now push through them,", tag="h1"),
    D("2012", "2012"),
    Q("Forty is not slow. It is the speed at which a driver can still stop for a child who steps off "
      "the kerb.", tag="h2"),
    P("Peter Vancoughnett", tag="pv"),
    Q("Traders in the city have had two difficult years of roadworks already,", tag="h3"),
    Q("Nobody in this room wants to see anyone hurt, but we are asking people to accept a blanket rule "
      "without showing them how it will work.", tag="h4"),
    P("Vancoughnett", tag="v2"), D("next month", "2016-05"),
    O("Royal Automobile Club of Tasmania"), O("RACT"), D("Wednesday", "2016-04-06"),
    O("Tasmanian Greens"), G("Launceston"), G("Devonport"),
    P("Tollis-Brown"), D("2012", "2012"), D("2014", "2014"),
    N("Australian"), G("Sydney"), G("Melbourne"),
    D("Wednesday", "2016-04-06"), D("the next two financial years", "2016-07/2018-06"),
    D("May", "2016-05"),
    # == Sources ==
    O("Hobart City Council"), D("6 April 2016", "2016-04-06"),
    O("Hobart City Council"), D("April 6, 2016", "2016-04-06"),
    P("Ellen Marchbank"), O("Derwent Valley Gazette"), D("April 7, 2016", "2016-04-07"),
    O("RACT"), G("Hobart"), O("Royal Automobile Club of Tasmania"), D("April 6, 2016", "2016-04-06"),
], [("h1", "mtb"), ("h2", "mtb"), ("h3", "pv"), ("h4", "v2")])

# ---------------------------------------------------------------- indus (dct 2024-06-11, Tuesday)
DOCS["holdout13-indus-water-walkout"] = ("indus", [
    O("PPP"), O("NA"), L("Indus"), G("Sindh"),
    P("Rehan Ahmed Siddiqui"),
    G("ISLAMABAD"),
    O("Pakistan Peoples Party"), O("PPP"), D("Monday", "2024-06-10"), O("National Assembly"),
    Q("unprecedented"),  # speaker never named (PPP lawmakers as a group): no said_by
    G("Sindh"),
    D("2023-24", "2023-07/2024-06"), D("2024-25", "2024-07/2025-06"),
    O("Indus River System Authority"), O("Irsa"), L("Indus"),
    O("PPP"), P("Syed Ali Raza", tag="raza1"), G("Thatta"), G("Sindh"), D("1991", "1991"),
    G("Punjab"),
    Q("Sindh is at the tail end of the Indus, and every time there is a shortage, Sindh pays first and "
      "pays the most. Our cotton is drying in the fields and our people in Karachi are buying water "
      "from tankers.", tag="i1"),
    G("Sindh"), L("Indus"), G("Sindh"), G("Karachi"),
    O("Council of Common Interests"), O("CCI"), D("last year", "2023"), G("Sindh"),
    P("Raza", tag="raza2"),
    D("fiscal year 2023-24", "2023-07/2024-06"), G("Sindh"), D("the end of May", "2024-05"),
    P("Sadia Noreen Khan", tag="khan"), O("Irsa"), G("Punjab"),
    Q("Nobody is stealing anybody's water. The telemetry system will be installed at all barrages by "
      "December, and then every province will see the same numbers,", tag="i2"),
    D("December", "2024-12"),
    Q("substantial", tag="i3"),
    G("Sindh"), G("Balochistan"),
    O("PTI"), O("Sunni Ittehad Council"), O("SIC"), O("PPP"), O("SIC"),
    P("Muhammad Asif bin Tariq", tag="asif1"), G("Mianwali"), G("Punjab"), O("PML-N"),
    Q("The government cannot even keep its own allies satisfied. How will it handle the IMF, inflation "
      "and the water crisis at the same time?", tag="i4"),
    O("IMF"),
    P("Asif", tag="asif2"),
    O("PML-N"), P("Rana Iftikhar Ahmed", tag="rana"),
    Q("natural shortage", tag="i5"),
    O("Irsa"),
    O("PPP"), D("Thursday", "2024-06-13"),
    O("Sindh Irrigation Department"), D("Monday", "2024-06-10"),
    D("the past week", "2024-06-03/2024-06-10"), D("the first half of July", "2024-07"),
    O("National Assembly"), D("Wednesday", "2024-06-12"), D("fiscal year 2024-25", "2024-07/2025-06"),
], [("i1", "raza2"), ("i2", "khan"), ("i3", "khan"), ("i4", "asif2"), ("i5", "rana")])

# ---------------------------------------------------------------- istanbul (dct 2019-11-14, Thursday)
DOCS["holdout13-istanbul-quake-fund"] = ("istanbul", [
    O("Parliament"), G("Istanbul"),
    O("DAILY SABAH"), G("ISTANBUL"),
    O("Turkish Grand National Assembly"), O("TBMM"), D("Wednesday", "2019-11-13"), G("Istanbul"),
    O("Justice and Development Party"), O("AK Party"), O("Nationalist Movement Party"), O("MHP"),
    O("Republican People's Party"), O("CHP"), O("Peoples' Democratic Party"), O("HDP"),
    D("2000", "2000"), D("January", "2020-01"), D("the spring of 2020", "2020-SP"),
    Q("Istanbul cannot wait for the next earthquake to find out which buildings will stand and which "
      "will not,", tag="t1"),
    G("Istanbul"),
    O("AK Party"), G("Istanbul"), P("Şükrü Yılmaz", tag="yilmaz"), O("Planning and Budget Committee"),
    Q("This fund is not the end of the work. It is the beginning of a program that will touch every "
      "district, from the historic peninsula to the shores of the Bosphorus.", tag="t2"),
    L("Bosphorus"),
    O("CHP"), P("Gülşen Aydoğan"),
    Q("We have been saying the same thing since 1999. Every government promises urban transformation "
      "after an earthquake, and every time the money goes to the most profitable plots, not to the "
      "most dangerous buildings,", tag="t3"),
    D("1999", "1999"),
    P("Aydoğan", tag="aydogan2"), O("General Assembly"),
    O("MHP"), O("MHP"), P("Erkan Kılıçdoğanoğlu"), D("the end of the year", "2019"),
    D("Sept. 26", "2019-09-26"), L("Sea of Marmara"), G("Silivri"),
    D("1999", "1999"), L("Marmara"),
    O("Boğaziçi University"), O("Kandilli Observatory"), G("Istanbul"),
    D("the next 30 years", "2019/2049"),
    G("Istanbul"), D("Thursday", "2019-11-14"), G("Istanbul"), P("Cevdet Öztürkoğlu", tag="ozturk"),
    Q("Our teams will work together with the Disaster and Emergency Management Authority (AFAD) and "
      "the municipalities, district by district. Nobody will be left out because they cannot afford "
      "it,", tag="t4"),
    O("Disaster and Emergency Management Authority"), O("AFAD"),
    G("Ankara"), O("Environment and Urbanization Ministry"),
    G("Kocaeli"), G("Yalova"), G("Bursa"), O("Parliament"), D("next year", "2020"),
    O("Istanbul Metropolitan Municipality"), O("CHP"), D("June", "2019-06"), O("AK Party"),
    D("last month", "2019-10"),
], [("t1", "yilmaz"), ("t2", "yilmaz"), ("t3", "aydogan2"), ("t4", "ozturk")])

# ---------------------------------------------------------------- kerry (dct 2016-03-13, Sunday)
DOCS["holdout13-kerry-beat-dublin"] = ("kerry", [
    P("Ó Súilleabháin"), O("Kerry"), O("Dublin"), G("Killarney"),
    O("Kerry"), O("Dublin"),
    P("Seán Ó Súilleabháin"), O("Kerry"), D("last year", "2015"), G("Ireland"),
    O("Kingdom"), O("Dublin"), O("Allianz Football League"),
    O("Kerry"), O("Dublin"), P("Éamonn Ó Ceallacháin"), D("April", "2016-04"),
    O("Dublin"), P("Fergal Ó Maoláin"), P("Cathal Ó hAodha"), P("Ciarán Mac Amhlaoibh"),
    O("Kerry"), P("Donnchadh Mac Gearailt"), O("An Ghaeltacht"), P("Ó Súilleabháin"),
    P("Micheál Ó Laoire"), O("Dublin"), P("Shane Kilbride-Nolan"),
    O("Dublin"), P("Ó hAodha"), O("Dr Crokes"), P("Conor Breathnach"),
    O("Kerry"), P("Éamonn Ó Ceallacháin", tag="eoc"),
    Q("We knew what was coming. Dublin are the All-Ireland champions for a reason, and they came down "
      "here to put us back in our box. The first half was a battle and to be honest we were lucky to "
      "be only a point down.", tag="k1"),
    O("Dublin"), G("Ireland"),
    Q("But the lads showed real character after the break. Seán has been working on that side of his "
      "game all winter, and that goal was the reward. We'll enjoy tonight, but Mayo in Castlebar next "
      "Sunday will be just as hard.", tag="k2"),
    P("Seán"), D("winter", "2015-WI"), D("tonight", "2016-03-13"), O("Mayo"), G("Castlebar"),
    D("next Sunday", "2016-03-20"),
    O("Dublin"), P("Declan Mac Diarmada", tag="dmd"),
    Q("second to every breaking ball", tag="k3"),
    Q("Fair play to Kerry, they wanted it more today,", tag="k4"),
    O("Kerry"), D("today", "2016-03-13"),
    Q("We've a few lads carrying knocks, and we'll have a look at them during the week.", tag="k5"),
    D("the week", "2016-03-14/2016-03-20"),
    O("Kerry"), P("Donal Ó Loingsigh", tag="dol"),
    Q("Kingdom come 💚💛 Great to see the young lads stand up to the champions. Ó Súilleabháin is the "
      "real deal,", tag="k6"),
    O("Kingdom"), P("Ó Súilleabháin"),
    O("Twitter"),
    O("Dublin"), O("Monaghan"), D("Saturday week", "2016-03-26"), P("Rory Ó Ceallaigh"),
    O("Kerry"), P("S Ó Súilleabháin"), P("D Mac Gearailt"), P("P Ó Coileáin"), P("M Ó Laoire"),
    P("K Doolin"), P("C Breathnach"),
    O("Dublin"), P("C Ó hAodha"), P("C Mac Amhlaoibh"), P("M Delaney-Burke"), P("L Ó Dubhghaill"),
    P("R Ó Ceallaigh"),
    P("Fergal Ó Maoláin"), G("Sligo"),
], [("k1", "eoc"), ("k2", "eoc"), ("k3", "dmd"), ("k4", "dmd"), ("k5", "dmd"), ("k6", "dol")])

# ---------------------------------------------------------------- mekong (dct 2023-08-22, Tuesday)
DOCS["holdout13-mekong-reservoirs"] = ("mekong", [
    L("Mekong Delta"),
    L("Mekong Delta"),
    P("Nguyễn Văn An"), G("Hanoi"), D("Monday", "2023-08-21"),
    G("Bến Tre"), G("Trà Vinh"), G("Sóc Trăng"), G("Bạc Liêu"), G("Cà Mau"), P("An", tag="an1"),
    Q("We cannot keep reacting every time the salt comes in. The delta needs storage, and it needs it "
      "before the next El Niño year, not after,", tag="m1"),
    D("the first quarter of next year", "2024-01/2024-03"), D("the end of 2025", "2025"),
    O("World Bank"),
    L("Mekong Delta"), G("Vietnam"), D("2019-2020", "2019/2020"), D("2016", "2016"),
    O("National Center for Hydro-Meteorological Forecasting"), D("this month", "2023-08"),
    D("next year", "2024"), L("Mekong River"),
    P("Trần Thị Hồng", tag="hong"), G("Bến Tre"), G("Chợ Lách District"), D("2020", "2020"),
    Q("We bought water by the tanker, VND200,000 a cubic meter, and still it was not enough. If the "
      "reservoir is only 15\u00a0km away, it will change everything for us,", tag="m2"),
    P("Lê Quang Minh"), O("Can Tho University"),
    Q("Upstream dams in China and Laos, sand mining and groundwater extraction are all making the "
      "delta sink and the salt come deeper. Storage is necessary, but the provinces also need to "
      "change what they grow,", tag="m3"),
    G("China"), G("Laos"),
    P("Minh", tag="minh2"),
    P("An"), O("Ministry of Natural Resources and Environment"), D("October", "2023-10"),
    D("Last year", "2022"), L("Mekong Delta"), D("2030", "2030"), G("Sóc Trăng"), G("Bạc Liêu"),
    G("Ho Chi Minh City"), L("Saigon"), L("Đồng Nai"), G("HCMC"),
    D("last week", "2023-08-14/2023-08-20"),
], [("m1", "an1"), ("m2", "hong"), ("m3", "minh2")])

# ---------------------------------------------------------------- negev (dct 2017-11-19, Sunday)
DOCS["holdout13-negev-housing-plan"] = ("negev", [
    L("Negev"),
    G("Dimona"), G("Yeruham"), G("Ofakim"),
    O("TOI"),
    D("Sunday", "2017-11-19"), L("Negev"),
    O("Construction and Housing Ministry"), O("Finance Ministry"), O("Israel Land Authority"),
    G("Dimona"), G("Yeruham"), G("Ofakim"), G("Netivot"), D("the next four years", "2017/2021"),
    O("Knesset"), D("next month", "2017-12"),
    Q("For 70 years, every government has talked about making the Negev bloom. This plan finally puts "
      "the money where the talk has been,", tag="n1"),
    L("Negev"),
    O("Likud"), P("Moshe Azoulay", tag="azoulay"), O("Knesset"), L("Negev"), L("Galilee"),
    G("Dimona"),
    Q("A young couple from Tel Aviv who pays NIS 5,000 a month in rent will be able to own a home in "
      "the south for less than that.", tag="n2"),
    G("Tel Aviv"),
    O("Yesh Atid"), P("Yael Ben-David"), O("Knesset Finance Committee"), D("2015", "2015"),
    Q("This is the third time in three years that the government has approved the same plan with a "
      "new name,", tag="n3"),
    P("Ben-David", tag="bd2"),
    Q("Land is not the problem in Yeruham. The problem is that there are no jobs, the train doesn’t "
      "come, and the schools are losing teachers. You can give people cheap apartments, but they "
      "won’t stay.", tag="n4"),
    G("Yeruham"),
    Q("This is not a marketing campaign. It is a binding government decision, with a budget and a "
      "timetable, and the minister intends to see it through,"),  # unnamed spokesperson: no said_by
    O("Central Bureau of Statistics"), L("Negev"), D("last year", "2016"), G("Beersheba"),
    N("Bedouin"), N("Jewish"), D("the 1950s", "1950/1959"),
    N("Bedouin"), L("Negev"), D("Sunday", "2017-11-19"),
    O("Regional Council for the Unrecognized Villages"), N("Arab"),
    Q("left out once again."),  # organisation's statement, no person named: no said_by
    D("2022", "2022"), O("Israel Defense Forces"), L("Negev"), D("the decade", "2010/2019"),
    P("Dalia Amsalem", tag="amsalem"), G("Dimona"), N("Israelis"),
    Q("Every week I get calls from couples in Holon and Bat Yam who can’t afford anything. If the "
      "money actually arrives, they will come,", tag="n5"),
    G("Holon"), G("Bat Yam"),
    O("Finance Ministry"), D("January", "2018-01"),
], [("n1", "azoulay"), ("n2", "azoulay"), ("n3", "bd2"), ("n4", "bd2"), ("n5", "amsalem")])

# ---------------------------------------------------------------- red sea (dct 2025-03-26, Wednesday)
RAMADAN_2025 = "2025-03-01/2025-03-29"   # Ramadan 1446 in Saudi Arabia (Ramadan 29 = Sat 29 March)
RAMADAN_2024 = "2024-03-11/2024-04-09"   # Ramadan 1445 in Saudi Arabia
DOCS["holdout13-red-sea-eid-bookings"] = ("redsea", [
    L("Red Sea"),
    P("NADA AL-MUTAIRI"),
    G("RIYADH"),
    N("Saudi"), O("Marsa Al-Bahr Resorts"), L("Red Sea"), N("Saudi"),
    G("Jeddah"), G("Yanbu"), G("Umluj"), D("Wednesday", "2025-03-26"),
    D("the last days of Ramadan", RAMADAN_2025), D("last year", "2024"),
    Q("We are seeing a clear shift. Five years ago, most of our guests were foreign visitors or "
      "business travelers. Today, more than 70 percent are Saudi families from Riyadh, Jeddah and the "
      "Eastern Province,", tag="r1"),
    D("Five years ago", "2020"), D("Today", "PRESENT_REF"), N("Saudi"), G("Riyadh"), G("Jeddah"),
    G("Eastern Province"),
    P("Reem Al-Otaibi", tag="otaibi1"),
    Q("Many of them book the whole Eid week, and they come back in the summer.", tag="r2"),
    D("the summer", "2025-SU"),
    P("Faisal bin Abdullah Al-Qahtani"), O("Marsa Al-Bahr"), D("the next three years", "2025/2028"),
    L("Red Sea"), G("Kingdom"), D("2030", "2030"),
    Q("Vision 2030 has opened the coast to Saudis in a way that simply did not exist a decade ago. Our "
      "job is to make sure the experience matches the scenery,", tag="r3"),
    D("2030", "2030"), N("Saudis"), D("a decade ago", "2015"),
    P("Al-Qahtani", tag="qahtani2"), O("Arab News"),
    O("Ministry of Human Resources and Social Development"), D("this month", "2025-03"),
    D("Ramadan 29", "2025-03-29"), O("Supreme Court"), N("Muslims"), G("Kingdom"),
    D("Saturday, March 29", "2025-03-29"),
    N("Saudi"), O("Ministry of Tourism"), G("Kingdom"), D("2024", "2024"), D("2030", "2030"),
    L("Red Sea"), O("Marsa Al-Bahr"), O("Tourism Development Fund"), G("Al-Wajh"), G("Yanbu"),
    P("Al-Otaibi", tag="otaibi2"), D("Ramadan", RAMADAN_2025),
    Q("Our busiest night will probably be the first night of Eid. Every room is booked, and we already "
      "have a waiting list,", tag="r4"),
    O("General Authority for Statistics"), G("Makkah"), G("Madinah"),
    D("the last ten days of Ramadan last year", RAMADAN_2024),
    D("the first quarter of 2024", "2024-01/2024-03"),
    P("Al-Qahtani"), O("Marsa Al-Bahr"), D("the end of the year", "2025"),
], [("r1", "otaibi1"), ("r2", "otaibi1"), ("r3", "qahtani2"), ("r4", "otaibi2")])

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "DATE", "QUOTE"}
PUNCT_EDGE = set(" \t\r\n\u00a0.,;:!?\"'“”‘’()[]-—")


def locate(text, m, cursor):
    s = m["surface"]
    pos = cursor
    skip = m["skip"]
    while True:
        i = text.find(s, pos)
        if i < 0:
            raise SystemExit(f"not found after {cursor}: {m}")
        ok = True
        if m["ctx"] is not None and not text[:i].endswith(m["ctx"]):
            ok = False
        if m["label"] != "QUOTE":
            if i > 0 and text[i - 1].isalnum():
                ok = False
            j = i + len(s)
            if j < len(text) and text[j].isalnum():
                ok = False
        if ok:
            if skip == 0:
                return i
            skip -= 1
        pos = i + 1


def build(doc_id, short, mentions, rels, warn):
    path = os.path.join(CORPUS, doc_id + ".txt")
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    cursor = 0
    spans = []
    for m in mentions:
        assert m["label"] in LABELS, m
        i = locate(text, m, cursor)
        j = i + len(m["surface"])
        assert text[i:j] == m["surface"]
        spans.append(dict(start=i, end=j, label=m["label"], text=m["surface"], value=m["value"],
                          tag=m["tag"]))
        cursor = i if m["label"] == "QUOTE" else j
    spans.sort(key=lambda s: (s["start"], -s["end"]))
    ids = {}
    out_spans = []
    for n, s in enumerate(spans, 1):
        sid = f"{short}-{n}"
        s["id"] = sid
        if s["tag"]:
            assert s["tag"] not in ids, s["tag"]
            ids[s["tag"]] = s
        o = {"id": sid, "start": s["start"], "end": s["end"], "label": s["label"], "text": s["text"]}
        if s["label"] == "DATE":
            assert s["value"], s
            o["value"] = s["value"]
        else:
            assert s["value"] is None, s
        out_spans.append(o)
    assert len({s["id"] for s in spans}) == len(spans)
    # minimal span / edges
    for s in spans:
        t = s["text"]
        if s["label"] == "QUOTE":
            assert t[0] not in " \n\r\t\"“‘" and t[-1] not in " \n\r\t\"”’", s
        else:
            assert t[0] not in PUNCT_EDGE and t[-1] not in PUNCT_EDGE - {"."}, s
            assert not t.endswith("'s") and not t.endswith("’s") or t == "Republican People's Party", s
    # flatness
    for a in spans:
        for b in spans:
            if a is b:
                continue
            if a["start"] < b["end"] and b["start"] < a["end"]:
                inside = a["start"] <= b["start"] and b["end"] <= a["end"]
                if not (inside and a["label"] == "QUOTE" and b["label"] != "QUOTE"):
                    if not (b["start"] <= a["start"] and a["end"] <= b["end"] and b["label"] == "QUOTE"
                            and a["label"] != "QUOTE"):
                        raise SystemExit(f"overlap {a} {b}")
    # relations
    relations = []
    seen_q = set()
    for qt, pt in rels:
        q, p = ids[qt], ids[pt]
        assert q["label"] == "QUOTE" and p["label"] == "PERSON", (q, p)
        assert qt not in seen_q
        seen_q.add(qt)
        relations.append({"from": q["id"], "to": p["id"], "type": "said_by"})

        def dist(x):
            if x["end"] <= q["start"]:
                return q["start"] - x["end"]
            if x["start"] >= q["end"]:
                return x["start"] - q["end"]
            return 0
        ptoks = {w for w in p["text"].split() if len(w) > 2}
        for x in spans:
            if x["label"] == "PERSON" and x is not p and ptoks & set(x["text"].split()):
                if dist(x) < dist(p):
                    warn.append(f"{doc_id}: {qt}->{pt} ({dist(p)}) but {x['text']}@{x['start']} "
                                f"is at {dist(x)}")
    unlinked = [s for s in spans if s["label"] == "QUOTE" and s["tag"] not in seen_q]
    return {"doc_id": doc_id, "spans": out_spans, "relations": relations}, unlinked, text, spans


def main():
    manifest = [json.loads(l) for l in open(os.path.join(CORPUS, "manifest.jsonl"), encoding="utf-8")]
    warn = []
    out = []
    for rec in manifest:
        short, mentions, rels = DOCS[rec["doc_id"]]
        doc, unlinked, text, spans = build(rec["doc_id"], short, mentions, rels, warn)
        out.append(doc)
        if "-v" in sys.argv:
            print("==", rec["doc_id"], "unlinked quotes:", [u["text"][:30] for u in unlinked])
    with open(os.path.join(HERE, "annotation.jsonl"), "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    for w in warn:
        print("WARN nearest:", w)
    from collections import Counter
    tot = Counter()
    for d in out:
        c = Counter(s["label"] for s in d["spans"])
        tot += c
        print(d["doc_id"], dict(sorted(c.items())), "said_by:", len(d["relations"]))
    print("TOTAL", dict(sorted(tot.items())), "said_by:", sum(len(d["relations"]) for d in out))


if __name__ == "__main__":
    main()
